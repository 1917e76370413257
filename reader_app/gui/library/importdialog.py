"""File → Import issue: a dry run shows the importer's report, then confirm or cancel.

Parsing and writing run on the thread pool; the dialog only shows results.
"""

from __future__ import annotations

import html
import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.base.errors import ReaderError
from reader_app.core.importer.importcheck import ImportNote, import_notes
from reader_app.core.importer.report import ImportReport, ReportItem
from reader_app.core.library.library import ImportResult, Library
from reader_app.gui.base import plaintext, workers
from reader_app.gui.base.errors import error_text, message_text
from reader_app.output.articlehtml import flag_text
from reader_app.output.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


#: Import warnings by code (core/importer/report.py: a Message keyed by the code): the
#: wording, and the message's values that stand for %1, %2... The CLI words the same
#: codes in reader_app/cli/text.py.
WARNINGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "no-source": (QT_TRANSLATE_NOOP("ImportDialog", "“%1” has no source line (outlet and date)"), ("title",)),
    "no-url": (QT_TRANSLATE_NOOP("ImportDialog", "“%1” has no original URL"), ("title",)),
    "empty-body": (QT_TRANSLATE_NOOP("ImportDialog", "“%1” has no text"), ("title",)),
    "cut-sentence": (QT_TRANSLATE_NOOP("ImportDialog", "“%1” ends in the middle of a sentence; check the raw text"), ("title",)),
    "title-not-in-toc": (QT_TRANSLATE_NOOP("ImportDialog", "article “%1” is not in the table of contents"), ("title",)),
    "toc-entry-missing": (QT_TRANSLATE_NOOP("ImportDialog", "TOC entry “%1” (page %2) has no article in the body"), ("title", "page")),
    "control-characters": (QT_TRANSLATE_NOOP("ImportDialog", "%1 “%2”: control characters removed; check the raw text"), ("what", "title")),
    "date-outside-period": (QT_TRANSLATE_NOOP("ImportDialog", "“%1”: %2"), ("title", "flag")),
    "cut-character": (QT_TRANSLATE_NOOP("ImportDialog", "the file ends in the middle of a character: line %1 was cut short; check that the whole issue was exported"), ("line",)),
    "no-period": (QT_TRANSLATE_NOOP("ImportDialog", "the masthead gives no collection period (搜集时间)"), ()),
    "no-books": (QT_TRANSLATE_NOOP("ImportDialog", "图书推荐 lists no book with 书名"), ()),
    "duplicate-article": (QT_TRANSLATE_NOOP("ImportDialog", "“%1” at line %2 repeats the article at line %3 word for word; both were kept: delete one copy from the raw text, import it again and tick “Replace the issue already in the library”"), ("title", "line", "first")),
    "toc-page-differs": (QT_TRANSLATE_NOOP("ImportDialog", "“%1” starts on printed page %2, the table of contents says %3; page %2 is kept"), ("title", "printed", "toc")),
    "kept-correction": (QT_TRANSLATE_NOOP("ImportDialog", "“%1”: staff's hand correction kept over the new recognition"), ("title",)),
    "ocr-unsure": (QT_TRANSLATE_NOOP("ImportDialog", "recognition unsure (%1 %) of the line “%2”: check it against the scan"), ("confidence", "text")),
    "footers-restart": (QT_TRANSLATE_NOOP("ImportDialog", "the page footers start again at PDF page %1; the pages are numbered %2–%3 as the table of contents numbers them, each footer's own number is kept beside it"), ("pdf", "first", "last")),
}  # fmt: skip
#: Each kind of warning as the head of its group in the report's tree ("… × 62").
GROUPS: dict[str, str] = {
    "toc-page-differs": QT_TRANSLATE_NOOP("ImportDialog", "Page differs from the table of contents"),
    "title-not-in-toc": QT_TRANSLATE_NOOP("ImportDialog", "Article not in the table of contents"),
    "toc-entry-missing": QT_TRANSLATE_NOOP("ImportDialog", "Contents entry without an article"),
    "duplicate-article": QT_TRANSLATE_NOOP("ImportDialog", "Article repeated word for word"),
    "date-outside-period": QT_TRANSLATE_NOOP("ImportDialog", "Date outside the collection period"),
    "no-url": QT_TRANSLATE_NOOP("ImportDialog", "No original URL"),
    "no-source": QT_TRANSLATE_NOOP("ImportDialog", "No source line"),
    "empty-body": QT_TRANSLATE_NOOP("ImportDialog", "Article without text"),
    "cut-sentence": QT_TRANSLATE_NOOP("ImportDialog", "Ends in the middle of a sentence"),
    "cut-character": QT_TRANSLATE_NOOP("ImportDialog", "File cut in the middle of a character"),
    "no-period": QT_TRANSLATE_NOOP("ImportDialog", "No collection period"),
    "no-books": QT_TRANSLATE_NOOP("ImportDialog", "No book in 图书推荐"),
    "control-characters": QT_TRANSLATE_NOOP("ImportDialog", "Control characters removed"),
    "kept-correction": QT_TRANSLATE_NOOP("ImportDialog", "Hand correction kept"),
    "ocr-unsure": QT_TRANSLATE_NOOP("ImportDialog", "Recognition unsure"),
    "footers-restart": QT_TRANSLATE_NOOP("ImportDialog", "Page footers restart"),
}  # fmt: skip
#: What a cleaned field is (``control-characters``'s "what").
FIELDS = {
    "title": QT_TRANSLATE_NOOP("ImportDialog", "title"),
    "book title": QT_TRANSLATE_NOOP("ImportDialog", "book title"),
    "source": QT_TRANSLATE_NOOP("ImportDialog", "source"),
    "attachment": QT_TRANSLATE_NOOP("ImportDialog", "attachment"),
}


