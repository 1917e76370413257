"""Issue 13: the window as a reading room — marks, scrolling, tree and history hold up.

Every test drives the real window; where focus or scrolling matter it uses real
key events and checks the viewport's geometry.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt
from PySide6.QtGui import QFontMetricsF, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListView,
    QStyle,
    QStyleOptionViewItem,
    QTreeView,
)

from reader_app.gui.base import filedialogs
from reader_app.gui.base import theme as themes
from reader_app.gui.dialogs.small import GoToPageDialog
from reader_app.gui.dialogs.userguide import UserGuideDialog
from reader_app.gui.library.importdialog import ImportDialog
from reader_app.gui.search.resultsmodel import HIT_ROLE
from reader_app.output.labels import page_range
from tests.gui.pdftext import assert_text_layer, record_printed

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


# ---------------------------------------------------------------- one language


def test_shortcut_labels_name_keys_not_directions(make_window):
    window = make_window(wait_index=False)  # Chinese UI by default
    back = window.actions_["back"].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert back == "Alt+←"
    assert "方向" not in window.actions_["back"].toolTip()
    window.set_language("en")
    back = window.actions_["back"].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert back == "Alt+Left"


def test_qt_own_dialogs_speak_chinese(make_window):
    make_window(wait_index=False)
    dialog = QFileDialog(None, "x", "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    # Qt's catalogue has the column headers; ours fills what it lacks.
    assert dialog.findChild(QLabel, "lookInLabel").text() == "查找范围(&L)："
    assert dialog.findChild(QLabel, "fileTypeLabel").text() == "文件类型(&T)："
    assert dialog.findChild(QLabel, "fileNameLabel").text() == "文件名称(&N)："
    dialog.deleteLater()


def test_file_dialogs_open_in_documents(window, monkeypatch):
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not Path(documents).is_dir():  # as on this CI machine: the home folder instead
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
    asked: list[tuple[str, list[str]]] = []

    def cancel(dialog: QFileDialog) -> int:  # the real dialog, built by the window
        asked.append((dialog.directory().absolutePath(), dialog.selectedFiles()))
        return QFileDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "exec", cancel)
    window.actions_["import"].trigger()
    window.open_article(SANYA)
    window.actions_["export_pdf"].trigger()
    assert len(asked) >= 2
    assert asked[0][0] == documents
    for folder, chosen in asked[1:]:  # save dialogs: a file name in the documents folder
        assert folder == documents
        assert chosen and chosen[0].startswith(documents) and Path(chosen[0]).suffix


def test_file_dialog_shows_whole_sizes_types_and_dates(window, qtbot, tmp_path):
    """Qt sized its columns for "128.88 GB", "mp3Folder" and "10/29/81 02:02PM": cut off."""
    (tmp_path / "总第十九期.pdf").write_bytes(b"%PDF-1.4\n" * 20_000)  # "195.31 KiB"
    (tmp_path / "source.txt").write_text("信息摘编\n", encoding="utf-8")
    dialog = filedialogs.build(window, "x", str(tmp_path), "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) >= 2, timeout=5000)
    qtbot.wait(50)
    metrics = view.fontMetrics()
    # the style elides text that does not fit inside its focus-frame margins
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    for column in (1, 2, filedialogs.DATE_COLUMN):
        for row in range(model.rowCount(view.rootIndex())):
            text = str(model.index(row, column, view.rootIndex()).data())
            assert view.header().sectionSize(column) >= metrics.horizontalAdvance(text) + margin, (
                text
            )
    # the whole row is visible without scrolling sideways, and the places' names ("计算机")
    assert view.horizontalScrollBar().maximum() == 0
    sidebar = dialog.findChild(QListView, "sidebar")
    assert sidebar.viewport().width() >= sidebar.sizeHintForColumn(0)
    dialog.close()


def test_english_results_say_page_not_di_ye(make_window, qtbot):
    window = make_window(language="en")
    search_and_open(window, qtbot, "数字")
    meta = window.search_panel.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "p. " in meta and "页" not in meta
    assert "No. " in meta  # the issue, as English readers name it


# ---------------------------------------------------------------- a librarian's window


def test_each_result_names_its_issue_and_keeps_to_three_snippet_lines(window, qtbot):
    search_and_open(window, qtbot, "数字")
    model, view = window.search_panel.model, window.search_panel.view
    window.search_panel.service.fill_snippets([model.hit(r) for r in range(model.rowCount())])
    delegate = view.itemDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view
    trimmed, heights = 0, set()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        hit = index.data(HIT_ROLE)
        issue = window.library.issue(hit.issue)
        meta = index.data(Qt.ItemDataRole.AccessibleTextRole)
        assert (issue.number_label or f"总第{issue.number}期") in meta
        assert f"第{hit.page}页" in meta
        height = delegate.sizeHint(option, index).height()
        heights.add(height)
        doc = delegate._document(option, index)
        line = QFontMetricsF(doc.defaultFont()).lineSpacing()
        # title, source line and at most three snippet lines (plus margins)
        if doc.size().height() > height:
            trimmed += 1
        assert height < 7 * line + 2 * doc.documentMargin() + 8, row
    assert trimmed > 0
    assert len(heights) == 1  # one height from the font: laid out without any snippet


def test_bookmark_says_so_names_the_issue_and_has_a_menu(window, qtbot):
    window.open_article(SANYA)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.status_label.text().startswith("已收藏")
    shown = window.bookmarks.index(0, 0).data()
    article = window.view.article
    assert "总第十八期" in shown and f"第{article.page}页" in shown
    assert SANYA not in shown
    menu = window.actions_.menus["bookmarks"]
    assert window.actions_["bookmark"] in menu.actions()
    # the context menu opens and removes
    window.open_article(window.library.issues[0].articles[3].id)
    context = window.bookmarks_view.menu_for(window.bookmarks.index(0, 0))
    open_action, remove_action = context.actions()
    open_action.trigger()
    assert window.view.article.id == SANYA
    remove_action.trigger()
    assert window.bookmarks.rowCount() == 0
    assert window.settings.bookmarks == []
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.status_label.text().startswith("已取消收藏")
    # Delete in the list removes too
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    window.tabs.setCurrentWidget(window.bookmarks_view)
    window.bookmarks_view.setCurrentIndex(window.bookmarks.index(0, 0))
    qtbot.keyClick(window.bookmarks_view, Qt.Key.Key_Delete)
    assert window.bookmarks.rowCount() == 0


def test_go_to_page_starts_here_shows_the_range_and_refuses_missing_pages(window, monkeypatch):
    assert window.go_to("2022-18", 40)
    seen = {}

    def run(dialog):
        seen["page"] = dialog.page.value()
        seen["range"] = dialog.pages.text()
        seen["max"] = dialog.page.maximum()
        return dialog.DialogCode.Rejected

    monkeypatch.setattr(GoToPageDialog, "exec", run)
    window.actions_["go_to_page"].trigger()
    last = page_range(window.library.issue("2022-18"))[1]
    assert seen["page"] == 40
    assert seen["range"] == f"本期共第 1–{last} 页。"
    assert seen["max"] == last
    assert not window.go_to("2022-18", last + 5)
    assert window.status_label.text() == f"没有第 {last + 5} 页：本期为第 1–{last} 页。"
    assert window.view.article.page == 40


def test_window_title_names_what_is_open(window):
    window.open_article(SANYA)
    assert window.windowTitle().startswith(window.view.article.title)
    window.open_issue("2022-18")
    assert window.windowTitle().startswith("2022年总第十八期")


def test_help_opens_the_chinese_user_guide(window, monkeypatch, qtbot):
    shown = []
    monkeypatch.setattr(
        UserGuideDialog, "exec", lambda self: shown.append(self.browser.toPlainText())
    )
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F1)
    assert shown and "使用指南" in shown[0] and "检索" in shown[0]


def test_passing_status_messages_clear(window, qtbot):
    standing = window.status_label.standing
    assert standing
    window.status_label.timer.setInterval(20)
    window.set_zoom(120)
    assert window.status_label.text() == "缩放 120%"
    qtbot.waitUntil(lambda: window.status_label.text() == standing, timeout=2000)


def test_emphasis_in_chinese_is_bold_not_slanted(window):
    article = next(a for a in window.library.issues[0].articles if "*自贸试验区第十一批" in a.body)
    window.open_article(article.id)
    text = window.view.plain_text()
    assert "*" not in text
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(text.index("自贸试验区第十一批") + 2)
    fmt = cursor.charFormat()
    assert not fmt.fontItalic()
    assert fmt.fontWeight() >= 600


def test_filters_show_they_are_on_and_clear_in_one_go(window, qtbot):
    panel = window.search_panel
    search_and_open(window, qtbot, "数字")
    everything = panel.result.total
    assert not panel.clear_filters.isVisible()
    section = panel.combos["section"]
    section.setCurrentIndex(1)
    panel.run_now()
    qtbot.waitUntil(lambda: not panel.busy)
    assert panel.result.total < everything
    assert panel.clear_filters.isVisible()
    assert "已筛选" in panel.count.text()
    # a new query keeps the filter, visibly, and says so when it finds nothing
    panel.edit.setText("三亚")
    panel.run_now()
    qtbot.waitUntil(lambda: not panel.busy)
    if panel.result.total == 0:
        assert panel.message.isVisible() and "筛选" in panel.message.text()
    assert panel.clear_filters.isVisible()
    qtbot.mouseClick(panel.clear_filters, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy)
    assert panel.active_filters() == []
    assert not panel.clear_filters.isVisible()
    assert "已筛选" not in panel.count.text()


def test_sort_by_date_both_ways(window, qtbot):
    panel = window.search_panel
    search_and_open(window, qtbot, "数字")
    dates = {}
    for key in ("date", "date_asc"):
        panel.sort.setCurrentIndex(panel.sort.findData(key))
        panel.run_now()
        qtbot.waitUntil(lambda: not panel.busy)
        dates[key] = [h.date for h in panel.result.hits]
    assert dates["date"] == sorted(dates["date"], reverse=True)
    assert dates["date_asc"] == sorted(dates["date_asc"])
    assert dates["date_asc"][0] < dates["date"][0]
    assert panel.sort.itemText(panel.sort.findData("date_asc")) == "按日期（旧→新）"


def test_dialog_buttons_all_plain(window):

    dialog = window.about_dialog()
    buttons = dialog.findChildren(QDialogButtonBox)[0].buttons()
    assert len(buttons) >= 2
    assert all(button.icon().isNull() for button in buttons)  # none with, none without
    # Offscreen Qt gives no icons anyway; X11 and Windows do, unless the style says no.
    style = QApplication.style()
    assert style.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons) == 0
    assert isinstance(style, themes.PlainButtonsStyle)
    dialog.deleteLater()


def test_dates_by_day_typed_into_the_date_boxes(window, qtbot):
    panel = window.search_panel
    search_and_open(window, qtbot, "数字")
    days = sorted({h.date for h in panel.result.hits if h.date})
    day = days[len(days) // 2]
    for name in ("date_from", "date_to"):
        line = panel.combos[name].lineEdit()
        line.selectAll()
        qtbot.keyClicks(line, day)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not panel.busy)
    assert panel.filters()["date_from"].isoformat() == day
    assert panel.filters()["date_to"].isoformat() == day
    assert panel.result.total > 0
    assert {h.date for h in panel.result.hits} == {day}
    assert panel.combos["date_from"].currentText() == day  # no "(0)" after a day
    qtbot.mouseClick(panel.clear_filters, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy)
    assert panel.filters()["date_from"] is None


def test_import_says_what_happened_and_warns_of_a_repeated_issue(
    make_window, qtbot, tmp_path, import_in_window
):
    from tests.conftest import SEED

    window = make_window()
    raw = tmp_path / "issue.txt"
    # The same issue again under another number: a mislabelled copy.
    raw.write_text(SEED.read_text("utf-8").replace("总第十八期", "总第十九期", 1), "utf-8")
    seen: list[str] = []

    def read(dialog: ImportDialog) -> None:
        tree = dialog.warnings  # the warnings, one row per kind (issue 26)
        rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        children = [r.child(j).text(0) for r in rows for j in range(r.childCount())]
        seen.append("\n".join([dialog.report.toPlainText(), *children]))

    import_in_window(window, raw, read)
    report = seen[0]
    # the importer's warnings in the UI's language too
    assert "没有原文链接" in report and "has no original URL" not in report
    assert "不在此期收录时段" in report or "收录时段" in report
    assert "is outside the collection period" not in report
    assert "导入前请核对" in report
    assert "收录时段与" in report and "总第十八期" in report
    assert "篇文章标题相同" in report
    assert window.status_label.text() == "已导入 2022年总第十九期（66 篇）"
    qtbot.waitUntil(lambda: window.index_ready, timeout=30000)


def test_import_notes_a_body_title_that_differs_from_its_contents_line():
    from reader_app.core.app.session import open_library
    from reader_app.core.importer.importcheck import import_notes

    issue = open_library().issues[0]
    article = issue.articles[4]
    article.toc_title = article.title + "（目录）"
    notes = import_notes(issue, [])
    assert [(n.kind, n.title, n.other, n.page) for n in notes] == [
        ("title_differs", article.title, article.toc_title, article.page)
    ]


def test_english_cover_and_article_speak_english(make_window):
    window = make_window(wait_index=False, language="en")
    window.open_issue("2022-18")
    cover = window.view.plain_text()
    assert "2022, No. 18" in cover
    assert "Editor-in-chief: " in cover and "Deputy editor-in-chief: " in cover
    assert "主编" not in cover and "：" not in cover.split("Contents")[0]
    window.open_article(SANYA)
    assert "2022, No. 18 · " in window.view.plain_text()
    window.set_language("zh_CN")
    window.open_issue("2022-18")
    assert "主编：" in window.view.plain_text()
    assert "2022年总第十八期" in window.view.plain_text()


def test_print_preview_of_article_and_cover(window, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from reader_app.gui.export import printpreview

    pages: list[int] = []

    def run(dialog: QPrintPreviewDialog) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"{len(pages)}.pdf"))
        pages.append(printpreview.renderer(window.view)(printer))
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", run)
    window.open_article(SANYA)
    assert window.actions_["print_preview"].isEnabled()
    window.actions_["print_preview"].trigger()
    printed = record_printed(monkeypatch)
    window.open_issue("2022-18")
    assert window.actions_["print_preview"].isEnabled()
    window.actions_["print_preview"].trigger()
    assert len(pages) == 2 and pages[1] >= 2  # the contents of 66 articles run over a page
    from tests.gui.pdftext import pdf_text

    cover = pdf_text((tmp_path / "1.pdf").read_bytes())
    assert "收录时段" in cover and "沈习春" in cover and "资本主义" in cover  # contents, to the end
    assert_text_layer(tmp_path / "1.pdf", printed, [], "工信部", "沈习春")  # and nothing else


def test_snippets_carry_no_markdown_asterisks(window, qtbot):
    search_and_open(window, qtbot, "重污染天气消除")
    hit = window.search_panel.model.index(0, 0).data(HIT_ROLE)
    assert "深入打好重污染天气消除" in hit.snippet_text
    assert "*" not in hit.snippet_text


def test_print_confirms_and_prints_the_cover_too(window, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    def run(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(tmp_path / "out.pdf"))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", run)
    window.open_article(SANYA)
    window.actions_["print"].trigger()
    # printed to a PDF file: the status line names the file (issue 26), not the printer
    assert window.status_label.text().startswith("已导出到 " + str(tmp_path / "out.pdf"))
    window.open_issue("2022-18")
    assert window.actions_["print"].isEnabled()
    printed = record_printed(monkeypatch)
    window.actions_["print"].trigger()
    assert "已导出到" in window.status_label.text() and "页）" in window.status_label.text()
    # printed to a file, the cover's contents read back as printed: 工信部, not ⼯信部
    assert window.view.issue.display_title in printed
    assert_text_layer(tmp_path / "out.pdf", printed, [], "工信部", "收录时段")


def test_about_figures_and_policy_lines_speak_chinese(window):

    text = window.about_dialog().text.toPlainText()
    assert "已索引 66 篇文章" in text and "articles indexed" not in text
    assert "无（没有策略文件，使用默认设置）" in text
    assert "（用户缓存）" not in text and "(用户缓存)" in text
    for english in ("Statistics", "Reading lists", "not reachable", "user cache"):
        assert english not in text


def test_the_qr_code_is_made_when_painted_not_when_the_article_opens(window, qtbot):
    """segno's import and the encoding (~60 ms) are paid only if the code is painted."""
    view = window.view
    assert window.open_article("2022-18-15c0fe")  # has a URL
    assert view._qr is None and "qr:article" in view.toHtml()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.viewport().grab()  # paints the foot of the article
    assert view._qr is not None and not view._qr.isNull()
    assert view._qr.width() >= 100  # 4 px modules: a real code, not a placeholder
    too_long = dataclasses.replace(view.article, url="https://example.cn/" + "a" * 3000)
    view.show_article(too_long, view.issue)
    assert "qr:article" not in view.toHtml() and too_long.url in view.toPlainText()
