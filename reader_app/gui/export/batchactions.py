"""The window's batch print/export: which articles (tree selection, search hits, a
reading list) and the dialogs around output/batchoutput.py.

The articles come from the side tab in front: the library tree's selection (an
issue or section selected stands for all its articles), every hit of the search
shown, or the reading list shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView

from reader_app.core.base.filenames import safe_file_name
from reader_app.core.machine.policy import Action
from reader_app.core.services import batch as batches
from reader_app.core.services.readinglists import ReadingList
from reader_app.gui.base.errors import show_error
from reader_app.gui.export.output import ask_printer

if TYPE_CHECKING:
    from reader_app.gui.room.readinglistpanel import ReadingListPanel
    from reader_app.gui.shell.mainwindow import MainWindow


def _batchoutput() -> Any:
    """The page layout of batches (with printing, QR codes, Markdown): loaded when used."""
    from reader_app.output import batchoutput

    return batchoutput


def tree_article_ids(window: MainWindow) -> list[str]:
    """Articles selected in the tree, in tree order; an issue or section means all of it."""
    page = window.library_page
    chosen: list[str] = []
    selected = {
        id(page.model.node(page.proxy.mapToSource(index)))
        for index in page.tree.selectionModel().selectedRows()
    }

    def walk(node: Any, inside: bool) -> None:
        inside = inside or id(node) in selected
        if node.kind == "article" and inside and node.article is not None:
            chosen.append(node.article.id)
        for child in node.children:
            walk(child, inside)

    walk(page.model._root, False)
    return list(dict.fromkeys(chosen))


def current_batch(window: MainWindow) -> batches.Batch:
    """The articles of the side tab in front (see the module doc)."""
    front = window.tabs.currentWidget()
    if front is window.search_panel:
        result = window.search_panel.result
        ids = [hit.article for hit in result.hits] if result is not None else []
        title = window.search_panel.edit.text().strip()
        return batches.from_ids(window.library, ids, title)
    panel: ReadingListPanel | None = getattr(window, "reading_lists", None)
    if panel is not None and front is panel and panel.current is not None:
        return batches.from_list(window.library, panel.current)
    ids = tree_article_ids(window)
    if not ids and window.view.article is not None:
        ids = [window.view.article.id]
    return batches.from_ids(window.library, ids)


def _empty(window: MainWindow) -> bool:
    window.status_label.setText(
        QCoreApplication.translate(
            "BatchOutput", "Select articles in the library, search, or choose a reading list first."
        )
    )
    return False


def print_batch(window: MainWindow, batch: batches.Batch | None = None) -> bool:
    batch = batch or current_batch(window)
    if not window.policy.allows(Action.BATCH_PRINT):
        return False
    if not batch.entries:
        return _empty(window)
    printer = ask_printer(window, window.policy)
    if printer is None:
        return False
    try:
        _batchoutput().render_batch(printer, batch, window.view.font())
    except Exception as exc:
        show_error(window, exc)
        return False
    window.stats.printed()
    return True


def export_batch(window: MainWindow, path: Path, batch: batches.Batch | None = None) -> int:
    """Write the batch as one PDF; returns the pages (raises on failure)."""
    batch = batch or current_batch(window)
    if not batch.entries:
        raise ValueError(QCoreApplication.translate("BatchOutput", "No articles to print."))
    pages = _batchoutput().export_batch_pdf(path, batch, window.view.font())
    window.stats.exported()
    return pages


def export_batch_dialog(window: MainWindow, batch: batches.Batch | None = None) -> None:
    policy = window.policy
    if not (policy.allows(Action.BATCH_EXPORT)):
        return
    batch = batch or current_batch(window)
    if not batch.entries:
        _empty(window)
        return
    from reader_app.gui.base import filedialogs  # the dialog's module: only when asked (start-up)

    name, _ = filedialogs.save_file(
        window,
        QCoreApplication.translate("BatchOutput", "Export Articles as PDF"),
        safe_file_name(
            batch.title or QCoreApplication.translate("BatchOutput", "articles"), ".pdf"
        ),
        QCoreApplication.translate("BatchOutput", "PDF (*.pdf)"),
    )
    if not name:
        return
    try:
        pages = export_batch(window, Path(name), batch)
    except Exception as exc:
        show_error(window, exc)
        return
    window.status_label.setText(
        QCoreApplication.translate("BatchOutput", "Saved %1 (%2 articles, %3 pages)")
        .replace("%1", name)
        .replace("%2", str(len(batch.entries)))
        .replace("%3", str(pages))
    )


def compile_dialog(window: MainWindow, batch: batches.Batch | None = None) -> object:
    """汇编… : a compilation of the reading list, the results or the selection (staff)."""
    if not window.policy.allows(Action.BATCH_EXPORT):
        return None
    batch = batch or current_batch(window)
    if not batch.entries:
        _empty(window)
        return None
    from reader_app.gui.export import compiledialog

    def saved(path: str, articles: int) -> None:
        window.stats.exported()
        window.status_label.setText(
            QCoreApplication.translate("BatchOutput", "Saved %1 (%2 articles)")
            .replace("%1", path)
            .replace("%2", str(articles))
        )

    return compiledialog.open_dialog(
        window, batch, window.settings, window.policy, window.view.font(), saved
    )


def print_list(window: MainWindow, reading_list: ReadingList) -> bool:
    """A reading list on paper: titles, citations, notes, QR codes."""
    if not window.policy.allows(Action.BATCH_PRINT):
        return False
    printer = ask_printer(window, window.policy)
    if printer is None:
        return False
    try:
        _batchoutput().render_list(
            printer, batches.from_list(window.library, reading_list), window.view.font()
        )
    except Exception as exc:
        show_error(window, exc)
        return False
    window.stats.printed()
    return True


def install(window: MainWindow) -> None:
    """Multi-select in the tree; the reading-list panel's print and PDF buttons."""
    window.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    panel = getattr(window, "reading_lists", None)
    if panel is not None:
        panel.printListRequested.connect(lambda rl: print_list(window, rl))
        panel.exportArticlesRequested.connect(
            lambda rl: export_batch_dialog(window, batches.from_list(window.library, rl))
        )
        panel.compileRequested.connect(
            lambda rl: compile_dialog(window, batches.from_list(window.library, rl))
        )
