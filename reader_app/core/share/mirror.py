"""A workstation's local read-only copy of a share: the latest generation and the bundles.

When the share goes away (server down, cable pulled, permissions changed) the
workstation keeps serving from this copy, kept in the machine's cache folder,
and goes back to the share when it returns (core/share/follow.py). The copy is
refreshed only when the share's ``CURRENT`` pointer names another generation,
so a day with no publishing writes nothing. Nothing here ever writes to the share.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from pathlib import Path

from reader_app.core.base.atomic import random_hex
from reader_app.core.library.bundle import ISSUE_FILE
from reader_app.core.machine.paths import AppDirs

log = logging.getLogger(__name__)

MIRRORS = "share-mirror"
STATE = ".mirror.json"


def mirror_dir(share: Path, dirs: AppDirs) -> Path:
    """The copy of ``share`` in this machine's cache (one folder per share path)."""
    key = hashlib.sha256(str(share).encode("utf-8")).hexdigest()[:16]
    return dirs.cache / MIRRORS / key


def _signature(folder: Path) -> list[list[object]]:
    """What changes when a bundle is replaced: every file's name, size and time."""
    return sorted(
        [str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns]
        for p in folder.rglob("*")
        if p.is_file()
    )


def _pointer(root: Path) -> str | None:
    from reader_app.core.search import store

    generation = store.current_generation(root)
    return generation.name if generation is not None else None


def refresh(share: Path, dirs: AppDirs) -> bool:
    """Bring the copy up to the share's current generation; True if anything was copied.

    Any error (the share vanished mid-copy, the cache is full) leaves the
    previous copy in use and is logged; the next poll tries again.
    """
    from reader_app.core.search import store
    from reader_app.core.share.follow import SHARE_INDEX

    mirror = mirror_dir(share, dirs)
    name = _pointer(share / SHARE_INDEX)
    if name is None or name == _pointer(mirror / SHARE_INDEX):
        return False
    try:
        _copy_bundles(share, mirror)
        target = mirror / SHARE_INDEX / name
        if not target.is_dir():
            staging = mirror / SHARE_INDEX / f".tmp-{random_hex(8)}"
            shutil.copytree(share / SHARE_INDEX / name, staging)
            os.replace(staging, target)
        store.write_atomic(mirror / SHARE_INDEX / store.CURRENT, name + "\n")
    except OSError as exc:
        log.warning(
            "cannot copy the share %s to %s (%s); keeping the older copy", share, mirror, exc
        )
        return False
    _prune(mirror / SHARE_INDEX, keep=name)
    log.info("local copy of %s now at generation %s (%s)", share, name, mirror)
    return True


def _copy_bundles(share: Path, mirror: Path) -> None:
    mirror.mkdir(parents=True, exist_ok=True)
    try:
        state = json.loads((mirror / STATE).read_text("utf-8"))
    except (OSError, ValueError):
        state = {}
    seen = {}
    for child in sorted(share.iterdir()):
        if child.name.startswith(".") or not (child / ISSUE_FILE).is_file():
            continue
        signature = _signature(child)
        seen[child.name] = signature
        if state.get(child.name) == signature and (mirror / child.name).is_dir():
            continue
        staging = mirror / f".tmp-{child.name}-{random_hex(8)}"
        shutil.copytree(child, staging)
        old = mirror / f".old-{child.name}-{random_hex(8)}"
        if (mirror / child.name).exists():
            os.replace(mirror / child.name, old)
        os.replace(staging, mirror / child.name)
        shutil.rmtree(old, ignore_errors=True)
    from reader_app.core.share.follow import reachable

    if not reachable(share):
        # The share went while it was listed: an issue that seemed gone may only be out
        # of reach; keep every bundle of the copy (the caller keeps the older copy).
        raise FileNotFoundError(f"{share} went away while it was copied")
    for gone in set(state) - set(seen):
        shutil.rmtree(mirror / gone, ignore_errors=True)
    from reader_app.core.search import store

    store.write_atomic(mirror / STATE, json.dumps(seen))


def _prune(root: Path, keep: str) -> None:
    """Keep the newest generation and the one before it (still open in this process)."""
    generations = sorted(p for p in root.glob("gen-*") if p.is_dir() and p.name != keep)
    for old in generations[:-1]:
        shutil.rmtree(old, ignore_errors=True)
    for leftover in root.glob(".tmp-*"):
        shutil.rmtree(leftover, ignore_errors=True)
