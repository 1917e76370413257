"""Text taken from a printed page, read as the import reads the issue.

The page view and ``original --text`` copy from the page's text model
(:mod:`reader_app.core.pdf.pagetext`: characters, boxes, reading order). What
the copy says is decided here, by the importer's own rules: each line measured
as the import measures it (spaces, full-width forms, cells), lines joined into
paragraphs where the import joins them (:func:`pdflayout.paragraph_joins`), and
running headers, footers and page numbers left out where the import finds them
(:func:`pdfmargins.strip_margins`, over the whole issue: a header is known by
repeating). So a page's copied body reads as the imported article does.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from reader_app.core.base.errors import ReaderError
from reader_app.core.base.messages import Message
from reader_app.core.importer.pdflayout import join_line, paragraph_joins
from reader_app.core.importer.pdfmargins import strip_margins
from reader_app.core.importer.pdftext import Char, PageText, TextLine, line_from_chars, read_page
from reader_app.core.pdf.pagetext import PageChar, PageLayer, Rect
from reader_app.core.pdf.pdfengine import PDFIUM_LOCK, open_pdf

log = logging.getLogger(__name__)

_CACHED_PDFS = 4  # issues whose margins are remembered: the page view turns pages often
_cache: OrderedDict[tuple[str, int, int], dict[int, list[Rect]]] = OrderedDict()
_cache_lock = threading.Lock()


def margin_boxes(pdf_path: Path) -> dict[int, list[Rect]]:
    """Where the running headers, footers and page numbers stand, per PDF page.

    Found as the import finds them, over all pages of the issue; remembered for the
    last few PDFs (by path, size and time). A PDF that cannot be read gives none
    (the page view says why it cannot show the page on its own).
    """
    try:
        stat = pdf_path.stat()
    except OSError:
        return {}
    key = (str(pdf_path.resolve()), stat.st_size, stat.st_mtime_ns)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    try:
        pages = _read_pages(pdf_path)
    except (ReaderError, OSError, ValueError) as exc:
        log.warning("%s: running headers not found (%s)", pdf_path, exc)
        return {}
    removed: list[TextLine] = []
    strip_margins(pages, removed_lines=removed)
    found: dict[int, list[Rect]] = {}
    for line in removed:
        found.setdefault(line.page, []).append(Rect(line.x0, line.top, line.x1, line.bottom))
    with _cache_lock:
        _cache[key] = found
        while len(_cache) > _CACHED_PDFS:
            _cache.popitem(last=False)
    return found


def _read_pages(pdf_path: Path) -> list[PageText]:
    """Every page measured, the lock taken page by page (the view may render between);
    a scan's pages as the import measured its recognised lines."""
    import pypdfium2

    from reader_app.core.pdf.ocrfile import scanned_pages

    scanned = scanned_pages(pdf_path)
    if scanned is not None:
        from reader_app.core.importer.pdfocr import page_text

        return [page_text(p) for p in scanned]

    with PDFIUM_LOCK:
        pdf = open_pdf(pdf_path)
    try:
        with PDFIUM_LOCK:
            count = len(pdf)
        pages = []
        for index in range(count):
            with PDFIUM_LOCK:
                pages.append(read_page(pdf, index))
        return pages
    except pypdfium2.PdfiumError as exc:
        raise ReaderError(
            Message.of("page_text_unreadable", path=pdf_path, reason=str(exc))
        ) from None
    finally:
        with PDFIUM_LOCK:
            pdf.close()


@dataclass
class PrintedText:
    """A printed page's text model and which of its lines are running headers,
    footers or page numbers (never copied)."""

    layer: PageLayer
    margins: frozenset[int]  # line numbers in ``layer.lines``

    def copy(self, start: int = 0, end: int | None = None) -> str:
        """The text of characters ``[start, end)`` (default: the page) in reading order:
        one paragraph a line, lines joined as the import joins them, table cells
        tab-separated, no running header, footer or page number."""
        layer = self.layer
        end = len(layer.chars) if end is None else end
        rows = self._rows()
        if not rows:
            return ""
        full = {key: self._measure(chars) for key, chars in rows.items()}
        pages = []
        for block in sorted({key[0] for key in rows}):
            lines = [ln for key, ln in full.items() if key[0] == block and ln is not None]
            pages.append(PageText(layer.pdf_page, layer.width, layer.height, lines))
        joins = paragraph_joins(pages)
        parts: list[str] = []
        last_taken: tuple[int, int] | None = None
        order = list(rows)
        for n, key in enumerate(order):
            chosen = [(i, c) for i, c in rows[key] if start <= i < end]
            line = full[key]
            if not chosen or line is None:
                continue
            taken = self._measure(chosen)
            if taken is None:
                continue
            joined = (
                parts
                and last_taken is not None
                and order.index(last_taken) == n - 1
                and (line.page, line.top, line.x0) in joins
            )
            if joined:
                parts[-1] = join_line(parts[-1], taken.plain)
            else:
                parts.append(taken.text)
            last_taken = key
        return "\n".join(p.replace("\u00ad", "") for p in parts)

    def lines(self) -> list[tuple[str, Rect]]:
        """Each line of the page but the margins, as the import reads it, with its box."""
        out = []
        for n, line in enumerate(self.layer.lines):
            if n in self.margins:
                continue
            chars = self.layer.chars[line.start : line.end]
            measured = self._measure([(0, _char(c)) for c in chars])
            if measured is not None:
                out.append((measured.text.replace("\u00ad", ""), line.box))
        return out

    def _rows(self) -> dict[tuple[int, int], list[tuple[int, Char]]]:
        """(block, row) → the row's characters (position, the importer's Char), in
        reading order; a table row's cells are one row, as the import sees them."""
        rows: dict[tuple[int, int], list[tuple[int, Char]]] = {}
        for n, line in enumerate(self.layer.lines):
            if n in self.margins:
                continue
            row = rows.setdefault((line.block, line.row), [])
            row += [(i, _char(self.layer.chars[i])) for i in range(line.start, line.end)]
        return rows

    def _measure(self, chars: list[tuple[int, Char]]) -> TextLine | None:
        page = PageText(self.layer.pdf_page, self.layer.width, self.layer.height)
        return line_from_chars([c for _, c in chars], page)


def _char(c: PageChar) -> Char:
    """The importer's measure of a character (its loose box, its baseline)."""
    box = c.box
    return Char(c.ch, box.x0, box.x1, box.y0, box.y1, box.y1 - box.y0, c.base, False, c.index)


def printed_text(layer: PageLayer, margins: list[Rect]) -> PrintedText:
    """``layer`` with the lines standing where ``margins`` (from :func:`margin_boxes`)
    stand marked as margins."""
    found = set()
    for n, line in enumerate(layer.lines):
        x = (line.box.x0 + line.box.x1) / 2
        y = (line.box.y0 + line.box.y1) / 2
        if any(m.contains(x, y, 2.0) for m in margins):
            found.add(n)
    return PrintedText(layer, frozenset(found))
