"""Print and export the printed pages of the open article.

Export copies the pages out of the issue's PDF (vector, as sharp as the
original); printing renders each page at the printer's resolution. Both ask
the Policy, like the text article's print and export (output.py). The part is
built with the printed-page view it prints from; the shell makes it when first
asked, so PDFium is not loaded by a start.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from reader_app.core.base.filenames import safe_file_name
from reader_app.core.machine.policy import Action, Policy
from reader_app.core.pdf import original
from reader_app.gui.base import filedialogs
from reader_app.gui.base.errors import page_failure_reason, show_error
from reader_app.gui.base.hub import Hub
from reader_app.gui.base.parts import OutputCounts, Part
from reader_app.gui.export.output import ask_printer

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from reader_app.gui.reading.originalview import OriginalView

log = logging.getLogger(__name__)
PRINT_DPI_MAX = 300  # enough for text on paper; a 1200 dpi printer need not get 1200


class OriginalOutput(Part):
    def __init__(
        self,
        view: OriginalView,
        policy: Policy,
        counts: OutputCounts,
        hub: Hub,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.view, self.policy, self.counts, self.hub = view, policy, counts, hub
        self.parent_widget = parent

    def _source(self) -> tuple[Path, list[int]] | None:
        view = self.view
        if not view.has_original:
            return None
        assert view.issue is not None and view.issue.original_pdf is not None
        return view.issue.original_pdf, view.article_pages

    def _show_failure(self, error: Exception, sentence: str) -> None:
        """A page that cannot be used is worded with its reason; other errors as usual."""
        if isinstance(error, (original.OriginalPageError, MemoryError)):
            show_error(self.parent_widget, sentence.replace("%1", page_failure_reason(error)))
        else:
            show_error(self.parent_widget, error)

    def export_original(self, path: Path) -> int:
        """Write the article's original pages as a PDF at ``path``; returns the page count."""
        source = self._source()
        if source is None:
            raise ValueError("the open article has no original pages")
        return original.extract_pages(source[0], source[1], path)

    def export_original_dialog(self) -> None:
        article = self.view.article
        if article is None or self._source() is None:
            return
        if not self.policy.allows(Action.EXPORT_ORIGINAL):
            return
        name, _ = filedialogs.save_file(
            self.parent_widget,
            QCoreApplication.translate("MainWindow", "Export Original Pages"),
            safe_file_name(article.title + " 原版", ".pdf"),
            QCoreApplication.translate("MainWindow", "PDF (*.pdf)"),
        )
        if not name:
            return
        try:
            self.export_original(Path(name))
        except Exception as exc:
            sentence = QCoreApplication.translate("MainWindow", "The pages cannot be exported: %1")
            self._show_failure(exc, sentence)
            return
        self.counts.exported()
        self.hub.show_status(
            QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", name)
        )

    def print_original(self) -> None:
        source = self._source()
        if source is None or not self.policy.allows(Action.PRINT_ORIGINAL):
            return
        assert self.view.article is not None
        printer = ask_printer(self.parent_widget, self.policy, self.view.article.title)
        if printer is None:
            return
        try:
            render_to_printer(printer, *source)
        except Exception as exc:
            sentence = QCoreApplication.translate("MainWindow", "The pages cannot be printed: %1")
            self._show_failure(exc, sentence)
            return
        self.counts.printed()


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
