"""Reading-room services in the window: the reading lists and topics tabs, statistics.

:class:`RoomServices` is one window part: it makes the reading-list panel and,
for staff, the topics tab (定题跟踪, which catches up whenever the index is open
again: ``hub.indexChanged``); the shell puts them in the side tabs and opens the
articles they name. It wires the list's print, PDF and 汇编… buttons to the
batch output, and opens the statistics page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool
from PySide6.QtWidgets import QTabWidget, QWidget

from reader_app.core.app.session import Session
from reader_app.core.library.library import Library
from reader_app.core.machine.paths import AppDirs
from reader_app.core.machine.policy import Action, Policy
from reader_app.core.services.readinglists import ListStore
from reader_app.gui.base.hub import Hub
from reader_app.gui.base.parts import ActionTable, Part
from reader_app.gui.base.readingstate import ReadingState
from reader_app.gui.export.batchactions import BatchActions
from reader_app.gui.room.readinglistpanel import ReadingListPanel
from reader_app.gui.room.statsrecorder import StatsRecorder

if TYPE_CHECKING:  # the topics tab is made only for staff, when it is made
    from reader_app.core.app.searchservice import SearchService
    from reader_app.gui.room.topicpanel import TopicPanel


class RoomServices(Part):
    def __init__(
        self,
        session: Session,
        state: ReadingState,
        stats: StatsRecorder,
        batch: BatchActions,
        pool: QThreadPool,
        hub: Hub,
        actions: ActionTable,
        tabs: QTabWidget,
        parent: QWidget,
    ) -> None:
        """``session``: the library, policy, folders and search the lists and topics use."""
        super().__init__(parent)
        library, policy, dirs = session.library, session.policy, session.dirs
        self.library, self.policy, self.stats, self.hub = library, policy, stats, hub
        self.tabs, self.parent_widget = tabs, parent
        store = None if policy.public_mode else ListStore.user(dirs)
        self.panel = ReadingListPanel(library, policy, state, store, parent)
        tabs.addTab(self.panel, "")
        tabs.currentChanged.connect(lambda _i: self.panel.refresh_buttons())
        state.changed.connect(self.panel.refresh_buttons)  # "Add Current Article" follows
        self.panel.printListRequested.connect(batch.print_list)
        self.panel.exportArticlesRequested.connect(batch.export_list_dialog)
        self.panel.compileRequested.connect(batch.compile_list_dialog)
        self.topics = self._topics(library, policy, dirs, session.search, pool, hub, tabs, parent)
        actions.connect("statistics", lambda: self.open_statistics())
        actions.connect("show_reading_lists", lambda: self.show_reading_lists())
        if not stats.active:
            actions["statistics"].setEnabled(False)
        self.retranslate()

    def _topics(
        self,
        library: Library,
        policy: Policy,
        dirs: AppDirs,
        search: SearchService,
        pool: QThreadPool,
        hub: Hub,
        tabs: QTabWidget,
        parent: QWidget,
    ) -> TopicPanel | None:
        """The topics tab (定题跟踪), staff only: a public workstation gets none of it."""
        if not policy.allows(Action.TOPICS):
            return None
        from reader_app.gui.room.topicpanel import TopicPanel

        panel = TopicPanel(ListStore.user(dirs), search, pool, library, parent)
        tabs.addTab(panel, "")
        hub.indexChanged.connect(panel.catch_up)  # the index holds what arrived
        panel.topicsChanged.connect(self.panel.reload)  # accepted items are its items
        return panel

    def retranslate(self) -> None:
        if self.topics is not None:
            self.tabs.setTabText(
                self.tabs.indexOf(self.topics), QCoreApplication.translate("MainWindow", "Topics")
            )
            self.topics.retranslate()
        index = self.tabs.indexOf(self.panel)
        if self.policy.public_mode:  # what patrons see: the library's recommendations
            text = QCoreApplication.translate("MainWindow", "Recommended")
            self.tabs.setTabVisible(index, bool(self.panel.lists))
        else:
            text = QCoreApplication.translate("MainWindow", "Lists")  # short: 4 tabs at 150 %
        self.tabs.setTabText(index, text)
        self.panel.retranslate()

    def show_reading_lists(self) -> None:
        if self.tabs.isTabVisible(self.tabs.indexOf(self.panel)):
            self.tabs.setCurrentWidget(self.panel)
            self.panel.chooser.setFocus()

    def open_statistics(self) -> QObject | None:
        from reader_app.gui.room.statspage import open_stats_page

        if not self.policy.allows(Action.STATISTICS):  # staff only
            return None
        import sqlite3

        try:
            page = open_stats_page(self.parent_widget, self.stats, self.library)
        except sqlite3.Error as exc:
            from reader_app.gui.base.errors import show_error

            show_error(self.parent_widget, exc)
            return None
        if page is None:
            self.hub.show_status(
                QCoreApplication.translate(
                    "MainWindow", "Statistics are switched off on this machine."
                )
            )
        return page
