"""The search side panel: query field, sort, facets with counts, hits, and tips.

Queries run on a single-thread pool (debounced as the user types); a result
arriving for an older query is dropped.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.app.searchservice import FIRST_PAGE, SearchService
from reader_app.core.base.errors import ReaderError
from reader_app.core.library.library import Library
from reader_app.core.search.engine import FACETS
from reader_app.core.services.batch import Batch, from_query
from reader_app.gui.base import plaintext, workers
from reader_app.gui.base.errors import message_text
from reader_app.gui.search import searchtext
from reader_app.gui.search.expansionbar import ExpansionBar
from reader_app.gui.search.resultsmodel import ARTICLE_ID_ROLE, HitDelegate, ResultsModel
from reader_app.gui.search.trendchart import TrendChart

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    year, mon = (int(x) for x in month.split("-")[:2])
    return dt.date(year, mon, 1), dt.date(year, mon, calendar.monthrange(year, mon)[1])


def parse_bound(text: str | None, end: bool) -> dt.date | None:
    """'2022-11-21' → that day; '2022-11' → its first or last day; anything else → None."""
    if not text:
        return None
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        if len(text) == 7:
            return month_bounds(text)[1 if end else 0]
    except ValueError:
        return None
    return None


class SearchPanel(QWidget):
    hitActivated = Signal(str, str)  # article id, query
    searchFinished = Signal(object)  # the SearchResult shown

    def __init__(self, service: SearchService, pool: QThreadPool, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.pool = pool
        self._generation = 0
        self.result: Any = None
        self.busy = False
        # The search whose answer Enter is waiting for (None: none); a failed or
        # superseded search drops it, so no later query opens a hit by itself.
        self._open_generation: int | None = None

        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.sort = QComboBox(self)
        # Related terms (thesaurus, abbreviations): on by default; a removed one stays
        # off until the typed text changes.
        self.expand = QCheckBox(self)
        self.expand.setObjectName("expandToggle")
        self.expand.setChecked(True)
        self.expand.toggled.connect(lambda _on: self.run_now())
        self.without: set[str] = set()
        self.expansions = ExpansionBar(self)
        self.expansions.removed.connect(self.remove_expansion)
        self.count = plaintext.label(self)  # may quote an error
        self.count.setObjectName("hitCount")
        # Chosen filters stay for the next query, visibly: this clears them in one go.
        self.clear_filters = QPushButton(self)
        self.clear_filters.setObjectName("clearFilters")
        self.clear_filters.clicked.connect(self.reset_filters)
        self.clear_filters.hide()
        self.combos: dict[str, QComboBox] = {}
        for name in (*FACETS, "date_from", "date_to"):
            combo = QComboBox(self)
            combo.setObjectName(f"facet_{name}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.activated.connect(self.run_now)
            self.combos[name] = combo
        for name in ("date_from", "date_to"):  # a month from the list, or a day typed in
            combo = self.combos[name]
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            line = combo.lineEdit()
            assert line is not None  # editable
            line.returnPressed.connect(lambda c=combo: self._typed_date(c))
            # "earliest"/"latest" show as the empty field's hint, not as typed text
            combo.currentIndexChanged.connect(lambda i, e=line: i == 0 and e.clear())
        # The trend (热度): matches per issue above the results; a second, counts-only
        # query per search, so off by default on a public workstation.
        self.show_trend = QCheckBox(self)
        self.show_trend.setObjectName("trendToggle")
        self.show_trend.setChecked(not service.policy.public_mode)
        self.show_trend.toggled.connect(self._trend_toggled)
        self.trend_chart = TrendChart(self)
        self.trend_chart.issueClicked.connect(self.filter_to_issue)
        self.trend_chart.hide()
        self.model = ResultsModel(self)
        self.view = QListView(self)
        self.view.setObjectName("resultsView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(True)  # one row height from the font (resultsmodel)
        self.model.snippet_source = self._make_snippets
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.activated.connect(self._activate_index)
        self.view.installEventFilter(self)
        self.message = QLabel(self)  # rich text on purpose: every value in it is escaped
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.linkActivated.connect(self._try_near)
        self.near: list[str] = []  # the no-hits line's 您是不是要找 queries, by link number
        self.message.hide()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels = {name: plaintext.label(self) for name in (*FACETS, "date", "sort")}
        for name in FACETS:
            self.form.addRow(self._labels[name], self.combos[name])
        dates = QHBoxLayout()
        dates.addWidget(self.combos["date_from"], 1)
        self._dash = plaintext.label(self, "–")
        dates.addWidget(self._dash)
        dates.addWidget(self.combos["date_to"], 1)
        self.form.addRow(self._labels["date"], dates)
        self.form.addRow(self._labels["sort"], self.sort)
        self.form.addRow("", self.expand)
        self.form.addRow("", self.show_trend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.edit)
        layout.addWidget(self.expansions)
        layout.addLayout(self.form)
        counts = QHBoxLayout()
        counts.addWidget(self.count, 1)
        counts.addWidget(self.clear_filters)
        layout.addLayout(counts)
        layout.addWidget(self.message)
        layout.addWidget(self.trend_chart)
        layout.addWidget(self.view, 1)
        for name, combo in self.combos.items():
            self._labels.get(name, self._labels["date"]).setBuddy(combo)
        self._labels["sort"].setBuddy(self.sort)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_now)
        self.edit.textChanged.connect(self._typed)
        self.edit.returnPressed.connect(self.open_top_hit)
        self.sort.activated.connect(self.run_now)
        self.setTabOrder(self.edit, self.view)
        self.retranslate()

    # ------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Search all issues (Ctrl+K)"))
        self.edit.setAccessibleName(self.tr("Search"))
        self.view.setAccessibleName(self.tr("Search results"))
        labels = {
            "issue": self.tr("&Issue:"),
            "section": self.tr("S&ection:"),
            "source": self.tr("Sou&rce:"),
            "date": self.tr("&Date:"),
            "sort": self.tr("S&ort:"),
        }
        for name, text in labels.items():
            self._labels[name].setText(text)
        for name, combo in self.combos.items():
            combo.setAccessibleName(labels.get(name, labels["date"]).replace("&", "").rstrip(":"))
        current = self.sort.currentIndex()
        self.sort.clear()
        self.sort.addItem(self.tr("Relevance"), "relevance")
        self.sort.addItem(self.tr("Newest first"), "date")
        self.sort.addItem(self.tr("Oldest first"), "date_asc")
        self.sort.setCurrentIndex(max(0, current))
        self.sort.setAccessibleName(self.tr("Sort"))
        self.expand.setText(self.tr("Also search related terms"))
        self.expand.setToolTip(
            self.tr("Abbreviations, full forms and related terms, listed after exact hits")
        )
        self.expansions.retranslate()
        self.show_trend.setText(self.tr("Show matches per issue"))
        self.show_trend.setToolTip(
            self.tr("A bar per issue: its matches per 100 articles; click a bar to see that issue")
        )
        self.trend_chart.setAccessibleName(self.tr("Matches per issue"))
        self.trend_chart.describe = lambda row: (
            self.tr("%1: %2 of %3 articles")
            .replace("%1", row.issue)
            .replace("%2", str(row.matches))
            .replace("%3", str(row.articles))
        )
        self.clear_filters.setText(self.tr("Clear &filters"))
        self.clear_filters.setToolTip(self.tr("Search all issues, sections, sources and dates"))
        for name in ("date_from", "date_to"):
            self.combos[name].setToolTip(
                self.tr("Choose a month, or type a day such as 2022-11-21 and press Enter")
            )
        self._fill_facets(self.result.facets if self.result is not None else {})
        if self.result is not None:
            self._show_summary(self.result)

    # ------------------------------------------------------------ running
    def filters(self) -> dict[str, Any]:
        values: dict[str, Any] = {n: self.combos[n].currentData() or None for n in FACETS}
        start, end = self.combos["date_from"].currentData(), self.combos["date_to"].currentData()
        values["date_from"] = parse_bound(start, end=False)
        values["date_to"] = parse_bound(end, end=True)
        values["sort"] = self.sort.currentData() or "relevance"
        values["expand"] = self.expand.isChecked()
        values["without"] = tuple(sorted(self.without))
        return values

    def active_filters(self) -> list[str]:
        """The facets narrowed now (issue, section, source, date)."""
        return [name for name, combo in self.combos.items() if combo.currentData()]

    def reset_filters(self) -> None:
        """Every facet back to "all", and the query run again."""
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        self.clear_filters.hide()
        self.run_now()
        self.edit.setFocus()

    def _typed_date(self, combo: QComboBox) -> None:
        """A day (2022-11-21) or month (2022-11) typed into a date box becomes the bound."""
        text = combo.currentText().split(" ")[0].strip()
        if parse_bound(text, end=False) is None:
            combo.setCurrentIndex(0)  # "earliest" / "latest"
        else:
            index = combo.findData(text)
            if index < 0:
                combo.addItem(text, text)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        self.run_now()

    def _typed(self, _text: str) -> None:
        self.without.clear()  # a new query: every related term is searched again
        self.timer.start()

    def remove_expansion(self, term: str) -> None:
        """Rerun the search without one related term (the typed text stays as it is)."""
        self.without.add(term)
        self.run_now()

    def expanded_terms(self) -> list[str]:
        """The related terms of the results shown, to mark in the opened article."""
        return self.expansions.terms()

    def run_now(self) -> None:
        """Search for the field's text now (the debounce timer calls this too)."""
        self.timer.stop()
        query = self.edit.text().strip()
        self._generation += 1
        generation = self._generation
        if not query:
            self._clear()
            return
        self.busy = True
        if self.show_trend.isChecked():  # its room kept while it is on: the list never jumps
            self.trend_chart.set_rows([])
            self.trend_chart.show()
        workers.start(
            self.pool,
            self.service.search,
            query,
            **self.filters(),
            snippets=self._rows_in_view(),
            on_done=lambda result: self._on_result(generation, result),
            on_error=lambda exc: self._on_error(generation, exc),
        )

    def _rows_in_view(self) -> int:
        """Rows the list shows at its size (5 at the default one): their snippets come with
        the answer, the others' when the list draws them (:meth:`_make_snippets`)."""
        row = self.view.sizeHintForRow(0) if self.model.rowCount() else 0
        if row <= 0:
            return FIRST_PAGE
        return max(1, min(FIRST_PAGE, self.view.viewport().height() // row + 1))

    def _on_result(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return  # an older query answered late
        self.busy = False
        self.result = result
        self.model.set_hits(result.hits)
        if result.hits:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._fill_facets(result.facets)
        self._show_summary(result)
        self.expansions.set_expansions(getattr(result, "expansions", []))
        self.searchFinished.emit(result)
        self._run_trend(generation)
        if self._open_generation == generation:
            self._open_generation = None
            self._open_row(0)

    def _run_trend(self, generation: int) -> None:
        """The bars of the query just answered (the same filters but the issue)."""
        query = self.edit.text().strip()
        if not self.show_trend.isChecked() or not query:
            self.trend_chart.hide()
            return
        options = self.filters()
        chosen = options.pop("issue")
        options.pop("sort")
        workers.start(
            self.pool,
            self.service.trend,
            query,
            **options,
            on_done=lambda rows: self._on_trend(generation, rows, chosen),
            on_error=lambda exc: log.warning("trend failed: %s", exc),
        )

    def _on_trend(self, generation: int, rows: list[Any], chosen: str | None) -> None:
        if generation != self._generation:
            return
        self.trend_chart.set_rows(rows, chosen)

    def _trend_toggled(self, on: bool) -> None:
        if on and self.result is not None:
            self.trend_chart.show()
            self._run_trend(self._generation)
        else:
            self.trend_chart.hide()

    def filter_to_issue(self, issue_id: str) -> None:
        """Results of one issue only: the issue facet set to it, the query run again."""
        combo = self.combos["issue"]
        index = combo.findData(issue_id)
        if index < 0:
            combo.addItem(f"{issue_id} (0)", issue_id)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        self.run_now()

    def _make_snippets(self, hits: list[Any]) -> None:
        """Snippets of rows shown beyond the first page, made in the background."""
        workers.start(
            self.pool,
            self.service.fill_snippets,
            hits,
            on_done=lambda _none: self.model.snippets_ready(hits),
        )

    def _on_error(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.busy = False
            self._open_generation = None
            said = message_text(exc.message) if isinstance(exc, ReaderError) else str(exc)
            self.count.setText(self.tr("Search failed: %1").replace("%1", said))

    def batch(self, library: Library) -> Batch:
        """Every hit shown, titled by the query (gui/base/parts.py ``BatchSource``)."""
        ids = [hit.article for hit in self.result.hits] if self.result is not None else []
        return from_query(library, ids, self.edit.text())

    def reset(self) -> None:
        """As at start: no query, no results, related terms on again, nothing pending."""
        self.timer.stop()
        self.expand.blockSignals(True)
        self.expand.setChecked(True)
        self.expand.blockSignals(False)
        self.show_trend.blockSignals(True)
        self.show_trend.setChecked(not self.service.policy.public_mode)
        self.show_trend.blockSignals(False)
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)
        self._generation += 1  # an answer still on its way is dropped
        self._open_generation = None
        self._clear()

    def set_theme(self, theme: str) -> None:
        self.model.theme = theme

    def _clear(self) -> None:
        self.result = None
        self.busy = False
        self.model.set_hits([])
        self.count.clear()
        self.message.hide()
        self.without.clear()
        self.expansions.set_expansions([])
        self.trend_chart.set_rows([])
        self.trend_chart.hide()
        self._fill_facets({})

    def _show_summary(self, result: Any) -> None:
        text = (
            self.tr("%1 results (%2 ms)")
            .replace("%1", str(result.total))
            .replace("%2", f"{result.took_ms:.0f}")
        )
        filtered = bool(self.active_filters())
        if filtered:
            text += " · " + self.tr("filtered")
        self.count.setText(text)
        self.clear_filters.setVisible(filtered)
        if result.total:
            self.message.hide()
            return
        if filtered:
            self.message.setText(
                "<p>" + html.escape(self.tr("Nothing found with the chosen filters.")) + "</p><p>"
                + html.escape(self.tr("Clear the filters to search everything.")) + "</p>"
            )  # fmt: skip
            self.message.show()
            return
        tips = "".join(f"<li>{html.escape(searchtext.text(s))}</li>" for s in result.suggestions)
        understood = html.escape(searchtext.query(result.parsed, result.notes) or result.query)
        self.near = list(result.near)
        # The link carries the suggestion's number only: its text is escaped, never markup.
        near = "、".join(
            f'<a href="near:{n}">{html.escape(query)}</a>' for n, query in enumerate(self.near)
        )
        self.message.setText(
            "<p>"
            + self.tr("Nothing found for %1.").replace("%1", f"<b>{understood}</b>")
            + "</p><p>"
            + (self.tr("Did you mean: %1").replace("%1", near) + "</p><p>" if near else "")
            + self.tr("Try:")
            + f"</p><ul>{tips}</ul>"
        )
        self.message.show()

    def _try_near(self, link: str) -> None:
        """A 您是不是要找 suggestion clicked: search for it."""
        number = link.removeprefix("near:")
        if number.isdigit() and int(number) < len(self.near):
            self.edit.setText(self.near[int(number)])
            self.run_now()

    def _fill_facets(self, facets: dict[str, dict[str, int]]) -> None:
        everything = {
            "issue": self.tr("All issues"),
            "section": self.tr("All sections"),
            "source": self.tr("All sources"),
            "date_from": self.tr("Earliest"),  # or a day typed in: 2022-11-21
            "date_to": self.tr("Latest"),
        }
        for name, combo in self.combos.items():
            counts = facets.get("date" if name.startswith("date") else name, {})
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything[name], None)
            values = sorted(counts) if name.startswith("date") else list(counts)
            for value in values:
                combo.addItem(f"{value} ({counts[value]})", value)
            if keep and keep not in counts:  # a typed day, or a filter this query lacks
                combo.addItem(keep if len(keep) == 10 else f"{keep} (0)", keep)
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
            combo.blockSignals(False)
            line = combo.lineEdit()
            if line is not None:  # the date boxes
                line.setPlaceholderText(everything[name])
                if combo.currentIndex() == 0:
                    line.clear()

    # ------------------------------------------------------------ keyboard
    def focus_search(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def open_top_hit(self) -> None:
        if self.timer.isActive() or self.busy:
            self.run_now()
            self._open_generation = self._generation
            return
        self._open_row(0)

    def _open_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self._activate_index(index)

    def _activate_index(self, index: Any) -> None:
        article_id = index.data(ARTICLE_ID_ROLE)
        if article_id:
            self.hitActivated.emit(article_id, self.edit.text().strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            down = key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            if watched is self.edit and down and self.model.rowCount():
                self.view.setFocus()
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(self.model.index(0, 0))
                return True
            if (
                watched is self.view
                and key == Qt.Key.Key_Up
                and self.view.currentIndex().row() <= 0
            ):
                self.edit.setFocus()
                return True
            if watched is self.view and key == Qt.Key.Key_Escape:
                self.edit.setFocus()
                return True
        return super().eventFilter(watched, event)
