"""Atomic writes: write to a temporary path in the same folder, then rename."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path


def random_hex(length: int = 8) -> str:
    """``length`` random hex digits: unique names for staged files, folders and holders.

    (``uuid`` would do the same, but imports ``platform``: ~3 ms of a start.)"""
    return os.urandom((length + 1) // 2).hex()[:length]


def write_bytes_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """``data`` at ``path`` or nothing; ``mode``: the permissions to keep (mkstemp's are 0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


@contextlib.contextmanager
def staged_folder(final: Path, *, replace: bool) -> Iterator[Path]:
    """Yield an empty temporary folder; on success it becomes ``final`` in one rename.

    On any error the temporary folder is removed and ``final`` is untouched. With
    ``replace`` an existing ``final`` is swapped out and deleted only after the
    new folder is in place.
    """
    parent = final.parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = parent / f".tmp-{final.name}-{random_hex(8)}"
    tmp.mkdir()
    try:
        yield tmp
        old = None
        if final.exists():
            if not replace:
                raise FileExistsError(final)
            old = parent / f".old-{final.name}-{random_hex(8)}"
            os.replace(final, old)
        try:
            os.replace(tmp, final)
        except BaseException:
            if old is not None:
                os.replace(old, final)
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def remove_stale_temporaries(folder: Path) -> None:
    """Clean up after an interrupted write: never-finished ``.tmp-*`` folders go;
    an ``.old-*`` folder whose replacement never arrived is put back."""
    if not folder.is_dir():
        return
    for child in sorted(folder.iterdir()):
        if child.name.startswith(".old-") and child.is_dir():
            original = folder / child.name[len(".old-") :].rsplit("-", 1)[0]
            if not original.exists():
                os.replace(child, original)
                continue
        if child.name.startswith((".tmp-", ".old-")):
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    child.unlink()
