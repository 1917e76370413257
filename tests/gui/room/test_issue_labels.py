"""Issues named as readers name them: the issue facet and the statistics page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader_app.gui.room.statspage import StatsPage
from reader_app.gui.shell.mainwindow import MainWindow
from tests.conftest import SEED
from tests.fixtures.compose import compose_issue


def _second_issue(window: MainWindow, tmp_path: Path) -> str:
    raw = tmp_path / "raw1.txt"
    raw.write_bytes(compose_issue(SEED, 1)[0])
    result = window.library.import_file(raw)
    window.changes.imported()
    return result.issue.id


def test_issue_facet_shows_issue_labels(window: MainWindow, qtbot, tmp_path: Path) -> None:
    second = _second_issue(window, tmp_path)
    qtbot.waitUntil(lambda: window.index_ready, timeout=30000)
    panel = window.search_panel
    panel.edit.setText("锂电")
    panel.run_now()
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.query == "锂电")
    combo = panel.combos["issue"]
    texts = {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}
    first = window.library.issue("2022-18")
    assert texts["2022-18"].startswith("2022年总第十八期 (")
    other = window.library.issue(second)
    assert second in texts and texts[second].startswith(f"{other.year}年{other.label} (")
    assert not any(t.startswith(("2022-18", second)) for t in texts.values())
    assert first.label != other.label

    panel.filter_to_issue("2019-01")  # an issue the library lacks
    assert combo.currentText() == "2019-01 (0)"  # not in the library: its id is all there is


def test_statistics_tell_the_same_title_in_two_issues_apart(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    second = _second_issue(window, tmp_path)
    first, other = window.library.issue("2022-18"), window.library.issue(second)
    titles = {a.title: a for a in first.articles}
    twin = next(a for a in other.articles if a.title in titles)
    store, day = window.stats.store, dt.date.today()
    for article in (titles[twin.title], twin, first.articles[-1]):
        store.article_opened(article.id, article.section, day=day)
    page = window.room.open_statistics()
    assert isinstance(page, StatsPage)
    qtbot.addWidget(page)
    rows = [title for title, _n in page.articles_chart.rows]
    assert len(rows) == len(set(rows)) == 3
    assert f"{twin.title}（2022年总第十八期）" in rows
    assert f"{twin.title}（{other.year}年{other.label}）" in rows
    assert first.articles[-1].title in rows  # a title seen once stays as it is
