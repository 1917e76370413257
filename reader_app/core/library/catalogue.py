"""The catalogue: what a start needs from each bundle, without reading every article.

Reading a bundle parses every article file and hashes it: with 320 issues (20,000
articles) that was over a second of every start of the window and of every CLI
command. A start needs the issues, the articles' metadata (tree, lists, ids) and
each issue's content hash (what the search index keys on); an article's body is
needed only when it is opened (or indexed).

So each library folder has one derived catalogue file in the user cache, holding per
bundle: the issue, its articles without bodies, its problems and content hash. A start
checks each entry cheaply, by the stat of the bundle folder, of ``issue.toml`` and of
the ``articles`` folder (3 ``stat`` calls per bundle instead of one per article
file): that notices a changed ``issue.toml``, an article file added, removed,
renamed or saved the usual way (a new file renamed over the old one), but not an
article file rewritten in place. Those are noticed

- when the article is opened (its body is read: its file's stat is compared with
  the one recorded, and a difference drops the bundle's entry),
- by the deep check (:meth:`Catalogue.changed_bundles`: every article file's name,
  size, modification and change time, inode), which the window runs in the
  background after each start and ``reader-app-cli index`` runs before indexing
  (``open_library(deep=True)``, core/app/session.py); ``verify`` never uses the catalogue.

The file is ``marshal`` data (plain lists, dicts, strings, numbers: nothing is
executed on loading) behind a header naming the format, the app and Python's marshal
version and a CRC-32 of the payload: a damaged, truncated or foreign file is detected
before it is decoded, and only costs time (the bundles are read, a warning logged).
The articles of an issue are decoded when first asked for (:class:`LazyIssue`), their
bodies when an article is opened (:class:`LazyArticle`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import marshal
import os
import shutil
import struct
import threading
import zlib
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reader_app import __version__
from reader_app.core.base.atomic import write_bytes_atomic
from reader_app.core.base.errors import BundleError
from reader_app.core.base.messages import from_data, to_data
from reader_app.core.base.model import Article, Book, EditorRole, Issue, PageInfo
from reader_app.core.library.bundle import ARTICLES_DIR, ISSUE_FILE, parse_article_file, read_bundle

log = logging.getLogger(__name__)

#: Bump when what is stored changes (the app and marshal versions are checked too).
CATALOGUE_VERSION = 3  # 3: problems are Messages (key and values), not sentences
_ISSUE_SKIP = {"articles", "path", "bundled", "editors", "pages", "problems"}
_ARTICLE_FIELDS = [f.name for f in dataclasses.fields(Article) if f.name not in ("body", "path")]
# The model's fields are part of the key: rows are stored by position.
_LAYOUT = hashlib.sha256(
    " ".join([*_ARTICLE_FIELDS, "|", *(f.name for f in dataclasses.fields(Issue))]).encode()
).hexdigest()[:12]
_MAGIC = (
    f"reader-app catalogue {CATALOGUE_VERSION} {__version__} {marshal.version} {_LAYOUT}\n"
).encode()
_HEADER = struct.Struct("<IQ")  # CRC-32 and length of the payload
_DATE_AT = _ARTICLE_FIELDS.index("date")
_BOOK_AT = _ARTICLE_FIELDS.index("book")
_NAME_AT = len(_ARTICLE_FIELDS)  # the file name follows the fields in a stored row
_BODIES = 64  # bodies kept in memory (the article view asks for one several times)

#: (shallow signature, deep signature bytes, issue fields, article ids, rows bytes, outline)
Entry = tuple[Any, ...]


class LazyArticle(Article):
    """An article whose body is read from its file when first asked for.

    Its path is made when first asked for too (a ``Path`` per article was a third of
    the catalogue's reading time).
    """

    @property
    def body(self) -> str:
        own = self.__dict__.get("_body")
        if own is not None:
            return own
        return _read_body(self)

    @body.setter
    def body(self, value: str | None) -> None:
        self.__dict__["_body"] = value

    @property
    def path(self) -> Path | None:
        path = self.__dict__.get("_path")
        if path is None and self.__dict__.get("_file"):
            folder, name = self.__dict__["_file"]
            path = self.__dict__["_path"] = folder / name
        return path

    @path.setter
    def path(self, value: Path | None) -> None:
        self.__dict__["_path"] = value
        self.__dict__["_file"] = None


class LazyIssue(Issue):
    """An issue whose articles are decoded from its catalogue entry when first asked for."""

    @property
    def articles(self) -> list[Article]:
        own = self.__dict__.get("_articles")
        if own is None:
            own = self.__dict__["_articles"] = _decode_articles(self)
        return own

    @articles.setter
    def articles(self, value: list[Article]) -> None:
        self.__dict__["_articles"] = value


def article_ids(issue: Issue) -> list[str]:
    """The issue's article ids, without decoding its articles when the catalogue has them."""
    if isinstance(issue, LazyIssue) and issue.__dict__.get("_articles") is None:
        return issue.__dict__["_ids"]
    return [a.id for a in issue.articles]


def outline(issue: Issue) -> list[tuple[str, int, int]]:
    """(section, articles, highest printed page or 0) in order of first appearance.

    What the library tree shows before an issue is expanded, without decoding its articles.
    """
    if isinstance(issue, LazyIssue) and issue.__dict__.get("_articles") is None:
        return [tuple(row) for row in issue.__dict__["_outline"]]
    return _outline(issue.articles)


def _outline(articles: Iterable[Article]) -> list[tuple[str, int, int]]:
    sections: dict[str, list[int]] = {}
    for article in articles:
        counts = sections.setdefault(article.section, [0, 0])
        counts[0] += 1
        counts[1] = max(counts[1], article.page or 0)
    return [(section, n, page) for section, (n, page) in sections.items()]


_recent: OrderedDict[tuple[Path, str], str] = OrderedDict()


#: Share folder -> its local read-only copy (core/share/mirror.py), registered by the library:
#: an article opened after the share went (a staff machine following it) is read there.
_stand_ins: dict[Path, Path] = {}


def stand_in(share: Path, copy: Path) -> None:
    """Read bodies of bundles under ``share`` from ``copy`` when the share cannot be read."""
    _stand_ins[share] = copy


def _read_body(article: Article) -> str:
    """The body from the article's file (a few recent ones kept); "" if it became unreadable."""
    path = article.path
    if path is None:
        return ""
    key = (path, article.id)
    body = _recent.get(key)
    if body is not None:
        _recent.move_to_end(key)
        return body
    try:
        data = path.read_bytes()
        check = article.__dict__.get("_check")
        if check is not None:  # the file changed since the catalogue entry was made
            check(path)
        body = parse_article_file(path, data, article.issue_id, article.seq).body
    except OSError as exc:
        body = _read_stand_in(path, article)
        if body is None:
            log.warning("cannot read the article %s: %s", path, exc)
            return ""
    except BundleError as exc:
        log.warning("cannot read the article %s: %s", path, exc)
        return ""
    _recent[key] = body
    if len(_recent) > _BODIES:
        _recent.popitem(last=False)
    return body


def _read_stand_in(path: Path, article: Article) -> str | None:
    """The body from the local copy of the share ``path`` lies on, if there is one."""
    for share, copy in _stand_ins.items():
        if path.is_relative_to(share):
            other = copy / path.relative_to(share)
            try:
                body = parse_article_file(other, other.read_bytes(), article.issue_id, article.seq)
            except (BundleError, OSError):
                return None
            log.warning(
                "the shared library %s cannot be read; %s read from its local copy",
                share,
                path.name,
            )
            return body.body
    return None


def _stat_row(name: str, st: os.stat_result) -> list[Any]:
    return [name, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def _signature(folder: Path) -> list[Any] | None:
    """The deep signature: (name, size, mtime, ctime, inode) of issue.toml and every article file.

    The change time cannot be set back (a copy or an edit that restores the modification
    time still changes it), so an edit is noticed even at the same size and mtime.
    """
    try:
        entries = [_stat_row(ISSUE_FILE, (folder / ISSUE_FILE).stat())]
        with os.scandir(folder / ARTICLES_DIR) as listing:
            for entry in listing:
                entries.append(_stat_row(entry.name, entry.stat()))
    except OSError:
        return None  # read the bundle itself: it reports what is wrong
    entries[1:] = sorted(entries[1:])
    return entries


def _shallow(folder: Path) -> tuple[int, ...] | None:
    """The bundle folder's, issue.toml's and the articles folder's stat: 3 calls per bundle.

    A folder's times change when a file in it is added, removed or renamed (also by a
    save that renames a new file over the old one), not when a file is rewritten in place.
    """
    try:
        top = os.stat(folder)
        toml = os.stat(folder / ISSUE_FILE)
        articles = os.stat(folder / ARTICLES_DIR)
    except OSError:
        return None
    return (
        top.st_mtime_ns, top.st_ctime_ns, top.st_ino,
        toml.st_size, toml.st_mtime_ns, toml.st_ctime_ns, toml.st_ino,
        articles.st_mtime_ns, articles.st_ctime_ns, articles.st_ino,
    )  # fmt: skip


class _Folder:
    """The catalogue file of one library folder: its entries by bundle folder name."""

    def __init__(self, file: Path | None) -> None:
        self.file = file
        self.entries: dict[str, Entry] = _load(file) if file is not None else {}
        self.changed = False


class Catalogue:
    """The catalogue files of the library folders, under ``root`` (the user cache)."""

    def __init__(self, root: Path | None) -> None:
        self.base = root
        self.root = root / f"v{CATALOGUE_VERSION}" if root is not None else None
        self._folders: dict[Path, _Folder] = {}
        self._lock = threading.RLock()  # an opened article may drop an entry from a worker

    def _folder(self, library_folder: Path) -> _Folder:
        known = self._folders.get(library_folder)
        if known is None:
            file = None
            if self.root is not None:
                key = str(library_folder.resolve()).encode("utf-8")
                file = self.root / f"{hashlib.sha256(key).hexdigest()[:16]}.cat"
            known = self._folders[library_folder] = _Folder(file)
        return known

    def read(self, folder: Path, bundled: bool, deep: bool = False) -> Issue:
        """The bundle's issue, from its catalogue entry if current, else read (and noted).

        ``deep``: check every article file's stat, not only the folders' (see the module).
        """
        with self._lock:
            place = self._folder(folder.parent)
            entry = place.entries.get(folder.name)
        if (
            entry is not None
            and _shallow(folder) == tuple(entry[0])
            and (not deep or _signature(folder) == _loads(entry[1]))
        ):
            issue = self._issue(entry, folder, bundled)
            if issue is not None:
                return issue
        before, shallow = _signature(folder), _shallow(folder)
        issue = read_bundle(folder, bundled=bundled)
        with self._lock:
            if before is not None and shallow is not None and before == _signature(folder):
                place.entries[folder.name] = _entry(shallow, before, issue)
                place.changed = True
            elif place.entries.pop(folder.name, None) is not None:
                place.changed = True
        return issue

    def _issue(self, entry: Entry, folder: Path, bundled: bool) -> Issue | None:
        try:
            return _issue(entry, folder, bundled, self._checker(folder, entry[1]))
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            log.warning("catalogue entry of %s damaged (%s): reading the bundle", folder, exc)
            return None

    def _checker(self, folder: Path, deep: bytes) -> Any:
        """Compares an opened article's file with its recorded stat; drops a stale entry."""

        def check(path: Path) -> None:
            recorded = {row[0]: row for row in _loads(deep) or []}.get(path.name)
            try:
                now = _stat_row(path.name, path.stat())
            except OSError:
                return
            if recorded != now:
                log.info("%s changed since the catalogue noted it: read again next start", path)
                self.forget(folder)

        return check

    def forget(self, folder: Path) -> None:
        """Drop a bundle's entry now (its files changed): the next start reads it."""
        with self._lock:
            place = self._folder(folder.parent)
            if place.entries.pop(folder.name, None) is not None:
                place.changed = True
                self.flush()

    def flush(self) -> None:
        """Write the catalogue files whose entries changed (atomically); drop gone bundles."""
        with self._lock:
            for library_folder, place in self._folders.items():
                if place.changed and place.file is not None:
                    place.changed = False
                    for name in [n for n in place.entries if not (library_folder / n).is_dir()]:
                        del place.entries[name]
                    _save(place.file, place.entries)
            if self.base is not None and (self.base / "v1").is_dir():
                shutil.rmtree(self.base / "v1", ignore_errors=True)  # the per-bundle JSON

    def changed_bundles(self, issues: Iterable[Issue]) -> list[Path]:
        """Bundles whose files differ from their catalogue entries (every file's stat)."""
        changed = []
        for issue in issues:
            folder = issue.path
            if folder is None or not isinstance(issue, LazyIssue):
                continue
            with self._lock:
                entry = self._folder(folder.parent).entries.get(folder.name)
            if entry is None or _signature(folder) != _loads(entry[1]):
                changed.append(folder)
        return changed


# ---------------------------------------------------------------- the file


def _loads(data: bytes | memoryview) -> Any:
    try:
        return marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None


def _load(file: Path) -> dict[str, Entry]:
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        log.warning("catalogue %s unreadable (%s): reading the bundles", file, exc)
        return {}
    start = len(_MAGIC) + _HEADER.size
    if not data.startswith(_MAGIC) or len(data) < start:
        log.info("catalogue %s is from another version: reading the bundles", file)
        return {}
    crc, length = _HEADER.unpack_from(data, len(_MAGIC))
    payload = memoryview(data)[start:]
    if len(payload) != length or zlib.crc32(payload) != crc:
        log.warning("catalogue %s damaged (checksum): reading the bundles", file)
        return {}
    entries = _loads(payload)
    if not isinstance(entries, dict):
        log.warning("catalogue %s damaged: reading the bundles", file)
        return {}
    return entries


def _save(file: Path, entries: dict[str, Entry]) -> None:
    payload = marshal.dumps(entries)
    data = _MAGIC + _HEADER.pack(zlib.crc32(payload), len(payload)) + payload
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(file, data)
    except OSError as exc:  # a read-only cache: the next start reads the bundles again
        log.info("cannot write the catalogue %s: %s", file, exc)


# ---------------------------------------------------------------- entries


def _entry(shallow: tuple[int, ...], deep: list[Any], issue: Issue) -> Entry:
    data = {k: v for k, v in vars(issue).items() if k not in _ISSUE_SKIP}
    data["period_start"] = _iso(issue.period_start)
    data["period_end"] = _iso(issue.period_end)
    data["editors"] = [[e.role, list(e.names)] for e in issue.editors]
    data["pages"] = [[p.pdf, p.printed, p.footer] for p in issue.pages]
    data["problems"] = [to_data(problem) for problem in issue.problems]
    rows = [_article_row(a) for a in issue.articles]
    ids = [a.id for a in issue.articles]
    sections = [list(row) for row in _outline(issue.articles)]
    return (shallow, marshal.dumps(deep), data, ids, marshal.dumps(rows), sections)


def _article_row(article: Article) -> list[Any]:
    row = [getattr(article, name) for name in _ARTICLE_FIELDS]
    row[_DATE_AT] = _iso(article.date)
    book = article.book
    row[_BOOK_AT] = dataclasses.asdict(book) if book else None
    row.append(article.path.name if article.path else None)
    return row


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _issue(entry: Entry, folder: Path, bundled: bool, check: Any) -> Issue:
    fields = dict(entry[2])
    fields["period_start"] = _date(fields.get("period_start"))
    fields["period_end"] = _date(fields.get("period_end"))
    fields["editors"] = [EditorRole(role, list(names)) for role, names in fields["editors"]]
    fields["pages"] = [PageInfo(*page) for page in fields["pages"]]
    fields["problems"] = [from_data(problem) for problem in fields["problems"]]
    issue = LazyIssue.__new__(LazyIssue)
    Issue.__init__(issue, **fields, bundled=bundled, path=folder)
    ids, rows, sections = entry[3], entry[4], entry[5]
    if not (isinstance(ids, list) and isinstance(rows, bytes) and isinstance(sections, list)):
        raise TypeError("article rows")
    if sum(row[1] for row in sections) != len(ids):
        raise ValueError("outline")
    issue.__dict__.update(_articles=None, _ids=ids, _rows=rows, _outline=sections, _check=check)
    return issue


def _decode_articles(issue: LazyIssue) -> list[Article]:
    """The issue's articles from its stored rows (the bundle itself if they are damaged)."""
    folder = issue.path
    assert folder is not None
    rows = _loads(issue.__dict__["_rows"])
    try:
        return _articles(rows, folder / ARTICLES_DIR, issue.__dict__["_check"])
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        log.warning("catalogue rows of %s damaged (%s): reading the bundle", folder, exc)
    try:
        return read_bundle(folder, bundled=issue.bundled).articles
    except (BundleError, OSError) as exc:  # gone since the start: the next reload says so
        log.warning("cannot read %s: %s", folder, exc)
        return []


def _articles(rows: list[list[Any]], articles_dir: Path, check: Any) -> list[Article]:
    articles: list[Article] = []
    new = LazyArticle.__new__
    for row in rows:
        # Filled like the dataclass __init__ would (Article has no __post_init__), faster.
        article = new(LazyArticle)
        values = article.__dict__
        values.update(zip(_ARTICLE_FIELDS, row, strict=False))
        values["date"] = _date(row[_DATE_AT])
        if row[_BOOK_AT]:
            values["book"] = Book(**row[_BOOK_AT])
        values["_body"] = None
        values["_path"] = None
        values["_file"] = (articles_dir, row[_NAME_AT])
        values["_check"] = check
        articles.append(article)
    return articles
