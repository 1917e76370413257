"""One log file per user under the platform log dir (or ``$READER_APP_HOME/log``)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from reader_app.core.paths import app_dirs

LOG_NAME = "reader-app.log"
_current: Path | None = None


def log_file() -> Path:
    """The log in use (it moves off the user profile on a public workstation)."""
    return _current if _current is not None else app_dirs().log / LOG_NAME


def setup_logging(level: int = logging.INFO, folder: Path | None = None) -> Path | None:
    """Send log records to the rotating log file; returns its path, or None if unwritable."""
    global _current
    root = logging.getLogger()
    root.setLevel(level)
    path = (folder / LOG_NAME) if folder is not None else log_file()
    if any(getattr(h, "_reader_app", False) for h in root.handlers):
        return log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._reader_app = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    _current = path
    return path
