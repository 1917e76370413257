"""Starred articles: a list model over article ids, titles looked up in the library."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListView, QMenu, QWidget

from reader_app.gui.base.plaintext import tooltip

if TYPE_CHECKING:
    from reader_app.gui.base.theme import Theme

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class BookmarksModel(QAbstractListModel):
    changed = Signal()

    def __init__(self, describe: Callable[[str], str | None], parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._describe = describe  # article id -> "title · section · page", None if gone

    @property
    def ids(self) -> list[str]:
        return list(self._ids)

    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = list(dict.fromkeys(ids))
        self.endResetModel()

    def set_theme(self, theme: Theme) -> None:
        """The window part's contract (gui/base/parts.py): nothing here follows the theme."""

    def retranslate(self) -> None:
        """The window part's contract (gui/base/parts.py): no texts of its own."""

    def reset(self) -> None:
        """No bookmarks (a public workstation keeps none from one patron to the next)."""
        self.set_ids([])

    def contains(self, article_id: str) -> bool:
        return article_id in self._ids

    def toggle(self, article_id: str) -> bool:
        """Star or unstar; returns True if the article is now bookmarked."""
        if article_id in self._ids:
            row = self._ids.index(article_id)
            self.beginRemoveRows(QModelIndex(), row, row)
            self._ids.pop(row)
            self.endRemoveRows()
            self.changed.emit()
            return False
        row = len(self._ids)
        self.beginInsertRows(QModelIndex(), row, row)
        self._ids.append(article_id)
        self.endInsertRows()
        self.changed.emit()
        return True

    def remove(self, article_id: str) -> None:
        if article_id in self._ids:
            self.toggle(article_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        article_id = self._ids[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._describe(article_id) or article_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._describe(article_id) or article_id)
        if role == ARTICLE_ID_ROLE:
            return article_id
        return None


class BookmarksView(QListView):
    """The bookmarks tab: Enter or double-click opens, Delete or the context menu removes."""

    openRequested = Signal(str)

    def __init__(self, model: BookmarksModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarksView")
        self.setModel(model)
        self.bookmarks = model
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSpacing(2)
        self.activated.connect(lambda index: self.openRequested.emit(index.data(ARTICLE_ID_ROLE)))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self.show_menu)

    def menu_for(self, index: QModelIndex) -> QMenu:
        article_id = index.data(ARTICLE_ID_ROLE)
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self.openRequested.emit(article_id))
        menu.addAction(self.tr("&Remove Bookmark"), lambda: self.bookmarks.remove(article_id))
        return menu

    def show_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if index.isValid():
            self.menu_for(index).exec(self.viewport().mapToGlobal(pos))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() == Qt.Key.Key_Delete and index.isValid():
            self.bookmarks.remove(index.data(ARTICLE_ID_ROLE))
        else:
            super().keyPressEvent(event)
