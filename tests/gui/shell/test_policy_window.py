"""The machine policy in the real window: public mode, idle reset, About, read-only share."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from reader_app.core.app import indexplace
from reader_app.core.app.session import Session, open_library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Action, load_policy
from reader_app.core.search import tempindex
from reader_app.gui.app import build_window
from reader_app.gui.base import filedialogs
from reader_app.gui.base.settings import ZOOM_DEFAULT
from tests.fsutil import tree_state

REPO = Path(__file__).resolve().parents[2]
QUERY = "锂电"


@pytest.fixture
def no_file_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("a file dialog was opened")

    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory", "exec"):
        monkeypatch.setattr(QFileDialog, name, refuse)
    for name in ("open_file", "save_file"):
        monkeypatch.setattr(filedialogs, name, refuse)


@pytest.fixture(scope="module")
def shipped_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The prebuilt index a frozen install ships (from source there is none)."""
    from reader_app.core.search.index import SearchIndex

    root = tmp_path_factory.mktemp("shipped") / "index"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("READER_APP_HOME", str(root.parent / "home"))
        mp.delenv("READER_APP_BUNDLED_ISSUES", raising=False)
        SearchIndex.open(open_library(), root=root).close()
    return root


@pytest.fixture
def open_window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shipped_index: Path):
    """Write the policy (if any), start the real window and wait for search to be ready."""
    import gc

    installed = tmp_path / "install-index"
    shutil.copytree(shipped_index, installed)
    monkeypatch.setattr(indexplace, "bundled_index_dir", lambda: installed)
    monkeypatch.setattr(tempindex, "_session", None)
    windows = []

    def make(policy_text: str | None = None):
        if policy_text is not None:
            (tmp_path / "policy.toml").write_text(policy_text, encoding="utf-8")
        window = build_window(Session(load_policy(), app_dirs()))
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.index_ready, timeout=60_000)
        return window

    yield make
    for window in windows:  # no worker may outlive its window
        window.pool.waitForDone()
        window.search_pool.waitForDone()
        if window.isVisible():
            window.close()
    gc.collect()


def search_and_open(qtbot, window, query: str = QUERY) -> None:
    panel = window.search_panel
    panel.edit.setText(query)
    panel.run_now()
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy, timeout=30_000)
    assert panel.result.hits
    panel.open_top_hit()
    qtbot.waitUntil(lambda: window.view.article is not None, timeout=5_000)


def test_public_mode_blocks_import_export_and_links(qtbot, open_window, no_file_dialogs) -> None:
    window = open_window("public_mode = true\n")
    search_and_open(qtbot, window)
    actions = window.actions_
    assert not actions["import"].isEnabled() and not actions["import"].isVisible()
    assert not actions["export_pdf"].isEnabled() and not actions["export_pdf"].isVisible()
    assert actions["print"].isEnabled()  # printing stays unless the policy turns it off
    assert not any(a.isEnabled() for a in actions.languages.values())
    window.import_issue()  # would raise through no_file_dialogs if it asked for a file
    window.export_pdf_dialog()
    assert not window.policy.allows(Action.OPEN_EXTERNAL_LINK)
    assert window.idle_watcher is not None and window.idle_watcher.timeout_ms == 5 * 60_000


def test_public_session_writes_nothing_under_the_user_dirs(
    qtbot, open_window, app_home: Path, no_file_dialogs
) -> None:
    window = open_window("public_mode = true\n")
    search_and_open(qtbot, window)
    window.toggle_bookmark()
    assert window.bookmarks.ids  # bookmarked for this session ...
    window.set_zoom(150)
    window.set_theme("dark")
    window.go_back()
    window.go_forward()
    window.close()
    assert not app_home.exists()  # ... but nothing of it reached the disk


def test_staff_machine_keeps_state(qtbot, open_window, app_home: Path) -> None:
    """The counterpart: without a policy the same session is remembered."""
    window = open_window()
    search_and_open(qtbot, window)
    window.toggle_bookmark()
    window.close()
    assert (app_home / "config" / "reader-app.ini").is_file()
    assert window.actions_["import"].isVisible()
    assert window.idle_watcher is None


