"""The bar under the pane: Ctrl+F text, "3 / 12" and previous/next hit buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from reader_app.gui.base import plaintext

if TYPE_CHECKING:
    from reader_app.gui.base.theme import Theme


class FindBar(QWidget):
    findRequested = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.findRequested)
        self.edit.returnPressed.connect(self.nextRequested)
        self.label = plaintext.label(self)
        self.label.setObjectName("markCount")
        self.label.setMinimumWidth(80)
        self.prev = QToolButton(self)
        self.prev.setArrowType(Qt.ArrowType.UpArrow)
        self.prev.clicked.connect(self.previousRequested)
        self.next = QToolButton(self)
        self.next.setArrowType(Qt.ArrowType.DownArrow)
        self.next.clicked.connect(self.nextRequested)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.caption = plaintext.label(self)  # quotes the query
        layout.addWidget(self.caption)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.prev)
        layout.addWidget(self.next)
        layout.addWidget(self.close_button)
        self._query: str | None = None  # the search whose hits are marked, if any
        self._count = (0, 0)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find in article"))
        self.edit.setAccessibleName(self.tr("Find in article"))
        self.prev.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.prev.setAccessibleName(self.tr("Previous match"))
        self.next.setToolTip(self.tr("Next match (F3)"))
        self.next.setAccessibleName(self.tr("Next match"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        if self._query is not None:
            self.show_hits(self._query, show=False)
        self.set_count(*self._count)

    @property
    def showing_hits(self) -> bool:
        """True while the bar shows a search's hits (not a Ctrl+F find)."""
        return self._query is not None and not self.isHidden()

    def show_find(self) -> None:
        self._query = None
        self.caption.hide()
        self.edit.show()
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def show_hits(self, query: str, show: bool = True) -> None:
        self._query = query
        self.caption.setText(self.tr("Hits for “%1”:").replace("%1", query))
        if show:
            self.edit.hide()
            self.caption.show()
            self.show()

    def set_count(self, current: int, total: int) -> None:
        self._count = (current, total)
        self.label.setText(f"{current} / {total}" if total else self.tr("No matches"))

    def set_theme(self, theme: Theme) -> None:
        """The window part's contract (gui/base/parts.py): nothing here follows the theme."""

    def reset(self) -> None:
        """Hidden, with no search text, no caption and no count left from the last patron."""
        self.edit.clear()
        self.caption.clear()
        self.label.clear()
        self._query, self._count = None, (0, 0)
        self.hide()

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
        else:
            super().keyPressEvent(event)
