"""Reading-room services in the window: reading lists tab, batch output, statistics.

One install call from the main window keeps its own code about reading; this
module adds the tab, wires the actions and starts the statistics recorder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from reader_app.core.machine.policy import Action
from reader_app.core.services.readinglists import ListStore
from reader_app.gui.export import batchactions
from reader_app.gui.room import statsrecorder
from reader_app.gui.room.readinglistpanel import ReadingListPanel

if TYPE_CHECKING:
    from reader_app.gui.room.statsrecorder import StatsRecorder
    from reader_app.gui.shell.mainwindow import MainWindow


def install(window: MainWindow) -> StatsRecorder:
    """Call after the policy is applied (the idle watcher exists); returns the recorder."""
    from reader_app.core.machine.paths import app_dirs

    store = None if window.policy.public_mode else ListStore.user(app_dirs())
    panel = ReadingListPanel(window, store)
    window.reading_lists = panel
    window.tabs.addTab(panel, "")
    panel.articleChosen.connect(window.open_article)
    window.tabs.currentChanged.connect(lambda _i: panel.refresh_buttons())
    install_topics(window)
    batchactions.install(window)
    a = window.actions_
    a.connect("batch_print", lambda: batchactions.print_batch(window))
    a.connect("batch_export", lambda: batchactions.export_batch_dialog(window))
    a.connect("compile", lambda: batchactions.compile_dialog(window))
    if not window.policy.allows(Action.BATCH_EXPORT):  # public workstations: no compilations
        a["compile"].setEnabled(False)
        a["compile"].setVisible(False)
    a.connect("statistics", lambda: open_statistics(window))
    a.connect("show_reading_lists", lambda: show_reading_lists(window))
    recorder = statsrecorder.install(window)
    if not recorder.active:
        a["statistics"].setEnabled(False)
    retranslate(window)
    return recorder


def install_topics(window: MainWindow) -> None:
    """The topics tab (定题跟踪), staff only: a public workstation gets none of it."""
    from reader_app.core.machine.paths import app_dirs

    window.topics = None
    if not window.policy.allows(Action.TOPICS):
        return
    from reader_app.gui.room.topicpanel import TopicPanel

    panel = TopicPanel(ListStore.user(app_dirs()), window.search, window.search_pool,
                       window.library, window)  # fmt: skip
    window.topics = panel
    window.tabs.addTab(panel, "")
    panel.articleChosen.connect(window.open_article)
    window.hub.indexChanged.connect(panel.catch_up)
    panel.topicsChanged.connect(window.reading_lists.reload)  # accepted items are its items


def retranslate(window: MainWindow) -> None:
    topics = getattr(window, "topics", None)
    if topics is not None:
        window.tabs.setTabText(
            window.tabs.indexOf(topics), QCoreApplication.translate("MainWindow", "Topics")
        )
        topics.retranslate()
    panel = getattr(window, "reading_lists", None)
    if panel is None:
        return
    index = window.tabs.indexOf(panel)
    if window.policy.public_mode:  # what patrons see: the library's recommendations
        text = QCoreApplication.translate("MainWindow", "Recommended")
        window.tabs.setTabVisible(index, bool(panel.lists))
    else:
        text = QCoreApplication.translate("MainWindow", "Lists")  # short: 4 tabs at 150 % type
    window.tabs.setTabText(index, text)
    panel.retranslate()


def show_reading_lists(window: MainWindow) -> None:
    panel = window.reading_lists
    if window.tabs.isTabVisible(window.tabs.indexOf(panel)):
        window.tabs.setCurrentWidget(panel)
        panel.chooser.setFocus()


def open_statistics(window: MainWindow) -> object:
    from reader_app.gui.room.statspage import open_stats_page

    if not window.policy.allows(Action.STATISTICS):  # staff only
        return None
    import sqlite3

    try:
        page = open_stats_page(window, window.stats, window.library)
    except sqlite3.Error as exc:
        from reader_app.gui.base.errors import show_error

        show_error(window, exc)
        return None
    if page is None:
        window.status_label.setText(
            QCoreApplication.translate("MainWindow", "Statistics are switched off on this machine.")
        )
    return page
