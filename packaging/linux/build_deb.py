"""Wrap the frozen bundle in a Debian package with dpkg-deb.

    python packaging/linux/build_deb.py [BUNDLE] [OUT_DIR]

Layout: the bundle in /opt/reader-app, ``reader-app`` and ``reader-app-cli`` on
the PATH as symlinks in /usr/bin, a .desktop entry and hicolor icons. No
maintainer scripts: desktop-file-utils and the icon cache update through dpkg
triggers, and the app never writes into /opt, so purging leaves nothing behind.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
ICONS = REPO / "resources" / "icons"
PACKAGE = "reader-app"
PREFIX = Path("opt") / PACKAGE
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

#: A CJK font, and what Qt's xcb platform plugin links against (doc.qt.io "Qt for X11
#: Requirements"); the bundle carries some of these too, but not libxcb itself,
#: icccm, keysyms or the GL/EGL stack.
DEPENDS = [
    "fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei | fonts-arphic-uming",
    "libc6 (>= 2.31)",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    "libxkbcommon0",
    "libx11-xcb1",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libdbus-1-3",
    "libcups2",  # printing: the bundle uses the system's CUPS client
]
RECOMMENDS = ["ibus | fcitx5"]


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def control(version: str, installed_kb: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {architecture()}\n"
        "Maintainer: TJFTZ Library IT <it@library.invalid>\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: text\n"
        "Priority: optional\n"
        "Description: offline reader for the digest 《信息摘编》\n"
        " Browse and search every bundled issue of the monthly digest compiled by the\n"
        " Tianjin Port Free Trade Zone library, offline. IT can lock workstations\n"
        " down with /etc/xdg/reader-app/policy.toml (public mode, idle reset,\n"
        " read-only network library folders).\n"
    )


def _copy(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def stage(bundle: Path, root: Path) -> None:
    """Lay the package's files out under ``root``."""
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    for path in (root / PREFIX).rglob("*"):
        if path.is_symlink():
            continue
        executable = path.is_dir() or path.stat().st_mode & 0o111
        path.chmod(0o755 if executable else 0o644)
    (root / PREFIX).chmod(0o755)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("reader-app", "reader-app-cli"):
        (bin_dir / name).symlink_to(Path("/") / PREFIX / name)
    share = root / "usr" / "share"
    _copy(HERE / "reader-app.desktop", share / "applications" / "reader-app.desktop")
    for size in ICON_SIZES:
        _copy(
            ICONS / f"reader-app-{size}.png",
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "reader-app.png",
        )
    _copy(
        ICONS / "reader-app.svg",
        share / "icons" / "hicolor" / "scalable" / "apps" / "reader-app.svg",
    )
    doc = share / "doc" / PACKAGE
    _copy(HERE / "policy.example.toml", doc / "policy.example.toml")
    for name in ("deployment.md",):
        if (REPO / "docs" / name).exists():
            _copy(REPO / "docs" / name, doc / name)
    _copy(HERE / "copyright", doc / "copyright")
    for folder in [root / "usr", *(root / "usr").rglob("*")]:
        if folder.is_dir() and not folder.is_symlink():
            folder.chmod(0o755)


def build_deb(bundle: Path, out_dir: Path, version: str, level: int | None = None) -> Path:
    """Build ``reader-app_<version>_<arch>.deb`` in ``out_dir`` and return its path.

    ``level``: xz's compression level (dpkg-deb -z); None is dpkg-deb's default (6).
    """
    with tempfile.TemporaryDirectory(prefix="reader-deb-") as tmp:
        root = Path(tmp) / "root"
        stage(bundle, root)
        size = sum(p.lstat().st_size for p in root.rglob("*"))
        debian = root / "DEBIAN"
        debian.mkdir(mode=0o755)
        (debian / "control").write_text(control(version, size // 1024 + 1), encoding="utf-8")
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{PACKAGE}_{version}_{architecture()}.deb"
        subprocess.run(
            [
                "dpkg-deb",
                "--root-owner-group",
                "-Zxz",
                *([] if level is None else [f"-z{level}"]),
                "--build",
                str(root),
                str(target),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(REPO))
    from reader_app import __version__

    bundle = Path(argv[0]) if argv else REPO / "packaging" / "dist" / "reader-app"
    out_dir = Path(argv[1]) if len(argv) > 1 else bundle.parent
    sys.stdout.write(f"{build_deb(bundle, out_dir, __version__)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
