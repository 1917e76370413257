"""A read-only index folder whose files are all opened at once and then read by handle.

Whoosh opens a segment's column files (stored fields, field lengths, the issue,
section, date and compact-text columns) only when a search first needs them,
by path, and takes a file it cannot find for an empty column. A published index
on a share can vanish between opening and that first search (server down,
folder renamed, rights taken away): the search then failed, or worse, answered
with empty fields. Here every file of the generation is listed and opened when
the index opens; later reads go through those handles, which on POSIX outlive a
rename or lost rights. Where a held handle cannot be reused (Windows), files
are still opened by path, but the folder's listing is the one taken at opening,
so a vanished file raises (and the index falls back to its standby copy,
core/search/index.py) instead of reading as empty.
"""

from __future__ import annotations

import contextlib
import io
import os
import weakref
from pathlib import Path
from typing import Any

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.index import FileIndex

#: Files a reader never reads (locks); not held.
_SKIP = ("MAIN_WRITELOCK", "writer.lock")
_PREAD = hasattr(os, "pread")


class _PositionalFile(io.RawIOBase):
    """One reader's own position over a shared, held descriptor (``os.pread``)."""

    def __init__(self, fd: int, size: int) -> None:
        super().__init__()
        self._fd, self._size, self._pos = fd, size, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = os.pread(self._fd, len(buffer), self._pos)
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = base + offset
        return self._pos

    def tell(self) -> int:
        return self._pos


def _close_all(fds: dict[str, int]) -> None:
    for fd in fds.values():
        with contextlib.suppress(OSError):
            os.close(fd)
    fds.clear()


class HeldStorage(FileStorage):
    """Whoosh storage over one generation folder, listed (and on POSIX opened) once."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path), readonly=True)
        self._sizes: dict[str, int] = {}
        self._fds: dict[str, int] = {}
        self._closer = weakref.finalize(self, _close_all, self._fds)
        try:
            for name in os.listdir(path):
                if name in _SKIP or name.startswith("."):
                    continue
                if _PREAD:
                    fd = os.open(path / name, os.O_RDONLY)
                    self._fds[name] = fd
                    self._sizes[name] = os.fstat(fd).st_size
                else:
                    self._sizes[name] = (path / name).stat().st_size
        except OSError:
            self.close()
            raise

    def close(self) -> None:
        self._closer()

    def list(self) -> list[str]:
        return list(self._sizes)

    def file_exists(self, name: str) -> bool:
        return name in self._sizes

    def file_length(self, name: str) -> int:
        try:
            return self._sizes[name]
        except KeyError:
            raise FileNotFoundError(
                f"{self.folder}: no file {name} when the index opened"
            ) from None

    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        fd = self._fds.get(name)
        if fd is None:
            if name not in self._sizes:
                self.file_length(name)  # raises: the file was not there at opening
            return super().open_file(name, **kwargs)
        raw = _PositionalFile(fd, self._sizes[name])
        return StructFile(io.BufferedReader(raw), name=name, **kwargs)


def open_held(generation: Path) -> tuple[Any, HeldStorage]:
    """The Whoosh index of one generation, read through held files; close the storage after."""
    storage = HeldStorage(generation)
    try:
        return FileIndex(storage, indexname="MAIN"), storage
    except BaseException:
        storage.close()
        raise
