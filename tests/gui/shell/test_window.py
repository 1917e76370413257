"""The real window, driven like a user: browse, navigate, persist, output, import."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QTreeView

from reader_app.gui.base import errors, filedialogs
from reader_app.gui.library.importdialog import ImportDialog
from reader_app.gui.library.librarymodel import ID_ROLE
from tests.conftest import SEED
from tests.gui.pdftext import assert_text_layer, pdf_text, record_printed

SANYA = "2022-18-348142"  # 自贸专题, page 40, flagged date


def test_objects_are_addressable(window):
    for name, kind in (("libraryTree", QTreeView), ("articleView", QTextBrowser)):
        assert window.findChild(kind, name) is not None
    assert window.findChild(object, "searchEdit") is not None
    assert window.findChild(object, "resultsView") is not None
    assert window.tree.accessibleName() and window.view.accessibleName()


def test_tree_selection_opens_article(window, qtbot):
    index = window.tree_proxy.mapFromSource(window.tree_model.index_of(SANYA))
    window.tree.setCurrentIndex(index)
    assert window.view.article.id == SANYA
    text = window.view.plain_text()
    assert "三亚出台支持外贸" in text
    assert "海南日报" in text and "2011-12-08" in text
    assert "2022-11-16" in text  # the flag of the original is shown


def test_filter_box_narrows_tree(window, qtbot):
    window.filter.setText("三亚")  # QTest.keyClicks handles ASCII only
    rows = []
    proxy = window.tree_proxy

    def walk(parent):
        for r in range(proxy.rowCount(parent)):
            i = proxy.index(r, 0, parent)
            rows.append(i.data(ID_ROLE))
            walk(i)

    walk(proxy.index(-1, -1))
    assert SANYA in rows and len([r for r in rows if r and r.startswith("2022-18-")]) < 10


def test_cover_lists_contents_and_links_open_articles(window, qtbot):
    window.open_issue("2022-18")
    text = window.view.plain_text()
    assert "总第十八期" in text and "沈习春" in text and "2022-11-16" in text
    html = window.view.toHtml()
    assert f"article:{SANYA}" in html
    window.view.anchorClicked.emit(QUrl(f"article:{SANYA}"))
    assert window.view.article.id == SANYA


def test_external_links_need_confirmation(window, monkeypatch):
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.No.value)
    window.view.anchorClicked.emit(QUrl("https://example.org/"))
    window.view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes.value)
    window.view.anchorClicked.emit(QUrl("https://example.org/"))
    window.view.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert [u.toString() for u in opened] == ["https://example.org/"]


def test_back_forward_and_previous_next(window, qtbot):
    first = window.library.issues[0].articles[0].id
    window.open_article(first)
    window.actions_["next_article"].trigger()
    second = window.view.article.id
    assert second == window.library.issues[0].articles[1].id
    window.open_article(SANYA)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.view.article.id == second
    window.actions_["back"].trigger()
    assert window.view.article.id == first
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.view.article.id == second
    window.view.forwardRequested.emit()  # the mouse's forward button
    assert window.view.article.id == SANYA
    window.actions_["previous_article"].trigger()
    assert window.view.article.seq == window.library.find_article(SANYA)[1].seq - 1


def test_go_to_printed_page(window, monkeypatch):
    assert window.go_to("2022-18", 40)
    assert window.view.article.page == 40
    from reader_app.gui.dialogs import small as dialogs

    monkeypatch.setattr(dialogs.GoToPageDialog, "exec", lambda self: self.DialogCode.Accepted)
    monkeypatch.setattr(dialogs.GoToPageDialog, "choice", lambda self: ("2022-18", 3))
    window.actions_["go_to_page"].trigger()
    assert window.view.article.page == 3


def test_bookmark_and_reading_position_survive_restart(make_window, qtbot):
    window = make_window()
    window.open_article(SANYA)
    window.actions_["bookmark"].trigger()
    assert window.bookmarks.ids == [SANYA]
    window.view.verticalScrollBar().setValue(120)
    scroll = window.view.verticalScrollBar().value()
    assert scroll > 0
    window.close()
    again = make_window()
    assert again.bookmarks.ids == [SANYA]
    assert again.view.article.id == SANYA
    assert again.actions_["bookmark"].isChecked()
    qtbot.waitUntil(lambda: again.view.verticalScrollBar().value() == scroll)


def test_zoom_and_theme_survive_restart(make_window, qtbot):
    window = make_window()
    size = window.view.font().pointSizeF()
    window.actions_["zoom_in"].trigger()
    window.actions_["zoom_in"].trigger()
    assert window.view.font().pointSizeF() > size
    window.actions_["theme_dark"].trigger()
    assert QGuiApplication.palette().window().color().lightness() < 100
    window.close()
    again = make_window()
    assert again.view.zoom == 120
    assert again.actions_["theme_dark"].isChecked()
    assert again.view.theme == "dark"
    again.actions_["zoom_reset"].trigger()
    again.actions_["theme_light"].trigger()
    assert again.view.zoom == 100


def test_language_switch_changes_menus(make_window):
    window = make_window()
    assert window.actions_.menus["file"].title() == "文件(&F)"
    assert window.actions_["import"].text() == "导入期刊(&I)…"
    window.actions_.languages["en"].trigger()
    assert window.actions_.menus["file"].title() == "&File"
    assert window.tabs.tabText(0) == "Library"
    window.close()
    again = make_window()  # and it is remembered
    assert again.actions_.menus["go"].title() == "&Go"
    again.actions_.languages["zh_CN"].trigger()
    assert again.actions_.menus["go"].title() == "转到(&G)"


def test_pdf_export_holds_the_article(window, tmp_path: Path):
    window.open_article(SANYA)
    path = tmp_path / "article.pdf"
    pages = window.export_pdf(path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and pages >= 1
    text = pdf_text(data)
    assert "三亚近日发布" in text  # body
    assert "海南日报" in text and "《信息摘编》2022年总第十八期" in text  # header and footer
    assert "mp.weixin.qq.com" in text


GONGXINBU, MULU, JINRONG = (
    "2022-18-ad35c6",
    "2022-18-927026",
    "2022-18-e117e3",
)  # 工信部, 目录, 金融


@pytest.mark.parametrize("article_id", [GONGXINBU, MULU, JINRONG])
def test_pdf_export_text_layer_is_the_text_printed(window, tmp_path: Path, monkeypatch, article_id):
    """Qt's PDF writer gave shared glyphs the lowest code point (⼯ for 工, ⽬ for 目) and
    none to substituted ones ("No. 18" lost its 18): pdftotext and PDFium read it all now."""
    from reader_app.output import printing

    printed = record_printed(monkeypatch)
    window.open_article(article_id)
    article, issue = window.view.article, window.view.issue
    path = tmp_path / "article.pdf"
    monkeypatch.setattr(filedialogs, "save_file", lambda *a, **k: (str(path), ""))
    window.actions_["export_pdf"].trigger()  # File → Export as PDF, through gui/export/output.py
    assert printing.header_text(article, issue) in printed  # the test reads what was painted
    words = {GONGXINBU: ["工信部"], MULU: ["目录"], JINRONG: ["金融"]}[article_id]
    assert_text_layer(path, printed, [], article.title.replace(" ", ""), *words)
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temporary file


def test_pdf_export_keeps_radicals_the_text_really_has(window, tmp_path: Path, monkeypatch):
    """A glyph has one entry in the text layer: the character printed with it most often.
    A text that has only the radical (⼯) reads back as ⼯, not as the ideograph."""
    import dataclasses

    from reader_app.output import printing

    window.open_article(SANYA)
    article = dataclasses.replace(
        window.view.article, title="康熙部首", body="部首⼯与⽬：字典的部首。", url=None
    )
    printed = record_printed(monkeypatch)
    path = tmp_path / "radicals.pdf"
    printing.export_pdf(path, article, window.view.issue, window.view.font())
    assert_text_layer(path, printed, [], "部首⼯与⽬")


def test_pdf_export_via_menu_with_stubbed_dialog(window, tmp_path: Path, monkeypatch):
    window.open_article(SANYA)
    target = tmp_path / "x.pdf"
    monkeypatch.setattr(filedialogs, "save_file", lambda *a, **k: (str(target), ""))
    window.actions_["export_pdf"].trigger()
    assert target.stat().st_size > 10_000


def test_copy_citation_and_link(window):
    window.open_article("2022-18-15c0fe")
    window.actions_["copy_citation"].trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("工信微报. 三部门：联合印发")
    assert text.endswith("转引自：信息摘编，2022（18）：1.")  # GB/T 7714—2025, the default
    window.actions_["copy_link"].trigger()
    assert QGuiApplication.clipboard().text().startswith("https://mp.weixin.qq.com/")


def test_find_in_article(window, qtbot):
    window.open_article(SANYA)
    window.actions_["find"].trigger()
    window.find_bar.edit.setText("三亚")
    total = window.view.mark_count
    assert total >= 3
    assert window.find_bar.label.text() == f"1 / {total}"
    window.actions_["next_hit"].trigger()
    assert window.find_bar.label.text() == f"2 / {total}"
    window.actions_["previous_hit"].trigger()
    window.actions_["previous_hit"].trigger()
    assert window.find_bar.label.text() == f"{total} / {total}"


def test_error_dialog_and_excepthook(message_boxes):
    try:
        raise ValueError("boom")
    except ValueError as exc:
        errors.excepthook(type(exc), exc, exc.__traceback__)
    assert message_boxes and message_boxes[0][0] == "critical" and "boom" in message_boxes[0][1]


@pytest.mark.usefixtures("empty_bundled")
def test_import_dry_run_then_confirm(make_window, tmp_path: Path, qtbot, import_in_window):
    window = make_window()
    assert window.library.issues == []
    raw = tmp_path / "issue.txt"
    shutil.copy(SEED, raw)
    dialogs: list[ImportDialog] = []

    def check(dialog: ImportDialog) -> None:
        dialogs.append(dialog)
        assert "热点关注" in dialog.report.toPlainText()
        assert window.library.issues == []  # a dry run writes nothing

    import_in_window(window, raw, check)
    assert dialogs and len(window.library.articles()) == 66
    assert window.tree_model.index_of("2022-18").isValid()
    qtbot.waitUntil(lambda: window.index_ready, timeout=30000)


def test_import_cancel_adds_nothing(make_window, qtbot, tmp_path: Path, monkeypatch):
    window = make_window()
    raw = tmp_path / "issue.txt"
    shutil.copy(SEED, raw)

    def run(dialog: ImportDialog) -> int:
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
        assert not dialog.import_button.isEnabled()  # bundled already: replace must be ticked
        dialog.reject()
        return 0

    monkeypatch.setattr(filedialogs, "open_file", lambda *a, **k: (str(raw), ""))
    monkeypatch.setattr(ImportDialog, "exec", run)
    window.actions_["import"].trigger()
    assert not (window.library.user_folder.path / "2022-18").exists()
