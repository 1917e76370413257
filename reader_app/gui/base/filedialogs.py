"""Every file dialog of the window: opens in the documents folder, shows whole dates.

Qt's own (non-native) file dialog sizes its date column for "10/29/81 02:02PM", so a
Chinese date ("2026/11/29 11:42") or an English one with "AM" is cut off. The dialog is
built here, so every caller gets the same start folder and the fitted columns; tests
replace :func:`open_file` / :func:`save_file` (same arguments as Qt's static functions).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QListView,
    QSplitter,
    QTreeView,
    QWidget,
)

DATE_COLUMN = 3  # QFileSystemModel: name, size, type, date modified
# The widest date a locale writes: two-digit month, day, hour and minute, late in the year.
_WIDEST = QDateTime(QDate(2028, 12, 28), QTime(23, 58))


def open_file(
    parent: QWidget | None, caption: str, folder: str = "", filters: str = ""
) -> tuple[str, str]:
    """(chosen path or "", chosen filter), like ``QFileDialog.getOpenFileName``."""
    dialog = build(parent, caption, folder or in_documents(), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run(dialog)


def save_file(
    parent: QWidget | None, caption: str, name: str = "", filters: str = ""
) -> tuple[str, str]:
    """(chosen path or "", chosen filter), like ``QFileDialog.getSaveFileName``.

    A bare file name is placed in the documents folder."""
    start = name if ("/" in name or "\\" in name) else in_documents(name)
    dialog = build(parent, caption, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return _run(dialog)


def build(parent: QWidget | None, caption: str, start: str, filters: str) -> QFileDialog:
    """The dialog; its columns and width are fitted when it is shown."""
    return FileDialog(parent, caption, start, filters)


class FileDialog(QFileDialog):
    """Qt's file dialog with size, type and date columns fitted to what they show.

    Qt sizes the date column for "10/29/81 02:02PM", the size and type columns for
    "128.88 GB" and "mp3Folder": "2026/11/29 08:47", "185.60 KiB" and "纯文本文档"
    were cut off. A native dialog has no such view and sizes itself."""

    def __init__(self, parent: QWidget | None, caption: str, start: str, filters: str) -> None:
        super().__init__(parent, caption, start, filters)
        self._widened = False  # the width is fitted to the first folder shown, then left alone
        view = self.findChild(QTreeView, "treeView")
        model = view.model() if view is not None else None
        if isinstance(model, QFileSystemModel):  # each folder listed: fit again
            model.directoryLoaded.connect(self._listed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._listed()

    def _listed(self, *_: object) -> None:
        self.fit_columns()
        if self.isVisible() and not self._widened:
            self.fit_width()
            view = self.findChild(QTreeView, "treeView")
            self._widened = view is not None and view.model().rowCount(view.rootIndex()) > 0

    def fit_columns(self, *_: object) -> None:
        view = self.findChild(QTreeView, "treeView")
        if view is None:
            return
        header: QHeaderView = view.header()
        for column in range(1, header.count()):
            wanted = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            if column == DATE_COLUMN:
                wanted = max(wanted, _widest_date(view))
            header.resizeSection(column, wanted)

    def fit_width(self) -> None:
        """Widen the dialog so names keep room and the places list shows whole names."""
        view = self.findChild(QTreeView, "treeView")
        if view is None:
            return
        header = view.header()
        metrics = view.fontMetrics()
        names = max(header.sectionSize(0), metrics.horizontalAdvance("M" * 24))
        needed = names + sum(header.sectionSize(c) for c in range(1, header.count()))
        needed += view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth()
        sidebar = self.findChild(QListView, "sidebar")
        splitter = self.findChild(QSplitter, "splitter")
        side = 0
        if sidebar is not None and splitter is not None:  # "计算机" and home, icons included
            side = sidebar.sizeHintForColumn(0) + 2 * sidebar.frameWidth() + 8
        extra = self.width() - (splitter.width() if splitter is not None else view.width())
        width = max(
            self.width(),
            needed + side + splitter.handleWidth() + extra if splitter else needed + extra,
        )
        screen = self.screen().availableGeometry().width() if self.screen() else width
        self.resize(min(width, screen), self.height())
        if splitter is not None and side:
            splitter.setSizes([side, splitter.width() - side])


def _widest_date(view: QTreeView) -> int:
    """Width of the widest date this locale writes, with the cell's margins."""
    metrics = view.fontMetrics()
    widest = max(
        metrics.horizontalAdvance(locale.toString(_WIDEST, QLocale.FormatType.ShortFormat))
        for locale in (QLocale.system(), QLocale())
    )
    return widest + 3 * metrics.horizontalAdvance(" ") + 12


def _run(dialog: QFileDialog) -> tuple[str, str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def in_documents(name: str = "") -> str:
    """``name`` in the user's documents folder (else home): where file dialogs open, not the cwd."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not folder or not Path(folder).is_dir():  # no Documents folder: the home folder
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
    if not folder:
        return name
    return str(Path(folder) / name) if name else folder
