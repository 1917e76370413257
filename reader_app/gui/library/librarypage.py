"""The library tab: a filter box above the year → issue → section → article tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from reader_app.core.base.model import Issue
from reader_app.core.library.library import Library
from reader_app.core.services.batch import Batch, from_ids
from reader_app.gui.library.librarymodel import (
    ID_ROLE,
    KIND_ROLE,
    LibraryFilterModel,
    LibraryModel,
    max_page,
)

if TYPE_CHECKING:
    from reader_app.gui.base.theme import Theme


class LibraryPage(QWidget):
    """Emits what the reader picked; never opens anything itself."""

    articleChosen = Signal(str)
    issueChosen = Signal(str)

    def __init__(self, issues: list[Issue], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(issues, self)
        self.proxy = LibraryFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setObjectName("libraryTree")
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The page column is as wide as the longest page number: sized from the font, not
        # by asking every row (ResizeToContents read ~7,000 rows per layout with 320 issues).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self._size_page_column(issues)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("libraryFilter")
        self.filter.setClearButtonEnabled(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.filter)
        box.addWidget(self.tree, 1)
        self.setTabOrder(self.filter, self.tree)
        self.filter.textChanged.connect(self.filter_tree)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.tree.activated.connect(self._on_current)
        self._following = False
        self._opened = False  # years and issues are opened when the page is first shown

    def showEvent(self, event: QShowEvent) -> None:
        """Open years and issues now, not when made: showing the tree lays out every open
        row (~20 calls into the model each, 2,600 rows with 320 issues), so opening them
        before the first show meant two passes over them."""
        super().showEvent(event)
        if not self._opened:
            self._opened = True
            self.tree.expandToDepth(1)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(QCoreApplication.translate("MainWindow", "Filter titles…"))
        self.filter.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Filter the library")
        )
        self.tree.setAccessibleName(QCoreApplication.translate("MainWindow", "Library"))

    def _size_page_column(self, issues: list[Issue]) -> None:
        digits = len(str(max_page(issues)))
        metrics = self.tree.fontMetrics()
        width = metrics.horizontalAdvance("8" * max(digits, 2)) + 3 * metrics.averageCharWidth()
        self.tree.header().resizeSection(1, max(width, self.tree.header().minimumSectionSize()))

    def set_issues(self, issues: list[Issue]) -> None:
        self.model.set_issues(issues)
        self._size_page_column(issues)
        if self._opened:
            self.tree.expandToDepth(1)

    def selected_article_ids(self) -> list[str]:
        """Articles selected in the tree, in tree order; an issue or section means all of it."""
        rows = self.tree.selectionModel().selectedRows()
        return self.model.article_ids_under([self.proxy.mapToSource(index) for index in rows])

    def batch(self, library: Library) -> Batch | None:
        """The tree's selection as a batch (gui/base/parts.py ``BatchSource``)."""
        ids = self.selected_article_ids()
        return from_ids(library, ids) if ids else None

    def select(self, item_id: str) -> None:
        """Show ``item_id`` as current without re-opening it."""
        index = self.proxy.mapFromSource(self.model.index_of(item_id))
        if index.isValid() and index != self.tree.currentIndex():
            # Not blockSignals(): the view itself listens to the selection model and
            # would keep painting the old row highlighted.
            self._following = True
            try:
                # The article shown is the one highlighted (the tree may allow
                # several for batch printing; following the pane selects just this).
                flags = QItemSelectionModel.SelectionFlag
                self.tree.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
            finally:
                self._following = False
            self.tree.scrollTo(index)

    def filter_tree(self, text: str) -> None:
        """Narrow the tree; the selection changes this causes open nothing."""
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        try:
            self.proxy.setFilterFixedString(text.strip())
        finally:
            selection.blockSignals(False)
        if text.strip():
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            self.tree.expandToDepth(1)

    def set_theme(self, theme: Theme) -> None:
        """The window part's contract (gui/base/parts.py): nothing here follows the theme."""

    def reset(self) -> None:
        """The next patron's tree, as at launch: no filter, no selection, only years and
        issues open (the window then shows the start page's issue as current)."""
        self.filter.clear()
        self._following = True  # forgetting the selection opens nothing
        try:
            self.tree.selectionModel().clear()  # Ctrl+clicked articles, the current row too
        finally:
            self._following = False
        self.tree.collapseAll()
        self.tree.expandToDepth(1)
        self.tree.scrollToTop()

    def _on_current(self, index: QModelIndex) -> None:
        if self._following:
            return  # the tree follows the pane; it does not open anything
        kind, item_id = index.data(KIND_ROLE), index.data(ID_ROLE)
        if kind == "article":
            self.articleChosen.emit(item_id)
        elif kind == "issue":
            self.issueChosen.emit(item_id)
