"""汇编… in the real window: from a reading list or the results, ordered, saved as DOCX/PDF."""

from __future__ import annotations

from pathlib import Path

import docx
import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from reader_app.core.app.session import Session, open_library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Policy as MachinePolicy
from reader_app.core.services import readinglists as rl
from reader_app.core.services.batch import from_ids
from reader_app.gui.base import filedialogs
from reader_app.gui.base.settings import Settings
from reader_app.gui.export.compiledialog import CompileDialog
from reader_app.gui.shell.mainwindow import MainWindow

BODY = "天津港保税区文教局（图书档案馆）"


def headings(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Heading 1"]


def make_list(window: MainWindow) -> rl.ReadingList:
    panel = window.reading_lists
    created = panel.new_list("汇编测试")
    assert created is not None
    articles = window.library.issues[0].articles
    for article, note in ((articles[9], "<b>先读</b>"), (articles[2], ""), (articles[30], "背景")):
        assert panel.add_article(article.id)
        panel.note.setText(note)  # the staff's note, as typed under the list
        panel.note.editingFinished.emit()
    assert panel.current is not None
    return panel.current


def test_compile_a_reading_list_in_order_by_hand_to_docx_and_pdf(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    reading_list = make_list(window)
    panel = window.reading_lists
    window.tabs.setCurrentWidget(panel)
    button = panel.buttons["compile"]
    assert not button.isHidden() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(CompileDialog)
    assert dialog is not None and dialog.isVisible()
    ids = reading_list.ids()
    assert dialog.order_ids == ids and dialog.contents.count() == 3
    assert "<b>先读</b>" in dialog.contents.item(0).text()  # a note is shown as typed
    dialog.order.setCurrentIndex(dialog.order.findData("issue"))
    library = window.library
    in_issue = sorted(ids, key=lambda i: library.find_article(i)[1].seq)
    assert dialog.order_ids == in_issue
    dialog.contents.setCurrentRow(2)
    qtbot.mouseClick(dialog.up, Qt.MouseButton.LeftButton)  # by hand
    hand = [in_issue[0], in_issue[2], in_issue[1]]
    assert dialog.order_ids == hand and dialog.order.currentData() == "hand"
    assert dialog.contents.currentRow() == 1
    dialog.title.setText("观点摘编")
    dialog.compiled_by.setText(BODY)
    dialog.compiler.setText("李明")
    assert BODY in dialog.cover.text() and "收录文章：3 篇" in dialog.cover.text()
    out = tmp_path / "汇编"
    monkeypatch.setattr(filedialogs, "save_file", lambda *a, **k: (str(out), ""))
    assert dialog.save_dialog("docx")
    written = out.with_suffix(".docx")
    titles = [library.find_article(i)[1].title for i in hand]
    assert headings(written) == titles
    paragraphs = [p.text for p in docx.Document(str(written)).paragraphs]
    assert paragraphs[0] == "观点摘编" and "编者：李明" in paragraphs
    assert "编者按：<b>先读</b>" in paragraphs
    assert window.settings.compiled_by == BODY and window.settings.compiler == "李明"
    assert str(written) in window.status_label.text()
    monkeypatch.setattr(filedialogs, "save_file", lambda *a, **k: (str(tmp_path / "c.pdf"), ""))
    assert dialog.save_dialog("pdf")
    document = pypdfium2.PdfDocument(str(tmp_path / "c.pdf"))
    try:
        cover = document[0].get_textpage().get_text_range()
        assert "观点摘编" in cover and BODY in cover
        rest = "".join(document[i].get_textpage().get_text_range() for i in range(2, len(document)))
        assert rest.index(titles[0]) < rest.index(titles[1]) < rest.index(titles[2])
        assert "编者按" in rest
    finally:
        document.close()
    dialog.close()


def test_the_compile_action_takes_the_search_results(qtbot, window: MainWindow) -> None:
    action = window.actions_["compile"]
    assert action.isVisible() and action in window.actions_.menus["file"].actions()
    panel = window.search_panel
    panel.edit.setText("锂电")
    panel.run_now()
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy, timeout=30_000)
    window.tabs.setCurrentWidget(window.search_panel)
    action.trigger()
    dialog = window.findChild(CompileDialog)
    assert dialog is not None
    assert dialog.order_ids == [h.article for h in window.search_panel.result.hits]
    hits = len(window.search_panel.result.hits)
    assert dialog.title.text() == f"检索：锂电 – {hits} 篇"  # named after the query (issue 26)
    dialog.close()


def test_public_workstation_has_no_compilations(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "published"
    library = open_library()
    published = rl.ReadingList("馆员推荐", "")
    published.add(library.issues[0].articles[0].id)
    rl.write_file(published, folder / "a.json")
    machine = MachinePolicy(public_mode=True, reading_lists_folder=folder)
    window = MainWindow(Session(machine, app_dirs(), library=library), Settings(persistent=False))
    qtbot.addWidget(window)
    assert not window.actions_["compile"].isVisible()
    assert window.reading_lists.buttons["compile"].isHidden()
    assert window.batch.compile_dialog(from_ids(library, published.ids())) is None
    assert window.findChild(CompileDialog) is None
    window.close()


def test_a_dialog_on_a_machine_without_exports_saves_nothing(qtbot, tmp_path: Path) -> None:
    library = open_library()
    batch = from_ids(library, [a.id for a in library.issues[0].articles[:2]], "x")
    policy = MachinePolicy(allow_export=False)
    dialog = CompileDialog(None, batch, Settings(persistent=False), policy, QFont())
    qtbot.addWidget(dialog)
    assert not dialog.docx.isEnabled() and not dialog.pdf.isEnabled()
    with pytest.raises(PermissionError):
        dialog.save(tmp_path / "x.docx", "docx")
    assert not (tmp_path / "x.docx").exists()
