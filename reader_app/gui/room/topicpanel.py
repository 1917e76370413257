"""The topics tab (定题跟踪): each topic with its count of new articles, staff decide.

Staff only (``Action.TOPICS``; a public workstation never builds this tab). Whenever the
window's index is opened or reopened (a start, an import, a publish picked up), every
topic catches up over the issues that arrived (core/services/topics.py), off the GUI
thread on the search's pool; the list then reads "自贸区政策 · 新 3". The new articles
are drawn as search hits are (snippets, marks), and staff accept one or several (with
an optional note) or dismiss them; both are saved at once. While a job runs the
decision buttons wait, so a job never writes over a decision.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.base.errors import ReaderError
from reader_app.core.base.messages import Message
from reader_app.core.services import readinglists as rl
from reader_app.core.services import topics
from reader_app.core.services.topicfile import StandingQuery, check_dates, check_query
from reader_app.gui.base import plaintext, workers
from reader_app.gui.base.errors import show_error
from reader_app.gui.search.resultsmodel import ARTICLE_ID_ROLE, HitDelegate, ResultsModel

log = logging.getLogger(__name__)

#: new articles whose snippets come with the list (the rows first in view)
FIRST_SNIPPETS = 20

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class TopicPanel(QWidget):
    """Built with what it needs: the store, the search service and its pool, the library."""

    articleChosen = Signal(str)
    topicsChanged = Signal()  # a catch-up, a run or a decision finished (tests wait on it)

    def __init__(
        self,
        store: rl.ListStore,
        search: Any,
        pool: QThreadPool,
        library: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("topicPanel")
        self.store, self.search, self.pool, self.library = store, search, pool, library
        self.topics: list[rl.ReadingList] = []
        self.busy = 0  # jobs running; decisions wait for them
        self.chooser = QListWidget(self)
        self.chooser.setObjectName("topicList")
        self.query_label = plaintext.label(self)
        self.query_label.setObjectName("topicQuery")
        self.query_label.setWordWrap(True)
        self.model = ResultsModel(self)
        self.model.snippet_source = self._make_snippets  # rows beyond the first page
        self.view = QListView(self)
        self.view.setObjectName("topicNewArticles")
        self.view.setModel(self.model)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setWordWrap(True)
        self.empty_label = plaintext.label(self)
        self.empty_label.setObjectName("topicNothingNew")
        self.note = QLineEdit(self)
        self.note.setObjectName("topicNote")
        self.note_label = plaintext.label(self)
        self.note_label.setBuddy(self.note)
        self.buttons: dict[str, QPushButton] = {}
        for name in ("new", "edit", "run", "remove", "accept", "dismiss"):
            button = QPushButton(self)
            button.setObjectName(f"topic_{name}")
            self.buttons[name] = button
        b = self.buttons
        top = QGridLayout()  # two a row: usable at 150 % type (适老化)
        for i, name in enumerate(("new", "edit", "run", "remove")):
            top.addWidget(b[name], i // 2, i % 2)
        decide = QGridLayout()
        decide.addWidget(b["accept"], 0, 0)
        decide.addWidget(b["dismiss"], 0, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.chooser, 1)  # a short list: the new articles get the room
        box.addLayout(top)
        box.addWidget(self.query_label)
        box.addWidget(self.view, 3)
        box.addWidget(self.empty_label)
        box.addWidget(self.note_label)
        box.addWidget(self.note)
        box.addLayout(decide)

        self.chooser.currentRowChanged.connect(lambda _row: self._show_current())
        self.view.activated.connect(
            lambda index: self.articleChosen.emit(index.data(ARTICLE_ID_ROLE))
        )
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        b["new"].clicked.connect(lambda: self.edit_dialog(None))
        b["edit"].clicked.connect(lambda: self.edit_dialog(self.current))
        b["run"].clicked.connect(self.run_current)
        b["remove"].clicked.connect(self.remove_current)
        b["accept"].clicked.connect(self.accept_selected)
        b["dismiss"].clicked.connect(self.dismiss_selected)
        self.retranslate()
        self.reload()

    # ------------------------------------------------------------ texts
    def retranslate(self) -> None:
        texts = {
            "new": self.tr("&New Topic…"),
            "edit": self.tr("Edit Query…"),
            "run": self.tr("Search Whole Library"),
            "remove": self.tr("Delete Topic"),
            "accept": self.tr("&Accept Selected"),
            "dismiss": self.tr("&Dismiss Selected"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.chooser.setAccessibleName(self.tr("Topics"))
        self.view.setAccessibleName(self.tr("New articles of the topic"))
        self.note_label.setText(self.tr("N&ote for the accepted articles (optional):"))
        self.note.setPlaceholderText(self.tr("Why they belong to the topic"))
        self.empty_label.setText(self.tr("Nothing new on this topic."))
        self._fill_chooser()

    def count_text(self, reading_list: rl.ReadingList) -> str:
        """ "自贸区政策 · 新 3": the topic and its new articles."""
        new = len(reading_list.topic.new) if reading_list.topic else 0
        return self.tr("%1 · new %2").replace("%1", reading_list.name).replace("%2", str(new))

    def _query_text(self, reading_list: rl.ReadingList) -> str:
        assert reading_list.topic is not None
        q = reading_list.topic.query
        parts = [self.tr("Query: %1").replace("%1", q.text)]
        if q.section:
            parts.append(self.tr("section %1").replace("%1", q.section))
        if q.source:
            parts.append(self.tr("source %1").replace("%1", q.source))
        if q.date_from or q.date_to:
            parts.append(f"{q.date_from or '…'} – {q.date_to or '…'}")
        if not q.expand:
            parts.append(self.tr("words as typed only"))
        accepted = self.tr("%1 accepted").replace("%1", str(len(reading_list.items)))
        return " · ".join(parts) + "\n" + accepted

    # ------------------------------------------------------------ topics
    @property
    def current(self) -> rl.ReadingList | None:
        row = self.chooser.currentRow()
        return self.topics[row] if 0 <= row < len(self.topics) else None

    def reload(self, select: str | None = None) -> None:
        """Read the topics again from their files (after any job or decision)."""
        select = select or (self.current.name if self.current else None)
        self.topics = topics.topics(self.store)
        self._fill_chooser(select)

    def _fill_chooser(self, select: str | None = None) -> None:
        if not hasattr(self, "topics"):
            return
        select = select or (self.current.name if self.current else None)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for reading_list in self.topics:
            item = QListWidgetItem(self.count_text(reading_list))
            item.setData(NAME_ROLE, reading_list.name)
            self.chooser.addItem(item)
        names = [t.name for t in self.topics]
        self.chooser.setCurrentRow(names.index(select) if select in names else 0)
        self.chooser.blockSignals(False)
        self._show_current()

    def _show_current(self) -> None:
        current = self.current
        self.model.set_hits([])
        self.query_label.setText(self._query_text(current) if current else "")
        if current is not None and current.topic is not None and current.topic.new:
            self._job(
                topics.new_hits,
                current,
                self.search,
                FIRST_SNIPPETS,  # the others when their rows are drawn, as the search list
                on_done=lambda answer, asked=current: self._hits_ready(asked, answer),
            )
        self._update()

    def _make_snippets(self, hits: list[Any]) -> None:
        """Snippets of rows shown beyond the first page, made in the background."""
        workers.start(
            self.pool,
            self.search.fill_snippets,
            hits,
            on_done=lambda _none: self.model.snippets_ready(hits),
        )

    def _hits_ready(self, asked: rl.ReadingList, answer: tuple[list[Any], bool]) -> None:
        hits, changed = answer
        if asked is not self.current:  # another topic was chosen meanwhile
            return
        if changed:  # matches the query no longer finds: gone from the count too
            self._save(asked)
            item = self.chooser.currentItem()
            if item is not None:
                item.setText(self.count_text(asked))
        self.model.set_hits(hits)
        self._update()

    def _update(self) -> None:
        has, ready = self.current is not None, self.busy == 0
        chosen = bool(self.view.selectionModel().selectedRows())
        b = self.buttons
        for name in ("edit", "run", "remove"):
            b[name].setEnabled(has and ready)
        b["new"].setEnabled(ready)
        b["accept"].setEnabled(ready and chosen)
        b["dismiss"].setEnabled(ready and chosen)
        self.note.setEnabled(ready and chosen)
        topic = self.current.topic if self.current is not None else None
        nothing = topic is not None and not topic.new and self.model.rowCount() == 0
        self.empty_label.setVisible(bool(nothing and ready))

    # ------------------------------------------------------------ jobs
    def _job(self, fn: Any, *args: Any, on_done: Any) -> None:
        self.busy += 1
        self._update()

        def done(result: Any) -> None:
            self.busy -= 1
            on_done(result)
            self._update()
            self.topicsChanged.emit()

        def failed(exc: Exception) -> None:
            self.busy -= 1
            self._update()
            log.warning("topics: %s", exc)
            if isinstance(exc, (ReaderError, OSError)):
                show_error(self, exc)
            self.topicsChanged.emit()

        workers.start(self.pool, fn, *args, on_done=done, on_error=failed)

    def catch_up(self) -> None:
        """The index holds what arrived: every topic runs over it (hub.indexChanged)."""
        self._job(topics.catch_up, self.store, self.search, on_done=lambda _r: self.reload())

    def run_current(self) -> None:
        current = self.current
        if current is None or self.busy:
            return
        self._job(self._run_and_save, current, on_done=lambda _r: self.reload(current.name))

    def _run_and_save(self, reading_list: rl.ReadingList) -> int:
        """Worker thread: the whole library, then the file."""
        added = topics.run_whole(reading_list, self.search)
        self.store.save(reading_list)
        return added

    # ------------------------------------------------------------ editing
    def save_topic(self, name: str, query: StandingQuery, old: str | None = None) -> bool:
        """A new topic, or a new query (and name) for ``old``: accepted items are kept; it
        then runs over the whole library (offering only what was never decided)."""
        try:
            if old is not None and old != " ".join(name.split()):
                reading_list = topics.find(self.store, old)
                if any(r.name == rl.check_name(name) for r in self.store.lists()[0]):
                    raise ReaderError(Message.of("list_exists", name=rl.check_name(name)))
                self.store.delete(reading_list)
                reading_list.path, reading_list.name = None, rl.check_name(name)
                self.store.save(reading_list)
            reading_list = topics.add(self.store, name, query, replace=old is not None)
        except (ReaderError, OSError) as exc:
            show_error(self, exc)
            return False
        self._job(
            self._run_and_save, reading_list, on_done=lambda _r: self.reload(reading_list.name)
        )
        return True

    def edit_dialog(self, reading_list: rl.ReadingList | None) -> None:
        dialog = TopicDialog(reading_list, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_query is not None:
            old = reading_list.name if reading_list is not None else None
            self.save_topic(dialog.name.text(), dialog.result_query, old)

    def remove_current(self, confirm: bool = True) -> None:
        current = self.current
        if current is None or self.busy:
            return
        if confirm and not plaintext.question(
            self,
            self.tr("Delete Topic"),
            self.tr("Delete the topic “%1” and its accepted articles?").replace("%1", current.name),
        ):
            return
        self.store.delete(current)
        self.reload()
        self.topicsChanged.emit()

    # ------------------------------------------------------------ deciding
    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.hit(r).article for r in rows]

    def accept_selected(self) -> None:
        self._decide(lambda r, ids: topics.accept(r, ids, self.library, self.note.text().strip()))
        self.note.clear()

    def dismiss_selected(self) -> None:
        self._decide(lambda r, ids: topics.dismiss(r, ids, self.library))

    def _decide(self, decide: Any) -> None:
        current, ids = self.current, self.selected_ids()
        if current is None or not ids or self.busy:
            return
        try:
            decide(current, ids)
        except (ReaderError, OSError) as exc:
            show_error(self, exc)
            return
        if not self._save(current):
            return
        hits = [self.model.hit(r) for r in range(self.model.rowCount())]
        self.model.set_hits([h for h in hits if h.article not in ids])
        item = self.chooser.currentItem()
        if item is not None:
            item.setText(self.count_text(current))
        self.query_label.setText(self._query_text(current))
        self._update()
        self.topicsChanged.emit()

    def _save(self, reading_list: rl.ReadingList) -> bool:
        try:
            self.store.save(reading_list)
        except OSError as exc:
            show_error(self, exc)
            return False
        return True


class TopicDialog(QDialog):
    """The topic's name, query, filters and expansion switch (as the search tab has them)."""

    def __init__(self, reading_list: rl.ReadingList | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topicDialog")
        self.setWindowTitle(self.tr("Topic") if reading_list else self.tr("New Topic"))
        q = reading_list.topic.query if reading_list and reading_list.topic else None
        self.name = QLineEdit(reading_list.name if reading_list else "", self)
        self.query = QLineEdit(q.text if q else "", self)
        self.section = QLineEdit((q.section or "") if q else "", self)
        self.source = QLineEdit((q.source or "") if q else "", self)
        self.date_from = QLineEdit((q.date_from or "") if q else "", self)
        self.date_to = QLineEdit((q.date_to or "") if q else "", self)
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText("YYYY-MM-DD")
        self.expand = QCheckBox(self.tr("Also find related terms (thesaurus)"), self)
        self.expand.setChecked(q.expand if q else True)
        self.result_query: StandingQuery | None = None
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Query:"), self.query)
        form.addRow(self.tr("&Section:"), self.section)
        form.addRow(self.tr("S&ource:"), self.source)
        form.addRow(self.tr("&From:"), self.date_from)
        form.addRow(self.tr("&To:"), self.date_to)
        form.addRow(self.expand)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def check_and_accept(self) -> None:
        try:
            rl.check_name(self.name.text())
            date_from = self.date_from.text().strip() or None
            date_to = self.date_to.text().strip() or None
            check_dates(date_from, date_to)
            self.result_query = StandingQuery(
                check_query(self.query.text()),
                self.section.text().strip() or None,
                self.source.text().strip() or None,
                date_from,
                date_to,
                self.expand.isChecked(),
            )
        except ReaderError as exc:
            show_error(self, exc)
            return
        self.accept()
