"""Window fixtures: a real MainWindow over the bundled library, state under tmp."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import reader_app.core.search.index as core_search  # a broken import must fail, never skip
from reader_app.core.app.session import Session, open_library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Policy
from reader_app.gui.base.settings import Settings
from reader_app.gui.shell.mainwindow import MainWindow
from reader_app.output import i18n


@pytest.fixture(scope="session")
def built_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the bundled library's index once; each test gets a copy."""
    root = tmp_path_factory.mktemp("index")
    index = core_search.SearchIndex.open(open_library(), root=root)
    index.close()
    return root


@pytest.fixture
def opened_windows(qtbot) -> Iterator[list[MainWindow]]:
    """The windows a test's fixtures opened: each drained and closed at teardown."""
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        close(window)


@pytest.fixture
def make_window(
    qtbot, built_index: Path, app_home: Path, opened_windows: list[MainWindow]
) -> Callable[..., MainWindow]:
    """Open windows like the app does; each is drained and closed at teardown."""
    if not app_dirs().index.exists():
        shutil.copytree(built_index, app_dirs().index)

    def make(wait_index: bool = True, language: str | None = None) -> MainWindow:
        settings = Settings()
        if language:
            settings.language = language
        i18n.install(settings.language)
        window = start_window(qtbot, Session(Policy(), app_dirs()), settings, wait_index)
        opened_windows.append(window)
        return window

    return make


@pytest.fixture
def share_window(
    qtbot, app_home: Path, monkeypatch: pytest.MonkeyPatch, opened_windows: list[MainWindow]
) -> Callable[..., MainWindow]:
    """Open a window on a workstation that follows ``share`` (a staff share of
    tests/core/share/shareutil.py, or the ``share`` fixture's folder), as the policy says.

    Public by default; ``publish``: a staff machine whose imports are published onto the
    share. ``poll``: seconds between the share watch's looks (its default unless given).
    Each window is drained and closed at teardown.
    """
    from reader_app.gui.room.sharewatch import POLL_ENV

    def make(
        share: Path, *, publish: bool = False, poll: float | None = None, timeout: int = 30000
    ) -> MainWindow:
        if poll is not None:
            monkeypatch.setenv(POLL_ENV, str(poll))
        if publish:
            machine = Policy(library_folders=(share,), publish_library=True)
        else:
            machine = Policy(public_mode=True, library_folders=(share,))
        library = open_library(
            extra_folders=machine.library_folders, publish_to=machine.publish_folder
        )
        session = Session(machine, app_dirs(), library=library)
        window = start_window(qtbot, session, Settings(), timeout=timeout)
        opened_windows.append(window)
        return window

    return make


@pytest.fixture
def import_in_window(qtbot, monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Import a file through the window's import action, as a user does: the file dialog
    answers ``raw``, the import dialog shows its preview (``check`` is called with the
    dialog then), and its import button is clicked; returns once it has imported."""
    from reader_app.gui.base import filedialogs
    from reader_app.gui.library.importdialog import ImportDialog

    def import_file(
        window: MainWindow,
        raw: Path,
        check: Callable[[ImportDialog], None] | None = None,
        timeout: int = 60000,
    ) -> None:
        def run(dialog: ImportDialog) -> int:
            qtbot.waitUntil(lambda: dialog.preview is not None, timeout=timeout)
            if check is not None:
                check(dialog)
            dialog.import_button.click()
            qtbot.waitUntil(lambda: dialog.imported_result is not None, timeout=timeout)
            return 1

        monkeypatch.setattr(filedialogs, "open_file", lambda *a, **k: (str(raw), ""))
        monkeypatch.setattr(ImportDialog, "exec", run)
        window.actions_["import"].trigger()

    return import_file


def start_window(
    qtbot, session: Session, settings: Settings, wait_index: bool = True, timeout: int = 30000
) -> MainWindow:
    """A window shown and started as the app does (its index waited for unless told not).

    The caller closes it (:func:`close`); the fixtures above do at teardown."""
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    window.start()
    if wait_index:
        qtbot.waitUntil(lambda: window.index_ready, timeout=timeout)
    return window


def close(window: MainWindow) -> None:
    """Drain both pools, then close (closeEvent saves settings)."""
    window.pool.waitForDone()
    window.search_pool.waitForDone()
    if window.isVisible():
        window.close()


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """No modal dialog may block a test: message boxes record their text instead.

    Both the static functions and ``exec`` of a box built by ``gui/base/plaintext.py``; a
    box built there answers by its icon (a question: No).
    """
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: object) -> Callable[..., object]:
        def stub(parent: object, title: str, text: str, *args: object, **kwargs: object) -> object:
            shown.append((kind, text))
            return answer

        return stub

    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", record("info", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.No))
    monkeypatch.setattr(QMessageBox, "about", record("about", None))
    kinds = {  # boxes built by reader_app.gui.base.plaintext, by their icon
        QMessageBox.Icon.Critical: ("critical", QMessageBox.StandardButton.Ok),
        QMessageBox.Icon.Warning: ("warning", QMessageBox.StandardButton.Ok),
        QMessageBox.Icon.Information: ("info", QMessageBox.StandardButton.Ok),
        QMessageBox.Icon.Question: ("question", QMessageBox.StandardButton.No),
    }

    def exec_stub(box: QMessageBox) -> int:
        kind, answer = kinds.get(box.icon(), ("info", QMessageBox.StandardButton.Ok))
        shown.append((kind, box.text()))
        return int(answer.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_stub)
    return shown
