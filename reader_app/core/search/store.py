"""On-disk layout of the index: generations, manifest, writer lock.

``root/CURRENT`` names the generation folder in use. A full build writes a new
generation and switches ``CURRENT`` with an atomic rename, so a crash mid-build
never leaves a half index in use. Incremental updates of a local index rely on
Whoosh's own atomic commit; a generation published on a share is never changed
once visible (copy-on-write and pruning: core/share/publish.py). The writer lock is an OS file lock (released by the OS if the
process dies), so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

from whoosh import columns, fields

from reader_app.core.base.atomic import random_hex
from reader_app.core.base.locking import exclusive_lock
from reader_app.core.search.analysis import ANALYZER_VERSION, CJKText

if TYPE_CHECKING:
    from reader_app.core.search.writer import FastWriter

logger = logging.getLogger(__name__)

#: Bump when the schema or the stored fields change: the index is rebuilt on mismatch.
#: 2: weights without values, 1024-posting blocks, no compound files;
#: 3: stored bodies without *emphasis* asterisks (issue 13);
#: 4: bodies made plain by core/text/markup.py with the importer's rules (m^{2} as m², at most
#: 20 characters in _{…} or ^{…}, ``< p>`` tags too; issue 12).
#: 5: a ``hit`` column (id, title, page) so a result row is read without the body.
#: 6: bodies whose Markdown can change the words (links, references, raw HTML, character
#: references) indexed as the pane renders them (``render.body_text``; issue 21).
SCHEMA_VERSION = 6
CURRENT = "CURRENT"
MANIFEST = "manifest.json"
LOCK = "writer.lock"
TITLE_BOOST = 3.0


def make_schema() -> fields.Schema:
    """Small stored fields; compact texts in columns for fast verification."""
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        issue=fields.ID(stored=True, sortable=True),
        section=fields.ID(stored=True, sortable=True),
        source=fields.ID(stored=True, sortable=True),
        date=fields.ID(stored=True, sortable=True),  # ISO date or ""
        page=fields.STORED(),
        title=CJKText(stored=True, field_boost=TITLE_BOOST),
        text=CJKText(),
        body=fields.STORED(),  # article_text(), for snippets
        ctitle=fields.COLUMN(columns.VarBytesColumn()),
        ctext=fields.COLUMN(columns.VarBytesColumn()),
        hit=fields.COLUMN(columns.VarBytesColumn()),  # hit_column(): a row without the body
    )


HIT_SEPARATOR = "\x1f"


def hit_column(article_id: str, title: str, page: int | None) -> bytes:
    """What a result row shows besides the columns (issue, section, ...), as one value."""
    return HIT_SEPARATOR.join((article_id, title, "" if page is None else str(page))).encode()


def hit_fields(raw: bytes) -> tuple[str, str, int | None]:
    """(id, title, page) of a ``hit`` column value (a title may hold the separator)."""
    article_id, rest = raw.decode("utf-8").split(HIT_SEPARATOR, 1)
    title, page = rest.rsplit(HIT_SEPARATOR, 1)
    return article_id, title, int(page) if page else None


def expected_versions() -> dict[str, int]:
    return {"schema": SCHEMA_VERSION, "analyzer": ANALYZER_VERSION}


def write_atomic(path: Path, text: str) -> None:
    """Write a small file so that readers see the old or the new content, never half."""
    tmp = path.with_name(f".{path.name}.{random_hex(32)}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def is_writable(root: Path) -> bool:
    """Whether the index folder can be written (False for a packaged read-only index)."""
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(root, os.W_OK)


_GENERATION_NAME = re.compile(r"gen-[0-9A-Za-z-]{1,80}")


def current_generation(root: Path) -> Path | None:
    """The generation ``CURRENT`` names; None if it is missing or damaged (then rebuilt)."""
    pointer = root / CURRENT
    try:
        raw = pointer.read_bytes()[:4096]
    except FileNotFoundError:
        return None
    except OSError as exc:  # a folder in its place, unreadable...
        logger.warning("Search index pointer %s is unreadable (%s)", pointer, exc.strerror)
        return None
    try:
        name = raw.decode("ascii").strip()
    except UnicodeDecodeError:
        name = ""
    if not _GENERATION_NAME.fullmatch(name):
        logger.warning("Search index pointer %s is damaged; the index will be rebuilt", pointer)
        return None
    path = root / name
    try:
        return path if path.is_dir() else None
    except OSError:
        return None


def generation_name() -> str:
    """A fresh generation folder name (sorts by creation time)."""
    return f"gen-{time.strftime('%Y%m%d%H%M%S')}-{random_hex(8)}"


def new_generation(root: Path) -> Path:
    path = root / generation_name()
    path.mkdir(parents=True)
    return path


def switch_generation(root: Path, generation: Path) -> None:
    """Make ``generation`` the one in use, then remove older ones (best effort)."""
    pointer = root / CURRENT
    _clear_folder_in_place(pointer)
    write_atomic(pointer, generation.name + "\n")
    for other in root.glob("gen-*"):
        if other != generation and other.is_dir():
            shutil.rmtree(other, ignore_errors=True)  # Windows: still open elsewhere
    for leftover in root.glob(f".{CURRENT}.*.tmp"):  # from a writer killed mid-write
        with contextlib.suppress(OSError):
            leftover.unlink()


def is_current(manifest: dict[str, object]) -> bool:
    """Whether an index was written by this schema and analyzer (else it is rebuilt)."""
    return version_difference(manifest) is None


def version_difference(manifest: dict[str, object]) -> tuple[str, object, object] | None:
    """The first (key, the index's value, this app's value) that differs; None: current."""
    for key, value in expected_versions().items():
        if manifest.get(key) != value:
            return key, manifest.get(key), value
    return None


def read_manifest(generation: Path) -> dict[str, object] | None:
    try:
        data = json.loads((generation / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_manifest(generation: Path, issues: dict[str, str]) -> None:
    data = {**expected_versions(), "issues": issues}
    write_atomic(generation / MANIFEST, json.dumps(data, ensure_ascii=False, indent=1))


def writer_lock(root: Path, timeout: float) -> contextlib.AbstractContextManager[bool]:
    """Hold the single-writer lock; yields False if it could not be had in time."""
    _clear_folder_in_place(root / LOCK)
    return exclusive_lock(root / LOCK, timeout)


def _clear_folder_in_place(path: Path) -> None:
    """Damage: a folder where the index keeps a file (pointer, lock) is removed, logged."""
    if path.is_dir() and not path.is_symlink():
        logger.warning("Search index: a folder stands where the file %s goes; removing it", path)
        shutil.rmtree(path, ignore_errors=True)


def writer_for(generation: Path) -> FastWriter:
    """A writer on an existing generation (the caller holds the writer lock)."""
    from whoosh import index as whoosh_index

    from reader_app.core.search.writer import FastWriter

    _clear_folder_in_place(generation / "MAIN_WRITELOCK")  # Whoosh's own lock file
    return FastWriter(whoosh_index.open_dir(str(generation)))  # Whoosh merges through it too
