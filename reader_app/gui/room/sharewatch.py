"""The window following a published share: polls its pointer, swaps in new issues quietly.

Every :data:`POLL_SECONDS` a worker looks at the shares (core/share/follow.py),
refreshes the local copy and, when a new generation was published or the share
went away or came back, builds the library afresh off the GUI thread. The
window then takes the new issue list and reopens the read-only index; the open
article, the search box and the results on screen are left alone until the
patron's next search. A permanent status-bar note says when the local copy is
in use, or why the share is indexed on this machine.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from reader_app.core.app.session import open_library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.share.follow import Follower
from reader_app.gui.base import plaintext, workers

if TYPE_CHECKING:
    from reader_app.core.library.library import Library
    from reader_app.gui.shell.mainwindow import MainWindow

log = logging.getLogger(__name__)

# How often the share's pointer is read: a new issue shows within a minute.
POLL_SECONDS = 20.0
POLL_ENV = "READER_APP_SHARE_POLL_SECONDS"  # tests and trials


class ShareWatch(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.shares = tuple(f.share for f in window.library.folders if f.share is not None)
        self.follower: Follower | None = None
        self.generation = 0  # reloads done (tests wait on it)
        self.label = plaintext.label(window)
        self.label.setObjectName("shareNote")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        seconds = float(os.environ.get(POLL_ENV) or POLL_SECONDS)
        self.timer.setInterval(max(100, int(seconds * 1000)))
        self.timer.timeout.connect(self.poll)
        self._busy = False
        window.search_panel.searchFinished.connect(self._searched)

    def start(self) -> None:
        if not self.shares:
            return
        self.follower = Follower(self.shares, app_dirs())
        self.timer.start()
        QTimer.singleShot(0, self.poll)  # the first look also brings the local copy up to date

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        if self._busy or self.follower is None:
            return
        self._busy = True
        workers.start(self.window.pool, self._look, on_done=self._looked, on_error=self._failed)

    def _look(self) -> Library | None:
        """Worker thread: poll, and build the new library if anything changed."""
        assert self.follower is not None
        if not self.follower.poll():
            return None
        policy = self.window.policy
        return open_library(
            extra_folders=self.shares, publish_to=policy.publish_folder, public=policy.public_mode
        )

    def _searched(self, _result: object) -> None:
        """A search found the share gone (its local copy answered): say so now, and reload."""
        place = self.window.search.place
        if place is not None and place.offline and not self.label.text():
            self.show_note()
            self.poll()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        log.warning("following the shared library failed: %s", exc)

    def _looked(self, fresh: Library | None) -> None:
        if fresh is None:
            self._busy = False
            return
        library = self.window.library  # the same object the search service holds
        vars(library).update(vars(fresh))  # folders (share or its copy), issues, problems...
        self.window.library_page.set_issues(library.issues)
        workers.start(
            self.window.search_pool,
            self.window.search.open,
            on_done=self._reopened,
            on_error=self._failed,
        )

    def _reopened(self, _count: Any) -> None:
        self._busy = False
        self.generation += 1
        self.show_note()
        self.window.hub.indexChanged.emit()  # a publish picked up: topics catch up
        log.info("shared library reloaded: %d issues", len(self.window.library.issues))

    def show_note(self) -> None:
        """The status-bar note for the place the index is read from."""
        place = self.window.search.place
        kind = place.note_kind if place is not None else ""
        texts = {
            "offline": self.tr(
                "The shared library cannot be reached; showing this computer's copy."
            ),
            "unpublished": self.tr(
                "The shared library has no published search index; this computer indexes it."
            ),
            "version": self.tr(
                "The shared library's search index is from another version; "
                "this computer indexes it."
            ),
            "unreachable": self.tr("The shared library cannot be reached."),
        }
        text = texts.get(kind, "")
        self.label.setText(text)
        self.label.setVisible(bool(text))