def warning_text(item: ReportItem) -> str:
    """An import warning in the UI's language, with its place (line or PDF page)."""
    message = item.message
    wording, names = WARNINGS.get(message.key, ("", ()))
    values = {k: str(v) for k, v in message.params}
    if message.key == "date-outside-period":  # as the article's flag says it
        values["flag"] = flag_text(
            f"date {values['date']} is outside the collection period "
            f"{values['start']} – {values['end']}"
        )
    if message.key == "control-characters":
        what = FIELDS.get(values["what"])
        values["what"] = QCoreApplication.translate("ImportDialog", what) if what else ""
    if not wording:  # a code this window does not know (a newer core): say it plainly
        text = QCoreApplication.translate("ImportDialog", "a warning (%1)").replace(
            "%1", message.key
        )
    else:
        text = QCoreApplication.translate("ImportDialog", wording)
        for n, name in reversed(list(enumerate(names, 1))):  # %10 before %1
            text = text.replace(f"%{n}", values.get(name, ""))
    if item.pdf_page is not None:
        where = QCoreApplication.translate("ImportDialog", "PDF page %1").replace(
            "%1", str(item.pdf_page)
        )
        if item.printed_page:
            where += QCoreApplication.translate("ImportDialog", " (printed page %1)").replace(
                "%1", str(item.printed_page)
            )
        text = f"{where}: {text}"
    return text


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
        title = (
            QCoreApplication.translate("ImportDialog", "%1 warnings of %2 kinds, listed below")
            .replace("%1", str(len(report.warnings)))
            .replace("%2", str(len(report.groups())))
        )
        out.append(f"<p><b>{html.escape(title)}</b></p>")
    else:
        none = QCoreApplication.translate("ImportDialog", "No warnings.")
        out.append(f"<p>{html.escape(none)}</p>")
    return "".join(out)


def item_text(item: ReportItem) -> str:
    """One warning as a row of its group: its line, then what it says."""
    if not item.line:
        return warning_text(item)
    line = QCoreApplication.translate("ImportDialog", "line %1").replace("%1", str(item.line))
    return f"{line}: {warning_text(item)}"


