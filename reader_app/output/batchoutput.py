"""Several articles in one print job or PDF, and a reading list on paper.

The batch: a contents page, then each article from a new page with the same
provenance header and footer as a single print (output/printing.py), its QR code,
and page numbers counted over the whole document. The reading list: titles,
citations, notes and a QR code per item. Needs a QGuiApplication (the CLI makes
an offscreen one, see reader_app/cli/services.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from reader_app.core.services.batch import Batch
from reader_app.core.services.citation import citation
from reader_app.core.services.compilation import Compilation, Cover
from reader_app.core.text.render import escape
from reader_app.output import compilelabels, printing
from reader_app.output.articlecss import article_css
from reader_app.output.qrcode import qr_image
from reader_app.output.textlayer import PrintedText, finish, write_pdf

log = logging.getLogger(__name__)


def _setup(printer: QPrinter, title: str) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 16, 18, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setDocName(title)
    printer.setCreator("reader-app")


def contents_document(batch: Batch, starts: list[int], font: QFont) -> QTextDocument:
    """The contents page: title, citation and first page of each article."""
    rows = []
    for (title, cite), entry, start in zip(batch.contents(), batch.entries, starts, strict=True):
        note = f'<br/><span class="meta">{escape(entry.note)}</span>' if entry.note else ""
        rows.append(
            f"<tr><td><b>{escape(title)}</b><br/><span class='meta'>{escape(cite)}</span>{note}</td>"
            f"<td align='right'>{start}</td></tr>"
        )
    named = compilelabels.batch_title(batch) if batch.title or batch.query else ""
    heading = escape(named) if named else QCoreApplication.translate("BatchOutput", "Contents")
    intro = f"<p>{escape(batch.notes_heading)}</p>" if batch.notes_heading else ""
    count = QCoreApplication.translate("BatchOutput", "%1 articles").replace(
        "%1", str(len(batch.entries))
    )
    html = (
        f"<h1>{heading}</h1>{intro}<p class='meta'>{count}</p>"
        "<table width='100%' cellspacing='0' cellpadding='4'>" + "".join(rows) + "</table>"
    )
    return _doc(html, font, named or QCoreApplication.translate("BatchOutput", "Contents"))


def cover_document(cover: Cover, intro: str, font: QFont) -> QTextDocument:
    """A compilation's cover: its title, compiling body, compiler, period, count, date."""
    lines = "".join(
        f"<p class='cover'>{escape(line)}</p>" for line in compilelabels.cover_lines(cover)
    )
    notes = "".join(f"<p>{escape(p.strip())}</p>" for p in intro.splitlines() if p.strip())
    title = compilelabels.cover_title(cover)
    html = (
        "<table width='100%' cellspacing='0' cellpadding='0'><tr><td height='220'></td></tr></table>"
        f"<h1 align='center' style='font-size: xx-large;'>{escape(title)}</h1>"
        f"<div align='center'>{lines}</div><p></p>{notes}"
    )
    return _doc(html, font, title)


def list_document(batch: Batch, font: QFont) -> QTextDocument:
    """A reading list on paper: per item its title, citation, the note and a QR code."""
    doc = QTextDocument()
    rows = []
    for number, entry in enumerate(batch.entries, 1):
        article, issue = entry.article, entry.issue
        qr_cell = ""
        if article.url:
            image = qr_image(article.url)
            if not image.isNull():
                name = f"qr:{number}"
                doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
                qr_cell = f"<img src='{name}' width='72' height='72'/>"
        note = f"<p>{escape(entry.note)}</p>" if entry.note else ""
        rows.append(
            f"<tr><td width='8%'>{number}.</td><td><b>{escape(article.title)}</b>"
            f"<br/><span class='meta'>{escape(citation(article, issue))}</span>{note}</td>"
            f"<td width='80'>{qr_cell}</td></tr>"
        )
    intro = f"<p>{escape(batch.notes_heading)}</p>" if batch.notes_heading else ""
    html = (
        f"<h1>{escape(batch.title)}</h1>{intro}"
        "<table width='100%' cellspacing='0' cellpadding='6'>" + "".join(rows) + "</table>"
    )
    return _doc(html, font, batch.title, doc)


def _doc(html: str, font: QFont, title: str, doc: QTextDocument | None = None) -> QTextDocument:
    doc = doc or QTextDocument()
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(article_css("light"))
    doc.setHtml(f"<html><body>{html}</body></html>")
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


