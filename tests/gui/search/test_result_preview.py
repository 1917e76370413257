"""A single click or the arrow keys show a result in the pane; Enter opens it as before."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader_app.gui.search.searchpanel import PREVIEW_MS


def _search(window, qtbot, text: str):
    window.actions_["search"].trigger()
    panel = window.search_panel
    panel.edit.setText(text)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.query == text, timeout=10000)
    return panel


def test_a_click_previews_the_result(window, qtbot) -> None:
    panel = _search(window, qtbot, "跨境电商")
    assert panel.model.rowCount() >= 3
    second = panel.model.index(1, 0)
    rect = panel.view.visualRect(second)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wanted = panel.model.hit(1).article
    qtbot.waitUntil(lambda: window.view.article is not None and window.view.article.id == wanted)
    assert window.view.mark_count >= 1  # the hits are marked as after Enter
    assert window.tabs.currentWidget() is panel  # the results stay in front
    assert not window.view.hasFocus()


def test_arrow_keys_preview_once_the_keys_rest(window, qtbot) -> None:
    panel = _search(window, qtbot, "跨境电商")
    previewed: list[str] = []
    opened: list[str] = []
    panel.hitPreviewed.connect(lambda article, _q: previewed.append(article))
    panel.hitActivated.connect(lambda article, _q: opened.append(article))
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.wait(PREVIEW_MS * 3)
    previewed.clear()
    for _ in range(3):  # fast scrolling: no article loaded on the way
        qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    assert previewed == []
    qtbot.waitUntil(lambda: previewed != [])
    qtbot.wait(PREVIEW_MS * 3)
    assert previewed == [panel.model.hit(3).article]
    assert window.view.article.id == panel.model.hit(3).article

    qtbot.keyClick(panel.view, Qt.Key.Key_Up)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)  # Enter: opened at once, as today
    assert opened == [panel.model.hit(2).article]
    assert window.view.article.id == panel.model.hit(2).article
    qtbot.wait(PREVIEW_MS * 3)
    assert previewed == [panel.model.hit(3).article]  # no second load after Enter
