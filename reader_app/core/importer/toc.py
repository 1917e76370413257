"""The table of contents: sections, titles and printed pages."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader_app.core.base.model import KNOWN_SECTIONS
from reader_app.core.importer.lines import Line, next_nonblank
from reader_app.core.text.textnorm import join_broken, match_key

# A title, then a tab, two or more spaces, or dot leaders, then the page number.
_ENTRY = re.compile(
    r"^(?P<title>.*?\S)(?:\t+\s*|\s{2,}|\s*[.．。…·・]{2,}\s*|\s)(?P<page>\d{1,4})$"
)
# "目录CONTENTS" too: a scan's recognised heading can lose the space between them.
_TOC_START = re.compile(r"^\s*(目\s*录(?:\s*CONTENTS)?|CONTENTS)\b", re.IGNORECASE)
_SECTION_KEYS = {match_key(name): name for name in KNOWN_SECTIONS}


@dataclass
class TocEntry:
    section: str | None
    title: str
    page: int | None
    line: int
    is_section: bool = False  # 图书推荐: a section printed as one TOC entry

    @property
    def key(self) -> str:
        return match_key(self.title)


@dataclass
class Toc:
    entries: list[TocEntry]
    start_line: int  # index into the line list where the TOC starts
    end_index: int  # index into the line list of the first line after the TOC


def find_toc(lines: list[Line]) -> Toc | None:
    """Find the TOC after a 目录 line, or else the first run of title-and-page lines."""
    start = next((i for i, line in enumerate(lines) if _TOC_START.match(line.text)), None)
    if start is None:
        start = next((i for i, line in enumerate(lines) if _entry(line.text)), None)
        if start is None:
            return None
        toc = find_toc_from(lines, start)
        # Without a 目录 heading, only a real run of entries counts as a TOC.
        return toc if toc is not None and len(toc.entries) >= 3 else None
    return find_toc_from(lines, start + 1)


def find_toc_from(lines: list[Line], start: int) -> Toc | None:
    entries: list[TocEntry] = []
    section: str | None = None
    i = start
    while i < len(lines):
        line = lines[i]
        text = line.text.strip()
        if not text:
            i += 1
            continue
        entry = _entry(text)
        section_name = _section_name(text) or (entry and _section_name(entry[0]))
        if section_name:
            section = section_name
            if entry is not None:  # 图书推荐	80: the section is itself an entry
                entries.append(TocEntry(section, section_name, entry[1], line.no, True))
            i += 1
            continue
        if entry is not None and not _wrapped_number(text, entry, lines, i):
            entries.append(TocEntry(section, entry[0], entry[1], line.no))
            i += 1
            continue
        if entries and _starts_body(text, entries):
            break
        following = next_nonblank(lines, i + 1)
        if following is not None and _entry(lines[following].text.strip()):
            joined = join_broken(text, lines[following].text.strip())
            wrapped = _entry(joined)
            if wrapped is not None and not _section_name(lines[following].text.strip()):
                entries.append(TocEntry(section, wrapped[0], wrapped[1], line.no))
                i = following + 1
                continue
        if _looks_like_section(text, lines, i):
            section = text
            i += 1
            continue
        break
    if not entries:
        return None
    return Toc(entries, start, i)


def _entry(text: str) -> tuple[str, int] | None:
    match = _ENTRY.match(text.strip())
    if not match:
        return None
    title = match["title"].strip()
    # A date or a year at the end of a line is not a page number.
    if re.search(r"\d{4}[-./年]\d{1,2}[-./月]?$", title) or not re.search(r"\D", title):
        return None
    return title, int(match["page"])


def _wrapped_number(text: str, entry: tuple[str, int], lines: list[Line], i: int) -> bool:
    """ "2022 新型实体企业 100" / "强发布……4": a title wrapped after a number.

    A page after a single space is ambiguous; when the next line completes the
    title with a smaller page, the number belonged to the title.
    """
    if not re.search(r"\S \d{1,4}$", text) or re.search(r"(\t|\s{2}|[.．。…·・]{2})\s*\d+$", text):
        return False
    following = next_nonblank(lines, i + 1)
    if following is None:
        return False
    after = _entry(lines[following].text.strip())
    return (
        after is not None
        and after[1] < entry[1]
        and _entry(join_broken(text, lines[following].text.strip())) is not None
    )


def _section_name(text: str) -> str | None:
    return _SECTION_KEYS.get(match_key(text))


def _starts_body(text: str, entries: list[TocEntry]) -> bool:
    return match_key(text) == entries[0].key


def _looks_like_section(text: str, lines: list[Line], i: int) -> bool:
    """An unknown section name: short, no punctuation, followed by an entry."""
    if len(text) > 8 or re.search(r"[\W\d]", text.replace(" ", "")):
        return False
    following = next_nonblank(lines, i + 1)
    return following is not None and _entry(lines[following].text.strip()) is not None
