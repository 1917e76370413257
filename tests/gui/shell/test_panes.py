"""Screen-reader ways through the real window (issue 26): F6 / Shift+F6 move between the
tree, the results and the article; Enter on a result then Tab goes into the article;
the article pane has a caret the keyboard moves, which its accessible interface reports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from reader_app.gui.shell.mainwindow import MainWindow


def _search(window: MainWindow, qtbot, text: str):
    window.actions_["search"].trigger()
    panel = window.search_panel
    panel.edit.setText(text)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.query == text, timeout=10000)
    return panel


def _focus() -> object:
    return QApplication.focusWidget()


def test_f6_moves_between_tree_results_and_article(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    window.tree.setFocus()
    qtbot.waitUntil(lambda: window.tree.hasFocus())
    qtbot.keyClick(window.tree, Qt.Key.Key_F6)
    assert _focus() is window.search_panel.view
    assert window.tabs.currentWidget() is window.search_panel  # its tab came to the front
    qtbot.keyClick(_focus(), Qt.Key.Key_F6)
    assert _focus() is window.view
    qtbot.keyClick(_focus(), Qt.Key.Key_F6)  # round to the tree, its tab in front again
    assert _focus() is window.tree and window.tabs.currentIndex() == 0
    qtbot.keyClick(_focus(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert _focus() is window.view
    window.set_original_view(True)  # the article pane is the printed page when it is shown
    qtbot.keyClick(_focus(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert _focus() is window.search_panel.view
    qtbot.keyClick(_focus(), Qt.Key.Key_F6)
    assert window.original.isAncestorOf(_focus())
    names = [a.text() for a in window.actions_.menus["go"].actions()]
    assert "下一窗格(&P)" in names and "上一窗格(&N)" in names


def test_enter_on_a_result_then_tab_goes_into_the_article(window: MainWindow, qtbot) -> None:
    panel = _search(window, qtbot, "跨境电商")
    window.activateWindow()
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert window.view.article.id == panel.model.hit(1).article
    assert _focus() is panel.view
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab)
    assert _focus() is window.view  # not the sort box or the filters


def test_the_article_pane_has_a_caret_that_down_moves(window: MainWindow, qtbot) -> None:
    panel = _search(window, qtbot, "跨境电商")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    view = window.view
    flags = view.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    window.activateWindow()
    view.setFocus()
    cursor = view.textCursor()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    pane = QAccessible.queryAccessibleInterface(view)
    assert pane is not None and pane.state().focusable
    # A document with a caret, not static text: read-only editable text (AT-SPI "read only
    # text", UI Automation an edit control), which Orca and NVDA follow with the caret.
    assert pane.role() == QAccessible.Role.EditableText
    assert pane.state().readOnly and not pane.state().editable
    text = pane.textInterface()
    assert text is not None
    assert view.article.title[:6] in text.text(0, text.characterCount())
    before = text.cursorPosition()
    line = view.cursorRect().top()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    after = text.cursorPosition()
    assert after > before and view.cursorRect().top() > line
    assert text.text(after, min(after + 10, text.characterCount())).strip()  # text there
