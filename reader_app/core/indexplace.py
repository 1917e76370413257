"""Where the search index lives, so that a first start never rebuilds what was shipped.

- IT named a folder in the policy (``index_dir``): that folder.
- The library is exactly what the bundle ships: the prebuilt index inside the
  install folder, opened without a library so it is never written to (the
  install folder may be writable, e.g. for root or a portable copy).
- Otherwise (user imports, extra library folders): the user's cache -- or, on a
  public workstation, a per-session temporary folder, since nothing may be kept
  in the profile -- seeded with a copy of the shipped index, so only the issues
  the bundle lacks get indexed.
"""

from __future__ import annotations

import logging
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader_app.core.library import Library
from reader_app.core.messages import Progress
from reader_app.core.paths import AppDirs, bundled_index_dir
from reader_app.core.policy import Action, Policy
from reader_app.core.tempindex import remove_stale, session_index_dir

if TYPE_CHECKING:
    from reader_app.core.search import SearchIndex

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IndexPlace:
    root: Path
    shipped: bool = False  # the prebuilt index, used in place and read-only
    seeded: bool = False  # copied from the prebuilt index just now
    why: str = ""

    def describe(self) -> str:
        return f"{self.root} ({self.why})"


def _wanted(library: Library) -> dict[str, str | None]:
    return {issue.id: issue.content_hash for issue in library.issues}


def _manifest(root: Path) -> dict | None:
    from reader_app.core.search import store

    generation = store.current_generation(root)
    manifest = store.read_manifest(generation) if generation is not None else None
    if manifest is None:
        return None
    if not store.is_current(manifest):
        return None
    return manifest


def shipped_index_covers(library: Library, shipped: Path | None = None) -> bool:
    """Whether the prebuilt index holds exactly the library's issues, as they are now."""
    manifest = _manifest(shipped or bundled_index_dir())
    return manifest is not None and manifest.get("issues") == _wanted(library)


def seed_from_shipped(target: Path, shipped: Path | None = None) -> bool:
    """Copy the prebuilt index to ``target`` if that holds no usable index yet."""
    shipped = shipped or bundled_index_dir()
    if _manifest(shipped) is None or _manifest(target) is not None:
        return False
    staging = target.parent / f".seed-{target.name}-{uuid.uuid4().hex[:8]}"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(shipped, staging, ignore=shutil.ignore_patterns("*.lock", ".*"))
        if target.exists():
            shutil.rmtree(target)  # no usable index in it: nothing to lose
        os.replace(staging, target)
    except OSError as exc:
        log.warning("cannot copy the shipped index to %s (%s); it will be built", target, exc)
        shutil.rmtree(staging, ignore_errors=True)
        return False
    log.info("copied the shipped search index to %s", target)
    return True


def _writable(root: Path) -> bool:
    from reader_app.core.search import store

    return store.is_writable(root)


def place_index(
    library: Library, policy: Policy, dirs: AppDirs, *, use_shipped: bool = True
) -> IndexPlace:
    """Decide where this run's index lives (and seed it from the shipped one if useful)."""
    if policy.index_dir is not None:
        if _manifest(policy.index_dir) is not None or _writable(policy.index_dir):
            return IndexPlace(policy.index_dir, why="set by the machine policy")
        log.warning(
            "index_dir %s from the policy holds no index and cannot be written; "
            "using the default location",
            policy.index_dir,
        )
    shipped = bundled_index_dir()
    if use_shipped and shipped_index_covers(library, shipped):
        return IndexPlace(shipped, shipped=True, why="shipped with the app, read-only")
    remove_stale()  # session indexes of earlier runs that did not exit cleanly
    if not policy.allows(Action.KEEP_STATE):
        root, why = session_index_dir(), "this session only (public workstation)"
    elif _manifest(dirs.index) is None and not _writable(dirs.index):
        root, why = session_index_dir(), "this session only (the user folder cannot be written)"
        log.warning("the user folder %s cannot be written; indexing into %s", dirs.index, root)
    else:
        root, why = dirs.index, "user cache"
    seeded = seed_from_shipped(root, shipped)
    return IndexPlace(root, seeded=seeded, why=why)


def open_index(
    library: Library,
    policy: Policy,
    dirs: AppDirs,
    progress: Progress | None = None,
) -> tuple[SearchIndex, IndexPlace]:
    """Open the index for ``library`` where :func:`place_index` says; never writes the bundle."""
    from reader_app.core.search import SearchIndex

    place = place_index(library, policy, dirs)
    if place.shipped:
        index = SearchIndex.open(None, root=place.root)  # no library: never writes
        if index.doc_count() > 0:
            log.info("search index: %s", place.describe())
            return index, place
        index.close()
        log.warning("the shipped search index at %s is unusable; building one", place.root)
        place = place_index(library, policy, dirs, use_shipped=False)
    index = SearchIndex.open(library, root=place.root, progress=progress)
    log.info("search index: %s", place.describe())
    return index, place
