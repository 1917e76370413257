"""The article text that hit offsets refer to, hit spans, and snippets.

Spans are found on the compact folded text and mapped back to offsets in the
original text, so a match that crosses a space, a line break or a width
difference is still highlighted whole, and overlapping matches are merged
(never a half-highlighted word).
"""

from __future__ import annotations

import bisect
import heapq
import re
from dataclasses import dataclass

from reader_app.core.base.model import MAX_ARTICLE_CHARS, Article
from reader_app.core.search.analysis import find_compact, query_terms
from reader_app.core.search.deadline import Deadline, NoDeadline
from reader_app.core.search.normalize import VISIBLE_RUN_SPLIT, CompactMap
from reader_app.core.search.query import Clause, ParsedQuery, parse_query
from reader_app.core.text import render

Span = tuple[int, int]

_SENTENCE_RE = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)")
MAX_FRAGMENTS = 3
FRAGMENT_CHARS = 120
#: Highlighting and snippets look at most this far into a text: twice the importer's
#: per-article limit, so every imported article is covered whole, while a hand-edited
#: bundle with a far longer article cannot make a search or the article view hang.
SCAN_CHARS = 2 * MAX_ARTICLE_CHARS
#: At most this many hits are marked in one text (the article view repaints them all).
MAX_SPANS = 1_000


def article_text(article: Article) -> str:
    """The article as the window shows it in plain text; :func:`hit_spans` offsets refer to it."""
    return render.article_text(article)


def index_text(article: Article) -> str:
    """The searchable text of an article: its fields, and the body's words as the pane shows them."""
    parts = [article.title]
    meta = " ".join(x for x in (article.source, article.date and article.date.isoformat()) if x)
    if meta:
        parts.append(meta)
    if article.abstract:
        parts.append("摘要：" + article.abstract)
    if article.keywords:
        parts.append("关键词：" + "；".join(article.keywords))
    body = render.body_text(article.body or "").strip()
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


def _clause_spans(cmap: CompactMap, clause: Clause, room: int, deadline: Deadline) -> list[Span]:
    """At most ``room`` spans of the clause, each found by one ``str.find`` step."""
    ctext, offset = cmap.text, cmap.offset
    needles = [clause.key]
    if not clause.phrase and find_compact(ctext, clause.key) < 0:
        needles = query_terms(clause.text)  # scattered match: mark its pieces
    spans: list[Span] = []
    for needle in needles:
        if not needle or deadline.expired():
            break
        pos = find_compact(ctext, needle)
        while pos >= 0 and len(spans) < room:
            spans.append((offset(pos), offset(pos + len(needle) - 1) + 1))
            if len(spans) % 256 == 0 and deadline.expired():
                return spans
            pos = find_compact(ctext, needle, pos + 1)
    return spans


def spans_for(
    text: str, parsed: ParsedQuery, limit: int = MAX_SPANS, deadline: Deadline | None = None
) -> list[Span]:
    """Merged (start, end) offsets in ``text`` of the positive clauses' hits.

    Only the first :data:`SCAN_CHARS` characters are searched and at most ``limit``
    spans are kept per clause, so the work is bounded whatever the article's size.
    """
    deadline = deadline or NoDeadline()
    cmap = CompactMap(text[:SCAN_CHARS])
    spans: list[Span] = []
    for clause in parsed.positive:
        if clause.field in ("source", "section") or not clause.key:
            continue
        spans.extend(_clause_spans(cmap, clause, limit, deadline))
    return _merge(spans)[:limit]


def hit_spans(text: str, query: str, limit: int = MAX_SPANS) -> list[Span]:
    """Character offsets of the hits of ``query`` in ``text`` (see :func:`article_text`).

    At most ``limit`` spans, all within the first :data:`SCAN_CHARS` characters: the
    article view marks them on the GUI thread, so its cost must stay bounded.
    """
    return spans_for(text, parse_query(query), limit)


