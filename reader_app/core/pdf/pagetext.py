"""The text of one printed page: characters with their boxes, lines, reading order.

One Qt-free model for everything the page view does with the page's text:
marking search hits, selecting with the mouse and keys, copying. It is built
from lines of characters with boxes, whatever found them: PDFium's text layer
(``original.read_layer``) today, a recogniser's lines and character boxes for a
scanned page later. :func:`build_layer` puts the lines in reading order
(full-width titles, then columns left to right, each column top to bottom; the
cells of a table row left to right); the characters are stored in that order,
so a selection is a range ``[start, end)`` of character positions.

Coordinates are points on the page as displayed (rotation applied), origin at
the top left.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reader_app.core.text.radicals import fold_radicals
from reader_app.core.text.textnorm import is_cjk

#: A gap at least this many ems wide, free from top to bottom, can part two columns.
GUTTER_EMS = 0.8
#: Each side of a gutter holds at least this many lines: two columns, not a table's cells.
COLUMN_LINES = 3


@dataclass(frozen=True)
class Rect:
    """A rectangle on the page in points, origin at the top left (as displayed)."""

    x0: float
    y0: float
    x1: float
    y1: float

    def union(self, other: Rect) -> Rect:
        return Rect(
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
        )

    def contains(self, x: float, y: float, slack: float = 0.0) -> bool:
        return self.x0 - slack <= x <= self.x1 + slack and self.y0 - slack <= y <= self.y1 + slack


@dataclass(frozen=True)
class PageChar:
    """One character: its box, its baseline (``base``, from the top) and where it came
    from (``index``: PDFium's character index, or the recogniser's; -1 if made up)."""

    ch: str
    box: Rect
    base: float
    index: int = -1


@dataclass(frozen=True)
class PageLine:
    """Characters ``start`` to ``end`` of the page, on one line of one column block.

    ``block`` counts the column blocks in reading order; lines of one block that
    share a baseline (the cells of a table row) share ``row``.
    """

    start: int
    end: int
    box: Rect
    block: int
    row: int


@dataclass
class PageLayer:
    """The page's characters in reading order, and its lines."""

    pdf_page: int
    width: float
    height: float
    chars: list[PageChar] = field(default_factory=list)
    lines: list[PageLine] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The characters as they stand, one line of the page per line."""
        return "\n".join(self.line_text(n) for n in range(len(self.lines)))

    def line_text(self, n: int, start: int = 0, end: int | None = None) -> str:
        """Line ``n``'s characters, or those of it within ``[start, end)``."""
        line = self.lines[n]
        low, high = max(line.start, start), min(line.end, line.end if end is None else end)
        return "".join(c.ch for c in self.chars[low:high])

    def line_of(self, position: int) -> int:
        """The line holding character ``position`` (the last line past the end)."""
        starts = [ln.start for ln in self.lines]
        return max(0, bisect.bisect_right(starts, position) - 1)

    def lines_in(self, start: int, end: int) -> list[int]:
        """The lines with a character in ``[start, end)``, in reading order."""
        return [n for n, ln in enumerate(self.lines) if ln.start < end and ln.end > start]

    # ------------------------------------------------------------ where the mouse is
    def char_at(self, x: float, y: float) -> int | None:
        """The character under the point, or None (for a double-click)."""
        for n, char in enumerate(self.chars):
            if char.box.contains(x, y, 0.5):
                return n
        return None

    def caret_at(self, x: float, y: float) -> int:
        """The position between characters nearest the point (for a drag).

        The nearest line is the one whose box is closest (a point left of a column
        belongs to it, one between two lines to the nearer); within it, the caret
        goes before the first character whose middle is right of the point.
        """
        if not self.lines:
            return 0

        def distance(line: PageLine) -> tuple[float, float]:
            b = line.box
            dy = max(b.y0 - y, 0.0, y - b.y1)
            dx = max(b.x0 - x, 0.0, x - b.x1)
            return (dy + dx, dx)

        line = min(self.lines, key=distance)
        for n in range(line.start, line.end):
            box = self.chars[n].box
            if x < (box.x0 + box.x1) / 2:
                return n
        return line.end

    def word_at(self, position: int) -> tuple[int, int]:
        """The word around character ``position``: a run of letters and digits (PM2.5,
        5G, COVID-19), a run of Chinese characters up to punctuation, or one mark."""
        if not 0 <= position < len(self.chars):
            return (position, position)
        line = self.lines[self.line_of(position)]
        kind = _word_class(self.chars[position].ch)
        if kind == "other":
            return (position, position + 1)
        start, end = position, position + 1
        while start > line.start and _joins(self.chars, start - 1, kind, line.start, line.end):
            start -= 1
        while end < line.end and _joins(self.chars, end, kind, line.start, line.end):
            end += 1
        return (start, end)

    # ------------------------------------------------------------ what is painted
    def boxes(self, start: int, end: int) -> list[Rect]:
        """One rectangle per line for the characters in ``[start, end)``: a selection."""
        out: list[Rect] = []
        for n in self.lines_in(start, end):
            line = self.lines[n]
            chars = self.chars[max(start, line.start) : min(end, line.end)]
            if not chars:
                continue
            box = chars[0].box
            for char in chars[1:]:
                box = box.union(char.box)
            out.append(Rect(box.x0, line.box.y0, box.x1, line.box.y1))
        return out

    def find(self, terms: Iterable[str]) -> list[Rect]:
        """Rectangles of every occurrence of ``terms``, one per line each one spans.

        Matching is the search's: folded (NFKC, case, traditional → simplified) and
        compact, so a term broken across a line end (of one column) or spaced out
        still matches; radical forms (⻔ for 门) count as their ideographs.
        """
        from reader_app.core.search.analysis import find_compact
        from reader_app.core.search.normalize import compact, compact_with_map

        keys = [k for k in dict.fromkeys(compact(t) for t in terms) if k]
        if not keys:
            return []
        text = "".join(c.ch for c in self.chars)  # lines follow each other, as the text does
        ctext, offsets = compact_with_map(fold_radicals(text))
        rects: list[Rect] = []
        for key in keys:
            pos = find_compact(ctext, key)
            while pos >= 0:
                first, last = offsets[pos], offsets[pos + len(key) - 1]
                rects.extend(self.boxes(first, last + 1))
                pos = find_compact(ctext, key, pos + len(key))
        return rects


