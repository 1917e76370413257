"""The trend chart above the search results, in the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader_app.core.app.searchservice import SearchService
from reader_app.core.app.session import open_library
from reader_app.core.machine.policy import Policy
from reader_app.gui.search.searchpanel import SearchPanel
from tests.conftest import SEED
from tests.fixtures.compose import compose_issue


@pytest.fixture
def two_issues(tmp_path: Path, app_home: Path) -> None:
    raw = tmp_path / "composed.txt"
    raw.write_bytes(compose_issue(SEED, 401)[0])
    open_library().import_file(raw, replace=True)


def _search(window, qtbot, text: str):
    window.actions_["search"].trigger()
    panel = window.search_panel
    panel.edit.setText(text)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.query == text, timeout=10000)
    qtbot.waitUntil(lambda: bool(panel.trend_chart.rows), timeout=10000)
    assert panel.trend_chart.isVisible()
    return panel


def test_chart_bars_and_click_filters_results_to_the_issue(two_issues, make_window, qtbot):
    window = make_window()
    assert len(window.library.issues) == 2
    panel = _search(window, qtbot, "跨境")
    chart = panel.trend_chart
    assert [row.issue for row in chart.rows] == [i.id for i in window.library.issues]
    facet = panel.result.facets["issue"]
    assert {row.issue: row.matches for row in chart.rows} == {
        i.id: facet.get(i.id, 0) for i in window.library.issues
    }
    assert "2022-18" in chart.accessibleDescription()
    target = next(i for i, row in enumerate(chart.rows) if row.issue != "2022-18" and row.matches)
    issue, matches = chart.rows[target].issue, chart.rows[target].matches
    centre = chart.bar_rect(target).center().toPoint()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: panel.combos["issue"].currentData() == issue, timeout=5000)
    qtbot.waitUntil(
        lambda: panel.result.hits and all(h.issue == issue for h in panel.result.hits),
        timeout=10000,
    )
    assert panel.result.total == matches
    qtbot.waitUntil(lambda: chart.chosen == issue, timeout=10000)  # the bar chosen, coloured


def test_switch_hides_the_chart(window, qtbot):
    panel = _search(window, qtbot, "跨境")
    panel.show_trend.setChecked(False)
    assert not panel.trend_chart.isVisible()
    panel.show_trend.setChecked(True)
    qtbot.waitUntil(lambda: panel.trend_chart.isVisible() and bool(panel.trend_chart.rows))


def test_public_mode_has_the_chart_off_by_default(qtbot):
    library = open_library()
    staff = SearchPanel(SearchService(library, Policy()), None)
    public = SearchPanel(SearchService(library, Policy(public_mode=True)), None)
    qtbot.addWidget(staff)
    qtbot.addWidget(public)
    assert staff.show_trend.isChecked()
    assert not public.show_trend.isChecked()
    public.show_trend.setChecked(True)
    public.reset()  # the next patron gets the default again
    assert not public.show_trend.isChecked()
