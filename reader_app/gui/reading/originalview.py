"""The original-page view: the printed pages of the issue, opened at the article's first.

The view holds every page of the issue's PDF (CAJViewer's habit: read on past the
article), one at a time; only the page in sight is rendered, and the thumbnails in
sight of the strip (``pagestrip.py``). The toolbar has a page-number box (a printed
page, Enter goes there), fit width / fit page and the strip's switch.

The article's search hits are found on all its pages first (a worker reads their
text): F4 opens on the page of the first hit, F3 / Shift+F3 step through them across
pages, and the current hit is drawn apart from the others.

Pages are rendered by ``reader_app.core.pdf.original`` on a worker thread (PDFium is
slow enough on a dense page to be felt, and never runs on the GUI thread); the
result comes back by signal with a ticket, so a late answer for a page the
reader has already left is dropped. Search hits are painted over the image as
semi-transparent rectangles from the PDF's own text positions.

The page's text model (``core/pdf/pagetext.py``) comes back with the image: the
hits are found in it, and the patron selects in it (drag, double-click a word,
Shift+arrows, Ctrl+A) and copies from it (Ctrl+C, or with the article's
reference and printed page), the text read as the import reads it
(``core/importer/pagecopy.py``: reading order, lines joined, no running header).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QImage,
    QIntValidator,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.base.model import Article, Issue
from reader_app.core.pdf import original
from reader_app.core.services.citation import DEFAULT_STYLE, citation
from reader_app.gui.base import plaintext, workers
from reader_app.gui.base.errors import page_failure_reason
from reader_app.gui.base.settings import ZOOM_DEFAULT, ZOOM_MAX, ZOOM_MIN
from reader_app.gui.reading.pagestrip import PageStrip

if TYPE_CHECKING:  # the page text's model is read with a page's text (start-up, issue 23)
    from reader_app.core.pdf.pagetext import PageLayer, Rect
    from reader_app.gui.base.theme import Theme

log = logging.getLogger(__name__)

CACHE_PAGES = 6  # rendered images kept: the article's pages back and forth at one zoom


@dataclass(frozen=True)
class PageJob:
    """What a worker renders: one page at one scale, and the hits for some terms."""

    ticket: int
    pdf: Path
    page: int
    scale: float  # device pixels per point
    terms: tuple[str, ...]


@dataclass(frozen=True)
class PageResult:
    job: PageJob
    image: QImage
    hits: list[Rect]
    scale: float  # device pixels per point drawn: below ``job.scale`` when the cap held it
    layer: PageLayer | None = None  # the page's text: what hits, selection and copy use


def render_job(job: PageJob) -> PageResult:
    """Runs on a pool thread: render the page, read its text, find the hits in it, wrap
    the pixels in a QImage."""
    rendered = original.render_page(job.pdf, job.page, job.scale)
    layer = original.read_layer(job.pdf, job.page)
    hits = layer.find(job.terms) if job.terms else []
    image = QImage(
        rendered.data,
        rendered.width,
        rendered.height,
        rendered.stride,
        QImage.Format.Format_RGBX8888,
    ).copy()  # own the pixels: ``rendered.data`` is gone when this returns
    return PageResult(job, image, hits, rendered.scale, layer)


@dataclass(frozen=True)
class HitsJob:
    """What a worker looks through: the article's pages, for some terms."""

    ticket: int
    pdf: Path
    pages: tuple[int, ...]
    terms: tuple[str, ...]


def hits_job(job: HitsJob) -> tuple[HitsJob, list[tuple[int, Rect]]]:
    """Runs on a pool thread: every hit on the article's pages, page by page, each page's
    top to bottom: the order F3 walks them."""
    found: list[tuple[int, Rect]] = []
    for page in job.pages:
        rects = original.read_layer(job.pdf, page).find(list(job.terms))
        found.extend((page, r) for r in sorted(rects, key=lambda r: (r.y0, r.x0)))
    return job, found


def margins_job(pdf: Path) -> tuple[Path, dict[int, list[Rect]]]:
    """Runs on a pool thread: where the issue's running headers stand (all its pages)."""
    from reader_app.core.importer import pagecopy  # the importer: when a page is read

    return pdf, pagecopy.margin_boxes(pdf)


