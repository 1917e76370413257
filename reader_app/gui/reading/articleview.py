"""The reading pane: a QTextBrowser that never navigates away from the article.

It renders an article or an issue cover, keeps a comfortable measure for Chinese
text, marks search hits (or Ctrl+F matches) with extra selections and steps
through them.
"""

from __future__ import annotations

import logging
from array import array
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from reader_app.core.base.model import Article, Issue
from reader_app.output import articlecss, fonts
from reader_app.output.articlehtml import ARTICLE_SCHEME, QR_URL, article_html, cover_html
from reader_app.output.qrcode import qr_fits, qr_image

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 12.0
MEASURE_CHARS = 40  # characters per line: a comfortable measure for Chinese
#: Marks shown at most (as many as the core's ``hit_spans`` gives): each F3 repaints them all.
MAX_MARKS = 1_000
Span = tuple[int, int]


def utf16_spans(text: str, spans: list[Span]) -> list[Span]:
    """Python string offsets → QTextDocument positions (UTF-16 code units)."""
    if all(ord(ch) < 0x10000 for ch in text):
        return spans
    prefix = [0]
    for ch in text:
        prefix.append(prefix[-1] + (2 if ord(ch) >= 0x10000 else 1))
    return [(prefix[s], prefix[e]) for s, e in spans]


def carry_spans(old: str, new: str, spans: list[Span]) -> list[Span]:
    """Move ``spans`` from ``old`` to ``new``, the same article rendered again.

    A language switch rewrites labels ("page 17" → "第17页"); the text around the
    hits is unchanged and only shifts. Spans touching a changed stretch are dropped.
    """
    if not (old.isascii() or all(ord(ch) < 0x10000 for ch in old + new)):
        old_units: Any = array("H", old.encode("utf-16-le")).tolist()  # document positions
        new_units: Any = array("H", new.encode("utf-16-le")).tolist()
    else:
        old_units, new_units = old, new
    matcher = SequenceMatcher(None, old_units, new_units, autojunk=False)
    blocks = matcher.get_matching_blocks()
    kept: list[Span] = []
    for start, end in spans:
        for a, b, size in blocks:
            if a <= start and end <= a + size:
                kept.append((start - a + b, end - a + b))
                break
    return kept


