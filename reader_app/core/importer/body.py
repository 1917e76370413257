"""One article's raw lines → metadata and a Markdown body.

The raw text is the PDF converter's output: one paragraph per line, page ends
that cut sentences in two, blank lines where images were, tab-separated table
rows, captions and data-source notes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from reader_app.core.importer.lines import Line, parse_date
from reader_app.core.text.markup import clean_inline, strip_markup
from reader_app.core.text.textnorm import join_broken

# Where a paragraph may end; anything else at a line end means a page cut it.
TERMINAL = tuple('。！？!?；;…”’"）)】」』:：')
SOURCE_LINE = re.compile(
    r"^(?P<source>\S.{0,40}?)\s*(?P<date>(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?)$"
)
_URL = re.compile(r"^<?(https?://[^\s<>]+)>?$")
#: The line naming the document the news came with: 附：《…》, 附:, 附件：, 附件1：, 附件一：
#: (full- or half-width colon, spaced out or bold). Not 附录 (an appendix is part of the
#: article) nor 附图/附表 (captions).
ATTACHMENT = re.compile(
    r"^\**\s*附\s*(?:件\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*)?\**\s*[：:]\s*\**\s*(.+)$"
)
_ABSTRACT = re.compile(r"^\**\s*摘\s*要\s*\**\s*[：:]\s*(.*)$")
_KEYWORDS = re.compile(r"^\**\s*关\s*键\s*词\s*\**\s*[：:]\s*(.*)$")
_CAPTION = re.compile(r"^(?:图\s*\d+|表\s*\d*|附图|附表)\s*(?:[：:．.]|\s|$)")
_SOURCE_NOTE = re.compile(r"^(?:数据来源|资料来源|来源|注)\s*[：:]")
_HEADING_STYLES = (
    ("cn", re.compile(r"^[一二三四五六七八九十]{1,3}\s*、")),
    ("paren", re.compile(r"^[（(][一二三四五六七八九十]{1,3}[)）]")),
    ("n3", re.compile(r"^\d{1,2}\.\d{1,2}\.\d{1,2}\.?(?:\s+|(?=[^\d.\s]))")),
    ("n2", re.compile(r"^\d{1,2}\.\d{1,2}\.?(?:\s+|(?=[^\d.\s%]))")),
    (
        "n1",
        re.compile(r"^\d{1,2}(?:[.．、]\s*|\s+)(?=[^\d\s.%条个项家年月日亿万倍种类批名位次所只])"),
    ),
)
_STYLE_ORDER = ("cn", "paren", "n1", "n2", "n3")
_MAX_HEADING = 40


@dataclass
class Unit:
    kind: str  # paragraph, heading, caption, table, text
    text: str = ""
    line: int = 0
    rows: list[list[str]] = field(default_factory=list)
    style: str | None = None


@dataclass
class ParsedArticle:
    source: str | None = None
    date: dt.date | None = None
    date_line: int | None = None
    url: str | None = None
    attachment: str | None = None
    abstract: str | None = None
    keywords: list[str] = field(default_factory=list)
    body: str = ""
    last_line: int | None = None
    ends_mid_sentence: bool = False


def parse_article(lines: list[Line]) -> ParsedArticle:
    """Parse the lines after an article's title (up to the next article)."""
    parsed = ParsedArticle()
    content = [line for line in lines if not line.blank]
    if content:
        match = SOURCE_LINE.match(content[0].text.strip())
        if match:
            parsed.source = strip_markup(match["source"]).strip()
            parsed.date = parse_date(match["date"])
            parsed.date_line = content[0].no
            content = content[1:]
    units = _classify(content, parsed)
    merged = _merge([_copy(u) for u in units], allow_plain_headings=True)
    plain = sum(1 for u in merged if u.style == "plain")
    numbered = any(u.kind == "heading" and u.style != "plain" for u in merged)
    # One lone short line is more likely the first half of a cut paragraph.
    units = merged if plain >= 2 or (plain and numbered) else _merge(units, False)
    parsed.body = _render(units)
    paragraphs = [u for u in units if u.kind == "paragraph"]
    if paragraphs:
        parsed.last_line = paragraphs[-1].line
        parsed.ends_mid_sentence = not paragraphs[-1].text.endswith(TERMINAL)
    return parsed


