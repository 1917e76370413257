"""One log file per user under the platform log dir (or ``$READER_APP_HOME/log``)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from reader_app.core.paths import app_dirs

LOG_NAME = "reader-app.log"


def log_file() -> Path:
    return app_dirs().log / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to the rotating log file; returns its path, or None if unwritable."""
    root = logging.getLogger()
    root.setLevel(level)
    path = log_file()
    if any(getattr(h, "_reader_app", False) for h in root.handlers):
        return path
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
    return path
