"""The items of one reading list as a list model: title, note and citation per row.

An item whose article this library cannot open (the list was made for another
library, or the issue was removed) is shown greyed with a word saying so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from reader_app.core.services.readinglists import Item, ReadingList
from reader_app.gui.base.plaintext import tooltip

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NOTE_ROLE = Qt.ItemDataRole.UserRole + 2
AVAILABLE_ROLE = Qt.ItemDataRole.UserRole + 3  # False: the article is not in this library
AnyIndex = QModelIndex | QPersistentModelIndex


class ReadingListModel(QAbstractListModel):
    def __init__(
        self,
        describe: Callable[[str], tuple[str, str] | None],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.reading_list: ReadingList | None = None
        self._describe = describe  # article id -> (title, citation), None if not here

    def set_list(self, reading_list: ReadingList | None) -> None:
        self.beginResetModel()
        self.reading_list = reading_list
        self.endResetModel()

    @property
    def items(self) -> list[Item]:
        return self.reading_list.items if self.reading_list is not None else []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        described = self._describe(item.article)
        title = described[0] if described else (item.title or item.article)
        if not described:
            title += self.tr(" (not in this library)")
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{index.row() + 1}. {title}"
            return text + (f"\n    {item.note}" if item.note else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if described:
                return tooltip(described[1])
            return tooltip(self.missing_text())
        if role == Qt.ItemDataRole.ForegroundRole and not described:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{index.row() + 1}. {title}. {item.note}".strip()
        if role == AVAILABLE_ROLE:
            return described is not None
        if role == ARTICLE_ID_ROLE:
            return item.article
        if role == NOTE_ROLE:
            return item.note
        return None

    def missing_text(self) -> str:
        return self.tr(
            "This article is not in this library: the list was made for another library, "
            "or its issue has been removed."
        )

    def add(self, article_id: str, title: str) -> bool:
        if self.reading_list is None or article_id in self.reading_list.ids():
            return False
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.reading_list.add(article_id, title)
        self.endInsertRows()
        return True

    def remove(self, row: int) -> bool:
        if not 0 <= row < len(self.items):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        self.items.pop(row)
        self.endRemoveRows()
        self._renumber()
        return True

    def move(self, row: int, step: int) -> bool:
        target = row + step
        if self.reading_list is None or not (
            0 <= row < len(self.items) and 0 <= target < len(self.items)
        ):
            return False
        # Qt's destination is the row *before which* the moved row lands.
        dest = target + 1 if step > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self.reading_list.move(row, step)
        self.endMoveRows()
        self._renumber()
        return True

    def set_note(self, row: int, note: str) -> bool:
        if not 0 <= row < len(self.items) or self.items[row].note == note:
            return False
        self.items[row].note = note
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        return True

    def _renumber(self) -> None:
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, 0))
