"""SearchIndex: build, update and query the full-text index of a library.

The index is derived data: it lives in ``app_dirs().index`` (or a given
folder), is keyed on each issue's content hash, and is rebuilt whenever it is
missing, stamped with other versions, or damaged. Searching never raises
because of the index: a damaged index is rebuilt (logged warning) and a
busy writer in another process means reading the previous index.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import time
import warnings
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from whoosh import index as whoosh_index
from whoosh.scoring import BM25F

from reader_app.core.base.errors import ReaderError, os_reason
from reader_app.core.base.messages import Message, Progress, no_progress
from reader_app.core.base.model import Article, Issue
from reader_app.core.machine.paths import app_dirs
from reader_app.core.search import expand, store
from reader_app.core.search.deadline import Deadline
from reader_app.core.search.engine import SORTS, TIME_LIMIT, Filters, Tier, run
from reader_app.core.search.heldstore import open_held
from reader_app.core.search.highlight import index_text
from reader_app.core.search.normalize import compact
from reader_app.core.search.postings import IndexData
from reader_app.core.search.query import parse_query
from reader_app.core.search.results import Hit, SearchResult
from reader_app.core.search.snippets import fill as snippets_fill
from reader_app.core.search.suggest import TIME_LIMIT as SUGGEST_TIME
from reader_app.core.search.suggest import suggest
from reader_app.core.search.tempindex import session_index_dir
from reader_app.core.search.thesaurus import Thesaurus, load_thesaurus
from reader_app.core.search.writer import FastWriter

logger = logging.getLogger(__name__)

T = TypeVar("T")

MAX_SEGMENTS = 8
DOCS_PER_SEGMENT = 10_000
LOCK_TIMEOUT = 120.0


class LibraryLike(Protocol):
    @property
    def issues(self) -> list[Issue]: ...


def article_document(article: Article) -> dict[str, Any]:
    """The Whoosh document for one article."""
    text = index_text(article)
    return {
        "id": article.id,
        "issue": article.issue_id,
        "section": article.section or "",
        "source": article.source or "",
        "date": article.date.isoformat() if article.date else "",
        "page": article.page,
        "title": article.title,
        "text": text,
        "body": text,
        "ctitle": compact(article.title).encode("utf-8"),
        "ctext": compact(text).encode("utf-8"),
        "hit": store.hit_column(article.id, article.title, article.page),
    }


class SearchIndex:
    """The index of one library; safe to keep open for the life of the window."""

    def __init__(self, root: Path | None = None, library: LibraryLike | None = None) -> None:
        self.root = Path(root) if root is not None else app_dirs().index
        self.library = library
        self._index: Any = None
        self._searcher: Any = None
        self._data: IndexData | None = None
        self._thesaurus: Thesaurus | None = None
        #: Why the index answers from an older state of the library (None: it is current),
        #: the kind of reason for the window ("read-only", "unwritable", "busy" or, for a
        #: share's published index, "unfinished"), and how many articles the library held
        #: then (a published index is opened without its library, core/app/indexplace.py).
        self.stale: str | None = None
        self.stale_kind: str | None = None
        self.stale_held = 0
        #: A copy of this read-only index to answer from when its folder can no longer be
        #: read (a workstation's local copy of the share, core/app/indexplace.py).
        self.standby: Path | None = None
        self._storage: Any = None  # the held files of a read-only index (heldstore.py)
        #: The open generation's folder and manifest (what it holds), set by _load.
        self._generation: Path | None = None
        self._manifest: dict[str, object] = {}

    @property
    def bulk_data(self) -> IndexData | None:
        """The open index's bulk reads (core/search/postings.py); None while none is open."""
        return self._data

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(
        cls,
        library: LibraryLike | None = None,
        *,
        root: Path | None = None,
        progress: Progress | None = None,
    ) -> SearchIndex:
        """Open the index, building or updating it against ``library`` if given."""
        index = cls(root, library)
        index.ensure(progress)
        return index

    def _load(self) -> bool:
        """Open the current generation if it is sound; False if missing/stale/damaged."""
        self.close()
        self._generation, self._manifest = None, {}
        generation = store.current_generation(self.root)
        if generation is None:
            return False
        manifest = store.read_manifest(generation)
        if manifest is None:
            logger.warning("Search index at %s has no readable manifest", generation)
            return False
        if not store.is_current(manifest):
            logger.info("Search index versions differ: rebuilding")
            return False
        # Whoosh leaks the file handle of a damaged file; it is closed here, quietly.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            try:
                if self.library is None:  # read-only: every file held from the start
                    self._index, self._storage = open_held(generation)
                else:
                    self._index = whoosh_index.open_dir(str(generation), readonly=True)
                self._searcher = self._index.searcher(weighting=BM25F(title_B=0.5))
                self._searcher.doc_count()
                self._data = IndexData(self._searcher)
            except Exception as error:  # any damage: the index is only derived data
                logger.warning("Search index at %s is unreadable (%s)", generation, str(error))
                self.close()
                damaged = True
                gc.collect()  # a full collection (~0.1 s with a large library): on damage only
            else:
                damaged = False
        if damaged:
            return False
        self._manifest = manifest
        self._generation = generation
        return True

    def indexed_issues(self) -> dict[str, str]:
        """Issue id -> content hash of what the open index holds."""
        issues = self._manifest.get("issues", {})
        return dict(issues) if isinstance(issues, dict) else {}

    def ensure(self, progress: Progress | None = None) -> None:
        """Make the index usable and current with the library, whatever state it is in."""
        loaded = self._load()
        if self.library is None:
            if not loaded and self.standby is not None:  # gone while opening: the copy
                self._recover()
            return
        if not store.is_writable(self.root):
            if loaded:
                self._note_stale("read-only", f"the index folder {self.root} is read-only")
                return
            fallback = app_dirs().index
            if fallback == self.root or not store.is_writable(fallback):
                fallback = session_index_dir()  # removed at exit (core/search/tempindex.py)
            logger.warning("Read-only index unusable; building in %s", fallback)
            self.root = fallback
        try:
            if loaded:
                self.update(progress)
            else:
                self.build(progress)
        except OSError as exc:  # disk full, folder turned read-only...
            if not loaded:
                raise index_write_error(self.root, exc) from None
            logger.warning(
                "Cannot update the search index in %s (%s); searching the previous one",
                self.root,
                exc,
            )
            self._load()
            reason = f"the index in {self.root} cannot be written ({os_reason(exc)})"
            self._note_stale("unwritable", reason)

    def note_lag(self, library: LibraryLike, kind: str, reason: str) -> None:
        """A read-only index (no library of its own, never built): record why it may lack
        issues of ``library``, the one it is searched for, if it does."""
        self._note_stale(kind, reason, library)

    def _note_stale(
        self, kind: str | None, reason: str | None = None, library: LibraryLike | None = None
    ) -> None:
        """Record (and log) why the open index differs from the library, if it does."""
        library = library if library is not None else self.library
        if library is None or self.indexed_issues() == _hashes(library.issues):
            kind = reason = None
        held = 0
        if reason is not None and library is not None:
            held = sum(len(issue.articles) for issue in library.issues)
            logger.warning("Search index out of date: %s", reason)
        self.stale, self.stale_kind, self.stale_held = reason, kind, held

    # ----------------------------------------------------------------- writing
    def build(self, progress: Progress | None = None) -> None:
        """Rebuild from scratch into a new generation, then switch to it atomically."""
        library = self._require_library()
        report = progress or no_progress
        self.root.mkdir(parents=True, exist_ok=True)
        with store.writer_lock(self.root, LOCK_TIMEOUT) as locked:
            if not locked:
                logger.warning("Another process is writing the index; reading the previous one")
                self._load()
                self._note_stale("busy", "another program is updating the index")
                return
            issues = list(library.issues)
            generation = store.new_generation(self.root)
            whoosh_ix = whoosh_index.create_in(str(generation), store.make_schema())
            writer = _SegmentedWriter(whoosh_ix)
            try:
                self._add_issues(writer, issues, report)
                report(*_counts(issues), Message("index_writing"))
                writer.commit()
            except BaseException:
                writer.cancel()
                raise
            store.write_manifest(generation, _hashes(issues))
            store.switch_generation(self.root, generation)
        self._load()
        self._note_stale(None)
        report(*_counts(issues), Message("index_built"))

    def update(self, progress: Progress | None = None) -> bool:
        """Index added/replaced issues and drop removed ones; True if anything changed."""
        library = self._require_library()
        report = progress or no_progress
        wanted = _hashes(library.issues)
        if self._index is None:
            self.build(progress)
            return True
        if self.indexed_issues() == wanted:
            self._note_stale(None)
            return False
        with store.writer_lock(self.root, 0) as locked:
            if not locked:
                logger.info("Index busy in another process; reading the previous index")
                self._note_stale("busy", "another program is updating the index")
                return False
            # another process may have updated it meanwhile, or left it unreadable
            changed: list[Issue] | None = None
            generation = self._generation if self._load() else None
            if generation is not None:
                changed = self._update_in(generation, library, wanted, report)
        if generation is None:
            self.build(progress)
            return True
        if changed is None:
            return False
        self._load()
        self._note_stale(None)
        report(*_counts(changed), Message("index_updated"))
        return True

    def _update_in(
        self, generation: Path, library: LibraryLike, wanted: dict[str, str], report: Progress
    ) -> list[Issue] | None:
        """Write the changed issues into ``generation`` (lock held); None if nothing changed."""
        have = self.indexed_issues()
        changed = [i for i in library.issues if have.get(i.id) != wanted[i.id]]
        removed = [i for i in have if i not in wanted]
        if not changed and not removed:
            self._note_stale(None)
            return None
        writer = store.writer_for(generation)
        try:
            for issue_id in removed + [i.id for i in changed]:
                writer.delete_by_term("issue", issue_id)
            self._add_issues(writer, changed, report)
            # A new small segment per update; small segments are merged only once
            # there are many, so adding an issue never rewrites the big one.
            writer.commit(merge=len(writer.segments) >= MAX_SEGMENTS)
        except BaseException:
            writer.cancel()
            raise
        store.write_manifest(generation, wanted)
        return changed

    def _add_issues(self, writer: Any, issues: Iterable[Issue], report: Progress) -> None:
        issues = list(issues)
        total = sum(len(i.articles) for i in issues)
        done = 0
        report(done, total, Message("index_starting"))
        for issue in issues:
            for article in issue.articles:
                writer.add_document(**article_document(article))
                done += 1
                if done % 200 == 0:
                    report(done, total, Message.of("index_issue", issue=issue.id))
            report(done, total, Message.of("index_issue_done", issue=issue.id))

    def _require_library(self) -> LibraryLike:
        if self.library is None:
            raise ValueError("this SearchIndex was opened without a library")
        return self.library

    # ---------------------------------------------------------------- reading
    def search(
        self,
        query: str,
        *,
        issue: str | None = None,
        section: str | None = None,
        source: str | None = None,
        date_from: dt.date | str | None = None,
        date_to: dt.date | str | None = None,
        sort: str = "relevance",
        limit: int = 50,
        expand: bool = True,
        without: Collection[str] = (),
        snippets: int | None = None,
        scoped: bool = False,
        articles: Collection[str] | None = None,
    ) -> SearchResult:
        """Answer a query; never raises for bad input or a damaged index.

        ``expand``: also find the query's related terms (thesaurus, abbreviations), ranked
        after the articles having the words as typed; ``without``: expanded terms to skip.
        ``snippets``: make the snippets of the first this many hits now, within the query's
        time limit (None: all); the others wait for :meth:`fill_snippets` (a result list
        makes the snippets of the rows it shows).
        ``scoped``: a search of one issue (or of ``articles``) for a topic: only its
        documents are read and verified (the hits and total as unscoped), the facets
        count it alone, long words are never retried as partial matches and no other
        spelling is suggested when nothing matches.
        ``articles``: only these articles (ids), scoped.
        """
        started = time.perf_counter()
        scope = Scope(issue if scoped else None, None if articles is None else set(articles))
        result = self._search(
            query, issue, section, source, date_from, date_to, sort, limit, expand, without, scope
        )
        deadline = Deadline(max(0.0, TIME_LIMIT - (time.perf_counter() - started)))
        looked = result.total or result.timed_out or scope.active  # scoped: no "did you mean"
        if not looked and self._data is not None:
            result.near = suggest(result.parsed, self._data, Deadline(SUGGEST_TIME))
            self._data.forget()  # the candidates' posting lists: not kept for the next query
        shown = result.hits if snippets is None else result.hits[: max(0, snippets)]
        snippets_fill(shown, self._data, deadline)
        if deadline.hit and not result.timed_out:
            result.timed_out = True
            result.notes.append(Message.of("timed_out", seconds=TIME_LIMIT))
        result.took_ms = (time.perf_counter() - started) * 1000
        return result

    def fill_snippets(self, hits: Iterable[Hit]) -> None:
        """Make the snippets of ``hits`` not made yet (at most the query time limit in all).

        Hits of an index reopened since are looked up by article id; not thread-safe
        (like :meth:`search`): the window calls both under one lock.
        """
        snippets_fill(hits, self._data, Deadline(TIME_LIMIT))

    def _search(
        self,
        query: str,
        issue: str | None,
        section: str | None,
        source: str | None,
        date_from: dt.date | str | None,
        date_to: dt.date | str | None,
        sort: str,
        limit: int,
        expand: bool,
        without: Collection[str],
        scope: Scope | None = None,
    ) -> SearchResult:
        parsed = parse_query(query)
        filters = Filters(issue, section, source, _iso(date_from), _iso(date_to))
        sort = sort if sort in SORTS else "relevance"

        def work(data: IndexData) -> SearchResult:
            if scope is not None and scope.active:
                return self._scoped(parsed, filters, sort, limit, expand, without, scope)
            if expand:
                return _expanded(data, parsed, filters, sort, limit, self, without)
            return run(data, parsed, filters, sort, limit)

        found = self._recovering(work)
        if found is not None:
            return found
        result = SearchResult(query=query, parsed=parsed)
        result.suggestions = [Message("index_unavailable")]
        return result

    def _scoped(
        self,
        parsed: Any,
        filters: Filters,
        sort: str,
        limit: int,
        wide: bool,
        without: Collection[str],
        scope: Scope,
    ) -> SearchResult:
        """:meth:`search` with ``scoped``/``articles``: candidates restricted up front."""
        data = self._data
        assert data is not None
        try:
            docs = scope.docs(data)
            if wide:
                thesaurus = self.thesaurus
                return expand.search(
                    data, parsed, filters, sort, limit, thesaurus, without, docs, relax=False
                )
            return run(data.within(docs), parsed, filters, sort, limit, tier=Tier(relax=False))
        finally:
            data.forget()  # what the expansion's plan read of the whole library

    def answer(self, work: Callable[[IndexData], T]) -> T | None:
        """``work`` on the open index's columns and postings, recovering as a search does.

        For the answers that are not a result list (trend.py, related.py); None when no
        index can answer. Not thread-safe, like :meth:`search`.
        """

        def forgetting(data: IndexData) -> T:
            try:
                return work(data)
            finally:
                data.forget()

        return self._recovering(forgetting)

    def _recovering(self, work: Callable[[IndexData], T]) -> T | None:
        """``work`` on the open index; when it fails, once more on the index reopened
        (the standby, or rebuilt). None when no index can answer."""
        for attempt in (1, 2):
            if self._searcher is None and not self._recover():
                return None
            try:
                assert self._data is not None
                return work(self._data)
            except Exception as error:
                if attempt == 2:
                    raise
                logger.warning("Search index failed (%s); rebuilding", str(error))
                self.close()
                self._take_standby()
        return None

    @property
    def thesaurus(self) -> Thesaurus:
        """The shipped thesaurus and the user's own (``set_thesaurus`` adds policy folders)."""
        if self._thesaurus is None:
            self._thesaurus = load_thesaurus(data_dir=app_dirs().data)
        return self._thesaurus

    def set_thesaurus(self, thesaurus: Thesaurus) -> None:
        self._thesaurus = thesaurus

    def _take_standby(self) -> None:
        """Answer from the standby copy from now on (reading the index folder failed)."""
        if self.standby is not None and self.standby != self.root:
            logger.warning("Search index at %s failed; using its copy %s", self.root, self.standby)
            self.root, self.standby = self.standby, None

    def _recover(self) -> bool:
        if self._load():
            return True
        if self.standby is not None:  # the folder is gone or unreadable: the copy stands in
            self._take_standby()
            return self._load()
        if self.library is None or not store.is_writable(self.root):
            return False
        self.build()
        return self._searcher is not None

    def doc_count(self) -> int:
        return self._searcher.doc_count() if self._searcher is not None else 0

    def close(self) -> None:
        if self._data is not None:
            self._data.close()
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None
        self._data = None
        self._index = None
        if self._storage is not None:
            self._storage.close()
            self._storage = None

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _SegmentedWriter:
    """Writes a full build as segments of DOCS_PER_SEGMENT documents.

    The in-memory term pool grows with the segment; closing a segment every
    10,000 articles bounds the build's memory (and a new generation is not in
    use until it is complete, so intermediate commits are still crash-safe).
    """

    def __init__(self, whoosh_ix: Any) -> None:
        self._ix = whoosh_ix
        self._writer = FastWriter(whoosh_ix)

    def add_document(self, **fields: Any) -> None:
        self._writer.add_document(**fields)
        if self._writer.doc_count() >= DOCS_PER_SEGMENT:
            self._writer.commit(merge=False)
            self._writer = FastWriter(self._ix)

    def commit(self) -> None:
        self._writer.commit(merge=False)

    def cancel(self) -> None:
        self._writer.cancel()


