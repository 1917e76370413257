"""Staff publishing: bundles and a ready search index written onto the reading-room share.

Layout of a published share (docs/deployment.md §6)::

    <share>/<issue-id>/...            issue bundles (docs/issue-format.md)
    <share>/.reader-index/CURRENT     names the generation in use (atomic rename)
    <share>/.reader-index/gen-*/      immutable index generations
    <share>/.reader-index/retired.json   when each older generation stopped being current
    <share>/.reader-index/publish.lock   held while a staff machine publishes

A generation never changes once ``CURRENT`` names it: each publish copies the
current generation into a hidden staging folder, updates the copy, and only
then renames it into place and switches the pointer. Workstations therefore
read either the old or the new generation, never a half one. Generations and
removed bundles are deleted only when retired for :data:`KEEP_SECONDS`, so a
workstation that still has them open (Windows keeps files open) is never cut off.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from reader_app.core.base.atomic import random_hex, remove_stale_temporaries
from reader_app.core.base.errors import NotFoundError, ReaderError, os_reason, shorten
from reader_app.core.base.messages import Message, Progress
from reader_app.core.library.library import Library, LibraryFolder
from reader_app.core.machine.paths import bundled_issues_dir
from reader_app.core.share.follow import SHARE_INDEX
from reader_app.core.share.sharelock import publish_lock

log = logging.getLogger(__name__)

RETIRED = "retired.json"
REMOVED_PREFIX = ".removed-"
#: A retired generation (or removed bundle) is kept this long: documented as ≥ 24 h.
KEEP_SECONDS = 24 * 3600.0
#: How long a publish waits for another staff machine before it is refused.
WAIT_SECONDS = 60.0
#: Changes that wait (IT, tests): ``--wait`` of publish and remove, and every import.
WAIT_ENV = "READER_APP_SHARE_WAIT_SECONDS"


def wait_seconds() -> float:
    """How long a publish waits for the lock: :data:`WAIT_ENV` if set, else WAIT_SECONDS."""
    text = os.environ.get(WAIT_ENV, "")
    try:
        value = float(text) if text else WAIT_SECONDS
    except ValueError:
        log.warning("%s=%r is not a number; %g is used", WAIT_ENV, text, WAIT_SECONDS)
        return WAIT_SECONDS
    return value if 0 <= value <= 3600 else WAIT_SECONDS


def index_root(share: Path) -> Path:
    return share / SHARE_INDEX


def share_library(share: Path) -> Library:
    """What the share publishes: the issues bundled with the app plus the share's own."""
    library = Library(
        [
            LibraryFolder(bundled_issues_dir(), writable=False, bundled=True),
            LibraryFolder(share, False),
        ]
    )
    library.reload()
    return library


@contextlib.contextmanager
def publishing(share: Path, wait: float | None = None) -> Iterator[None]:
    """Hold the share's publishing lock and tidy what an interrupted publish left;
    ``wait``: seconds to wait for another staff machine (None: :func:`wait_seconds`)."""
    if wait is None:
        wait = wait_seconds()
    if not share.is_dir():
        raise ReaderError(Message.of("share_unreachable", path=share))
    try:
        with publish_lock(index_root(share), wait):
            remove_stale_temporaries(share)  # half-copied bundles of a crashed import
            yield
    except OSError as exc:
        raise ReaderError(
            Message.of("share_unwritable", path=share, reason=os_reason(exc))
        ) from None


def publish_index(share: Path, progress: Progress | None = None) -> str:
    """Publish a generation holding the share's library now; the caller holds the lock.

    Returns the name of the generation in use afterwards (unchanged if already current).
    """
    from reader_app.core.search import store
    from reader_app.core.search.index import SearchIndex

    root = index_root(share)
    library = share_library(share)
    wanted = {i.id: i.content_hash for i in library.issues}
    current = store.current_generation(root)
    manifest = store.read_manifest(current) if current is not None else None
    usable = manifest is not None and store.is_current(manifest)
    if current is not None and manifest is not None and usable and manifest.get("issues") == wanted:
        _prune(root, current.name)
        return current.name
    staging = root / f".tmp-{random_hex(12)}"
    staging.mkdir(parents=True)
    try:
        if current is not None and usable:  # copy-on-write: the visible one stays as it is
            shutil.copytree(
                current, staging / current.name, ignore=shutil.ignore_patterns("*LOCK*", "*.lock")
            )
            store.write_atomic(staging / store.CURRENT, current.name + "\n")
        index = SearchIndex(staging, library)
        try:
            index.ensure(progress)
        finally:
            index.close()
        built = store.current_generation(staging)
        if built is None or store.read_manifest(built) is None:
            raise ReaderError(Message.of("share_index_failed", path=staging))
        name = store.generation_name()
        os.replace(built, root / name)
        store.write_atomic(root / store.CURRENT, name + "\n")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    log.info("published search index generation %s on %s", name, share)
    _prune(root, name)
    return name


def publish_import(share: Path, write: Callable[[], Path]) -> Path:
    """Write one issue onto the share under the publishing lock, then publish its index.

    The library's ``publisher`` on a staff machine (core/app/session.py): the library
    writes the bundle, the share decides how a write reaches the reading room.
    """
    with publishing(share):  # a lock that works across machines
        path = write()
        publish_index(share)
    return path


def remove_issue(share: Path, issue_id: str) -> Path:
    """Take an issue off the share (the caller holds the lock); its folder is kept hidden
    until no workstation can still be reading it."""
    library = share_library(share)
    issue = next((i for i in library.issues if i.id == issue_id and not i.bundled), None)
    if issue is None or issue.path is None:
        bundled = any(i.id == issue_id for i in library.issues)
        raise NotFoundError(
            Message.of("not_on_share", path=share, issue=shorten(issue_id), bundled=bundled)
        )
    aside = share / f"{REMOVED_PREFIX}{issue.path.name}-{random_hex(8)}"
    os.replace(issue.path, aside)
    _retire(index_root(share), [f"../{aside.name}"])
    return issue.path


# ------------------------------------------------------------------ pruning


def _ledger(root: Path) -> dict[str, float]:
    try:
        data = json.loads((root / RETIRED).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): float(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _retire(root: Path, names: list[str]) -> None:
    from reader_app.core.search import store

    ledger = _ledger(root)
    now = time.time()
    for name in names:
        ledger.setdefault(name, now)
    store.write_atomic(root / RETIRED, json.dumps(ledger, indent=1))


def _prune(root: Path, current: str, now: float | None = None) -> list[str]:
    """Retire every generation but ``current``; delete what was retired KEEP_SECONDS ago."""
    from reader_app.core.search import store

    now = time.time() if now is None else now
    for leftover in root.glob(".tmp-*"):  # staging of a publish that died (we hold the lock)
        shutil.rmtree(leftover, ignore_errors=True)
    ledger = _ledger(root)
    for gen in root.glob("gen-*"):
        if gen.name != current and gen.is_dir():
            ledger.setdefault(gen.name, now)
    ledger.pop(current, None)
    deleted = []
    for name, since in list(ledger.items()):
        if now - since < KEEP_SECONDS:
            continue
        target = root / name
        if target.is_dir():
            shutil.rmtree(target, ignore_errors=True)  # Windows: still open -> next time
        if not target.exists():
            ledger.pop(name)
            deleted.append(name)
    store.write_atomic(root / RETIRED, json.dumps(ledger, indent=1))
    return deleted
