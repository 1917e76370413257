"""Checks against raw text that parses but must not be imported as it stands.

A doubled issue, an article too long for any operation to stay fast, control
characters in titles and an article printed twice: refused or reported here, so
that ``parse.py`` keeps to finding the structure.
"""

from __future__ import annotations

import re

from reader_app.core.base.errors import ImportRefusedError
from reader_app.core.base.messages import Message
from reader_app.core.base.model import MAX_ARTICLE_CHARS, Article
from reader_app.core.importer.lines import Line
from reader_app.core.importer.report import ImportReport, at_line
from reader_app.core.importer.toc import Toc, find_toc_from
from reader_app.core.text.textnorm import match_key, strip_controls

_ISSUE_LINE = re.compile(
    r"^(?:19|20)\d{2}\s*年\s*[（(]\s*总\s*第\s*[0-9零〇一二两三四五六七八九十百千]+\s*期\s*[)）]$"
)
_TOC_HEADING = re.compile(r"^\s*(目\s*录|CONTENTS)\b", re.IGNORECASE)
_SAME_ENTRIES = 3  # TOC entries a second contents must repeat to count as one


def short_title(title: str) -> str:
    title = strip_controls(title).strip()
    return title if len(title) <= 30 else title[:29] + "…"


def refuse_second_copy(name: str, lines: list[Line], toc: Toc) -> None:
    """Refuse a file holding the issue twice (a second masthead or table of contents)."""
    keys = {entry.key for entry in toc.entries}
    for i in range(toc.end_index, len(lines)):
        text = lines[i].text.strip()
        if len(text) > 40:
            continue
        second = bool(_ISSUE_LINE.match(text))
        if not second and _TOC_HEADING.match(text):
            again = find_toc_from(lines, i + 1)
            repeated = sum(1 for e in again.entries if e.key in keys) if again else 0
            second = repeated >= min(_SAME_ENTRIES, len(keys))
        if second:
            raise ImportRefusedError(Message.of("text_twice", path=name, at=at_line(lines[i].no)))


def refuse_long_article(name: str, title: str, title_line: int, span: list[Line]) -> None:
    """Refuse an article longer than :data:`MAX_ARTICLE_CHARS` (docs/issue-format.md)."""
    chars = sum(len(line.text) for line in span)
    if chars > MAX_ARTICLE_CHARS:
        raise ImportRefusedError(
            Message.of(
                "article_too_long",
                path=name,
                title=short_title(title),
                at=at_line(title_line),
                chars=chars,
                limit=MAX_ARTICLE_CHARS,
            )
        )


def clean_field(value: str, what: str, line: int | None, report: ImportReport) -> str:
    """``value`` without control characters; a warning names the line if any were removed."""
    cleaned = strip_controls(value)
    if cleaned != value.replace("\t", " "):
        report.warn(line, Message.of("control-characters", what=what, title=short_title(cleaned)))
    return cleaned


def warn_duplicates(articles: list[tuple[Article, int]], report: ImportReport) -> None:
    """An article printed twice (same title, same text): both kept, staff told."""
    first: dict[tuple[str, str], int] = {}
    for article, line in articles:
        key = (match_key(article.title), article.body)
        if key not in first:
            first[key] = line
            continue
        report.warn(
            line,
            Message.of(
                "duplicate-article", title=short_title(article.title), line=line, first=first[key]
            ),
        )
