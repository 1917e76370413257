"""What the window needs from the desktop session, checked before Qt starts.

Two things Qt handles badly on a bare Linux machine: with no display it aborts
with a message that says nothing about what to do; with no D-Bus session bus,
libdbus "autolaunches" one (``dbus-launch --autolaunch``), which outlives the
window and writes under ``~/.dbus``. Both are settled here, from the environment
alone, so that nothing has to be undone once Qt runs.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
from collections.abc import MutableMapping
from pathlib import Path

NO_DISPLAY_EXIT = 1  # README, "The window": the window could not be opened
NO_SESSION_BUS = "disabled:"  # not a transport libdbus knows: it fails at once


def no_display_message(program: str) -> str:
    """The one line for a start without a display, naming the command that started us."""
    return (
        "reader-app: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY "
        "is set); run it in a desktop session, or under a virtual display with "
        f"`xvfb-run {program}`; to check the installation without a display, run "
        f"`{program} --smoke-test 锂电` (it uses QT_QPA_PLATFORM=offscreen)."
    )


def program_command(argv0: str | None = None, search_path: str | None = None) -> str:
    """How to start this program again from the same shell.

    ``reader-app`` when the shell's PATH finds this very program; else the path it was
    started by (``.venv/bin/reader-app`` after the README's venv install, which puts
    nothing on PATH); ``python -m reader_app`` when started as a module.
    """
    argv0 = sys.argv[0] if argv0 is None else argv0
    started = Path(argv0)
    if started.stem != "reader-app":  # python -m reader_app(.gui.app)
        return f"{sys.executable} -m reader_app"
    found = shutil.which("reader-app", path=search_path)
    with contextlib.suppress(OSError):
        if found and Path(found).resolve() == started.resolve():
            return "reader-app"
    return argv0


def _uses_x11_or_wayland(platform: str) -> bool:
    """Windows and macOS always have a display; other Unixes need X11 or Wayland."""
    return not platform.startswith(("win", "cygwin", "darwin"))


def missing_display(
    env: MutableMapping[str, str] | None = None, platform: str = sys.platform
) -> str | None:
    """The line to print when Qt would abort for want of a display, else None.

    QT_QPA_PLATFORM set by the user (offscreen, vnc, eglfs, ...) is their choice
    and is left to Qt.
    """
    env = os.environ if env is None else env
    if not _uses_x11_or_wayland(platform) or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return no_display_message(program_command(search_path=env.get("PATH")))


def no_bus_autolaunch(
    env: MutableMapping[str, str] | None = None, platform: str = sys.platform
) -> None:
    """Without a session bus, tell libdbus there is none instead of letting it start one.

    An existing bus is left alone, whether named by DBUS_SESSION_BUS_ADDRESS or
    found by libdbus at ``$XDG_RUNTIME_DIR/bus`` (systemd user sessions): screen
    readers reach Qt's accessibility bridge through it. A bus autolaunched for
    this process alone has no screen reader on it, so nothing is lost without
    one. Child processes (a browser opened from a link) inherit the same answer.
    """
    env = os.environ if env is None else env
    if not _uses_x11_or_wayland(platform) or env.get("DBUS_SESSION_BUS_ADDRESS"):
        return
    if _user_bus_exists(env.get("XDG_RUNTIME_DIR")):
        return
    env["DBUS_SESSION_BUS_ADDRESS"] = NO_SESSION_BUS


def _user_bus_exists(runtime_dir: str | None) -> bool:
    """The socket libdbus itself looks for before it would autolaunch."""
    if not runtime_dir:
        return False
    try:
        return stat.S_ISSOCK((Path(runtime_dir) / "bus").stat().st_mode)
    except OSError:
        return False
