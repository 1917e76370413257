"""Selecting and copying text on the printed page (F4), with real mouse and key events."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from reader_app.core.importer.pagecopy import PrintedText
from reader_app.core.library.bundle import read_bundle
from reader_app.core.services.citation import citation
from reader_app.gui.shell.mainwindow import MainWindow
from tests.fixtures.pdfpages import ONE_PAGE, digest_pdf, import_pdf


@pytest.fixture(scope="module")
def digest(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return digest_pdf(tmp_path_factory.mktemp("digest"))


@pytest.fixture
def pdf_library(digest: Path, app_home: Path) -> Path:
    """The digest PDF imported by the real importer (before the window reads the library)."""
    return import_pdf(digest)


@pytest.fixture
def shown(pdf_library: Path, window: MainWindow, qtbot):
    """ONE_PAGE's printed page shown in the page view; (window, article, issue)."""
    issue = read_bundle(pdf_library)
    article = next(a for a in issue.articles if a.id == ONE_PAGE)
    assert window.open_article(ONE_PAGE)
    window.set_original_view(True)
    view = window.original
    qtbot.waitUntil(lambda: not view.busy and view.canvas.layer is not None, timeout=20000)
    QGuiApplication.clipboard().setText("before")
    return window, article, issue


def _text(view, n: int) -> str:
    """Line ``n`` as the import reads it (the text layer may hold ⼯ for 工)."""
    layer = view.canvas.layer
    line = layer.lines[n]
    return PrintedText(layer, frozenset()).copy(line.start, line.end)


def _lines(view, text: str) -> tuple[int, int]:
    """The first and last line ``text`` (a title, maybe set on two lines) stands on."""
    layer = view.canvas.layer
    first = next(n for n in range(len(layer.lines)) if text.startswith(_text(view, n)))
    last = first
    while not text.endswith(_text(view, last)):
        last += 1
    return first, last


def _select_title(view, title: str) -> None:
    n, m = _lines(view, title)
    _drag(view.canvas, _point(view, n, 0.0) - QPoint(3, 0), _point(view, m, 1.0) + QPoint(3, 0))


def _point(view, n: int, x_share: float) -> QPoint:
    """A point on line ``n``, ``x_share`` of the way along it (widget pixels)."""
    box = view.canvas.layer.lines[n].box
    k = view.canvas.points_to_pixels
    x = box.x0 + (box.x1 - box.x0) * x_share
    return QPoint(round(x * k), round((box.y0 + box.y1) / 2 * k))


def _drag(canvas, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(canvas, (start + end) / 2)
    QTest.mouseMove(canvas, end)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _ctrl(view, key: Qt.Key) -> None:
    QTest.keyClick(view.page_scroll, key, Qt.KeyboardModifier.ControlModifier)


def test_drag_selects_shows_the_selection_and_ctrl_c_copies_it(shown, qtbot) -> None:
    window, article, _ = shown
    view = window.original
    n, m = _lines(view, article.title)
    _select_title(view, article.title)
    rects = view.canvas.selection_rects()
    assert len(rects) == m - n + 1
    image = view.canvas.grab().toImage()
    centre = rects[0].center().toPoint()
    pixel = image.pixelColor(centre.x() + 1, rects[0].top().__int__() + 1)
    assert pixel.blue() > pixel.red() + 30  # the selection's tint over the white paper
    _ctrl(view, Qt.Key.Key_C)
    assert QGuiApplication.clipboard().text() == article.title


def test_drag_over_a_line_end_joins_the_lines_as_the_import_does(shown, qtbot) -> None:
    window, article, _ = shown
    view = window.original
    layer = view.canvas.layer
    first = article.body.split("\n\n")[0]
    n = next(i for i in range(len(layer.lines)) if first.startswith(_text(view, i)[:8]))
    assert _text(view, n) != first  # the paragraph runs over more than one line
    _drag(view.canvas, _point(view, n, 0.0) - QPoint(3, 0), _point(view, n + 1, 1.0) + QPoint(3, 0))
    _ctrl(view, Qt.Key.Key_C)
    copied = QGuiApplication.clipboard().text()
    assert "\n" not in copied and len(copied) > len(_text(view, n))
    assert first.startswith(copied)


def test_double_click_selects_a_word(shown, qtbot) -> None:
    window, _article, _ = shown
    view = window.original
    layer = view.canvas.layer
    n = next(i for i in range(len(layer.lines)) if "2022-11-21" in layer.line_text(i))
    text = layer.line_text(n)
    line = layer.lines[n]
    box = layer.chars[line.start + text.index("2022-11-21") + 6].box  # the "1" of the month
    k = view.canvas.points_to_pixels
    at = QPoint(round((box.x0 + box.x1) / 2 * k), round((box.y0 + box.y1) / 2 * k))
    QTest.mouseDClick(view.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    _ctrl(view, Qt.Key.Key_C)
    assert QGuiApplication.clipboard().text() == "2022-11-21"


def test_shift_right_after_a_click_extends_the_selection(shown, qtbot) -> None:
    window, article, _ = shown
    view = window.original
    n, _ = _lines(view, article.title)
    start = _point(view, n, 0.0) - QPoint(3, 0)
    QTest.mouseClick(view.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    view.page_scroll.setFocus()
    for _ in range(3):
        QTest.keyClick(view.page_scroll, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    _ctrl(view, Qt.Key.Key_C)
    assert QGuiApplication.clipboard().text() == article.title[:3]
    QTest.keyClick(view.page_scroll, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    _ctrl(view, Qt.Key.Key_C)
    longer = QGuiApplication.clipboard().text()
    assert len(longer) > 3 and longer.replace("\n", "").startswith(article.title[:3])


def test_ctrl_a_selects_the_page_without_its_running_header(shown, qtbot) -> None:
    window, article, issue = shown
    view = window.original
    _ctrl(view, Qt.Key.Key_A)
    assert view.canvas.selection == (0, len(view.canvas.layer.chars))
    _ctrl(view, Qt.Key.Key_C)
    lines = QGuiApplication.clipboard().text().split("\n")
    assert article.title in lines
    assert issue.title not in lines  # "信息摘编", the running header
    assert not any(line.strip("-— ").isdigit() for line in lines)  # nor the page number
    body = [p for p in article.body.split("\n\n") if p and not p.startswith(("#", "|"))]
    assert body[0].strip() in lines


def test_copy_with_citation_adds_the_reference_and_the_printed_page(shown, qtbot) -> None:
    window, article, issue = shown
    view = window.original
    _select_title(view, article.title)
    assert view.copy_with_citation()
    copied = QGuiApplication.clipboard().text()
    reference = citation(article, issue, window.settings.citation_style)
    assert copied == f"{article.title}\n\n{reference} 第{issue.printed_page(4)}页"
    assert "复制" in window.status_label.text() or "Copied" in window.status_label.text()


def test_nothing_selected_leaves_the_clipboard_alone(shown, qtbot) -> None:
    window, _, _ = shown
    view = window.original
    _ctrl(view, Qt.Key.Key_C)
    assert QGuiApplication.clipboard().text() == "before"
    assert not view.copy_with_citation()
