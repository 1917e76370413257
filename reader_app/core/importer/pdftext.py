"""PDF page → positioned text lines (with their gaps) and table rules, via pypdfium2.

This module only measures: which characters sit where, how they group into
lines, where big gaps split a line into cells, and which thin drawn lines
(table rules) the page carries. Deciding what the lines mean (header, footer,
paragraph, table, contents) is pdflayout's job.
"""

from __future__ import annotations

import ctypes
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING

from reader_app.core.pdf.clip import clip_box, visible
from reader_app.core.text.textnorm import is_cjk as _is_cjk
from reader_app.core.text.textnorm import is_cjk_or_fullwidth_punct as _is_wide

if TYPE_CHECKING:
    import pypdfium2
    import pypdfium2.raw

# Asked once per character of every page: remembered per character.
is_cjk = functools.cache(_is_cjk)
is_cjk_or_fullwidth_punct = functools.cache(_is_wide)

# Characters that stand for a space; zero-width ones vanish.
_SPACES = {"\u00a0", "\u2002", "\u2003", "\u2009", "\u3000", "\u202f", "\u2007"}
_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\ufeff", "\ufffd"}
SOFT_HYPHEN = "\u00ad"  # kept at a line end only: the word goes on on the next line
# Full-width ASCII that becomes ASCII next to letters and digits (URLs, dates, codes);
# the Chinese marks （）：；，！？ stay full-width as the text importer expects them.
_KEEP_FULL = set("（）：；，！？、。")
# CJK Radicals Supplement forms that some fonts' ToUnicode maps give for whole
# characters (门 read back as ⻔); NFKC leaves them alone (Unicode's
# EquivalentUnifiedIdeograph.txt has these). Kangxi radicals are NFKC'd.
_RADICALS = dict(
    zip(
        "⺁⺇⺊⺌⺎⺐⺒⺓⺜⺝⺟⺠⺩⺫⺬⺮⺯⺶⺻⺽⻁⻄⻅⻆⻉⻋⻑⻓⻔⻗⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
        "厂几卜小兀尢巳幺日月母民王目示竹糸羊聿臼虎西见角贝车長长门雨青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟",
        strict=True,
    )
)
_ASCII_RUN = re.compile(r"[!-~\uff01-\uff5e]+")
_URL_COLON = re.compile(r"\b(https?|ftp)：//", re.IGNORECASE)
_DASH_RUNS = {"⸺": "——", "⸻": "———", "⋯": "…"}  # CJK fonts map their ellipsis to ⋯


@dataclass
class Char:
    ch: str
    x0: float
    x1: float
    top: float  # distance from the page's top edge, in points
    bottom: float
    size: float  # the glyph's line height (ascent + descent), in points: about one em
    base: float  # the baseline, from the page's top edge
    bold: bool = False
    seq: int = 0  # the order the page draws it in


@dataclass
class Cell:
    """A run of characters on one line with no big gap inside."""

    text: str
    x0: float
    x1: float


@dataclass
class TextLine:
    cells: list[Cell]
    top: float
    bottom: float
    size: float  # one em, in points: the width of a CJK character
    bold: bool
    page: int  # 1-based PDF page
    height: float = 0.0  # the usual glyph box height: equal on lines of the same style
    # A space character drawn before the first or after the last printed character
    # (an office suite keeps the space a line was wrapped at): the text goes on
    # with a space, which the stripped text no longer shows.
    space_before: bool = False
    space_after: bool = False

    @property
    def x0(self) -> float:
        return self.cells[0].x0

    @property
    def x1(self) -> float:
        return self.cells[-1].x1

    @property
    def text(self) -> str:
        return "\t".join(c.text for c in self.cells)

    @property
    def plain(self) -> str:
        return " ".join(c.text for c in self.cells)


@dataclass
class PageText:
    number: int  # 1-based
    width: float
    height: float
    lines: list[TextLine] = field(default_factory=list)
    hrules: list[tuple[float, float, float]] = field(default_factory=list)  # y, x0, x1
    vrules: list[tuple[float, float, float]] = field(default_factory=list)  # x, y0, y1
    chars: int = 0  # characters with text, before any filtering
    images: int = 0


