"""Related articles under the reading pane, in the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_related_row_shown_and_click_opens(window, qtbot):
    bar = window.related_bar
    assert window.open_article("2022-18-171648")  # 33地获批新设跨境电商综合试验区
    qtbot.waitUntil(lambda: bar.isVisible() and bool(bar.buttons), timeout=10000)
    assert 1 <= len(bar.buttons) <= 5
    assert all("跨境电商" in b.text() or "," in b.text() or "、" in b.text() for b in bar.buttons)
    first = bar.rows[0]
    qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)
    assert window.view.article.id == first.article
    assert bar.article in (None, first.article)


def test_related_row_hidden_when_nothing_is_close(window, qtbot):
    bar = window.related_bar
    assert window.open_article("2022-18-171648")
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=10000)
    assert window.open_article("2022-18-d4d2da")  # 个人养老金: nothing on its subject
    window.search_pool.waitForDone()
    qtbot.wait(50)
    assert not bar.isVisible() and bar.buttons == []
    window.open_issue("2022-18")
    assert not bar.isVisible()
