"""A folder and files only this user can reach: a public workstation's log, off the profile.

A fixed name in the shared temp folder (``/tmp``) can be made first by another local
user -- as a folder of theirs, a folder anyone may write, a symbolic link, or a folder
holding a link named like our file -- who would then read what we write there or have
our process append to any file it may write. So on POSIX:

- ``$XDG_RUNTIME_DIR`` is preferred when it is sane (absolute, a real folder, ours,
  mode 0700): nobody else can make anything in it;
- otherwise the fixed name in the temp folder is made with mode 0700 and then checked
  through a descriptor opened without following links: a real folder, ours, no access
  for others (a folder of an earlier version, ours and writable by no one else, is
  closed to 0700), and nothing in it but our own plain files;
- if that fails, a fresh unpredictable folder (``tempfile.mkdtemp``, mode 0700);
- files in it are opened by :func:`private_opener`: never through a link, mode 0600.

On Windows the temp folder is the user's own (``%LOCALAPPDATA%\\Temp``, closed to other
users by its ACL) and there is no ``O_NOFOLLOW``: only a folder that is a link or junction
(a reparse point) is refused.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reader_app.core.base.errors import os_reason

_POSIX = os.name == "posix"
# O_NONBLOCK: a FIFO planted under our file's name must not hang the open (it is refused).
_SAFE_FLAGS = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_REPARSE_POINT = 0x400  # FILE_ATTRIBUTE_REPARSE_POINT (stat on Windows)


@dataclass(frozen=True)
class PrivateFolder:
    path: Path
    #: Why the usual place was passed over (a planted folder...), for the log; "" if not.
    problem: str = ""


def private_folder(name: str) -> PrivateFolder:
    """A folder named after ``name`` that only this user can use, made if need be.

    Raises OSError (naming the temp folder) when none can be made safely.
    """
    problems: list[str] = []
    candidates: list[Path] = []
    runtime = os.environ.get("XDG_RUNTIME_DIR", "") if _POSIX else ""
    if runtime:
        why = _not_private(Path(runtime), contents=False)
        if why is None:
            candidates.append(Path(runtime) / name)
        else:
            problems.append(f"$XDG_RUNTIME_DIR {runtime} {why}")
    temp = Path(tempfile.gettempdir())
    shared = _shared_parent(temp)  # others could swap what we make there
    if shared is None:
        candidates.append(temp / f"{name}-{_user()}")
    for path in candidates:
        why = _make(path)
        if why is None:
            return PrivateFolder(path, "; ".join(problems))
        problems.append(f"{path} {why}")
    if shared is not None:
        raise OSError(errno.EACCES, f"the temp folder {shared}", str(temp))
    fresh = Path(tempfile.mkdtemp(prefix=f"{name}-{_user()}-", dir=temp))
    return PrivateFolder(fresh, "; ".join([*problems, f"using {fresh} instead"]))


def private_opener(path: str, flags: int) -> int:
    """``open(..., opener=private_opener)``: never through a link, mode 0600, a plain file."""
    fd = os.open(path, flags | _SAFE_FLAGS, 0o600)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a plain file", path)
        if _POSIX:
            if info.st_nlink > 1:  # a hard link to another file (or from one)
                raise OSError(errno.EMLINK, "the file has other names (hard links)", path)
            if info.st_mode & 0o077:
                os.fchmod(fd, 0o600)  # a log of an earlier version, readable by others
    except BaseException:
        os.close(fd)
        raise
    return fd


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name (some containers)
        return str(os.getuid()) if _POSIX else "user"


def _make(path: Path) -> str | None:
    """Make ``path`` private (or find it so); None if usable, else why not, in words."""
    try:
        os.mkdir(path, 0o700)
    except FileExistsError:
        pass
    except OSError as exc:
        return f"cannot be made ({os_reason(exc)})"
    return _not_private(path, contents=True)


def _not_private(path: Path, *, contents: bool) -> str | None:
    """None if ``path`` is a real folder only this user can use, else why not."""
    if not _POSIX:
        try:
            info = os.lstat(path)
        except OSError as exc:
            return f"cannot be read ({os_reason(exc)})"
        if stat.S_ISLNK(info.st_mode) or getattr(info, "st_file_attributes", 0) & _REPARSE_POINT:
            return "is a link"
        return None if stat.S_ISDIR(info.st_mode) else "is not a folder"
    if not path.is_absolute():
        return "is not an absolute path"
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENOTDIR):
            return "is a symbolic link or not a folder"
        return f"cannot be opened ({os_reason(exc)})"
    try:
        return _check_open_folder(fd, contents=contents)
    finally:
        os.close(fd)


def _check_open_folder(fd: int, *, contents: bool) -> str | None:
    info = os.fstat(fd)
    if info.st_uid != os.getuid():
        return f"belongs to another user (uid {info.st_uid})"
    mode = stat.S_IMODE(info.st_mode)
    if mode & 0o022:
        return f"can be written by others (mode {mode:04o})"
    if mode & 0o077:
        if not contents:
            return f"can be read by others (mode {mode:04o})"
        os.fchmod(fd, 0o700)  # ours and written by no one else: only close it
    if not contents:
        return None
    with os.scandir(fd) as entries:
        for entry in entries:
            held = entry.stat(follow_symlinks=False)
            if stat.S_ISLNK(held.st_mode):
                return f"holds {entry.name}, which is a symbolic link"
            if not stat.S_ISREG(held.st_mode):
                return f"holds {entry.name}, which is not a plain file"
            if held.st_uid != os.getuid() or held.st_nlink > 1:
                return f"holds {entry.name}, which is not this user's own file"
    return None


def _shared_parent(folder: Path) -> str | None:
    """Why a fresh folder in ``folder`` could still be swapped by others (None: it cannot)."""
    if not _POSIX:
        return None
    try:
        info = os.stat(folder)
    except OSError as exc:
        return f"cannot be read ({os_reason(exc)})"
    if info.st_mode & 0o002 and not info.st_mode & stat.S_ISVTX:
        return "can be written by anyone and has no sticky bit"
    return None
