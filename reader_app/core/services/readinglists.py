"""Reading lists (书单): named, ordered lists of articles with a staff note per item.

Each list is one small JSON file (format in docs/reading-lists.md): staff keep
theirs in ``<user data>/readinglists/``; lists published for the whole room sit
in a ``readinglists/`` folder inside a shared library folder, or in the folder
the machine policy names (``reading_lists_folder``), and are read only here
("馆员推荐" on public workstations). Writes are atomic.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader_app.core.base.atomic import random_hex, write_text_atomic
from reader_app.core.base.errors import NotFoundError, ReaderError, os_reason
from reader_app.core.base.fileformat import check_header
from reader_app.core.base.filenames import safe_file_name
from reader_app.core.base.messages import Message
from reader_app.core.machine.paths import AppDirs
from reader_app.core.machine.policy import Policy
from reader_app.core.services import topicchecks
from reader_app.core.services.topicfile import NewArticle, Topic, parse_topic

if TYPE_CHECKING:
    from reader_app.core.library.library import Library

log = logging.getLogger(__name__)

FORMAT = "reader-app-reading-list"
FORMAT_VERSION = 2  # 2: a list may carry a standing query (a topic, core/services/topics.py)
READ_VERSIONS = (1, 2)  # version-1 files are read, and written (as 2) only when changed
FOLDER = "readinglists"
MAX_NAME = 80
MAX_NOTE = 2000


@dataclass
class Item:
    article: str  # the article id
    note: str = ""
    title: str = ""  # as it was when added: shown if the article is not in this library


@dataclass
class ReadingList:
    name: str
    description: str = ""
    items: list[Item] = field(default_factory=list)
    path: Path | None = field(default=None, compare=False)
    read_only: bool = field(default=False, compare=False)
    topic: Topic | None = None  # a standing query makes the list a topic (定题)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "name": self.name,
            "description": self.description,
            "items": [{"article": i.article, "title": i.title, "note": i.note} for i in self.items],
        }
        if self.topic is not None:
            data["topic"] = self.topic.to_dict()
        return data

    def to_json(self) -> str:
        data = self.to_dict()
        if self.topic is None:
            return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        data["topic"] = self.topic.to_dict(entries=True)
        return _lines(data, 0) + "\n"

    def ids(self) -> list[str]:
        return [item.article for item in self.items]

    def add(self, article_id: str, title: str = "", note: str = "") -> bool:
        """Append an article once; False when it is already on the list."""
        if article_id in self.ids():
            return False
        self.items.append(Item(article_id, note, title))
        return True

    def move(self, row: int, step: int) -> bool:
        target = row + step
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return False
        self.items[row], self.items[target] = self.items[target], self.items[row]
        return True


def check_name(name: str) -> str:
    text = " ".join(name.split())
    if not text:
        raise ReaderError(Message.of("list_needs_name"))
    if len(text) > MAX_NAME:
        raise ReaderError(Message.of("list_name_too_long", limit=MAX_NAME))
    return text


def parse(data: Any, where: str) -> ReadingList:
    """A list from its JSON data; one line naming the file and field when it is wrong."""
    data = check_header(data, where, "reading list", FORMAT, READ_VERSIONS)
    name = data.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
        raise ReaderError(Message.of("list_bad_name", path=where, limit=MAX_NAME))
    description = data.get("description", "")
    if not isinstance(description, str):
        raise ReaderError(Message.of("list_bad_description", path=where))
    items = data.get("items")
    if not isinstance(items, list):
        raise ReaderError(Message.of("list_items_not_list", path=where))
    result = ReadingList(" ".join(name.split()), description)
    for number, raw in enumerate(items, 1):
        if not isinstance(raw, dict) or not isinstance(raw.get("article"), str):
            raise ReaderError(Message.of("list_item_no_article", path=where, item=number))
        note, title = raw.get("note", ""), raw.get("title", "")
        if not isinstance(note, str) or not isinstance(title, str) or len(note) > MAX_NOTE:
            raise ReaderError(
                Message.of("list_item_bad_texts", path=where, item=number, limit=MAX_NOTE)
            )
        if not result.add(raw["article"].strip(), title, note):
            raise ReaderError(
                Message.of("list_item_twice", path=where, item=number, article=raw["article"])
            )
    if data.get("topic") is not None and data.get("version") != 1:
        result.topic = parse_topic(data["topic"], where)
    return result


def read_file(path: Path) -> ReadingList:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ReaderError(Message.of("file_unreadable", path=path, reason=os_reason(exc))) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReaderError(Message.of("list_not_json", path=path, reason=str(exc))) from None
    result = parse(data, str(path))
    result.path = path
    return result


def write_file(reading_list: ReadingList, path: Path) -> None:
    write_text_atomic(path, reading_list.to_json())


def _lines(value: Any, depth: int) -> str:
    """JSON laid out as ``indent=2`` down to one entry a line, each entry encoded in one call.

    A topic's new matches and dismissed ids run to thousands of entries:
    ``json.dumps(indent=...)`` encodes them in Python (~25 ms a topic at 20,000 articles);
    here each entry is one call of the C encoder, a text or a flat object of texts (a new
    match) straight through its string encoder.
    """
    pad, inner = "  " * depth, "  " * (depth + 1)
    if isinstance(value, dict) and value and (depth < 2 or not _nested(value.values())):
        rows = [f"{inner}{_dumps(k)}: {_lines(v, depth + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(rows) + "\n" + pad + "}"
    if isinstance(value, list) and value and depth <= 2:
        return "[\n" + ",\n".join(inner + _dumps(v) for v in value) + "\n" + pad + "]"
    return _dumps(value)


def _nested(values: Iterable[Any]) -> bool:
    return any(isinstance(v, (dict, list)) for v in values)


def _dumps(value: Any) -> str:
    if type(value) is NewArticle:
        return f'{{"article": {_string(value.article)}, "issue": {_string(value.issue)}}}'
    if type(value) is str:
        return _string(value)
    if type(value) is dict and all(type(v) is str for v in value.values()):
        return "{" + ", ".join(f"{_string(k)}: {_string(v)}" for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False)


#: ``json.dumps(text, ensure_ascii=False)`` without its Python layers (the C function)
_string: Any = json.encoder.encode_basestring


class ListStore:
    """Staff's own lists, one file each, in a writable folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def user(cls, dirs: AppDirs) -> ListStore:
        return cls(dirs.data / FOLDER)

    def path_for(self, name: str) -> Path:
        return self.folder / safe_file_name(check_name(name), ".json", fallback="list")

    def lists(self) -> tuple[list[ReadingList], list[Message]]:
        """Every readable list, by name, and one problem line per unreadable file.

        A topic's ``checked`` map is read from the side file (core/services/topicchecks.py);
        one written before it, with the map inline, keeps that until it is saved.
        """
        found, problems = read_folder(self.folder, read_only=False)
        keyed = [r.topic for r in found if r.topic is not None and r.topic.checked_key]
        if keyed:
            maps = topicchecks.read(self.folder)
            for topic in keyed:
                assert topic.checked_key is not None
                topic.checked = dict(maps.get(topic.checked_key, topic.checked))
        return found, problems

    def get(self, name: str) -> ReadingList:
        for reading_list in self.lists()[0]:
            if reading_list.name == name:
                return reading_list
        raise NotFoundError(Message.of("no_such_list", name=name))

    def save(self, reading_list: ReadingList) -> Path:
        """Write the list's file; a topic's ``checked`` map goes to the side file."""
        path = self._write(reading_list)
        topic = reading_list.topic
        if topic is not None and topic.checked_key is not None:
            topicchecks.update(self.folder, {topic.checked_key: topic.checked})
        return path

    def save_topics(self, every: list[ReadingList], changed: list[ReadingList]) -> None:
        """After a catch-up: the files of the ``changed`` topics (what staff see changed),
        then every topic's ``checked`` map in one write of the side file (the maps of
        topics no longer there dropped). A crash between the two leaves maps that are
        behind: those issues are searched again, which offers nothing twice."""
        for reading_list in changed:
            self._write(reading_list)
        maps = {}
        for reading_list in every:
            topic = reading_list.topic
            if topic is not None and topic.checked_key is not None:
                maps[topic.checked_key] = topic.checked
        topicchecks.write(self.folder, maps)

    def _write(self, reading_list: ReadingList) -> Path:
        path = reading_list.path or self.path_for(reading_list.name)
        if reading_list.topic is not None and reading_list.topic.checked_key is None:
            reading_list.topic.checked_key = random_hex(16)  # its map moves to the side file
        write_file(reading_list, path)
        reading_list.path = path
        return path

    def create(self, name: str, description: str = "") -> ReadingList:
        name = check_name(name)
        if any(r.name == name for r in self.lists()[0]) or self.path_for(name).exists():
            raise ReaderError(Message.of("list_exists", name=name))
        reading_list = ReadingList(name, description)
        self.save(reading_list)
        return reading_list

    def delete(self, reading_list: ReadingList) -> None:
        if reading_list.path is not None:
            reading_list.path.unlink(missing_ok=True)

    def import_file(self, path: Path, replace: bool = False) -> ReadingList:
        """Copy a list file into the store; refuses to overwrite a list of the same name."""
        incoming = read_file(path)
        incoming.path = None
        if incoming.topic is not None:  # made elsewhere, or earlier: its record is not ours
            incoming.topic.checked, incoming.topic.checked_key = {}, None
        existing = {r.name: r for r in self.lists()[0]}
        if incoming.name in existing:
            if not replace:
                raise ReaderError(Message.of("list_import_exists", path=path, name=incoming.name))
            incoming.path = existing[incoming.name].path
        self.save(incoming)
        return incoming