class PageCanvas(QWidget):
    """One page image with the hit rectangles and the selection painted over it.

    The selection is a range of the page's characters in reading order, from
    ``anchor`` (where the mouse went down) to ``caret`` (where it is now).
    """

    selectionChanged = Signal()
    menuRequested = Signal(QPointF)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("originalPage")
        self.image = QImage()
        self.hits: list[Rect] = []
        self.current: Rect | None = None  # the hit F3 is on: drawn apart from the others
        self.layer: PageLayer | None = None
        self.anchor = self.caret = 0
        self.points_to_pixels = 1.0  # logical pixels per point at the current zoom
        self.mark_color = QColor(255, 190, 0, 120)  # paper stays white in every theme
        self.current_color = QColor(255, 90, 0, 150)
        self.current_pen = QPen(QColor(190, 0, 0), 2)
        self.select_color = QColor(40, 110, 230, 90)
        self.setCursor(Qt.CursorShape.IBeamCursor)

    def set_page(
        self,
        image: QImage,
        hits: list[Rect],
        points_to_pixels: float,
        layer: PageLayer | None = None,
    ) -> None:
        same = (
            layer is not None and self.layer is not None and layer.pdf_page == self.layer.pdf_page
        )
        self.image, self.hits, self.points_to_pixels = image, hits, points_to_pixels
        if not same:  # a zoom keeps the selection; another page drops it
            self.anchor = self.caret = 0
        if self.current not in hits:
            self.current = None
        self.layer = layer
        self.setFixedSize(self.sizeHint())
        self.update()

    # ------------------------------------------------------------ selection
    @property
    def selection(self) -> tuple[int, int]:
        return (min(self.anchor, self.caret), max(self.anchor, self.caret))

    def select(self, anchor: int, caret: int) -> None:
        size = len(self.layer.chars) if self.layer is not None else 0
        self.anchor, self.caret = max(0, min(anchor, size)), max(0, min(caret, size))
        self.update()
        self.selectionChanged.emit()

    def select_all(self) -> None:
        if self.layer is not None:
            self.select(0, len(self.layer.chars))

    def _points(self, pos: QPointF) -> tuple[float, float]:
        k = self.points_to_pixels or 1.0
        return pos.x() / k, pos.y() / k

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.layer is not None:
            caret = self.layer.caret_at(*self._points(event.position()))
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.select(self.anchor if shift else caret, caret)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self.layer is not None:
            self.select(self.anchor, self.layer.caret_at(*self._points(event.position())))
        super().mouseMoveEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.layer is not None:
            found = self.layer.char_at(*self._points(event.position()))
            if found is not None:
                self.select(*self.layer.word_at(found))
            return  # not on to QWidget's, which would take it for a press (and unselect)
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menuRequested.emit(QPointF(event.globalPos()))

    def key(self, event: QKeyEvent) -> bool:
        """Shift+arrows move the selection's end (a character, a line); True if taken."""
        layer = self.layer
        if layer is None or not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.select(self.anchor, self.caret + (1 if key == Qt.Key.Key_Right else -1))
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and layer.lines:
            n = layer.line_of(min(self.caret, len(layer.chars) - 1))
            target = n + (1 if key == Qt.Key.Key_Down else -1)
            if 0 <= target < len(layer.lines):
                line = layer.lines[target]
                column = self.caret - layer.lines[n].start
                self.select(self.anchor, min(line.start + max(column, 0), line.end))
            else:
                self.select(self.anchor, 0 if target < 0 else len(layer.chars))
            return True
        return False

    def selection_rects(self) -> list[QRectF]:
        """Where the selection is painted, in this widget's coordinates."""
        if self.layer is None:
            return []
        return self._to_widget(self.layer.boxes(*self.selection))

    def _to_widget(self, rects: list[Rect]) -> list[QRectF]:
        k = self.points_to_pixels
        return [QRectF(r.x0 * k, r.y0 * k, (r.x1 - r.x0) * k, (r.y1 - r.y0) * k) for r in rects]

    def sizeHint(self) -> QSize:
        if self.image.isNull():
            return QSize(0, 0)
        ratio = self.image.devicePixelRatio() or 1.0
        return QSize(round(self.image.width() / ratio), round(self.image.height() / ratio))

    def hit_rects(self) -> list[QRectF]:
        """Where the hits are painted, in this widget's coordinates."""
        return self._to_widget(self.hits)

    def current_rect(self) -> QRectF | None:
        """Where the current hit is painted, or None when it is on no hit of this page."""
        return self._to_widget([self.current])[0] if self.current is not None else None

    def set_current(self, hit: Rect | None) -> None:
        self.current = hit if hit in self.hits else None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if not self.image.isNull():
            painter.drawImage(0, 0, self.image)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.mark_color)
            for hit, rect in zip(self.hits, self.hit_rects(), strict=True):
                if hit != self.current:
                    painter.drawRect(rect.adjusted(-1, -1, 1, 1))
            current = self.current_rect()
            if current is not None:  # another colour and an outline: which one F3 is on
                painter.setBrush(self.current_color)
                painter.setPen(self.current_pen)
                painter.drawRect(current.adjusted(-2, -2, 2, 2))
                painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.select_color)
            for rect in self.selection_rects():
                painter.drawRect(rect)
        painter.end()


