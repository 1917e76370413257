"""The article text that hit offsets refer to, hit spans, and snippets.

Spans are found on the compact folded text and mapped back to offsets in the
original text, so a match that crosses a space, a line break or a width
difference is still highlighted whole, and overlapping matches are merged
(never a half-highlighted word).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from reader_app.core import render
from reader_app.core.model import Article
from reader_app.core.search.analysis import find_compact, query_terms
from reader_app.core.search.normalize import compact_with_map
from reader_app.core.search.query import Clause, ParsedQuery, parse_query

Span = tuple[int, int]

_MD_RULES = [
    (re.compile(r"\*\*(.+?)\*\*"), r"\1"),
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),
    (re.compile(r"[_^]\{([^}]*)\}"), r"\1"),
    (re.compile(r"</?(?:p|br|td|tr|th|table|span|div|b|i|strong|em)\b[^>]*>", re.I), " "),
    (re.compile(r"^#{1,6}\s+", re.M), ""),
]
_SENTENCE_RE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)")
MAX_FRAGMENTS = 3
FRAGMENT_CHARS = 120


def plain_markdown(text: str) -> str:
    """Strip the converter's Markdown residue that would show as noise."""
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text


def article_text(article: Article) -> str:
    """The article as the window shows it in plain text; :func:`hit_spans` offsets refer to it."""
    return render.article_text(article)


def index_text(article: Article) -> str:
    """The searchable text of an article, built fast (no Markdown rendering) for indexing."""
    parts = [article.title]
    meta = " ".join(x for x in (article.source, article.date and article.date.isoformat()) if x)
    if meta:
        parts.append(meta)
    if article.abstract:
        parts.append("摘要：" + article.abstract)
    if article.keywords:
        parts.append("关键词：" + "；".join(article.keywords))
    body = plain_markdown(article.body or "").strip()
    if not body and article.book:
        book = article.book
        fields = [book.caption, book.author, book.publisher, book.summary, book.reason]
        body = "\n".join(f for f in fields if f)
    if body:
        parts.append(body)
    if article.attachment and article.attachment not in body:
        parts.append("附：" + article.attachment)
    return "\n\n".join(parts)


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _clause_spans(ctext: str, offsets: list[int], clause: Clause) -> list[Span]:
    needles = [clause.key]
    if not clause.phrase and find_compact(ctext, clause.key) < 0:
        needles = query_terms(clause.text)  # scattered match: mark its pieces
    spans: list[Span] = []
    for needle in needles:
        pos = find_compact(ctext, needle)
        while pos >= 0:
            spans.append((offsets[pos], offsets[pos + len(needle) - 1] + 1))
            pos = find_compact(ctext, needle, pos + 1)
    return spans


def spans_for(text: str, parsed: ParsedQuery) -> list[Span]:
    """Merged (start, end) offsets in ``text`` of every positive clause."""
    ctext, offsets = compact_with_map(text)
    spans: list[Span] = []
    for clause in parsed.positive:
        if clause.field in ("source", "section"):
            continue
        spans.extend(_clause_spans(ctext, offsets, clause))
    return _merge(spans)


def hit_spans(text: str, query: str) -> list[Span]:
    """Character offsets of every hit of ``query`` in ``text`` (see :func:`article_text`)."""
    return spans_for(text, parse_query(query))


@dataclass(frozen=True)
class Snippet:
    text: str
    spans: list[Span]  # offsets within ``text``

    @property
    def html(self) -> str:
        out, last = [], 0
        for start, end in self.spans:
            out.append(html.escape(self.text[last:start]))
            out.append(f"<mark>{html.escape(self.text[start:end])}</mark>")
            last = end
        out.append(html.escape(self.text[last:]))
        return "".join(out)


def _sentences(text: str) -> list[Span]:
    found = []
    for match in _SENTENCE_RE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            found.append((start, end))
    return found


def make_snippet(text: str, parsed: ParsedQuery, skip_chars: int = 0) -> Snippet:
    """The best one to three sentences around the hits, joined by " … "."""
    spans = spans_for(text, parsed)
    sentences = [s for s in _sentences(text) if s[1] > skip_chars] or _sentences(text)
    scored = []
    for index, (start, end) in enumerate(sentences):
        inside = [s for s in spans if s[0] >= start and s[1] <= end]
        distinct = len({text[a:b] for a, b in inside})
        if inside:
            scored.append((-distinct, -len(inside), index))
    chosen = sorted(i for _, _, i in sorted(scored)[:MAX_FRAGMENTS]) or [0]
    pieces: list[str] = []
    out_spans: list[Span] = []
    length = 0
    for i in chosen:
        if not sentences:
            break
        start, end = sentences[i]
        inside = [s for s in spans if s[0] >= start and s[1] <= end]
        if end - start > FRAGMENT_CHARS:
            first = inside[0][0] if inside else start
            start = max(start, first - FRAGMENT_CHARS // 3)
            end = min(end, start + FRAGMENT_CHARS)
            inside = [s for s in inside if s[0] >= start and s[1] <= end]
        if pieces:
            pieces.append(" … ")
            length += 3
        pieces.append(text[start:end])
        out_spans.extend((a - start + length, b - start + length) for a, b in inside)
        length += end - start
    return Snippet("".join(pieces), out_spans)