def _expanded(
    data: IndexData,
    parsed: Any,
    filters: Filters,
    sort: str,
    limit: int,
    index: SearchIndex,
    without: Collection[str],
) -> SearchResult:
    return expand.search(data, parsed, filters, sort, limit, index.thesaurus, without)


#: a scope of up to this many articles is looked up by id (each ~0.3 ms), more by one pass
FEW_ARTICLES = 64


@dataclass(frozen=True)
class Scope:
    """What a scoped search reads: one issue's documents and/or the given articles'."""

    issue: str | None = None
    articles: Collection[str] | None = None

    @property
    def active(self) -> bool:
        return self.issue is not None or self.articles is not None

    def docs(self, data: IndexData) -> set[int]:
        found: set[int] | None = None
        if self.articles is not None and len(self.articles) <= FEW_ARTICLES:
            found = data.docs("id", sorted(self.articles), any_of=True)
        elif self.articles is not None:  # hundreds: one pass over the row column is cheaper
            wanted, read = set(self.articles), data.column("hit")
            found = set()
            for doc in data.searcher.reader().all_doc_ids():
                if read(doc).decode("utf-8").split(store.HIT_SEPARATOR, 1)[0] in wanted:
                    found.add(doc)
        if self.issue is not None:  # the issue's posting list (its segment), not every row
            mine = data.postings("issue", self.issue).keys()
            found = set(mine) if found is None else found & mine
        return found or set()


def index_write_error(root: Path, exc: OSError) -> ReaderError:
    """The one message users see when the index cannot be written."""
    return ReaderError(Message.of("index_unwritable", path=root, reason=os_reason(exc)))


def _hashes(issues: Iterable[Issue]) -> dict[str, str]:
    return {i.id: i.content_hash or _fallback_hash(i) for i in issues}


def _fallback_hash(issue: Issue) -> str:
    """A hash for issues built in memory without ``content_hash`` (tests, tools)."""
    import hashlib

    digest = hashlib.sha256()
    for article in issue.articles:  # the raw fields: cheap (no folding), same coverage
        digest.update(repr(vars(article)).encode("utf-8"))
    return "mem-" + digest.hexdigest()[:16]


def _counts(issues: list[Issue]) -> tuple[int, int]:
    total = sum(len(i.articles) for i in issues)
    return total, total


def _iso(value: dt.date | str | None) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)