def fill_warnings(tree: QTreeWidget, report: ImportReport) -> None:
    """One top row per kind of warning with its count, its warnings as children (plain
    text: item views do not read rich text); conflicts first, bold and open."""
    tree.clear()
    for group in report.groups():
        wording = GROUPS.get(group.code)
        head = (
            QCoreApplication.translate("ImportDialog", wording)
            if wording
            else QCoreApplication.translate("ImportDialog", "a warning (%1)").replace(
                "%1", group.code
            )
        )
        top = QTreeWidgetItem(tree, [f"{head} × {group.count}"])
        top.setData(0, Qt.ItemDataRole.UserRole, group.code)
        for item in group.items:
            row = QTreeWidgetItem(top, [item_text(item)])
            row.setToolTip(0, plaintext.tooltip(row.text(0)))  # a long row is cut short
        if group.conflict:
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setExpanded(True)
    tree.setVisible(tree.topLevelItemCount() > 0)


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
        # The warnings, one expandable row per kind (issue 26): the report's own text.
        self.warnings = QTreeWidget(self)
        self.warnings.setObjectName("importWarnings")
        self.warnings.setHeaderHidden(True)
        self.warnings.setAccessibleName(self.tr("Import warnings by kind"))
        self.warnings.hide()
        self.replace = QCheckBox(self.tr("Replace the issue already in the library"), self)
        self.replace.hide()
        # A scan's recognition: page N of M and the time left; Cancel stops it.
        self.progress = QProgressBar(self)
        self.progress.setObjectName("recognitionProgress")
        self.progress.setAccessibleName(self.tr("Text recognition"))
        self.progress.hide()
        self._cancel = threading.Event()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.warnings, 2)
        layout.addWidget(self.replace)
        layout.addWidget(self.buttons)
        self.replace.toggled.connect(self._update_button)
        workers.start(
            pool,
            library.import_file,
            path,
            dry_run=True,
            cancelled=self._cancel.is_set,
            on_done=self._on_preview,
            on_error=self._on_error,
            on_progress=self._on_progress,
        )

    @property
    def busy(self) -> bool:
        return self.preview is None and self.error is None

    def _exists(self) -> bool:
        return self.preview is not None and any(
            i.id == self.preview.issue.id for i in self.library.issues
        )

    def _on_progress(self, done: int, total: int, left: object) -> None:
        """A scan's recognition, page by page (from the worker, queued to this thread)."""
        self.progress.show()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if done == 0:
            text = self.tr("This PDF is a scan: recognising its text, %1 pages…").replace(
                "%1", str(total)
            )
        elif isinstance(left, float) and done < total:
            minutes = max(1, round(left / 60))
            text = (
                self.tr("Recognising page %1 of %2, about %3 min left")
                .replace("%1", str(min(done + 1, total)))
                .replace("%2", str(total))
                .replace("%3", str(minutes))
            )
        else:
            text = self.tr("Recognised %1 pages; reading the issue…").replace("%1", str(total))
        self.status.setText(text)

    def reject(self) -> None:
        """Cancel: a recognition under way stops (its child process is ended)."""
        self._cancel.set()
        super().reject()

    def _on_preview(self, result: ImportResult) -> None:
        self.progress.hide()
        self.preview = result
        self.notes = import_notes(result.issue, self.library.issues)
        self.report.setHtml(notes_html(self.notes) + report_html(result))
        fill_warnings(self.warnings, result.report)
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
        self.warnings.clear()
        self.warnings.hide()
        self.report.setPlainText(
            message_text(exc.message) if isinstance(exc, ReaderError) else error_text(exc)
        )
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
            cancelled=self._cancel.is_set,
            on_done=self._on_imported,
            on_error=self._on_error,
            on_progress=self._on_progress,
        )

    def _on_imported(self, result: ImportResult) -> None:
        self.imported_result = result
        self.imported.emit(result)
        self.accept()
