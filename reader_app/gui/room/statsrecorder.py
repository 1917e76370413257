"""The window's one recorder of anonymous daily counts (core/services/stats.py keeps them).

Search-as-you-type answers many half-typed queries; only the query a patron
settles on counts: the last answer is kept pending and counted when a hit is
opened, when no new search follows within :data:`SETTLE_MS`, or at close.
Nothing here may disturb reading: a database that fails is logged and dropped.
The shell's connections block tells it what happened (a search answered, a hit
or an issue opened); a public-mode reset is the next patron's session.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from reader_app.core.base.errors import ReaderError
from reader_app.core.machine.paths import AppDirs
from reader_app.core.machine.policy import Policy
from reader_app.core.services import stats
from reader_app.gui.base.parts import Part

log = logging.getLogger(__name__)
SETTLE_MS = 3000


class StatsRecorder(Part):
    def __init__(
        self,
        store: stats.Statistics | None,
        parent: QObject | None = None,
        drop_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.drop_folder = drop_folder  # where a workstation leaves its export at close
        self._pending: tuple[str, int] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.flush_search)

    @property
    def active(self) -> bool:
        return self.store is not None

    def _count(self, call: str, *args: Any) -> None:
        if self.store is None:
            return
        try:
            getattr(self.store, call)(*args)
        except Exception as exc:  # a locked or broken database must not stop the reader
            log.warning("statistics switched off for this session: %s", exc)
            self.store.close()
            self.store = None

    # ------------------------------------------------------------ events
    def search_finished(self, result: Any) -> None:
        query = getattr(result, "query", "") or ""
        if not query.strip():
            return
        self._pending = (query, int(getattr(result, "total", 0)))
        self.timer.start()

    def flush_search(self) -> None:
        self.timer.stop()
        if self._pending is not None:
            query, hits = self._pending
            self._pending = None
            self._count("search", query, hits)

    def article_opened(self, article_id: str, section: str) -> None:
        self._count("article_opened", article_id, section)

    def issue_opened(self, _issue_id: str) -> None:
        self._count("count", stats.ISSUE)

    def printed(self) -> None:
        self._count("count", stats.PRINT)

    def exported(self) -> None:
        self._count("count", stats.EXPORT)

    def session_started(self) -> None:
        self._count("count", stats.SESSION)

    def reset(self) -> None:
        """A public workstation's next patron: the last one's search counts, a new session."""
        self.flush_search()
        self.session_started()

    def close(self) -> None:
        """Count what is pending; a workstation drops its export where the policy says."""
        self.flush_search()
        if self.store is None:
            return
        if self.drop_folder is not None:
            target = self.drop_folder / stats.drop_file_name(self.store.machine)
            try:
                self.store.export_file(target)
            except OSError as exc:
                log.warning("cannot drop the statistics export into %s: %s", target, exc)
        self.store.close()
        self.store = None


def open_recorder(policy: Policy, dirs: AppDirs, parent: QObject | None = None) -> StatsRecorder:
    """The recorder for the machine ``policy`` (inactive when it keeps no statistics);
    ``dirs``: the session's folders, where the counts are kept."""
    store = None
    try:
        store = stats.Statistics.open(policy, dirs)
    except ReaderError as exc:
        log.info("no statistics: %s", exc)
    return StatsRecorder(store, parent, policy.statistics_drop_folder)
