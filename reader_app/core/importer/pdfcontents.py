"""The contents pages of a PDF issue → ``title<TAB>page`` lines for the text importer.

Entries end in a page number after dot leaders, a wide gap or (at the right edge)
a space; an entry wrapped onto two lines is joined again, and section headings
are told from entries by their name, weight or size.
"""

from __future__ import annotations

import re
from collections import Counter

from reader_app.core.importer.pdfoutput import SECTION_KEYS, Output, margins, same_style
from reader_app.core.importer.pdftext import PageText, TextLine
from reader_app.core.text.textnorm import join_broken, match_key

_LEADER = re.compile(r"^(?P<title>.*?\S)\s*(?:[.．。…·・‥⋯_]\s*){2,}\s*(?P<page>\d{1,4})$")
_LEADER_TAIL = re.compile(r"^\s*(?:[.．。…·・‥⋯_]\s*){2,}(\d{1,4})$")
# After a gap or a space, what is left of the leaders may stand before the number: a
# scan's leaders come out of recognition as a few dots or one ("title<gap>.1").
_SPACE_ENTRY = re.compile(r"^(?P<title>.*\S)\s(?:[.．。…·・‥⋯_]\s*)*(?P<page>\d{1,4})$")
_GAP_ENTRY = re.compile(r"^(?P<title>.*\S)\t(?:[.．。…·・‥⋯_]\s*)*(?P<page>\d{1,4})$")
_TOC_HEAD = re.compile(r"^\s*(目\s*录|contents)\b", re.IGNORECASE)


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


def contents(page: PageText, out: Output) -> None:
    """Entries as ``title<TAB>page``; an entry wrapped onto two lines is joined again.

    A section heading printed with a page number is written without it when
    entries follow (the number is its first article's); a section with a page
    and no entries under it (图书推荐) is an entry itself.
    """
    start = len(out.lines)
    _contents_lines(page, out)
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


def _contents_lines(page: PageText, out: Output) -> None:
    lines = page.lines
    left, right = margins(lines)
    pending: list[TextLine] = []
    last = 0
    for n, line in enumerate(lines):
        entry = toc_entry(line, right, last)
        if entry is not None:
            last = entry[1]
            title = entry[0]
            if pending:
                title = join_broken(" ".join(p.plain for p in pending), title)
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
            and same_style(following, line)
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
