"""Small charts drawn with QPainter (QtCharts is not in PySide6-Essentials).

Each chart also gives its figures as accessible text, so a screen reader reads
the numbers the bars show.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

PRIMARY = QColor("#3b73b9")
WARN = QColor("#d9822b")


class DayChart(QWidget):
    """Searches per day as bars, the zero-hit part of each day drawn over them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.days: list[tuple[str, int, int]] = []  # day, searches, zero hits
        self.empty_text = ""
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_days(self, days: list[tuple[str, int, int]]) -> None:
        self.days = days
        self.setAccessibleDescription(
            "; ".join(f"{day}: {total} / {zero}" for day, total, zero in days) or self.empty_text
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 200)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(metrics.horizontalAdvance("0000") + 8, 6, -6, -line - 6)
        p.setPen(pal.color(pal.ColorRole.Text))
        if not self.days:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        top = max(1, max(total for _d, total, _z in self.days))
        p.drawText(
            QRectF(0, area.top() - line / 2, area.left() - 6, line),
            Qt.AlignmentFlag.AlignRight,
            str(top),
        )
        p.drawText(QRectF(0, area.bottom() - line / 2, area.left() - 6, line),
                   Qt.AlignmentFlag.AlignRight, "0")  # fmt: skip
        p.drawLine(area.bottomLeft(), area.bottomRight())
        slot = area.width() / len(self.days)
        bar = max(2.0, slot * 0.7)
        label_every = max(1, int(metrics.horizontalAdvance("00-00  ") / max(slot, 1)) + 1)
        for i, (day, total, zero) in enumerate(self.days):
            x = area.left() + i * slot + (slot - bar) / 2
            h = area.height() * total / top
            p.fillRect(QRectF(x, area.bottom() - h, bar, h), PRIMARY)
            hz = area.height() * zero / top
            p.fillRect(QRectF(x, area.bottom() - hz, bar, hz), WARN)
            if i % label_every == 0:
                p.setPen(pal.color(pal.ColorRole.Text))
                p.drawText(
                    QRectF(area.left() + i * slot - 20, area.bottom() + 2, slot + 40, line),
                    Qt.AlignmentFlag.AlignHCenter,
                    day[5:],
                )


class RankChart(QWidget):
    """Horizontal bars: a label and its count, most first."""

    def __init__(self, parent: Any = None, color: QColor = PRIMARY) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int]] = []
        self.color = color
        self.empty_text = ""
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        self.rows = rows[:10]
        self.setAccessibleDescription(
            "; ".join(f"{label}: {n}" for label, n in self.rows) or self.empty_text
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 200)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        metrics = QFontMetrics(self.font())
        p.setPen(pal.color(pal.ColorRole.Text))
        if not self.rows:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        row_h = min(metrics.height() * 1.6, self.height() / max(len(self.rows), 1))
        label_w = self.width() * 0.45
        num_w = metrics.horizontalAdvance("00000")
        bar_room = max(10.0, self.width() - label_w - num_w - 12)
        top = max(n for _label, n in self.rows)
        for i, (label, n) in enumerate(self.rows):
            y = i * row_h
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w) - 6)
            p.setPen(pal.color(pal.ColorRole.Text))
            p.drawText(QRectF(0, y, label_w - 6, row_h), Qt.AlignmentFlag.AlignVCenter, text)
            w = bar_room * n / top
            p.fillRect(QRectF(label_w, y + row_h * 0.2, w, row_h * 0.6), self.color)
            p.drawText(
                QRectF(label_w + w + 4, y, num_w, row_h), Qt.AlignmentFlag.AlignVCenter, str(n)
            )
