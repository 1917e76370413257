"""The library: bundled issues (read-only), extra folders, and the user's imports."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from reader_app.core.atomic import remove_stale_temporaries
from reader_app.core.bundle import ISSUE_FILE, read_bundle, write_bundle
from reader_app.core.errors import BundleError, NotFoundError, ReaderError
from reader_app.core.importer import ImportReport, parse_issue_file
from reader_app.core.importer.parse import MAX_BYTES
from reader_app.core.importer.rawfile import read_regular_file
from reader_app.core.locking import exclusive_lock
from reader_app.core.model import Article, Issue
from reader_app.core.paths import app_dirs, bundled_issues_dir

log = logging.getLogger(__name__)
WRITE_LOCK = ".write.lock"  # held while a bundle is written into a library folder
IMPORT_LOCK_SECONDS = 120


@dataclass
class LibraryFolder:
    path: Path
    writable: bool
    bundled: bool = False


@dataclass
class ImportResult:
    report: ImportReport
    issue: Issue
    path: Path | None = None  # where the bundle was written; None for a dry run
    replaced: bool = False


@dataclass
class Library:
    """All issues the app can show, later folders overriding earlier ones by issue id."""

    folders: list[LibraryFolder]
    issues: list[Issue] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # bundles that could not be read

    @classmethod
    def open(cls, extra_folders: list[Path] | tuple[Path, ...] = ()) -> Library:
        folders = [LibraryFolder(bundled_issues_dir(), writable=False, bundled=True)]
        folders += [LibraryFolder(Path(p), writable=False) for p in extra_folders]
        folders.append(LibraryFolder(app_dirs().user_issues, writable=True))
        library = cls(folders)
        library.reload()
        return library

    @property
    def user_folder(self) -> LibraryFolder:
        return next(f for f in reversed(self.folders) if f.writable)

    def reload(self) -> None:
        by_id: dict[str, Issue] = {}
        self.problems = []
        for folder in self.folders:
            if folder.writable:
                self._tidy(folder.path)
            for issue in self._read_folder(folder):
                by_id[issue.id] = issue
        self.issues = sorted(by_id.values(), key=lambda i: (i.year, i.number, i.id))

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

    def _read_folder(self, folder: LibraryFolder) -> list[Issue]:
        if not folder.path.is_dir():
            return []
        issues = []
        try:
            children = sorted(folder.path.iterdir())
        except OSError as exc:
            self.problems.append(f"{folder.path}: cannot be read ({exc.strerror})")
            return []
        for child in children:
            if child.name.startswith(".") or not child.is_dir():
                continue
            if not (child / ISSUE_FILE).exists():
                continue
            try:
                issue = read_bundle(child, bundled=folder.bundled)
                issues.append(issue)
                self.problems += issue.problems
            except BundleError as exc:
                log.warning("skipping issue bundle: %s", exc)
                self.problems.append(str(exc))
            except OSError as exc:
                self.problems.append(f"{child}: cannot be read ({exc.strerror})")
        return issues

    # ------------------------------------------------------------ lookups

    def issue(self, issue_id: str) -> Issue:
        for issue in self.issues:
            if issue.id == issue_id:
                return issue
        raise NotFoundError(
            f"no issue {issue_id!r} in the library; `reader-app-cli list` shows them"
        )

    def find_article(self, article_id: str) -> tuple[Issue, Article]:
        for issue in self.issues:
            article = issue.article(article_id)
            if article is not None:
                return issue, article
        raise NotFoundError(
            f"no article {article_id!r} in the library; `reader-app-cli list` shows the ids"
        )

    def articles(self) -> list[Article]:
        return [a for issue in self.issues for a in issue.articles]

    def article_at_page(self, issue_id: str, page: int) -> Article | None:
        """The article printed on ``page`` (or the last one starting before it)."""
        printed = [a for a in self.issue(issue_id).articles if a.page is not None]
        before = [a for a in printed if a.page <= page]
        return max(before, key=lambda a: a.page, default=None)

    # ------------------------------------------------------------ changes

    def import_file(
        self, path: Path, *, replace: bool = False, dry_run: bool = False, into: Path | None = None
    ) -> ImportResult:
        """Parse, validate and (unless ``dry_run``) add one issue, all or nothing."""
        issue, report = parse_issue_file(path)
        result = ImportResult(report, issue)
        existing = next((i for i in self.issues if i.id == issue.id), None)
        if existing is not None and not replace and not dry_run:
            where = "bundled with the app" if existing.bundled else "in the user library"
            raise ReaderError(
                f"{path}: issue {issue.id} ({issue.display_title}) is already {where}; "
                "nothing was changed. Use --replace to replace it."
            )
        if dry_run:
            return result
        target = into or self.user_folder.path
        try:
            with exclusive_lock(target / WRITE_LOCK, timeout=IMPORT_LOCK_SECONDS) as acquired:
                if not acquired:
                    raise ReaderError(
                        f"{target}: another import is still running; nothing was changed. "
                        "Try again when it has finished."
                    )
                result.path = write_bundle(
                    issue, read_regular_file(path, MAX_BYTES), target, replace=replace
                )
        except FileExistsError:
            raise ReaderError(
                f"{target / issue.id}: already exists; nothing was changed. "
                "Use --replace to replace it."
            ) from None
        except OSError as exc:
            raise ReaderError(
                f"{target}: cannot write the issue ({exc.strerror or exc}); the library is "
                "unchanged. Free some disk space or check the folder's permissions."
            ) from None
        result.replaced = existing is not None
        self.reload()
        return result
