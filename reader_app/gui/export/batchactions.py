"""The window's batch print/export: which articles (tree selection, search hits, a
reading list) and the dialogs around output/batchoutput.py, and 汇编… (a
compilation as Word or PDF, gui/export/compiledialog.py) of the same articles.

The articles come from the side tab in front when it offers a batch (a
``BatchSource``: every hit of the search shown, the reading list shown), else
from the library tree's selection (an issue or section selected stands for all
its articles), else the open article.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTabWidget, QWidget

from reader_app.core.base.filenames import safe_file_name
from reader_app.core.library.library import Library
from reader_app.core.machine.policy import Action, Policy
from reader_app.core.services import batch as batches
from reader_app.core.services.readinglists import ReadingList
from reader_app.gui.base.errors import show_error
from reader_app.gui.base.hub import Hub
from reader_app.gui.base.parts import ActionTable, BatchSource, OutputCounts, Part
from reader_app.gui.base.readingstate import ReadingState
from reader_app.gui.base.settings import Settings
from reader_app.gui.export.output import ask_printer
from reader_app.output import compilelabels


def _batchoutput() -> Any:
    """The page layout of batches (with printing, QR codes, Markdown): loaded when used."""
    from reader_app.output import batchoutput

    return batchoutput


class BatchActions(Part):
    def __init__(
        self,
        library: Library,
        policy: Policy,
        settings: Settings,
        state: ReadingState,
        counts: OutputCounts,
        hub: Hub,
        actions: ActionTable,
        tabs: QTabWidget,
        selection: BatchSource,
        font: Callable[[], QFont],
        parent: QWidget,
    ) -> None:
        """``selection``: the library tree's selection, used whatever tab is in front;
        ``font``: the reading pane's, which a batch is typeset in; ``settings``: a
        compilation's cover (the compiling body and the compiler) is kept there."""
        super().__init__(parent)
        self.library, self.policy, self.settings, self.state = library, policy, settings, state
        self.counts, self.hub, self.tabs = counts, hub, tabs
        self.selection, self.font, self.parent_widget = selection, font, parent
        actions.connect("batch_print", lambda: self.print_batch())
        actions.connect("batch_export", lambda: self.export_batch_dialog())
        actions.connect("compile", lambda: self.compile_dialog())

    def current_batch(self) -> batches.Batch:
        """The articles of the side tab in front (see the module doc)."""
        front = self.tabs.currentWidget()
        if isinstance(front, BatchSource) and front is not self.selection:
            offered = front.batch(self.library)
            if offered is not None:
                return offered
        chosen = self.selection.batch(self.library)
        if chosen is not None:
            return chosen
        article = self.state.article
        return batches.from_ids(self.library, [article.id] if article is not None else [])

    def _empty(self) -> bool:
        self.hub.show_status(
            QCoreApplication.translate(
                "BatchOutput",
                "Select articles in the library, search, or choose a reading list first.",
            )
        )
        return False

    def print_batch(self, batch: batches.Batch | None = None) -> bool:
        batch = batch or self.current_batch()
        if not self.policy.allows(Action.BATCH_PRINT):
            return False
        if not batch.entries:
            return self._empty()
        printer = ask_printer(self.parent_widget, self.policy)
        if printer is None:
            return False
        try:
            _batchoutput().render_batch(printer, batch, self.font())
        except Exception as exc:
            show_error(self.parent_widget, exc)
            return False
        self.counts.printed()
        return True

    def export_batch(self, path: Path, batch: batches.Batch | None = None) -> int:
        """Write the batch as one PDF; returns the pages (raises on failure)."""
        batch = batch or self.current_batch()
        if not batch.entries:
            raise ValueError(QCoreApplication.translate("BatchOutput", "No articles to print."))
        pages = _batchoutput().export_batch_pdf(path, batch, self.font())
        self.counts.exported()
        return pages

    def export_batch_dialog(self, batch: batches.Batch | None = None) -> None:
        if not self.policy.allows(Action.BATCH_EXPORT):
            return
        batch = batch or self.current_batch()
        if not batch.entries:
            self._empty()
            return
        from reader_app.gui.base import filedialogs  # the dialog's module: only when asked

        name, _ = filedialogs.save_file(
            self.parent_widget,
            QCoreApplication.translate("BatchOutput", "Export Articles as PDF"),
            safe_file_name(compilelabels.batch_title(batch), ".pdf"),
            QCoreApplication.translate("BatchOutput", "PDF (*.pdf)"),
        )
        if not name:
            return
        try:
            pages = self.export_batch(Path(name), batch)
        except Exception as exc:
            show_error(self.parent_widget, exc)
            return
        self.hub.show_status(
            QCoreApplication.translate("BatchOutput", "Saved %1 (%2 articles, %3 pages)")
            .replace("%1", name)
            .replace("%2", str(len(batch.entries)))
            .replace("%3", str(pages))
        )

    def compile_dialog(self, batch: batches.Batch | None = None) -> QWidget | None:
        """汇编… : a compilation of the reading list, the results or the selection (staff)."""
        if not self.policy.allows(Action.BATCH_EXPORT):
            return None
        batch = batch or self.current_batch()
        if not batch.entries:
            self._empty()
            return None
        from reader_app.gui.export import compiledialog

        def saved(path: str, articles: int) -> None:
            self.counts.exported()
            self.hub.show_status(
                QCoreApplication.translate("BatchOutput", "Saved %1 (%2 articles)")
                .replace("%1", path)
                .replace("%2", str(articles))
            )

        dialog: QWidget | None = compiledialog.open_dialog(
            self.parent_widget, batch, self.settings, self.policy, self.font(), saved
        )
        return dialog

    def print_list(self, reading_list: ReadingList) -> bool:
        """A reading list on paper: titles, citations, notes, QR codes."""
        if not self.policy.allows(Action.BATCH_PRINT):
            return False
        printer = ask_printer(self.parent_widget, self.policy)
        if printer is None:
            return False
        try:
            _batchoutput().render_list(
                printer, batches.from_list(self.library, reading_list), self.font()
            )
        except Exception as exc:
            show_error(self.parent_widget, exc)
            return False
        self.counts.printed()
        return True

    def export_list_dialog(self, reading_list: ReadingList) -> None:
        """The reading list's articles as one PDF."""
        self.export_batch_dialog(batches.from_list(self.library, reading_list))

    def compile_list_dialog(self, reading_list: ReadingList) -> QWidget | None:
        """汇编… under a reading list: its articles, in its order, with its notes."""
        return self.compile_dialog(batches.from_list(self.library, reading_list))