def find_spans(text: str, needle: str, limit: int = MAX_SPANS) -> list[Span]:
    """Find in article: every occurrence of ``needle`` in ``text`` as a reader sees them.

    Folded as the search folds (width, case, traditional forms, compatibility
    characters) and blind to white space and invisible characters, so that a word
    the search found and the pane shows is found here too: ＯＬＥＤ for OLED, 鋰電池
    for 锂电池, a word cut by a soft line break or a zero-width space. Punctuation
    counts (it is what was typed). Bounded like :func:`hit_spans`.
    """
    key = CompactMap(needle, VISIBLE_RUN_SPLIT).text
    if not key:
        return []
    cmap = CompactMap(text[:SCAN_CHARS], VISIBLE_RUN_SPLIT)
    spans: list[Span] = []
    pos = cmap.text.find(key)
    while pos >= 0 and len(spans) < limit:
        spans.append((cmap.offset(pos), cmap.offset(pos + len(key) - 1) + 1))
        pos = cmap.text.find(key, pos + len(key))
    return spans


@dataclass(frozen=True)
class Snippet:
    text: str
    spans: list[Span]  # offsets within ``text``


def _sentences(text: str, deadline: Deadline) -> list[Span]:
    found = []
    for match in _SENTENCE_RE.finditer(text):
        sentence = match.group()
        kept = sentence.strip()  # str.strip drops what str.isspace calls space, in C
        if kept:
            start = match.start() + len(sentence) - len(sentence.lstrip())
            found.append((start, start + len(kept)))
            if len(found) % 1024 == 0 and deadline.expired():
                break
    return found


def _spans_by_sentence(sentences: list[Span], spans: list[Span]) -> dict[int, list[Span]]:
    """The spans lying wholly inside each sentence, in one merge-like pass.

    Both lists are sorted and non-overlapping, so each span is looked at once
    (the old per-sentence scan of every span was quadratic in the text length).
    """
    inside: dict[int, list[Span]] = {}
    j = 0
    for index, (start, end) in enumerate(sentences):
        while j < len(spans) and spans[j][0] < start:
            j += 1
        while j < len(spans) and spans[j][1] <= end:
            inside.setdefault(index, []).append(spans[j])
            j += 1
        if j >= len(spans):
            break
    return inside


def make_snippet(
    text: str, parsed: ParsedQuery, skip_chars: int = 0, deadline: Deadline | None = None
) -> Snippet:
    """The best one to three sentences around the hits, joined by " … ".

    Linear in the text, and looks at its first :data:`SCAN_CHARS` characters only; once
    ``deadline`` has expired it returns the text's opening without marks.
    """
    deadline = deadline or NoDeadline()
    text = text[:SCAN_CHARS]
    if deadline.expired():
        return _opening(text, skip_chars)
    spans = spans_for(text, parsed, MAX_SPANS, deadline)
    sentences = _sentences(text, deadline)
    if deadline.expired():
        return _opening(text, skip_chars)
    first = bisect.bisect_right([s[1] for s in sentences], skip_chars)
    if first >= len(sentences):
        first = 0  # nothing after the skipped part: use the whole text
    sentences = sentences[first:]
    inside = _spans_by_sentence(sentences, spans)
    scored = [(-len({text[a:b] for a, b in found}), -len(found), i) for i, found in inside.items()]
    chosen = sorted(i for _, _, i in heapq.nsmallest(MAX_FRAGMENTS, scored)) or [0]
    pieces: list[str] = []
    out_spans: list[Span] = []
    length = 0
    for i in chosen:
        if not sentences:
            break
        start, end = sentences[i]
        marks = inside.get(i, [])
        if end - start > FRAGMENT_CHARS:
            lead = marks[0][0] if marks else start
            start = max(start, lead - FRAGMENT_CHARS // 3)
            end = min(end, start + FRAGMENT_CHARS)
            marks = [s for s in marks if s[0] >= start and s[1] <= end]
        if pieces:
            pieces.append(" … ")
            length += 3
        pieces.append(text[start:end])
        out_spans.extend((a - start + length, b - start + length) for a, b in marks)
        length += end - start
    return Snippet("".join(pieces), out_spans)


def _opening(text: str, skip_chars: int) -> Snippet:
    """A snippet made without looking for hits: the text after the skipped part."""
    rest = text[skip_chars:] if len(text) > skip_chars else text
    return Snippet(rest.strip()[:FRAGMENT_CHARS], [])
