"""Issue 26: a hit's snippet, the opened article, the hit counter and the page view agree.

Driven through the real window and a real index: the hit row's snippet marks, the pane's
marks, the find bar's "1 / N" and the printed-page view's terms, for exact, expanded, in
pieces, Latin and number queries; and the panel says when a word was found in pieces.
"""

from __future__ import annotations

import pytest

QUERIES = ("锂电池", "PM2.5", "5G", "OLED", "自贸区", "双碳", "跨境电商")


def _search(window, qtbot, text: str):
    window.actions_["search"].trigger()
    panel = window.search_panel
    panel.edit.setText(text)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.query == text, timeout=10000)
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)
    return panel


@pytest.mark.parametrize("query", QUERIES)
def test_snippet_article_counter_and_page_view_agree(window, qtbot, query: str) -> None:
    panel = _search(window, qtbot, query)
    hits = [h for h in panel.result.hits[:4] if h.pending is None]  # snippets made
    assert hits
    for hit in hits:
        panel.hitActivated.emit(hit.article, query)  # what Enter or a double click emits
        assert window.view.article is not None and window.view.article.id == hit.article
        marked = window.view.marked_terms()
        snippet = {hit.snippet_text[a:b] for a, b in hit.snippet_spans}
        assert snippet <= set(marked), (query, hit.title, snippet, marked)
        total = window.view.mark_count
        assert total > 0
        assert window.find_bar.label.text() == f"1 / {total}"
        assert set(window.original.terms) == set(marked)  # the page view looks for these


def test_expansion_marked_in_the_snippet_is_counted_in_the_article(window, qtbot) -> None:
    panel = _search(window, qtbot, "PM2.5")
    hit = panel.result.hits[0]
    panel.hitActivated.emit(hit.article, "PM2.5")
    assert {"PM2.5", "细颗粒物"} <= set(window.view.marked_terms())
    assert window.view.mark_count >= 2  # it once said 1/1


def test_the_panel_says_a_word_was_found_in_pieces(make_window, qtbot) -> None:
    window = make_window(language="zh_CN")
    panel = _search(window, qtbot, "锂电池")
    assert panel.message.isVisible()
    assert "没有文章包含「锂电池」，找到包含「锂电」、「电池」的文章" in panel.message.text()
    panel = _search(window, qtbot, "跨境电商")
    assert not panel.message.isVisible()  # found whole: nothing to explain
    panel = _search(window, qtbot, "锂电池")
    window.set_language("en")
    assert "found articles containing “锂电”, “电池”" in panel.message.text()