class PageScroll(QScrollArea):
    """Page Up/Down scroll the page, and at its top or bottom turn to the next one."""

    turnPage = Signal(int)  # -1 previous, +1 next
    copyRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        canvas = self.widget()
        if isinstance(canvas, PageCanvas):
            if event.matches(QKeySequence.StandardKey.SelectAll):
                canvas.select_all()
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copyRequested.emit()
                return
            if canvas.key(event):
                return
        bar = self.verticalScrollBar()
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if (
            plain
            and key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space)
            and bar.value() >= bar.maximum()
        ):
            self.turnPage.emit(1)
        elif plain and key == Qt.Key.Key_PageUp and bar.value() <= bar.minimum():
            self.turnPage.emit(-1)
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel reads on: past the page's foot to the next page, above its top back."""
        bar = self.verticalScrollBar()
        delta = event.angleDelta().y()
        if event.modifiers() == Qt.KeyboardModifier.NoModifier and delta:
            if delta < 0 and bar.value() >= bar.maximum():
                self.turnPage.emit(1)
                return
            if delta > 0 and bar.value() <= bar.minimum():
                self.turnPage.emit(-1)
                return
        super().wheelEvent(event)


class OriginalView(QWidget):
    """The issue's printed pages, one at a time, opened at the article's first page (or
    the page of its first hit), or a plain word why there are none."""

    textViewRequested = Signal()
    pageShown = Signal(int, int)  # current (1-based), count: after a page is painted
    textCopied = Signal(str)  # what went to the clipboard
    hitsChanged = Signal(int, int)  # the current hit (1-based, 0 if none), how many
    thumbnailsToggled = Signal(bool)  # the strip shown or hidden by the patron
    notice = Signal(str)  # a word for the status line (a page number that is not there)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("originalView")
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # PDFium is serialised anyway; keep order
        self.issue: Issue | None = None
        self.article: Article | None = None
        self.index = 0  # position in ``pages`` (all of the issue's)
        self.zoom = 100
        self.fit: str | None = None  # "width", "page" or None (the zoom as set)
        self.terms: tuple[str, ...] = ()
        self._ticket = 0
        self._pending: PageJob | None = None
        self._cache: OrderedDict[tuple[int, float, tuple[str, ...]], PageResult] = OrderedDict()
        self._scroll_to_end = False
        self._margins: tuple[Path, dict[int, list[Rect]]] | None = None
        self._margins_asked: Path | None = None
        # The article's hits over its pages: None until a worker has looked.
        self.hits: list[tuple[int, Rect]] | None = None
        self.current_hit = -1
        self._hits_job: HitsJob | None = None
        self._navigated = False  # the patron turned pages: a late hit list does not move
        self._page_size: tuple[float, float] | None = None  # points, of the page shown
        # The citation style chosen (Edit → Citation Style); the window sets it.
        self.citation_style: Callable[[], str] = lambda: DEFAULT_STYLE

        self.previous_button = QToolButton(self)
        self.previous_button.setObjectName("originalPrevious")
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.previous_button.clicked.connect(lambda: self.turn(-1))
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("originalNext")
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.next_button.clicked.connect(lambda: self.turn(1))
        # 第 [N] 页 / 共 M 页: a printed page number, Enter goes there.
        self.page_prefix = plaintext.label(self)
        self.page_box = QLineEdit(self)
        self.page_box.setObjectName("originalPageBox")
        self.page_box.setValidator(QIntValidator(0, 99999, self.page_box))
        self.page_box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_box.setMaximumWidth(self.fontMetrics().horizontalAdvance("00000") + 16)
        self.page_box.returnPressed.connect(self._page_typed)
        self.page_prefix.setBuddy(self.page_box)
        self.page_total = plaintext.label(self)
        self.page_total.setObjectName("originalPageTotal")
        self.page_label = plaintext.label(self)
        self.page_label.setObjectName("originalPageLabel")
        self.fit_width_button = QToolButton(self)
        self.fit_width_button.setObjectName("originalFitWidth")
        self.fit_width_button.setCheckable(True)
        self.fit_width_button.clicked.connect(lambda on: self.set_fit("width" if on else None))
        self.fit_page_button = QToolButton(self)
        self.fit_page_button.setObjectName("originalFitPage")
        self.fit_page_button.setCheckable(True)
        self.fit_page_button.clicked.connect(lambda on: self.set_fit("page" if on else None))
        self.thumbs_button = QToolButton(self)
        self.thumbs_button.setObjectName("originalThumbnailsButton")
        self.thumbs_button.setCheckable(True)
        self.thumbs_button.setChecked(True)
        self.thumbs_button.clicked.connect(self._thumbs_clicked)
        self.text_button = QPushButton(self)
        self.text_button.setObjectName("originalToText")
        self.text_button.clicked.connect(self.textViewRequested)
        self.bar = QWidget(self)
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(6, 3, 6, 3)
        bar.addWidget(self.thumbs_button)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.page_prefix)
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_total)
        bar.addWidget(self.fit_width_button)
        bar.addWidget(self.fit_page_button)
        bar.addWidget(self.page_label, 1)
        bar.addWidget(self.text_button)

        self.canvas = PageCanvas()
        self.page_scroll = PageScroll(self)
        self.page_scroll.setObjectName("originalScroll")
        self.page_scroll.setWidget(self.canvas)
        self.page_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.page_scroll.turnPage.connect(self.turn)
        self.page_scroll.copyRequested.connect(self.copy)
        self.canvas.menuRequested.connect(self._menu)
        self.setFocusProxy(self.page_scroll)
        self.strip = PageStrip(self)
        self.strip.pageChosen.connect(self.show_pdf_page)
        pages = QWidget(self)
        row = QHBoxLayout(pages)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.strip)
        row.addWidget(self.page_scroll, 1)

        self.message = plaintext.label(self)  # may quote the PDF engine's reason
        self.message.setObjectName("originalMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_button = QPushButton(self)
        self.message_button.setObjectName("originalMessageToText")
        self.message_button.clicked.connect(self.textViewRequested)
        empty = QWidget(self)
        box = QVBoxLayout(empty)
        box.addStretch(1)
        box.addWidget(self.message)
        box.addWidget(self.message_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)

        self.pages_widget = pages
        self.stack = QStackedWidget(self)
        self.stack.addWidget(pages)
        self.stack.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        self.retranslate()
        self._show_state()

    # ------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.page_prefix.setText(self.tr("Page"))
        self.page_box.setAccessibleName(self.tr("Printed page number"))
        self.page_box.setToolTip(self.tr("Type a printed page number and press Enter"))
        self.fit_width_button.setText(self.tr("Fit Width"))
        self.fit_width_button.setAccessibleName(self.tr("Fit the page's width"))
        self.fit_page_button.setText(self.tr("Fit Page"))
        self.fit_page_button.setAccessibleName(self.tr("Fit the whole page"))
        self.thumbs_button.setText(self.tr("Thumbnails"))
        self.thumbs_button.setAccessibleName(self.tr("Show the page thumbnails"))
        self.strip.setAccessibleName(self.tr("Page thumbnails"))
        self.text_button.setText(self.tr("Text View"))
        self.text_button.setAccessibleName(self.tr("Back to the text view"))
        self.message_button.setText(self.tr("Show the Text"))
        self.message_button.setAccessibleName(self.tr("Back to the text view"))
        self.page_scroll.setAccessibleName(self.tr("Printed page"))
        self.setAccessibleName(self.tr("Original pages"))
        self._fill_strip()
        self._show_state()

    # ------------------------------------------------------------ content
    @property
    def pages(self) -> list[int]:
        """Every PDF page of the issue (the view reads on through all of them)."""
        if not self.has_original:
            return []
        assert self.issue is not None and self.article is not None
        every = [p.pdf for p in self.issue.pages]
        return every or list(self.article.pdf_pages)  # no page map: the article's own

    @property
    def article_pages(self) -> list[int]:
        """The open article's PDF pages: what printing and exporting the original take."""
        article = self.article
        return list(article.pdf_pages) if article is not None and self.has_original else []

    @property
    def has_original(self) -> bool:
        return (
            self.article is not None
            and self.issue is not None
            and self.issue.original_pdf is not None
            and bool(self.article.pdf_pages)
        )

    @property
    def current_pdf_page(self) -> int | None:
        pages = self.pages
        return pages[self.index] if pages else None

    def show_article(self, article: Article | None, issue: Issue | None) -> None:
        """Follow the text view: a new article starts on its first page."""
        same = article is not None and self.article is not None and article.id == self.article.id
        self.article, self.issue = article, issue
        self._pending = None  # a render still running for the last article is dropped
        if not same:
            self.terms = ()
            self._forget_hits()
            self._navigated = False
            self.canvas.set_page(QImage(), [], 1.0)  # never the last article's page meanwhile
            first = self.article_pages[:1]
            self.index = self.pages.index(first[0]) if first and first[0] in self.pages else 0
        self.index = min(self.index, max(0, len(self.pages) - 1))  # a re-import may shrink it
        self._cache.clear()
        self._fill_strip()
        self._show_state()
        self.request()

    def set_terms(self, terms: list[str]) -> None:
        """The words marked in the text view: mark them on the page as well."""
        folded = tuple(dict.fromkeys(t for t in terms if t.strip()))
        if folded != self.terms:
            self.terms = folded
            self._forget_hits()
            self._navigated = False  # new words: the view goes to the first of them
            self.request()

    def set_theme(self, theme: Theme) -> None:
        """The window part's contract (gui/base/parts.py): nothing here follows the theme."""

    def reset(self) -> None:
        """The next patron: default zoom, no marked words, nothing selected."""
        self.canvas.select(0, 0)
        self.set_terms([])
        self.fit = None
        self.set_zoom(ZOOM_DEFAULT)

    def set_zoom(self, percent: int) -> None:
        """A zoom asked for (the window's zoom keys): fitting stops."""
        self.fit = None
        self._zoom_to(percent)

    def _zoom_to(self, percent: int) -> None:
        self.zoom = percent
        if self.has_original:
            self._show_state()
        self.request()

    def set_fit(self, fit: str | None) -> None:
        """Fit the page's width ("width") or all of it ("page") to the view, or neither."""
        self.fit = fit
        self._apply_fit()
        self._show_state()

    def _apply_fit(self) -> None:
        if self.fit is None or self._page_size is None:
            return
        width, height = self._page_size
        viewport = self.page_scroll.viewport().size()
        per_point = self.logicalDpiX() / 72 / 100  # logical pixels a point, at 1 %
        bar = self.page_scroll.verticalScrollBar().sizeHint().width()
        across = (viewport.width() - (bar if self.fit == "width" else 0) - 4) / width
        if self.fit == "page":
            across = min(across, (viewport.height() - 4) / height)
        percent = max(ZOOM_MIN, min(ZOOM_MAX, int(across / per_point)))
        if percent != self.zoom:
            self._zoom_to(percent)

    def turn(self, step: int) -> bool:
        """Go ``step`` pages on within the issue; False at either end."""
        target = self.index + step
        if not 0 <= target < len(self.pages):
            return False
        self._navigated = True
        self.index = target
        self._scroll_to_end = step < 0  # Page Up from the top lands on the previous page's foot
        self._show_state()
        self.request()
        return True

    def go_to_page(self, position: int) -> None:
        """Show the issue's page at ``position`` (0-based, in ``pages``)."""
        if 0 <= position < len(self.pages):
            self._navigated = True
            self.index = position
            self._show_state()
            self.request()

    def show_pdf_page(self, pdf: int) -> bool:
        """Show PDF page ``pdf`` (1-based) of the issue; False if it has none such."""
        if pdf not in self.pages:
            return False
        self.go_to_page(self.pages.index(pdf))
        return True

    def go_to_printed(self, printed: int) -> bool:
        """Show printed page ``printed``; False (and a word why) when the issue has none."""
        pdf = self.issue.pdf_page_for_printed(printed) if self.issue is not None else None
        if pdf is None or not self.show_pdf_page(pdf):
            self.notice.emit(self.tr("There is no printed page %1.").replace("%1", str(printed)))
            self.page_box.setModified(False)  # the page shown again, selected to type over
            self._show_state()
            self.page_box.selectAll()
            return False
        self.page_scroll.setFocus()
        return True

    def _page_typed(self) -> None:
        text = self.page_box.text().strip()
        if text.isdigit():
            self.go_to_printed(int(text))

    # ------------------------------------------------------------ thumbnails
    def set_thumbnails_shown(self, on: bool) -> None:
        self.thumbs_button.setChecked(on)
        self.strip.setVisible(on)

    def _thumbs_clicked(self, on: bool) -> None:
        self.set_thumbnails_shown(on)
        self.thumbnailsToggled.emit(on)

    def _page_name(self, pdf: int) -> str:
        printed = self.issue.printed_page(pdf) if self.issue is not None else None
        return str(printed) if printed is not None else self.tr("PDF %1").replace("%1", str(pdf))

    def _fill_strip(self) -> None:
        pdf = self.issue.original_pdf if self.issue is not None and self.has_original else None
        self.strip.set_pages(pdf, [(p, self._page_name(p)) for p in self.pages])

    # ------------------------------------------------------------ hits
    def _forget_hits(self) -> None:
        self.hits, self.current_hit, self._hits_job = None, -1, None
        self.canvas.set_current(None)
        self.hitsChanged.emit(0, 0)

    @property
    def hit_count(self) -> int:
        return len(self.hits or [])

    def _ask_hits(self) -> None:
        """Ask a worker for the hits on the article's pages (once for these words)."""
        if self._hits_job is not None or self.issue is None or self.issue.original_pdf is None:
            return
        self._ticket += 1
        job = HitsJob(self._ticket, self.issue.original_pdf, tuple(self.article_pages), self.terms)
        self._hits_job = job
        workers.start(self.pool, hits_job, job, on_done=self._on_hits, on_error=self._hits_failed)

    def _on_hits(self, result: tuple[HitsJob, list[tuple[int, Rect]]]) -> None:
        job, found = result
        if job != self._hits_job:
            return  # other words, or another article, by now
        self.hits = found
        if found and not self._navigated:
            self._go_to_hit(0)  # F4: the first hit in view, on whichever page it is
            return
        self.hitsChanged.emit(0, len(found))
        self.request()

    def _hits_failed(self, exc: Exception) -> None:
        log.info("cannot look for hits on the printed pages: %s", exc)
        self.hits = []  # the page itself says why when it cannot be drawn
        self.request()

    def next_hit(self, step: int = 1) -> bool:
        """F3 (1) / Shift+F3 (-1): the next hit on the article's pages, on whichever page
        it is; False when there are none."""
        if not self.hits:
            return False
        self._go_to_hit((self.current_hit + step) % len(self.hits))
        return True

    def _go_to_hit(self, number: int) -> None:
        assert self.hits
        self.current_hit = number
        page, _rect = self.hits[number]
        self.hitsChanged.emit(number + 1, len(self.hits))
        if page == self.current_pdf_page and not self.canvas.image.isNull() and not self.busy:
            self._mark_current()
            return
        if page in self.pages:
            self.index = self.pages.index(page)
            self._scroll_to_end = False
            self._show_state()
            self.request()

    def _mark_current(self) -> None:
        """Draw the current hit apart and bring it into view, if it is on this page."""
        hit = None
        if self.hits and 0 <= self.current_hit < len(self.hits):
            page, rect = self.hits[self.current_hit]
            hit = rect if page == self.current_pdf_page else None
        self.canvas.set_current(hit)
        where = self.canvas.current_rect()
        if where is not None:
            bar = self.page_scroll.verticalScrollBar()
            bar.setValue(
                max(bar.minimum(), int(where.top()) - self.page_scroll.viewport().height() // 4)
            )
            self.page_scroll.ensureVisible(
                int(where.center().x()), int(where.center().y()), int(where.width()) // 2 + 40, 0
            )

    # ------------------------------------------------------------ rendering
    def points_to_pixels(self) -> float:
        """Logical pixels per point: 100 % shows the page at its printed size."""
        return self.logicalDpiX() / 72 * self.zoom / 100

    def request(self) -> None:
        """Ask a worker for the current page (unless it is cached or not shown)."""
        page = self.current_pdf_page
        if page is None or not self.isVisible():
            return
        assert self.issue is not None and self.issue.original_pdf is not None
        if self.terms and self.hits is None:
            self._ask_hits()
            if not self._navigated:
                return  # where the first hit is decides which page is drawn first
        ratio = self.devicePixelRatioF()
        scale = round(self.points_to_pixels() * ratio, 4)
        key = (page, scale, self.terms)
        cached = self._cache.get(key)
        if cached is not None:
            self._pending = None  # a render still running for another page is not shown
            self._display(cached)
            return
        self._ticket += 1
        job = PageJob(self._ticket, self.issue.original_pdf, page, scale, self.terms)
        self._pending = job
        workers.start(self.pool, render_job, job, on_done=self._on_rendered, on_error=self._failed)

    @property
    def busy(self) -> bool:
        return self._pending is not None or (bool(self.terms) and self.hits is None)

    def _on_rendered(self, result: PageResult) -> None:
        key = (result.job.page, result.job.scale, result.job.terms)
        self._cache[key] = result
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        if self._pending is None or result.job.ticket != self._pending.ticket:
            return  # the reader has moved on; the cache keeps it for a return visit
        self._pending = None
        self._display(result)

    def _failed(self, exc: Exception) -> None:
        self._pending = None
        self._show_message(
            self.tr("This page cannot be shown: %1").replace("%1", page_failure_reason(exc)),
            button=True,
        )

    def _display(self, result: PageResult) -> None:
        image = QImage(result.image)
        # A page drawn smaller than asked (the core's pixel cap) is shown at the size
        # the zoom asks for, less sharp, so that the hits and the zoom stay true.
        image.setDevicePixelRatio(self.devicePixelRatioF() * result.scale / result.job.scale)
        self.canvas.set_page(image, result.hits, self.points_to_pixels(), result.layer)
        if result.layer is not None:
            self._page_size = (result.layer.width, result.layer.height)
        pdf = result.job.pdf
        if (self._margins is None or self._margins[0] != pdf) and self._margins_asked != pdf:
            self._margins_asked = pdf  # once per PDF, after its first page is shown
            workers.start(self.pool, margins_job, pdf, on_done=self._on_margins)
        self.bar.show()
        self.stack.setCurrentWidget(self.pages_widget)
        bar = self.page_scroll.verticalScrollBar()
        hits = self.canvas.hit_rects()
        if self._scroll_to_end:
            bar.setValue(bar.maximum())
        elif hits:  # the first hit in view, with some of the text above it
            first = min(hits, key=lambda r: (r.top(), r.left()))
            bar.setValue(
                max(bar.minimum(), int(first.top()) - self.page_scroll.viewport().height() // 4)
            )
        else:
            bar.setValue(bar.minimum())
        self._scroll_to_end = False
        self._mark_current()  # F3's hit, when it is on this page, wins over the first
        self.strip.show_page(result.job.page)
        self.pageShown.emit(self.index + 1, len(self.pages))
        self._apply_fit()  # the page's size is known now: a fit may ask for another zoom

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fit()

    def _on_margins(self, found: tuple[Path, dict[int, list[Rect]]]) -> None:
        self._margins = found

    # ------------------------------------------------------------ copying
    def selected_text(self) -> str:
        """The selection as text: reading order, lines joined as the import joins them,
        no running header, footer or page number."""
        layer = self.canvas.layer
        start, end = self.canvas.selection
        if layer is None or start == end or self.issue is None or self.issue.original_pdf is None:
            return ""
        pdf = self.issue.original_pdf
        if self._margins is None or self._margins[0] != pdf:
            from reader_app.core.importer import pagecopy

            self._margins = (pdf, pagecopy.margin_boxes(pdf))  # not read yet: read it now
        margins = self._margins[1].get(layer.pdf_page, [])
        from reader_app.core.importer import pagecopy

        return pagecopy.printed_text(layer, margins).copy(start, end)

    def copy(self) -> bool:
        """Ctrl+C: the selected text to the clipboard; False when nothing is selected."""
        text = self.selected_text()
        if text:
            self._to_clipboard(text)
        return bool(text)

    def copy_with_citation(self) -> bool:
        """The selected text, then the article's GB/T 7714 reference and the printed page."""
        text = self.selected_text()
        if not text or self.article is None or self.issue is None:
            return False
        page = self.current_pdf_page
        printed = self.issue.printed_page(page) if page is not None else None
        where = (
            self.tr("p. %1").replace("%1", str(printed))
            if printed is not None
            else self.tr("PDF page %1").replace("%1", str(page))
        )
        reference = citation(self.article, self.issue, self.citation_style())
        self._to_clipboard(f"{text}\n\n{reference} {where}")
        return True

    def _to_clipboard(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.textCopied.emit(text)

    def _menu(self, at: QPointF) -> None:
        menu = QMenu(self)
        has = self.canvas.selection[0] != self.canvas.selection[1]
        copy = menu.addAction(self.tr("Copy"), self.copy)
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setEnabled(has)
        cite = menu.addAction(self.tr("Copy with Citation"), self.copy_with_citation)
        cite.setEnabled(has)
        menu.addSeparator()
        every = menu.addAction(self.tr("Select All"), self.canvas.select_all)
        every.setShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll))
        menu.exec(at.toPoint())

    # ------------------------------------------------------------ state
    def _show_state(self) -> None:
        pages = self.pages
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < len(pages))
        if self.article is None:
            self._show_message(self.tr("Open an article to see its printed pages."), button=True)
        elif self.issue is None or self.issue.original_pdf is None:
            self._show_message(
                self.tr(
                    "This article has no original pages: its issue was imported as text. "
                    "The text view shows all of it."
                ),
                button=True,
            )
        elif not pages:
            self._show_message(
                self.tr(
                    "The issue's PDF does not say on which pages this article is printed. "
                    "The text view shows all of it."
                ),
                button=True,
            )
        else:
            assert self.issue is not None
            pdf = pages[self.index]
            printed = self.issue.printed_page(pdf)
            footer = self.issue.footer_number(pdf)
            where = (
                self.tr("Page %1").replace("%1", str(printed))
                if printed is not None
                else self.tr("Unnumbered page")
            )
            if footer is not None and footer != str(printed):  # footers restart by section
                where += " " + self.tr("(footer: %1)").replace("%1", footer)
            own = self.article_pages
            if pdf in own:
                text = (
                    self.tr("%1 · PDF page %2 · %3 of %4 · %5%")
                    .replace("%3", str(own.index(pdf) + 1))
                    .replace("%4", str(len(own)))
                )
            else:  # read on past the article: another article's page
                text = self.tr("%1 · PDF page %2 · %5%")
            self.page_label.setText(
                text.replace("%1", where).replace("%2", str(pdf)).replace("%5", str(self.zoom))
            )
            if not self.page_box.hasFocus() or not self.page_box.isModified():
                self.page_box.setText(str(printed) if printed is not None else "")
                self.page_box.setModified(False)
            numbered = [p.printed for p in self.issue.pages if p.printed is not None]
            total = max(numbered) if numbered else len(pages)
            self.page_total.setText(self.tr("of %1").replace("%1", str(total)))
            self.fit_width_button.setChecked(self.fit == "width")
            self.fit_page_button.setChecked(self.fit == "page")
            self.bar.show()
            if self.stack.currentWidget() is not self.pages_widget:
                self.stack.setCurrentWidget(self.pages_widget)

    def _show_message(self, text: str, button: bool) -> None:
        self.message.setText(text)
        self.message_button.setVisible(button)
        self.page_label.setText("")
        self.bar.hide()  # nothing to turn or zoom: the message's button is the way back
        self.stack.setCurrentIndex(1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.request()

    def wait_idle(self) -> None:
        """For closing: let a running render finish before the window goes."""
        self.pool.waitForDone()
        self.strip.wait_idle()
