"""The printed pages of an issue: render them, read their text, find hits, export them.

Every call into pypdfium2 holds ``PDFIUM_LOCK`` (PDFium is not thread-safe) and
closes what it opened before letting go, so no PDFium object is ever finalised
by the garbage collector on another thread. Images are RGBX (R, G, B, 0xFF),
the order Qt's ``Format_RGBX8888`` and the PNG writer read.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader_app.core.base.atomic import write_bytes_atomic
from reader_app.core.base.errors import BundleError, ReaderError
from reader_app.core.base.messages import Message
from reader_app.core.pdf.pdfengine import PDFIUM_LOCK, open_pdf
from reader_app.core.pdf.png import encode_png

if TYPE_CHECKING:  # the text layer's model: read when a page's text is (start-up time, issue 23)
    from reader_app.core.pdf.pagetext import PageChar, PageLayer, Rect

log = logging.getLogger(__name__)

#: Coordinates are computed on a virtual device this many times finer than a point.
_SUBPOINT = 16
MAX_SIDE = 12000  # pixels on a rendered page's longest side: a 300 dpi A3 page fits
MAX_BITMAP_BYTES = 192 * 2**20  # one page's bitmap (4 bytes a pixel): a 600 dpi A4 page fits
#: The page sizes PDF allows, in points a side (ISO 32000-1, annex C): a page outside
#: them is refused rather than drawn at a size no one can read (or no memory holds).
PAGE_POINTS = (3.0, 14400.0)
#: ``original --dpi`` and the PNG export: from a thumbnail to a scan for print.
DPI_RANGE = (10, 1200)


class NoOriginalError(ReaderError):
    """The article's issue came as text: there is no printed page to show."""

    exit_code = 1


class OriginalPageError(BundleError):
    """A page of the original PDF cannot be shown; the message's key names why.

    The key is one of ``pdf_missing``, ``pdf_unreadable``, ``no_such_page``,
    ``page_too_large`` and ``page_too_small``; its values are the ``path`` and the
    figures the sentence needs (``width`` and ``height`` in points, the ``limit``,
    ``pages``, ``page``): ``params`` holds the figures alone.
    """

    @property
    def code(self) -> str:
        return self.key

    @property
    def params(self) -> dict[str, float]:
        return {
            k: v
            for k, v in self.message.params
            if isinstance(v, int | float) and not isinstance(v, bool)
        }


@dataclass(frozen=True)
class RenderedPage:
    """One rendered page: RGBX pixels, ``stride`` bytes per row, ``scale`` pixels a point.

    ``scale`` is the one the page was drawn at: less than asked when the asked one
    would have passed MAX_SIDE or MAX_BITMAP_BYTES. ``data`` is the (read-only)
    buffer PDFium drew into, not a copy: one page is in memory once.
    """

    width: int
    height: int
    stride: int
    data: memoryview
    scale: float


@contextmanager
def _document(pdf_path: Path) -> Iterator[Any]:
    """Open ``pdf_path`` under the lock; closed again before the lock is released."""
    with PDFIUM_LOCK:
        if not pdf_path.is_file():
            raise OriginalPageError(Message.of("pdf_missing", path=pdf_path))
        try:
            document = open_pdf(pdf_path)
        except ReaderError as exc:
            raise OriginalPageError(
                Message.of("pdf_unreadable", path=pdf_path, reason=exc.message)
            ) from None
        try:
            yield document
        finally:
            document.close()


def _check_range(pdf_path: Path, document: Any, pdf_page: int) -> None:
    if not 1 <= pdf_page <= len(document):
        raise OriginalPageError(
            Message.of("no_such_page", path=pdf_path, pages=len(document), page=pdf_page)
        )


@contextmanager
def _page(pdf_path: Path, pdf_page: int) -> Iterator[Any]:
    """Open ``pdf_path`` and yield its 1-based page ``pdf_page``, under the lock."""
    with _document(pdf_path) as document:
        _check_range(pdf_path, document, pdf_page)
        page = document[pdf_page - 1]
        try:
            yield page
        finally:
            page.close()


def page_count(pdf_path: Path) -> int:
    """How many pages the PDF has."""
    with _document(pdf_path) as document:
        return len(document)


def page_size(pdf_path: Path, pdf_page: int) -> tuple[float, float]:
    """Width and height in points, as displayed (the page's rotation applied)."""
    with _page(pdf_path, pdf_page) as page:
        return (float(page.get_width()), float(page.get_height()))


