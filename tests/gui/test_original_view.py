"""The original-page view in the real window: toggle, pages, zoom, hits, worker thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader_app.core import original
from reader_app.core.paths import app_dirs
from reader_app.gui.mainwindow import MainWindow
from tests.fixtures.pdfpages import (
    FIRST,
    ONE_PAGE,
    TWO_PAGES,
    digest_pdf,
    import_pdf,
    write_pdf_issue,
)


@pytest.fixture(scope="module")
def digest(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return digest_pdf(tmp_path_factory.mktemp("digest"))


@pytest.fixture
def pdf_library(digest: Path, app_home: Path) -> Path:
    """The digest PDF imported by the real importer into the user library (it shadows
    the bundled, text-imported 2022-18)."""
    return import_pdf(digest)


@pytest.fixture
def mapped_library(qapp, app_home: Path, tmp_path: Path) -> Path:
    """A hand-made format-2 bundle whose page map a test can shape (write_pdf_issue)."""
    return write_pdf_issue(app_dirs().user_issues, tmp_path / "scratch")


def _shown(window: MainWindow, qtbot, page: int) -> None:
    view = window.original
    qtbot.waitUntil(lambda: not view.busy and view.current_pdf_page == page, timeout=10000)
    qtbot.waitUntil(lambda: not view.canvas.image.isNull(), timeout=10000)


def test_shortcut_toggles_the_printed_pages(pdf_library, window, qtbot) -> None:
    assert window.open_article(ONE_PAGE)
    assert not window.showing_original
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F4)
    assert window.showing_original and window.actions_["original_view"].isChecked()
    _shown(window, qtbot, 4)
    assert window.original.page_label.text() == "第 1 页 · PDF 第 4 页 · 本文第 1/1 页 · 100%"
    assert "PDF" in window.original.page_label.text()
    menu = window.actions_.menus["view"].actions()
    assert window.actions_["original_view"] in menu
    window.original.text_button.click()
    assert not window.showing_original
    window.actions_["original_view"].trigger()  # Ctrl+Shift+O / F4 / View menu
    assert window.showing_original


def test_page_down_crosses_pages_and_back(pdf_library, window, qtbot) -> None:
    window.open_article(TWO_PAGES)
    window.set_original_view(True)
    _shown(window, qtbot, 4)
    scroll = window.original.page_scroll
    for _ in range(20):  # scroll to the foot of page 1, then one more turns the page
        qtbot.keyClick(scroll, Qt.Key.Key_PageDown)
        if window.original.current_pdf_page == 5:
            break
    _shown(window, qtbot, 5)
    assert window.original.index == 1
    assert "第 2 页 · PDF 第 5 页 · 本文第 2/2 页" in window.original.page_label.text()
    qtbot.keyClick(scroll, Qt.Key.Key_PageDown)  # the last page: stays
    assert window.original.current_pdf_page == 5
    for _ in range(20):
        qtbot.keyClick(scroll, Qt.Key.Key_PageUp)
        if window.original.current_pdf_page == 4:
            break
    _shown(window, qtbot, 4)
    assert not window.original.previous_button.isEnabled()
    window.original.next_button.click()
    _shown(window, qtbot, 5)


def test_zoom_keys_zoom_the_page_when_it_is_shown(pdf_library, window, qtbot) -> None:
    window.open_article(ONE_PAGE)
    window.set_original_view(True)
    _shown(window, qtbot, 4)
    width = window.original.canvas.width()
    text_zoom = window.view.zoom
    window.actions_["zoom_in"].trigger()
    window.actions_["zoom_in"].trigger()
    qtbot.waitUntil(lambda: window.original.canvas.width() > width * 1.15, timeout=10000)
    assert window.original.zoom == 120
    assert window.view.zoom == text_zoom  # the text keeps its own size
    assert "120%" in window.original.page_label.text()
    ratio = window.original.devicePixelRatioF()
    image = window.original.canvas.image
    assert image.width() == pytest.approx(window.original.canvas.width() * ratio, abs=2)


def test_search_hits_are_marked_on_the_page(pdf_library, window, qtbot) -> None:
    window.open_hit(ONE_PAGE, "工业经济")
    assert window.view.mark_count >= 2
    assert "工业经济" in window.view.marked_terms()
    window.set_original_view(True)
    qtbot.waitUntil(lambda: len(window.original.canvas.hits) >= 2, timeout=10000)
    rects = window.original.canvas.hit_rects()
    canvas = window.original.canvas
    assert all(0 <= r.left() < r.right() <= canvas.width() for r in rects)
    assert all(0 <= r.top() < r.bottom() <= canvas.height() for r in rects)
    window.find_bar.findRequested.emit("港口物流园区")  # Ctrl+F with no match: marks go
    qtbot.waitUntil(lambda: window.original.canvas.hits == [], timeout=10000)


def test_rendering_runs_off_the_gui_thread(pdf_library, window, qtbot, monkeypatch) -> None:
    threads: list[threading.Thread] = []
    real = original.render_page

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(original, "render_page", spy)
    window.open_article(TWO_PAGES)
    window.set_original_view(True)
    _shown(window, qtbot, 4)
    assert threads
    assert all(t is not threading.main_thread() for t in threads)


def test_article_without_original_says_so(window, qtbot) -> None:
    window.open_article(FIRST)  # the bundled 2022 issue came as text
    window.set_original_view(True)
    view = window.original
    assert view.stack.currentIndex() == 1
    assert view.message.isVisibleTo(window)
    assert "text" in view.message.text() or "文本" in view.message.text()
    assert not window.actions_["print_original"].isEnabled()
    assert not window.actions_["export_original"].isEnabled()
    view.message_button.click()
    assert not window.showing_original


def test_export_original_pages_copies_the_pdf_pages(pdf_library, window, tmp_path) -> None:
    from reader_app.gui import originaloutput

    window.open_article(TWO_PAGES)
    assert window.actions_["export_original"].isEnabled()
    assert window.actions_["print_original"].isEnabled()
    target = tmp_path / "out.pdf"
    assert originaloutput.export_original(window, target) == 2
    assert original.page_size(target, 2) == original.page_size(pdf_library / "original.pdf", 5)
    assert original.find_hits(target, 1, ["八部门"])  # the pages themselves, text and all


def test_print_original_renders_every_page(pdf_library, window, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from reader_app.gui import originaloutput

    window.open_article(TWO_PAGES)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    source = (pdf_library / "original.pdf", window.original.pages)
    assert originaloutput.render_to_printer(printer, *source) == 2
    with original._document(tmp_path / "printed.pdf") as printed:
        assert len(printed) == 2


def test_article_missing_from_the_page_map_says_so(mapped_library, window) -> None:
    window.open_article("2022-18-8d0baa")  # in the PDF issue, but on no mapped page
    window.set_original_view(True)
    view = window.original
    assert view.stack.currentIndex() == 1 and not view.bar.isVisibleTo(window)
    assert "PDF" in view.message.text()
    window.open_article(FIRST)  # an article with pages: the page and its bar come back
    assert view.bar.isVisibleTo(window)


def test_policy_switches_turn_off_original_print_and_export(
    pdf_library, qtbot, monkeypatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    from reader_app.core.library import Library
    from reader_app.core.policy import Policy
    from reader_app.gui import filedialogs
    from reader_app.gui.settings import Settings

    def refuse(*args, **kwargs):
        raise AssertionError("a dialog was opened")

    monkeypatch.setattr(filedialogs, "save_file", refuse)
    monkeypatch.setattr(QPrintDialog, "exec", refuse)
    policy = Policy(allow_printing=False, allow_export=False)
    window = MainWindow(Library.open(), Settings(), policy)
    qtbot.addWidget(window)
    window.open_article(ONE_PAGE)
    for name in ("print_original", "export_original"):
        assert not window.actions_[name].isEnabled() and not window.actions_[name].isVisible()
    window.actions_["print_original"].trigger()
    window.actions_["export_original"].trigger()
    from reader_app.gui import originaloutput

    originaloutput.print_original(window)  # refused by the policy, not by the action
    originaloutput.export_original_dialog(window)
    window.original.wait_idle()
    window.close()


def test_go_to_page_shows_that_printed_page(mapped_library, make_window, qtbot) -> None:
    """Printed page 2 is the first article's second page once no article starts there."""
    for path in (mapped_library / "articles").iterdir():
        text = path.read_text("utf-8")
        if 'id = "2022-18-8d0baa"' in text:
            path.write_text(text.replace("\npage = 2\n", "\npage = 3\n", 1), "utf-8")
    window = make_window()
    window.set_original_view(True)
    assert window.go_to("2022-18", 2)
    assert window.view.article.id == FIRST
    _shown(window, qtbot, 3)


