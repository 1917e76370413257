"""A huge hand-edited article: search, open and hit marking stay bounded in the window."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt

from reader_app.core.search.highlight import MAX_SPANS
from tests.hostileutil import make_huge_article


def test_huge_article_search_open_and_marks_are_bounded(bundled_copy, make_window, qtbot):
    article_id = make_huge_article(bundled_copy)  # ~90,000 sentences, each with a hit
    window = make_window()
    panel = window.search_panel
    panel.edit.setText("跨境")  # searched off the GUI thread, as the patron types
    qtbot.waitUntil(
        lambda: panel.result is not None and panel.result.query == "跨境", timeout=60000
    )
    assert any(hit.article == article_id for hit in panel.result.hits)
    started = time.perf_counter()
    window.open_hit(article_id, "跨境")
    print(f"open + mark: {time.perf_counter() - started:.2f} s")  # a figure, not an assertion
    # Every hit repainted on each F3 once took minutes: marks stop at a bound.
    assert 0 < window.view.mark_count <= MAX_SPANS
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.find_bar.label.text() == f"2 / {window.view.mark_count}"
    # The find bar's own search (one character, ~180,000 occurrences) is bounded too.
    assert 0 < window.view.find_text("跨") <= MAX_SPANS