class _Pager:
    """Paints documents page by page with a header, a footer and a running page number."""

    def __init__(self, printer: QPrinter, font: QFont) -> None:
        self.printer = printer
        self.page = printer.pageLayout().paintRectPixels(printer.resolution())
        self.small = QFont(font)
        self.small.setPointSizeF(max(7.0, font.pointSizeF() * 0.75))
        self.metrics = QFontMetrics(self.small, printer)
        band = self.metrics.height() * 2
        self.band = band
        self.body = QRectF(0, band, self.page.width(), self.page.height() - 2 * band)
        self.painter = QPainter()
        self.printed = PrintedText()  # what the text layer must say (output/textlayer.py)
        self.number = 0
        self.total = 0

    def pages_of(self, doc: QTextDocument) -> int:
        doc.documentLayout().setPaintDevice(self.printer)
        doc.setPageSize(self.body.size())
        return max(1, doc.pageCount())

    def begin(self) -> None:
        if not self.painter.begin(self.printer):
            raise OSError(
                QCoreApplication.translate("BatchOutput", "The printer could not be opened.")
            )

    def end(self) -> None:
        self.painter.end()
        finish(self.printer, self.printed)

    def paint(self, doc: QTextDocument, head: str, foot: str) -> None:
        p, m = self.painter, self.metrics
        width = int(self.page.width())
        self.printed.add(doc.toRawText())
        for index in range(self.pages_of(doc)):
            if self.number:
                self.printer.newPage()
            self.number += 1
            p.setFont(self.small)
            p.setPen(Qt.GlobalColor.darkGray)
            shown = m.elidedText(head, Qt.TextElideMode.ElideRight, width)
            p.drawText(0, 0, width, m.height(), Qt.AlignmentFlag.AlignLeft, shown)
            p.drawLine(0, int(self.band * 0.7), width, int(self.band * 0.7))
            bottom = int(self.page.height() - m.height())
            count = f"{self.number} / {self.total}"
            room = width - m.horizontalAdvance(count) - m.height()
            below = m.elidedText(foot, Qt.TextElideMode.ElideMiddle, room)
            p.drawText(0, bottom, room, m.height(), Qt.AlignmentFlag.AlignLeft, below)
            p.drawText(0, bottom, width, m.height(), Qt.AlignmentFlag.AlignRight, count)
            self.printed.add(shown, below, count)
            p.save()
            p.translate(self.body.left(), self.body.top() - index * self.body.height())
            clip = QRectF(0, index * self.body.height(), self.body.width(), self.body.height())
            p.setClipRect(clip)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.clip = clip
            doc.documentLayout().draw(p, ctx)
            p.restore()


def render_batch(
    printer: QPrinter,
    batch: Batch,
    font: QFont,
    progress: Callable[[int, int], None] | None = None,
    cover: Cover | None = None,
) -> int:
    """Contents page, then every article from a new page; returns the number of pages.

    With a ``cover`` (a compilation), the cover page comes first and the description
    moves onto it; each article carries its compiler's note (编者按) in both cases.
    """
    if not batch.entries:
        raise ValueError(QCoreApplication.translate("BatchOutput", "No articles to print."))
    # The file's title (PDF /Title, the print job's name): what is printed, never "Contents".
    name = (
        compilelabels.cover_title(cover) if cover is not None else compilelabels.batch_title(batch)
    )
    _setup(printer, name)
    pager = _Pager(printer, font)
    front = cover_document(cover, batch.notes_heading, font) if cover is not None else None
    front_pages = pager.pages_of(front) if front is not None else 0
    if front is not None:
        # The title and the intro are on the cover: the contents page is headed 目录.
        batch = Batch("", batch.entries, batch.missing)
    docs = [printing.print_document(e.article, e.issue, font, e.note) for e in batch.entries]
    sizes = [pager.pages_of(doc) for doc in docs]
    contents_pages = pager.pages_of(contents_document(batch, [0] * len(docs), font))
    starts, at = [], front_pages + contents_pages + 1
    for size in sizes:
        starts.append(at)
        at += size
    contents = contents_document(batch, starts, font)
    contents_pages = pager.pages_of(contents)  # the real numbers may not change its length
    pager.total = front_pages + contents_pages + sum(sizes)
    pager.begin()
    try:
        if front is not None:
            pager.paint(front, "", "reader-app")
        pager.paint(contents, name, "reader-app")
        for number, (entry, doc) in enumerate(zip(batch.entries, docs, strict=True), 1):
            pager.paint(
                doc,
                printing.header_text(entry.article, entry.issue),
                printing.footer_text(entry.article),
            )
            if progress is not None:
                progress(number, len(docs))
    finally:
        pager.end()
    log.info("batch output: %d articles, %d pages", len(docs), pager.total)
    return pager.total


def render_list(printer: QPrinter, batch: Batch, font: QFont) -> int:
    """A reading list: one document of titles, citations, notes and QR codes."""
    _setup(printer, batch.title)
    pager = _Pager(printer, font)
    doc = list_document(batch, font)
    pager.total = pager.pages_of(doc)
    pager.begin()
    try:
        pager.paint(doc, batch.title, QCoreApplication.translate("BatchOutput", "Reading list"))
    finally:
        pager.end()
    return pager.total


def export_batch_pdf(path: Path, batch: Batch, font: QFont) -> int:
    """The batch as one PDF at ``path``, atomically, its text layer as printed."""
    return write_pdf(path, lambda printer: render_batch(printer, batch, font))


def render_compilation(
    printer: QPrinter,
    compilation: Compilation,
    font: QFont,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """A compilation on paper: cover, contents, the articles with their notes, in its order."""
    compilation = compilelabels.titled(compilation)
    return render_batch(printer, compilation.batch, font, progress, cover=compilation.cover())


def export_compilation_pdf(path: Path, compilation: Compilation, font: QFont) -> int:
    """The compilation as one PDF at ``path``, atomically (the DOCX's twin)."""
    return write_pdf(path, lambda printer: render_compilation(printer, compilation, font))
