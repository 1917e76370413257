"""The statistics page for staff: a date range, charts of the anonymous counts, CSV export.

Reads core/services/stats.py's report; never shown on a public workstation (the action is
hidden there, see gui/shell/publicmode.py).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.base.atomic import write_text_atomic
from reader_app.core.library.library import Library
from reader_app.core.services import stats
from reader_app.gui.base import filedialogs, plaintext
from reader_app.gui.room.statscharts import WARN, DayChart, RankChart
from reader_app.output.labels import issue_label


class StatsPage(QDialog):
    def __init__(self, store: stats.Statistics, library: Library, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsPage")
        self.store, self.library = store, library
        self.report: stats.Report | None = None
        today = QDate.currentDate()
        self.preset = QComboBox(self)
        self.preset.setObjectName("statsPreset")
        self.date_from = QDateEdit(today.addDays(-29), self)
        self.date_to = QDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.refresh)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("statsExportCsv")
        self.export_button.clicked.connect(self.export_csv_dialog)
        self.from_label, self.to_label = plaintext.label(self), plaintext.label(self)
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
        top = QHBoxLayout()
        for widget in (self.preset, self.from_label, self.date_from, self.to_label, self.date_to):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.summary = plaintext.label(self)
        self.summary.setObjectName("statsSummary")
        self.summary.setWordWrap(True)
        self.days_chart = DayChart(self)
        self.days_chart.setObjectName("statsDays")
        self.zero_chart = RankChart(self, WARN)
        self.zero_chart.setObjectName("statsZeroQueries")
        self.articles_chart = RankChart(self)
        self.articles_chart.setObjectName("statsArticles")
        self.sections_chart = RankChart(self)
        self.sections_chart.setObjectName("statsSections")
        self.boxes: list[QGroupBox] = []
        grid = QGridLayout()
        for row, col, span, chart in (
            (0, 0, 2, self.days_chart),
            (1, 0, 1, self.zero_chart),
            (1, 1, 1, self.sections_chart),
            (2, 0, 2, self.articles_chart),
        ):
            box = QGroupBox(self)
            inner = QVBoxLayout(box)
            inner.addWidget(chart)
            self.boxes.append(box)
            grid.addWidget(box, row, col, 1, span)
        self.privacy = plaintext.label(self)
        self.privacy.setWordWrap(True)
        self.privacy.setObjectName("statsPrivacy")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        layout.addWidget(self.privacy)
        layout.addWidget(buttons)
        self.preset.activated.connect(self._apply_preset)
        self.retranslate()
        self.resize(980, 760)
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reading-Room Statistics"))
        self.preset.clear()
        self.preset.addItem(self.tr("Last 7 days"), 7)
        self.preset.addItem(self.tr("Last 30 days"), 30)
        self.preset.addItem(self.tr("Last 365 days"), 365)
        self.preset.setCurrentIndex(1)
        self.preset.setAccessibleName(self.tr("Date range"))
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))
        self.export_button.setText(self.tr("Export as &CSV…"))
        titles = (
            self.tr("Searches per day (orange: without hits)"),
            self.tr("Searches without hits (asked at least twice)"),
            self.tr("Most read sections"),
            self.tr("Most read articles"),
        )
        for box, title in zip(self.boxes, titles, strict=True):
            box.setTitle(title)
        charts: tuple[DayChart | RankChart, ...] = (
            self.days_chart,
            self.zero_chart,
            self.sections_chart,
            self.articles_chart,
        )
        for chart, title in zip(
            charts,
            titles,
            strict=True,
        ):
            chart.setAccessibleName(title)
            chart.empty_text = self.tr("Nothing counted in this range.")
        self.privacy.setText(
            self.tr(
                "Counts per day only: no time of day, no sessions, nothing about a patron. "
                "A query is listed only if it was asked at least twice in the range shown."
            )
        )

    # ------------------------------------------------------------ data
    def _apply_preset(self, index: int) -> None:
        days = int(self.preset.itemData(index) or 30)
        today = QDate.currentDate()
        self.date_to.blockSignals(True)
        self.date_to.setDate(today)
        self.date_to.blockSignals(False)
        self.date_from.setDate(today.addDays(-(days - 1)))
        self.refresh()

    def range(self) -> tuple[dt.date, dt.date]:
        # QDate.toPython() returns a datetime.date; PySide6's stubs say object.
        lo = cast(dt.date, self.date_from.date().toPython())
        hi = cast(dt.date, self.date_to.date().toPython())
        return (lo, hi) if lo <= hi else (hi, lo)

    def set_range(self, lo: dt.date, hi: dt.date) -> None:
        for edit, value in ((self.date_from, lo), (self.date_to, hi)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        lo, hi = self.range()
        report = self.store.report(lo, hi)
        self.report = report
        days = []
        day = lo
        while day <= hi:  # every day of the range, empty ones too
            counts = report.days.get(day.isoformat(), {})
            days.append(
                (day.isoformat(), counts.get(stats.SEARCH, 0), counts.get(stats.ZERO_HIT, 0))
            )
            day += dt.timedelta(days=1)
        self.days_chart.set_days(days)
        self.zero_chart.set_rows(report.zero_queries)
        self.sections_chart.set_rows(report.sections)
        self.articles_chart.set_rows(self._article_rows(report.articles))
        t = report.totals
        self.summary.setText(
            self.tr(
                "Searches: %1 (without hits: %2) · articles opened: %3 · issues opened: %4 · "
                "prints: %5 · exports: %6 · sessions: %7 · machines: %8"
            )
            .replace("%1", str(t.get(stats.SEARCH, 0)))
            .replace("%2", str(t.get(stats.ZERO_HIT, 0)))
            .replace("%3", str(t.get(stats.ARTICLE, 0)))
            .replace("%4", str(t.get(stats.ISSUE, 0)))
            .replace("%5", str(t.get(stats.PRINT, 0)))
            .replace("%6", str(t.get(stats.EXPORT, 0)))
            .replace("%7", str(t.get(stats.SESSION, 0)))
            .replace("%8", str(report.machines))
        )

    def _title(self, article_id: str) -> str:
        try:
            return self.library.find_article(article_id)[1].title
        except Exception:
            return article_id

    def _article_rows(self, articles: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """Each article's title; a title that appears more than once (the same news in
        two issues) says its issue (2022年总第十八期), so that the rows are told apart."""
        titles = [self._title(a) for a, _n in articles]
        rows = []
        for (article_id, n), title in zip(articles, titles, strict=True):
            if titles.count(title) > 1:
                try:
                    issue = self.library.find_article(article_id)[0]
                    title = f"{title}（{issue_label(issue)}）"
                except Exception:
                    title = f"{title}（{article_id}）"
            rows.append((title, n))
        return rows

    # ------------------------------------------------------------ CSV
    def csv_text(self) -> str:
        """Daily counts, then the ranked lists, in one CSV a spreadsheet opens."""
        report = self.report or self.store.report(*self.range())
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerows(report.daily_rows())
        for kind, rows in (
            ("article", [(f"{a} {self._title(a)}", n) for a, n in report.articles]),
            ("section", report.sections),
            ("query", report.queries),
            ("zero_hit_query", report.zero_queries),
        ):
            writer.writerow([])
            writer.writerow([kind, "count"])
            writer.writerows(rows)
        return out.getvalue()

    def export_csv(self, path: Path) -> None:
        write_text_atomic(path, "\ufeff" + self.csv_text())  # BOM: Excel reads it as UTF-8

    def export_csv_dialog(self) -> None:
        lo, hi = self.range()
        name, _ = filedialogs.save_file(
            self,
            self.tr("Export Statistics"),
            f"statistics-{lo.isoformat()}-{hi.isoformat()}.csv",
            self.tr("CSV (*.csv)"),
        )
        if name:
            try:
                self.export_csv(Path(name))
            except OSError as exc:
                from reader_app.gui.base.errors import show_error

                show_error(self, exc)


def open_stats_page(window: QWidget, recorder: Any, library: Library) -> StatsPage | None:
    """The page over the window's own database; None when statistics are off here."""
    if recorder.store is None:
        return None
    recorder.flush_search()
    page = StatsPage(recorder.store, library, window)
    page.show()
    return page
