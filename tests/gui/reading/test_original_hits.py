"""Hits on the printed pages in the real window (issue 26): F4 opens on the page of the
first hit, F3 / Shift+F3 carry the view to the hit they count, across pages, and the
current hit is drawn apart (another colour and an outline)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from reader_app.core.machine.paths import app_dirs
from reader_app.core.text.markup import plain_markdown
from reader_app.gui.shell.mainwindow import MainWindow
from tests.fixtures.pdfpages import FIRST, write_pdf_issue

CJK = re.compile(r"[\u4e00-\u9fff]{4}")


@pytest.fixture
def mapped_library(qapp, app_home: Path, tmp_path: Path) -> Path:
    """Issue 2022-18 with a PDF: a cover, FIRST over PDF pages 2-3 (printed 1-2)."""
    return write_pdf_issue(app_dirs().user_issues, tmp_path / "scratch")


def _words(window: MainWindow) -> tuple[str, str]:
    """A word printed only on FIRST's second page (PDF 3), and one only on its first."""
    article = window.library.issue("2022-18").article(FIRST)
    body = plain_markdown(article.body).replace("\n", "")
    first_page, second_page = article.title + body[:200], body[200:400]
    only_second = next(
        w for i in range(len(second_page)) if (m := CJK.match(second_page, i))
        for w in [m.group()] if w not in first_page and body.count(w) == 1
    )  # fmt: skip
    only_first = next(
        w for i in range(len(body[:200])) if (m := CJK.match(body[:200], i))
        for w in [m.group()] if w not in second_page and body.count(w) == 1
        and w not in article.title
    )  # fmt: skip
    return only_second, only_first


def _settled(window: MainWindow, qtbot, page: int) -> None:
    view = window.original
    qtbot.waitUntil(
        lambda: not view.busy and view.current_pdf_page == page and not view.canvas.image.isNull(),
        timeout=15000,
    )


def _in_view(window: MainWindow) -> bool:
    """The current hit lies inside the scroll area's viewport."""
    view = window.original
    rect = view.canvas.current_rect()
    assert rect is not None
    top_left = view.canvas.mapTo(view.page_scroll.viewport(), rect.topLeft().toPoint())
    bottom = view.canvas.mapTo(view.page_scroll.viewport(), rect.bottomRight().toPoint())
    area = view.page_scroll.viewport().rect()
    return area.contains(top_left) and area.contains(bottom)


def test_f4_opens_on_the_page_of_the_first_hit(mapped_library, window, qtbot) -> None:
    word, _ = _words(window)
    window.open_hit(FIRST, word)
    assert window.view.mark_count == 1
    window.resize(1000, 700)
    window.show()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F4)
    assert window.showing_original
    _settled(window, qtbot, 3)  # the article's second page, not its first
    view = window.original
    assert view.hits is not None and [page for page, _ in view.hits] == [3]
    assert view.canvas.current == view.hits[0][1]
    assert _in_view(window)
    assert window.find_bar.label.text() == "1 / 1"
    assert view.page_box.text() == "2"  # the printed page of PDF page 3


def test_f3_carries_the_view_to_the_hit_it_counts(mapped_library, window, qtbot) -> None:
    second, first = _words(window)
    window.open_hit(FIRST, f"{first} {second}")
    window.resize(1000, 700)
    window.show()
    window.set_original_view(True)
    _settled(window, qtbot, 2)  # the first hit is on the article's first page
    view = window.original
    assert [page for page, _ in view.hits] == [2, 3]
    assert window.find_bar.label.text() == "1 / 2"
    qtbot.keyClick(view.page_scroll, Qt.Key.Key_F3)
    _settled(window, qtbot, 3)
    assert window.find_bar.label.text() == "2 / 2"
    assert view.canvas.current == view.hits[1][1] and _in_view(window)
    qtbot.keyClick(view.page_scroll, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    _settled(window, qtbot, 2)
    assert window.find_bar.label.text() == "1 / 2"
    assert view.canvas.current == view.hits[0][1] and _in_view(window)
    qtbot.keyClick(view.page_scroll, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    _settled(window, qtbot, 3)  # before the first: round to the last, on the other page
    assert window.find_bar.label.text() == "2 / 2"
    window.set_original_view(False)  # the text view counts its own marks again
    assert window.find_bar.label.text() == f"{window.view.current_mark + 1} / 2"


def test_the_current_hit_is_drawn_apart_from_the_others(mapped_library, window, qtbot) -> None:
    second, first = _words(window)
    window.open_hit(FIRST, f"{first} {second}")
    window.show()
    window.set_original_view(True)
    _settled(window, qtbot, 2)
    view = window.original
    qtbot.keyClick(view.page_scroll, Qt.Key.Key_F3)
    qtbot.keyClick(view.page_scroll, Qt.Key.Key_F3)  # round to the first again, on page 2
    _settled(window, qtbot, 2)
    canvas = view.canvas
    current = canvas.current_rect()
    assert current is not None
    image = canvas.grab().toImage()
    ratio = image.devicePixelRatio()

    def colour(x: float, y: float) -> QColor:
        return image.pixelColor(QPoint(round(x * ratio), round(y * ratio)))

    outline = colour(current.left() - 2, current.center().y())
    assert outline.red() > 150 and outline.green() < 60 and outline.blue() < 60
    inside = colour(current.center().x(), current.top() + 1)
    assert inside.red() > 200 and inside.blue() < 150  # filled: orange over the page
    # the same place without the current mark: no red outline
    canvas.set_current(None)
    plain = canvas.grab().toImage()
    at = QPoint(round((current.left() - 2) * ratio), round(current.center().y() * ratio))
    edge = plain.pixelColor(at)
    plain_inside = plain.pixelColor(
        QPoint(round(current.center().x() * ratio), round((current.top() + 1) * ratio))
    )
    assert plain_inside.green() > inside.green() + 30  # the others: a paler yellow
    assert not (edge.red() > 150 and edge.green() < 60)
