"""The contents pages of a PDF issue → ``title<TAB>page`` lines for the text importer.

Entries end in a page number after dot leaders, a wide gap or (at the right edge)
a space; an entry wrapped onto two lines is joined again, and section headings
are told from entries by their name, weight or size.

An entry wrapped exactly where its title has a space ("…行业" / "碳达峰…") shows
the space only when the typesetter kept the space character at the break; where
it left none, the body's heading, which breaks elsewhere, says (``take_spaces``).
"""

from __future__ import annotations

import re
from collections import Counter

from reader_app.core.importer.pdfoutput import SECTION_KEYS, Output, margins, same_style
from reader_app.core.importer.pdftext import PageText, TextLine
from reader_app.core.text.textnorm import (
    is_cjk_or_fullwidth_punct,
    join_broken,
    match_key,
    spaced_after,
)

_LEADER = re.compile(r"^(?P<title>.*?\S)\s*(?:[.．。…·・‥⋯_]\s*){2,}\s*(?P<page>\d{1,4})$")
_LEADER_TAIL = re.compile(r"^\s*(?:[.．。…·・‥⋯_]\s*){2,}(\d{1,4})$")
# After a gap or a space, what is left of the leaders may stand before the number: a
# scan's leaders come out of recognition as a few dots or one ("title<gap>.1").
_SPACE_ENTRY = re.compile(r"^(?P<title>.*\S)\s(?:[.．。…·・‥⋯_]\s*)*(?P<page>\d{1,4})$")
_GAP_ENTRY = re.compile(r"^(?P<title>.*\S)\t(?:[.．。…·・‥⋯_]\s*)*(?P<page>\d{1,4})$")
_TOC_HEAD = re.compile(r"^\s*(目\s*录|contents)\b", re.IGNORECASE)
# (index of an output line, offsets into its title where a wrapped entry's lines
# were joined between CJK text without a space the text layer showed)
Joins = list[tuple[int, list[int]]]


def toc_entry(line: TextLine, right: float | None = None, last: int = 0) -> tuple[str, int] | None:
    """``title ……… 12`` or ``title<gap>12``: a contents entry.

    With ``right`` (the contents' right edge) also ``title 12`` when the title fills
    the line and the number stands at that edge, not smaller than the ``last`` page
    (a smaller one is part of a title wrapped after a number: "制造商 50").
    """
    match = _LEADER.match(line.plain) or _GAP_ENTRY.match(line.text)
    if match is None and right is not None and line.x1 >= right - 1.5:
        match = _SPACE_ENTRY.match(line.plain)
        if match is not None and int(match["page"]) < last:
            match = None
    if match is None:
        return None
    title = re.sub(r"[\s.．。…·・‥⋯_]+$", "", match["title"].replace("\t", " ")).strip()
    return (title, int(match["page"])) if title and re.search(r"\D", title) else None


