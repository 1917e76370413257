"""What Orca says, from Orca itself (issue 26): the real window under Xvfb, real keys.

The test starts its own X server (Xvfb), session bus (dbus-daemon), accessibility bus
(at-spi-bus-launcher), the reader (``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``, as when a
screen reader is running) and Orca 43, then types as a patron would with xdotool: the
tree, Down to an article, Enter, Tab into the article, Down by line, Right, F6. Orca's
debug log records every utterance (``SPEECH OUTPUT: '…'``); the test reads what Orca
spoke after each key and checks it against the article's own text.

Orca runs from its Python modules (``orca.orca.main``), not the ``orca`` launcher: the
launcher refuses to start while another Orca of the same user runs, and ``--replace``
would kill that one; this way the debug log is also line-buffered, so the test can wait
for each utterance. No speech server (the log is what is checked) and no braille.

Skipped when Orca, Xvfb, xdotool, dbus-daemon or at-spi-bus-launcher is not installed
(Debian: orca, xvfb, xdotool, dbus-daemon, at-spi2-core).
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader_app.core.base.model import Article
from reader_app.core.library.bundle import read_bundle
from tests.conftest import REPO

pytestmark = pytest.mark.slow

BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
WINDOW_TITLE = "阅读器"  # "《信息摘编》阅读器" and "… — 《信息摘编》阅读器"

#: Orca's main, with a line-buffered debug log; argv: the log, the settings folder.
ORCA_MAIN = """
import sys
from orca import debug
debug.debugLevel = debug.LEVEL_ALL
debug.debugFile = open(sys.argv[1], "w", buffering=1)
from orca import orca
orca.getSettingsManager().activate(
    sys.argv[2], {"speechServerFactory": "", "enableBraille": False, "enableSound": False}
)
sys.exit(orca.main())
"""


def _orca_python() -> str | None:
    """The interpreter Orca's launcher runs under (it has Orca's modules), if installed."""
    launcher = shutil.which("orca")
    if launcher is None:
        return None
    first = Path(launcher).read_text(errors="replace").splitlines()[:1]
    python = first[0].removeprefix("#!").split()[0] if first and first[0].startswith("#!") else ""
    if not python or not Path(python).exists():
        return None
    find = "import importlib.util as u; assert u.find_spec('orca') and u.find_spec('pyatspi')"
    ok = subprocess.run([python, "-c", find], capture_output=True)  # importing needs a bus
    return python if ok.returncode == 0 else None


def _bus_launcher() -> str | None:
    return next((p for p in BUS_LAUNCHERS if Path(p).exists()), None)


ORCA_PYTHON = _orca_python()
MISSING = [
    name
    for name, found in (
        ("orca", ORCA_PYTHON),
        ("Xvfb", shutil.which("Xvfb")),
        ("xdotool", shutil.which("xdotool")),
        ("dbus-daemon", shutil.which("dbus-daemon")),
        ("at-spi-bus-launcher", _bus_launcher()),
    )
    if not found
]
if MISSING:
    pytestmark = [pytest.mark.slow, pytest.mark.skip(reason=f"not installed: {', '.join(MISSING)}")]


class Desktop:
    """An X server, a session bus and the processes started on them, each stopped by id."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.procs: list[subprocess.Popen[bytes]] = []
        self.bus_pid: int | None = None
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_"))}
        runtime = folder / "run"
        runtime.mkdir(mode=0o700, parents=True)
        self.env["XDG_RUNTIME_DIR"] = str(runtime)
        self.env["HOME"] = str(folder)  # Orca's and dconf's own files stay in the test's folder
        self.env.pop("WAYLAND_DISPLAY", None)

    def start(self, args: list[str], name: str, **extra: str) -> subprocess.Popen[bytes]:
        with (self.folder / f"{name}.log").open("wb") as log:  # the child keeps its copy
            proc = subprocess.Popen(
                args, env={**self.env, **extra}, stdout=log, stderr=subprocess.STDOUT,
                cwd=REPO, start_new_session=True,
            )  # fmt: skip
        self.procs.append(proc)
        return proc

    def start_x(self) -> None:
        for _ in range(30):  # a display number nobody uses (other runs share the machine)
            n = random.randrange(300, 900)
            if Path(f"/tmp/.X{n}-lock").exists() or Path(f"/tmp/.X11-unix/X{n}").exists():
                continue
            xvfb = self.start(
                ["Xvfb", f":{n}", "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-noreset"],
                "xvfb",
            )
            deadline = time.monotonic() + 15
            while xvfb.poll() is None and time.monotonic() < deadline:
                if Path(f"/tmp/.X11-unix/X{n}").exists():
                    self.env["DISPLAY"] = f":{n}"
                    return
                time.sleep(0.1)
            self.stop(xvfb)
        raise AssertionError("Xvfb did not start")

    def start_bus(self) -> None:
        out = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
            env=self.env, capture_output=True, text=True, check=True,
        ).stdout.split()  # fmt: skip
        self.env["DBUS_SESSION_BUS_ADDRESS"], self.bus_pid = out[0], int(out[1])

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True)
        return done.stdout

    @staticmethod
    def stop(proc: subprocess.Popen[bytes]) -> None:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)

    def close(self) -> None:
        for proc in reversed(self.procs):  # Orca, the app and the bus launcher, then X
            self.stop(proc)
        if self.bus_pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.bus_pid, signal.SIGTERM)


