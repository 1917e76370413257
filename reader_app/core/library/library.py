"""The library: bundled issues (read-only), extra folders, and the user's imports."""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from reader_app.core.base.atomic import remove_stale_temporaries
from reader_app.core.base.errors import (
    BundleError,
    ImportRefusedError,
    IssueExistsError,
    NotFoundError,
    ReaderError,
    os_reason,
    shorten,
)
from reader_app.core.base.locking import exclusive_lock
from reader_app.core.base.messages import Message
from reader_app.core.base.model import Article, Issue
from reader_app.core.library.bundle import ISSUE_FILE, read_bundle, write_bundle
from reader_app.core.library.catalogue import Catalogue, article_ids

if TYPE_CHECKING:  # the importer (and PDFium) is loaded when an import starts
    from reader_app.core.importer import ImportReport

log = logging.getLogger(__name__)
WRITE_LOCK = ".write.lock"  # held while a bundle is written into a library folder
IMPORT_LOCK_SECONDS = 120


@dataclass
class LibraryFolder:
    path: Path
    writable: bool
    bundled: bool = False
    #: The shared folder the policy names, when ``path`` is its local copy (core/share/mirror.py).
    share: Path | None = None
    #: How a followed share is read (core/share/follow.py); None: read ``path`` as it is.
    source: FolderSource | None = field(default=None, repr=False, compare=False)


class FolderSource(Protocol):
    """Where a followed folder's bundles are read from now: the share, or its local copy.

    Implemented by core/share/follow.py, so that the library reads a share without
    importing the share's code (the share wraps the library, not the other way round).
    """

    def prepare(self) -> None:
        """Before a read: say where article bodies stand in if the share goes."""

    def locate(self) -> Path:
        """The folder to read now."""
        ...

    def reachable(self) -> bool:
        """Whether the share itself can be listed now."""
        ...


#: Writes one issue onto the staff share: ``publisher(share, write)`` runs ``write`` under
#: the share's publishing lock and publishes the index (core/share/publish.py).
Publisher = Callable[[Path, Callable[[], Path]], Path]


@dataclass
class ImportResult:
    report: ImportReport
    issue: Issue
    path: Path | None = None  # where the bundle was written; None for a dry run
    replaced: bool = False
    refused: ReaderError | None = None  # a dry run: why the real import would be refused