def read_page(pdf: pypdfium2.PdfDocument, index: int) -> PageText:
    """Measure page ``index`` (0-based); the caller holds PDFIUM_LOCK."""
    import pypdfium2.raw as pdfium_c

    page = pdf[index]
    try:
        width, height = page.get_size()
        result = PageText(index + 1, width, height)
        textpage = page.get_textpage()
        try:
            chars = _chars(textpage, height, pdfium_c)
        finally:
            textpage.close()
        result.chars = len(chars)
        _rules(page, height, result, pdfium_c)
    finally:
        page.close()
    result.lines = _lines(chars, result)
    return result


def _chars(textpage: pypdfium2.PdfTextPage, height: float, pdfium_c: ModuleType) -> list[Char]:
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    if count <= 0:
        return []
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    pdfium_c.FPDFText_GetText(raw, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    text = buffer.raw[: count * 2].decode("utf-16-le", errors="replace")
    rect = pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    # Per text object: its clip box and whether its face is bold (one object often
    # holds one or two characters: looked up by the pointer's bytes, cheaply).
    objects: dict[bytes | None, tuple[tuple[float, float, float, float] | None, bool]] = {}
    fonts: dict[bytes, bool] = {}
    out: list[Char] = []
    for i, ch in enumerate(text):
        if ch in "\r\n" or pdfium_c.FPDFText_IsGenerated(raw, i) == 1:
            continue
        if ch in "\x02\ufffe\u00ad":  # PDFium's marks for a hyphen after a letter at a line end
            ch = SOFT_HYPHEN
        if ch in _ZERO_WIDTH or (ch != SOFT_HYPHEN and unicodedata.category(ch) == "Cc"):
            continue
        if ch in _SPACES:
            ch = " "
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, i, ctypes.byref(rect)):
            continue
        obj = pdfium_c.FPDFText_GetTextObject(raw, i)
        key = bytes(obj) if obj else None
        info = objects.get(key)
        if info is None:
            info = objects[key] = (
                (clip_box(obj, pdfium_c), _bold_face(obj, fonts, pdfium_c))
                if obj
                else (None, False)
            )
        if not visible(rect, info[0]):
            continue  # clipped away: drawn, but not on the printed page
        angle = pdfium_c.FPDFText_GetCharAngle(raw, i)
        if 0.02 < angle < 6.26:
            continue  # rotated: a watermark or a stamp, not the text
        pdfium_c.FPDFText_GetCharOrigin(raw, i, ctypes.byref(ox), ctypes.byref(oy))
        size = rect.top - rect.bottom
        weight = pdfium_c.FPDFText_GetFontWeight(raw, i)
        bold = weight >= 600 or info[1]
        top, bottom = height - rect.top, height - rect.bottom
        base = height - oy.value if top - size <= height - oy.value <= bottom + size else bottom
        out.append(Char(ch, rect.left, rect.right, top, bottom, size, base, bold, i))
    return out


_BOLD_NAME = re.compile(r"bold|black|heavy|demi|semib|extrab|ultrab", re.IGNORECASE)


def _bold_face(
    obj: pypdfium2.raw.FPDF_PAGEOBJECT, fonts: dict[bytes, bool], pdfium_c: ModuleType
) -> bool:
    """Bold by the font's name ("NotoSansCJKsc-Bold": LibreOffice writes no weight) or
    drawn filled and stroked (an office suite's synthetic bold)."""
    if pdfium_c.FPDFTextObj_GetTextRenderMode(obj) == pdfium_c.FPDF_TEXTRENDERMODE_FILL_STROKE:
        return True
    font = pdfium_c.FPDFTextObj_GetFont(obj)
    if not font:
        return False
    key = bytes(font)
    if key not in fonts:
        buffer = ctypes.create_string_buffer(128)
        length = pdfium_c.FPDFFont_GetBaseFontName(font, buffer, 128)
        fonts[key] = bool(length) and bool(_BOLD_NAME.search(buffer.value.decode("latin-1")))
    return fonts[key]


def _rules(page: pypdfium2.PdfPage, height: float, result: PageText, pdfium_c: ModuleType) -> None:
    """Thin drawn lines and the edges of stroked rectangles: table borders."""
    for obj in page.get_objects(max_depth=2):
        kind = obj.type
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            result.images += 1
            continue
        if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        left, bottom, right, top = obj.get_bounds()
        w, h = right - left, top - bottom
        y0, y1 = height - top, height - bottom
        if h <= 2.5 and w >= 8:
            result.hrules.append(((y0 + y1) / 2, left, right))
        elif w <= 2.5 and h >= 6:
            result.vrules.append(((left + right) / 2, y0, y1))
        elif w > 8 and h > 6 and _stroked(obj, pdfium_c):
            result.hrules += [(y0, left, right), (y1, left, right)]
            result.vrules += [(left, y0, y1), (right, y0, y1)]


