"""One log file per user under the platform log dir (or ``$READER_APP_HOME/log``).

A public workstation logs off the profile: into a folder the policy names, or a folder
private to this user (core/machine/privatedir.py); that log is never opened through a link.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import sys
import tempfile
from io import TextIOWrapper
from pathlib import Path
from typing import cast

from reader_app.core.base.errors import os_reason
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.privatedir import private_folder, private_opener

LOG_NAME = "reader-app.log"
#: The private folder's name (``$XDG_RUNTIME_DIR/<this>``, ``/tmp/<this>-<user>``...).
PUBLIC_LOG_FOLDER = "reader-app-public-log"
_current: Path | None = None


def log_file() -> Path:
    """The log in use (it moves off the user profile on a public workstation)."""
    return _current if _current is not None else app_dirs().log / LOG_NAME


class _NoLog(logging.NullHandler):
    """Stands in for an unwritable log file: keeps logging's last resort from printing to stderr."""

    _reader_app_off = True


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file; if writing it fails later (disk full...), one line and no tracebacks."""

    _reader_app = True  # ours: not added twice (also looked for by name, across reloads)

    def __init__(self, path: Path, *, private: bool) -> None:
        self.private = private  # a public workstation's log: every open (rotation too) is safe
        super().__init__(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")

    def _open(self) -> TextIOWrapper:
        if not self.private:
            return super()._open()
        stream = open(  # noqa: SIM115 (the handler owns the stream)
            self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,
            opener=private_opener,
        )  # fmt: skip
        return cast(TextIOWrapper, stream)  # text mode "a"

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        exc = sys.exc_info()[1]
        if not isinstance(exc, OSError):
            return  # a malformed log call: that record is dropped, the log goes on
        _warn_once(
            f"warning: cannot write the log file {self.baseFilename} ({os_reason(exc)}); "
            "logging is off for this run"
        )
        logging.getLogger().removeHandler(self)
        with contextlib.suppress(Exception):
            self.close()


_warned = False


def _warn_once(line: str) -> None:
    global _warned
    if not _warned:
        _warned = True
        with contextlib.suppress(Exception):
            sys.stderr.write(line + "\n")


def setup_logging(level: int, folder: Path | None, *, private: bool = False) -> Path | None:
    """Send log records to the rotating log file; returns its path, or None if unwritable.

    ``folder`` None: a folder private to this user (a public workstation with no
    folder in its policy); ``private``: the file is opened as a public log must be.
    An unwritable log costs one warning line on stderr, never a traceback: records
    then go nowhere (not to stderr, where the CLI's output is one line per error).
    """
    global _current
    root = logging.getLogger()
    root.setLevel(level)
    if any(getattr(h, "_reader_app", False) for h in root.handlers):
        return log_file()
    problem = ""
    where = f"{folder / LOG_NAME}" if folder is not None else f"in {tempfile.gettempdir()}"
    try:
        if folder is None:
            made = private_folder(PUBLIC_LOG_FOLDER)
            folder, problem, private = made.path, made.problem, True
        path = folder / LOG_NAME
        where = str(path)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = _LogFile(path, private=private)
    except OSError as exc:
        _warn_once(f"warning: cannot write the log file {where} ({os_reason(exc)}); no log is kept")
        if not any(getattr(h, "_reader_app_off", False) for h in root.handlers):
            root.addHandler(_NoLog())
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _current = path
    if problem:
        logging.getLogger(__name__).warning("the usual log folder is not private: %s", problem)
    return path
