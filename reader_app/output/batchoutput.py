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

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import (
    QFont,
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
from reader_app.output.textlayer import write_pdf

log = logging.getLogger(__name__)


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
    printing.set_up_page(printer, name)
    pager = printing.Pager(printer, font)
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
    foot = QCoreApplication.translate("BatchOutput", "Reading list")
    return printing.render_document(
        printer, list_document(batch, font), batch.title, batch.title, foot, font
    )


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
