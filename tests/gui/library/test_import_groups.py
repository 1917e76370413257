"""The import dialog groups the report's warnings: one expandable row per kind (issue 26)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from reader_app.gui.base import filedialogs
from reader_app.gui.library.importdialog import ImportDialog
from tests.fixtures.reports import drowned_issue


def tree_rows(tree: QTreeWidget) -> list[tuple[str, bool, list[str]]]:
    """(top row, expanded, children) for every group in the dialog's tree."""
    rows = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        children = [top.child(j).text(0) for j in range(top.childCount())]
        rows.append((top.text(0), top.isExpanded(), children))
    return rows


@pytest.mark.usefixtures("empty_bundled")
def test_import_dialog_groups_warnings_conflicts_first(
    make_window, qtbot, tmp_path: Path, monkeypatch
):
    raw = tmp_path / "drowned.txt"
    raw.write_text(drowned_issue(), "utf-8")
    window = make_window()
    seen: list[tuple[list, str, int]] = []

    def run(dialog: ImportDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30000)
        tree = dialog.warnings
        assert tree.isVisible()
        rows = tree_rows(tree)
        seen.append((rows, dialog.report.toPlainText(), len(dialog.preview.report.warnings)))
        # a closed group opens with the keyboard, as any tree does
        dates = tree.topLevelItem(2)
        tree.setFocus()
        tree.setCurrentItem(dates)
        qtbot.keyClick(tree, Qt.Key.Key_Right)
        assert dates.isExpanded()
        dialog.grab().save(str(tmp_path / "import-groups.png"))
        return 0

    monkeypatch.setattr(filedialogs, "open_file", lambda *a, **k: (str(raw), ""))
    monkeypatch.setattr(ImportDialog, "exec", run)
    window.actions_["import"].trigger()
    rows, report, total = seen[0]
    heads = [head for head, _, _ in rows]
    # the conflicts first, open; the 62 dates in one closed row, in Chinese
    assert heads[0] == "文章不在目录中 × 1" and rows[0][1]
    assert heads[1] == "目录条目没有对应文章 × 1" and rows[1][1]
    assert heads[2] == "日期在收录期之外 × 62" and not rows[2][1]
    assert len(rows[2][2]) == 62 and all(c.startswith("第 ") for c in rows[2][2])
    assert "八部门" in rows[0][2][0] and "本刊不存在的一篇文章" in rows[1][2][0]
    counts = [int(h.rsplit("× ", 1)[1]) for h in heads]
    assert sum(counts) == total == sum(len(children) for _, _, children in rows)
    assert counts[2:] == sorted(counts[2:], reverse=True)
    # the report above no longer lists the warnings one by one
    assert f"{total} 条警告" in report and "收录时段" not in report
