"""The original-page view in the real window: toggle, pages, zoom, hits, worker thread."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader_app.core.app.session import Session
from reader_app.core.machine.paths import app_dirs
from reader_app.core.pdf import original
from reader_app.gui.shell.mainwindow import MainWindow
from tests.fixtures.pdfboxes import Box, box_pdf
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
    window.open_article(TWO_PAGES)
    assert window.actions_["export_original"].isEnabled()
    assert window.actions_["print_original"].isEnabled()
    target = tmp_path / "out.pdf"
    assert window.original_output.export_original(target) == 2
    assert original.page_size(target, 2) == original.page_size(pdf_library / "original.pdf", 5)
    assert original.find_hits(target, 1, ["八部门"])  # the pages themselves, text and all


def test_print_original_renders_every_page(pdf_library, window, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from reader_app.gui.export import originaloutput

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

    from reader_app.core.app.session import open_library
    from reader_app.core.machine.policy import Policy
    from reader_app.gui.base import filedialogs
    from reader_app.gui.base.settings import Settings

    def refuse(*args, **kwargs):
        raise AssertionError("a dialog was opened")

    monkeypatch.setattr(filedialogs, "save_file", refuse)
    monkeypatch.setattr(QPrintDialog, "exec", refuse)
    policy = Policy(allow_printing=False, allow_export=False)
    window = MainWindow(Session(policy, app_dirs(), library=open_library()), Settings())
    qtbot.addWidget(window)
    window.open_article(ONE_PAGE)
    for name in ("print_original", "export_original"):
        assert not window.actions_[name].isEnabled() and not window.actions_[name].isVisible()
    window.actions_["print_original"].trigger()
    window.actions_["export_original"].trigger()
    window.original_output.print_original()  # refused by the policy, not by the action
    window.original_output.export_original_dialog()
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
    from reader_app.gui.shell import publicmode

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
    from reader_app.core.base.model import BOOK
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


# ------------------------------------------------------------ pages that cost too much


def _odd_issue(tmp_path: Path, box: Box) -> Path:
    """Issue 2022-18 whose PDF page 2 (FIRST's first page) has ``box``."""
    pdf = box_pdf(tmp_path / "odd.pdf", [Box(), box, Box(), Box()])
    return write_pdf_issue(app_dirs().user_issues, tmp_path / "scratch", pdf=pdf)


def _reason(window: MainWindow, qtbot, prefix: str) -> str:
    """The text after the colon of the page view's "cannot be shown" message."""
    view = window.original
    qtbot.waitUntil(lambda: not view.busy and view.stack.currentIndex() == 1, timeout=60000)
    text = view.message.text()
    assert text.startswith(prefix), text
    assert view.message_button.isVisibleTo(window)  # the way back to the text
    return text[len(prefix) :].strip()


@pytest.mark.parametrize(
    ("box", "figures"),
    [
        (Box("0 0 10000000 10000000"), ("10,000,000 × 10,000,000 pt", "14,400 pt")),
        (Box("0 0 400000 400000"), ("400,000 × 400,000 pt", "14,400 pt")),
        (Box("0 0 400000 30", rotate=90), ("30 × 400,000 pt", "14,400 pt")),
        (Box(crop="100 100 100.5 100.5"), ("0.5 × 0.5 pt", "3 pt")),
    ],
)
def test_f4_on_a_page_pdf_does_not_allow_says_why(
    make_window, qtbot, tmp_path, box, figures
) -> None:
    """Issue 21: F4 on a huge MediaBox showed "无法显示此页：" and nothing after it."""
    _odd_issue(tmp_path, box)
    window = make_window()
    assert window.open_article(FIRST)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F4)
    assert window.showing_original
    reason = _reason(window, qtbot, "无法显示此页：")
    assert all(f in reason for f in figures), reason
    assert "本程序" in reason and not re.search(r"[A-Za-z]{3,}", reason.replace(" pt", ""))
    english = make_window(language="en")
    english.open_article(FIRST)
    english.set_original_view(True)
    reason = _reason(english, qtbot, "This page cannot be shown:")
    assert all(f in reason for f in figures) and "this program shows" in reason, reason


class _BlankError(Exception):
    """A failure whose text is empty, like ``MemoryError()``."""

    def __str__(self) -> str:
        return ""


@pytest.mark.parametrize(
    ("failure", "words"),
    [
        (MemoryError(), "内存不足"),
        (_BlankError(), "_BlankError"),
        (OSError(5, "Input/output error", "original.pdf"), "Input/output error"),
        ("missing", "PDF 文件缺失"),
        ("no page", "没有第 2 页"),
    ],
)
def test_any_failure_to_show_a_page_names_a_reason(
    mapped_library, make_window, qtbot, monkeypatch, failure, words
) -> None:
    """The class: whatever stops a page (no memory, a missing file, a bug with no
    message), the words after the colon say why, in the window's language."""
    if failure == "missing":
        (mapped_library / "original.pdf").unlink()
    elif failure == "no page":
        box_pdf(mapped_library / "original.pdf", [Box()])  # one page; the article is on 2
    else:

        def fail(*args, **kwargs):
            raise failure

        monkeypatch.setattr(original, "render_page", fail)
    window = make_window()
    window.open_article(FIRST)
    window.set_original_view(True)
    reason = _reason(window, qtbot, "无法显示此页：")
    assert reason and words in reason, reason


def test_a_page_past_the_pixel_cap_is_drawn_within_it_at_the_zoomed_size(
    make_window, qtbot, tmp_path
) -> None:
    """The largest page PDF allows, at 100 %: the bitmap keeps within the core's caps
    (it was 12,000 × 12,000 px, 576 MB), and the page still shows at the zoom's size."""
    _odd_issue(tmp_path, Box("0 0 14400 14400"))
    window = make_window()
    window.open_article(FIRST)
    window.set_original_view(True)
    _shown(window, qtbot, 2)
    view, image = window.original, window.original.canvas.image
    assert max(image.width(), image.height()) <= original.MAX_SIDE
    assert image.width() * image.height() * 4 <= original.MAX_BITMAP_BYTES
    expected = 14400 * view.points_to_pixels()
    assert view.canvas.width() == pytest.approx(expected, abs=2)
    assert view.canvas.height() == pytest.approx(expected, abs=2)
    view.next_button.click()  # an ordinary page after it: drawn at full sharpness again
    _shown(window, qtbot, 3)
    image = view.canvas.image
    ratio = view.devicePixelRatioF()
    assert image.width() == pytest.approx(view.canvas.width() * ratio, abs=2)
