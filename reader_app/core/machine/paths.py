"""Where the app keeps things: bundled issues, user library, cache, config and logs.

All user state lives under platformdirs locations, or under ``$READER_APP_HOME``
when that variable is set (tests), or -- portable mode -- in a folder beside the
executable when a marker file sits next to it (USB sticks, test machines).
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
PORTABLE_MARKERS = ("reader-app.portable", "portable.txt")
PORTABLE_DATA = "reader-app-data"


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


#: The window's settings file in ``AppDirs.config`` (gui/base/settings.py); the CLI reads
#: the staff's compiler settings from it too.
SETTINGS_FILE = "reader-app.ini"


def _under(root: Path) -> AppDirs:
    return AppDirs(root / "data", root / "cache", root / "config", root / "log")


def app_dirs() -> AppDirs:
    """The folders for user state: ``$READER_APP_HOME``, else portable, else platformdirs."""
    home = os.environ.get(HOME_ENV)
    if home:
        return _under(Path(home))
    portable = portable_root()
    if portable is not None:
        return _under(portable)
    return AppDirs(
        Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )


def executable_dir() -> Path | None:
    """The folder holding the frozen executable; None when running from source.

    Only a frozen install has a folder of its own: from source, ``sys.executable``
    is a shared Python interpreter, and a marker or policy beside it would leak
    into every program it runs.
    """
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def portable_marker(exe_dir: Path | None = None) -> Path | None:
    """The marker file that switches on portable mode, if one sits beside the executable."""
    folder = exe_dir if exe_dir is not None else executable_dir()
    if folder is None:
        return None
    for name in PORTABLE_MARKERS:
        marker = folder / name
        if marker.is_file():
            return marker
    return None


def portable_root(exe_dir: Path | None = None) -> Path | None:
    """Where a portable install keeps all its state: a folder beside the executable."""
    marker = portable_marker(exe_dir)
    return marker.parent / PORTABLE_DATA if marker is not None else None


def install_root() -> Path:
    """The folder holding ``issues/`` and ``resources/``: the frozen bundle or the source tree."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parents[3]


def bundled_issues_dir() -> Path:
    """The read-only folder of issues shipped with the app."""
    override = os.environ.get(BUNDLED_ENV)
    if override is not None:
        return Path(override)
    return install_root() / "issues"


def bundled_index_dir() -> Path:
    """The search index of the bundled issues, prebuilt by packaging/build.py (frozen only)."""
    return install_root() / "index"


def resources_dir() -> Path:
    """Icons and translations: shipped in the bundle, or the source tree's ``resources/``."""
    return install_root() / "resources"
