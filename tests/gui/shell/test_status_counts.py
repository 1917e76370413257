"""Issue 26: the status line's "共 N 期 M 篇" follows the library after an import onto the share."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex

from reader_app.core.app.session import Session, open_library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Policy as MachinePolicy
from reader_app.gui.base.settings import Settings
from reader_app.gui.shell.mainwindow import MainWindow
from tests.core.share.shareutil import make_staff


def _tree_counts(window: MainWindow) -> tuple[int, int]:
    """Issues and articles as the library tree holds them (walked through the model)."""
    model = window.tree_model
    ids = model.article_ids_under([QModelIndex()])  # the root: every article
    issues = {a.issue_id for i in window.library.issues for a in i.articles if a.id in ids}
    return len(issues), len(ids)


def test_counts_follow_a_staff_import_published_on_the_share(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader_app.gui.base import filedialogs
    from reader_app.gui.library.importdialog import ImportDialog
    from reader_app.output import i18n

    i18n.install("zh_CN")
    staff = make_staff(tmp_path)
    staff.publish_issue(1)
    raw = staff.raw(2)
    machine = MachinePolicy(library_folders=(staff.share,), publish_library=True)
    library = open_library(extra_folders=machine.library_folders, publish_to=machine.publish_folder)
    window = MainWindow(Session(machine, app_dirs(), library=library), Settings())
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.index_ready, timeout=60000)
    issues, articles = _tree_counts(window)
    assert f"共 {issues} 期 {articles} 篇" in window.status_label.standing

    def run(dialog: ImportDialog) -> int:
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30000)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.imported_result is not None, timeout=60000)
        return 1

    monkeypatch.setattr(filedialogs, "open_file", lambda *a, **k: (str(raw), ""))
    monkeypatch.setattr(ImportDialog, "exec", run)
    window.actions_["import"].trigger()
    qtbot.waitUntil(lambda: window.index_ready, timeout=60000)
    assert _tree_counts(window)[0] == issues + 1
    shown = _tree_counts(window)[1]
    assert shown > articles
    assert f"共 {issues + 1} 期 {shown} 篇" in window.status_label.standing
    qtbot.waitUntil(lambda: f"共 {issues + 1} 期 {shown} 篇" in window.status_label.text(),
                    timeout=15000)  # fmt: skip
    window.close()
    i18n.install("en")