def test_idle_reset_returns_to_the_text_at_normal_size(pdf_library, window, qtbot) -> None:
    from reader_app.gui import publicmode

    window.open_article(ONE_PAGE)
    window.set_original_view(True)
    window.set_zoom(180)
    assert window.original.zoom == 180
    publicmode.reset_window(window)
    assert not window.showing_original
    assert window.original.zoom == 100


@pytest.fixture
def restarting_footers(qapp, app_home: Path, tmp_path: Path) -> dict:
    """An issue whose footers restart in each section, imported by the real importer;
    the truth of its last article (in the second section)."""
    from reader_app.core.model import BOOK
    from tests.fixtures.pdfmaker import load_articles, make_digest_pdf

    _, articles = load_articles()
    first = [a for a in articles if a.section == "热点关注"][:4]
    second = [a for a in articles if a.section == "行业动态" and a.kind != BOOK][:2]
    pdf = tmp_path / "2022年第18期.pdf"
    truth = make_digest_pdf(pdf, "rl-page", first + second, traits=frozenset({"restart-footers"}))
    import_pdf(pdf)
    return truth.articles[-1]


def test_page_view_shows_the_issue_page_and_the_footer_beside_it(
    restarting_footers, window, qtbot
) -> None:
    issue = window.library.issue("2022-18")
    article = next(a for a in issue.articles if a.title == restarting_footers["title"])
    footer = issue.footer_number(article.pdf_pages[0])
    assert footer is not None and footer != str(article.page)
    assert article.page == restarting_footers["page"] > 1
    assert window.open_article(article.id)
    window.set_original_view(True)
    _shown(window, qtbot, article.pdf_pages[0])
    label = window.original.page_label.text()
    pdf = article.pdf_pages[0]
    assert label.startswith(f"第 {article.page} 页 （页脚：第 {footer} 页） · PDF 第 {pdf} 页")
