"""User-facing errors in the window: one dialog, details in the log file."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from reader_app.core.base.errors import IssueExistsError, ReaderError, os_reason, shorten
from reader_app.core.machine.logsetup import log_file
from reader_app.core.pdf.original import OriginalPageError, points_text
from reader_app.gui.base import plaintext

log = logging.getLogger(__name__)


def page_failure_reason(error: BaseException) -> str:
    """Why a page of the original PDF was not shown or printed, in the window's language.

    Never empty: a core OriginalPageError is worded from its ``code`` and figures,
    and any other failure (``MemoryError()`` has no text at all) by its kind.
    """
    if isinstance(error, OriginalPageError):
        figures = {name: points_text(value) for name, value in error.params.items()}
        if error.code == "page_too_large":
            text = QCoreApplication.translate(
                "errors", "the page is %1 × %2 pt, larger than the %3 pt a side this program shows"
            )
        elif error.code == "page_too_small":
            text = QCoreApplication.translate(
                "errors",
                "the page is %1 × %2 pt, smaller than the %3 pt a side this program shows",
            )
        elif error.code == "no_such_page":
            return (
                QCoreApplication.translate(
                    "errors", "the issue's PDF has %1 pages, not page %2; import the issue again"
                )
                .replace("%1", figures["pages"])
                .replace("%2", figures["page"])
            )
        elif error.code == "pdf_missing":
            return QCoreApplication.translate(
                "errors", "the issue's PDF is missing; import the issue again to restore it"
            )
        else:
            return QCoreApplication.translate(
                "errors", "the issue's PDF cannot be read; import the issue again to restore it"
            )
        return (
            text.replace("%1", figures["width"])
            .replace("%2", figures["height"])
            .replace("%3", figures["limit"])
        )
    if isinstance(error, MemoryError):
        return QCoreApplication.translate(
            "errors", "there is not enough memory to draw it; close other programs and try again"
        )
    if isinstance(error, OSError):
        what = f"{shorten(error.filename or '', 80)}: {os_reason(error)}".lstrip(": ")
        return QCoreApplication.translate("errors", "the PDF could not be read (%1)").replace(
            "%1", what
        )
    what = shorten(str(error), 120) or type(error).__name__
    return (
        QCoreApplication.translate(
            "errors", "the PDF could not be drawn (%1); details are in the log file:\n%2"
        )
        .replace("%1", what)
        .replace("%2", str(log_file()))
    )


def show_error(parent: QWidget | None, error: BaseException | str) -> None:
    """Show ``error`` as a dialog: a ReaderError's message, else a generic line + log path."""
    if isinstance(error, IssueExistsError):  # the CLI's advice is --replace; ours, the box
        message = QCoreApplication.translate(
            "errors",
            "Issue %1 is already in the library; nothing was changed. Import it again and "
            "tick “Replace the issue already in the library” to replace it.",
        ).replace("%1", error.issue_id)
    elif isinstance(error, ReaderError):
        message = error.message
    elif isinstance(error, str):
        message = error
    else:
        log.error("unexpected error: %r", error)
        message = QCoreApplication.translate(
            "errors", "Something went wrong: %1\n\nDetails are in the log file:\n%2"
        )
        if isinstance(error, OSError):  # in words: never "[Errno 13] ...: '/...'"
            what = f"{shorten(error.filename or '', 80)}: {os_reason(error)}".lstrip(": ")
        else:
            what = shorten(str(error), 300) or type(error).__name__
        message = message.replace("%1", what).replace("%2", str(log_file()))
    plaintext.critical(parent, QCoreApplication.translate("errors", "Error"), message)


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log an uncaught exception and show a dialog instead of crashing the window."""
    log.critical("uncaught exception:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    try:
        show_error(QApplication.activeWindow(), value)
    except Exception:  # the dialog itself failed; the log has the details
        sys.__excepthook__(kind, value, tb)


def install_excepthook() -> None:
    sys.excepthook = excepthook
