"""The window following its own user library folder: another program's imports show.

``reader-app-cli import`` (or a second window) writes a bundle into the user folder
while this window runs. A :class:`QFileSystemWatcher` on the folder, debounced as the
share's poll is (gui/room/sharewatch.py), notices the listing change; the bundles
that appeared, went or were replaced go through ``LibraryChanges.refreshed``
(gui/base/librarychanges.py), the one path every library change takes, so the tree,
the problems button and the index follow as after an import from the window.

The watch compares a snapshot of the folder's bundles (folder identity and the
issue file's modification time) with the one taken after the last library change,
so the window's own imports, already announced, are not read twice.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from reader_app.core.library.bundle import ISSUE_FILE
from reader_app.gui.base.librarychanges import Change, LibraryChanges
from reader_app.gui.base.parts import Part

log = logging.getLogger(__name__)

#: A CLI import writes a staged folder, then renames it: wait for the folder to settle.
DEBOUNCE_MS = 600

Snapshot = dict[Path, tuple[int, int]]


def snapshot(folder: Path) -> Snapshot:
    """Each bundle folder in ``folder``: (the folder's inode, its issue file's mtime)."""
    found: Snapshot = {}
    try:
        with os.scandir(folder) as listing:
            entries = [e for e in listing if not e.name.startswith(".") and e.is_dir()]
    except OSError:
        return found
    for entry in entries:
        try:
            issue_file = os.stat(os.path.join(entry.path, ISSUE_FILE))
            found[Path(entry.path)] = (entry.inode(), issue_file.st_mtime_ns)
        except OSError:
            continue  # not a bundle (yet)
    return found


class UserWatch(Part):
    def __init__(self, changes: LibraryChanges, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.changes = changes
        writable = [f for f in changes.library.folders if f.writable and f.share is None]
        self.folder: Path | None = writable[-1].path if writable else None
        self.known: Snapshot = {}
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._changed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.check)
        self.generation = 0  # changes read (tests wait on it)

    def start(self) -> None:
        if self.folder is None:
            return
        self.known = snapshot(self.folder)
        self._watch()

    def stop(self) -> None:
        self.timer.stop()
        paths = self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)

    def library_changed(self, _change: Change) -> None:
        """Any library change (this window's import too): what the library now holds."""
        if self.folder is not None:
            self.known = snapshot(self.folder)

    def _watch(self) -> None:
        """The folder, or while it does not exist yet its nearest existing parent."""
        assert self.folder is not None
        target = self.folder
        while not target.is_dir() and target.parent != target:
            target = target.parent
        current = self.watcher.directories()
        if current == [str(target)]:
            return
        if current:
            self.watcher.removePaths(current)
        if target.is_dir():
            self.watcher.addPath(str(target))

    def _changed(self, _path: str) -> None:
        self.timer.start()  # restarts: one check once the writes have settled

    def check(self) -> None:
        if self.folder is None:
            return
        self._watch()  # the folder may just have been made
        now = snapshot(self.folder)
        changed = sorted(
            path for path in set(now) | set(self.known) if now.get(path) != self.known.get(path)
        )
        self.known = now
        if not changed:
            return
        log.info("user library changed by another program: %s", ", ".join(map(str, changed)))
        self.generation += 1
        self.changes.refreshed(changed)  # ends in library_changed: a fresh snapshot
