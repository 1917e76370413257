"""Related articles (相关文章) under the reading pane: one click opens one.

Filled in the background from the core (core/search/related.py) each time an
article is shown; hidden when nothing is close enough (better no row than a weak
one). A reprint of the article in another issue comes first, labelled as such.
Titles come from issues: the rows are push buttons, whose text is never parsed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from reader_app.gui.base import plaintext


class RelatedBar(QFrame):
    openRequested = Signal(str)  # an article id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relatedBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.article: str | None = None  # the article the rows are for
        self.rows: list[Any] = []  # core.search.related.RelatedArticle
        self.buttons: list[QPushButton] = []
        self.heading = plaintext.label(self)
        self.heading.setObjectName("relatedHeading")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.heading)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Related articles"))
        self.setAccessibleName(self.tr("Related articles"))
        if self.rows:
            self.set_rows(self.article, self.rows)

    def clear(self) -> None:
        self.set_rows(None, [])

    def set_rows(self, article: str | None, rows: list[Any]) -> None:
        """The rows for ``article``; none: the bar is hidden."""
        self.article, self.rows = article, list(rows)
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for row in self.rows:
            button = QPushButton(self._text(row), self)
            button.setObjectName("relatedRow")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            # No style sheet of its own: that would bypass the style's 44-px click targets.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setToolTip(plaintext.tooltip(f"{row.title}\n{row.issue}"))
            button.clicked.connect(lambda _=False, a=row.article: self.openRequested.emit(a))
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.setVisible(bool(self.rows))

    def _text(self, row: Any) -> str:
        if row.reprint:
            return self.tr("Reprinted in %1: %2").replace("%1", row.issue).replace("%2", row.title)
        why = self.tr(", ").join(row.shared)
        return (
            self.tr("%1 (%2) · in common: %3")
            .replace("%1", row.title)
            .replace("%2", row.issue)
            .replace("%3", why)
        )

    def set_theme(self, _theme: object) -> None:
        """Plain widgets: the palette follows by itself (gui/base/parts.py contract)."""

    def reset(self) -> None:
        self.clear()
