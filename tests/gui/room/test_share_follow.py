"""The window on a workstation follows the published share: new issues, share pulled, back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader_app.core.app.session import Session, open_library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Policy as MachinePolicy
from reader_app.gui.base.settings import Settings
from reader_app.gui.room.sharewatch import POLL_ENV
from reader_app.gui.shell.mainwindow import MainWindow
from tests.core.share.shareutil import Staff, make_staff, tree_state


def test_window_follows_the_share_without_disturbing_the_reader(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff = make_staff(tmp_path)
    first = staff.publish_issue(1)
    monkeypatch.setenv(POLL_ENV, "0.2")
    machine = MachinePolicy(public_mode=True, library_folders=(staff.share,))
    window = MainWindow(
        Session(machine, app_dirs(), library=open_library(extra_folders=machine.library_folders)),
        Settings(),
    )
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.index_ready, timeout=30000)
    assert window.search.place is not None and window.search.place.published
    assert not window.share_watch.label.isVisible()

    # A patron reads an article and has results on screen.
    article = window.library.issue(first).articles[3].id
    window.open_article(article)
    panel = window.search_panel
    panel.edit.setText("锂电")
    panel.run_now()
    qtbot.waitUntil(
        lambda: panel.result is not None and panel.result.query == "锂电", timeout=20000
    )
    rows, shown = panel.model.rowCount(), panel.result
    share_before = tree_state(staff.share)

    second = staff.publish_issue(2)  # staff publish while the window runs
    qtbot.waitUntil(lambda: second in {i.id for i in window.library.issues}, timeout=30000)
    qtbot.waitUntil(lambda: window.share_watch.generation >= 1 and not window.share_watch._busy,
                    timeout=30000)  # fmt: skip
    assert window.view.article is not None and window.view.article.id == article
    assert panel.edit.text() == "锂电" and panel.result is shown and panel.model.rowCount() == rows
    assert second in {h.issue for h in window.search.search("锂电", limit=300).hits}
    assert {k for k in tree_state(staff.share)} >= set(share_before)  # only the publisher wrote

    away = staff.share.with_name("share-away")
    os.replace(staff.share, away)  # the share goes away
    try:
        qtbot.waitUntil(lambda: window.share_watch.label.isVisible(), timeout=30000)
        assert window.search.place is not None and window.search.place.offline
        assert second in {h.issue for h in window.search.search("锂电", limit=300).hits}
        assert window.view.article is not None and window.view.article.id == article
    finally:
        os.replace(away, staff.share)
    qtbot.waitUntil(lambda: not window.share_watch.label.isVisible(), timeout=30000)
    assert not window.search.place.offline
    window.close()


def _typed_search(window: MainWindow, qtbot, query: str):
    """Type ``query`` in the search box, press Enter, wait for the answer."""
    panel = window.search_panel
    panel.edit.setText(query)
    panel.run_now()
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.query == query, timeout=20000)
    return panel.result


def _public_window_on_a_copied_share(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Staff, str, MainWindow]:
    """A public workstation started on a share of one issue, with yesterday's local copy.

    It looks at the share only at start (no polling): what it learns later, the
    searches themselves find out."""
    from reader_app.core.machine.paths import app_dirs
    from reader_app.core.share import mirror

    staff = make_staff(tmp_path)
    first = staff.publish_issue(1)
    assert mirror.refresh(staff.share, app_dirs())
    monkeypatch.setenv(POLL_ENV, "3600")
    machine = MachinePolicy(public_mode=True, library_folders=(staff.share,))
    window = MainWindow(
        Session(machine, app_dirs(), library=open_library(extra_folders=machine.library_folders)),
        Settings(),
    )
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.index_ready, timeout=30000)
    qtbot.waitUntil(lambda: not window.share_watch._busy, timeout=30000)
    return staff, first, window


def test_window_answers_when_the_share_goes_before_its_first_search(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff, first, window = _public_window_on_a_copied_share(qtbot, tmp_path, monkeypatch)
    assert window.search.place is not None and not window.search.place.offline
    away = staff.share.with_name("share-away")
    os.replace(staff.share, away)  # after the index was opened, before any search
    try:
        assert first in {h.issue for h in _typed_search(window, qtbot, "锂电").hits}
        window.share_watch.poll()  # the next look at the share (every POLL_SECONDS)
        qtbot.waitUntil(lambda: window.share_watch.label.isVisible(), timeout=30000)
        assert window.search.place.offline
        assert first in {h.issue for h in window.search.search("锂电", limit=300).hits}
        qtbot.waitUntil(lambda: not window.share_watch._busy, timeout=30000)
    finally:
        os.replace(away, staff.share)
    window.close()


def test_window_says_at_once_when_its_local_copy_answers(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff, first, window = _public_window_on_a_copied_share(qtbot, tmp_path, monkeypatch)
    window.search._index._storage.close()  # as a server gone with its open handles (SMB)
    away = staff.share.with_name("share-away")
    os.replace(staff.share, away)
    try:
        assert first in {h.issue for h in _typed_search(window, qtbot, "锂电").hits}
        assert window.search.place is not None and window.search.place.offline
        assert window.share_watch.label.isVisible()
        qtbot.waitUntil(lambda: not window.share_watch._busy, timeout=30000)
    finally:
        os.replace(away, staff.share)
    window.close()


def test_staff_window_imports_onto_the_share_and_publishes(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader_app.core.search import store
    from reader_app.gui.base import filedialogs
    from reader_app.gui.library.importdialog import ImportDialog

    staff = make_staff(tmp_path)
    raw = staff.raw(1)
    machine = MachinePolicy(library_folders=(staff.share,), publish_library=True)
    library = open_library(extra_folders=machine.library_folders, publish_to=machine.publish_folder)
    window = MainWindow(Session(machine, app_dirs(), library=library), Settings())
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.index_ready, timeout=60000)

    def run(dialog: ImportDialog) -> int:
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30000)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.imported_result is not None, timeout=60000)
        return 1

    monkeypatch.setattr(filedialogs, "open_file", lambda *a, **k: (str(raw), ""))
    monkeypatch.setattr(ImportDialog, "exec", run)
    window.actions_["import"].trigger()
    new = [i for i in window.library.issues if i.path is not None and i.path.parent == staff.share]
    assert len(new) == 1 and not (tmp_path / "home" / "data" / "issues" / new[0].id).exists()
    generation = store.current_generation(staff.share / ".reader-index")
    assert generation is not None
    assert new[0].id in (store.read_manifest(generation) or {})["issues"]
    qtbot.waitUntil(lambda: window.index_ready, timeout=60000)
    assert window.search.place is not None and window.search.place.published
    assert new[0].id in {h.issue for h in window.search.search("锂电", limit=300).hits}
    window.close()


def test_window_says_why_an_unpublished_share_is_indexed_here(
    qtbot, share: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader_app.core.search import tempindex

    monkeypatch.setattr(tempindex, "_session", None)  # this test's own session index
    machine = MachinePolicy(public_mode=True, library_folders=(share,))
    window = MainWindow(
        Session(machine, app_dirs(), library=open_library(extra_folders=machine.library_folders)),
        Settings(),
    )
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.index_ready, timeout=60000)
    assert window.share_watch.label.isVisible()
    text = window.share_watch.label.text()  # in whichever language an earlier test left
    assert "no published search index" in text or "没有已发布的检索索引" in text
    assert "2099-01" in {h.issue for h in window.search.search("锂电", limit=300).hits}
    window.close()


def test_share_publish_refreshes_the_problems_button_and_the_index_progress(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new generation on the share takes the one library-changed path (issue 22): the
    problems button counts its damaged bundle, the index reopens with its progress shown,
    and the standing line counts the new articles; the results on screen stay."""
    staff = make_staff(tmp_path)
    staff.publish_issue(1)
    monkeypatch.setenv(POLL_ENV, "3600")  # the test looks at the share itself
    machine = MachinePolicy(public_mode=True, library_folders=(staff.share,))
    window = MainWindow(
        Session(machine, app_dirs(), library=open_library(extra_folders=machine.library_folders)),
        Settings(),
    )
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.index_ready and not window.share_watch._busy, timeout=30000)
    assert not window.problems_button.isVisible()
    shown = _typed_search(window, qtbot, "锂电")
    before = window.library.article_count()

    second = staff.publish_issue(2)
    damaged = sorted(staff.share.rglob(f"{second}/articles/*.md"))[0]
    os.chmod(damaged, 0o644)
    damaged.write_text("no front matter", "utf-8")  # a bundle damaged on the share
    progress_seen: list[bool] = []
    window.hub.libraryChanged.connect(lambda _c: progress_seen.append(window.progress.isVisible()))
    window.share_watch.poll()
    qtbot.waitUntil(lambda: window.share_watch.generation >= 1 and not window.share_watch._busy,
                    timeout=30000)  # fmt: skip
    assert second in {i.id for i in window.library.issues}
    assert window.library.problems, "the damaged article is a library problem"
    assert window.problems_button.isVisible()
    assert str(len(window.library.problems)) in window.problems_button.text()
    assert progress_seen == [True]  # the index reopened with its progress shown
    assert window.index_ready and not window.progress.isVisible()
    after = window.library.article_count()
    assert after > before
    assert str(after) in window.status_label.standing  # "N articles in M issues; ready"
    assert window.search_panel.result is shown  # the patron's results were left alone
    window.close()
