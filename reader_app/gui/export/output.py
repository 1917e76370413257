"""What leaves the window: clipboard, PDF, printer, the web browser.

Each function takes only what it uses -- the article view (article, issue,
font), the machine policy and a ``say`` callback for the status line -- never the
whole window; strings stay in the "MainWindow" translation context they had.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget

from reader_app.core.base.filenames import safe_file_name
from reader_app.core.machine.policy import Action
from reader_app.gui.base import plaintext
from reader_app.gui.base.errors import show_error

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from reader_app.core.machine.policy import Policy
    from reader_app.gui.reading.articleview import ArticleView

Say = Callable[[str], None]  # shows one line in the status bar


def copy_link(view: ArticleView, say: Say) -> None:
    article = view.article
    if article is not None and article.url:
        QGuiApplication.clipboard().setText(article.url)
        say(QCoreApplication.translate("MainWindow", "Link copied."))


def export_pdf(view: ArticleView, path: Path) -> int:
    if view.article is None:
        raise ValueError("no article is open")
    from reader_app.output import printing  # segno, page layout: only when exporting

    return printing.export_pdf(path, view.article, view.issue, view.font())


def export_pdf_dialog(view: ArticleView, policy: Policy, say: Say) -> bool:
    """True when the PDF was written (the window counts it)."""
    article = view.article
    if article is None or not policy.allows(Action.EXPORT_PDF):
        return False
    from reader_app.gui.base import filedialogs  # the dialog's module: only when asked (start-up)

    name, _ = filedialogs.save_file(
        view.window(),
        QCoreApplication.translate("MainWindow", "Export as PDF"),
        safe_file_name(article.title, ".pdf"),
        QCoreApplication.translate("MainWindow", "PDF (*.pdf)"),
    )
    if not name:
        return False
    try:
        export_pdf(view, Path(name))
    except Exception as exc:
        show_error(view.window(), exc)
        return False
    say(QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", name))
    return True


def print_dialog(printer: QPrinter, parent: QWidget, policy: Policy) -> QPrintDialog:
    """The one print dialog of the window: File → Print, the batch, the original pages and
    the preview's own Print button all ask through it, so that "print to file" -- a file
    dialog -- is offered nowhere the policy turns file dialogs off."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    if not policy.allows(Action.FILE_DIALOG):  # options count only before the dialog shows
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog


def ask_printer(parent: QWidget, policy: Policy, doc_name: str = "") -> QPrinter | None:
    """The print dialog, without "print to file" where file dialogs are off; None: cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if doc_name:
        printer.setDocName(doc_name)
    dialog = print_dialog(printer, parent, policy)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def print_article(view: ArticleView, policy: Policy, say: Say | None = None) -> bool:
    """Print the article or the issue's cover shown; True when it went to the printer.

    ``say`` confirms it in the status line, as exporting does.
    """
    from reader_app.gui.export.printpreview import renderer

    render = renderer(view)
    if render is None or not policy.allows(Action.PRINT):
        return False
    printer = ask_printer(view.window(), policy)
    if printer is None:
        return False
    try:
        pages = render(printer)
    except Exception as exc:
        show_error(view.window(), exc)
        return False
    if say is not None and printer.outputFileName():  # "print to file": a PDF was written
        say(
            QCoreApplication.translate("MainWindow", "Saved %1 (%2 pages)")
            .replace("%1", printer.outputFileName())
            .replace("%2", str(pages))
        )
    elif say is not None:
        shown = view.article.title if view.article else printer.docName()
        say(
            QCoreApplication.translate("MainWindow", "Sent to the printer: %1 (%2 pages)")
            .replace("%1", shown)
            .replace("%2", str(pages))
        )
    return True


def open_external(parent: QWidget, policy: Policy, url: QUrl, say: Say) -> None:
    """Only http(s), only if the policy allows, only after the patron says yes."""
    if url.scheme() not in ("http", "https"):
        return
    if not policy.allows(Action.OPEN_EXTERNAL_LINK):
        say(QCoreApplication.translate("MainWindow", "External links are turned off here."))
        return
    if plaintext.question(
        parent,
        QCoreApplication.translate("MainWindow", "Open Link"),
        QCoreApplication.translate(
            "MainWindow", "Open this address in the web browser?\n\n%1"
        ).replace("%1", url.toString()),
    ):
        QDesktopServices.openUrl(url)
