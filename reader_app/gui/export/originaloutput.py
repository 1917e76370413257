"""Print and export the printed pages of the open article.

Export copies the pages out of the issue's PDF (vector, as sharp as the
original); printing renders each page at the printer's resolution. Both ask
the window's Policy, like the text article's print and export (output.py).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPainter

from reader_app.core.base.filenames import safe_file_name
from reader_app.core.machine.policy import Action
from reader_app.core.pdf import original
from reader_app.gui.base import filedialogs
from reader_app.gui.base.errors import page_failure_reason, show_error
from reader_app.gui.export.output import ask_printer

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from reader_app.gui.shell.mainwindow import MainWindow

log = logging.getLogger(__name__)
PRINT_DPI_MAX = 300  # enough for text on paper; a 1200 dpi printer need not get 1200


def _source(window: MainWindow) -> tuple[Path, list[int]] | None:
    view = window.original
    if not view.has_original:
        return None
    assert view.issue is not None and view.issue.original_pdf is not None
    return view.issue.original_pdf, view.pages


def _show_failure(window: MainWindow, error: Exception, sentence: str) -> None:
    """A page that cannot be used is worded with its reason; other errors as usual."""
    if isinstance(error, (original.OriginalPageError, MemoryError)):
        show_error(window, sentence.replace("%1", page_failure_reason(error)))
    else:
        show_error(window, error)


def export_original(window: MainWindow, path: Path) -> int:
    """Write the article's original pages as a PDF at ``path``; returns the page count."""
    source = _source(window)
    if source is None:
        raise ValueError("the open article has no original pages")
    return original.extract_pages(source[0], source[1], path)


def export_original_dialog(window: MainWindow) -> None:

    policy, article = window.policy, window.original.article
    if article is None or _source(window) is None:
        return
    if not policy.allows(Action.EXPORT_ORIGINAL):
        return
    name, _ = filedialogs.save_file(
        window,
        QCoreApplication.translate("MainWindow", "Export Original Pages"),
        safe_file_name(article.title + " 原版", ".pdf"),
        QCoreApplication.translate("MainWindow", "PDF (*.pdf)"),
    )
    if not name:
        return
    try:
        export_original(window, Path(name))
    except Exception as exc:
        sentence = QCoreApplication.translate("MainWindow", "The pages cannot be exported: %1")
        _show_failure(window, exc, sentence)
        return
    window.stats.exported()
    window.status_label.setText(
        QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", name)
    )


def render_to_printer(printer: QPrinter, pdf: Path, pages: list[int]) -> int:
    """Each page scaled to fit the printable area, centred; returns the pages printed."""
    dpi = min(printer.resolution(), PRINT_DPI_MAX)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("Printing", "The printer could not be opened."))
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for number, pdf_page in enumerate(pages):
            if number:
                printer.newPage()
            page = original.render_page(pdf, pdf_page, dpi / 72)
            image = QImage(
                page.data, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888
            )
            fit = min(area.width() / page.width, area.height() / page.height)
            width, height = page.width * fit, page.height * fit
            target = QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(pages)


def print_original(window: MainWindow) -> None:
    policy, source = window.policy, _source(window)
    if source is None or not policy.allows(Action.PRINT_ORIGINAL):
        return
    assert window.original.article is not None
    printer = ask_printer(window, policy, window.original.article.title)
    if printer is None:
        return
    try:
        render_to_printer(printer, *source)
    except Exception as exc:
        sentence = QCoreApplication.translate("MainWindow", "The pages cannot be printed: %1")
        _show_failure(window, exc, sentence)
        return
    window.stats.printed()
