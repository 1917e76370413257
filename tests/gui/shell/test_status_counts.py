"""Issue 26: the status line's "共 N 期 M 篇" follows the library, however it changes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex

from reader_app.core.services import readinglists as rl
from reader_app.gui.shell.mainwindow import MainWindow
from reader_app.gui.shell.statusline import MESSAGE_MS
from tests.cliutil import run_cli
from tests.conftest import SEED
from tests.core.share.shareutil import Staff, make_staff
from tests.fixtures.compose import compose_issue


def _tree_counts(window: MainWindow) -> tuple[int, int]:
    """Issues and articles as the library tree holds them (walked through the model)."""
    model = window.tree_model
    ids = model.article_ids_under([QModelIndex()])  # the root: every article
    issues = {a.issue_id for i in window.library.issues for a in i.articles if a.id in ids}
    return len(issues), len(ids)


def test_counts_follow_a_staff_import_published_on_the_share(
    qtbot,
    tmp_path: Path,
    share_window: Callable[..., MainWindow],
    import_in_window: Callable[..., None],
) -> None:
    from reader_app.output import i18n

    i18n.install("zh_CN")
    staff = make_staff(tmp_path)
    staff.publish_issue(1)
    window = share_window(staff.share, publish=True, timeout=60000)
    issues, articles = _tree_counts(window)
    assert f"共 {issues} 期 {articles} 篇" in window.status_label.standing

    import_in_window(window, staff.raw(2))
    qtbot.waitUntil(lambda: window.index_ready, timeout=60000)
    assert _tree_counts(window)[0] == issues + 1
    shown = _tree_counts(window)[1]
    assert shown > articles
    assert f"共 {issues + 1} 期 {shown} 篇" in window.status_label.standing
    qtbot.waitUntil(lambda: f"共 {issues + 1} 期 {shown} 篇" in window.status_label.text(),
                    timeout=15000)  # fmt: skip
    i18n.install("en")


# ------------------------------------------------------------------ every other path
# Issue 26 saw "共 2 期 107 篇" with three issues in the tree. Each way the library
# changes (or the window is reset or reworded) while the window runs, and each
# state the reader may have left it in, must end with the line counting the tree.


def _said(issues: int, articles: int, language: str) -> str:
    if language == "zh_CN":
        return f"共 {issues} 期 {articles} 篇"
    return f"{articles} articles in {issues} issues"


def _counts_shown(window: MainWindow, qtbot, language: str = "zh_CN") -> tuple[int, int]:
    """Once the index is open again: the line's counts are the tree's (and the library's),
    in the standing line and on screen (a passing message given its short time)."""
    qtbot.waitUntil(lambda: window.index_ready and not window.progress.isVisible(),
                    timeout=60000)  # fmt: skip
    issues, articles = _tree_counts(window)
    assert (issues, articles) == (len(window.library.issues), window.library.article_count())
    said = _said(issues, articles, language)
    assert said in window.status_label.standing
    window.status_label.timer.setInterval(50)
    qtbot.waitUntil(lambda: said in window.status_label.text(), timeout=15000)
    window.status_label.timer.setInterval(MESSAGE_MS)
    return issues, articles


def _published(window: MainWindow, qtbot, staff: Staff, seed: int, *extra: str) -> str:
    """The staff machine publishes issue ``seed``; returns once the window has reloaded."""
    watch = window.share_watch
    before = watch.generation
    issue = staff.publish_issue(seed, *extra)
    qtbot.waitUntil(lambda: watch.generation > before and not watch._busy, timeout=60000)
    assert issue in {i.id for i in window.library.issues}
    return issue


@pytest.fixture
def zh():
    from reader_app.output import i18n

    i18n.install("zh_CN")
    yield "zh_CN"
    i18n.install("en")


@pytest.mark.parametrize("left", ["nothing", "a search", "a reading list"])
def test_counts_follow_a_third_issue_published_while_a_workstation_follows_the_share(
    qtbot, tmp_path: Path, share_window: Callable[..., MainWindow], zh: str, left: str
) -> None:
    staff = make_staff(tmp_path)
    first = staff.publish_issue(1)
    staff.publish_issue(2)
    window = share_window(staff.share, poll=0.2)  # a public workstation
    before = _counts_shown(window, qtbot)[0]  # the bundled issue and the share's two
    if left == "a search":
        panel = window.search_panel
        window.tabs.setCurrentIndex(1)
        panel.edit.setText("锂电")
        panel.run_now()
        qtbot.waitUntil(lambda: panel.result is not None, timeout=20000)
        assert panel.model.rowCount() > 0
    elif left == "a reading list":  # staff published a 馆员推荐 list with the share
        article = window.library.issue(first).articles[2].id
        reading_list = rl.ReadingList("馆员推荐：本月")
        reading_list.add(article, note="先读")
        rl.write_file(reading_list, staff.share / rl.FOLDER / "month.json")
        lists = window.reading_lists
        lists.reload()
        window.actions_["show_reading_lists"].trigger()
        assert lists.current is not None and lists.current.name == "馆员推荐：本月"
        item = lists.model.index(0, 0)
        lists.view.setCurrentIndex(item)
        lists.view.activated.emit(item)
        assert window.view.article is not None and window.view.article.id == article

    _published(window, qtbot, staff, 3)
    assert _counts_shown(window, qtbot)[0] == before + 1


def test_counts_stay_after_the_idle_reset(
    qtbot, tmp_path: Path, share_window: Callable[..., MainWindow], zh: str
) -> None:
    """The reset clears the last patron's passing message, not the library's counts."""
    staff = make_staff(tmp_path)
    staff.publish_issue(1)
    window = share_window(staff.share, poll=0.2)
    shown = _counts_shown(window, qtbot)
    window.set_zoom(120)  # a passing message ("缩放 120%") the next patron must not see
    assert window.idle_watcher is not None
    window.idle_watcher.idle.emit()
    assert "120" not in window.status_label.text()
    assert _counts_shown(window, qtbot) == shown
    _published(window, qtbot, staff, 2)  # and they go on following the share
    window.idle_watcher.idle.emit()
    assert _counts_shown(window, qtbot)[0] == shown[0] + 1


def test_counts_are_reworded_and_follow_the_share_after_switching_language(
    qtbot, tmp_path: Path, share_window: Callable[..., MainWindow], zh: str
) -> None:
    staff = make_staff(tmp_path)
    staff.publish_issue(1)
    window = share_window(staff.share, poll=0.2)
    issues, articles = _counts_shown(window, qtbot)
    window.set_language("en")
    assert _counts_shown(window, qtbot, "en") == (issues, articles)
    _published(window, qtbot, staff, 2)
    assert _counts_shown(window, qtbot, "en")[0] == issues + 1
    window.set_language("zh_CN")
    assert _counts_shown(window, qtbot)[0] == issues + 1


def test_counts_follow_a_cli_import_and_a_cli_replace_into_the_user_library(
    qtbot, tmp_path: Path, window: MainWindow, zh: str
) -> None:
    """``reader-app-cli import`` while the window runs (it follows its user library), then
    ``import --replace`` of that issue with fewer articles (its books left out)."""
    window.retranslate()  # the fixture's window started in English
    issues, articles = _counts_shown(window, qtbot)
    raw = tmp_path / "raw1.txt"
    raw.write_bytes(compose_issue(SEED, 1)[0])
    result = run_cli("import", str(raw), "--json")  # the window's READER_APP_HOME
    assert result.returncode == 0, result.stderr
    issue = json.loads(result.stdout)["imports"][0]["issue"]
    qtbot.waitUntil(lambda: window.user_watch.generation == 1, timeout=30000)
    more, with_books = _counts_shown(window, qtbot)
    assert more == issues + 1 and with_books > articles

    fewer = tmp_path / "raw1-nobooks.txt"
    fewer.write_bytes(compose_issue(SEED, 1, with_books=False)[0])
    result = run_cli("import", str(fewer), "--replace", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["imports"][0]["issue"] == issue
    qtbot.waitUntil(lambda: window.user_watch.generation == 2, timeout=30000)
    same, without = _counts_shown(window, qtbot)
    assert same == more and articles < without < with_books


def test_counts_follow_a_replace_published_on_the_share(
    qtbot, tmp_path: Path, share_window: Callable[..., MainWindow], zh: str
) -> None:
    staff = make_staff(tmp_path)
    staff.publish_issue(1)
    issue = staff.publish_issue(2)
    window = share_window(staff.share, poll=0.2)
    issues, articles = _counts_shown(window, qtbot)
    staff.raw(2).write_bytes(compose_issue(SEED, 2, with_books=False)[0])
    assert _published(window, qtbot, staff, 2, "--replace") == issue
    same, fewer = _counts_shown(window, qtbot)
    assert same == issues and fewer < articles
