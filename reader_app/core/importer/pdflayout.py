"""Measured PDF lines → the raw issue text the text importer reads, line by line.

The output has the shape of a converted issue (issues/2022-18/source.txt):
masthead lines, 目录 with ``title<TAB>page`` entries, then every paragraph on
one line, table rows tab-separated. Each output line remembers the PDF pages
it came from, for the page map.

Paragraphs are rebuilt from geometry: a line ends its paragraph when the next
line's first word would have fitted after it, when it is centred or set apart
by size, spacing or indent; Chinese lines join without a space, Latin words
and numbers with one, URLs cut at a line end without one.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from reader_app.core.importer.body import ATTACHMENT
from reader_app.core.importer.pdfcontents import contents, toc_pages
from reader_app.core.importer.pdfoutput import SECTION_KEYS, Output, margins, same_style
from reader_app.core.importer.pdftables import Row, find_tables
from reader_app.core.importer.pdftext import SOFT_HYPHEN, Cell, PageText, TextLine
from reader_app.core.text.textnorm import (
    is_cjk,
    is_cjk_or_fullwidth_punct,
    join_broken,
    match_key,
)

_SOURCE = re.compile(r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?$")
_URL_END = re.compile(r"(?:https?://|www\.)\S*$")
_URL_BEGIN = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)
_URL_START = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
# A title line leaving more than this (in em) of the measure unused was not wrapped
# at the margin: a CJK line wrapped there is full to within about one character.
_SHORT_TITLE_LINE = 1.5
# Characters either side of a title's line break looked for in the contents.
_AROUND = 6
_TERMINAL = tuple('。！？!?；;…”’"）)】」』:：')


def lay_out(pages: list[PageText]) -> Output:
    """The issue's text: front pages line by line, the contents, then the body."""
    out = Output()
    on_contents = toc_pages(pages)
    first_toc = min(on_contents) if on_contents else None
    body: list[PageText] = []
    for page in pages:
        if page.number in on_contents:
            contents(page, out)
        elif first_toc is None or page.number > first_toc:
            body.append(page)
        else:
            for line in page.lines:
                out.add(line.text, {page.number})
            out.blank()
    _body(body, out)
    return out


@dataclass
class _Para:
    text: str
    pages: set[int]
    last: TextLine
    left: float
    right: float
    standalone: bool  # centred, right-aligned or a heading: never continued


def paragraph_joins(pages: list[PageText]) -> set[tuple[int, float, float]]:
    """The lines the import joins to the line before them (one paragraph), each as
    (page, top, x0). The page view's copy asks this of the lines of a printed page,
    so that text copied from the page is joined as the imported article's text is.
    """
    joins: set[tuple[int, float, float]] = set()
    _body(pages, Output(), joins)
    return joins


def join_line(text: str, more: str) -> str:
    """Join a line to its paragraph as the import does (no space between Chinese
    lines, one between Latin words, none in a URL cut at the line end)."""
    return _join(text, more)


def _body(
    pages: list[PageText], out: Output, joins: set[tuple[int, float, float]] | None = None
) -> None:
    """Paragraphs one per line, cut by line and page ends and joined again.

    ``joins`` receives (page, top, x0) of every line joined to the paragraph before it.
    """
    column = margins([ln for page in pages for ln in page.lines if len(ln.cells) == 1])
    heights = Counter(round(ln.height, 1) for page in pages for ln in page.lines)
    usual = max(heights, key=heights.__getitem__) if heights else 0.0
    indents = _uses_indents(pages, column[0])
    front = "".join(t.partition("\t")[0] for t in out.lines)  # cover and contents, as read
    para: _Para | None = None
    head = ""  # the first row of the table being written
    columns: list[float] = []  # where the cells of the last row without rules start
    last_row: TextLine | None = None
    for page in pages:
        items = _untable_lone_rows(find_tables(page))
        single = [ln for ln in page.lines if len(ln.cells) == 1]
        left, right = margins(single) if len(single) >= 6 else column
        pitch = _pitch(single)
        for item in items:
            in_table = bool(out.lines) and "\t" in out.lines[-1]
            if (
                isinstance(item, TextLine)
                and in_table
                and last_row is not None
                and last_row.page == item.page
                and item.top - last_row.bottom < 0.8 * item.height
                and same_style(item, last_row)
                and _continue_cells(item, columns, out)
            ):
                last_row = item
                continue  # cells wrapped onto another line of a table without rules
            if isinstance(item, Row) or len(item.cells) > 1:  # a table row, ruled or not
                if para is not None:
                    _flush(para, out)
                    para = None
                row = "\t".join(item.cells) if isinstance(item, Row) else item.text
                columns = [] if isinstance(item, Row) else [c.x0 for c in item.cells]
                last_row = None if isinstance(item, Row) else item
                if in_table and row == head:
                    continue  # the header row repeated on the next page
                if not in_table:
                    head = row
                out.add(row, {page.number})
                continue
            line = item
            if para is not None and _continues(para, line, left, right, pitch, usual, indents):
                if para.standalone or _standalone(line, left, right):
                    para.text = _join_title(para, line, front)
                else:
                    para.text = _join(para.text, line.plain)
                if joins is not None:
                    joins.add((line.page, line.top, line.x0))
                para.pages.add(page.number)
                para.last, para.right = line, right
                continue
            if para is not None:
                _flush(para, out)
            para = _Para(line.plain, {page.number}, line, left, right, False)
            para.standalone = _standalone(line, left, right)
        if para is not None and para.standalone:
            _flush(para, out)
            para = None
    if para is not None:
        _flush(para, out)


