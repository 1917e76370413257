"""File → Import issue: a dry run shows the importer's report, then confirm or cancel.

Parsing and writing run on the thread pool; the dialog only shows results.
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.importer.importcheck import ImportNote, import_notes
from reader_app.core.library.library import ImportResult, Library
from reader_app.gui.base import plaintext, workers
from reader_app.output.articlehtml import flag_text
from reader_app.output.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


#: Import warnings by code (core/importer): the core words them in English for the
#: CLI and logs; the dialog says them in the UI's language, quoting the same values.
WARNINGS = {
    "no-source": QT_TRANSLATE_NOOP("ImportDialog", "“%1” has no source line (outlet and date)"),
    "no-url": QT_TRANSLATE_NOOP("ImportDialog", "“%1” has no original URL"),
    "empty-body": QT_TRANSLATE_NOOP("ImportDialog", "“%1” has no text"),
    "cut-sentence": QT_TRANSLATE_NOOP(
        "ImportDialog", "“%1” ends in the middle of a sentence; check the raw text"
    ),
    "title-not-in-toc": QT_TRANSLATE_NOOP(
        "ImportDialog", "article “%1” is not in the table of contents"
    ),
    "toc-entry-missing": QT_TRANSLATE_NOOP(
        "ImportDialog", "TOC entry “%1” (page %2) has no article in the body"
    ),
    "control-characters": QT_TRANSLATE_NOOP(
        "ImportDialog", "%1 “%2”: control characters removed; check the raw text"
    ),
    "date-outside-period": QT_TRANSLATE_NOOP("ImportDialog", "“%1”: %2"),
}
_VALUES = re.compile(r"“(.*?)”|\(page (\d+)\)|^(\w+) (?=“)|: (date .*)$")


def warning_text(code: str, message: str) -> str:
    """An import warning in the UI's language; unknown codes keep the core's words."""
    wording = WARNINGS.get(code)
    if wording is None:
        return message
    values = [next(g for g in m.groups() if g is not None) for m in _VALUES.finditer(message)]
    if code == "date-outside-period" and len(values) == 2:
        values[1] = flag_text(values[1])
    text = QCoreApplication.translate("ImportDialog", wording)
    for n, value in enumerate(values, 1):
        text = text.replace(f"%{n}", value)
    return message if "%" in text else text


def note_text(note: ImportNote) -> str:
    """One dry-run note (core/importer/importcheck.py) in the UI's language."""
    if note.kind == "title_differs":
        text = QCoreApplication.translate(
            "ImportDialog", "the title in the text “%1” differs from the contents line “%2”."
        ).replace("%1", note.title)
        text = text.replace("%2", note.other)
        if note.page is None:
            return text
        page = QCoreApplication.translate("ImportDialog", "page %1: ")
        return page.replace("%1", str(note.page)) + text
    if note.kind == "same_period":
        text = QCoreApplication.translate(
            "ImportDialog", "Covers the same period as %1, already in the library."
        )
        return text.replace("%1", note.title)
    text = QCoreApplication.translate(
        "ImportDialog",
        "Shares %1 article titles with %2, already in the library: is it the same issue?",
    )
    return text.replace("%1", str(note.count)).replace("%2", note.title)


def notes_html(notes: list[ImportNote]) -> str:
    """The notes above the report, most serious (a repeated issue) first."""
    if not notes:
        return ""
    ordered = sorted(notes, key=lambda n: n.kind == "title_differs")
    heading = QCoreApplication.translate("ImportDialog", "Please check before importing")
    items = "".join(f"<li>{html.escape(note_text(n))}</li>" for n in ordered)
    return f"<p><b>⚠ {html.escape(heading)}</b></p><ul>{items}</ul>"


