"""File → Print Preview: the pages as they will come out, then print from there.

Works for an article and for an issue's cover with its contents (the pane shows
the cover when an issue is chosen in the tree).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from reader_app.output import printing

if TYPE_CHECKING:
    from reader_app.gui.articleview import ArticleView

Render = Callable[[QPrinter], int]


def renderer(view: ArticleView) -> Render | None:
    """How to print what the pane shows: the article, the issue's cover, or nothing."""
    article, issue, font = view.article, view.issue, view.font()
    if article is not None:
        return lambda printer: printing.render(printer, article, issue, font)
    if issue is not None:
        return lambda printer: printing.render_cover(printer, issue, font)
    return None


def preview_dialog(view: ArticleView, parent: QWidget) -> QPrintPreviewDialog | None:
    """A preview of what the pane shows (None when it shows neither article nor cover)."""
    render = renderer(view)
    if render is None:
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.paintRequested.connect(render)
    dialog.resize(900, 1000)
    return dialog
