"""Mnemonics are unique within the window: Alt+<letter> does one thing in every tab state.

The focus scope of a main window is its menu bar and every visible widget: a letter
used twice there makes Alt+<letter> cycle or pick the wrong one (Alt+E went to the
section filter instead of opening 编辑 while the search tab was shown).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from reader_app.core.app.session import Session, open_library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Policy as MachinePolicy
from reader_app.gui.base.settings import Settings
from reader_app.gui.shell.mainwindow import MainWindow
from reader_app.output import i18n
from tests.gui.conftest import start_window

MNEMONIC = re.compile(r"&([^&])")


def _letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def _mnemonics(window: MainWindow) -> dict[str, list[str]]:
    used: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        if action.isVisible() and (letter := _letter(action.text())):
            used[letter].append(f"menu {action.text()}")
    tabs = window.tabs
    for i in range(tabs.count()):
        if tabs.isTabVisible(i) and (letter := _letter(tabs.tabText(i))):
            used[letter].append(f"tab {tabs.tabText(i)}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QAbstractButton, QLabel)):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if letter := _letter(text):
            used[letter].append(f"{widget.objectName() or type(widget).__name__} {text}")
    return used


def _states(window: MainWindow, qtbot):
    """Each tab in front; the search tab also with results and a filter set."""
    tabs, panel = window.tabs, window.search_panel
    for i in range(tabs.count()):
        if not tabs.isTabVisible(i):
            continue
        tabs.setCurrentIndex(i)
        yield tabs.tabText(i)
        if tabs.widget(i) is panel:
            panel.edit.setText("锂电")
            panel.run_now()
            qtbot.waitUntil(lambda: panel.result is not None and panel.result.query == "锂电")
            yield f"{tabs.tabText(i)}: results"
            combo = panel.combos["section"]
            combo.setCurrentIndex(1)
            combo.activated.emit(1)
            qtbot.waitUntil(lambda: not panel.busy)
            yield f"{tabs.tabText(i)}: a filter set"
            panel.reset_filters()


@pytest.mark.parametrize("public", [False, True], ids=["staff", "public"])
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_mnemonic_twice_in_one_window(
    qtbot, built_index: Path, make_window, language: str, public: bool
) -> None:
    if public:
        i18n.install(language)
        settings = Settings(persistent=False)
        settings.language = language
        session = Session(MachinePolicy(public_mode=True), app_dirs(), library=open_library())
        window = start_window(qtbot, session, settings)
    else:
        window = make_window(language=language)
    window.resize(1280, 800)
    checked = 0
    for state in _states(window, qtbot):
        twice = {k: v for k, v in _mnemonics(window).items() if len(v) > 1}
        assert twice == {}, state
        checked += 1
    assert checked >= 4
    assert "E" in _mnemonics(window)  # 编辑(&E) is there to be reached
    if public:
        window.close()
