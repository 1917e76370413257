"""汇编… : staff make a compilation of a reading list, a topic or the search results.

Title, compiling body and compiler (kept in the staff settings), the order (the list's,
by date, by issue and section, or by hand with Move Up / Move Down), a preview of the
cover and the contents, then a Word document or a PDF. Everything the articles and
lists say is shown as plain text (gui/base/plaintext.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.base.filenames import safe_file_name
from reader_app.core.machine.policy import Action
from reader_app.core.services import compilation as compilations
from reader_app.core.services.batch import Batch
from reader_app.gui.base import plaintext
from reader_app.gui.base.errors import show_error

if TYPE_CHECKING:
    from reader_app.core.machine.policy import Policy
    from reader_app.gui.base.settings import Settings

BY_HAND = "hand"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CompileDialog(QDialog):
    """One compilation, made from ``batch`` (its articles in the list's order)."""

    def __init__(
        self,
        parent: QWidget | None,
        batch: Batch,
        settings: Settings,
        policy: Policy,
        font: QFont,
        saved: Callable[[str, int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compileDialog")
        self.base = compilations.make(batch)  # the list's order: "list" goes back to it
        self.order_ids = [e.article.id for e in self.base.entries]
        self.settings, self.policy, self.font_ = settings, policy, font
        self.saved = saved  # (path, articles): the window counts and says it
        from reader_app.output import compilelabels

        # A search's hits are named after it (检索：锂电 – 2 篇); other batches by their name.
        named = compilelabels.batch_title(batch) if batch.title or batch.query else ""
        self.title = QLineEdit(named, self)
        self.title.setObjectName("compileTitle")
        self.compiled_by = QLineEdit(settings.compiled_by, self)
        self.compiled_by.setObjectName("compileCompiledBy")
        self.compiler = QLineEdit(settings.compiler, self)
        self.compiler.setObjectName("compileCompiler")
        self.order = QComboBox(self)
        self.order.setObjectName("compileOrder")
        for key, text in (
            (compilations.SORT_LIST, self.tr("As listed")),
            (compilations.SORT_DATE, self.tr("By date")),
            (compilations.SORT_ISSUE, self.tr("By issue and section")),
            (BY_HAND, self.tr("By hand")),
        ):
            self.order.addItem(text, key)
        self.cover = plaintext.label(self)
        self.cover.setObjectName("compileCover")
        self.cover.setWordWrap(True)
        self.contents = QListWidget(self)
        self.contents.setObjectName("compileContents")
        self.contents.setWordWrap(True)
        self.contents.setAlternatingRowColors(True)
        self.up = QPushButton(self.tr("Move &Up"), self)
        self.down = QPushButton(self.tr("Move &Down"), self)
        self.docx = QPushButton(self.tr("Save as &Word…"), self)
        self.docx.setObjectName("compileDocx")
        self.pdf = QPushButton(self.tr("Save as &PDF…"), self)
        self.pdf.setObjectName("compilePdf")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.docx, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Compiled &by:"), self.compiled_by)
        form.addRow(self.tr("Co&mpiler:"), self.compiler)
        form.addRow(self.tr("&Order:"), self.order)
        moves = QHBoxLayout()
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        moves.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.cover)
        contents_label = plaintext.label(self, self.tr("Contents:"))
        contents_label.setBuddy(self.contents)
        box.addWidget(contents_label)
        box.addWidget(self.contents, 1)
        box.addLayout(moves)
        box.addWidget(buttons)
        self.setWindowTitle(self.tr("Compilation"))
        self.resize(640, 560)

        self.order.currentIndexChanged.connect(self._reorder)
        self.up.clicked.connect(lambda: self.move_entry(-1))
        self.down.clicked.connect(lambda: self.move_entry(1))
        self.contents.currentRowChanged.connect(lambda _row: self._buttons())
        for edit in (self.title, self.compiled_by, self.compiler):
            edit.textChanged.connect(lambda _text: self._preview_cover())
        self.docx.clicked.connect(lambda: self.save_dialog("docx"))
        self.pdf.clicked.connect(lambda: self.save_dialog("pdf"))
        allowed = policy.allows(Action.BATCH_EXPORT)
        self.docx.setEnabled(allowed)
        self.pdf.setEnabled(allowed)
        self._fill()

    # ------------------------------------------------------------ the compilation
    def compilation(self) -> compilations.Compilation:
        """What the dialog shows: its title, cover data and order."""
        made = compilations.make(
            self.base.batch,
            title=self.title.text(),
            compiled_by=self.compiled_by.text(),
            compiler=self.compiler.text(),
        )
        return made.arranged(self.order_ids)

    def _reorder(self, *_: object) -> None:
        key = self.order.currentData()
        if key != BY_HAND:
            self.order_ids = [e.article.id for e in self.base.sorted(key).entries]
            self._fill()

    def move_entry(self, step: int) -> None:
        """Move the chosen article up or down: the order is now the one set by hand."""
        row = self.contents.currentRow()
        target = row + step
        if not (0 <= row < len(self.order_ids) and 0 <= target < len(self.order_ids)):
            return
        ids = self.order_ids
        ids[row], ids[target] = ids[target], ids[row]
        self.order.blockSignals(True)
        self.order.setCurrentIndex(self.order.findData(BY_HAND))
        self.order.blockSignals(False)
        self._fill(target)

    def _fill(self, select: int = 0) -> None:
        from reader_app.output.docxout import provenance

        self.contents.clear()
        note_label = self.tr("Note:")
        for number, entry in enumerate(self.compilation().entries, 1):
            text = f"{number}. {entry.article.title}\n{provenance(entry.article, entry.issue)}"
            if entry.note:
                text += f"\n{note_label} {entry.note}"
            item = QListWidgetItem(text)  # an item's text is plain, never markup
            item.setData(ID_ROLE, entry.article.id)
            self.contents.addItem(item)
        self.contents.setCurrentRow(min(select, self.contents.count() - 1))
        self._preview_cover()
        self._buttons()

    def _preview_cover(self) -> None:
        from reader_app.output import compilelabels

        cover = self.compilation().cover()
        self.cover.setText(
            "\n".join([compilelabels.cover_title(cover), *compilelabels.cover_lines(cover)])
        )

    def _buttons(self) -> None:
        row, count = self.contents.currentRow(), self.contents.count()
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < count - 1)

    # ------------------------------------------------------------ files
    def remember(self) -> None:
        """The compiling body and compiler are the staff's: kept for the next one."""
        self.settings.compiled_by = self.compiled_by.text()
        self.settings.compiler = self.compiler.text()

    def save(self, path: Path, kind: str) -> int:
        """Write the compilation as ``kind`` ("docx" or "pdf"); returns the articles written."""
        if not self.policy.allows(Action.BATCH_EXPORT):
            raise PermissionError(self.tr("Exports are turned off on this machine."))
        compilation = self.compilation()
        self.remember()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if kind == "docx":
                from reader_app.output import docxout

                docxout.write_docx(path, compilation)
            else:
                from reader_app.output import batchoutput

                batchoutput.export_compilation_pdf(path, compilation, self.font_)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.saved is not None:
            self.saved(str(path), len(compilation.entries))
        return len(compilation.entries)

    def save_dialog(self, kind: str) -> bool:
        from reader_app.gui.base import filedialogs  # the dialog's module: only when asked

        suffix, filters = (
            (".docx", self.tr("Word document (*.docx)"))
            if kind == "docx"
            else (".pdf", self.tr("PDF (*.pdf)"))
        )
        from reader_app.output import compilelabels

        title = self.title.text().strip() or compilelabels.batch_title(self.base.batch)
        name, _ = filedialogs.save_file(
            self, self.tr("Save Compilation"), safe_file_name(title, suffix), filters
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            self.save(path, kind)
        except Exception as exc:
            show_error(self, exc)
            return False
        return True


def open_dialog(
    parent: QWidget | None,
    batch: Batch,
    settings: Settings,
    policy: Policy,
    font: QFont,
    saved: Callable[[str, int], None] | None = None,
) -> Any:
    """Show the dialog (not modal: staff may read an article meanwhile); None when off."""
    if not policy.allows(Action.BATCH_EXPORT) or not batch.entries:
        return None
    dialog = CompileDialog(parent, batch, settings, policy, font, saved)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
