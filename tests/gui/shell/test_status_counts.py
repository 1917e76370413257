"""Issue 26: the status line's "共 N 期 M 篇" follows the library after an import onto the share."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex

from reader_app.gui.shell.mainwindow import MainWindow
from tests.core.share.shareutil import make_staff


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
