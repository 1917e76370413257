"""The page view's strip of thumbnails: every page of the issue, a click goes there.

Only the thumbnails in sight are drawn, small, on a worker thread of their own (the
open page is drawn first on the view's worker), and each once per issue: a strip of
an issue of 60 pages holds 60 little images, never 60 pages at full size.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from reader_app.core.pdf import original
from reader_app.gui.base import workers

log = logging.getLogger(__name__)

THUMB_WIDTH = 96  # logical pixels: an A4 or A5 page is about 136 high


def render_thumbnail(pdf: Path, page: int, width: int) -> tuple[Path, int, QImage]:
    """Runs on a pool thread: page ``page`` drawn ``width`` device pixels wide."""
    page_width, _ = original.page_size(pdf, page)
    rendered = original.render_page(pdf, page, width / max(page_width, 1.0))
    image = QImage(
        rendered.data,
        rendered.width,
        rendered.height,
        rendered.stride,
        QImage.Format.Format_RGBX8888,
    ).copy()
    return pdf, page, image


class PageStrip(QListWidget):
    """One item per PDF page of the issue (its text: the printed page); ``pageChosen``
    carries the PDF page (1-based) a click or Enter goes to."""

    pageChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("originalThumbnails")
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.42)))
        self.setSpacing(4)
        self.setFixedWidth(THUMB_WIDTH + 40)
        self.pdf: Path | None = None
        self._asked: set[int] = set()  # pages whose thumbnail is drawn or being drawn
        self._blank = QPixmap(self.iconSize())
        self._blank.fill(QColor(235, 235, 235))
        self._later = QTimer(self)  # one look at what is in sight after a scroll settles
        self._later.setSingleShot(True)
        self._later.setInterval(30)
        self._later.timeout.connect(self.draw_visible)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._later.start())

    def set_pages(self, pdf: Path | None, pages: list[tuple[int, str]]) -> None:
        """The issue's pages: (PDF page, its label); the same PDF keeps its thumbnails."""
        same = pdf == self.pdf and self.count() == len(pages)
        if same:
            for row, (_page, label) in enumerate(pages):
                item = self.item(row)
                item.setText(label)
                item.setToolTip(label)
            return
        self.pdf = pdf
        self._asked.clear()
        self.clear()
        for page, label in pages:
            item = QListWidgetItem(QIcon(self._blank), label)
            item.setData(Qt.ItemDataRole.UserRole, page)
            item.setToolTip(label)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.addItem(item)
        self._later.start()

    def show_page(self, page: int) -> None:
        """Mark the page shown in the view, and keep it in sight."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == page:
                self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                self.scrollToItem(item, QAbstractItemView.ScrollHint.EnsureVisible)
                break
        self._later.start()

    def drawn(self) -> set[int]:
        """The pages whose thumbnail has been asked for (drawn, or on its way)."""
        return set(self._asked)

    def draw_visible(self) -> None:
        """Ask the worker for the thumbnails in sight that are not drawn yet."""
        if self.pdf is None or not self.isVisible():
            return
        area = self.viewport().rect()
        width = round(THUMB_WIDTH * self.devicePixelRatioF())
        for row in range(self.count()):
            item = self.item(row)
            if not self.visualItemRect(item).intersects(area):
                continue
            page = int(item.data(Qt.ItemDataRole.UserRole))
            if page in self._asked:
                continue
            self._asked.add(page)
            workers.start(
                self.pool,
                render_thumbnail,
                self.pdf,
                page,
                width,
                on_done=self._on_drawn,
                on_error=self._not_drawn,
            )

    def _not_drawn(self, exc: Exception) -> None:
        """A page that cannot be drawn keeps its grey card; the page view says why."""
        log.info("no thumbnail: %s", exc)

    def _on_drawn(self, result: tuple[Path, int, QImage]) -> None:
        pdf, page, image = result
        if pdf != self.pdf:
            return  # another issue is shown now
        image.setDevicePixelRatio(self.devicePixelRatioF())
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == page:
                item.setIcon(QIcon(QPixmap.fromImage(image)))

    def _chosen(self, item: QListWidgetItem) -> None:
        self.pageChosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._later.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._later.start()

    def wait_idle(self) -> None:
        self.pool.waitForDone()
