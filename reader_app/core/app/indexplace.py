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
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from reader_app.core.base.atomic import random_hex
from reader_app.core.base.messages import Progress
from reader_app.core.library.library import Library
from reader_app.core.machine.paths import AppDirs, bundled_index_dir
from reader_app.core.machine.policy import Action, Policy
from reader_app.core.search.tempindex import remove_stale, session_index_dir

if TYPE_CHECKING:
    from reader_app.core.search.index import SearchIndex

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IndexPlace:
    root: Path
    shipped: bool = False  # the prebuilt index, used in place and read-only
    seeded: bool = False  # copied from the prebuilt index just now
    why: str = ""
    published: bool = False  # published on a share (or its local copy), read-only
    offline: bool = False  # the share is gone: its local copy is in use
    note: str = ""  # why a share's published index is not (or only partly) used
    note_kind: str = ""  # the same for the window (core/share/follow.py: Published.kind)

    @property
    def read_only(self) -> bool:
        """Opened without a library, so never written (shipped or published)."""
        return self.shipped or self.published

    def describe(self) -> str:
        return f"{self.root} ({self.why})"


def _wanted(library: Library) -> dict[str, str | None]:
    return {issue.id: issue.content_hash for issue in library.issues}


def _manifest(root: Path) -> dict[str, object] | None:
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
    staging = target.parent / f".seed-{target.name}-{random_hex(8)}"
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
    from reader_app.core.share.follow import published_index

    published = None
    if use_shipped and policy.library_folders:  # not for a rebuild: never into the share
        published = published_index(policy.library_folders, dirs)
    if published is not None and published.root is not None:
        why = "published on the shared library, read-only"
        if published.offline:
            why = "local copy of the shared library, read-only"
        return IndexPlace(
            published.root, why=why, published=True, offline=published.offline,
            note=published.note, note_kind=published.kind,
        )  # fmt: skip
    place = _place_local(library, policy, dirs, use_shipped=use_shipped)
    if published is None or not published.note:
        return place
    log.warning("search index: %s", published.note)
    return replace(place, note=published.note, note_kind=published.kind)


def _place_local(
    library: Library, policy: Policy, dirs: AppDirs, *, use_shipped: bool
) -> IndexPlace:
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


def moved_place(place: IndexPlace, index: SearchIndex) -> IndexPlace:
    """Where ``index`` answers from now: its standby copy once the share went away."""
    if not place.published or index.root == place.root:
        return place
    from reader_app.core.share.follow import offline_note

    note = offline_note(place.root.parent)
    return replace(
        place, root=index.root, offline=True, why="local copy of the shared library, read-only",
        note=note, note_kind="offline",
    )  # fmt: skip


def _published_lag(place: IndexPlace) -> tuple[str, str]:
    """Why a share's published index may lack issues of its library: kind and reason.

    A lock held now is a publish under way; a lock gone stale, or none, is a publish
    that did not finish (the staff machine died after copying a bundle).
    """
    from reader_app.core.share.sharelock import publish_under_way

    if place.offline or publish_under_way(place.root):
        return "busy", "the shared library is being published (not every issue is indexed yet)"
    return "unfinished", (
        "the shared library holds issues its published index lacks (the last publish "
        "did not finish)"
    )


def open_index(
    library: Library,
    policy: Policy,
    dirs: AppDirs,
    progress: Progress | None = None,
    *,
    refresh_copy: bool = True,
) -> tuple[SearchIndex, IndexPlace]:
    """Open the index for ``library`` where :func:`place_index` says; never writes the bundle.

    ``refresh_copy``: bring the local copy of a followed share up to date first (the
    CLI); the window leaves that to its share watcher, off the start-up path.
    """
    from reader_app.core.search.index import SearchIndex

    place = place_index(library, policy, dirs)
    if place.read_only:
        from reader_app.core.share.follow import standby_index

        index = SearchIndex(place.root)  # no library: never writes
        if place.published and not place.offline:  # the share may go at any moment
            index.standby = standby_index(place.root.parent, dirs)
        index.ensure()
        place = moved_place(place, index)
        if index.doc_count() > 0:
            log.info("search index: %s", place.describe())
            if place.published and not place.offline and refresh_copy:
                from reader_app.core.share import mirror

                mirror.refresh(place.root.parent, dirs)  # for when the share goes away
                if index.standby is None:  # the first copy was made just now
                    index.standby = standby_index(place.root.parent, dirs)
            if place.published:
                index.note_lag(library, *_published_lag(place))  # what it lacks; never built
            return index, place
        index.close()
        log.warning("the search index at %s is unusable; building one", place.root)
        place = _place_local(library, policy, dirs, use_shipped=False)
    index = SearchIndex.open(library, root=place.root, progress=progress)
    log.info("search index: %s", place.describe())
    return index, place
