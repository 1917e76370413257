"""Search hits as a list model, and a delegate that draws title, provenance and snippet.

A search makes the snippets of the rows in view only; the model asks for the others
(``snippet_source``, a background job) when a row is drawn, and rows have one height
from the font, so laying out the list never needs a snippet.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reader_app.gui.base.plaintext import tooltip
from reader_app.gui.search import searchtext
from reader_app.output import articlecss, fonts

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
HTML_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex


SNIPPET_LINES = 3  # lines of snippet under each title: more results per screen
#: A row's shape for its height: a one-line title, the source line, SNIPPET_LINES lines.
_SAMPLE = "<b>国</b><br><span style='font-size:small;'>国</span>" + "<br>国" * SNIPPET_LINES


def hit_meta(hit: Any, issue_name: Callable[[str], str] | None = None) -> str:
    """Issue, section, source, date and page: two hits with one title are told apart."""
    issue = issue_name(hit.issue) if issue_name is not None else hit.issue
    parts = [issue, hit.section, hit.source or "", hit.date or ""]
    if hit.page is not None:
        parts.append(searchtext.page(hit.page))
    return " · ".join(p for p in parts if p)


class ResultsModel(QAbstractListModel):
    """Rows are the hits of the latest search (plain ``Hit`` objects from the core)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[Any] = []
        self._theme = "light"
        #: issue id → how readers name it ("2022年总第十八期"); the window sets it.
        self.issue_name: Callable[[str], str] | None = None
        #: Makes the snippets of the hits given (off the GUI thread), then calls
        #: :meth:`snippets_ready`; None: rows without a snippet stay without one.
        self.snippet_source: Callable[[list[Any]], None] | None = None
        self._wanted: dict[int, Any] = {}  # id(hit) -> hit whose snippet a drawn row needs
        self._asked: set[int] = set()  # asked for already (one request per hit)
        self._ask_timer = QTimer(self)
        self._ask_timer.setSingleShot(True)
        self._ask_timer.setInterval(0)  # one request for all rows drawn in one paint
        self._ask_timer.timeout.connect(self._ask)

    def set_hits(self, hits: list[Any]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._wanted.clear()
        self._asked.clear()
        self.endResetModel()

    def _want_snippet(self, hit: Any) -> None:
        """Note a drawn row whose snippet is not made yet; asked for once control returns."""
        if getattr(hit, "pending", None) is None or id(hit) in self._asked:
            return
        self._wanted[id(hit)] = hit
        if self.snippet_source is not None:
            self._ask_timer.start()

    def _ask(self) -> None:
        hits = list(self._wanted.values())
        self._wanted.clear()
        self._asked.update(id(h) for h in hits)
        if hits and self.snippet_source is not None:
            self.snippet_source(hits)

    def snippets_ready(self, hits: list[Any]) -> None:
        """Redraw the rows of ``hits`` (their snippets were made meanwhile)."""
        rows = {id(h): row for row, h in enumerate(self._hits)}
        for hit in hits:
            row = rows.get(id(hit))
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(index, index)

    @property
    def theme(self) -> str:
        return self._theme

    @theme.setter
    def theme(self, theme: str) -> None:
        """Hits already shown are redrawn in the new theme's colours."""
        self._theme = theme
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1), [HTML_ROLE])

    def hit(self, row: int) -> Any:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (HTML_ROLE, Qt.ItemDataRole.ToolTipRole):
            self._want_snippet(hit)
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(f"{hit.title}\n{hit_meta(hit, self.issue_name)}\n{hit.snippet_text}")
        if role == Qt.ItemDataRole.AccessibleTextRole:  # what a screen reader announces
            return f"{hit.title}，{hit_meta(hit, self.issue_name)}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return hit.snippet_text
        if role == HIT_ROLE:
            return hit
        if role == ARTICLE_ID_ROLE:
            return hit.article
        if role == HTML_ROLE:
            c = articlecss.colors(self.theme)
            snippet = searchtext.marked_html(
                hit.snippet_text,
                hit.snippet_spans,
                f'<span style="background-color:{c.mark}; color:{c.mark_text};">',
                "</span>",
            )
            return (
                f"<b>{html.escape(hit.title)}</b><br>"
                f'<span class="meta" style="font-size:small;">{html.escape(hit_meta(hit, self.issue_name))}</span>'
                f"<br>{snippet}"
            )
        return None


class HitDelegate(QStyledItemDelegate):
    """Draws each hit's rich text (QStyledItemDelegate can only draw plain text)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[str, str], int] = {}  # row height per font and style

    def _document(
        self, option: QStyleOptionViewItem, index: AnyIndex, sample: bool = False
    ) -> QTextDocument:
        """The row's rich text; ``sample``: a stand-in row of one title line and full snippet."""
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        # The source/date line: muted, but readable on the selection colour.
        if option.state & QStyle.StateFlag.State_Selected:
            meta = option.palette.color(QPalette.ColorRole.HighlightedText).name()
        else:
            meta = articlecss.colors(getattr(index.model(), "theme", "light")).muted
        family = fonts.css_family()  # the window's typeface, not fontconfig's fallback
        doc.setDefaultStyleSheet(f"body {{ font-family: {family}; }} .meta {{ color: {meta}; }}")
        doc.setDocumentMargin(6)
        doc.setHtml(_SAMPLE if sample else index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(120, option.rect.width()))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        widget: QWidget | None = option.widget
        style = widget.style() if widget else None
        text_opt = QStyleOptionViewItem(option)
        text_opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_opt, painter, widget)
        doc = self._document(option, index)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        else:
            ctx.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.Text)
            )
        painter.save()
        painter.translate(option.rect.topLeft())
        # Stop at the last whole line (a long title leaves fewer snippet lines).
        room = option.rect.height() - doc.documentMargin() - 2
        painter.setClipRect(QRect(0, 0, option.rect.width(), _whole_lines(doc, room)))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """One height for every row: title, source line and SNIPPET_LINES lines of snippet.

        From the font alone (a sample row laid out once per font and style), so the list
        is laid out without any snippet and rows far down make theirs when shown.
        """
        self.initStyleOption(option, index)
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractScrollArea) else 320
        option.rect.setWidth(width)
        doc = self._document(option, index, sample=True)
        key = (doc.defaultFont().key(), doc.defaultStyleSheet())
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = math.ceil(doc.size().height()) + 2
        return QSize(width, height)


def _whole_lines(doc: QTextDocument, height: float) -> int:
    """The bottom of the last line of ``doc`` that fits wholly within ``height``."""
    layout, bottom = doc.documentLayout(), 0.0
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for n in range(lines.lineCount()):
            line = lines.lineAt(n)
            end = top + line.y() + line.height()
            if end > height + 0.5:
                return int(bottom)
            bottom = end
        block = block.next()
    return int(bottom)
