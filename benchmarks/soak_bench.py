"""The long soak: a patron's day at a public workstation, with real X input events.

Run:  python benchmarks/soak_bench.py [--actions 5000] [--max-minutes 15] [--warm-up 1000]

Needs Xvfb (``xvfb-run``) and ``xdotool``. The script re-runs itself under its
own ``xvfb-run`` display (never a real desktop), starts the real window
(``python -m reader_app.gui.app``, Qt's xcb platform) in public mode with a 3 s
idle reset, and drives it from outside with xdotool: focus the window, then
searches typed character by character (Chinese too), Enter, results opened with
the arrow keys and by double-click, F3 / Shift+F3, Alt+Left/Right and the
mouse's back button, Ctrl+= / Ctrl+-, the library tree walked with arrow keys,
Ctrl+PgDn, the wheel, and pauses that let the idle reset clear the window. It
samples the window process's RSS from /proc/PID/status and prints figures
(docs/reliability.md, "Soak"). Target (issue 9): no crash, and RSS over the last
1,000 actions grows by less than 10 MB. Prints figures; asserts nothing; exits
1 if the window died.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
INNER = "READER_APP_SOAK_INNER"
IDLE_S = 3.0  # the policy's idle reset (0.05 min)
QUERIES = [
    "锂电", "跨境电商", "自贸区", "天津港", "5G", "PM2.5", "OLED", "TOP50", "新能源汽车",
    "供应链", "数字经济", "融资租赁", "海关", "芯片", "碳中和", "光伏", "人工智能", "跨境",
    "鋰電池", "国研", "图书", "量子引力弦论", "xyzzy",
]  # fmt: skip


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Driver:
    """One patron's habits as xdotool commands: each call is one action."""

    def __init__(self, window: str, rng: random.Random) -> None:
        self.window, self.rng = window, rng
        self.done: Counter[str] = Counter()

    def xdo(self, *args: str, pause: float = 0.01) -> None:
        subprocess.run(["xdotool", *args], check=True, timeout=60)
        time.sleep(pause)

    def focus(self) -> None:
        self.xdo("windowfocus", "--sync", self.window)

    def search(self) -> None:
        query = self.rng.choice(QUERIES)
        self.xdo("key", "ctrl+k", "type", "--delay", "15", query, "key", "Return", pause=0.1)

    def result_by_keys(self) -> None:
        downs = ["Down"] * self.rng.randrange(1, 4)
        self.xdo("key", "ctrl+k", "Down", *downs, "Return", pause=0.05)

    def result_by_mouse(self) -> None:
        y = str(self.rng.choice([270, 330, 420, 560]))  # rows of the results list
        self.xdo("key", "ctrl+k", "mousemove", "--window", self.window, "180", y,
                 "click", "--repeat", "2", "--delay", "60", "1", pause=0.05)  # fmt: skip

    def next_hit(self) -> None:
        self.xdo("key", "F3")

    def previous_hit(self) -> None:
        self.xdo("key", "shift+F3")

    def back(self) -> None:
        if self.rng.random() < 0.3:
            self.xdo("mousemove", "--window", self.window, "800", "400", "click", "8")
        else:
            self.xdo("key", "alt+Left")

    def forward(self) -> None:
        self.xdo("key", "alt+Right")

    def zoom(self) -> None:
        self.xdo("key", self.rng.choice(["ctrl+equal", "ctrl+minus"]))

    def tree(self) -> None:
        keys = [self.rng.choice(["Down", "Down", "Up", "Right"]) for _ in range(5)]
        self.xdo("key", "ctrl+l", *keys[: self.rng.randrange(1, 6)])

    def next_article(self) -> None:
        self.xdo("key", self.rng.choice(["ctrl+Next", "ctrl+Next", "ctrl+Prior"]))

    def read(self) -> None:
        self.xdo("mousemove", "--window", self.window, "800", "400",
                 "click", "--repeat", "3", "5")  # fmt: skip

    def habits(self) -> list[tuple[str, int]]:
        return [
            ("search", 24), ("result_by_keys", 6), ("result_by_mouse", 6), ("next_hit", 16),
            ("previous_hit", 8), ("back", 8), ("forward", 5), ("zoom", 8), ("tree", 10),
            ("next_article", 4), ("read", 5),
        ]  # fmt: skip

    def act(self) -> None:
        names, weights = zip(*self.habits(), strict=True)
        name = self.rng.choices(names, weights)[0]
        getattr(self, name)()
        self.done[name] += 1