def _classify(content: list[Line], parsed: ParsedArticle) -> list[Unit]:
    units: list[Unit] = []
    i = 0
    while i < len(content):
        line = content[i]
        text = line.text.strip()
        if "\t" in line.text and _table_row(line.text):
            rows = []
            first = line.no
            while i < len(content) and "\t" in content[i].text:
                rows.append(_table_row(content[i].text))
                i += 1
            units.append(Unit("table", line=first, rows=rows))
            continue
        i += 1
        url = _URL.match(text)
        if url:
            if parsed.url is None:
                parsed.url = url[1]
            else:
                units.append(Unit("paragraph", url[1], line.no))
            continue
        if (found := ATTACHMENT.match(text)) and parsed.attachment is None:
            parsed.attachment = strip_markup(found[1])
            continue
        if (found := _ABSTRACT.match(text)) and parsed.abstract is None:
            parsed.abstract = strip_markup(found[1])
            continue
        if (found := _KEYWORDS.match(text)) and not parsed.keywords:
            words = re.split(r"[，,、；;]\s*|\s{1,}", strip_markup(found[1]))
            parsed.keywords = [w for w in words if w]
            continue
        if (_CAPTION.match(text) or _SOURCE_NOTE.match(text)) and len(text) <= 80:
            units.append(Unit("caption", clean_inline(text), line.no))
            continue
        style = _heading_style(text)
        if style:
            units.append(Unit("heading", clean_inline(text), line.no, style=style))
            continue
        units.append(Unit("text", clean_inline(text), line.no))
    return units


def _heading_style(text: str) -> str | None:
    if len(text) > _MAX_HEADING or text.endswith(("。", "；", ";", "，", ",")):
        return None
    for style, pattern in _HEADING_STYLES:
        if pattern.match(text):
            return style
    return None


def _copy(unit: Unit) -> Unit:
    return Unit(unit.kind, unit.text, unit.line, list(unit.rows), unit.style)


def _merge(units: list[Unit], allow_plain_headings: bool) -> list[Unit]:
    """Rejoin paragraphs cut by page ends; tell unnumbered sub-headings from text."""
    out: list[Unit] = []
    for index, unit in enumerate(units):
        previous = out[-1] if out else None
        incomplete = (
            previous is not None
            and previous.kind == "paragraph"
            and not previous.text.endswith(TERMINAL)
        )
        if unit.kind == "heading" and incomplete:
            unit = Unit("text", unit.text, unit.line)
        if unit.kind != "text":
            out.append(unit)
            continue
        if previous is not None and incomplete:
            previous.text = join_broken(previous.text, unit.text)
            continue
        following = units[index + 1] if index + 1 < len(units) else None
        if allow_plain_headings and _looks_like_heading(unit.text, following):
            out.append(Unit("heading", unit.text, unit.line, style="plain"))
        else:
            unit.kind = "paragraph"
            out.append(unit)
    return out


def _looks_like_heading(text: str, following: Unit | None) -> bool:
    return (
        following is not None
        and following.kind in ("text", "table", "heading")
        and len(text) <= 24
        and not text.endswith((*TERMINAL, "，", ",", "、"))
        and not re.search(r"[。！？；]", text)
    )


def _render(units: list[Unit]) -> str:
    present = {u.style for u in units if u.kind == "heading" and u.style in _STYLE_ORDER}
    ranks = {style: rank for rank, style in enumerate(s for s in _STYLE_ORDER if s in present)}
    blocks = []
    for unit in units:
        if unit.kind == "heading":
            level = 2 + ranks.get(unit.style or "", 0)
            blocks.append(f"{'#' * min(level, 6)} {unit.text}")
        elif unit.kind == "caption":
            blocks.append(f"{_escape_start(unit.text)}\n{{: .caption }}")
        elif unit.kind == "table":
            blocks.append(_table(unit.rows))
        else:
            blocks.append(_escape_start(unit.text))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def _escape_start(text: str) -> str:
    """Keep a paragraph starting with "3." or "-" from turning into a list."""
    text = re.sub(r"^(\d+)\.(\s)", r"\1\\.\2", text)
    text = re.sub(r"^([-+>#])", r"\\\1", text)
    return text


def _table_row(raw: str) -> list[str]:
    return [clean_inline(cell.strip()) for cell in raw.strip().split("\t")]


def _table(rows: list[list[str]]) -> str:
    width = max(len(row) for row in rows)
    padded = [
        [cell.replace("|", "\\|") for cell in row] + [""] * (width - len(row)) for row in rows
    ]
    lines = ["| " + " | ".join(padded[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(row) + " |" for row in padded[1:]]
    return "\n".join(lines)