def _stroked(obj: pypdfium2.PdfObject, pdfium_c: ModuleType) -> bool:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke)):
        return False
    return bool(stroke.value) and not fill.value


def _lines(chars: list[Char], page: PageText) -> list[TextLine]:
    """Group characters into lines by their baseline, left to right within a line.

    The baseline, not the glyph box: Latin and CJK fonts on one line have
    different ascents, and dot leaders are tiny, but they share the baseline.
    """
    rows: list[list[Char]] = []
    base = 0.0
    for char in sorted(chars, key=lambda c: (c.base, c.x0)):
        if rows and char.base - base <= 0.3 * max(char.size, rows[-1][0].size):
            rows[-1].append(char)
            continue
        rows.append([char])
        base = char.base
    rows = _attach_small(rows)
    lines = []
    for row in rows:
        _in_reading_order(row)
        line = _split_cells(row, page)
        if line is not None:
            lines.append(line)
    lines.sort(key=lambda ln: (round(ln.top, 1), ln.x0))
    return lines


def line_from_chars(row: list[Char], page: PageText) -> TextLine | None:
    """One line as the import measures it (cells, spaces, tidied text) from its
    characters: the page view's copy reads a selection through this."""
    row = list(row)
    _in_reading_order(row)
    return _split_cells(row, page)


def _in_reading_order(row: list[Char]) -> None:
    """Left to right; characters drawn at (almost) the same place keep the drawing
    order: compressed punctuation ("》《" kerned by half an em) overlaps its neighbour."""
    row.sort(key=lambda c: c.x0)
    for n in range(1, len(row)):
        a, b = row[n - 1], row[n]
        if b.seq < a.seq and b.x0 - a.x0 < 0.25 * max(a.size, b.size):
            row[n - 1], row[n] = b, a


def _attach_small(rows: list[list[Char]]) -> list[list[Char]]:
    """Superscripts and subscripts (m², 注¹, PM₂.₅) go back onto the line they belong to."""
    out: list[list[Char]] = []
    for n, row in enumerate(rows):
        size = _median_size(row)
        if len(row) <= 6:
            for other in (out[-1] if out else None, rows[n + 1] if n + 1 < len(rows) else None):
                if other is None or size > 0.85 * _median_size(other):
                    continue
                top = min(c.top for c in other)
                bottom = max(c.bottom for c in other)
                centre = (min(c.top for c in row) + max(c.bottom for c in row)) / 2
                if top <= centre <= bottom:
                    other.extend(row)
                    break
            else:
                out.append(row)
            continue
        out.append(row)
    return out


