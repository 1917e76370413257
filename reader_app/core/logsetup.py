"""One log file per user under the platform log dir (or ``$READER_APP_HOME/log``)."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import sys
from pathlib import Path

from reader_app.core.errors import os_reason
from reader_app.core.paths import app_dirs

LOG_NAME = "reader-app.log"
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


def setup_logging(level: int = logging.INFO, folder: Path | None = None) -> Path | None:
    """Send log records to the rotating log file; returns its path, or None if unwritable.

    An unwritable log costs one warning line on stderr, never a traceback: records
    then go nowhere (not to stderr, where the CLI's output is one line per error).
    """
    global _current
    root = logging.getLogger()
    root.setLevel(level)
    path = (folder / LOG_NAME) if folder is not None else log_file()
    if any(getattr(h, "_reader_app", False) for h in root.handlers):
        return log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:
        _warn_once(f"warning: cannot write the log file {path} ({os_reason(exc)}); no log is kept")
        if not any(getattr(h, "_reader_app_off", False) for h in root.handlers):
            root.addHandler(_NoLog())
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _current = path
    return path