class Orca:
    """Orca's utterances, read from its debug log as it writes them."""

    def __init__(self, log: Path) -> None:
        self.log = log
        self.seen = 0

    def said(self) -> list[str]:
        try:
            text = self.log.read_text(errors="replace")
        except FileNotFoundError:
            return []
        return [m.group(1) for m in re.finditer(r"SPEECH OUTPUT: '(.*?)'(?: voice=\w+)? ?\{", text)]

    def new(self) -> list[str]:
        """What Orca said since the last call."""
        said = self.said()
        fresh, self.seen = said[self.seen :], len(said)
        return fresh

    def wait_for(self, check, timeout: float = 20.0, settle: float = 0.8) -> list[str]:
        """Utterances from now on until one passes ``check`` (and ``settle`` more seconds)."""
        got: list[str] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got += self.new()
            if any(check(s) for s in got):
                time.sleep(settle)
                return got + self.new()
            time.sleep(0.1)
        raise AssertionError(f"Orca never said what was expected; it said {got!r}")


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    world = Desktop(tmp_path / "desktop")
    try:
        world.start_x()
        world.start_bus()
        yield world
    finally:
        world.close()


def _squeeze(text: str) -> str:
    """Text without spaces or Markdown marks: a spoken line and the article compare."""
    return re.sub(r"[\s*#>_|`]+", "", text)


def _article(title: str) -> Article:
    issue = read_bundle(REPO / "issues" / "2022-18", bundled=True)
    return next(a for a in issue.articles if a.title == title)


ITEM = re.compile(r"^(?P<title>.+)，(?P<section>[^，]+)，第\d+页\.?$")


def test_orca_reads_the_article_by_line_and_character(desktop: Desktop, tmp_path: Path) -> None:
    assert ORCA_PYTHON is not None
    desktop.start([_bus_launcher() or "", "--launch-immediately"], "atspi")
    time.sleep(1.0)
    desktop.start(
        [sys.executable, "-m", "reader_app.gui.app", "--lang", "zh_CN"],
        "app",
        READER_APP_HOME=str(tmp_path / "home"),
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
    )
    window = ""
    deadline = time.monotonic() + 60
    while not window and time.monotonic() < deadline:
        window = (desktop.xdotool("search", "--name", WINDOW_TITLE).split() or [""])[0]
        time.sleep(0.3)
    assert window, "the reader's window never appeared"
    prefs = tmp_path / "orca-prefs"
    prefs.mkdir()
    orca = Orca(tmp_path / "orca-debug.log")
    # English role names whatever the machine's locale ("tree", "label").
    desktop.start([ORCA_PYTHON, "-c", ORCA_MAIN, str(orca.log), str(prefs)], "orca",
                  LANG="C.UTF-8", LANGUAGE="", LC_ALL="C.UTF-8")  # fmt: skip
    heard = orca.wait_for(lambda s: s == "Screen reader on.", timeout=30, settle=0)
    desktop.xdotool("windowfocus", "--sync", window)
    heard += orca.wait_for(lambda s: s.startswith("目录 tree"), timeout=30)
    assert any("阅读器 frame" in s for s in heard), heard

    def key(name: str, check, timeout: float = 15.0) -> list[str]:
        orca.new()
        desktop.xdotool("key", "--clearmodifiers", name)
        return orca.wait_for(check, timeout=timeout)

    # The tree: Down to the first article (Right opens a section), as each item is announced.
    title = ""
    for _ in range(12):
        heard = key("Down", lambda s: s not in ("", "not selected."))
        item = next((m for s in heard if (m := ITEM.match(s))), None)
        if item is not None:
            title = item["title"]
            break
        if any("collapsed" in s for s in heard):
            desktop.xdotool("key", "Right")  # Orca says nothing on expanding here
            time.sleep(1.0)
    assert title, "Down never reached an article in the tree"
    article = _article(title)
    assert item is not None and item["section"] == article.section
    desktop.xdotool("key", "Return")  # opens it in the pane; focus stays in the tree
    # Tab on (the tree's filter field, then the article); Orca names the pane.
    for _ in range(4):
        heard = key("Tab", lambda s: s.startswith("tab"))
        if any(s.startswith(f"文章：{title}") for s in heard):
            break
    else:
        raise AssertionError(f"Tab never reached the article: Orca said {heard!r}")
    # A document with a caret (not a "label"): Orca names its role and reads the line.
    named = next(s for s in heard if s.startswith(f"文章：{title}"))
    assert "read only text" in named, heard
    # Down, line by line: the rest of the title if it wraps, then the provenance line
    # (期 · 栏目 · 来源 · 日期 · 页), each line Orca speaks as it is laid out on the screen.
    spoken: list[str] = []
    for _ in range(6):
        heard = key("Down", lambda s: s.strip() != "")
        spoken.append(next(s for s in heard if s.strip()))
        if article.section in spoken[-1]:
            break
        assert _squeeze(spoken[-1]) in _squeeze(article.title), spoken
    line = spoken[-1]
    assert article.section in line, f"Down never reached the provenance line: {spoken!r}"
    assert article.source and article.source in line and f"第{article.page}页" in line
    # Down again: the first line of the body, as laid out on the screen.
    heard = key("Down", lambda s: len(_squeeze(s)) >= 8)
    body_line = next(s for s in heard if len(_squeeze(s)) >= 8)
    assert _squeeze(body_line) in _squeeze(article.body)
    assert _squeeze(article.body).startswith(_squeeze(body_line)[:8])
    # Right: the next character (Chinese is read by character; Qt's wheels have no word
    # dictionary for it, so Ctrl+Right jumps to the next space or punctuation run).
    heard = key("Right", lambda s: s.strip() != "")
    assert heard[0] == _squeeze(body_line)[1], heard
    # F6: on round to the tree (the panes' cycle is tree → results → article).
    # and the tree's current row, the open article, is announced, not its first row.
    heard = key("F6", lambda s: s.startswith(f"{title}，"))
    assert any(s.startswith("目录 tree") for s in heard), heard
