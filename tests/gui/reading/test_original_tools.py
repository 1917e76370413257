"""The page view's toolbar in the real window (issue 26, CAJViewer's habits): the
page-number box, fit width / fit page, the strip of thumbnails (hidden and remembered),
reading on through the issue from the article's first page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader_app.gui.shell.mainwindow import MainWindow
from tests.fixtures.pdfpages import ONE_PAGE, TWO_PAGES, digest_pdf, import_pdf


@pytest.fixture(scope="module")
def digest(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return digest_pdf(tmp_path_factory.mktemp("digest"))


@pytest.fixture
def pdf_library(digest: Path, app_home: Path) -> Path:
    return import_pdf(digest)


def _shown(window: MainWindow, qtbot, page: int) -> None:
    view = window.original
    qtbot.waitUntil(
        lambda: not view.busy and view.current_pdf_page == page and not view.canvas.image.isNull(),
        timeout=15000,
    )


def test_the_page_box_goes_to_a_printed_page_and_follows_the_pages(
    pdf_library, window, qtbot
) -> None:
    window.open_article(TWO_PAGES)  # PDF pages 4-5, printed 1-2
    window.set_original_view(True)
    _shown(window, qtbot, 4)
    view = window.original
    issue = view.issue
    last = max(p.printed for p in issue.pages if p.printed is not None)
    assert view.page_prefix.text() == "第" and view.page_box.text() == "1"
    assert view.page_total.text() == f"页 / 共 {last} 页"
    view.page_box.setFocus()
    view.page_box.selectAll()
    qtbot.keyClicks(view.page_box, "3")
    qtbot.keyClick(view.page_box, Qt.Key.Key_Return)
    _shown(window, qtbot, issue.pdf_page_for_printed(3))
    assert view.page_box.text() == "3" and view.page_scroll.hasFocus()
    view.turn(-1)  # the box follows the page shown
    _shown(window, qtbot, issue.pdf_page_for_printed(2))
    assert view.page_box.text() == "2"
    view.page_box.setFocus()
    view.page_box.selectAll()
    qtbot.keyClicks(view.page_box, str(last + 50))
    qtbot.keyClick(view.page_box, Qt.Key.Key_Return)
    assert view.current_pdf_page == issue.pdf_page_for_printed(2)  # stays
    assert window.status_label.text() == f"本期没有第 {last + 50} 页。"
    assert view.page_box.text() == "2"


def test_fit_width_and_fit_page(pdf_library, window, qtbot) -> None:
    window.resize(1200, 800)
    window.open_article(ONE_PAGE)
    window.set_original_view(True)
    _shown(window, qtbot, 4)
    view = window.original
    port = view.page_scroll.viewport()
    qtbot.mouseClick(view.fit_width_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not view.busy and abs(view.canvas.width() - port.width()) < 40, timeout=15000
    )
    assert view.fit == "width" and view.fit_width_button.isChecked()
    assert view.canvas.width() <= port.width()
    assert view.page_scroll.horizontalScrollBar().maximum() == 0
    wide = view.zoom
    qtbot.mouseClick(view.fit_page_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not view.busy and view.canvas.height() <= port.height() + 1, timeout=15000
    )
    assert view.fit == "page" and not view.fit_width_button.isChecked()
    assert view.zoom < wide and abs(view.canvas.height() - port.height()) < 40
    assert view.page_scroll.verticalScrollBar().maximum() == 0  # all of the page in sight
    window.actions_["zoom_in"].trigger()  # a zoom asked for ends fitting
    assert view.fit is None and not view.fit_page_button.isChecked()


def test_thumbnails_go_to_their_page_and_hide_for_good(pdf_library, make_window, qtbot) -> None:
    window = make_window()
    window.open_article(ONE_PAGE)
    window.set_original_view(True)
    _shown(window, qtbot, 4)
    view, strip = window.original, window.original.strip
    assert strip.isVisible() and view.thumbs_button.isChecked()
    assert strip.count() == len(view.issue.pages)  # every page of the issue
    assert strip.currentRow() == 3  # the page shown
    qtbot.waitUntil(lambda: 4 in strip.drawn(), timeout=15000)
    assert len(strip.drawn()) < strip.count()  # only those in sight are drawn
    item = strip.item(5)  # PDF page 6
    strip.scrollToItem(item)
    qtbot.mouseClick(
        strip.viewport(), Qt.MouseButton.LeftButton, pos=strip.visualItemRect(item).center()
    )
    _shown(window, qtbot, 6)
    assert strip.currentRow() == 5
    qtbot.waitUntil(lambda: 6 in strip.drawn(), timeout=15000)
    qtbot.mouseClick(view.thumbs_button, Qt.MouseButton.LeftButton)
    assert not strip.isVisible() and window.settings.page_thumbnails is False
    again = make_window()  # the next start remembers it
    again.open_article(ONE_PAGE)
    again.set_original_view(True)
    assert not again.original.strip.isVisible() and not again.original.thumbs_button.isChecked()
