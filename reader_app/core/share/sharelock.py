"""A publishing lock on a network share, which works across machines.

OS locks (fcntl, LockFileEx) are not reliable over SMB/CIFS and NFS between
machines, so the lock is a file created with ``O_CREAT | O_EXCL`` (atomic on
SMB and NFSv3+) holding who took it: host, pid, user and time. The holder
refreshes its time while it works. A lock is stale, and may be taken over,
when its holder is on this host and its process is gone, or when it has not
been refreshed for :data:`STALE_SECONDS` (a machine that crashed mid-publish).
Taking over renames the stale file away first, so two machines never both
win. See docs/deployment.md §6.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reader_app.core.base.atomic import random_hex
from reader_app.core.base.errors import ReaderError
from reader_app.core.base.messages import Message

LOCK_NAME = "publish.lock"
#: A lock not refreshed for this long belongs to a machine that stopped mid-publish.
STALE_SECONDS = 15 * 60.0
REFRESH_SECONDS = 30.0


@dataclass(frozen=True)
class Holder:
    host: str
    pid: int
    user: str
    since: float
    token: str

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.since))
        return f"{self.user} on {self.host} (process {self.pid}, since {when})"


class ShareBusyError(ReaderError):
    """Another staff machine is publishing to the share."""


def _me() -> Holder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return Holder(socket.gethostname(), os.getpid(), user, time.time(), random_hex(32))


def read_holder(path: Path) -> Holder | None:
    try:
        data = json.loads(path.read_text("utf-8"))
        return Holder(
            str(data["host"]), int(data["pid"]), str(data["user"]), float(data["since"]),
            str(data["token"]),
        )  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process on Windows
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. EPERM: it exists; Windows: cannot tell this way
        return True
    return True


def _alive_windows(pid: int) -> bool:
    import ctypes

    # Only called there (_alive); ctypes.windll exists only there. An if/else, so that
    # mypy skips the other platform's branch instead of calling it unreachable.
    if sys.platform != "win32":
        raise OSError("not Windows")
    else:
        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists (another user's)
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)


def is_stale(path: Path, now: float | None = None) -> bool:
    """Whether the lock at ``path`` may be taken over (see the module docstring)."""
    now = time.time() if now is None else now
    try:
        age = now - path.stat().st_mtime
    except OSError:
        return False  # gone meanwhile: simply try again
    holder = read_holder(path)
    if holder is None:  # half-written or damaged: wait a little for its writer
        return age > 60
    if holder.host == socket.gethostname() and not _alive(holder.pid):
        return True
    return age > STALE_SECONDS


def publish_under_way(folder: Path) -> bool:
    """Whether someone holds ``folder``'s lock now (a stale one is a publish that died)."""
    path = folder / LOCK_NAME
    return path.is_file() and not is_stale(path)


def _create(path: Path, me: Holder) -> bool:
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(me.__dict__, handle)
        handle.flush()
        os.fsync(handle.fileno())
    return True


def _take_over(path: Path) -> None:
    """Move a stale lock aside (one rename: only one machine succeeds), then drop it."""
    aside = path.with_name(f".{path.name}.stale-{random_hex(8)}")
    with contextlib.suppress(OSError):
        os.replace(path, aside)
        aside.unlink()


@contextlib.contextmanager
def publish_lock(folder: Path, wait: float) -> Iterator[Holder]:
    """Hold the share's publishing lock, waiting up to ``wait`` seconds; else ShareBusy."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_NAME
    me = _me()
    deadline = time.monotonic() + wait
    while not _create(path, me):
        if is_stale(path):
            _take_over(path)
            continue
        if time.monotonic() >= deadline:
            holder = read_holder(path)
            raise ShareBusyError(
                Message.of(
                    "share_busy",
                    path=folder.parent,
                    user=holder.user if holder else "",
                    host=holder.host if holder else "",
                    pid=holder.pid if holder else 0,
                    since=holder.since if holder else 0.0,
                    minutes=round(STALE_SECONDS / 60),
                    lock=path,
                )
            )
        time.sleep(0.2)
    stop = threading.Event()
    refresher = threading.Thread(target=_refresh, args=(path, stop), daemon=True)
    refresher.start()
    try:
        yield me
    finally:
        stop.set()
        refresher.join()
        holder = read_holder(path)
        if holder is not None and holder.token == me.token:
            with contextlib.suppress(OSError):
                path.unlink()


def _refresh(path: Path, stop: threading.Event) -> None:
    while not stop.wait(REFRESH_SECONDS):
        with contextlib.suppress(OSError):
            os.utime(path)
