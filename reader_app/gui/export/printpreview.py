"""File → Print Preview: the pages as they will come out, then print from there.

Works for an article and for an issue's cover with its contents (the pane shows
the cover when an issue is chosen in the tree).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

from reader_app.core.machine.policy import Action
from reader_app.gui.export.output import print_dialog
from reader_app.output import printing

if TYPE_CHECKING:
    from reader_app.core.machine.policy import Policy
    from reader_app.gui.reading.articleview import ArticleView

log = logging.getLogger(__name__)

Render = Callable[[QPrinter], int]


def renderer(view: ArticleView) -> Render | None:
    """How to print what the pane shows: the article, the issue's cover, or nothing."""
    article, issue, font = view.article, view.issue, view.font()
    if article is not None:
        return lambda printer: printing.render(printer, article, issue, font)
    if issue is not None:
        return lambda printer: printing.render_cover(printer, issue, font)
    return None


class PrintPreview(QPrintPreviewDialog):
    """Qt's preview dialog, holding its printer and printing through our print dialog.

    QPrintPreviewDialog does not own a printer it is given, and PySide frees a
    QPrinter as soon as its last Python reference goes: a printer kept only in a
    local variable is freed before the dialog paints on it (the segfault of issue
    21). The dialog's own Print button would open a QPrintDialog with Qt's
    default options, "Print to File (PDF)" included; it asks through
    ``output.print_dialog`` instead, as File → Print does.
    """

    def __init__(self, render: Render, policy: Policy, parent: QWidget) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(printer, parent)
        self.printer_ = printer  # lives exactly as long as this dialog's wrapper
        self.policy = policy
        self.setObjectName("printPreview")
        self.paintRequested.connect(render)
        self.resize(900, 1000)
        self.has_print_button = self._take_over_print_button()

    def preview_widget(self) -> QPrintPreviewWidget:
        widget = self.findChild(QPrintPreviewWidget)
        assert widget is not None  # built by QPrintPreviewDialog's constructor
        return widget

    def _take_over_print_button(self) -> bool:
        """Route the toolbar's Print to ``print_now``; False when Qt's action is not found."""
        label = QCoreApplication.translate("QPrintPreviewDialog", "Print")  # Qt's own words
        found = [a for a in self.findChildren(QAction) if a.text() == label]
        if len(found) != 1:
            log.warning("print preview: %d Print buttons found, expected one", len(found))
            return False
        found[0].triggered.disconnect()  # Qt's slot would open its own QPrintDialog
        found[0].triggered.connect(self.print_now)
        return True

    def print_now(self) -> None:
        """The Print button: our print dialog on the same printer, then print and close."""
        if not self.policy.allows(Action.PRINT):
            return
        dialog = print_dialog(self.printer_, self, self.policy)
        try:
            if dialog.exec() == QPrintDialog.DialogCode.Accepted:
                self.preview_widget().print_()
                self.accept()
        finally:
            dialog.deleteLater()


def preview_dialog(view: ArticleView, parent: QWidget, policy: Policy) -> PrintPreview | None:
    """A preview of what the pane shows (None when it shows neither article nor cover,
    or when printing is off).

    Where file dialogs are off, a preview whose Print button could not be taken over
    is not shown: Qt's own button would offer printing to a file.
    """
    render = renderer(view)
    if render is None or not policy.allows(Action.PRINT):
        return None
    dialog = PrintPreview(render, policy, parent)
    if not dialog.has_print_button and not policy.allows(Action.FILE_DIALOG):
        dialog.deleteLater()
        return None
    return dialog
