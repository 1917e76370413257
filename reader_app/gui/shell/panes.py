"""F6 / Shift+F6: focus moves between the window's panes, the tree, the results and
the article (the key Windows, GNOME and browsers use to move between panes).

A pane on a side tab that is not in front brings its tab to the front; the article
pane is whichever of the text or the printed page is shown. A list or tree pane
announces its current row as it takes the focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabWidget, QWidget


class Panes:
    """The panes in F6's order, each a way to the widget that takes the focus."""

    def __init__(self, tabs: QTabWidget, panes: list[Callable[[], QWidget | None]]) -> None:
        self.tabs = tabs
        self.panes = panes

    def current(self) -> int:
        """The pane holding the focus now, or -1 (the menu bar, a bar under the pane)."""
        focus = QApplication.focusWidget()
        for n, pane in enumerate(self.panes):
            widget = pane()
            inside = widget is not None and focus is not None and widget.isAncestorOf(focus)
            if inside or (widget is not None and focus is widget):
                return n
        return -1

    def step(self, step: int) -> QWidget | None:
        """Focus the next (1) or previous (-1) pane; returns it."""
        now = self.current()
        if now < 0:
            now = -1 if step > 0 else 0
        widget = self.panes[(now + step) % len(self.panes)]()
        if widget is None:
            return None
        for index in range(self.tabs.count()):  # a pane on a side tab: its tab in front
            page = self.tabs.widget(index)
            if page is not None and (page is widget or page.isAncestorOf(widget)):
                self.tabs.setCurrentIndex(index)
        widget.setFocus()
        if isinstance(widget, QAbstractItemView) and widget.hasFocus():
            # Qt tells screen readers which row is current only when it changes: say it
            # again, or Orca names the tree and its first row, not the open article.
            current = widget.currentIndex()
            if current.isValid():
                widget.currentChanged(current, current)
        return widget