def read_folder(folder: Path, read_only: bool) -> tuple[list[ReadingList], list[Message]]:
    found: list[ReadingList] = []
    problems: list[Message] = []
    try:
        files = sorted(p for p in folder.glob("*.json") if p.is_file())
    except OSError as exc:
        return [], [Message.of("file_unreadable", path=folder, reason=os_reason(exc))]
    for path in files:
        try:
            reading_list = read_file(path)
        except ReaderError as exc:
            problems.append(exc.message)
            continue
        reading_list.read_only = read_only
        found.append(reading_list)
    found.sort(key=lambda r: r.name)
    return found, problems


def shared_folders(policy: Policy) -> list[Path]:
    """Where published lists are looked for: the policy's folder, then each shared library."""
    folders = [policy.reading_lists_folder] if policy.reading_lists_folder else []
    folders += [Path(p) / FOLDER for p in policy.library_folders]
    return folders


def shared_lists(policy: Policy) -> tuple[list[ReadingList], list[Message]]:
    """Lists published for the room (read only), first name wins."""
    lists: dict[str, ReadingList] = {}
    problems: list[Message] = []
    for folder in shared_folders(policy):
        if not folder.is_dir():
            continue
        found, trouble = read_folder(folder, read_only=True)
        problems += trouble
        for reading_list in found:
            lists.setdefault(reading_list.name, reading_list)
    return list(lists.values()), problems


