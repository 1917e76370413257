"""The window's parts and their contract (issue 22): the reading state, the hub, the reset."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL

from reader_app.core.app.session import Session, open_library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Policy
from reader_app.gui.base.librarychanges import Change
from reader_app.gui.base.parts import Part
from reader_app.gui.base.settings import Settings
from reader_app.gui.base.theme import Theme
from reader_app.gui.shell.mainwindow import MainWindow

SANYA = "2022-18-348142"
OTHER = "2022-18-15c0fe"


def _public(qtbot) -> MainWindow:
    window = MainWindow(
        Session(Policy(public_mode=True), app_dirs(), library=open_library()),
        Settings(persistent=False),
    )
    qtbot.addWidget(window)
    return window


def test_reading_state_changes_once_per_article_opened(window) -> None:
    seen: list[tuple[str | None, str]] = []
    state = window.state
    state.changed.connect(lambda: seen.append((state.article and state.article.id, state.query)))
    assert window.open_article(SANYA)
    assert seen == [(SANYA, "")]
    assert state.issue is not None and state.article is not None
    assert state.issue.id == state.article.issue_id
    window.mark_query("自贸")  # the hits marked: one more change, with the query
    assert seen[-1] == (SANYA, "自贸") and len(seen) == 2
    assert window.open_article(OTHER)  # a new article: nothing marked in it yet
    assert seen[-1] == (OTHER, "") and len(seen) == 3
    window.open_issue(state.issue.id)
    assert seen[-1] == (None, "") and len(seen) == 4
    assert not window.actions_["copy_ris"].isEnabled()  # the citation part follows the state
    window.open_article(SANYA)
    assert window.actions_["copy_ris"].isEnabled()


def test_reset_reaches_every_part_through_the_hub(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _public(qtbot)
    parts = first.findChildren(Part)
    assert parts, "no window parts found"
    listed = {id(p) for p in first.parts}
    assert all(id(p) in listed for p in parts), "a part the connections block does not list"
    kinds = {type(p) for p in first.parts}
    calls: list[str] = []
    for kind in kinds:  # the next window's parts say when their reset runs
        original = kind.reset

        def spy(self, _original=original, _name=kind.__name__) -> None:
            calls.append(_name)
            _original(self)

        monkeypatch.setattr(kind, "reset", spy)
    window = _public(qtbot)
    assert window.idle_watcher is not None
    # The idle watcher does one thing: ask the hub (no second connection in some order).
    assert window.idle_watcher.receivers(SIGNAL("idle()")) == 1
    window.idle_watcher.idle.emit()
    assert sorted(calls) == sorted(type(p).__name__ for p in window.parts)


def test_each_library_change_reaches_the_tree_problems_and_index(
    make_window, qtbot, bundled_copy: Path
) -> None:
    """Files edited in place take the same path as an import and a share's publish."""
    window = make_window()
    changes: list[Change] = []
    window.hub.libraryChanged.connect(changes.append)
    assert not window.problems_button.isVisible()
    bundle = bundled_copy / "2022-18"
    (bundle / "articles" / "003.md").write_text("no front matter", "utf-8")
    window.changes.refreshed([bundle])
    assert changes == [Change.FILES]
    assert window.problems_button.isVisible()
    assert not window.index_ready and window.progress.isVisible()  # reindexing, shown
    qtbot.waitUntil(lambda: window.index_ready, timeout=30000)
    assert not window.progress.isVisible()


def test_theme_is_an_enum_on_the_hub(window) -> None:
    seen: list[object] = []
    window.hub.themeChanged.connect(seen.append)
    window.set_theme(Theme.DARK)
    window.set_theme("light")  # a stored name is taken as its theme
    assert seen == [Theme.DARK, Theme.LIGHT]
    assert window.settings.theme == "light"
    assert window.actions_["theme_light"].isChecked()
