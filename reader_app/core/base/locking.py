"""An OS file lock held by one process at a time; the OS drops it if the process dies."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def exclusive_lock(path: Path, timeout: float) -> Iterator[bool]:
    """Hold the lock at ``path``; yields False if it could not be had within ``timeout``."""
    from whoosh.util.filelock import FileLock  # fcntl on POSIX, msvcrt on Windows

    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path))
    deadline = time.monotonic() + timeout
    acquired = lock.acquire(blocking=False)
    while not acquired and time.monotonic() < deadline:
        time.sleep(0.05)
        acquired = lock.acquire(blocking=False)
    try:
        yield acquired
    finally:
        if acquired:
            lock.release()
