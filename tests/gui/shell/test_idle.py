"""The idle watcher behind the public workstation's reset."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from reader_app.gui.shell.idle import IdleWatcher


def test_fires_after_the_timeout(qtbot) -> None:
    watcher = IdleWatcher(150)
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        pass
    watcher.stop()


def test_input_restarts_the_wait(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    fired: list[float] = []
    watcher = IdleWatcher(500)
    watcher.idle.connect(lambda: fired.append(time.monotonic()))
    started = time.monotonic()
    for _ in range(6):  # 6 x 100 ms of typing: never 500 ms without input
        QTest.keyClick(edit, Qt.Key.Key_A)
        last_input = time.monotonic()
        qtbot.wait(100)
    assert fired == []
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    assert fired[0] - last_input >= 0.45  # coarse timers may fire up to 5% early
    assert fired[0] - started >= 0.9
    assert edit.text() == "aaaaaa"
    watcher.stop()


def test_stopped_watcher_stays_quiet(qtbot) -> None:
    watcher = IdleWatcher(100)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.stop()
    qtbot.wait(300)
    assert fired == []