@dataclass
class Library:
    """All issues the app can show, later folders overriding earlier ones by issue id."""

    folders: list[LibraryFolder]
    issues: list[Issue] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)  # bundles that could not be read
    #: Issue id -> the bundle folder a later library folder replaces (documented precedence).
    replaced: dict[str, Path | None] = field(default_factory=dict)
    unreadable: dict[Path, Message] = field(default_factory=dict)  # bundle folder -> damage
    #: The shared library this staff machine imports into (policy ``publish_library``).
    publish_to: Path | None = None
    #: What writes an import onto ``publish_to`` (set with it by core/app/session.py).
    publisher: Publisher | None = field(default=None, repr=False)
    #: Where a start finds the bundles' issues without reading every article (None: read all).
    catalogue: Catalogue | None = field(default=None, repr=False)
    _read: dict[Path, Issue] = field(default_factory=dict, repr=False)  # last reload's bundles

    @property
    def user_folder(self) -> LibraryFolder:
        return next(f for f in reversed(self.folders) if f.writable)

    def reload(self, changed: Path | Collection[Path] | None = None, deep: bool = False) -> None:
        """Read the library folders again.

        ``changed``: only that bundle folder (or those) changed (this process just wrote
        it, or the deep check found it edited); the other bundles read by the previous
        reload are taken as they are, so importing many issues in one command stays linear.
        """
        by_id: dict[str, Issue] = {}
        self.problems = []
        self.replaced = {}
        self.unreadable = {}
        previous, self._read = self._read, {}
        if changed is None:
            previous = {}
        for path in [changed] if isinstance(changed, Path) else changed or ():
            previous.pop(path, None)
        for folder in self.folders:
            if folder.writable and changed is None:
                self._tidy(folder.path)
            for issue in self._one_per_id(self._read_folder(folder, previous, deep)):
                hidden = by_id.get(issue.id)
                if hidden is not None:
                    self._note_hidden(issue, hidden)
                by_id[issue.id] = issue
        self.issues = sorted(by_id.values(), key=lambda i: (i.year, i.number, i.id))
        self._check_article_ids()
        if self.catalogue is not None:
            self.catalogue.flush()

    def changed_bundles(self) -> list[Path]:
        """Bundles edited since the catalogue noted them (every article file's stat).

        A start checks only the bundle folders (fast); this notices an article file
        rewritten in place too. Reads nothing but ``stat``: safe in a worker thread.
        """
        if self.catalogue is None:
            return []
        return self.catalogue.changed_bundles(list(self.issues))

    def refresh(self, bundles: Collection[Path]) -> None:
        """Read ``bundles`` again from their files (the deep check found them changed)."""
        if self.catalogue is not None:
            for bundle in bundles:
                self.catalogue.forget(bundle)
        self.reload(changed=bundles)

    def _one_per_id(self, issues: list[Issue]) -> list[Issue]:
        """Within one library folder, one bundle per issue id: say which one is used."""
        used: dict[str, Issue] = {}
        for issue in issues:  # in folder-name order
            other = used.get(issue.id)
            if other is None:
                used[issue.id] = issue
                continue
            keep, drop = other, issue  # the first in name order, unless only the other
            if _named_after_id(issue) and not _named_after_id(other):  # is named after the id
                keep, drop = issue, other
            used[issue.id] = keep
            self.problems.append(
                Message.of(
                    "issue_id_twice",
                    path=_toml(drop),
                    issue=shorten(issue.id),
                    other=_toml(keep),
                    shown=_where(keep),
                )
            )
        return list(used.values())

    def _note_hidden(self, issue: Issue, hidden: Issue) -> None:
        """A later library folder replaces an issue: documented when the folder is the id."""
        if _named_after_id(issue):
            self.replaced[issue.id] = hidden.path
            return
        self.problems.append(
            Message.of(
                "issue_id_hides",
                path=_toml(issue),
                issue=shorten(issue.id),
                other=_toml(hidden),
                articles=len(hidden.articles),
            )
        )

    def _check_article_ids(self) -> None:
        """An article id used by two issues: ``show`` and links open only the first."""
        seen: set[str] = set()
        clash = False
        for issue in self.issues:  # ids only: the catalogue's articles stay undecoded
            ids = article_ids(issue)
            clash = clash or not seen.isdisjoint(ids) or len(set(ids)) < len(ids)
            seen.update(ids)
        if not clash:
            return
        owners: dict[str, Article] = {}
        for issue in self.issues:
            for article in issue.articles:
                first = owners.setdefault(article.id, article)
                if first is not article:
                    self.problems.append(
                        Message.of(
                            "article_id_twice",
                            path=str(article.path or issue.path),
                            article=shorten(article.id),
                            other=str(first.path or first.issue_id),
                            issue=first.issue_id,
                        )
                    )

    @staticmethod
    def _tidy(path: Path) -> None:
        """Clear what an interrupted import left, unless an import is running now."""
        if not path.is_dir():
            return
        try:
            with exclusive_lock(path / WRITE_LOCK, timeout=0) as acquired:
                if acquired:
                    remove_stale_temporaries(path)
        except OSError as exc:
            log.warning("cannot tidy %s: %s", path, exc)

    def _read_folder(
        self, folder: LibraryFolder, previous: dict[Path, Issue], deep: bool = False
    ) -> list[Issue]:
        source = folder.source
        if source is None or folder.share is None or folder.path != folder.share:
            return self._read_bundles(folder, previous, deep)
        source.prepare()  # for bodies read later
        # The share may go before or while its bundles are read (a start racing a pulled
        # cable): then its local copy stands in, rather than nothing or half the issues.
        folder.path = source.locate()
        marks = len(self.problems), dict(self._read), dict(self.unreadable)
        issues = self._read_bundles(folder, previous, deep)
        if folder.path != folder.share or source.reachable():
            return issues
        folder.path = source.locate()
        if folder.path == folder.share:  # no local copy either: what could be read
            return issues
        del self.problems[marks[0] :]
        self._read, self.unreadable = marks[1], marks[2]
        return self._read_bundles(folder, previous, deep)

    def _read_bundles(
        self, folder: LibraryFolder, previous: dict[Path, Issue], deep: bool = False
    ) -> list[Issue]:
        if not folder.path.is_dir():
            return []
        issues = []
        try:
            # Folders in name order (as Path sorts them: case-folded on Windows); the
            # listing says which entries are folders, with no stat call on most systems.
            with os.scandir(folder.path) as listing:
                names = [e.name for e in listing if not e.name.startswith(".") and e.is_dir()]
        except OSError as exc:
            self.problems.append(
                Message.of("file_unreadable", path=folder.path, reason=os_reason(exc))
            )
            return []
        for name in sorted(names, key=os.path.normcase):
            child = folder.path / name
            issue = previous.get(child)
            if issue is not None:
                self._read[child] = issue
                issues.append(issue)
                self.problems += issue.problems
                continue
            if not (child / ISSUE_FILE).exists():
                continue
            try:
                if self.catalogue is not None:
                    issue = self.catalogue.read(child, folder.bundled, deep)
                else:
                    issue = read_bundle(child, bundled=folder.bundled)
                self._read[child] = issue
                issues.append(issue)
                self.problems += issue.problems
            except BundleError as exc:
                log.warning("skipping issue bundle: %s", exc)
                self.problems.append(exc.message)
                self.unreadable[child] = exc.message
            except OSError as exc:
                self.problems.append(
                    Message.of("file_unreadable", path=child, reason=os_reason(exc))
                )
                self.unreadable[child] = self.problems[-1]
        return issues

    # ------------------------------------------------------------ lookups

    def issue(self, issue_id: str) -> Issue:
        for issue in self.issues:
            if issue.id == issue_id:
                return issue
        raise NotFoundError(Message.of("no_such_issue", issue=shorten(issue_id)))

    def article_count(self) -> int:
        """How many articles the library shows (without decoding the catalogue's articles)."""
        return sum(len(article_ids(issue)) for issue in self.issues)

    def find_article(self, article_id: str, *, fresh: bool = False) -> tuple[Issue, Article]:
        """The article and its issue; ``fresh``: first check its bundle's every file.

        A start checks only the bundle folders (core/library/catalogue.py): ``fresh`` also
        notices the article's file rewritten in place (and a damage that came with it).
        """
        if fresh and self.catalogue is not None:
            found = next((i for i in self.issues if article_id in article_ids(i)), None)
            if found is not None:
                changed = self.catalogue.changed_bundles([found])
                if changed:
                    self.refresh(changed)
        for issue in self.issues:
            if article_id not in article_ids(issue):
                continue  # its articles stay undecoded
            article = issue.article(article_id)
            if article is not None:
                return issue, article
        damage = self._damage_hiding(article_id)
        if damage is not None:
            raise BundleError(
                Message.of(
                    "article_damaged", article=shorten(article_id), damage=damage[0], more=damage[1]
                )
            )
        raise NotFoundError(Message.of("no_such_article", article=shorten(article_id)))

    def _damage_hiding(self, article_id: str) -> tuple[Message, int] | None:
        """The damage of the bundle an unknown article id belongs to (ids start with the
        issue's): its first problem and how many more there are."""
        for issue in self.issues:
            if article_id.startswith(issue.id + "-") and issue.problems:
                return issue.problems[0], len(issue.problems) - 1
        for folder, damage in self.unreadable.items():
            if article_id.startswith(folder.name + "-"):
                return damage, 0
        return None

    def articles(self) -> list[Article]:
        return [a for issue in self.issues for a in issue.articles]

    def article_at_page(self, issue_id: str, page: int) -> Article | None:
        """The article printed on ``page`` (or the last one starting before it)."""
        before = [
            (start, a)
            for a in self.issue(issue_id).articles
            if (start := a.page) is not None and start <= page
        ]
        return max(before, key=lambda pair: pair[0])[1] if before else None

    # ------------------------------------------------------------ changes

    def import_file(
        self,
        path: Path,
        *,
        replace: bool = False,
        dry_run: bool = False,
        into: Path | None = None,
        progress: Callable[[int, int, float | None], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Parse, validate and (unless ``dry_run``) add one issue, all or nothing.

        ``path`` is the issue's PDF or its text; a PDF is kept in the bundle. A
        scan's recognition reports (page, pages, seconds left) to ``progress`` and
        stops when ``cancelled()`` says so (ImportCancelledError, nothing written).
        """
        from reader_app.core.importer.pdfimport import read_source

        source = read_source(path, progress, cancelled)
        issue, report = source.issue, source.report
        result = ImportResult(report, issue)
        existing = next((i for i in self.issues if i.id == issue.id), None)
        if existing is not None and not replace:
            refusal = IssueExistsError(
                Message.of(
                    "issue_exists",
                    path=path,
                    issue=issue.id,
                    title=issue.display_title,
                    bundled=existing.bundled,
                )
            )
            if not dry_run:
                raise refusal
            result.refused = refusal
        if existing is not None and replace and existing.path is not None:
            _keep_corrections(existing, issue, report)
        check = _verified(path)
        if dry_run:
            _check_in_scratch(issue, source, check)
            return result
        share = self.publish_to
        if share is not None and into is None:  # staff: straight onto the share
            if self.publisher is None:
                raise RuntimeError("a library with publish_to needs its publisher")
            result.path = self.publisher(  # under a lock that works across machines
                share,
                lambda: self._write(share, issue, source, replace, os_lock=False, check=check),
            )
        else:
            target = into or self.user_folder.path
            result.path = self._write(target, issue, source, replace, check=check)
        result.replaced = existing is not None
        self.reload(changed=result.path)
        return result

    @staticmethod
    def _write(
        target: Path,
        issue: Issue,
        source: Any,
        replace: bool,
        os_lock: bool = True,
        check: Callable[[Path], None] | None = None,
    ) -> Path:
        """Write one bundle into ``target``, all or nothing, under the folder's write lock.

        On a share the caller holds the publishing lock instead (OS locks do not
        work reliably across machines over SMB or NFS). ``check`` vets the staged
        bundle before it is renamed into place.
        """
        try:
            lock = exclusive_lock(target / WRITE_LOCK, timeout=IMPORT_LOCK_SECONDS)
            with lock if os_lock else contextlib.nullcontext(True) as acquired:
                if not acquired:
                    raise ReaderError(Message.of("import_running", path=target))
                return write_bundle(
                    issue,
                    source.source,
                    target,
                    replace=replace,
                    original=source.original,
                    check=check,
                    ocr=getattr(source, "ocr", None),
                )
        except FileExistsError:
            raise IssueExistsError(
                Message.of("issue_folder_exists", path=target / issue.id, issue=issue.id)
            ) from None
        except OSError as exc:
            raise ReaderError(
                Message.of("issue_unwritable", path=target, reason=os_reason(exc))
            ) from None


def _keep_corrections(existing: Issue, issue: Issue, report: Any) -> None:
    """Re-recognising a scan (``import --replace``) keeps staff's hand corrections.

    An article of the old bundle whose file differs from what recognition wrote
    (bundle.corrected_articles) replaces the newly recognised article it stands
    for: the same id, else the same section starting on the same PDF page. It is
    kept word for word, and the report says so.
    """
    from reader_app.core.library.bundle import corrected_articles

    assert existing.path is not None
    if not existing.ocr_file:
        return
    try:
        old_issue = read_bundle(existing.path)  # every article decoded, with its file
    except BundleError:
        return
    corrected = corrected_articles(existing.path, old_issue)
    for old in corrected:
        at = next((n for n, a in enumerate(issue.articles) if a.id == old.id), None)
        if at is None:
            first = old.pdf_pages[0] if old.pdf_pages else None
            at = next(
                (
                    n
                    for n, a in enumerate(issue.articles)
                    if a.section == old.section and a.pdf_pages[:1] == [first]
                ),
                None,
            )
        if at is None:
            continue
        kept = dataclasses.replace(old, path=None, seq=issue.articles[at].seq)
        issue.articles[at] = kept
        issue.hand_corrected.add(kept.id)
        report.warn(None, Message.of("kept-correction", title=kept.title[:30]))


def _verified(path: Path) -> Callable[[Path], None]:
    """A check of a staged bundle: what ``verify`` would reject is refused, naming ``path``."""

    def check(staged: Path) -> None:
        from reader_app.core.library.verify import staged_problems

        problems = staged_problems(staged)
        if not problems:
            return
        raise ImportRefusedError(
            Message.of(
                "import_fails_verify", path=path, problem=problems[0], more=len(problems) - 1
            )
        )

    return check


def _check_in_scratch(issue: Issue, source: Any, check: Callable[[Path], None]) -> None:
    """A dry run stages the bundle in a temporary folder, so it refuses what import would."""
    import shutil
    import tempfile

    try:
        scratch = Path(tempfile.mkdtemp(prefix="reader-app-dry-run-"))
    except OSError as exc:  # nowhere to stage: the real import still checks
        log.warning("dry run: cannot stage the bundle to check it (%s)", os_reason(exc))
        return
    kept = issue.original_file, issue.original_sha256, issue.ocr_file
    try:
        write_bundle(
            issue,
            source.source,
            scratch,
            original=source.original,
            check=check,
            ocr=getattr(source, "ocr", None),
        )
    except OSError as exc:
        log.warning("dry run: cannot stage the bundle to check it (%s)", os_reason(exc))
    finally:
        issue.original_file, issue.original_sha256, issue.ocr_file = kept
        shutil.rmtree(scratch, ignore_errors=True)


def _toml(issue: Issue) -> Path | str:
    return issue.path / ISSUE_FILE if issue.path is not None else issue.id


def _where(issue: Issue) -> str:
    return str(issue.path) if issue.path is not None else issue.id


def _named_after_id(issue: Issue) -> bool:
    return issue.path is not None and issue.path.name == issue.id
