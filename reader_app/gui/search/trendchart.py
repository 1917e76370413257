"""The trend above the search results (热度): the query's matches in each issue as bars.

Drawn as the statistics page draws its charts (gui/room/statscharts.py: QPainter,
the same colours, figures also given as accessible text); a click on a bar asks for
the results of that issue only (the search panel's issue facet).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

PRIMARY = QColor("#3b73b9")  # statscharts.PRIMARY
CHOSEN = QColor("#d9822b")  # statscharts.WARN: the issue the results are filtered to


class TrendChart(QWidget):
    """Matches per issue, in issue order; the bar's height is per 100 articles."""

    issueClicked = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.rows: list[Any] = []  # core.search.trend.TrendRow
        self.chosen: str | None = None
        self.setMinimumHeight(90)
        self.setMaximumHeight(130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.describe = lambda row: f"{row.issue}: {row.matches} / {row.articles}"

    def set_rows(self, rows: list[Any], chosen: str | None = None) -> None:
        self.rows, self.chosen = list(rows), chosen
        self.setAccessibleDescription("; ".join(self.describe(row) for row in self.rows))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 110)

    def _area(self) -> QRectF:
        line = QFontMetrics(self.font()).height()
        return QRectF(self.rect()).adjusted(4, 4, -4, -line - 4)

    def bar_rect(self, index: int) -> QRectF:
        """Where the bar of row ``index`` is drawn (its whole column: easy to click)."""
        area = self._area()
        slot = area.width() / max(1, len(self.rows))
        return QRectF(area.left() + index * slot, area.top(), slot, area.height())

    def row_at(self, point: QPointF) -> Any:
        for i, row in enumerate(self.rows):
            if self.bar_rect(i).contains(point):
                return row
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position())
        if row is not None and row.matches:
            self.issueClicked.emit(row.issue)
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position())
        self.setToolTip(self.describe(row) if row is not None else "")
        super().mouseMoveEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.rows:
            return
        p = QPainter(self)
        pal = self.palette()
        metrics = QFontMetrics(self.font())
        area = self._area()
        top = max(0.01, max(row.per_100 for row in self.rows))
        p.setPen(pal.color(pal.ColorRole.Text))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        slot = area.width() / len(self.rows)
        bar = max(2.0, slot * 0.7)
        label_every = max(1, int(metrics.horizontalAdvance("2022-18  ") / max(slot, 1)) + 1)
        for i, row in enumerate(self.rows):
            x = area.left() + i * slot + (slot - bar) / 2
            h = area.height() * row.per_100 / top
            color = CHOSEN if row.issue == self.chosen else PRIMARY
            p.fillRect(QRectF(x, area.bottom() - h, bar, h), color)
            if i % label_every == 0:
                p.drawText(
                    QRectF(
                        area.left() + i * slot - 30, area.bottom() + 2, slot + 60, metrics.height()
                    ),
                    Qt.AlignmentFlag.AlignHCenter,
                    row.issue,
                )
