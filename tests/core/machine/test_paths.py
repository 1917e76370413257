"""Where state lives: $READER_APP_HOME, portable mode beside the executable, platformdirs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reader_app.core.machine import paths


@pytest.fixture
def frozen_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to be the frozen executable in ``tmp_path/app``."""
    app = tmp_path / "app"
    app.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "reader-app"))
    return app.resolve()


def test_home_variable_decides(app_home: Path) -> None:
    dirs = paths.app_dirs()
    assert dirs.data == app_home / "data"
    assert dirs.index == app_home / "cache" / "index"


def test_unfrozen_never_portable(monkeypatch: pytest.MonkeyPatch) -> None:
    """From source the interpreter's folder is shared; a marker there must not count."""
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    assert paths.executable_dir() is None
    assert paths.portable_root() is None


@pytest.mark.parametrize("marker", paths.PORTABLE_MARKERS)
def test_portable_marker_keeps_state_beside_the_executable(
    frozen_app: Path, monkeypatch: pytest.MonkeyPatch, marker: str
) -> None:
    monkeypatch.delenv(paths.HOME_ENV)
    (frozen_app / marker).write_text("", encoding="utf-8")
    dirs = paths.app_dirs()
    root = frozen_app / paths.PORTABLE_DATA
    assert dirs == paths.AppDirs(root / "data", root / "cache", root / "config", root / "log")
    assert paths.portable_marker() == frozen_app / marker


def test_home_variable_wins_over_portable(frozen_app: Path, app_home: Path) -> None:
    (frozen_app / "portable.txt").write_text("", encoding="utf-8")
    assert paths.app_dirs().data == app_home / "data"


def test_no_marker_uses_platformdirs(frozen_app: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.HOME_ENV)
    dirs = paths.app_dirs()
    assert not dirs.data.is_relative_to(frozen_app)
    assert "reader-app" in str(dirs.data)


def test_a_marker_folder_is_not_a_marker(frozen_app: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.HOME_ENV)
    (frozen_app / "portable.txt").mkdir()
    assert paths.portable_root() is None


def test_frozen_install_root_is_the_bundle(
    frozen_app: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(frozen_app / "_internal"), raising=False)
    assert paths.install_root() == frozen_app / "_internal"
    assert paths.bundled_issues_dir() == frozen_app / "_internal" / "issues"
