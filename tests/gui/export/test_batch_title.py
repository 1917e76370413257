"""Batch PDF from the window: named after what it prints (the query, the list, the articles)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QItemSelectionModel

from reader_app.core.base.filenames import safe_file_name
from reader_app.core.services.batch import Batch, from_ids
from reader_app.gui.shell.mainwindow import MainWindow
from reader_app.output.compilelabels import batch_title


def pdf_title(path: Path) -> str:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return document.get_metadata_dict()["Title"]
    finally:
        document.close()


def export_as_the_dialog_offers(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, Path]:
    """Export the batch in front through 导出为 PDF; the name the save dialog offered."""
    from reader_app.gui.base import filedialogs

    offered: list[str] = []

    def save_file(parent, caption, name, filters):
        offered.append(name)
        return str(tmp_path / name), ""

    monkeypatch.setattr(filedialogs, "save_file", save_file)
    window.batch.export_batch_dialog()
    assert offered
    return offered[0], tmp_path / offered[0]


def test_search_hits_export_is_named_after_the_query(qtbot, window, tmp_path, monkeypatch):
    panel = window.search_panel
    panel.edit.setText("自贸区")
    panel.run_now()
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy, timeout=30_000)
    window.tabs.setCurrentWidget(panel)
    count = len(panel.result.hits)
    assert count > 1
    name, out = export_as_the_dialog_offers(window, tmp_path, monkeypatch)
    assert name == f"检索：自贸区 – {count} 篇.pdf"
    assert pdf_title(out) == f"检索：自贸区 – {count} 篇"


def test_reading_list_export_is_named_after_the_list(qtbot, window, tmp_path, monkeypatch):
    panel = window.reading_lists
    window.actions_["show_reading_lists"].trigger()
    assert panel.new_list("自贸区/政策: 精选?") is not None
    window.open_article(window.library.issues[0].articles[2].id)
    panel.refresh_buttons()
    panel.add_current()
    name, out = export_as_the_dialog_offers(window, tmp_path, monkeypatch)
    assert name == "自贸区_政策_ 精选_.pdf"  # safe on Windows and Linux
    assert pdf_title(out) == "自贸区/政策: 精选?"  # the metadata keeps the list's own name


def test_tree_selection_export_is_named_after_its_articles(qtbot, window, tmp_path, monkeypatch):
    issue = window.library.issues[0]
    window.tabs.setCurrentIndex(0)
    page = window.library_page
    selection = page.tree.selectionModel()
    selection.clearSelection()
    for article in (issue.articles[0], issue.articles[4]):
        index = page.proxy.mapFromSource(page.model.index_of(article.id))
        selection.select(
            index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    name, out = export_as_the_dialog_offers(window, tmp_path, monkeypatch)
    first = issue.articles[0].title
    assert pdf_title(out) == f"{first} 等 2 篇"
    assert name == safe_file_name(f"{first} 等 2 篇", ".pdf")
    assert "目录" not in name and name.removesuffix(".pdf") != "文章"


def test_names_are_never_the_bare_contents_word(window):
    articles = window.library.issues[0].articles
    one = from_ids(window.library, [articles[3].id])
    assert batch_title(one) == articles[3].title
    assert batch_title(Batch("", [], [])) == "专题资料汇编"
    long = safe_file_name("检索：" + "自贸区" * 60, ".pdf")
    assert len(long) <= 84 and not set('/\\:*?"<>|') & set(long)
