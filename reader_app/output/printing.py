"""Print and export to PDF with a provenance header and footer on every page.

QPrinter (QtPrintSupport) in PdfFormat writes the PDF; Essentials has no QtPdf.
The document is rebuilt in the light theme for paper, QR code included.
"""

from __future__ import annotations

import logging
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

from reader_app.core.base.model import Article, Issue
from reader_app.output.articlecss import article_css
from reader_app.output.articlehtml import QR_URL, article_html, cover_html
from reader_app.output.labels import issue_label
from reader_app.output.qrcode import qr_image
from reader_app.output.textlayer import PrintedText, finish, write_pdf

log = logging.getLogger(__name__)


def header_text(article: Article, issue: Issue | None) -> str:
    """Publication, issue, section and page: the top line of every printed page."""
    parts = []
    if issue is not None:
        parts.append(f"《{issue.title}》{issue_label(issue)}")
    parts.append(article.section)
    if article.page is not None:
        parts.append(
            QCoreApplication.translate("Printing", "page %1").replace("%1", str(article.page))
        )
    return " · ".join(parts)


def footer_text(article: Article) -> str:
    """Source, date and original URL: the bottom line of every printed page."""
    parts = [p for p in (article.source, article.date.isoformat() if article.date else None) if p]
    if article.url:
        parts.append(article.url)
    return " · ".join(parts)


def print_document(
    article: Article, issue: Issue | None, base_font: QFont, note: str = ""
) -> QTextDocument:
    """The article for paper; ``note`` is a compiler's note (编者按) printed under its provenance."""
    doc = QTextDocument()
    doc.setDefaultFont(base_font)
    doc.setDefaultStyleSheet(article_css("light"))
    qr = qr_image(article.url) if article.url else None
    if qr is not None and not qr.isNull():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(QR_URL), qr)
    doc.setHtml(
        f"<html><body>{article_html(article, issue, with_qr=qr is not None, note=note)}</body></html>"
    )
    if qr is not None and not qr.isNull():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(QR_URL), qr)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, article.title)
    return doc


def cover_document(issue: Issue, base_font: QFont) -> QTextDocument:
    """The issue's cover and contents, for paper: the reading room's printed table of contents."""
    doc = QTextDocument()
    doc.setDefaultFont(base_font)
    doc.setDefaultStyleSheet(article_css("light"))
    doc.setHtml(f"<html><body>{cover_html(issue)}</body></html>")
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, issue.display_title)
    return doc


def render(printer: QPrinter, article: Article, issue: Issue | None, base_font: QFont) -> int:
    """Lay the article out on ``printer``'s pages; returns the number of pages."""
    doc = print_document(article, issue, base_font)
    pages = render_document(
        printer, doc, article.title, header_text(article, issue), footer_text(article), base_font
    )
    log.info("printed %s: %d pages", article.id, pages)
    return pages


def render_cover(printer: QPrinter, issue: Issue, base_font: QFont) -> int:
    """Print the issue's cover with its contents (the pane shows it when an issue is chosen)."""
    doc = cover_document(issue, base_font)
    pages = render_document(printer, doc, issue.display_title, issue.display_title, "", base_font)
    log.info("printed the cover of %s: %d pages", issue.id, pages)
    return pages


def set_up_page(printer: QPrinter, title: str) -> None:
    """A4 portrait with the printed margins, the job named ``title``: every print's page."""
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


def render_document(
    printer: QPrinter, doc: QTextDocument, title: str, head: str, foot: str, base_font: QFont
) -> int:
    """Lay ``doc`` out on A4 with ``head`` and ``foot`` on every page; returns the page count."""
    set_up_page(printer, title)
    pager = Pager(printer, base_font)
    pager.total = pager.pages_of(doc)
    pager.begin()
    try:
        pager.paint(doc, head, foot)
    finally:
        pager.end()
    return pager.total


class Pager:
    """Paints documents page by page with a header, a footer and a running page number.

    One article (:func:`render_document`) or several in one job (output/batchoutput.py):
    set ``total`` to the job's page count, then ``begin``, ``paint`` each, ``end``.
    """

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
                QCoreApplication.translate("Printing", "The printer could not be opened.")
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


def export_pdf(path: Path, article: Article, issue: Issue | None, base_font: QFont) -> int:
    """The article as a PDF at ``path``, atomically, its text layer as printed."""
    return write_pdf(path, lambda printer: render(printer, article, issue, base_font))
