"""Session index folders in the system temp folder: removed at exit, or at the next start.

A public workstation keeps nothing in the profile, and a user folder that
cannot be written leaves nowhere else to build the index, so such runs index
into the temp folder. Each session folder holds an OS lock for the life of
its process; a later run removes folders whose lock is free (the process is
gone, e.g. killed or crashed before its exit handler ran).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import shutil
import tempfile
import time
from pathlib import Path

from whoosh.util.filelock import FileLock  # fcntl on POSIX, msvcrt on Windows

log = logging.getLogger(__name__)

PREFIX = "reader-app-index-"
#: Fallback folders of earlier versions, which never removed them and held no lock.
LEGACY_PREFIX = "reader-index-"
LOCK = ".session.lock"
#: A folder this young may be one another process has just made and not yet locked.
GRACE_SECONDS = 60.0
#: Folders without a lock come from earlier versions; one idle this long is not in use.
UNLOCKED_SECONDS = 24 * 3600.0

_session: tuple[Path, FileLock] | None = None
_made: list[tuple[Path, FileLock]] = []  # every folder this process made (tests reset _session)


def session_index_dir() -> Path:
    """This process's index folder in the temp folder (made once, removed at exit)."""
    global _session
    if _session is None:
        remove_stale()
        folder = Path(tempfile.mkdtemp(prefix=PREFIX))
        lock = FileLock(str(folder / LOCK))
        lock.acquire(blocking=False)
        _session = (folder, lock)
        if not _made:
            atexit.register(_remove_sessions)
        _made.append(_session)
        log.info("session search index in %s (removed at exit)", folder)
    return _session[0] / "index"


def _remove_sessions() -> None:
    """At exit: remove every session folder this process made."""
    global _session
    _session = None
    while _made:
        folder, lock = _made.pop()
        with contextlib.suppress(Exception):
            lock.release()  # before removing: Windows cannot delete a locked file
        shutil.rmtree(folder, ignore_errors=True)


def _ours(folder: Path) -> bool:
    getuid = getattr(os, "getuid", None)
    try:
        stat = folder.lstat()
    except OSError:
        return False
    return getuid is None or stat.st_uid == getuid()


def remove_stale(temp: Path | None = None) -> list[Path]:
    """Remove session folders of runs that are gone; returns what was removed."""
    temp = Path(temp) if temp is not None else Path(tempfile.gettempdir())
    mine = {folder for folder, _lock in _made}
    removed = []
    try:
        candidates = [*temp.glob(PREFIX + "*"), *temp.glob(LEGACY_PREFIX + "*")]
    except OSError:
        return []
    now = time.time()
    for folder in candidates:
        if folder in mine or folder.is_symlink() or not folder.is_dir() or not _ours(folder):
            continue
        try:
            age = now - folder.stat().st_mtime
        except OSError:
            continue
        if age < GRACE_SECONDS:
            continue
        if (folder / LOCK).is_file():
            lock = FileLock(str(folder / LOCK))
            try:
                if not lock.acquire(blocking=False):
                    continue  # its process is still running
                lock.release()
            except OSError:
                continue
        elif age < UNLOCKED_SECONDS:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
            log.info("removed a stale session search index: %s", folder)
    return removed
