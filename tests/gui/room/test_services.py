"""Reading-room services in the real window: statistics, reading lists, batch output."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtTest import QAbstractItemModelTester

from reader_app.core.app.session import Session, open_library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Policy as MachinePolicy
from reader_app.core.services import readinglists as rl
from reader_app.core.services import stats
from reader_app.gui.base.settings import Settings
from reader_app.gui.room.readinglistmodel import ReadingListModel
from reader_app.gui.room.statspage import StatsPage
from reader_app.gui.shell.mainwindow import MainWindow
from tests.gui.pdftext import assert_text_layer, record_printed

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def search(qtbot, window: MainWindow, query: str) -> None:
    panel = window.search_panel
    panel.edit.setText(query)
    panel.run_now()
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy, timeout=30_000)


def counts(kind: str) -> dict[str, int]:
    db = sqlite3.connect(app_dirs().data / stats.DB_NAME)
    try:
        rows = db.execute("SELECT item, sum(n) FROM counts WHERE kind=? GROUP BY item", (kind,))
        return dict(rows.fetchall())
    finally:
        db.close()


def test_the_window_counts_where_things_happen(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert counts(stats.SESSION) == {"": 1}
    search(qtbot, window, "锂")  # typed on the way to 锂电: never counted
    search(qtbot, window, "锂电")
    window.search_panel.open_top_hit()  # settles the query
    search(qtbot, window, "火星基地殖民")
    window.stats.flush_search()
    assert counts(stats.QUERY) == {"锂电": 1, "火星基地殖民": 1}
    assert counts(stats.ZERO_HIT) == {"": 1}
    opened = window.view.article
    assert counts(stats.ARTICLE) == {opened.id: 1}
    assert counts(stats.SECTION) == {opened.section: 1}
    issue = window.library.issues[-1]
    window.library_page.issueChosen.emit(issue.id)
    assert counts(stats.ISSUE) == {"": 1}
    window.batch.export_batch(tmp_path / "one.pdf")
    assert counts(stats.EXPORT) == {"": 1}


def test_statistics_page_charts_range_and_csv(qtbot, window: MainWindow, tmp_path: Path) -> None:
    store = window.stats.store
    day = dt.date.today()
    for query, hits in (("锂电", 4), ("锂电", 4), ("火星", 0), ("火星", 0), ("一次", 0)):
        store.search(query, hits, day=day)
    article = window.library.issues[0].articles[0]
    store.article_opened(article.id, article.section, day=day)
    store.search("旧的", 0, day=day - dt.timedelta(days=100))
    store.search("旧的", 0, day=day - dt.timedelta(days=100))
    page = window.room.open_statistics()
    assert isinstance(page, StatsPage)
    qtbot.addWidget(page)
    assert page.windowTitle() == "阅览室统计"
    assert len(page.days_chart.days) == 30  # every day of the range, empty ones too
    assert page.days_chart.days[-1] == (day.isoformat(), 5, 3)
    assert page.zero_chart.rows == [("火星", 2)]  # "一次" was asked once: not shown
    assert page.articles_chart.rows == [(article.title, 1)]
    assert page.sections_chart.rows == [(article.section, 1)]
    assert "检索：5（无结果：3）" in page.summary.text()
    page.set_range(day - dt.timedelta(days=120), day - dt.timedelta(days=90))
    assert page.zero_chart.rows == [("旧的", 2)]
    out = tmp_path / "s.csv"
    page.export_csv(out)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["day", *stats.DAILY_KINDS]
    assert ["zero_hit_query", "count"] in rows and ["旧的", "2"] in rows
    page.grab()  # paints the charts once


def test_reading_list_model_passes_the_tester() -> None:
    library = open_library()
    reading_list = rl.ReadingList("x")
    model = ReadingListModel(lambda _id: None)
    QAbstractItemModelTester(model, FAIL)
    model.set_list(reading_list)
    for article in library.issues[0].articles[:4]:
        model.add(article.id, article.title)
    model.move(0, 1)
    model.move(3, -1)
    model.set_note(1, "推荐")
    model.remove(2)
    assert model.rowCount() == 3
    assert "推荐" in model.index(1, 0).data()


def test_staff_build_a_reading_list_in_the_tab(qtbot, window: MainWindow) -> None:
    panel = window.reading_lists
    assert window.tabs.tabText(window.tabs.indexOf(panel)) == "书单"
    window.actions_["show_reading_lists"].trigger()
    assert window.tabs.currentWidget() is panel
    created = panel.new_list("自贸区专题")
    assert created is not None and panel.current.name == "自贸区专题"
    articles = window.library.issues[0].articles
    for article in articles[:3]:
        window.open_article(article.id)
        panel.refresh_buttons()
        assert panel.buttons["add"].isEnabled()
        panel.add_current()
    assert not panel.add_article(articles[0].id)  # once only
    panel.view.setCurrentIndex(panel.model.index(2, 0))
    panel.move_current(-1)
    panel.note.setText("先读这篇")
    panel.note.editingFinished.emit()
    saved = rl.ListStore.user(app_dirs()).get("自贸区专题")
    assert saved.ids() == [articles[0].id, articles[2].id, articles[1].id]
    assert saved.items[1].note == "先读这篇"
    panel.view.activated.emit(panel.model.index(0, 0))
    assert window.view.article.id == articles[0].id
    batch = window.batch.current_batch()  # the list in front is the batch
    assert [e.article.id for e in batch.entries] == saved.ids()
    panel.delete_list(confirm=False)
    assert rl.ListStore.user(app_dirs()).lists()[0] == []


def test_batch_from_tree_selection_and_search_hits(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    issue = window.library.issues[0]
    window.tabs.setCurrentIndex(0)
    page = window.library_page
    selection = page.tree.selectionModel()
    selection.clearSelection()
    first, fifth = issue.articles[0], issue.articles[4]
    for article in (fifth, first):
        index = page.proxy.mapFromSource(page.model.index_of(article.id))
        selection.select(
            index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    batch = window.batch.current_batch()
    assert [e.article.id for e in batch.entries] == [first.id, fifth.id]  # tree order
    out = tmp_path / "batch.pdf"
    printed = record_printed(monkeypatch)
    pages = window.batch.export_batch(out, batch)
    document = pypdfium2.PdfDocument(str(out))
    try:
        assert len(document) == pages >= 3
        first_page = document[0].get_textpage().get_text_range()  # 目录, not ⽬录
        assert "目录" in first_page and f"1 / {pages}" in first_page
    finally:
        document.close()
    assert first.title in " ".join(printed) and fifth.title in " ".join(printed)
    assert_text_layer(out, printed, [], "目录", "三部门", "工信部")
    search(qtbot, window, "锂电")
    window.tabs.setCurrentWidget(window.search_panel)
    hits = [h.article for h in window.search_panel.result.hits]
    assert [e.article.id for e in window.batch.current_batch().entries] == hits


def public_window(qtbot, tmp_path: Path, **policy: object) -> MainWindow:
    machine = MachinePolicy(public_mode=True, **policy)
    window = MainWindow(
        Session(machine, app_dirs(), library=open_library()), Settings(persistent=False)
    )
    qtbot.addWidget(window)
    return window


def test_public_workstation_shows_recommendations_read_only(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "published"
    library = open_library()
    published = rl.ReadingList("馆员推荐：锂电", "新到的锂电文章")
    published.add(library.issues[0].articles[0].id, note="值得一读")
    rl.write_file(published, folder / "a.json")
    rl.ListStore.user(app_dirs()).create("员工自己的")  # not on a public workstation
    window = public_window(qtbot, tmp_path, reading_lists_folder=folder)
    panel = window.reading_lists
    tab = window.tabs.indexOf(panel)
    assert window.tabs.isTabVisible(tab) and window.tabs.tabText(tab) == "馆员推荐"
    assert [r.name for r in panel.lists] == ["馆员推荐：锂电"]
    assert panel.current.read_only and panel.store is None
    for name in ("new", "delete", "add", "remove", "up", "down", "import", "export", "pdf"):
        assert panel.buttons[name].isHidden(), name
    assert panel.note.isHidden()
    assert not panel.buttons["print"].isHidden()
    assert not window.actions_["statistics"].isVisible()
    assert not window.actions_["batch_export"].isVisible()
    assert window.stats.store is None  # no statistics_folder: nothing is counted
    window.close()


def test_public_workstation_counts_in_the_machine_folder(qtbot, tmp_path: Path) -> None:
    folder, drop = tmp_path / "machine-stats", tmp_path / "drop"
    window = public_window(qtbot, tmp_path, statistics_folder=folder, statistics_drop_folder=drop)
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.reading_lists))  # no lists
    window.stats.session_started()
    window.idle_watcher.idle.emit()  # the next patron: a new session
    window.close()
    assert (folder / stats.DB_NAME).exists()
    assert not (app_dirs().data / stats.DB_NAME).exists()
    dropped = list(drop.glob("statistics-*.json"))
    assert len(dropped) == 1
    with stats.Statistics(tmp_path / "merged.sqlite3") as merged:
        merged.merge_file(dropped[0])
        assert merged.report().totals[stats.SESSION] == 2


def test_statistics_off_disables_the_page(qtbot, tmp_path: Path) -> None:
    machine = MachinePolicy(statistics=False)
    window = MainWindow(
        Session(machine, app_dirs(), library=open_library()), Settings(persistent=False)
    )
    qtbot.addWidget(window)
    assert window.stats.store is None
    assert not window.actions_["statistics"].isEnabled()
    assert window.room.open_statistics() is None
    window.close()
    assert not (app_dirs().data / stats.DB_NAME).exists()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_services_in_both_languages(make_window, language: str) -> None:
    window = make_window(wait_index=False, language=language)
    panel = window.reading_lists
    expected = {"en": ("Lists", "&Print List…"), "zh_CN": ("书单", "打印书单(&P)…")}
    tab_text, button = expected[language]
    assert window.tabs.tabText(window.tabs.indexOf(panel)) == tab_text
    assert panel.buttons["print"].text() == button
    page = window.room.open_statistics()
    titles = {"en": "Reading-Room Statistics", "zh_CN": "阅览室统计"}
    assert page.windowTitle() == titles[language]
    assert page.days_chart.empty_text and page.days_chart.accessibleName()
    page.close()


def test_single_article_export_is_counted(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader_app.gui.base import filedialogs

    target = tmp_path / "one.pdf"
    monkeypatch.setattr(filedialogs, "save_file", lambda *a, **k: (str(target), ""))
    window.open_article(window.library.issues[0].articles[0].id)
    window.export_pdf_dialog()
    assert target.exists()
    assert counts(stats.EXPORT) == {"": 1}
