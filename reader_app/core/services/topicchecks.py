"""What each topic's query has run over and what it offers, for every topic, in one side file.

After each import every topic's query runs over the arriving issue: what it has run over
(issue id -> the content hash it had then: a topic's ``checked`` map) changes for every
topic, and its undecided matches (its **new** articles) grow. Kept in each topic's file,
both made an import read and rewrite every topic file, with its backlog of new matches
(~4,000 entries a topic at 20,000 articles; read, encode, write, fsync, 50 times for 50
topics). Kept here, an import writes this one file once, and a topic's own file holds
only what staff decided (the query, the accepted and the dismissed articles): it is
written only when that changes.

The file (``topics-checked.state`` next to the list files; not ``*.json``, so never read
as a list) maps each topic's ``checked_key`` (written in its topic file) to its record:
its ``checked`` map and its new articles, laid out as flat lists (each article's issue
an index into the record's list of issues). It is derived data: unreadable or missing, a
topic's map is empty and its query runs over the whole library again at the next
catch-up, which offers exactly the matches never decided (nothing accepted or dismissed
is offered again). Version 1 (maps only, new articles in the topic files) is still read.
Format in docs/reading-lists.md.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader_app.core.base.atomic import write_text_atomic
from reader_app.core.services.topicfile import NewArticle

log = logging.getLogger(__name__)

FILE_NAME = "topics-checked.state"
FORMAT = "reader-app-topic-checks"
VERSION = 2  # 2: each topic's new articles too; 1 (maps only) still read
READ_VERSIONS = (1, 2)


@dataclass
class Record:
    """One topic's part: the issues its query ran over, its new articles (None: not kept
    here, a version-1 file: the topic file's own list holds)."""

    checked: dict[str, str]
    new: list[NewArticle] | None = None


def read(folder: Path) -> dict[str, Record]:
    """checked_key -> record; empty (logged) if missing or damaged."""
    path = folder / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("%s is unreadable (%s): topics run over the whole library again", path, exc)
        return {}
    records = _records(data)
    if records is None:
        log.warning("%s is damaged: topics run over the whole library again", path)
        return {}
    return records


def _records(data: Any) -> dict[str, Record] | None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    version = data.get("version")
    if version not in READ_VERSIONS or not isinstance(data.get("topics"), dict):
        return None
    out: dict[str, Record] = {}
    for key, raw in data["topics"].items():
        record = _record(raw) if version == 2 else _record({"checked": raw})
        if record is None:
            return None
        out[key] = record
    return out


def _record(raw: Any) -> Record | None:
    if not isinstance(raw, dict):
        return None
    checked = raw.get("checked")
    if not isinstance(checked, dict) or not all(
        type(i) is str and type(h) is str for i, h in checked.items()
    ):
        return None
    if "new" not in raw:
        return Record(checked)
    new = _unpack(raw.get("new"), raw.get("new_issue"), raw.get("issues"))
    return None if new is None else Record(checked, new)


def _unpack(ids: Any, at: Any, issues: Any) -> list[NewArticle] | None:
    """``new`` (article ids, in offered order), ``new_issue`` (each one's index in
    ``issues``) -> the new articles; None if they do not fit together."""
    if not (isinstance(ids, list) and isinstance(at, list) and isinstance(issues, list)):
        return None
    if len(ids) != len(at) or not all(type(i) is str for i in issues):
        return None
    if not all(type(a) is str for a in ids) or not all(type(n) is int for n in at):
        return None
    if at and (min(at) < 0 or max(at) >= len(issues)):
        return None
    return [NewArticle(a, issues[n]) for a, n in zip(ids, at, strict=True)]


def _encode(record: Record) -> dict[str, Any]:
    """The record as written: thousands of new articles after a first run, so in three
    flat lists (ids, each one's issue as an index, the issues) the C encoder writes whole."""
    data: dict[str, Any] = {"checked": dict(sorted(record.checked.items()))}
    if record.new is not None:
        table: dict[str, int] = {}
        data["new"] = [n.article for n in record.new]
        data["new_issue"] = [table.setdefault(n.issue, len(table)) for n in record.new]
        data["issues"] = list(table)
    return data


def write(folder: Path, records: Mapping[str, Record]) -> None:
    """Every topic's record in one atomic write (the keys of topics that are gone dropped
    by the caller, who passes the records of the topics there are)."""
    topics = {key: _encode(records[key]) for key in sorted(records)}
    data = {"format": FORMAT, "version": VERSION, "topics": topics}
    write_text_atomic(folder / FILE_NAME, json.dumps(data, ensure_ascii=False) + "\n")


def update(folder: Path, records: Mapping[str, Record]) -> None:
    """Set ``records`` in the file, the other topics' entries kept (one topic saved);
    nothing written when they are there already."""
    current = read(folder)
    if all(current.get(key) == record for key, record in records.items()):
        return
    current.update(records)
    write(folder, current)
