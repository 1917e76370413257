"""The library tree: year → issue → section → article, over plain node objects."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from reader_app.core.base.model import Article, Issue
from reader_app.core.library.catalogue import article_ids, outline
from reader_app.gui.base.plaintext import tooltip

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # issue id or article id
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "year" | "issue" | "section" | "article"
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3  # text the filter box matches

AnyIndex = QModelIndex | QPersistentModelIndex
# Made once: combining Qt's enums goes through Python's enum machinery (~3 µs a call).
_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


class Node:
    """One row of the tree. A section's article rows are made when first asked for.

    With 320 issues the tree has 20,000 article rows, but a start shows the sections
    only (collapsed): their counts come from the catalogue's outline of each issue, and
    an issue's articles are decoded and their rows made when Qt (or a walk) first asks
    for the children of one of its sections (``children``); ``size`` never makes them.
    """

    __slots__ = (
        "_fill",
        "_rows",
        "article",
        "count",
        "issue",
        "kind",
        "label",
        "parent",
        "position",
    )

    def __init__(
        self,
        kind: str,
        label: str,
        *,
        issue: Issue | None = None,
        article: Article | None = None,
        count: int = 0,
    ) -> None:
        self.kind, self.label = kind, label
        self.issue, self.article = issue, article
        self.parent: Node | None = None
        self.position = 0  # its row under its parent (list.index was linear)
        self.count = count  # rows under it while they are not made yet
        self._rows: list[Node] = []
        self._fill: Callable[[], None] | None = None  # makes the rows (all of an issue's)

    @property
    def children(self) -> list[Node]:
        if self._fill is not None:
            self._fill()
        return self._rows

    @property
    def size(self) -> int:
        """How many rows are under it, without making them."""
        return self.count if self._fill is not None else len(self._rows)

    @property
    def pending(self) -> bool:
        return self._fill is not None

    def defer_rows(self, fill: Callable[[], None] | None) -> None:
        """Its rows are made by ``fill`` when first asked for (None: they are made now)."""
        self._fill = fill

    def row(self) -> int:
        return self.position if self.parent else 0

    def add(self, child: Node) -> Node:
        child.parent = self
        child.position = len(self._rows)
        self._rows.append(child)
        return child


def issue_label(issue: Issue) -> str:
    """总第十八期 · 2022.11.16–12.15: how the tree names an issue."""
    label = issue.label
    if issue.period_start and issue.period_end:
        start, end = issue.period_start, issue.period_end
        tail = end.strftime("%m.%d") if end.year == start.year else end.strftime("%Y.%m.%d")
        label += f"  {start.strftime('%Y.%m.%d')}–{tail}"
    return label


def build_tree(issues: list[Issue]) -> Node:
    root = Node("root", "")
    years: dict[int, Node] = {}
    for issue in sorted(issues, key=lambda i: (i.year, i.number), reverse=True):
        year = years.get(issue.year)
        if year is None:
            year = years[issue.year] = root.add(Node("year", f"{issue.year}年"))
        inode = year.add(Node("issue", issue_label(issue), issue=issue))
        sections = [
            inode.add(Node("section", section, issue=issue, count=count))
            for section, count, _page in outline(issue)
        ]
        fill = _filler(issue, sections)
        for snode in sections:
            snode.defer_rows(fill)
    return root


def _filler(issue: Issue, sections: list[Node]) -> Callable[[], None]:
    """Makes the article rows of every section of ``issue`` at once (one decoding)."""

    def fill() -> None:
        by_name = {snode.label: snode for snode in sections}
        for snode in sections:
            snode.defer_rows(None)
        for article in issue.articles:
            target = by_name.get(article.section)
            if target is not None:
                target.add(Node("article", article.title, issue=issue, article=article))

    return fill


def max_page(issues: list[Issue]) -> int:
    """The highest printed page of any article (the page column's width), from the outlines."""
    return max((page for issue in issues for _s, _n, page in outline(issue)), default=0)


class LibraryModel(QAbstractItemModel):
    """Two columns: the title, and the printed page of each article."""

    def __init__(self, issues: list[Issue] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = build_tree(issues or [])
        #: id -> (is an article, its issue's node), built on the first index_of
        self._by_id: dict[str, tuple[bool, Node]] | None = None
        self._headers = ("Title", "Page")

    def set_headers(self, title: str, page: str) -> None:
        self._headers = (title, page)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def set_issues(self, issues: list[Issue]) -> None:
        self.beginResetModel()
        self._root = build_tree(issues)
        self._by_id = None
        self.endResetModel()

    def article_ids_under(self, indexes: list[QModelIndex]) -> list[str]:
        """Articles at or under ``indexes``, in tree order; an issue or section means all of it."""
        selected = {id(self.node(index)) for index in indexes}
        chosen: list[str] = []

        def walk(node: Node, inside: bool) -> None:
            inside = inside or id(node) in selected
            if node.kind == "article" and inside and node.article is not None:
                chosen.append(node.article.id)
            for child in node.children:
                walk(child, inside)

        walk(self._root, False)
        return list(dict.fromkeys(chosen))

    def node(self, index: AnyIndex) -> Node:
        if index.isValid():
            return index.internalPointer()
        return self._root

    # ------------------------------------------------------------ structure
    # index(), flags() and hasChildren() are called ~20 times per shown row at each layout
    # of the tree (2,600 rows with 320 issues): kept to a few attribute reads each.
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here: hasIndex() calls back into rowCount and columnCount.
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            children = parent.internalPointer().children
        else:
            children = self._root.children  # the root's rows are never pending
        if 0 <= row < len(children) and 0 <= column < 2:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    # The ignore below: PySide6's stub overloads parent() (QObject's) and parent(index) on
    # QAbstractItemModel, which no single Python signature can match.
    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self.node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return self.node(parent).size

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return False
        return self.node(parent).size > 0

    def canFetchMore(self, parent: AnyIndex) -> bool:
        """True for a section whose rows are not made yet (they exist: ``rowCount`` counts
        them). The filter proxy then answers ``hasChildren`` without mapping every section."""
        return parent.isValid() and self.node(parent).pending

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid():
            self.node(parent).children  # noqa: B018 - makes the rows, no row count changes

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ITEM_FLAGS if index.isValid() else _NO_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < 2 else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if node.kind == "section":
                    return f"{node.label} ({node.size})"
                return node.label
            if column == 1 and node.article is not None and node.article.page is not None:
                return str(node.article.page)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            if node.kind == "issue" and node.issue is not None:
                return tooltip(node.issue.display_title)
            if node.article is not None:
                return tooltip(node.article.title)
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(node, column)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and node.article is not None:
            a = node.article
            return " ".join(x for x in (a.source or "", a.date.isoformat() if a.date else "") if x)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            if node.article is not None:
                return node.article.id
            return node.issue.id if node.issue is not None else None
        if role == KIND_ROLE:
            return node.kind
        if role == FILTER_ROLE:
            if node.article is not None:
                a = node.article
                return " ".join(x for x in (a.title, a.source or "", str(a.page or "")) if x)
            return node.label
        return None

    def _spoken(self, node: Node, column: int) -> str | None:
        """What a screen reader announces: title, section and printed page of an article."""
        if node.article is not None:
            a = node.article
            page = (
                QCoreApplication.translate("LibraryModel", "page %1").replace("%1", str(a.page))
                if a.page
                else ""
            )
            if column == 1:
                return page or None
            return "，".join(x for x in (a.title, a.section, page) if x)
        if column != 0:
            return None
        if node.kind == "section":
            count = QCoreApplication.translate("LibraryModel", "%1 articles").replace(
                "%1", str(node.size)
            )
            return f"{node.label}，{count}"
        if node.kind == "issue" and node.issue is not None:
            return node.issue.display_title
        return None

    # ------------------------------------------------------------ lookups
    def index_of(self, item_id: str) -> QModelIndex:
        """The index of the article or issue with ``item_id`` (invalid if absent).

        The first in tree order, as a walk of the tree finds it; looked up in a table
        built once per tree (a walk per lookup took ~0.5 s with 20,000 articles).
        """
        if self._by_id is None:
            self._by_id = {}
            for year in self._root.children:  # issues in row order, each before its articles
                for inode in year.children:
                    assert inode.issue is not None
                    self._by_id.setdefault(inode.issue.id, (False, inode))
                    for article_id in article_ids(inode.issue):  # no rows made
                        self._by_id.setdefault(article_id, (True, inode))
        is_article, owner = self._by_id.get(item_id, (False, None))
        found: Node | None = owner
        if owner is not None and is_article:  # its issue's rows are made now
            found = next(
                (
                    node
                    for section in owner.children
                    for node in section.children
                    if node.article is not None and node.article.id == item_id
                ),
                None,
            )
        if found is None:
            return QModelIndex()
        return self.createIndex(found.row(), 0, found)


class LibraryFilterModel(QSortFilterProxyModel):
    """Narrows the tree as the user types: a match keeps its ancestors and its children."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(0)