class ArticleBrowser(QTextBrowser):
    """The pane's behaviour; ``ArticleView`` below is what the window makes."""

    articleRequested = Signal(str)  # an internal link to another article
    externalLinkRequested = Signal(QUrl)  # an http(s) link: the window asks first
    marksChanged = Signal(int, int)  # current (1-based, 0 if none), total
    backRequested = Signal()
    forwardRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        # A caret the keyboard moves (Down: the next line), so a screen reader reads the
        # article line by line and word by word; links stay reachable by Tab and Enter.
        flag = Qt.TextInteractionFlag
        self.setTextInteractionFlags(
            flag.TextSelectableByKeyboard
            | flag.TextSelectableByMouse
            | flag.LinksAccessibleByKeyboard
            | flag.LinksAccessibleByMouse
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.theme = "light"
        self.zoom = 100
        self.issue: Issue | None = None
        self.article: Article | None = None
        # The QR code is made when Qt first paints it (segno's import and the encoding cost
        # ~60 ms, at the foot of the article): the image's size is in the HTML, so the
        # layout does not need it and a start that restores an article does not wait.
        self._qr: QImage | None = None
        self._qr_spec: tuple[str, str, str] | None = None  # url, dark, light
        self._marks: list[Span] = []
        self._current = -1
        self._spoken: Span | None = None  # the sentence read aloud now (UTF-16 positions)
        self._apply_font()

    # ------------------------------------------------------------ content
    def show_article(self, article: Article, issue: Issue | None) -> None:
        self.article, self.issue = article, issue
        dark, light = (
            ("#e6e6e6", "#1e1e1e")
            if articlecss.resolve(self.theme) == "dark"
            else (
                "#000000",
                "#ffffff",
            )
        )
        url = article.url or ""
        self._qr, self._qr_spec = None, (url, dark, light) if url and qr_fits(url) else None
        self._set_html(article_html(article, issue, with_qr=self._qr_spec is not None))

    def show_cover(self, issue: Issue) -> None:
        self.article, self.issue = None, issue
        self._qr, self._qr_spec = None, None
        self._set_html(cover_html(issue))

    def show_message(self, html: str) -> None:
        self.article, self.issue = None, None
        self._set_html(html)

    def _set_html(self, body: str) -> None:
        self.document().setDefaultStyleSheet(articlecss.article_css(self.theme))
        self.setHtml(f"<html><body>{body}</body></html>")
        self._update_margins()
        self._spoken = None
        self.clear_marks()

    def rerender(self) -> None:
        """Render again (theme or language change), keeping scroll position and marks."""
        scroll = self.verticalScrollBar().value()
        old_text, marks, current = self.plain_text(), self._marks, self._current
        spoken = self._spoken
        if self.article is not None:
            self.show_article(self.article, self.issue)
        elif self.issue is not None:
            self.show_cover(self.issue)
        if marks:
            kept = carry_spans(old_text, self.plain_text(), marks)
            self._marks = kept
            self._current = min(current, len(kept) - 1) if kept else -1
            self._paint_marks(scroll=False)
        if spoken is not None and self.plain_text() == old_text:  # read aloud goes on
            self._spoken = spoken
            self._paint_marks(scroll=False)
        self.verticalScrollBar().setValue(scroll)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        if (name.toString() if isinstance(name, QUrl) else name) == QR_URL:
            if self._qr is None:
                self._qr = qr_image(*self._qr_spec) if self._qr_spec else QImage()
            return self._qr
        return None  # nothing is ever fetched from disk or network

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == ARTICLE_SCHEME:
            self.articleRequested.emit(url.path())
        elif url.scheme() in ("http", "https"):
            self.externalLinkRequested.emit(url)
        else:
            log.info("ignored link %s", url.toString())

    # ------------------------------------------------------------ look
    def set_theme(self, theme: str) -> None:
        self.theme = theme
        self.rerender()

    def set_zoom(self, percent: int) -> None:
        changed = percent != self.zoom
        self.zoom = percent
        self._apply_font()
        self._update_margins()
        if changed and (self.article is not None or self.issue is not None):
            # Qt works out a style sheet's "em" once, from the font when the HTML is set:
            # without this the paragraph spacing stays that of the old size (适老化 asks for
            # paragraphs 1.3× the line spacing apart at every size).
            self.rerender()

    def _apply_font(self) -> None:
        font = QFont()
        font.setFamilies(fonts.families())  # the window's one typeface
        font.setPointSizeF(BASE_POINT_SIZE * self.zoom / 100)
        self.setFont(font)
        self.document().setDefaultFont(font)

    def _update_margins(self) -> None:
        """Centre the text in a column of about MEASURE_CHARS characters."""
        measure = self.fontMetrics().horizontalAdvance("中") * MEASURE_CHARS
        side = max(16, (self.viewport().width() - measure) // 2)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if int(fmt.leftMargin()) != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(18)
            fmt.setBottomMargin(24)
            root.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._update_margins()
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        button = event.button()
        if button == button.BackButton:
            self.backRequested.emit()
        elif button == button.ForwardButton:
            self.forwardRequested.emit()
        else:
            super().mousePressEvent(event)

    def centre_cursor(self) -> None:
        """Scroll the text cursor into the middle of the view (the top stays when near it).

        ``ensureCursorVisible`` leaves a hit on the very edge, where it is easily
        missed, and would cut the title off for a hit just below the first screen.
        """
        self.document().documentLayout().documentSize()  # lay out before measuring
        bar = self.verticalScrollBar()
        rect = self.cursorRect()
        target = bar.value() + rect.center().y() - self.viewport().height() // 2
        bar.setValue(max(bar.minimum(), min(bar.maximum(), target)))

    # ------------------------------------------------------------ marks
    def plain_text(self) -> str:
        return self.document().toPlainText()

    def set_marks(self, spans: list[Span], current: int = 0) -> None:
        """Mark ``spans`` (offsets into :meth:`plain_text`) and scroll to ``current``."""
        self._marks = utf16_spans(self.plain_text(), spans[:MAX_MARKS])
        self._current = current if self._marks else -1
        self._paint_marks()

    def clear_marks(self) -> None:
        self.set_marks([])

    def find_text(self, needle: str) -> int:
        """Mark every occurrence of ``needle``, matched as the search matches; the count.

        A plain case-insensitive find said "No matches" for words the search had found
        and the pane shows (full-width letters, traditional characters, a zero-width
        space or a line break inside the word): the core folds both sides alike.
        """
        from reader_app.core.search.highlight import find_spans  # the index is open by now

        spans = find_spans(self.plain_text(), needle, MAX_MARKS) if needle else []
        self.set_marks(spans)
        return len(spans)

    def marked_terms(self) -> list[str]:
        """The distinct strings marked now (search hits or Find matches), in order."""
        terms: list[str] = []
        for start, end in self._marks:
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            terms.append(cursor.selectedText())
        return list(dict.fromkeys(terms))

    @property
    def mark_count(self) -> int:
        return len(self._marks)

    @property
    def current_mark(self) -> int:
        return self._current

    def next_mark(self) -> None:
        if self._marks:
            self._current = (self._current + 1) % len(self._marks)
            self._paint_marks()

    def previous_mark(self) -> None:
        if self._marks:
            self._current = (self._current - 1) % len(self._marks)
            self._paint_marks()

    @property
    def spoken(self) -> Span | None:
        """The sentence being read aloud, as UTF-16 positions; None when not reading."""
        return self._spoken

    def set_spoken(self, span: Span | None) -> None:
        """Mark the sentence read aloud (offsets into :meth:`plain_text`) and bring it into
        view; the caret goes to its start, so a screen reader and Shift+arrows follow."""
        self._spoken = utf16_spans(self.plain_text(), [span])[0] if span is not None else None
        self._paint_marks(scroll=False)
        if self._spoken is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._spoken[0])
            self.setTextCursor(cursor)
            self.centre_cursor()

    def _paint_marks(self, scroll: bool = True) -> None:
        c = articlecss.colors(self.theme)
        selections = []
        if self._spoken is not None:  # under the hits: a hit inside it stays visible
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._spoken[0])
            cursor.setPosition(self._spoken[1], QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(c.spoken))
            fmt.setForeground(QColor(c.text))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(c.link))
            sel.cursor, sel.format = cursor, fmt
            selections.append(sel)
        for i, (start, end) in enumerate(self._marks):
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(c.current if i == self._current else c.mark))
            fmt.setForeground(QColor(c.mark_text))
            sel.cursor, sel.format = cursor, fmt
            selections.append(sel)
        self.setExtraSelections(selections)
        if 0 <= self._current < len(self._marks):
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._marks[self._current][0])
            self.setTextCursor(cursor)
            if scroll:
                self.centre_cursor()
        self.marksChanged.emit(self._current + 1 if self._marks else 0, len(self._marks))


# Screen readers: Qt picks a widget's accessible interface by the class names up its
# chain, from the most derived. A QTextBrowser is reported as static text (AT-SPI
# "label", UI Automation "text"), which NVDA does not follow with the caret; a QTextEdit
# as (read-only) editable text, a document with a caret: Orca says "read only text" and
# the line, NVDA and Narrator "edit, read only" and read by line and character. So the
# class Qt sees first is named QTextEdit (it is one: the chain goes on through
# ArticleBrowser and QTextBrowser, whose links, Tab between links and resources stay);
# Python still calls it ArticleView. Checked in tests/gui/shell/test_panes.py (role) and
# tests/gui/shell/test_orca_speech.py (what Orca says).
if TYPE_CHECKING:
    ArticleView = ArticleBrowser
else:
    ArticleView = type("QTextEdit", (ArticleBrowser,), {"__module__": __name__})
    ArticleView.__name__ = ArticleView.__qualname__ = "ArticleView"