def points_text(value: float) -> str:
    """A page length for a message: ``400,000``, ``595``, ``0.01`` (never ``1e+07``)."""
    if not math.isfinite(value):
        return str(value)
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def _showable_size(pdf_path: Path, pdf_page: int, page: Any) -> tuple[float, float]:
    """The page's displayed size in points, or OriginalPageError if PDF does not allow it.

    PDFium gives a page with a missing, empty or unreadable box the US Letter
    size, and flips a negative one; what is left to refuse is a box too large or
    too small to draw (a hostile file's 10⁷-pt MediaBox, a 0.01-pt CropBox).
    """
    width, height = float(page.get_width()), float(page.get_height())
    low, high = PAGE_POINTS
    if not (math.isfinite(width) and math.isfinite(height)) or max(width, height) > high:
        key = "page_too_large"
        limit = high
    elif min(width, height) < low:
        key, limit = "page_too_small", low
    else:
        return width, height
    raise OriginalPageError(
        Message.of(
            key,
            path=pdf_path,
            page=pdf_page,
            width=width,
            height=height,
            limit=limit,
        )
    )


def check_pages(pdf_path: Path, pages: list[int]) -> None:
    """OriginalPageError for the first of ``pages`` that cannot be shown, before any is
    drawn: an export writes all of its files or none."""
    with _document(pdf_path) as document:
        for number in pages:
            _check_range(pdf_path, document, number)
            page = document[number - 1]
            try:
                _showable_size(pdf_path, number, page)
            finally:
                page.close()


def fit_scale(width: float, height: float, scale: float) -> float:
    """``scale`` (pixels a point), or less, so that a ``width`` × ``height`` pt page
    keeps within MAX_SIDE pixels a side and MAX_BITMAP_BYTES of bitmap.

    Pixels are counted as PDFium counts them (rounded up), so the cap holds exactly.
    """
    if not (math.isfinite(scale) and scale > 0):
        raise ValueError(f"cannot render at scale {scale!r}")
    area = MAX_BITMAP_BYTES // 4
    scale = min(scale, MAX_SIDE / max(width, height), math.sqrt(area / (width * height)))

    def fits(s: float) -> bool:
        w, h = math.ceil(width * s), math.ceil(height * s)
        return max(w, h) <= MAX_SIDE and w * h <= area

    while not fits(scale):  # rounding up added a pixel row: one step smaller
        scale *= 1 - 1e-6
    return scale


def render_page(pdf_path: Path, pdf_page: int, scale: float) -> RenderedPage:
    """Render at ``scale`` pixels per point (1.0 = 72 dpi) on white, or smaller to fit the
    caps (``RenderedPage.scale`` says); a page PDF does not allow is OriginalPageError."""
    import pypdfium2 as pdfium  # with PDFium, when a page is rendered (not at every start)
    import pypdfium2.raw as pdfium_c

    with _page(pdf_path, pdf_page) as page:
        width, height = _showable_size(pdf_path, pdf_page, page)
        scale = fit_scale(width, height, float(scale))
        bitmap = page.render(
            scale=scale,
            force_bitmap_format=pdfium_c.FPDFBitmap_BGRx,
            rev_byteorder=True,  # BGRx → RGBX
            fill_color=(255, 255, 255, 255),
            may_draw_forms=False,
            bitmap_maker=pdfium.PdfBitmap.new_native,  # a buffer Python owns: it outlives close()
        )
        try:
            data = memoryview(bitmap.buffer).cast("B").toreadonly()
            return RenderedPage(bitmap.width, bitmap.height, bitmap.stride, data, scale)
        finally:
            bitmap.close()


#: Characters PDFium hands out that are no text: line ends, zero-width marks, U+FFFD.
_NOT_TEXT = set("\r\n\u200b\u200c\u200d\ufeff\ufffd")
_SPACES = set("\u00a0\u2002\u2003\u2009\u3000\u202f\u2007")
#: PDFium's marks for a hyphen after a letter at a line end (the importer's SOFT_HYPHEN).
_LINE_END_HYPHENS = set("\x02\ufffe\u00ad")


