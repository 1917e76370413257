"""The window on a workstation follows the published share: new issues, share pulled, back."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reader_app.gui.shell.mainwindow import MainWindow
from tests.core.share.shareutil import Staff, make_staff, tree_state

ShareWindow = Callable[..., MainWindow]  # the share_window fixture (tests/gui/conftest.py)


def test_window_follows_the_share_without_disturbing_the_reader(
    qtbot, tmp_path: Path, share_window: ShareWindow
) -> None:
    staff = make_staff(tmp_path)
    first = staff.publish_issue(1)
    window = share_window(staff.share, poll=0.2)
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


def _typed_search(window: MainWindow, qtbot, query: str):
    """Type ``query`` in the search box, press Enter, wait for the answer."""
    panel = window.search_panel
    panel.edit.setText(query)
    panel.run_now()
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.query == query, timeout=20000)
    return panel.result


def _public_window_on_a_copied_share(
    qtbot, tmp_path: Path, share_window: ShareWindow
) -> tuple[Staff, str, MainWindow]:
    """A public workstation started on a share of one issue, with yesterday's local copy.

    It looks at the share only at start (no polling): what it learns later, the
    searches themselves find out."""
    from reader_app.core.machine.paths import app_dirs
    from reader_app.core.share import mirror

    staff = make_staff(tmp_path)
    first = staff.publish_issue(1)
    assert mirror.refresh(staff.share, app_dirs())
    window = share_window(staff.share, poll=3600)
    qtbot.waitUntil(lambda: not window.share_watch._busy, timeout=30000)
    return staff, first, window


def test_window_answers_when_the_share_goes_before_its_first_search(
    qtbot, tmp_path: Path, share_window: ShareWindow
) -> None:
    staff, first, window = _public_window_on_a_copied_share(qtbot, tmp_path, share_window)
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


def test_window_says_at_once_when_its_local_copy_answers(
    qtbot, tmp_path: Path, share_window: ShareWindow
) -> None:
    staff, first, window = _public_window_on_a_copied_share(qtbot, tmp_path, share_window)
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


def test_staff_window_imports_onto_the_share_and_publishes(
    qtbot, tmp_path: Path, share_window: ShareWindow, import_in_window: Callable[..., None]
) -> None:
    from reader_app.core.search import store

    staff = make_staff(tmp_path)
    window = share_window(staff.share, publish=True, timeout=60000)
    import_in_window(window, staff.raw(1))
    new = [i for i in window.library.issues if i.path is not None and i.path.parent == staff.share]
    assert len(new) == 1 and not (tmp_path / "home" / "data" / "issues" / new[0].id).exists()
    generation = store.current_generation(staff.share / ".reader-index")
    assert generation is not None
    assert new[0].id in (store.read_manifest(generation) or {})["issues"]
    qtbot.waitUntil(lambda: window.index_ready, timeout=60000)
    assert window.search.place is not None and window.search.place.published
    assert new[0].id in {h.issue for h in window.search.search("锂电", limit=300).hits}


def test_window_says_why_an_unpublished_share_is_indexed_here(
    share: Path, monkeypatch: pytest.MonkeyPatch, share_window: ShareWindow
) -> None:
    from reader_app.core.search import tempindex

    monkeypatch.setattr(tempindex, "_session", None)  # this test's own session index
    window = share_window(share, timeout=60000)
    assert window.share_watch.label.isVisible()
    text = window.share_watch.label.text()  # in whichever language an earlier test left
    assert "no published search index" in text or "没有已发布的检索索引" in text
    assert "2099-01" in {h.issue for h in window.search.search("锂电", limit=300).hits}


def test_share_publish_refreshes_the_problems_button_and_the_index_progress(
    qtbot, tmp_path: Path, share_window: ShareWindow
) -> None:
    """A new generation on the share takes the one library-changed path (issue 22): the
    problems button counts its damaged bundle, the index reopens with its progress shown,
    and the standing line counts the new articles; the results on screen stay."""
    staff = make_staff(tmp_path)
    staff.publish_issue(1)
    window = share_window(staff.share, poll=3600)  # the test looks at the share itself
    qtbot.waitUntil(lambda: not window.share_watch._busy, timeout=30000)
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
