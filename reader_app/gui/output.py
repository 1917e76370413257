"""What leaves the window: clipboard, PDF, printer, the web browser.

Functions of the window rather than methods, to keep mainwindow.py to wiring;
strings stay in the "MainWindow" translation context they always had.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader_app.core.filenames import safe_file_name
from reader_app.gui import printing
from reader_app.gui.dialogs import in_documents
from reader_app.gui.errors import show_error

if TYPE_CHECKING:
    from reader_app.gui.mainwindow import MainWindow


def copy_link(window: MainWindow) -> None:
    article = window.view.article
    if article is not None and article.url:
        QGuiApplication.clipboard().setText(article.url)
        window.status_label.setText(QCoreApplication.translate("MainWindow", "Link copied."))


def export_pdf(window: MainWindow, path: Path) -> int:
    view = window.view
    if view.article is None:
        raise ValueError("no article is open")
    return printing.export_pdf(path, view.article, view.issue, view.font())


def export_pdf_dialog(window: MainWindow) -> None:
    article, policy = window.view.article, window.policy
    if article is None or not (policy.allow_file_dialogs and policy.allow_export):
        return
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("MainWindow", "Export as PDF"),
        in_documents(safe_file_name(article.title, ".pdf")),
        QCoreApplication.translate("MainWindow", "PDF (*.pdf)"),
    )
    if not name:
        return
    try:
        export_pdf(window, Path(name))
    except Exception as exc:
        show_error(window, exc)
        return
    window.stats.exported()
    window.status_label.setText(
        QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", name)
    )


def print_article(window: MainWindow) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    view, policy = window.view, window.policy
    if view.article is None or not policy.allow_printing:
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, window)
    if not policy.allow_file_dialogs:  # "print to file" would be a file dialog
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return
    try:
        printing.render(printer, view.article, view.issue, view.font())
    except Exception as exc:
        show_error(window, exc)
        return
    window.stats.printed()


def open_external(window: MainWindow, url: QUrl) -> None:
    """Only http(s), only if the policy allows, only after the patron says yes."""
    if url.scheme() not in ("http", "https"):
        return
    if not window.policy.allow_external_links:
        window.status_label.setText(
            QCoreApplication.translate("MainWindow", "External links are turned off here.")
        )
        return
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("MainWindow", "Open Link"),
        QCoreApplication.translate(
            "MainWindow", "Open this address in the web browser?\n\n%1"
        ).replace("%1", url.toString()),
    )
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(url)