def _page_chars(page: Any, textpage: Any, device: tuple[int, int]) -> list[PageChar]:
    """The page's characters as drawn: loose boxes (a line's full height) in displayed
    points, the baseline, PDFium's index. Generated spaces and line ends, controls and
    clipped and rotated characters (a watermark, a stamp) are left out, as the importer
    leaves them."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    from reader_app.core.pdf.clip import clip_box, visible
    from reader_app.core.pdf.pagetext import PageChar, Rect

    raw = textpage.raw
    rect = pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    dx, dy = ctypes.c_int(), ctypes.c_int()

    def to_device(px: float, py: float) -> tuple[float, float]:
        pdfium_c.FPDF_PageToDevice(page, 0, 0, device[0], device[1], 0, px, py, dx, dy)
        return dx.value / _SUBPOINT, dy.value / _SUBPOINT

    clips: dict[bytes | None, tuple[float, float, float, float] | None] = {}
    out: list[PageChar] = []
    high = 0
    for index in range(pdfium_c.FPDFText_CountChars(raw)):
        code = pdfium_c.FPDFText_GetUnicode(raw, index)
        if 0xD800 <= code < 0xDC00:  # a surrogate pair split over two char slots
            high = code
            continue
        if 0xDC00 <= code < 0xE000 and high:
            code = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
        high = 0
        ch = chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\ufffd"
        if ch in _LINE_END_HYPHENS:
            ch = "\u00ad"
        elif ch in _NOT_TEXT or pdfium_c.FPDFText_IsGenerated(raw, index) == 1:
            continue
        elif ch in _SPACES or ch == " ":
            ch = " "
        elif ch.isspace() or ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0:
            continue
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, index, ctypes.byref(rect)):
            continue
        if rect.right <= rect.left or rect.top <= rect.bottom:
            continue
        obj = pdfium_c.FPDFText_GetTextObject(raw, index)
        key = bytes(obj) if obj else None
        if key not in clips:
            clips[key] = clip_box(obj, pdfium_c) if obj else None
        if not visible(rect, clips[key]):
            continue  # clipped away: drawn, but not on the printed page
        angle = pdfium_c.FPDFText_GetCharAngle(raw, index)
        if 0.02 < angle < 6.26:
            continue
        (ax, ay), (bx, by) = to_device(rect.left, rect.bottom), to_device(rect.right, rect.top)
        box = Rect(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
        pdfium_c.FPDFText_GetCharOrigin(raw, index, ctypes.byref(ox), ctypes.byref(oy))
        base = to_device(ox.value, oy.value)[1]
        if not box.y0 - (box.y1 - box.y0) <= base <= box.y1 + (box.y1 - box.y0):
            base = box.y1
        out.append(PageChar(ch, box, base, index))
    return out


def _lines(chars: list[PageChar]) -> list[list[PageChar]]:
    """Characters → runs on one baseline without a wide gap (the importer's cells):
    by the baseline, as the importer groups them, then left to right."""
    from reader_app.core.pdf.pagetext import segment

    rows: list[list[PageChar]] = []
    base = 0.0
    for char in sorted(chars, key=lambda c: (c.base, c.box.x0)):
        size = char.box.y1 - char.box.y0
        if rows and char.base - base <= 0.3 * max(size, rows[-1][0].box.y1 - rows[-1][0].box.y0):
            rows[-1].append(char)
            continue
        rows.append([char])
        base = char.base
    runs: list[list[PageChar]] = []
    for row in rows:
        row.sort(key=lambda c: c.box.x0)
        for n in range(1, len(row)):  # overlapping (kerned) marks keep the drawing order
            a, b = row[n - 1], row[n]
            size = max(a.box.y1 - a.box.y0, b.box.y1 - b.box.y0)
            if b.index < a.index and b.box.x0 - a.box.x0 < 0.25 * size:
                row[n - 1], row[n] = b, a
        em = segment(row).em
        run: list[PageChar] = []
        for char in row:
            printed = [c for c in run if not c.ch.isspace()]
            if printed and not char.ch.isspace() and char.box.x0 - printed[-1].box.x1 > 1.6 * em:
                runs.append(run)
                run = []
            run.append(char)
        runs.append(run)
    return [_trim(run) for run in runs if any(not c.ch.isspace() for c in run)]


def _trim(run: list[PageChar]) -> list[PageChar]:
    """No spaces at either end of a line, none doubled inside."""
    out: list[PageChar] = []
    for char in run:
        if char.ch == " " and (not out or out[-1].ch == " "):
            continue
        out.append(char)
    while out and out[-1].ch == " ":
        out.pop()
    return out


def read_layer(pdf_path: Path, pdf_page: int) -> PageLayer:
    """The text of a printed page from the PDF's text layer: characters, boxes, lines,
    in reading order (see :mod:`reader_app.core.pdf.pagetext`); for a scan, from the
    recognised lines kept beside it (core/pdf/ocrfile.py)."""
    from reader_app.core.pdf.ocrfile import layer, scanned_page
    from reader_app.core.pdf.pagetext import build_layer

    scanned = scanned_page(pdf_path, pdf_page)
    if scanned is not None:
        return layer(scanned)
    with _page(pdf_path, pdf_page) as page:
        width, height = _showable_size(pdf_path, pdf_page, page)  # the device fits a C int
        device = (round(width * _SUBPOINT), round(height * _SUBPOINT))
        textpage = page.get_textpage()
        try:
            chars = _page_chars(page, textpage, device)
        finally:
            textpage.close()
    return build_layer(pdf_page, width, height, _lines(chars))


def find_hits(pdf_path: Path, pdf_page: int, terms: list[str]) -> list[Rect]:
    """Rectangles (points, top-left origin) of every occurrence of ``terms`` on the page,
    found in the page's text model (:meth:`PageLayer.find`)."""
    return read_layer(pdf_path, pdf_page).find(terms)


def page_file_name(printed: int | None, pdf_page: int) -> str:
    """``p012.png`` for printed page 12, ``pdf-003.png`` for an unnumbered PDF page 3."""
    return f"p{printed:03d}.png" if printed is not None else f"pdf-{pdf_page:03d}.png"


def original_pdf(issue: Any, article: Any) -> Path:
    """The PDF holding ``article``'s printed pages, or NoOriginalError."""
    path = getattr(issue, "original_pdf", None)
    if path is None or not getattr(article, "pdf_pages", None):
        raise NoOriginalError(Message.of("no_original", article=article.id, issue=issue.id))
    return Path(path)


@dataclass(frozen=True)
class ExportedPage:
    """One PNG written by ``export_pages`` and the resolution it holds."""

    path: Path
    dpi: float
    reduced: bool  # drawn at less than the asked dpi, to keep within the caps


def export_pages(issue: Any, article: Any, out_dir: Path, dpi: float) -> list[ExportedPage]:
    """Write one PNG per original page of ``article`` into ``out_dir``.

    Each page is drawn at ``dpi`` or, where that would pass the caps (MAX_SIDE,
    MAX_BITMAP_BYTES), at the largest resolution within them; its PNG says which.
    """
    pdf = original_pdf(issue, article)
    low, high = DPI_RANGE
    if not low <= dpi <= high:  # also NaN; the CLI refuses these on its command line
        raise ReaderError(Message.of("bad_dpi", dpi=dpi, low=low, high=high))
    check_pages(pdf, list(article.pdf_pages))
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[ExportedPage] = []
    for number in article.pdf_pages:
        image = render_page(pdf, number, dpi / 72)
        actual = image.scale * 72
        data = encode_png(image.width, image.height, image.stride, image.data, 4, actual)
        del image  # the pixels go before the next page's are drawn
        target = out_dir / page_file_name(issue.printed_page(number), number)
        write_bytes_atomic(target, data)
        written.append(ExportedPage(target, actual, actual < dpi * (1 - 1e-9)))
    log.info("exported %d original page(s) of %s to %s", len(written), article.id, out_dir)
    return written


def extract_pages(pdf_path: Path, pages: list[int], target: Path) -> int:
    """Copy ``pages`` (1-based) of ``pdf_path`` into a new PDF at ``target``, atomically.

    The pages are copied as they are (vector text and images, not pictures of
    them), so the export prints as sharply as the original.
    """
    import pypdfium2 as pdfium

    if not pages:
        raise NoOriginalError(Message.of("no_original_pages", path=target))
    with _document(pdf_path) as source:
        for number in pages:
            _check_range(pdf_path, source, number)
        out = pdfium.PdfDocument.new()
        try:
            out.import_pages(source, [p - 1 for p in pages])
            temp = target.with_name(f".{target.name}.tmp")
            try:
                out.save(str(temp))
                temp.replace(target)
            except BaseException:
                temp.unlink(missing_ok=True)
                raise
        finally:
            out.close()
    return len(pages)
