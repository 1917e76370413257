"""One real PyInstaller build (and .deb) per test session, shared by every packaging test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.fsutil import tree_state  # noqa: F401 - re-exported for the packaging tests

REPO = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = REPO / "packaging" / "build.py"
SMOKE_QUERY = "锂电"
EXE = ".exe" if sys.platform == "win32" else ""
LINUX = sys.platform.startswith("linux")


@dataclass(frozen=True)
class Build:
    dist: Path
    log: str

    @property
    def bundle(self) -> Path:
        return self.dist / "reader-app"

    @property
    def window(self) -> str:
        return str(self.bundle / f"reader-app{EXE}")

    @property
    def cli(self) -> str:
        return str(self.bundle / f"reader-app-cli{EXE}")

    @property
    def deb(self) -> Path:
        return next(self.dist.glob("reader-app_*.deb"))


@pytest.fixture(scope="session")
def frozen_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """Build the bundle and the .deb with the real build script, once per session."""
    dist = tmp_path_factory.mktemp("dist")
    command = [sys.executable, str(BUILD_SCRIPT), "--dist", str(dist), "--runs", "0"]
    if sys.platform.startswith("linux") and _has("dpkg-deb"):
        command += ["--deb", "--deb-level", "0"]  # xz -0: the same package, built faster
    result = subprocess.run(
        [*command, "--no-archive"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return Build(dist, result.stdout)


def _has(tool: str) -> bool:
    from shutil import which

    return which(tool) is not None


def isolated_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A frozen program's environment: no source tree, a fresh profile, offscreen."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("READER_APP_", "PYTHON", "QT_"))
    }
    env.update(
        READER_APP_HOME=str(tmp_path / "home"),
        READER_APP_POLICY=str(tmp_path / "policy.toml"),
        XDG_CONFIG_DIRS=str(tmp_path / "site-config"),
        QT_QPA_PLATFORM="offscreen",
    )
    env.update(extra)
    return env


def run_smoke(command: list[str], env: dict[str, str], cwd: Path) -> dict:
    """Run ``--smoke-test`` and return its JSON line; the run must exit 0."""
    result = subprocess.run(
        [*command, "--smoke-test", SMOKE_QUERY],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stdout
    return json.loads(lines[-1])
