"""The catalogue: what a start needs from each bundle, without reading every article.

Reading a bundle parses every article file and hashes it: with 320 issues (20,000
articles) that was over a second of every start of the window and of every CLI
command. A start needs the issues, the articles' metadata (tree, lists, ids) and
each issue's content hash (what the search index keys on); an article's body is
needed only when it is opened (or indexed). So, for each bundle folder, the
issue and its articles without bodies are kept in a small derived JSON file in the
user cache, keyed on the bundle's files (name, size, modification and change times):
when any file of the bundle is added, removed or changed the entry is stale and the
bundle is read again (same problems reported, same precedence: the library code
is unchanged). Bodies are read when first asked for (:class:`LazyArticle`).

The catalogue is derived data: an unreadable or unwritable catalogue only costs
time (the bundle is read, a warning logged). ``reader-app-cli verify`` never uses
it (it reads every file).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
from collections import OrderedDict
from pathlib import Path
from typing import Any

from reader_app import __version__
from reader_app.core.atomic import write_text_atomic
from reader_app.core.bundle import ARTICLES_DIR, ISSUE_FILE, parse_article_file, read_bundle
from reader_app.core.errors import BundleError
from reader_app.core.model import Article, Book, EditorRole, Issue, PageInfo

log = logging.getLogger(__name__)

#: Bump when what is stored changes (the app version is part of the key too).
CATALOGUE_VERSION = 1
_ISSUE_SKIP = {"articles", "path", "bundled", "editors", "pages", "problems"}
_ARTICLE_FIELDS = [f.name for f in dataclasses.fields(Article) if f.name not in ("body", "path")]
_BODIES = 64  # bodies kept in memory (the article view asks for one several times)


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


_recent: OrderedDict[tuple[Path, str], str] = OrderedDict()


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
        body = parse_article_file(path, path.read_bytes(), article.issue_id, article.seq).body
    except (BundleError, OSError) as exc:
        log.warning("cannot read the article %s: %s", path, exc)
        return ""
    _recent[key] = body
    if len(_recent) > _BODIES:
        _recent.popitem(last=False)
    return body


def _signature(folder: Path) -> list[Any] | None:
    """(name, size, mtime, ctime, inode) of issue.toml and of every file in articles/.

    The change time cannot be set back (a copy or an edit that restores the modification
    time still changes it), so an edit is noticed even at the same size and mtime.
    """
    try:
        top = (folder / ISSUE_FILE).stat()
        entries = [[ISSUE_FILE, top.st_size, top.st_mtime_ns, top.st_ctime_ns, top.st_ino]]
        with os.scandir(folder / ARTICLES_DIR) as listing:
            for entry in listing:
                st = entry.stat()
                entries.append([entry.name, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino])
    except OSError:
        return None  # read the bundle itself: it reports what is wrong
    entries[1:] = sorted(entries[1:])
    return entries


class Catalogue:
    """The catalogue files of the library folders, under ``root`` (the user cache)."""

    def __init__(self, root: Path | None) -> None:
        self.root = root / f"v{CATALOGUE_VERSION}" if root is not None else None

    def _file(self, folder: Path) -> Path | None:
        if self.root is None:
            return None
        key = hashlib.sha256(str(folder.parent.resolve()).encode("utf-8")).hexdigest()[:16]
        return self.root / key / f"{folder.name}.json"

    def read(self, folder: Path, bundled: bool) -> Issue:
        """The bundle's issue, from its catalogue entry if current, else read (and noted)."""
        signature = _signature(folder)
        file = self._file(folder)
        if signature is not None and file is not None:
            issue = _load(file, signature, folder, bundled)
            if issue is not None:
                return issue
        issue = read_bundle(folder, bundled=bundled)
        if signature is not None and file is not None and signature == _signature(folder):
            _save(file, signature, issue)
        return issue


def _load(file: Path, signature: list[Any], folder: Path, bundled: bool) -> Issue | None:
    try:
        data = json.loads(file.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("catalogue entry %s unreadable (%s): reading the bundle", file, exc)
        return None
    if (
        not isinstance(data, dict)
        or data.get("app") != __version__
        or data.get("signature") != signature
    ):
        return None
    try:
        return _issue(data["issue"], data["articles"], folder, bundled)
    except (KeyError, TypeError, ValueError) as exc:
        log.warning("catalogue entry %s damaged (%s): reading the bundle", file, exc)
        return None


def _save(file: Path, signature: list[Any], issue: Issue) -> None:
    data = {
        "app": __version__,
        "signature": signature,
        "issue": _issue_data(issue),
        "articles": [_article_data(a) for a in issue.articles],
    }
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(file, json.dumps(data, ensure_ascii=False, default=_iso))
    except OSError as exc:  # a read-only cache: the next start reads the bundle again
        log.info("cannot write the catalogue entry %s: %s", file, exc)


def _iso(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def _issue_data(issue: Issue) -> dict[str, Any]:
    data = {k: v for k, v in vars(issue).items() if k not in _ISSUE_SKIP}
    data["editors"] = [[e.role, e.names] for e in issue.editors]
    data["pages"] = [[p.pdf, p.printed] for p in issue.pages]
    data["problems"] = list(issue.problems)
    return data


def _article_data(article: Article) -> list[Any]:
    row = [getattr(article, name) for name in _ARTICLE_FIELDS]
    book = article.book
    row[_ARTICLE_FIELDS.index("book")] = dataclasses.asdict(book) if book else None
    return [*row, article.path.name if article.path else None]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _issue(data: dict[str, Any], rows: list[list[Any]], folder: Path, bundled: bool) -> Issue:
    fields = dict(data)
    fields["period_start"] = _date(fields.get("period_start"))
    fields["period_end"] = _date(fields.get("period_end"))
    fields["editors"] = [EditorRole(role, list(names)) for role, names in fields["editors"]]
    fields["pages"] = [PageInfo(pdf, printed) for pdf, printed in fields["pages"]]
    issue = Issue(**fields, bundled=bundled, path=folder)
    articles_dir = folder / ARTICLES_DIR
    date_at = _ARTICLE_FIELDS.index("date")
    book_at = _ARTICLE_FIELDS.index("book")
    new = LazyArticle.__new__
    for row in rows:
        # Filled like the dataclass __init__ would (Article has no __post_init__), faster.
        article = new(LazyArticle)
        values = article.__dict__
        values.update(zip(_ARTICLE_FIELDS, row, strict=False))
        values["date"] = _date(row[date_at])
        if row[book_at]:
            values["book"] = Book(**row[book_at])
        values["_body"] = None
        values["_path"] = None
        values["_file"] = (articles_dir, row[len(_ARTICLE_FIELDS)])
        issue.articles.append(article)
    return issue