def start_window(root: Path) -> tuple[subprocess.Popen, Path]:
    (root / "policy.toml").write_text(
        f"public_mode = true\nidle_reset_minutes = {IDLE_S / 60:.4f}\n"
        f"public_log_folder = '{root / 'log'}'\n",
        encoding="utf-8",
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="xcb",
        HOME=str(root),
        TMPDIR=str(root),
        READER_APP_HOME=str(root / "home"),
        READER_APP_POLICY=str(root / "policy.toml"),
        PYTHONPATH=str(REPO),
    )
    out = (root / "window.out").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "reader_app.gui.app"], env=env, cwd=REPO,
        stdout=out, stderr=subprocess.STDOUT,
    )  # fmt: skip
    return process, root / "window.out"


def log_lines(root: Path, text: str) -> int:
    logs = list((root / "log").glob("reader-app.log*"))
    return sum(p.read_text(encoding="utf-8", errors="replace").count(text) for p in logs)


def run(args: argparse.Namespace) -> int:
    import PySide6

    root = Path(tempfile.mkdtemp(prefix="reader-soak-"))
    process, output = start_window(root)
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(process.pid)],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    window = found.stdout.split()[0]
    deadline = time.monotonic() + 120
    while not log_lines(root, "search index:") and time.monotonic() < deadline:
        time.sleep(0.2)  # the session index is built: search is ready
    driver = Driver(window, random.Random(args.seed))
    resets_before = log_lines(root, "idle reset: back to the start page")
    driver.focus()
    time.sleep(0.5)
    started = time.monotonic()
    rss = {0: rss_kb(process.pid)}
    pauses = crashed = 0
    n = 0
    limit = started + args.max_minutes * 60
    while n < args.actions and time.monotonic() < limit:
        n += 1
        if n % args.idle_every == 0:  # the patron leaves; the next one comes
            time.sleep(IDLE_S + 0.8)
            pauses += 1
            driver.focus()
        else:
            with contextlib.suppress(subprocess.CalledProcessError):
                driver.act()  # an xdotool that failed once: the patron just goes on
        if process.poll() is not None:
            crashed = 1
            break
        if n % 100 == 0:
            rss[n] = rss_kb(process.pid)
    minutes = (time.monotonic() - started) / 60
    cpu = cpu_seconds(process.pid) if not crashed else float("nan")
    rss[n] = rss[n] if n in rss else (rss_kb(process.pid) if not crashed else 0)
    resets = log_lines(root, "idle reset: back to the start page") - resets_before
    if not crashed:
        subprocess.run(["xdotool", "key", "ctrl+q"], check=False, timeout=30)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.terminate()
            process.wait(timeout=30)
    warm = max(k for k in rss if k <= args.warm_up)
    last = max((k for k in rss if k <= n - 1000), default=0)
    mb = {k: round(v / 1024, 1) for k, v in rss.items()}
    print(f"PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}, Xvfb + xdotool")
    print(f"actions: {n} in {minutes:.1f} min ({n / max(minutes, 1e-9):.0f} per minute)")
    print(f"by kind: {dict(driver.done)}; idle pauses {pauses}")
    print(f"idle resets logged by the window: {resets} for {pauses} pauses")
    print(f"window CPU time: {cpu:.0f} s")
    print(
        f"RSS: start {mb[0]} MB, after warm-up ({warm} actions) {mb[warm]} MB, "
        f"end {mb[n]} MB, max {max(mb.values())} MB"
    )
    print(f"RSS growth over the last 1,000 actions ({last} → {n}): {mb[n] - mb[last]:+.1f} MB")
    print(f"RSS by action (MB): {mb}")
    print(f"crashes: {crashed}; window exit code {process.returncode}")
    if crashed:
        print(output.read_text(encoding="utf-8", errors="replace")[-3000:])
    else:
        shutil.rmtree(root, ignore_errors=True)
    return crashed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=5000)
    parser.add_argument("--max-minutes", type=float, default=15.0)
    parser.add_argument("--warm-up", type=int, default=1000)
    parser.add_argument("--idle-every", type=int, default=500, help="actions between patrons")
    parser.add_argument("--seed", type=int, default=20221118)
    args = parser.parse_args(argv)
    if os.environ.get(INNER) != "1":  # our own virtual display: never drive a real desktop
        for tool in ("xvfb-run", "xdotool"):
            if not shutil.which(tool):
                sys.stderr.write(f"{tool} is needed: apt-get install xvfb xauth xdotool\n")
                return 2
        command = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24",
                   sys.executable, __file__, *(argv if argv is not None else sys.argv[1:])]  # fmt: skip
        return subprocess.run(command, env=dict(os.environ, **{INNER: "1"}), check=False).returncode
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