def test_idle_reset_returns_to_the_start_page(qtbot, open_window) -> None:
    window = open_window("public_mode = true\nidle_reset_minutes = 3\n")
    assert window.idle_watcher.timeout_ms == 180_000
    search_and_open(qtbot, window)
    window.toggle_bookmark()
    window.set_zoom(170)
    window.filter.setText("锂")
    assert window.view.article is not None and window.history.back
    window.idle_watcher.set_timeout(200)  # the test does not wait three minutes
    qtbot.waitUntil(lambda: window.view.article is None, timeout=5_000)
    assert window.view.issue is not None  # the start page: the latest issue's cover
    assert window.search_panel.edit.text() == ""
    assert window.search_panel.result is None
    assert window.view.zoom == ZOOM_DEFAULT
    assert window.bookmarks.ids == []
    assert window.filter.text() == ""
    assert window.history.back == [] and window.history.forward == []
    assert window.tabs.currentIndex() == 0


def test_read_only_share_is_searchable_and_untouched(
    qtbot, open_window, share: Path, app_home: Path
) -> None:
    before = tree_state(share)
    window = open_window(f'public_mode = true\nlibrary_folders = ["{share.as_posix()}"]\n')
    panel = window.search_panel
    panel.edit.setText(QUERY)
    panel.run_now()
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy, timeout=30_000)
    assert "2099-01" in {hit.issue for hit in panel.result.hits}
    search_and_open(qtbot, window)
    window.close()
    assert tree_state(share) == before
    assert not app_home.exists()


def test_about_shows_policy_problems_index_and_logs(qtbot, open_window, tmp_path: Path) -> None:

    window = open_window("public_mode = true\nlanguage = 'en'\nallow_printing = 'no'\n")
    assert window.settings.language == "en"  # IT's language, whatever the user chose
    search_and_open(qtbot, window)
    assert not window.actions_["print"].isEnabled()  # a bad value takes the strict choice
    dialog = window.about_dialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert str(tmp_path / "policy.toml") in text
    assert "allow_printing" in text and "Fix the value" in text
    assert "Public mode" in text and "Log file" in text
    assert "articles indexed" in text
    dialog.copy()
    from PySide6.QtGui import QGuiApplication

    assert "PROBLEM:" in QGuiApplication.clipboard().text()


def test_about_is_translated(qtbot, open_window) -> None:

    window = open_window("language = 'zh_CN'\n")
    dialog = window.about_dialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "策略文件" in text and "日志文件" in text and "检索索引" in text


def _patron_traces(window, query: str) -> list[str]:
    """Everything in the whole widget tree that still shows the last patron's session."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QTextBrowser,
        QWidget,
    )

    def in_combo(widget: QWidget) -> bool:  # a combo box's own popup list
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QComboBox):
            parent = parent.parentWidget()
        return parent is not None

    found = []
    for widget in window.findChildren(QWidget):
        name = f"{type(widget).__name__}({widget.objectName()})"
        if isinstance(widget, QLineEdit) and widget.text():
            found.append(f"{name} holds {widget.text()!r}")
        if isinstance(widget, QLabel) and query in widget.text():
            found.append(f"{name} shows the query")
        if isinstance(widget, QTextBrowser) and getattr(widget, "mark_count", 0):
            found.append(f"{name} marks {widget.mark_count} hits")
        facet = isinstance(widget, QComboBox) and widget.objectName().startswith("facet_")
        if facet and (widget.count() > 1 or widget.currentIndex() > 0):
            found.append(f"{name} keeps the patron's facet values")
        if (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)
            and not in_combo(widget)
            and widget is not window.tree  # the library itself, not the patron's
        ):
            model = widget.model()
            if model is not None and model.rowCount():
                found.append(f"{name} lists {model.rowCount()} rows")
            selection = widget.selectionModel()
            if selection is not None and selection.hasSelection():
                found.append(f"{name} keeps a selection")
    if window.history.back or window.history.forward:
        found.append("history keeps the patron's path")
    if window.search_panel.result is not None or window.search_panel.expansions.terms():
        found.append("the search panel keeps a result")
    return found


def test_public_reset_leaves_no_patron_state_anywhere(qtbot, open_window) -> None:
    """Walk the whole widget tree after the reset: each part cleared its own state."""
    from reader_app.gui.shell import publicmode

    window = open_window("public_mode = true\n")
    search_and_open(qtbot, window, "自贸区")  # expanded, so the expansion bar has terms
    window.toggle_bookmark()
    window.find_bar.show_find()
    window.find_bar.edit.setText("海南")
    window.filter.setText("锂")
    window.search_panel.view.setCurrentIndex(window.search_panel.model.index(0, 0))
    window.bookmarks_view.setCurrentIndex(window.bookmarks.index(0, 0))
    assert _patron_traces(window, "自贸区")  # the walk does see a session
    publicmode.reset_window(window)
    traces = _patron_traces(window, "自贸区")
    assert traces == [], "\n".join(traces)
    assert window.view.article is None and window.view.issue is not None  # the start page
