"""The reader window: library tree and search on the left, the reading pane on the right.

The window wires signals between parts (the connections block in ``__init__``) and
keeps navigation state; each part lives in its own module.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.app.session import Session
from reader_app.core.base.messages import Message
from reader_app.core.base.model import Article, Issue
from reader_app.core.library.library import ImportResult
from reader_app.core.machine.policy import Action
from reader_app.core.machine.startup import resume_gc
from reader_app.gui.base import theme as themes
from reader_app.gui.base import workers
from reader_app.gui.base.errors import show_error
from reader_app.gui.base.hub import Hub
from reader_app.gui.base.librarychanges import Change, LibraryChanges
from reader_app.gui.base.parts import WindowPart
from reader_app.gui.base.readingstate import ReadingState
from reader_app.gui.base.settings import ZOOM_DEFAULT, ZOOM_MAX, ZOOM_MIN, Settings
from reader_app.gui.base.theme import Theme
from reader_app.gui.export import output
from reader_app.gui.export.batchactions import BatchActions
from reader_app.gui.library.bookmarks import BookmarksModel, BookmarksView
from reader_app.gui.library.librarypage import LibraryPage
from reader_app.gui.library.userwatch import UserWatch
from reader_app.gui.reading.articleview import ArticleView
from reader_app.gui.reading.citing import Citing
from reader_app.gui.reading.findbar import FindBar
from reader_app.gui.reading.history import History, Location
from reader_app.gui.reading.originalview import OriginalView
from reader_app.gui.reading.readaloud import ReadAloudBar
from reader_app.gui.reading.relatedbar import RelatedBar
from reader_app.gui.room.services import RoomServices
from reader_app.gui.room.sharewatch import ShareWatch
from reader_app.gui.room.statsrecorder import open_recorder
from reader_app.gui.search import searchtext
from reader_app.gui.search.searchpanel import SearchPanel
from reader_app.gui.shell import access, publicmode
from reader_app.gui.shell.actions import Actions, Need
from reader_app.gui.shell.panes import Panes
from reader_app.gui.shell.statusline import StatusLine
from reader_app.output import i18n
from reader_app.output.labels import issue_label, issue_namer, page_label, page_range

if TYPE_CHECKING:  # not at run time: the printed pages' output loads PDFium
    from reader_app.gui.dialogs.about import AboutDialog
    from reader_app.gui.export.originaloutput import OriginalOutput

log = logging.getLogger(__name__)
ZOOM_STEP = 10


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: Settings) -> None:
        """``session``: the run's policy, folders, library and search (core/app/session.py)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.session, self.settings = session, settings
        self.library = library = session.library
        self.policy = session.policy
        self.pool = QThreadPool(self)  # imports and other one-off jobs
        self.search_pool = QThreadPool(self)  # the index: opening, updating, searching
        self.search_pool.setMaxThreadCount(1)
        self.search = session.search
        self.hub = Hub(self)  # window-wide changes: reset, theme, library, status line
        self.state = ReadingState(self)  # the issue, article and query in the pane
        self.changes = LibraryChanges(library, self.hub)  # the one way the library changes
        self.history = History()
        self.index_ready = False
        self.index_failed = False  # the standing line says search is not available
        self._checked_bundles = False  # the deep check of the catalogue, once per start
        self._rerun_search = True  # a ready index answers the query typed before it
        self._original_output: OriginalOutput | None = None  # made when first asked

        # ---------------------------------------------------------- widgets
        self.library_page = LibraryPage(library.issues, self)
        # Shorter names that tests, publicmode and the connections use.
        self.tree, self.filter = self.library_page.tree, self.library_page.filter
        self.tree_model, self.tree_proxy = self.library_page.model, self.library_page.proxy
        self.search_panel = SearchPanel(self.search, self.search_pool, self)
        self.search_panel.model.issue_name = issue_namer(library)
        self.bookmarks = BookmarksModel(self._describe, self)
        self.bookmarks.set_ids(settings.bookmarks)
        self.bookmarks_view = BookmarksView(self.bookmarks, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sideTabs")
        # Every tab in sight, never behind scroll arrows: the side pane is as wide as its five
        # tabs need (English at 150 % type, 适老化), which also keeps the arrows from being
        # squeezed below what their large-type size needs.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.addTab(self.library_page, "")
        self.tabs.addTab(self.search_panel, "")
        self.tabs.addTab(self.bookmarks_view, "")
        self.view = ArticleView(self)
        self.original = OriginalView(self)  # the printed pages of the same article
        self.reader_stack = QStackedWidget(self)
        self.reader_stack.addWidget(self.view)
        self.reader_stack.addWidget(self.original)
        self.find_bar = FindBar(self)
        self.related_bar = RelatedBar(
            self
        )  # 相关文章 under the article (gui/reading/relatedbar.py)
        reader = QWidget(self)
        box = QVBoxLayout(reader)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.reader_stack, 1)
        box.addWidget(self.related_bar)
        box.addWidget(self.find_bar)
        # The machine's voice is looked for at the first read, not at the start.
        self.read_aloud = ReadAloudBar(self.view, None, self.hub.show_status, self)
        box.addWidget(self.read_aloud)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(reader)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 900])
        self.setCentralWidget(self.splitter)
        self.status_label = StatusLine(self)  # passing messages clear themselves
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        # Damaged bundles: the healthy rest is shown, and this says so, visibly.
        self.problems_button = QToolButton(self)
        self.problems_button.setObjectName("libraryProblems")
        self.problems_button.setAutoRaise(True)
        self.problems_button.clicked.connect(self.show_problems)
        self.statusBar().addPermanentWidget(self.problems_button)
        self.actions_ = Actions(self, self.policy)  # hides what the policy forbids
        self.setTabOrder(self.tree, self.view)
        # 检索结果 → 正文: Tab from the results goes into the article (screen readers, issue 26).
        self.setTabOrder(self.search_panel.view, self.view)
        self.panes = Panes(self.tabs, [lambda: self.tree, lambda: self.search_panel.view,
                                       lambda: self.reader_stack.currentWidget()])  # fmt: skip
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # batches

        # ---------------------------------------------------------- parts
        # Each is built with what it needs (gui/base/parts.py), never with the window.
        a, hub = self.actions_, self.hub
        self.stats = open_recorder(self.policy, session.dirs, self)  # anonymous daily counts
        self.citing = Citing(self.state, settings, self.policy, a, hub, self)
        self.batch = BatchActions(library, self.policy, settings, self.state, self.stats, hub, a,
                                  self.tabs, self.library_page, self.view.font, self)  # fmt: skip
        self.room = RoomServices(session, self.state, self.stats, self.batch,
                                 self.search_pool, hub, a, self.tabs, self)  # fmt: skip
        self.reading_lists = self.room.panel
        self.topics = self.room.topics  # None on a public workstation
        # A published share: follow it (gui/room/sharewatch.py).
        self.share_watch = ShareWatch(self.changes, session, self.pool, self.statusBar())
        # Another program's import into the user folder (gui/library/userwatch.py).
        self.user_watch = UserWatch(self.changes, self)
        self.parts: tuple[WindowPart, ...] = (
            self.search_panel,
            self.library_page,
            self.find_bar,
            self.related_bar,
            self.read_aloud,
            self.original,
            self.bookmarks,
            self.history,
            self.stats,
            self.citing,
            self.batch,
            self.room,
            self.share_watch,
            self.user_watch,
        )

        # ---------------------------------------------------------- connections
        self.library_page.articleChosen.connect(self.open_article)
        self.library_page.issueChosen.connect(self.open_issue)
        self.library_page.issueChosen.connect(self.stats.issue_opened)
        self.bookmarks_view.openRequested.connect(self.open_article)
        self.bookmarks.changed.connect(self._save_bookmarks)
        self.reading_lists.articleChosen.connect(self.open_article)
        if self.topics is not None:
            self.topics.articleChosen.connect(self.open_article)
        self.search_panel.hitActivated.connect(self.open_hit)
        self.search_panel.hitPreviewed.connect(self.open_hit)  # the focus stays in the results
        self.search_panel.hitActivated.connect(lambda *_: self.stats.flush_search())
        self.search_panel.searchFinished.connect(self.stats.search_finished)
        self.search_panel.searchFinished.connect(self.share_watch.searched)
        self.view.articleRequested.connect(self.open_article)
        self.related_bar.openRequested.connect(self.open_article)
        self.view.externalLinkRequested.connect(self.open_external)
        self.view.marksChanged.connect(lambda n, total: self._count_hits(self.view, n, total))
        self.original.hitsChanged.connect(
            lambda n, total: self._count_hits(self.original, n, total)
        )
        self.original.set_thumbnails_shown(self.settings.page_thumbnails)
        self.original.thumbnailsToggled.connect(self._save_thumbnails)
        self.original.notice.connect(self.status_label.setText)
        self.view.marksChanged.connect(lambda *_: self.original.set_terms(self.view.marked_terms()))
        self.original.textViewRequested.connect(lambda: self.set_original_view(False))
        self.original.citation_style = lambda: self.settings.citation_style
        self.original.textCopied.connect(
            lambda _text: self.status_label.setText(self.tr("Copied from the printed page."))
        )
        self.view.backRequested.connect(self.go_back)
        self.view.forwardRequested.connect(self.go_forward)
        self.find_bar.findRequested.connect(self.view.find_text)
        self.find_bar.nextRequested.connect(lambda: self.step_hit(1))
        self.find_bar.previousRequested.connect(lambda: self.step_hit(-1))
        self.find_bar.closed.connect(self._close_find)
        # Each part forgets its own patron state and follows the theme (gui/base/hub.py).
        for part in self.parts:
            hub.resetRequested.connect(part.reset)
            hub.themeChanged.connect(part.set_theme)
        hub.resetRequested.connect(self._reset_for_next_patron)
        hub.resetRequested.connect(lambda: access.reset(self))  # 适老化 off for the next patron
        hub.themeChanged.connect(self.view.set_theme)
        hub.libraryChanged.connect(self._on_library_changed)
        hub.libraryChanged.connect(self.user_watch.library_changed)
        hub.statusMessage.connect(self.status_label.setText)
        a.connect("import", self.import_issue)
        a.connect("print", self.print_article)
        a.connect("print_preview", self.print_preview)
        a.connect("export_pdf", self.export_pdf_dialog)
        a.connect("print_original", self.print_original)
        a.connect("export_original", self.export_original)
        a.connect("original_view", self.set_original_view)
        a.connect("quit", self.close)
        a.connect("copy_link", self.copy_link)
        a.connect("find", self.find_bar.show_find)
        a.connect("read_aloud", self.read_aloud.read)
        a.connect("search", self.focus_search)
        a.connect("next_hit", lambda: self.step_hit(1))
        a.connect("previous_hit", lambda: self.step_hit(-1))
        a.connect("back", self.go_back)
        a.connect("forward", self.go_forward)
        a.connect("next_pane", lambda: self.panes.step(1))
        a.connect("previous_pane", lambda: self.panes.step(-1))
        a.connect("previous_article", lambda: self.step_article(-1))
        a.connect("next_article", lambda: self.step_article(1))
        a.connect("go_to_page", self.go_to_page)
        a.connect("bookmark", self.toggle_bookmark)
        a.connect("show_bookmarks", lambda: self._show_tab(2, self.bookmarks_view))
        a.connect("show_library", lambda: self._show_tab(0, self.tree))
        a.connect("zoom_in", lambda: self.set_zoom(self._zoom + ZOOM_STEP))
        a.connect("zoom_out", lambda: self.set_zoom(self._zoom - ZOOM_STEP))
        a.connect("zoom_reset", lambda: self.set_zoom(ZOOM_DEFAULT))
        a.connect("full_screen", self.set_full_screen)
        a.connect("about", self.about)
        a.connect("user_guide", self.show_user_guide)
        for theme in (Theme.SYSTEM, Theme.LIGHT, Theme.DARK):
            a.connect(f"theme_{theme.value}", lambda _=False, t=theme: self.set_theme(t))
        a.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_scheme)

        # ---------------------------------------------------------- state
        self.idle_watcher = publicmode.apply_policy(self)
        access.install(self)  # the one typeface, 适老化, names for screen readers
        self.retranslate()
        self.set_zoom(settings.zoom)
        self.set_theme(settings.theme, save=False)
        a.languages[settings.language].setChecked(True)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        else:
            self.resize(1280, 820)
        if settings.splitter is not None:
            self.splitter.restoreState(settings.splitter)
        self._update_actions()
        self._show_problems()
        for problem in library.problems:
            log.warning("library problem: %s", problem)

    # ------------------------------------------------------------ start-up
    def start(self) -> None:
        """After show(): restore reading position, then open the index in the background."""
        if self.settings.full_screen:
            self.set_full_screen(True)
        self.start_indexing()  # first: the worker opens the index while the pane renders
        self.restore_reading()
        self.stats.session_started()
        self.share_watch.start()
        self.user_watch.start()

    def restore_reading(self) -> None:
        last = self.settings.last_article
        if last and self.open_article(last, quiet=True):
            scroll = self.settings.last_scroll
            QTimer.singleShot(0, lambda: self.view.verticalScrollBar().setValue(scroll))
            return
        if self.library.issues:
            self.open_issue(self.library.issues[-1].id)
        else:
            self.view.show_message(
                "<h2>" + self.tr("The library is empty") + "</h2><p>"
                + self.tr("Use File → Import Issue… to add an issue.") + "</p>"
            )  # fmt: skip

    def start_indexing(self) -> None:
        self.index_ready = self.index_failed = False
        self._progress(0, 0, self.tr("Preparing search…"))
        workers.start(
            self.search_pool,
            self.search.open,
            on_done=self._on_index_ready,
            on_error=self._on_index_failed,
            on_progress=self._progress,
        )

    def _progress(self, done: int, total: int, message: Message | str) -> None:
        self.progress.show()
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status_label.set_standing(
            message if isinstance(message, str) else searchtext.text(message)
        )

    def _on_index_ready(self, count: int) -> None:
        resume_gc()  # the start is over (paused by gui/app.py's main)
        self.index_ready = True
        # The thesaurus is read while the patron looks at the ready window, not beside the
        # index's opening and the first paint (it held the GIL ~20 ms of the start); a
        # search asked before it is read reads it itself (SearchService, under its lock).
        workers.start(
            self.search_pool,
            self.search.load_thesaurus,
            on_error=lambda exc: log.warning("cannot read the thesaurus: %s", exc),
        )
        if self.view.article is not None:  # opened before the index was: its related now
            self._find_related(self.view.article.id)
        self.progress.hide()
        self.status_label.set_standing(self._ready_text())
        self.share_watch.index_reopened()
        self._after_index_ready()

    def _ready_text(self) -> str:
        """The standing line once search is ready, in the window's language now."""
        text = (
            self.tr("%1 articles in %2 issues; search is ready.")
            .replace("%1", str(self.library.article_count()))
            .replace("%2", str(len(self.library.issues)))
        )
        stale = self.search.stale_kind
        if stale == "busy":
            text += " " + self.tr(
                "The search index is out of date: another program is updating it."
            )
        elif stale == "unfinished":
            text += " " + self.tr(
                "The search index is out of date: the last publish on the shared library "
                "did not finish, so its newest issues may not be found."
            )
        elif stale is not None:
            text += " " + self.tr(
                "The search index is out of date: its folder cannot be written, "
                "so recent changes may not be found."
            )
        return text

    def _after_index_ready(self) -> None:
        # The one emitter (tests/test_rooms.py): a start, an import, files edited in place or
        # a share's new generation all end here; the topics catch up (gui/room/topicpanel.py).
        self.hub.indexChanged.emit()
        rerun, self._rerun_search = self._rerun_search, True
        if rerun and self.search_panel.edit.text().strip():
            self.search_panel.run_now()
        if not self._checked_bundles:
            self._checked_bundles = True
            workers.start(
                self.pool,
                self.library.changed_bundles,
                on_done=self._on_bundles_changed,
                on_error=lambda exc: log.warning("cannot check the library's files: %s", exc),
            )

    def _on_bundles_changed(self, changed: list[Path]) -> None:
        """Bundles edited in place since the catalogue noted them: read, show, index them.

        A start checks only each bundle's folders (core/library/catalogue.py); this check of
        every article file runs once the window is usable.
        """
        if not changed:
            return
        log.info("library files changed since the last start: %s", ", ".join(map(str, changed)))
        self.changes.refreshed(changed)

    def _on_library_changed(self, change: Change) -> None:
        """Whatever changed the library (gui/base/librarychanges.py): the tree, the problems
        button and the index follow. A share's new generation leaves the results on screen
        alone until the patron's next search (gui/room/sharewatch.py)."""
        self.library_page.set_issues(self.library.issues)
        self._show_problems()
        self._rerun_search = change is not Change.SHARE
        self.start_indexing()

    def _on_index_failed(self, exc: Exception) -> None:
        resume_gc()
        self.progress.hide()
        self.index_failed = True
        self.status_label.set_standing(self.tr("Search is not available."))
        quiet = not self._rerun_search  # a share reload: no dialog in front of the reader
        self._rerun_search = True
        self.share_watch.index_reopened(ok=False)
        if quiet:
            log.warning("cannot reopen the search index after the share changed: %s", exc)
        else:
            show_error(self, exc)

    # ------------------------------------------------------------ texts
    def _update_title(self) -> None:
        """The window title names what is open (taskbar, window switcher, screen readers)."""
        app = self.tr("Xinxi Zhaibian Reader")
        shown = self.view.article.title if self.view.article else None
        if shown is None and self.view.issue is not None:
            shown = issue_label(self.view.issue)
        self.setWindowTitle(f"{shown} — {app}" if shown else app)

    def retranslate(self) -> None:
        self._update_title()
        self.actions_.retranslate()
        self.tabs.setTabText(0, self.tr("Library"))
        self.tabs.setTabText(1, self.tr("Search"))
        self.tabs.setTabText(2, self.tr("Bookmarks"))
        self.tree_model.set_headers(self.tr("Title"), self.tr("Page"))
        self.library_page.retranslate()
        self.view.setAccessibleName(self.tr("Article"))
        self.bookmarks_view.setAccessibleName(self.tr("Bookmarks"))
        self.tabs.setAccessibleName(self.tr("Library, search and bookmarks"))
        self.tabs.tabBar().setAccessibleName(self.tr("Library, search and bookmarks"))
        for part in self.parts:
            if part is not self.library_page:  # above, before the tabs' texts
                part.retranslate()
        self._show_problems()
        if self.index_ready and not self.progress.isVisible():  # the standing line too
            self.status_label.set_standing(self._ready_text())
        elif self.index_failed:
            self.status_label.set_standing(self.tr("Search is not available."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.view.rerender()
        super().changeEvent(event)

    def _show_problems(self) -> None:
        count = len(self.library.problems)
        self.problems_button.setVisible(count > 0)
        text = self.tr("⚠ %1 problem(s) in the library").replace("%1", str(count))
        self.problems_button.setText(text)
        self.problems_button.setAccessibleName(text)

    def show_problems(self) -> None:
        from reader_app.gui.dialogs.small import show_library_problems

        show_library_problems(self, self.library.problems)

    # ------------------------------------------------------------ opening
    def _describe(self, article_id: str) -> str | None:
        try:
            issue, article = self.library.find_article(article_id)
        except Exception:
            return None
        where = issue_label(issue)
        if article.page is not None:
            where += " " + page_label(article.page)
        return f"{article.title}\n{where}"

    def open_article(self, article_id: str, quiet: bool = False, record: bool = True) -> bool:
        try:
            issue, article = self.library.find_article(article_id)
        except Exception as exc:
            if not quiet:
                show_error(self, exc)
            return False
        if record:
            self._leave()
        self._show(issue, article)
        if not quiet:  # a patron's choice, not a restored or revisited page
            self.stats.article_opened(article.id, article.section)
        if record:
            self.history.visit(Location("article", article_id))
        self._select_in_tree(article_id)
        self._update_actions()
        return True

    def open_issue(self, issue_id: str, record: bool = True) -> None:
        issue = self.library.issue(issue_id)
        if record:
            self._leave()
        self.find_bar.hide()
        self.view.show_cover(issue)
        self.related_bar.clear()
        self.original.show_article(None, issue)
        self.state.show(issue, None)
        if record:
            self.history.visit(Location("issue", issue_id))
        self._select_in_tree(issue_id)
        self._update_actions()

    def _show(self, issue: Issue, article: Article) -> None:
        self.find_bar.hide()
        self.view.show_article(article, issue)
        self.original.show_article(article, issue)
        self.state.show(issue, article)
        self._find_related(article.id)

    def _find_related(self, article_id: str) -> None:
        """The related articles of the one shown, found in the background."""
        self.related_bar.clear()
        if not self.index_ready:
            return

        def done(answer: Any) -> None:
            if self.view.article is not None and self.view.article.id == article_id:
                self.related_bar.set_rows(article_id, answer.rows() if answer else [])

        workers.start(
            self.search_pool,
            self.search.related,
            article_id,
            on_done=done,
            on_error=lambda exc: log.warning("related articles failed: %s", exc),
        )

    def open_hit(self, article_id: str, query: str) -> None:
        """Open a search hit with every match marked and the first one in view."""
        if not self.open_article(article_id):
            return
        terms, exact = self.search_panel.marks_for(article_id)
        self.mark_query(query, terms, exact=exact)

    def mark_query(
        self, query: str, terms: tuple[str, ...] = (), current: int = 0, exact: bool = False
    ) -> int:
        """Mark what the hit's snippet marks: ``query``, the related ``terms`` it was expanded
        with (``exact``: the hit was found through them), as core/search/marks.py says."""
        self.state.mark(query, terms, exact)
        try:
            spans = self.search.hit_spans(self.view.plain_text(), query, terms, exact)
        except Exception as exc:
            log.warning("cannot mark hits for %r: %s", query, exc)
            spans = []
        self.view.set_marks(spans, max(0, min(current, len(spans) - 1)))
        self.find_bar.show_hits(query)
        self._count_hits(self.view, self.view.current_mark + 1 if spans else 0, len(spans))
        return len(spans)

    def _close_find(self) -> None:
        self.view.clear_marks()
        self.view.setFocus()

    def _select_in_tree(self, item_id: str) -> None:
        self.library_page.select(item_id)

    def _show_tab(self, tab: int, widget: QWidget) -> None:
        self.tabs.setCurrentIndex(tab)
        widget.setFocus()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search_panel)
        self.search_panel.focus_search()

    # ------------------------------------------------------------ navigation
    def _leave(self) -> None:
        """Note where the reader is (scroll, marked hits) so Back returns there."""
        marked = self.view.mark_count and self.find_bar.showing_hits
        query = self.state.query if marked else ""
        self.history.remember(
            self.view.verticalScrollBar().value(),
            query,
            self.state.terms if query else (),
            self.view.current_mark,
            self.state.exact and bool(query),
        )

    def _go(self, location: Location | None) -> None:
        if location is None:
            return
        if location.kind == "article":
            if not self.open_article(location.id, quiet=True, record=False):
                return
            if location.query:
                self.mark_query(location.query, location.terms, location.mark, location.exact)
        else:
            self.open_issue(location.id, record=False)
        self.view.document().documentLayout().documentSize()  # the range to scroll in
        self.view.verticalScrollBar().setValue(location.scroll)

    def go_back(self) -> None:
        if self.history.back:
            self._leave()
        self._go(self.history.go_back())

    def go_forward(self) -> None:
        if self.history.forward:
            self._leave()
        self._go(self.history.go_forward())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.BackButton:
            self.go_back()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.go_forward()
        else:
            super().mousePressEvent(event)

    def step_article(self, step: int) -> None:
        articles = self.library.articles()
        current = self.view.article
        if not articles:
            return
        if current is None:
            issue = self.view.issue
            pool = [a for a in articles if issue is None or a.issue_id == issue.id]
            target = pool[0] if step > 0 and pool else None
        else:
            ids = [a.id for a in articles]
            pos = ids.index(current.id) + step if current.id in ids else 0
            target = articles[pos] if 0 <= pos < len(articles) else None
        if target is not None:
            self.open_article(target.id)

    def go_to_page(self) -> None:
        from reader_app.gui.dialogs.small import GoToPageDialog

        current = self.view.issue.id if self.view.issue else None
        page = self.view.article.page if self.view.article else None
        dialog = GoToPageDialog(self.library.issues, current, self, page)
        if dialog.exec() != GoToPageDialog.DialogCode.Accepted:
            return
        self.go_to(*dialog.choice())

    def go_to(self, issue_id: str, page: int) -> bool:
        span = page_range(self.library.issue(issue_id))
        if span is not None and not span[0] <= page <= span[1]:
            self.status_label.setText(
                self.tr("There is no page %1: this issue has pages %2–%3.")
                .replace("%1", str(page)).replace("%2", str(span[0])).replace("%3", str(span[1]))
            )  # fmt: skip
            return False
        article = self.library.article_at_page(issue_id, page)
        if article is None:
            self.status_label.setText(self.tr("No article on page %1.").replace("%1", str(page)))
            return False
        if not self.open_article(article.id):
            return False
        pdf = self.library.issue(issue_id).pdf_page_for_printed(page)  # the page itself
        if pdf in self.original.pages:
            self.original.go_to_page(self.original.pages.index(pdf))
        return True

    def _update_actions(self) -> None:
        """What the window has now; the actions' table says which of them each one needs."""
        article = self.view.article
        have = {
            Need.ARTICLE: article is not None,
            Need.PAGE: article is not None or self.view.issue is not None,  # the cover prints
            Need.ORIGINAL: self.original.has_original,
            Need.LINK: article is not None and bool(article.url),
            Need.BACK: bool(self.history.back),
            Need.FORWARD: bool(self.history.forward),
            Need.BOOKMARKED: article is not None and self.bookmarks.contains(article.id),
        }
        self.actions_.update({need for need, present in have.items() if present})
        self._update_title()

    # ------------------------------------------------------------ bookmarks
    def toggle_bookmark(self) -> None:
        if self.view.article is not None:
            on = self.bookmarks.toggle(self.view.article.id)
            text = self.tr("Bookmarked: %1") if on else self.tr("Bookmark removed: %1")
            self.status_label.setText(text.replace("%1", self.view.article.title))
        self._update_actions()

    def _save_bookmarks(self) -> None:
        self.settings.bookmarks = self.bookmarks.ids
        self.settings.sync()

    # ------------------------------------------------------------ view settings
    @property
    def showing_original(self) -> bool:
        return self.reader_stack.currentWidget() is self.original

    def set_original_view(self, on: bool) -> None:
        """Switch the reading pane between the text and the printed pages (F4)."""
        self.reader_stack.setCurrentWidget(self.original if on else self.view)
        self.actions_["original_view"].setChecked(on)
        (self.original if on else self.view).setFocus()
        if on:  # the counter counts what is shown: the page's hits or the text's marks
            self.find_bar.set_count(self.original.current_hit + 1, self.original.hit_count)
        else:
            self.find_bar.set_count(self.view.current_mark + 1, self.view.mark_count)

    def step_hit(self, step: int) -> None:
        """F3 / Shift+F3: the next or previous hit in what is shown (the page or the text)."""
        if self.showing_original:
            self.original.next_hit(step)
        elif step > 0:
            self.view.next_mark()
        else:
            self.view.previous_mark()

    def _count_hits(self, source: QWidget, current: int, total: int) -> None:
        if (source is self.original) == self.showing_original:
            self.find_bar.set_count(current, total)

    def _save_thumbnails(self, on: bool) -> None:
        self.settings.page_thumbnails = on

    @property
    def _zoom(self) -> int:
        return self.original.zoom if self.showing_original else self.view.zoom

    def set_zoom(self, percent: int) -> None:
        """Zoom what is shown: the text (kept in the settings) or the printed page."""
        percent = max(ZOOM_MIN, min(ZOOM_MAX, int(percent)))
        if self.showing_original:
            self.original.set_zoom(percent)
        else:
            self.view.set_zoom(percent)
            self.settings.zoom = percent
        self.status_label.setText(self.tr("Zoom %1%").replace("%1", str(percent)))

    def set_theme(self, theme: Theme | str, save: bool = True) -> None:
        """``theme`` as chosen (SYSTEM follows the desktop); a name is taken too (settings)."""
        chosen = Theme.of(theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            themes.apply(app, chosen)
        self.hub.themeChanged.emit(chosen)
        self.actions_[f"theme_{chosen.value}"].setChecked(True)
        if save:
            self.settings.theme = chosen.value

    def _reset_for_next_patron(self) -> None:
        """The window's own part of a public-mode reset: the start page, as at launch."""
        self.set_original_view(False)
        self.set_zoom(ZOOM_DEFAULT)
        self.tabs.setCurrentIndex(0)
        self.state.clear()
        if self.library.issues:
            self.open_issue(self.library.issues[-1].id)  # the start page, as at launch
        self.view.verticalScrollBar().setValue(0)
        self.status_label.clear()
        self._update_actions()

    def _on_system_scheme(self, _scheme: Any) -> None:
        if Theme.of(self.settings.theme) is Theme.SYSTEM:
            self.set_theme(Theme.SYSTEM, save=False)

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()
        self.actions_["full_screen"].setChecked(on)
        self.settings.full_screen = on

    def set_language(self, language: str) -> None:
        if self.policy.language and language != self.policy.language:
            return  # set by the machine policy
        i18n.install(language)  # QEvent.LanguageChange → retranslate()
        self.settings.language = language
        self.actions_.languages[language].setChecked(True)
        self.retranslate()

    # ------------------------------------------------------------ output
    def copy_citation(self) -> None:
        self.citing.copy_citation()

    def copy_link(self) -> None:
        output.copy_link(self.view, self.status_label.setText)

    def export_pdf(self, path: Path) -> int:
        return output.export_pdf(self.view, path)

    def export_pdf_dialog(self) -> None:
        if output.export_pdf_dialog(self.view, self.policy, self.status_label.setText):
            self.stats.exported()

    def print_preview(self) -> None:
        from reader_app.gui.export.printpreview import preview_dialog

        dialog = preview_dialog(self.view, self, self.policy)
        if dialog is None:
            return
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:  # its Print button printed
                self.stats.printed()
        finally:
            dialog.deleteLater()  # its pages and printer go with it, not with the window

    def print_article(self) -> None:
        if output.print_article(self.view, self.policy, self.status_label.setText):
            self.stats.printed()

    @property
    def original_output(self) -> OriginalOutput:
        """The printed pages' print and export, made when first asked (PDFium, page images)."""
        if self._original_output is None:
            from reader_app.gui.export.originaloutput import OriginalOutput

            part = OriginalOutput(self.original, self.policy, self.stats, self.hub, self)
            self.hub.resetRequested.connect(part.reset)  # the contract, though it keeps nothing
            self.hub.themeChanged.connect(part.set_theme)
            self._original_output = part
        return self._original_output

    def print_original(self) -> None:
        self.original_output.print_original()

    def export_original(self) -> None:
        self.original_output.export_original_dialog()

    def open_external(self, url: QUrl) -> None:
        output.open_external(self, self.policy, url, self.status_label.setText)

    def show_user_guide(self) -> None:
        from reader_app.gui.dialogs.userguide import UserGuideDialog

        UserGuideDialog(self).exec()

    def about_dialog(self) -> AboutDialog:
        """The About dialog over this window's library, policy and search."""
        from reader_app.gui.dialogs.about import AboutDialog

        return AboutDialog(self.library, self.policy, self.search, self)

    def about(self) -> None:
        self.about_dialog().exec()

    # ------------------------------------------------------------ import
    def import_issue(self) -> None:
        from reader_app.gui.base import filedialogs
        from reader_app.gui.library.importdialog import ImportDialog

        if not self.policy.allows(Action.IMPORT):
            return
        name, _ = filedialogs.open_file(
            self,
            self.tr("Import Issue"),
            "",
            self.tr("Issue PDF or text (*.pdf *.txt);;All files (*)"),
        )
        if not name:
            return
        dialog = ImportDialog(Path(name), self.library, self.pool, self)
        dialog.imported.connect(self.on_imported)
        dialog.exec()

    def on_imported(self, result: ImportResult) -> None:
        done = (
            self.tr("Replaced %1 (%2 articles)")
            if result.replaced
            else self.tr("Imported %1 (%2 articles)")
        )
        self.status_label.hold(
            done.replace("%1", issue_label(result.issue))
            .replace("%2", str(len(result.issue.articles)))
        )  # fmt: skip
        self.changes.imported()  # the tree, the problems button, the index (one path)
        self.open_issue(result.issue.id)

    # ------------------------------------------------------------ closing
    def save_state(self) -> None:
        s = self.settings
        s.geometry = self.saveGeometry()
        s.splitter = self.splitter.saveState()
        s.zoom = self.view.zoom
        s.last_article = self.view.article.id if self.view.article else None
        s.last_scroll = self.view.verticalScrollBar().value()
        s.bookmarks = self.bookmarks.ids
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.stats.close()
        self.read_aloud.stop()  # the voice stops with the window
        self.search_panel.timer.stop()
        self.share_watch.stop()
        self.user_watch.stop()
        self.original.wait_idle()
        self.pool.waitForDone()
        self.search_pool.waitForDone()
        self.search.close()
        super().closeEvent(event)
