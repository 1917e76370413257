"""Search in the real window: results as you type, facets, Enter, marked hits, F3."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import Qt

from tests.conftest import REPO


def _search(window, qtbot, text: str):
    window.actions_["search"].trigger()
    panel = window.search_panel
    panel.edit.setText(text)  # debounced search as you type
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.query == text, timeout=10000)
    return panel


def test_results_facets_enter_and_marked_hits(window, qtbot):
    panel = _search(window, qtbot, "跨境电商")
    assert panel.result.total == panel.model.rowCount() >= 3
    assert str(panel.result.total) in panel.count.text()  # 找到 4 条结果
    sections = [panel.combos["section"].itemText(i) for i in range(panel.combos["section"].count())]
    assert any(s.startswith("国研专稿 (") for s in sections)
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)  # Enter opens the top hit
    top = panel.model.hit(0)
    assert window.view.article.id == top.article
    total = window.view.mark_count
    assert total >= 3
    assert window.find_bar.label.text() == f"1 / {total}"
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.find_bar.label.text() == f"2 / {total}"
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.label.text() == f"1 / {total}"


def test_facet_filter_and_sort_rerun_search(window, qtbot):
    panel = _search(window, qtbot, "跨境电商")
    before = panel.result.total
    combo = panel.combos["section"]
    combo.setCurrentIndex(combo.findData("热点关注"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: panel.result.total < before, timeout=10000)
    assert all(h.section == "热点关注" for h in panel.result.hits)
    panel.sort.setCurrentIndex(panel.sort.findData("date"))
    panel.sort.activated.emit(panel.sort.currentIndex())
    qtbot.waitUntil(lambda: panel.result.sort == "date", timeout=10000)


def test_keyboard_moves_from_field_to_list(window, qtbot):
    panel = _search(window, qtbot, "锂电池")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Down)
    assert panel.view.hasFocus() or panel.view.currentIndex().row() == 0
    opened = []
    panel.hitActivated.connect(lambda article, q: opened.append(article))
    panel.view.activated.emit(panel.view.currentIndex())
    assert opened == [panel.model.hit(0).article]


def test_no_hits_explains_and_suggests(window, qtbot):
    panel = _search(window, qtbot, "量子引力弦论")
    assert panel.result.total == 0
    assert not panel.message.isHidden()
    assert "量子引力弦论" in panel.message.text()
    assert panel.result.suggestions  # keys from the core, phrased by the window:
    assert "试试更短的词，例如「量子」或「弦论」" in panel.message.text()
    assert "「量子引力弦论」" in panel.message.text()


def test_smoke_test_command_line(app_home):
    env = dict(os.environ, READER_APP_HOME=str(app_home), PYTHONPATH=str(REPO))
    run = subprocess.run(
        [sys.executable, "-m", "reader_app", "--smoke-test", "跨境电商"],
        capture_output=True, text=True, env=env, timeout=120, cwd=REPO,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    line = json.loads(run.stdout.strip().splitlines()[-1])
    assert line["articles"] == 66 and line["hits"] >= 3 and line["highlights"] > 0
    assert "跨境电商" in line["opened"]
    version = subprocess.run(
        [sys.executable, "-m", "reader_app", "--version"], capture_output=True, text=True, env=env
    )
    assert version.returncode == 0 and "reader-app" in version.stdout


def test_enter_during_a_failed_search_does_not_open_the_next_querys_hit(window, qtbot, monkeypatch):
    """Enter while a search runs opens its top hit only if that very search answers."""
    panel = window.search_panel
    real = window.search.search

    def failing(query, **kwargs):
        if query == "会失败":
            raise RuntimeError("index unreadable")
        return real(query, **kwargs)

    monkeypatch.setattr(window.search, "search", failing)
    window.actions_["search"].trigger()
    panel.edit.setText("会失败")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)  # the search is still pending
    qtbot.waitUntil(lambda: not panel.busy and not panel.timer.isActive(), timeout=10000)
    assert panel.count.text()  # the failure is reported
    opened = window.view.article
    panel.edit.setText("跨境电商")  # an unrelated query, no Enter
    qtbot.waitUntil(
        lambda: panel.result is not None and panel.result.query == "跨境电商", timeout=10000
    )
    qtbot.wait(50)
    assert window.view.article is opened


def test_rows_beyond_the_first_page_make_their_snippets_when_scrolled_to(window, qtbot):
    from reader_app.core.app.searchservice import FIRST_PAGE

    panel = window.search_panel
    window.focus_search()  # the search tab shown
    panel.edit.setText("发展")
    panel.run_now()
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)
    model = panel.model
    rows = model.rowCount()
    assert rows > FIRST_PAGE + 10
    first, last = model.hit(0), model.hit(rows - 1)
    assert first.pending is None and "发展" in first.snippet_text  # made with the search
    assert last.pending is not None and last.snippet_text == ""  # not shown yet
    panel.view.scrollToBottom()
    qtbot.waitUntil(lambda: last.pending is None, timeout=5000)
    assert any(last.snippet_text[a:b] == "发展" for a, b in last.snippet_spans)
    # the shown row is redrawn with its snippet; a row never shown was never made
    assert "发展" in model.index(rows - 1).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert model.hit(FIRST_PAGE + 2).pending is not None


def test_a_search_makes_the_snippets_of_the_rows_in_view_only(window, qtbot, monkeypatch):
    """Once the list has rows (their height known), a search asks for as many snippets as
    the list shows; the first search, before any row, asks for FIRST_PAGE."""
    from reader_app.core.app.searchservice import FIRST_PAGE

    panel = window.search_panel
    asked: list[int] = []
    real = window.search.search

    def recording(query, **kwargs):
        asked.append(kwargs["snippets"])
        return real(query, **kwargs)

    monkeypatch.setattr(window.search, "search", recording)
    window.focus_search()
    for query in ("发展", "创新"):
        panel.edit.setText(query)
        panel.run_now()
        qtbot.waitUntil(lambda q=query: panel.result is not None and panel.result.query == q)
    view = panel.view
    in_view = view.viewport().height() // view.sizeHintForRow(0) + 1
    assert asked == [FIRST_PAGE, in_view] and in_view < FIRST_PAGE
    rect = view.viewport().rect()
    rows = range(panel.model.rowCount())
    assert sum(view.visualRect(panel.model.index(r)).intersects(rect) for r in rows) <= in_view


def test_no_hits_offer_the_near_miss_as_a_link(window, qtbot):
    """自区 finds nothing; 您是不是要找：自贸区 is a link that searches for it (issue 26)."""
    panel = _search(window, qtbot, "自区")
    assert panel.result.total == 0 and "自贸区" in panel.near
    assert not panel.message.isHidden()
    text = panel.message.text()
    assert "您是不是要找：" in text
    number = panel.near.index("自贸区")
    assert f'<a href="near:{number}">自贸区</a>' in text
    panel.message.linkActivated.emit(f"near:{number}")
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy, timeout=30_000)
    assert panel.edit.text() == "自贸区"
    assert panel.result.total > 0 and panel.message.isHidden()
    panel.message.linkActivated.emit("near:99")  # a stale link does nothing
    assert panel.edit.text() == "自贸区"


def test_no_near_miss_line_for_nonsense(window, qtbot):
    panel = _search(window, qtbot, "嗯呃")
    assert panel.result.total == 0 and panel.near == []
    assert "您是不是要找" not in panel.message.text()
