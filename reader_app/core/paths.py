"""Where the app keeps things: bundled issues, user library, cache, config and logs.

All user state lives under platformdirs locations, or under ``$READER_APP_HOME``
when that variable is set (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from reader_app import APP_AUTHOR, APP_NAME

HOME_ENV = "READER_APP_HOME"
BUNDLED_ENV = "READER_APP_BUNDLED_ISSUES"


@dataclass(frozen=True)
class AppDirs:
    data: Path
    cache: Path
    config: Path
    log: Path

    @property
    def user_issues(self) -> Path:
        return self.data / "issues"

    @property
    def index(self) -> Path:
        return self.cache / "index"


def app_dirs() -> AppDirs:
    """The folders for user state, honouring ``$READER_APP_HOME``."""
    home = os.environ.get(HOME_ENV)
    if home:
        root = Path(home)
        return AppDirs(root / "data", root / "cache", root / "config", root / "log")
    return AppDirs(
        Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )


def install_root() -> Path:
    """The folder holding ``issues/`` and ``resources/``: the frozen bundle or the source tree."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parents[2]


def bundled_issues_dir() -> Path:
    """The read-only folder of issues shipped with the app."""
    override = os.environ.get(BUNDLED_ENV)
    if override is not None:
        return Path(override)
    return install_root() / "issues"


def resources_dir() -> Path:
    return install_root() / "resources"
