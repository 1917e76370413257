"""The real ``reader-app`` on a bare Linux session: no display, no D-Bus session bus.

Each test starts the window in a subprocess with a made-up environment, as a
user or a service would, because both faults happen inside Qt and libdbus before
any Python test could look.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader_app.gui.base import desktop
from tests.conftest import REPO

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="X11, Wayland and D-Bus sessions are Linux's"
)
SESSION_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS")


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is needed (apt-get install {package}; .ci/run installs it)"
    return path


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a login without a desktop: no display, no bus, a fresh HOME."""
    env = {k: v for k, v in os.environ.items() if k not in SESSION_VARS}
    runtime = home.parent / "runtime"
    runtime.mkdir(exist_ok=True)
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), READER_APP_HOME=str(home / "rh"))
    env.update(extra)
    return env


def run_window(args: list[str], env: dict[str, str], xvfb: bool = False):
    command = [sys.executable, "-m", "reader_app.gui.app", *args]
    if xvfb:  # a real X server and Qt's xcb platform, where the bridge and libdbus run
        command = [tool("xvfb-run", "xvfb xauth"), "-a", *command]
        env = dict(env, QT_QPA_PLATFORM="xcb")
    return subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", errors="replace",
        env=env, cwd=REPO, timeout=300, check=False,
    )  # fmt: skip


def processes_of(home: Path, name: str) -> list[int]:
    """Processes called ``name`` that run with this test's HOME: left behind by the window."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes()
            environ = (proc / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if name.encode() in cmdline and f"HOME={home}".encode() in environ:
            found.append(int(proc.name))
    return found


@linux_only
def test_without_a_display_one_line_says_what_to_do(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = run_window([], bare_env(home))
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "no display" in lines[0]
    assert f"xvfb-run {sys.executable} -m reader_app`" in lines[0] and "--smoke-test" in lines[0]
    assert "could not connect to display" not in done.stderr


@linux_only
@pytest.mark.parametrize("on_path", [False, True])
def test_the_message_names_the_command_that_starts_this_program(
    tmp_path: Path, on_path: bool
) -> None:
    """Issue 26: after the README's venv install `reader-app` is not on PATH, so the
    message says `xvfb-run .venv/bin/reader-app`; on PATH it says `xvfb-run reader-app`."""
    program = Path(sys.executable).with_name("reader-app")
    assert program.is_file(), "the test install (pip install -e) makes the gui script"
    home = tmp_path / "home"
    home.mkdir()
    path = os.pathsep.join(
        ([str(program.parent)] if on_path else [])
        + [p for p in os.environ.get("PATH", "").split(os.pathsep) if Path(p) != program.parent]
    )
    done = subprocess.run(
        [str(program)], capture_output=True, text=True, encoding="utf-8",
        env=bare_env(home, PATH=path), cwd=REPO, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    expected = "reader-app" if on_path else str(program)
    assert f"`xvfb-run {expected}`" in done.stderr, done.stderr
    assert f"`{expected} --smoke-test 锂电`" in done.stderr


@linux_only
def test_without_a_display_the_smoke_test_still_checks_the_installation(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = run_window(["--smoke-test", "锂电"], bare_env(home))
    assert done.returncode == 0, done.stderr[-2000:]
    assert '"hits": ' in done.stdout


@linux_only
def test_without_a_session_bus_nothing_is_autolaunched(tmp_path: Path) -> None:
    tool("dbus-launch", "dbus-x11")  # what libdbus would start; without it the test proves nothing
    home = tmp_path / "home"
    home.mkdir()
    try:
        done = run_window(["--smoke-test", "锂电"], bare_env(home), xvfb=True)
        assert done.returncode == 0, done.stderr[-2000:]
        left = processes_of(home, "dbus-launch") + processes_of(home, "dbus-daemon")
        assert left == [], "the window left a D-Bus session behind"
        assert not (home / ".dbus").exists()
    finally:
        for pid in processes_of(home, "dbus-launch") + processes_of(home, "dbus-daemon"):
            os.kill(pid, signal.SIGTERM)


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A private session bus, and a monitor that records every message on it."""
    daemon = tool("dbus-daemon", "dbus-daemon")
    monitor = tool("dbus-monitor", "dbus-bin")
    socket = tmp_path / "runtime" / "bus"
    socket.parent.mkdir()
    address = f"unix:path={socket}"
    bus = subprocess.Popen(
        [daemon, "--session", "--nofork", f"--address={address}"], stdout=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 10
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    log = tmp_path / "bus.log"
    with log.open("wb") as out:
        watcher = subprocess.Popen(
            [monitor, "--address", address], stdout=out, stderr=subprocess.STDOUT
        )
        while b"NameAcquired" not in log.read_bytes() and time.monotonic() < deadline:
            time.sleep(0.05)  # the monitor is listening
        try:
            yield address, log
        finally:
            for process in (watcher, bus):
                process.terminate()
                process.wait(timeout=10)


@linux_only
@pytest.mark.parametrize("found_by", ["DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR/bus"])
def test_with_a_session_bus_the_accessibility_bridge_stays_on(
    tmp_path: Path, session_bus: tuple[str, Path], found_by: str
) -> None:
    """Qt's AT-SPI bridge asks the session bus for the screen readers' bus (org.a11y.Bus)."""
    address, log = session_bus
    home = tmp_path / "home"
    home.mkdir()
    env = bare_env(home)  # XDG_RUNTIME_DIR holds the bus socket: libdbus finds it there
    if found_by == "DBUS_SESSION_BUS_ADDRESS":
        env["DBUS_SESSION_BUS_ADDRESS"] = address
    done = run_window(["--smoke-test", "锂电"], env, xvfb=True)
    assert done.returncode == 0, done.stderr[-2000:]
    time.sleep(0.5)  # the monitor writes what it saw
    assert b"org.a11y.Bus" in log.read_bytes(), "the window did not look for screen readers"
    assert not (home / ".dbus").exists()


@pytest.mark.parametrize(
    ("platform", "env", "refused"),
    [
        ("linux", {}, True),
        ("linux", {"DISPLAY": ":0"}, False),
        ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, False),
        ("linux", {"QT_QPA_PLATFORM": "vnc"}, False),  # the user's choice is left to Qt
        ("freebsd14", {}, True),
        ("win32", {}, False),
        ("darwin", {}, False),
    ],
)
def test_which_sessions_lack_a_display(platform: str, env: dict[str, str], refused: bool) -> None:
    assert (desktop.missing_display(dict(env), platform) is not None) is refused


def test_an_existing_bus_is_never_replaced(tmp_path: Path) -> None:
    given = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    desktop.no_bus_autolaunch(given, "linux")
    assert given["DBUS_SESSION_BUS_ADDRESS"] == "unix:path=/run/user/1000/bus"
    none: dict[str, str] = {"XDG_RUNTIME_DIR": str(tmp_path)}  # no bus socket there
    desktop.no_bus_autolaunch(none, "linux")
    assert none["DBUS_SESSION_BUS_ADDRESS"] == desktop.NO_SESSION_BUS
    windows: dict[str, str] = {}
    desktop.no_bus_autolaunch(windows, "win32")
    assert windows == {}
