"""The window following a published share: polls its pointer, swaps in new issues quietly.

Every :data:`POLL_SECONDS` a worker looks at the shares (core/share/follow.py),
refreshes the local copy and, when a new generation was published or the share
went away or came back, builds the library afresh off the GUI thread. The new
state goes through ``LibraryChanges.replaced`` (gui/base/librarychanges.py), the
one path every library change takes: the tree, the problems button and the index
(with its progress) follow it as after an import. The open article, the search
box and the results on screen are left alone until the patron's next search. A
permanent status-bar note says when the local copy is in use, or why the share
is indexed on this machine.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QStatusBar

from reader_app.core.app.session import Session
from reader_app.core.share.follow import Follower
from reader_app.gui.base import plaintext, workers
from reader_app.gui.base.librarychanges import LibraryChanges
from reader_app.gui.base.parts import Part

if TYPE_CHECKING:
    from reader_app.core.library.library import Library

log = logging.getLogger(__name__)

# How often the share's pointer is read: a new issue shows within a minute.
POLL_SECONDS = 20.0
POLL_ENV = "READER_APP_SHARE_POLL_SECONDS"  # tests and trials


class ShareWatch(Part):
    def __init__(
        self,
        changes: LibraryChanges,
        session: Session,
        pool: QThreadPool,
        status_bar: QStatusBar,
    ) -> None:
        """``session``: its follower, its search (where the index is read from) and how a
        new library is opened; ``pool``: where the share is looked at (not the index's)."""
        super().__init__(status_bar)
        self.changes, self.session, self.pool = changes, session, pool
        self.search = session.search
        self.shares = session.shares  # the library's followed shares
        self.follower: Follower | None = None
        self.generation = 0  # reloads done (tests wait on it)
        self._reloading = False  # a new library was taken; its index is being reopened
        self.label = plaintext.label(status_bar)
        self.label.setObjectName("shareNote")
        self.label.hide()
        status_bar.addPermanentWidget(self.label)
        self.timer = QTimer(self)
        seconds = float(os.environ.get(POLL_ENV) or POLL_SECONDS)
        self.timer.setInterval(max(100, int(seconds * 1000)))
        self.timer.timeout.connect(self.poll)
        self._busy = False

    def start(self) -> None:
        if not self.shares:
            return
        self.follower = self.session.follower()
        self.timer.start()
        QTimer.singleShot(0, self.poll)  # the first look also brings the local copy up to date

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        if self._busy or self.follower is None:
            return
        self._busy = True
        workers.start(self.pool, self._look, on_done=self._looked, on_error=self._failed)

    def _look(self) -> Library | None:
        """Worker thread: poll, and build the new library if anything changed."""
        assert self.follower is not None
        if not self.follower.poll():
            return None
        return self.session.open_library(extra_folders=self.shares)

    def searched(self, _result: object) -> None:
        """A search found the share gone (its local copy answered): say so now, and reload."""
        place = self.search.place
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
        self._reloading = True
        self.changes.replaced(fresh)  # the window reopens the index: index_reopened()

    def index_reopened(self, ok: bool = True) -> None:
        """The shell: the index is open again after a library change (or failed to)."""
        self.show_note()
        if not self._reloading:
            return
        self._reloading = False
        self._busy = False
        if ok:
            self.generation += 1
            log.info("shared library reloaded: %d issues", len(self.changes.library.issues))

    def show_note(self) -> None:
        """The status-bar note for the place the index is read from."""
        place = self.search.place
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