def toc_pages(pages: list[PageText]) -> set[int]:
    found: set[int] = set()
    for page in pages[: max(8, len(pages) // 3)]:
        entries = sum(1 for ln in page.lines if toc_entry(ln))
        heading = any(_TOC_HEAD.match(ln.plain) for ln in page.lines)
        if (found and entries >= max(2, 0.3 * len(page.lines))) or (
            not found and (entries >= 3 and (heading or entries >= 0.4 * len(page.lines)))
        ):
            found.add(page.number)
        elif found:
            break
    return found


def contents(page: PageText, out: Output) -> Joins:
    """Entries as ``title<TAB>page``; an entry wrapped onto two lines is joined again.

    A section heading printed with a page number is written without it when
    entries follow (the number is its first article's); a section with a page
    and no entries under it (图书推荐) is an entry itself. Returns where wrapped
    entries were joined without a space, for ``take_spaces``.
    """
    start = len(out.lines)
    joins = _contents_lines(page, out)
    body = out.lines[start:]
    for n, text in enumerate(body):
        title, tab, _ = text.partition("\t")
        if not tab or not _is_heading(title, page):
            continue
        following = next((t for t in body[n + 1 :] if t), None)
        if following is not None and "\t" in following:
            heading = following.partition("\t")[0]
            if not _is_heading(heading, page):
                out.lines[start + n] = title
    return joins


def take_spaces(out: Output, joins: Joins, body: int) -> None:
    """Give a wrapped entry the space its heading in the body (from line ``body`` on)
    prints right where the entry's lines were joined.

    The typesetter drops a space that falls at the line's end; the heading, in a
    larger type, breaks elsewhere and shows it (as a character or a gap). The text
    importer keeps a title's CJK space only where the contents print it too.
    """
    if not joins:
        return
    headings: dict[str, list[str]] = {}
    for text in out.lines[body:]:
        if text and "\t" not in text:
            headings.setdefault(match_key(text), []).append(text)
    for index, offsets in joins:
        title, tab, number = out.lines[index].partition("\t")
        printed = headings.get(match_key(title), [])
        for at in sorted(offsets, reverse=True):
            if any(spaced_after(heading, match_key(title[:at])) for heading in printed):
                title = f"{title[:at]} {title[at:]}"
        out.lines[index] = title + tab + number


def _is_heading(title: str, page: PageText) -> bool:
    if match_key(title) in SECTION_KEYS:
        return True
    line = next((ln for ln in page.lines if ln.plain.startswith(title)), None)
    sizes = Counter(round(ln.height, 1) for ln in page.lines)
    usual = max(sizes, key=sizes.__getitem__) if sizes else 0
    return (
        line is not None
        and len(title) <= 8
        and (line.bold or line.height > usual * 1.1)
        and not re.search(r"[\W\d]", title.replace(" ", ""))
    )


def _contents_lines(page: PageText, out: Output) -> Joins:
    lines = page.lines
    left, right = margins(lines)
    pending: list[TextLine] = []
    last = 0
    joins: Joins = []
    for n, line in enumerate(lines):
        entry = toc_entry(line, right, last)
        if entry is not None:
            last = entry[1]
            title = entry[0]
            if pending:
                title, unspaced = _join_wrapped([*pending, line], title)
                if unspaced:
                    joins.append((len(out.lines), unspaced))
                pending = []
            out.add(f"{title}\t{entry[1]}", {page.number})
            continue
        tail = _LEADER_TAIL.match(line.plain)
        if tail and pending:  # the leaders and the page number wrapped onto their own line
            out.add(f"{' '.join(p.plain for p in pending)}\t{tail[1]}", {page.number})
            pending = []
            continue
        following = lines[n + 1] if n + 1 < len(lines) else None
        wraps = (
            following is not None
            and match_key(line.plain) not in SECTION_KEYS
            and not _TOC_HEAD.match(line.plain)
            and (line.x1 >= left + 0.6 * (right - left) or bool(pending))
            and _same_type(following, line)
        )
        if wraps:
            pending.append(line)
            continue
        for p in pending:
            out.add(p.plain, {page.number})
        pending = []
        out.add(line.plain, {page.number})
    for p in pending:
        out.add(p.plain, {page.number})
    out.blank()
    return joins


def _same_type(a: TextLine, b: TextLine) -> bool:
    """Set in the same type. Glyph-tight boxes (reportlab's CID fonts, LibreOffice)
    make a line's height depend on its characters, on a contents line also on its
    many small leaders: the em (a CJK character's width) says it as well."""
    em = abs(a.size - b.size) <= 0.03 * max(a.size, b.size)
    return same_style(a, b) or (em and a.bold == b.bold)


def _join_wrapped(lines: list[TextLine], title: str) -> tuple[str, list[int]]:
    """An entry's lines joined again, the last one's text being ``title``: with a
    space where the text layer shows one at the break (a space character kept at
    a line's end or the next one's start), none between CJK text otherwise, one
    between Latin words. Also the offsets of the CJK joins made without a space.
    """
    texts = [ln.plain for ln in lines[:-1]] + [title]
    text = texts[0].rstrip()
    unspaced: list[int] = []
    for before, after, more in zip(lines, lines[1:], texts[1:], strict=False):
        more = more.lstrip()
        if not text or not more:
            text += more
        elif before.space_after or after.space_before:
            text = f"{text} {more}"
        else:
            if is_cjk_or_fullwidth_punct(text[-1]) or is_cjk_or_fullwidth_punct(more[0]):
                unspaced.append(len(text))
            text = join_broken(text, more)
    return text, unspaced
