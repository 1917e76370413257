"""What the reader has open: the issue, the article, and the query marked in it.

One object instead of attributes of the main window that parts read from each
other (the citation, the batch's fallback article, the window title). The shell
sets it when the pane changes; ``changed`` is emitted once per change, so a part
that follows the open article (its actions enabled or not) listens to one signal.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reader_app.core.base.model import Article, Issue


class ReadingState(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.issue: Issue | None = None
        self.article: Article | None = None  # None: the issue's cover, or nothing
        self.query = ""  # the query whose hits are marked in the pane
        self.terms: tuple[str, ...] = ()  # and the related terms it was expanded with
        self.exact = False  # the typed words marked only where whole (core/search/marks.py)

    def show(self, issue: Issue | None, article: Article | None = None) -> None:
        """An article (or an issue's cover) is in the pane, with nothing marked yet."""
        self.issue, self.article = issue, article
        self.query, self.terms, self.exact = "", (), False
        self.changed.emit()

    def mark(self, query: str, terms: tuple[str, ...] = (), exact: bool = False) -> None:
        """The hits of ``query`` (and its related ``terms``) are marked in the pane."""
        if (query, terms, exact) == (self.query, self.terms, self.exact):
            return
        self.query, self.terms, self.exact = query, terms, exact
        self.changed.emit()

    def clear(self) -> None:
        """Nothing open (a public-mode reset before the start page is shown)."""
        if self.issue is None and self.article is None and not self.query:
            return
        self.show(None, None)
