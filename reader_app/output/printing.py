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


def render_document(
    printer: QPrinter, doc: QTextDocument, title: str, head: str, foot: str, base_font: QFont
) -> int:
    """Lay ``doc`` out on A4 with ``head`` and ``foot`` on every page; returns the page count."""
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
    doc.documentLayout().setPaintDevice(printer)
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    small = QFont(base_font)
    small.setPointSizeF(max(7.0, base_font.pointSizeF() * 0.75))
    metrics = QFontMetrics(small, printer)
    band = metrics.height() * 2
    body = QRectF(0, band, page.width(), page.height() - 2 * band)
    doc.setPageSize(body.size())
    pages = max(1, doc.pageCount())
    printed = PrintedText()
    printed.add(doc.toRawText())
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("Printing", "The printer could not be opened."))
    try:
        for number in range(pages):
            if number:
                printer.newPage()
            painter.setFont(small)
            painter.setPen(Qt.GlobalColor.darkGray)
            width = int(page.width())
            shown = metrics.elidedText(head, Qt.TextElideMode.ElideRight, width)
            painter.drawText(0, 0, width, metrics.height(), Qt.AlignmentFlag.AlignLeft, shown)
            painter.drawLine(0, int(band * 0.7), width, int(band * 0.7))
            bottom = int(page.height() - metrics.height())
            count = f"{number + 1} / {pages}"
            room = width - metrics.horizontalAdvance(count) - metrics.height()
            below = metrics.elidedText(foot, Qt.TextElideMode.ElideMiddle, room)
            painter.drawText(0, bottom, room, metrics.height(), Qt.AlignmentFlag.AlignLeft, below)
            painter.drawText(0, bottom, width, metrics.height(), Qt.AlignmentFlag.AlignRight, count)
            printed.add(shown, below, count)
            painter.save()
            painter.translate(body.left(), body.top() - number * body.height())
            clip = QRectF(0, number * body.height(), body.width(), body.height())
            painter.setClipRect(clip)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.clip = clip
            doc.documentLayout().draw(painter, ctx)
            painter.restore()
    finally:
        painter.end()
    finish(printer, printed)
    return pages


def export_pdf(path: Path, article: Article, issue: Issue | None, base_font: QFont) -> int:
    """The article as a PDF at ``path``, atomically, its text layer as printed."""
    return write_pdf(path, lambda printer: render(printer, article, issue, base_font))
