"""Every action reachable by keyboard; focusable widgets named for assistive tools."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget


def _menu_actions(window):
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if not action.isSeparator() and action.menu() is None:
                yield menu, action


def test_every_menu_action_has_a_mnemonic_or_shortcut(window):
    missing = []
    for menu, action in _menu_actions(window):
        reachable = "&" in menu.title() and (
            "&" in action.text() or not action.shortcut().isEmpty()
        )
        if not reachable:
            missing.append(f"{menu.title()} → {action.text()}")
    assert missing == []
    assert len(list(_menu_actions(window))) >= 20


def test_focusable_widgets_have_accessible_names(window):
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QMenu):
            continue
        has_label = any(
            isinstance(label, QLabel) and label.buddy() is widget
            for label in window.findChildren(QLabel)
        )
        named = widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())
        if not (named or has_label or widget.toolTip()):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []


def test_tab_order_reaches_the_reading_pane_from_the_search_field(window, qtbot):
    window.focus_search()
    assert window.search_panel.edit.hasFocus()
    seen = []
    for _ in range(40):
        window.focusNextChild()
        focused = window.focusWidget()
        seen.append(focused.objectName())
        if focused is window.view:
            break
    assert window.focusWidget() is window.view, seen
    assert "resultsView" in seen
