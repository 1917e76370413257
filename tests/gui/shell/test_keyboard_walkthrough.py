"""A patron without a mouse: every action by keyboard, walked through with real key presses.

Menus open with Alt + the underlined letter, items run by their letter, the Tab
key goes search → results → reading pane and tree → reading pane, and every
QAction of the window is either in a menu reachable that way or has a shortcut.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from reader_app.gui.shell.actions import SPECS
from reader_app.output.i18n import LANGUAGE_NAMES

SANYA = "2022-18-15c0fe"


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("复制引文(&C)" → "c"), None without one."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _menu_paths(window):
    """(path, action) for every action under the menu bar, sub-menus included."""

    def walk(menu: QMenu, path: list[str]):
        for action in menu.actions():
            if action.isSeparator():
                continue
            here = [*path, action.text()]
            if action.menu() is not None:
                yield from walk(action.menu(), here)
            else:
                yield here, action

    for top in window.menuBar().actions():
        yield from walk(top.menu(), [top.text()])


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_action_has_a_menu_path_or_a_shortcut(make_window, language):
    window = make_window(language=language)
    in_menus = {action: path for path, action in _menu_paths(window)}
    actions = {a for a in window.findChildren(QAction) if a.objectName().startswith("action_")}
    assert len(actions) == len(SPECS) + len(LANGUAGE_NAMES)
    unreachable = []
    for action in actions:
        path = in_menus.get(action)
        has_path = path is not None and all(_mnemonic(step) for step in path)
        if not (has_path or not action.shortcut().isEmpty()):
            unreachable.append(action.objectName())
    assert unreachable == []


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_mnemonics_are_unique_in_every_menu(make_window, language):
    window = make_window(language=language)
    menus = [window.menuBar(), *window.menuBar().findChildren(QMenu)]
    clashes = []
    for menu in menus:
        letters = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        letters = [x for x in letters if x]
        clashes += [f"{menu.objectName()}: {x}" for x in set(letters) if letters.count(x) > 1]
    assert clashes == []


def test_shortcuts_are_not_shared(window):
    seen: dict[str, str] = {}
    shared = []
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            if text in seen and seen[text] != action.objectName():
                shared.append(f"{text}: {seen[text]} / {action.objectName()}")
            seen[text] = action.objectName()
    assert shared == []


def _popup():
    return QApplication.activePopupWidget()


def test_alt_mnemonics_open_menus_and_run_items(window, qtbot):
    """Alt+E, then C: Copy Citation, the same as the shortcut, in the chosen edition."""
    window.open_article(SANYA)
    window.activateWindow()
    window.setFocus()
    for top in window.menuBar().actions():
        letter = _mnemonic(top.text())
        qtbot.keyClick(window, letter.upper(), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: _popup() is not None)
        assert _popup() is top.menu(), top.text()
        qtbot.keyClick(_popup(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: _popup() is None)
        qtbot.keyClick(window.menuBar(), Qt.Key.Key_Escape)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window, "E", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _popup() is not None)
    qtbot.keyClick(_popup(), "C")
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() != "")
    assert QGuiApplication.clipboard().text().endswith("转引自：信息摘编，2022（18）：1.")
    # Edit → Citation Style → 2015 by letters only, then copy again
    qtbot.keyClick(window, "E", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _popup() is not None)
    qtbot.keyClick(_popup(), "Y")
    qtbot.waitUntil(lambda: _popup() is window.actions_.menus["cite_style"])
    qtbot.keyClick(_popup(), "1")
    qtbot.waitUntil(lambda: window.settings.citation_style == "gb7714-2015")
    qtbot.waitUntil(lambda: _popup() is None)
    qtbot.keyClick(
        window.view, "C", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert QGuiApplication.clipboard().text().endswith("转引自: 信息摘编, 2022(18): 1.")


def test_large_type_by_menu_letters(window, qtbot):
    window.activateWindow()
    qtbot.keyClick(window, "V", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _popup() is not None)
    qtbot.keyClick(_popup(), "Y")
    qtbot.waitUntil(lambda: window.settings.large_type)
    qtbot.keyClick(
        window.view, "H", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: not window.settings.large_type)


def _tab_until(window, target, limit: int = 40) -> list[str]:
    seen = []
    for _ in range(limit):
        window.focusNextChild()
        focused = QApplication.focusWidget()
        seen.append(focused.objectName() or type(focused).__name__)
        if focused is target:
            return seen
    raise AssertionError(f"Tab never reached {target.objectName()}: {seen}")


def test_tab_walkthrough_search_results_article_tree(window, qtbot):
    panel = window.search_panel
    # Ctrl+K: the search field; type, Enter
    qtbot.keyClick(window, "K", Qt.KeyboardModifier.ControlModifier)
    assert panel.edit.hasFocus()
    panel.edit.setText("三亚")  # Chinese comes through the input method, not key codes
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy, timeout=30000)
    # Tab to the results, Down/Enter opens the hit
    seen = _tab_until(window, panel.view)
    assert seen[-1] == "resultsView"
    qtbot.keyClick(panel.view, Qt.Key.Key_Home)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view.article is not None)
    assert window.view.article.id == panel.model.hit(0).article
    # Tab on to the reading pane, where the text can be read and scrolled by keys
    _tab_until(window, window.view)
    before = window.view.verticalScrollBar().value()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    assert window.view.verticalScrollBar().value() >= before
    # Ctrl+L: the library tree; arrows and Enter open an article, Tab reaches the pane
    qtbot.keyClick(window, "L", Qt.KeyboardModifier.ControlModifier)
    assert window.tree.hasFocus()
    window.tree.setCurrentIndex(window.tree_proxy.mapFromSource(window.tree_model.index_of(SANYA)))
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view.article is not None and window.view.article.id == SANYA)
    seen = _tab_until(window, window.view)
    assert "articleView" in seen
    # and back by history, by keys
    qtbot.keyClick(window.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.view.article is None or window.view.article.id != SANYA)
