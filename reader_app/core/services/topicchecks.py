"""The issues each topic's query has run over, for every topic, in one side file.

After each import every topic's query runs over the arriving issue, and what it has
run over (issue id -> the content hash it had then: a topic's ``checked`` map) changes
for every topic, while what staff see (its new articles) changes for few. Kept in each
topic's file, that map made an import rewrite every topic file (read, encode, write,
fsync, 50 times for 50 topics); kept here, an import writes the topic files whose new
articles changed and this one file once.

The file (``topics-checked.state`` next to the list files; not ``*.json``, so never read
as a list) maps each topic's ``checked_key`` (written in its topic file) to its map.
It is derived data: unreadable or missing, a topic's map is empty and its query runs
over the whole library again at the next catch-up, which offers only articles never
decided (nothing accepted or dismissed is offered again). Format in
docs/reading-lists.md.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reader_app.core.base.atomic import write_text_atomic

log = logging.getLogger(__name__)

FILE_NAME = "topics-checked.state"
FORMAT = "reader-app-topic-checks"
VERSION = 1


def read(folder: Path) -> dict[str, dict[str, str]]:
    """checked_key -> issue id -> content hash; empty (logged) if missing or damaged."""
    path = folder / FILE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("%s is unreadable (%s): topics run over the whole library again", path, exc)
        return {}
    maps = _maps(data)
    if maps is None:
        log.warning("%s is damaged: topics run over the whole library again", path)
        return {}
    return maps


def _maps(data: Any) -> dict[str, dict[str, str]] | None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    if data.get("version") != VERSION or not isinstance(data.get("topics"), dict):
        return None
    out: dict[str, dict[str, str]] = {}
    for key, checked in data["topics"].items():
        if not isinstance(checked, dict) or not all(
            type(i) is str and type(h) is str for i, h in checked.items()
        ):
            return None
        out[key] = checked
    return out


def write(folder: Path, maps: Mapping[str, Mapping[str, str]]) -> None:
    """Every topic's map in one atomic write (the keys of topics that are gone dropped
    by the caller, who passes the maps of the topics there are)."""
    topics = {key: dict(sorted(maps[key].items())) for key in sorted(maps)}
    data = {"format": FORMAT, "version": VERSION, "topics": topics}
    write_text_atomic(folder / FILE_NAME, json.dumps(data, ensure_ascii=False) + "\n")


def update(folder: Path, maps: Mapping[str, Mapping[str, str]]) -> None:
    """Set ``maps`` in the file, the other topics' entries kept (one topic saved)."""
    current: dict[str, Mapping[str, str]] = dict(read(folder))
    current.update(maps)
    write(folder, current)
