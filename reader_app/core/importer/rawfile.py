"""Reading a raw issue file without hanging or filling memory.

``/dev/zero`` reports a size of 0 and never ends; opening a FIFO blocks until a
writer appears. So the path must be a regular file before it is opened, the
opened file is checked again (it may have been swapped meanwhile), and never
more than the size limit plus one byte is read (a file may grow while read).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from reader_app.core.base.errors import ImportRefusedError
from reader_app.core.base.messages import Message

#: What a path that is not a regular file is, by name; each face words it.
_KINDS = (
    (stat.S_ISDIR, "folder"),
    (stat.S_ISFIFO, "pipe"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "device"),
    (stat.S_ISBLK, "device"),
)


def _not_a_file(path: Path, mode: int) -> ImportRefusedError:
    kind = next((name for test, name in _KINDS if test(mode)), "other")
    return ImportRefusedError(Message.of("not_a_file", path=path, kind=kind))


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``max_bytes``.

    Raises :class:`ImportRefusedError` for anything else; ``OSError`` (missing
    file, no permission) is left to the caller, which words those itself.
    """
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise _not_a_file(path, mode)
    # O_NONBLOCK: should the path have become a FIFO since the check, open does not hang.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise _not_a_file(path, mode)
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ImportRefusedError(
            Message.of("file_grew", path=path, limit_mb=max_bytes // (1024 * 1024))
        )
    return data
