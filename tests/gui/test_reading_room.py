"""Issue 13: the window as a reading room — marks, scrolling, tree and history hold up.

Every test drives the real window; where focus or scrolling matter it uses real
key events and checks the viewport's geometry.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor

from tests.gui.conftest import needs_search

SANYA = "2022-18-15c0fe"


def search_and_open(window, qtbot, query: str, row: int = 0) -> None:
    window.focus_search()
    window.search_panel.edit.setText(query)
    window.search_panel.run_now()
    qtbot.waitUntil(lambda: not window.search_panel.busy, timeout=10000)
    assert window.search_panel.model.rowCount() > row
    window.search_panel._open_row(row)
    qtbot.waitUntil(lambda: window.view.mark_count > 0, timeout=5000)


def current_mark_rect(view):
    start = view._marks[view.current_mark][0]
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    return view.cursorRect(cursor)


@needs_search
def test_marks_and_bar_survive_theme_and_language_switch(make_window, qtbot):
    window = make_window(language="en")
    search_and_open(window, qtbot, "数字")
    total = window.view.mark_count
    qtbot.keyClick(window.view, Qt.Key.Key_F3)
    assert window.view.current_mark == 1
    window.set_theme("dark")
    assert window.view.mark_count == total
    assert window.view.current_mark == 1
    assert window.find_bar.label.text() == f"2 / {total}"
    qtbot.keyClick(window.view, Qt.Key.Key_F3)
    assert window.view.current_mark == 2
    assert "Hits for" in window.find_bar.caption.text()
    window.set_language("zh_CN")
    assert window.view.mark_count == total
    assert window.view.current_mark == 2
    assert window.find_bar.label.text() == f"3 / {total}"
    assert "Hits for" not in window.find_bar.caption.text()
    assert "数字" in window.find_bar.caption.text()
    # The marks still sit on the query's text after the header changed language.
    assert set(window.view.marked_terms()) <= {"数字"}
    window.set_theme("light")
    window.set_language("en")
    assert window.view.mark_count == total
    assert "Hits for" in window.find_bar.caption.text()


@needs_search
def test_current_hit_is_scrolled_into_the_middle(make_window, qtbot):
    window = make_window()
    window.resize(1000, 600)
    seen_scrolled = 0
    for row in range(6):
        search_and_open(window, qtbot, "数字", row)
        view = window.view
        for _ in range(min(view.mark_count, 6)):
            rect = current_mark_rect(view)
            height = view.viewport().height()
            assert rect.top() >= 0 and rect.bottom() <= height, (row, rect, height)
            if (
                view.verticalScrollBar().value() > 0
                and view.verticalScrollBar().value() < view.verticalScrollBar().maximum()
            ):
                seen_scrolled += 1
                assert height * 0.3 <= rect.center().y() <= height * 0.7, (row, rect, height)
            qtbot.keyClick(view, Qt.Key.Key_F3)
    assert seen_scrolled > 0


def highlighted_rows(tree) -> list[str]:
    return [i.data() for i in tree.selectionModel().selectedRows(0)]


class Paints(QObject):
    """Counts the paint events a widget gets: a stale highlight gets none."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_tree_follows_previous_next_and_go_to_page(window, qtbot):
    window.tabs.setCurrentIndex(0)
    window.open_article(SANYA)
    paints = Paints(window.tree.viewport())
    qtbot.wait(50)
    steps = [
        lambda: qtbot.keyClick(
            window.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
        ),
        lambda: qtbot.keyClick(
            window.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
        ),
        lambda: qtbot.keyClick(window.view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier),
        lambda: window.go_to("2022-18", 9),
        lambda: window.go_to("2022-18", 11),
    ]
    for step in steps:
        window.view.setFocus()
        before, shown = paints.count, window.view.article.id
        step()
        assert window.view.article.id != shown
        title = window.view.article.title
        assert highlighted_rows(window.tree) == [title]
        rect = window.tree.visualRect(window.tree.currentIndex())
        assert window.tree.viewport().rect().contains(rect.center())
        # The tree repaints its highlight: the row painted selected is the article shown.
        qtbot.waitUntil(lambda b=before: paints.count > b, timeout=2000)


@needs_search
def test_back_returns_to_the_same_place_with_the_same_marks(make_window, qtbot):
    window = make_window()
    window.resize(1000, 600)
    search_and_open(window, qtbot, "数字")
    view = window.view
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_F3)
    article, total, current = view.article.id, view.mark_count, view.current_mark
    scroll = view.verticalScrollBar().value()
    window.open_article(SANYA)
    assert view.mark_count == 0
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.article.id == article
    assert (view.mark_count, view.current_mark) == (total, current)
    assert view.verticalScrollBar().value() == scroll
    assert window.find_bar.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.article.id == SANYA
    assert view.mark_count == 0