def _uses_indents(pages: list[PageText], left: float) -> bool:
    """Do paragraphs start with a first-line indent (about two characters)?"""
    lines = [ln for page in pages for ln in page.lines if len(ln.cells) == 1]
    starts = Counter(round(ln.x0) for ln in lines)
    if starts:  # measured from where most lines start: a table or a figure may stick out
        common = max(starts, key=starts.__getitem__)
        left = min(x for x in starts if abs(x - common) <= 2)
    indented = sum(1 for ln in lines if 1.5 * ln.size <= ln.x0 - left <= 2.6 * ln.size)
    return bool(lines) and indented >= 0.05 * len(lines)


def _continue_cells(line: TextLine, columns: list[float], out: Output) -> bool:
    """A line whose cells all start under later columns of the row above continues it."""
    if len(columns) < 2 or line.cells[0].x0 < columns[1] - 3:
        return False
    placed = []
    for cell in line.cells:
        near = [i for i, x in enumerate(columns) if abs(x - cell.x0) <= 3]
        if not near:
            return False
        placed.append((near[0], cell.text))
    cells = out.lines[-1].split("\t")
    for column, text in placed:
        if column < len(cells):
            cells[column] = join_broken(cells[column], text)
    out.lines[-1] = "\t".join(cells)
    out.pages[-1] = out.pages[-1] | {line.page}
    return True


def _untable_lone_rows(items: list[TextLine | Row]) -> list[TextLine | Row]:
    """A wide gap in one line is justification, not columns: a table without rules
    has several lines whose cells start at the same places."""
    lines = [it for it in items if isinstance(it, TextLine) and len(it.cells) > 1]
    starts = {id(ln): [round(c.x0) for c in ln.cells[1:]] for ln in lines}
    out: list[TextLine | Row] = []
    for item in items:
        if not isinstance(item, TextLine) or len(item.cells) == 1:
            out.append(item)
            continue
        mine = starts[id(item)]
        aligned = any(
            other is not item and any(abs(a - b) <= 3 for a in mine for b in starts[id(other)])
            for other in lines
        )
        if aligned:
            out.append(item)
        else:
            merged = Cell(item.plain, item.x0, item.x1)
            out.append(dataclasses.replace(item, cells=[merged]))
    return out


def _flush(para: _Para, out: Output) -> None:
    if out.lines and out.lines[-1] != "" and "\t" in out.lines[-1]:
        out.blank()  # a table ends
    out.add(para.text, para.pages)
    out.blank()


def _pitch(lines: list[TextLine]) -> float:
    """The usual distance from one line to the next on a page."""
    steps = Counter(round(b.top - a.top) for a, b in itertools.pairwise(lines) if b.top > a.top)
    return float(steps.most_common(1)[0][0]) if steps else 0.0


def _standalone(line: TextLine, left: float, right: float) -> bool:
    """Centred or right-aligned: a title, a source line, a heading."""
    width = right - left
    indent, gap = line.x0 - left, right - line.x1
    em = line.size
    centred = indent > 1.5 * em and gap > 1.5 * em and abs(indent - gap) < max(2 * em, 0.12 * width)
    flush_right = indent > 0.3 * width and gap < em
    return centred or flush_right