def _median_size(row: list[Char]) -> float:
    sizes = sorted(c.size for c in row)
    return sizes[len(sizes) // 2]


def _split_cells(row: list[Char], page: PageText) -> TextLine | None:
    sizes: dict[float, int] = {}
    for c in row:
        if c.ch != " ":
            sizes[round(c.size, 1)] = sizes.get(round(c.size, 1), 0) + 1
    if not sizes:
        return None
    widths = sorted(c.x1 - c.x0 for c in row if is_cjk(c.ch))
    # A CJK character is one em wide: the surest measure of the font size.
    em = widths[len(widths) // 2] if widths else max(sizes, key=sizes.__getitem__) / 1.15
    em = em if em > 1 else 10.0
    size = em
    spread = _spread(row, em)
    height = max(sizes, key=sizes.__getitem__)
    boxes = sorted(c.size for c in row if is_cjk(c.ch))
    if len(boxes) >= 3 and boxes[-1] - boxes[0] > 0.04 * boxes[-1]:
        # Glyph-tight boxes (LibreOffice): each character's own height, so the
        # commonest one depends on the line's digits and strokes; the tallest CJK
        # boxes are the font's, equal on lines of one style.
        height = boxes[(len(boxes) * 9) // 10]
    cells: list[Cell] = []
    parts: list[str] = []
    # The current cell runs from ``start`` to the right edge of ``previous``;
    # ``previous`` is None until the line's first printed character.
    start = 0.0
    previous: Char | None = None
    space_before = False
    for c in row:
        if c.ch == " ":
            if parts and parts[-1] != " ":
                parts.append(" ")
            space_before = space_before or previous is None
            continue
        if previous is None:
            start = c.x0
        else:
            gap = c.x0 - previous.x1
            if gap > em * 1.6 or _crosses_rule(previous.x1, c.x0, c, page):
                cells.append(Cell(_tidy("".join(parts)), start, previous.x1))
                parts, start = [], c.x0
            elif (
                gap - (spread if is_cjk(previous.ch) or is_cjk(c.ch) else 0.0)
                > em * _space_gap(previous.ch, c.ch)
                and (not parts or parts[-1] != " ")
                and not (_full_ascii(previous.ch) and _full_ascii(c.ch))
            ):
                parts.append(" ")
        parts.append(c.ch)
        previous = c
    space_after = bool(parts) and parts[-1] == " "
    if previous is not None:
        cells.append(Cell(_tidy("".join(parts)), start, previous.x1))
    cells = [cell for cell in cells if cell.text]
    if not cells:
        return None
    bold = sum(1 for c in row if c.bold) > len(row) / 2
    top, bottom = min(c.top for c in row), max(c.bottom for c in row)
    line = TextLine(cells, top, bottom, size, bold, page.number, height)
    line.space_before, line.space_after = space_before, space_after
    return line


def _spread(row: list[Char], em: float) -> float:
    """The usual gap between two CJK characters of a line: what justification (or a
    typesetter's inter-character glue) adds to every one of them, not a space."""
    gaps = sorted(
        b.x0 - a.x1
        for a, b in itertools.pairwise(row)
        if is_cjk(a.ch) and is_cjk(b.ch) and -0.2 * em < b.x0 - a.x1 < 0.5 * em
    )
    return max(0.0, gaps[len(gaps) // 2]) if len(gaps) >= 4 else 0.0


def _full_ascii(ch: str) -> bool:
    """Full-width letters, digits and marks: set on a fixed grid, their gaps mean nothing."""
    return "\uff01" <= ch <= "\uff5e"


def _space_gap(before: str, after: str) -> float:
    """The gap (in em) that means a word space: small between Latin, wide between CJK."""
    if (before in ")]}" and is_cjk(after)) or (is_cjk(before) and after in "([{"):
        return 0.6  # "[日]清水": Chinese sets no space at a bracket; TeX's CJK glue is not one
    if is_cjk(before) and is_cjk(after):
        return 0.17  # a CJK font's space is a fifth to a half em wide
    if is_cjk_or_fullwidth_punct(before) and is_cjk_or_fullwidth_punct(after):
        return 0.25
    if is_cjk_or_fullwidth_punct(before) or is_cjk_or_fullwidth_punct(after):
        return 0.25
    return 0.18


def _crosses_rule(x0: float, x1: float, char: Char, page: PageText) -> bool:
    mid = (char.top + char.bottom) / 2
    return any(x0 - 1 <= x <= x1 + 1 and y0 <= mid <= y1 for x, y0, y1 in page.vrules)


def _narrow(match: re.Match[str]) -> str:
    run = match[0]
    if not any(c.isascii() and c.isalnum() for c in run):
        return run
    return "".join(
        chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" and c not in _KEEP_FULL else c
        for c in run
    )


def _tidy(text: str) -> str:
    """Compatibility characters out, Chinese punctuation kept full-width."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in _RADICALS:
            ch = _RADICALS[ch]
        elif ch in _DASH_RUNS:
            ch = _DASH_RUNS[ch]
        elif 0x2F00 <= code <= 0x2FDF or 0xF900 <= code <= 0xFAFF or 0x2F800 <= code <= 0x2FA1F:
            ch = unicodedata.normalize("NFKC", ch)  # Kangxi radicals, compatibility ideographs
        elif 0xFB00 <= code <= 0xFB06:
            ch = unicodedata.normalize("NFKC", ch)  # ligatures: ﬁ → fi
        elif 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
            ch = chr(code - 0xFEE0)  # full-width letters and digits
        out.append(ch)
    # ／．－ in a run of ASCII letters or digits: a URL, a date, a code
    text = _ASCII_RUN.sub(_narrow, "".join(out))
    text = _URL_COLON.sub(r"\1://", text)
    text = " ".join(text.split())
    end = SOFT_HYPHEN if text.endswith(SOFT_HYPHEN) else ""
    return text.replace(SOFT_HYPHEN, "") + end