def report_html(result: ImportResult) -> str:
    """Counts per section and warnings with line numbers, as rich text."""
    issue, report = result.issue, result.report
    rows = "".join(
        f"<tr><td>{html.escape(section)}</td><td align='right'>{count}</td></tr>"
        for section, count in report.section_counts().items()
    )
    file_line = QCoreApplication.translate("ImportDialog", "File: %1").replace(
        "%1", report.file_name
    )
    per_section = QCoreApplication.translate("ImportDialog", "Entries per section")
    in_all = QCoreApplication.translate("ImportDialog", "%1 entries in all").replace(
        "%1", str(len(issue.articles))
    )
    out = [
        f"<h3>{html.escape(issue.display_title)}</h3>",
        f"<p>{html.escape(file_line)}</p>",
        f"<p><b>{html.escape(per_section)}</b></p>",
        f"<table cellpadding='3'>{rows}</table>",
        f"<p>{html.escape(in_all)}</p>",
    ]
    if report.warnings:
        title = QCoreApplication.translate("ImportDialog", "%1 warnings").replace(
            "%1", str(len(report.warnings))
        )
        items = "".join(
            "<li>"
            + (
                html.escape(
                    QCoreApplication.translate("ImportDialog", "line %1").replace("%1", str(w.line))
                )
                + ": "
                if w.line
                else ""
            )
            + html.escape(warning_text(w.code, w.message))
            + "</li>"
            for w in report.warnings
        )
        out.append(f"<p><b>{html.escape(title)}</b></p><ul>{items}</ul>")
    else:
        none = QCoreApplication.translate("ImportDialog", "No warnings.")
        out.append(f"<p>{html.escape(none)}</p>")
    return "".join(out)


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportResult of the real import

    def __init__(
        self, path: Path, library: Library, pool: QThreadPool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import Issue"))
        self.resize(620, 520)
        self.path, self.library, self.pool = path, library, pool
        self.preview: ImportResult | None = None
        self.imported_result: ImportResult | None = None  # not .result: QDialog.result()
        self.notes: list[ImportNote] = []
        self.error: Exception | None = None
        self.status = plaintext.label(self, self.tr("Checking %1…").replace("%1", path.name))
        self.status.setWordWrap(True)
        self.report = QTextBrowser(self)
        self.report.setObjectName("importReport")
        self.report.setOpenLinks(False)
        self.report.setAccessibleName(self.tr("Import report"))
        self.replace = QCheckBox(self.tr("Replace the issue already in the library"), self)
        self.replace.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.replace)
        layout.addWidget(self.buttons)
        self.replace.toggled.connect(self._update_button)
        workers.start(
            pool,
            library.import_file,
            path,
            dry_run=True,
            on_done=self._on_preview,
            on_error=self._on_error,
        )

    @property
    def busy(self) -> bool:
        return self.preview is None and self.error is None

    def _exists(self) -> bool:
        return self.preview is not None and any(
            i.id == self.preview.issue.id for i in self.library.issues
        )

    def _on_preview(self, result: ImportResult) -> None:
        self.preview = result
        self.notes = import_notes(result.issue, self.library.issues)
        self.report.setHtml(notes_html(self.notes) + report_html(result))
        if self._exists():
            self.status.setText(self.tr("This issue is already in the library."))
            self.replace.show()
        else:
            self.status.setText(self.tr("Nothing has been added yet. Import this issue?"))
        self._update_button()

    def _update_button(self) -> None:
        ok = self.preview is not None and (not self._exists() or self.replace.isChecked())
        self.import_button.setEnabled(ok)

    def _on_error(self, exc: Exception) -> None:
        self.error = exc
        self.status.setText(self.tr("This file cannot be imported; nothing was changed."))
        self.report.setPlainText(getattr(exc, "message", str(exc)))
        self.import_button.setEnabled(False)

    def confirm(self) -> None:
        """Run the real import; the dialog closes when it has been written."""
        if self.preview is None:
            return
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing…"))
        workers.start(
            self.pool,
            self.library.import_file,
            self.path,
            replace=self.replace.isChecked(),
            on_done=self._on_imported,
            on_error=self._on_error,
        )

    def _on_imported(self, result: ImportResult) -> None:
        self.imported_result = result
        self.imported.emit(result)
        self.accept()
