"""A library's search, served to the window: one index, opened when first asked, one lock.

Qt-free and called from the window's worker threads (gui/search/searchpanel.py); the
window only sees plain results (``SearchResult``/``Hit``) and character spans. The
session (core/app/session.py) makes one per run, over its library, policy and folders.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from typing import Any

from reader_app.core.app.indexplace import IndexPlace, moved_place
from reader_app.core.base.messages import Progress, no_progress
from reader_app.core.library.library import Library
from reader_app.core.machine.paths import AppDirs, app_dirs
from reader_app.core.machine.policy import Policy as MachinePolicy

log = logging.getLogger(__name__)

Span = tuple[int, int]
#: Hits whose snippets a search makes at once when the list cannot say how many rows it
#: shows (before its first result); the list asks for the others as it shows them.
FIRST_PAGE = 20


class SearchService:
    """Owns the SearchIndex of one library; calls are serialised by a lock."""

    def __init__(
        self, library: Library, policy: MachinePolicy | None = None, dirs: AppDirs | None = None
    ) -> None:
        """``dirs``: the session's folders (None: this process's, for tests and tools)."""
        self.library = library
        self.policy = policy or MachinePolicy()
        self.dirs = dirs if dirs is not None else app_dirs()
        self.place: IndexPlace | None = None  # where the index lives (About dialog)
        self._index: Any = None
        self._thesaurus_set = False
        self._lock = threading.Lock()

    @property
    def ready(self) -> bool:
        return self._index is not None

    def open(self, progress: Progress = no_progress) -> int:
        """Open (building or updating as needed) the index; returns the document count."""
        from reader_app.core.app.indexplace import open_index

        with self._lock:
            follows = bool(self.policy.library_folders)  # a share may publish meanwhile
            if (
                self._index is not None
                and not follows
                and not (self.place and self.place.read_only)
            ):
                self._index.update(progress)
            else:  # first open, or the library outgrew the read-only shipped index
                if self._index is not None:
                    self._index.close()
                self._index, self.place = open_index(
                    self.library, self.policy, self.dirs, progress, refresh_copy=False
                )
                self._thesaurus_set = False  # read by load_thesaurus() or the first search
            return int(self._index.doc_count())

    def load_thesaurus(self) -> None:
        """Read the thesauri (~30 ms): after the window is usable, before the first search."""
        with self._lock:
            self._use_thesaurus()

    def _use_thesaurus(self) -> None:
        if self._index is not None and not self._thesaurus_set:
            self._index.set_thesaurus(self._thesaurus())
            self._thesaurus_set = True

    @property
    def thesaurus(self) -> Any:
        """The thesaurus in use (files read, problems), or None before the index is open."""
        if self._index is None:
            return None
        self.load_thesaurus()
        return self._index.thesaurus

    def _thesaurus(self) -> Any:
        """Shipped + policy folders + the user's own file; problems are logged, rest used."""
        from reader_app.core.search.thesaurus import load_thesaurus

        return load_thesaurus(self.policy.thesaurus_folders, self.dirs.data)

    @property
    def stale_kind(self) -> str | None:
        """Why the index is older than the library ("read-only", "unwritable", "busy"), or None."""
        index = self._index
        return getattr(index, "stale_kind", None) if index is not None else None

    def doc_count(self) -> int:
        with self._lock:
            return int(self._index.doc_count()) if self._index is not None else 0

    def search(
        self,
        query: str,
        *,
        issue: str | None = None,
        section: str | None = None,
        source: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        sort: str = "relevance",
        limit: int = 200,
        expand: bool = True,
        without: tuple[str, ...] = (),
        snippets: int = FIRST_PAGE,
    ) -> Any:
        """``snippets``: hits whose snippets come with the answer (the rows in view)."""
        if self._index is None:
            self.open()
        oldest_first = sort == "date_asc"
        if oldest_first:  # the core ranks newest first; all hits, reversed, then the limit
            sort, wanted, limit = "date", limit, max(limit, self.doc_count())
        with self._lock:
            self._use_thesaurus()
            result = self._index.search(
                query,
                issue=issue,
                section=section,
                source=source,
                date_from=date_from,
                date_to=date_to,
                sort=sort,
                limit=limit,
                expand=expand,
                without=without,
                snippets=0 if oldest_first else snippets,
            )
            if self.place is not None:  # the share went away: its local copy answered
                self.place = moved_place(self.place, self._index)
        if oldest_first:
            result.hits = list(reversed(result.hits))[:wanted]
        return result

    def indexed_issues(self) -> dict[str, str]:
        """Issue id -> content hash of what the open index holds (topics catch up on it)."""
        if self._index is None:
            self.open()
        with self._lock:
            return dict(self._index.indexed_issues())

    def trend(
        self,
        query: str,
        *,
        section: str | None = None,
        source: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        expand: bool = True,
        without: tuple[str, ...] = (),
    ) -> list[Any]:
        """The query's matches in each issue (core/search/trend.py), as the CLI's ``trend``."""
        from reader_app.core.search.trend import trend

        if self._index is None:
            self.open()
        with self._lock:
            self._use_thesaurus()
            thesaurus = self._index.thesaurus if expand else None
            rows = self._index.answer(
                lambda data: trend(
                    data,
                    query,
                    self.library.issues,
                    section=section,
                    source=source,
                    date_from=date_from.isoformat() if date_from else None,
                    date_to=date_to.isoformat() if date_to else None,
                    thesaurus=thesaurus,
                    without=without,
                )
            )
        return rows or []

    def related(self, article_id: str) -> Any:
        """The articles on ``article_id``'s subject (core/search/related.py); None: unknown."""
        from reader_app.core.search.related import related

        if self._index is None:
            self.open()
        with self._lock:
            return self._index.answer(lambda data: related(data, article_id))

    def fill_snippets(self, hits: list[Any]) -> None:
        """Make the snippets of ``hits`` a search left for later (rows scrolled to)."""
        with self._lock:
            if self._index is not None:
                self._index.fill_snippets(hits)

    @staticmethod
    def hit_spans(text: str, query: str, terms: tuple[str, ...] = ()) -> list[Span]:
        """Offsets of every hit of ``query`` and its expanded ``terms`` in ``text``."""
        from reader_app.core.search.expand import marked_spans

        return [(int(s), int(e)) for s, e in marked_spans(text, query, terms)]

    def close(self) -> None:
        with self._lock:
            if self._index is not None:
                self._index.close()
                self._index = None
