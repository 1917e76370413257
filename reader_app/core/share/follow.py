"""Workstations following a published share: read-only, with a local copy to fall back on.

A library folder from the policy that holds a published index
(``.reader-index/CURRENT``, core/share/publish.py) is followed: its index is opened
read-only in place, nothing is written under the share, and the window polls
the pointer to pick up new issues (gui/room/sharewatch.py). When the share cannot be
read, the local copy in the cache (core/share/mirror.py) stands in for it until the
share returns. A share without a published index, or with one from another
app version, is used as before (indexed on this machine) and the reason is said.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from reader_app.core.library.catalogue import stand_in
from reader_app.core.library.library import LibraryFolder
from reader_app.core.machine.paths import AppDirs
from reader_app.core.share import mirror

log = logging.getLogger(__name__)

SHARE_INDEX = ".reader-index"  # == core.publish.SHARE_INDEX (kept import-light)


def reachable(share: Path) -> bool:
    """Whether the share can be listed now (a renamed folder or lost rights: False)."""
    try:
        with os.scandir(share) as entries:
            next(entries, None)
    except OSError:
        return False
    return True


def place(share: Path, dirs: AppDirs) -> Path:
    """Where to read the share's issues now: the share, or its local copy if it is gone."""
    copy = mirror.mirror_dir(share, dirs)
    if not reachable(share) and (copy / SHARE_INDEX).is_dir():
        log.warning("shared library %s cannot be read; using the local copy %s", share, copy)
        return copy
    return share


@dataclass(frozen=True)
class ShareSource:
    """How the library reads a followed share (``library.FolderSource``)."""

    share: Path
    dirs: AppDirs

    def prepare(self) -> None:
        stand_in(self.share, mirror.mirror_dir(self.share, self.dirs))

    def locate(self) -> Path:
        return place(self.share, self.dirs)

    def reachable(self) -> bool:
        return reachable(self.share)


def follow_folders(shares: list[Path], dirs: AppDirs) -> list[LibraryFolder]:
    """The library folders for the policy's shares: each share, or its local copy if it is gone."""
    return [
        LibraryFolder(
            place(share, dirs), writable=False, share=share, source=ShareSource(share, dirs)
        )
        for share in shares
    ]


@dataclass(frozen=True)
class Published:
    """The published index a workstation uses, or why it uses none."""

    root: Path | None  # the share's (or the copy's) index folder; None: index as before
    share: Path | None = None
    offline: bool = False  # serving from the local copy
    note: str = ""  # for the log and the CLI
    #: For the window: "offline", "unpublished", "version", "unreachable" or "".
    kind: str = ""


def _versions_note(root: Path) -> str | None:
    """None if the generation in use fits this app; else why it cannot be used."""
    from reader_app.core.search import store

    generation = store.current_generation(root)
    manifest = store.read_manifest(generation) if generation is not None else None
    if manifest is None:
        return "its published search index cannot be read"
    difference = store.version_difference(manifest)
    if difference is None:
        return None
    key, theirs, ours = difference
    return (
        f"its published search index was made by another version of the app "
        f"({key} {theirs}, this app {ours}); update the app on the staff "
        "machine and publish again (`reader-app-cli publish`)"
    )


def published_index(shares: tuple[Path, ...], dirs: AppDirs) -> Published:
    """Which published index to open read-only, if the policy's shares offer one."""
    notes: list[str] = []
    kinds: list[str] = []
    for share in shares:
        if reachable(share):
            root = share / SHARE_INDEX
            if not (root / "CURRENT").is_file():
                if any((c / "issue.toml").is_file() for c in _children(share)):
                    notes.append(
                        f"the shared library {share} has no published search index, so this "
                        "machine indexes it (staff: run `reader-app-cli publish` once)"
                    )
                    kinds.append("unpublished")
                continue
            problem = _versions_note(root)
            if problem is None:
                return Published(root, share)
            notes.append(f"the shared library {share}: {problem}; this machine indexes it")
            kinds.append("version")
            continue
        copy = mirror.mirror_dir(share, dirs) / SHARE_INDEX
        if (copy / "CURRENT").is_file() and _versions_note(copy) is None:
            return Published(
                copy,
                share,
                offline=True,
                note=offline_note(share),
                kind="offline",
            )
        notes.append(f"the shared library {share} cannot be reached and there is no local copy")
        kinds.append("unreachable")
    return Published(None, note="; ".join(notes), kind=kinds[0] if kinds else "")


def offline_note(share: Path) -> str:
    """What the CLI says (and the log keeps) while the local copy stands in for ``share``."""
    return f"the shared library {share} cannot be reached; showing the local copy"


def standby_index(share: Path, dirs: AppDirs) -> Path | None:
    """The local copy's index, to answer from if the share goes while it is in use."""
    copy = mirror.mirror_dir(share, dirs) / SHARE_INDEX
    return copy if (copy / "CURRENT").is_file() else None


def _children(folder: Path) -> list[Path]:
    try:
        return [c for c in folder.iterdir() if not c.name.startswith(".")]
    except OSError:
        return []


@dataclass(frozen=True)
class ShareState:
    online: bool
    generation: str | None


class Follower:
    """Polls the shares the library follows; Qt-free, called from a worker thread."""

    def __init__(self, shares: tuple[Path, ...], dirs: AppDirs) -> None:
        self.shares = tuple(shares)
        self.dirs = dirs
        self.states = {share: self._look(share) for share in self.shares}

    @staticmethod
    def _look(share: Path) -> ShareState:
        from reader_app.core.search import store

        if not reachable(share):
            return ShareState(False, None)
        generation = store.current_generation(share / SHARE_INDEX)
        return ShareState(True, generation.name if generation is not None else None)

    def poll(self) -> bool:
        """Look at every share; refresh the local copies; True if the window must reload."""
        changed = False
        for share in self.shares:
            state = self._look(share)
            if state.online and state.generation is not None:
                mirror.refresh(share, self.dirs)
            if state != self.states[share]:
                log.info("shared library %s: %s -> %s", share, self.states[share], state)
                changed = True
            self.states[share] = state
        return changed

    @property
    def offline(self) -> list[Path]:
        return [share for share, state in self.states.items() if not state.online]