def all_lists(policy: Policy, dirs: AppDirs) -> tuple[list[ReadingList], list[Message]]:
    """Staff's own lists (not on a public workstation) followed by the published ones."""
    own: list[ReadingList] = []
    problems: list[Message] = []
    if not policy.public_mode:
        own, problems = ListStore.user(dirs).lists()
    shared, more = shared_lists(policy)
    names = {r.name for r in own}
    return own + [r for r in shared if r.name not in names], problems + more


def find_list(name: str, policy: Policy, dirs: AppDirs) -> ReadingList:
    lists, _problems = all_lists(policy, dirs)
    for reading_list in lists:
        if reading_list.name == name:
            return reading_list
    raise NotFoundError(
        Message.of("no_such_list_here", name=name, known=tuple(r.name for r in lists))
    )


def missing_items(
    reading_list: ReadingList, library: Library, *, shared: bool = False
) -> list[Item]:
    """The items whose article this library cannot open (made for another library, or
    the issue was removed).

    ``shared``: a list about to be published for the room counts only the articles of
    the shared library folders (the share, its local copy, the staff's publish folder),
    since the workstations read those; a library with no shared folder counts whole.
    """
    roots = {f.path for f in library.folders if f.share is not None}
    roots |= {f.share for f in library.folders if f.share is not None}
    if library.publish_to is not None:
        roots.add(library.publish_to)
    missing = []
    for item in reading_list.items:
        try:
            issue, _article = library.find_article(item.article)
        except ReaderError:
            missing.append(item)
            continue
        if shared and roots and (issue.path is None or issue.path.parent not in roots):
            missing.append(item)
    return missing