def _word_class(ch: str) -> str:
    if (ch.isascii() and ch.isalnum()) or (unicodedata.category(ch)[0] in "LN" and not is_cjk(ch)):
        return "latin"
    if is_cjk(ch):
        return "cjk"
    return "other"


def _joins(chars: list[PageChar], n: int, kind: str, low: int, high: int) -> bool:
    """Does character ``n`` belong to a word of ``kind`` beside it? A dot or hyphen
    between two letters or digits does (PM2.5, COVID-19)."""
    ch = chars[n].ch
    if _word_class(ch) == kind:
        return True
    if kind != "latin" or ch not in ".-_'":
        return False
    return (
        low < n < high - 1
        and _word_class(chars[n - 1].ch) == "latin"
        and _word_class(chars[n + 1].ch) == "latin"
    )


# ---------------------------------------------------------------- reading order
@dataclass
class _Segment:
    chars: list[PageChar]
    box: Rect
    em: float


def segment(chars: Sequence[PageChar]) -> _Segment:
    """A run of characters on one line (left to right), with its box and em."""
    box = chars[0].box
    for char in chars[1:]:
        box = box.union(char.box)
    widths = sorted(c.box.x1 - c.box.x0 for c in chars if is_cjk(c.ch))
    heights = sorted(c.box.y1 - c.box.y0 for c in chars if not c.ch.isspace())
    em = widths[len(widths) // 2] if widths else (heights[len(heights) // 2] if heights else 10)
    return _Segment(list(chars), box, max(float(em), 1.0))


def build_layer(
    pdf_page: int, width: float, height: float, lines: Iterable[Sequence[PageChar]]
) -> PageLayer:
    """The page from its lines (each one line's characters, left to right, with no
    wide gap inside), put in reading order."""
    segments = [segment(chars) for chars in lines if any(not c.ch.isspace() for c in chars)]
    layer = PageLayer(pdf_page, width, height)
    for block, rows in enumerate(_blocks(segments)):
        for row, band in enumerate(rows):
            for seg in band:
                start = len(layer.chars)
                layer.chars.extend(seg.chars)
                row_id = block * 100_000 + row
                layer.lines.append(PageLine(start, len(layer.chars), seg.box, block, row_id))
    return layer


def _blocks(segments: list[_Segment]) -> list[list[list[_Segment]]]:
    """Column blocks in reading order, each a list of rows (left to right)."""
    return [_rows(block) for block in _cut(segments)]


def _median_em(segments: list[_Segment]) -> float:
    ems = sorted(s.em for s in segments)
    return ems[len(ems) // 2] if ems else 10.0


def _cut(segments: list[_Segment]) -> list[list[_Segment]]:
    """Split the page into blocks read one after another (an XY cut).

    A gutter free from top to bottom parts columns (read left, then right). Else
    the segments are cut into horizontal bands, and consecutive bands that leave
    the same gap free inside them (the columns below a full-width title, the last
    lines of a longer left column) go together and are cut again.
    """
    if len(segments) <= 1:
        return [segments] if segments else []
    em = _median_em(segments)
    gutter = _gutter(segments, em)
    if gutter is not None:
        left = [s for s in segments if s.box.x1 <= gutter]
        right = [s for s in segments if s.box.x1 > gutter]
        return _cut(left) + _cut(right)
    bands = _bands(segments)
    x0 = min(s.box.x0 for s in segments)
    x1 = max(s.box.x1 for s in segments)
    groups: list[list[_Segment]] = []
    common: list[tuple[float, float]] = []
    for band in bands:
        free = _free(band, x0, x1)
        if groups:
            shared = _intersect(common, free, GUTTER_EMS * em)
            if any(a > x0 + 0.5 * em and b < x1 - 0.5 * em for a, b in shared):
                groups[-1].extend(band)
                common = shared
                continue
        groups.append(list(band))
        common = free
    if len(groups) == 1:
        return [segments]
    out: list[list[_Segment]] = []
    plain = False  # the last block is one group's, uncut: the next uncut one joins it
    for group in groups:
        parts = _cut(group)
        if len(parts) == 1 and plain:
            out[-1].extend(parts[0])
            continue
        out.extend(parts)
        plain = len(parts) == 1
    return out


def _bands(segments: list[_Segment]) -> list[list[_Segment]]:
    """Segments grouped into horizontal bands that overlap no other band."""
    bands: list[list[_Segment]] = []
    bottom = -1e18
    for seg in sorted(segments, key=lambda s: (s.box.y0, s.box.x0)):
        overlap = bottom - seg.box.y0
        if bands and overlap > 0.3 * min(seg.box.y1 - seg.box.y0, bottom - bands[-1][0].box.y0):
            bands[-1].append(seg)
            bottom = max(bottom, seg.box.y1)
            continue
        bands.append([seg])
        bottom = seg.box.y1
    return bands


def _free(segments: list[_Segment], x0: float, x1: float) -> list[tuple[float, float]]:
    """The stretches of ``[x0, x1]`` that no segment covers."""
    free: list[tuple[float, float]] = []
    at = x0
    for seg in sorted(segments, key=lambda s: s.box.x0):
        if seg.box.x0 > at:
            free.append((at, seg.box.x0))
        at = max(at, seg.box.x1)
    if at < x1:
        free.append((at, x1))
    return free


def _intersect(
    a: list[tuple[float, float]], b: list[tuple[float, float]], wide: float
) -> list[tuple[float, float]]:
    out = []
    for p0, p1 in a:
        for q0, q1 in b:
            lo, hi = max(p0, q0), min(p1, q1)
            if hi - lo >= wide:
                out.append((lo, hi))
    return out


def _gutter(segments: list[_Segment], em: float) -> float | None:
    """The x of a gap free from top to bottom that parts two columns of text, or None.

    Columns of text, not the cells of a table: each side holds several lines, most
    of them filling their side's width, and each side is a fair share of the whole.
    """
    x0 = min(s.box.x0 for s in segments)
    x1 = max(s.box.x1 for s in segments)
    best: tuple[float, float] | None = None
    for a, b in _free(segments, x0, x1):
        if b - a < GUTTER_EMS * em or a <= x0 or b >= x1:
            continue
        left = [s for s in segments if s.box.x1 <= a + 0.01]
        right = [s for s in segments if s.box.x0 >= b - 0.01]
        wider = best is None or b - a > best[1] - best[0]
        if wider and _column(left, x1 - x0) and _column(right, x1 - x0):
            best = (a, b)
    return None if best is None else (best[0] + best[1]) / 2


def _column(segments: list[_Segment], whole: float) -> bool:
    if len(segments) < COLUMN_LINES:
        return False
    left = min(s.box.x0 for s in segments)
    right = max(s.box.x1 for s in segments)
    width = right - left
    if width < 0.25 * whole:
        return False
    widths = sorted(s.box.x1 - s.box.x0 for s in segments)
    return widths[len(widths) // 2] >= 0.6 * width


def _rows(segments: list[_Segment]) -> list[list[_Segment]]:
    """One block's segments as rows top to bottom, each left to right."""
    return [sorted(band, key=lambda s: s.box.x0) for band in _bands(segments)]