def _continues(
    para: _Para,
    line: TextLine,
    left: float,
    right: float,
    pitch: float,
    usual: float,
    indents: bool = False,
) -> bool:
    if _starts_own_paragraph(line.plain, para.text):
        return False
    last = para.last
    em = line.size
    if para.standalone:
        # A centred title wrapped onto a second centred line of the same type.
        return (
            _standalone(line, left, right)
            and same_style(line, last)
            and last.x1 - last.x0 >= 0.6 * (para.right - para.left)
            and not _SOURCE.search(line.plain)
            and match_key(line.plain) not in SECTION_KEYS
            and (last.page != line.page or line.top - last.bottom < 1.2 * em)
        )
    if not same_style(line, last):
        return False
    if _standalone(line, left, right):
        # A title set larger than the text, so long that its first line is full
        # and only the rest shows as centred.
        return (
            para.text == last.plain
            and last.height > usual * 1.1
            and last.x1 - last.x0 >= 0.8 * (right - left)
            and not _SOURCE.search(line.plain)
        )
    url_open = bool(_URL_END.search(para.text))
    if url_open and _URL_START.fullmatch(line.plain):
        return True  # the rest of a URL cut at the line end
    if line.x0 - left > 0.8 * em:  # a first-line indent
        return False
    if last.page == line.page and pitch and line.top - last.top > 1.6 * pitch:
        return False  # a blank line between paragraphs
    room = para.right - last.x1
    if not indents and room > 0.5 * em and para.text.endswith(_TERMINAL):
        return False  # no first-line indents: a sentence ending short ends the paragraph
    # Paragraphs that start indented: an unindented line goes on, unless the line
    # before left clearly more room than the next word needed.
    slack = 1.0 if indents else 0.3
    return room <= _lead_width(line.plain, em) + slack * em


def _starts_own_paragraph(text: str, before: str) -> bool:
    """附：《…》 (附件1：…) and a URL are paragraphs of their own, however full the line
    before them: only where they start is known, and the digest always sets them apart.
    A URL cut right after its scheme ("https://" | "www.…") goes on."""
    if ATTACHMENT.match(text):
        return True
    return bool(_URL_BEGIN.match(text)) and not before.endswith(("://", "//"))


def _lead_width(text: str, em: float) -> float:
    """Roughly how wide the first word of ``text`` is: would it have fitted before?"""
    if not text:
        return 0.0
    if is_cjk_or_fullwidth_punct(text[0]):
        return em
    word = found[0] if (found := re.match(r"\S+", text)) else ""
    return len(word) * 0.5 * em


def _join_title(para: _Para, line: TextLine, front: str) -> str:
    """Join a title's next line: with a space where the line before was wrapped at one.

    A centred title wrapped by the typesetter fills its first line (a CJK line may
    break after any character): joined without a space. A first line that stops
    well short of the measure was broken at a phrase ("有色金属行业 / 碳达峰…", a
    break set by hand where the title has its space), and a space character kept at
    the line's end or the next one's start is the space itself: joined with one,
    unless a CJK mark stands at the join (a mark takes no space). A break by hand in
    the middle of a phrase reads as a space too; the contents, where the title is on
    one line, settle it (``tidy_title`` keeps a CJK space only where they print it).
    A full line wrapped exactly at the title's space shows nothing of it (the
    typesetters drop a space at the margin): where the contents print a space right
    at the break (even next to a mark: "自贸港 “核心引领区”"), it is kept. Latin words
    and numbers at the join go by the paragraph rules (``_join``).
    """
    last, text, more = para.last, para.text, line.plain
    if (
        not text
        or not more
        or not (is_cjk_or_fullwidth_punct(text[-1]) or is_cjk_or_fullwidth_punct(more[0]))
    ):
        return _join(text, more)  # Latin words, numbers, URLs: as in a paragraph
    if f"{text[-_AROUND:]} {more[:_AROUND]}" in front:
        return f"{text} {more}"  # the contents print the space right there
    if _cjk_mark(text[-1]) or _cjk_mark(more[0]):
        return _join(text, more)
    unused = (para.right - para.left) - (last.x1 - last.x0)
    if last.space_after or line.space_before or unused > _SHORT_TITLE_LINE * last.size:
        return f"{text} {more}"
    return _join(text, more)


def _cjk_mark(ch: str) -> bool:
    """A CJK or full-width punctuation mark (not an ideograph, a letter or a digit)."""
    return is_cjk_or_fullwidth_punct(ch) and not is_cjk(ch) and not ch.isalnum()


def _join(text: str, more: str) -> str:
    """Join a line to its paragraph: a URL cut at the line end takes no space."""
    if text.endswith(SOFT_HYPHEN):  # PDFium marks a hyphen after a letter at a line end
        text = text[:-1]
        if _URL_END.search(text) or not more[:1].islower():
            return text + "-" + more  # in a URL, or "COVID-" "19": a real hyphen
        return text + more  # a word hyphenated by the typesetter
    if _URL_END.search(text) and _URL_START.match(more):
        return text + more
    if text[-1:].isdigit() and more[:1].isdigit():
        return text + more  # a number cut at the line end ("(2" "022年版)"): two numbers
        # are never set side by side with only a space between them in Chinese text
    if re.search(r"[A-Za-z]-$", text) and more[:1].islower():
        return text + more  # a hyphenated compound word keeps its hyphen
    if text.endswith(_TERMINAL) and not is_cjk_or_fullwidth_punct(text[-1]):
        return f"{text} {more}"
    return join_broken(text, more)
