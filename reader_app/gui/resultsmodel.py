"""Search hits as a list model, and a delegate that draws title, provenance and snippet."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
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

from reader_app.gui import searchtext
from reader_app.output import articlecss, fonts

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
HTML_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex


SNIPPET_LINES = 3  # lines of snippet under each title: more results per screen


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

    def set_hits(self, hits: list[Any]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

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
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title}\n{hit_meta(hit, self.issue_name)}\n{hit.snippet_text}"
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

    def _document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
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
        doc.setHtml(index.data(HTML_ROLE) or "")
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
        # Stop at the last whole line: the margin below it stays empty.
        text_height = option.rect.height() - int(doc.documentMargin()) - 2
        painter.setClipRect(QRect(0, 0, option.rect.width(), text_height))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        self.initStyleOption(option, index)
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractScrollArea) else 320
        option.rect.setWidth(width)
        doc = self._document(option, index)
        return QSize(width, self._height(doc, option, index))

    def _height(self, doc: QTextDocument, option: QStyleOptionViewItem, index: AnyIndex) -> int:
        """Title and source line in full, then at most SNIPPET_LINES lines of snippet."""
        full = int(doc.size().height()) + 2
        head = QTextDocument()
        head.setDefaultFont(doc.defaultFont())
        head.setDefaultStyleSheet(doc.defaultStyleSheet())
        head.setDocumentMargin(doc.documentMargin())
        head.setHtml("<br>".join((index.data(HTML_ROLE) or "").split("<br>", 2)[:2]))  # no snippet
        head.setTextWidth(doc.textWidth())
        keep = _line_count(head) + SNIPPET_LINES
        bottom, seen = 0.0, 0
        block = doc.begin()
        while block.isValid() and seen < keep:
            layout = block.layout()
            top = doc.documentLayout().blockBoundingRect(block).top()
            for n in range(min(layout.lineCount(), keep - seen)):
                line = layout.lineAt(n)
                bottom = top + line.y() + line.height()
                seen += 1
            block = block.next()
        return min(full, int(bottom + doc.documentMargin()) + 2)


def _line_count(doc: QTextDocument) -> int:
    doc.size()  # lays the document out: lines exist only after that
    count, block = 0, doc.begin()
    while block.isValid():
        count += block.layout().lineCount()
        block = block.next()
    return count
