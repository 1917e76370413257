"""The Debian package: install with dpkg -i, run through the PATH, purge, nothing left."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import Build, isolated_env, run_smoke, tree_state

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("dpkg") is None or os.geteuid() != 0,
        reason="installing a .deb needs dpkg and root",
    ),
]

PACKAGE = "reader-app"
WATCHED = [
    Path("/opt"),
    Path("/usr/bin"),
    Path("/usr/share/applications"),
    Path("/usr/share/icons/hicolor"),
    Path("/usr/share/doc"),
    Path("/etc/xdg"),
]


def dpkg_installed(name: str) -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True
    )
    return result.returncode == 0 and "install ok installed" in result.stdout


def install_missing_dependencies(deb: Path) -> None:
    """dpkg -i does not fetch dependencies: satisfy each group with apt-get first."""
    depends = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout
    missing = []
    for group in depends.split(","):
        options = [alt.strip().split(" ")[0] for alt in group.split("|")]
        if not any(dpkg_installed(option) for option in options):
            missing.append(options[0])
    if missing:
        subprocess.run(
            ["apt-get", "install", "-y", "--no-install-recommends", *missing],
            check=True,
            capture_output=True,
            env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"),
        )


def names_under(folders: list[Path]) -> set[str]:
    found = set()
    for folder in folders:
        if folder.exists():
            found |= {str(p) for p in folder.rglob("*")} | {str(folder)}
    return found


@pytest.fixture
def clean_system() -> None:
    if dpkg_installed(PACKAGE):
        subprocess.run(["dpkg", "--purge", PACKAGE], check=True, capture_output=True)
    yield
    if dpkg_installed(PACKAGE):
        subprocess.run(["dpkg", "--purge", PACKAGE], check=True, capture_output=True)


def test_deb_metadata(frozen_build: Build) -> None:
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(frozen_build.deb)], capture_output=True, text=True, check=True
    ).stdout
    assert "Package: reader-app" in fields
    assert "fonts-noto-cjk |" in fields
    assert "libxcb-cursor0" in fields and "libxkbcommon-x11-0" in fields
    assert "libcups2" in fields  # the bundle leaves CUPS to the system
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(frozen_build.deb)], capture_output=True, text=True, check=True
    ).stdout
    for path in (
        "./opt/reader-app/reader-app",
        "./usr/bin/reader-app -> /opt/reader-app/reader-app",
        "./usr/share/applications/reader-app.desktop",
        "./usr/share/icons/hicolor/scalable/apps/reader-app.svg",
        "./usr/share/icons/hicolor/48x48/apps/reader-app.png",
    ):
        assert path in listing


def test_install_run_purge(frozen_build: Build, tmp_path: Path, clean_system: None) -> None:
    install_missing_dependencies(frozen_build.deb)
    before = names_under(WATCHED)

    subprocess.run(["dpkg", "-i", str(frozen_build.deb)], check=True, capture_output=True)
    assert dpkg_installed(PACKAGE)
    assert shutil.which("reader-app") == "/usr/bin/reader-app"
    if shutil.which("desktop-file-validate"):
        subprocess.run(
            ["desktop-file-validate", "/usr/share/applications/reader-app.desktop"], check=True
        )
    installed = tree_state(Path("/opt/reader-app"))

    # Run as root, the most dangerous case: /opt is writable, yet must stay untouched.
    env = isolated_env(tmp_path, PATH="/usr/local/bin:/usr/bin:/bin")
    data = run_smoke(["reader-app"], env, tmp_path)
    assert data["hits"] >= 1 and data["articles"] >= 60
    cli = subprocess.run(["reader-app-cli", "--version"], capture_output=True, text=True, env=env)
    assert cli.returncode == 0 and cli.stdout.startswith("reader-app ")
    assert tree_state(Path("/opt/reader-app")) == installed

    subprocess.run(["dpkg", "--purge", PACKAGE], check=True, capture_output=True)
    assert not dpkg_installed(PACKAGE)
    assert not Path("/opt/reader-app").exists()
    assert names_under(WATCHED) == before
