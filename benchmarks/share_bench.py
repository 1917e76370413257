"""Print what a reading room on a share costs: start, publish-to-visible, bytes written.

    python benchmarks/share_bench.py [--sizes 20 320] [--poll SECONDS]

A real folder stands for the share. Synthetic issues are copies of the bundled
issue under new ids (like tests/conftest.py's ``share``); the staff machine
publishes them (bundles + index generation), then:

- a workstation (``reader-app --smoke-test``: window, search, open the hit)
  starts on the share: first start (copies the share to its cache) and warm
  starts, against a public workstation on an unpublished share (today's way:
  it indexes the share at every start);
- a running window follows a publish: seconds from the staff command's end to
  the new issue in the window (the poll interval bounds it);
- a simulated day on one workstation (starts, searches, one publish): bytes
  written, by place; outside its cache, settings and temp folders it must be 0.

Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SEED_BUNDLE = REPO / "issues" / "2022-18"


def make_issue(share: Path, n: int) -> str:
    issue_id = f"b{n:04d}"
    target = share / issue_id
    shutil.copytree(SEED_BUNDLE, target)
    toml = target / "issue.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('id = "2022-18"', f'id = "{issue_id}"', 1), encoding="utf-8")
    for article in (target / "articles").glob("*.md"):  # article ids are the issue's own
        body = article.read_text(encoding="utf-8")
        article.write_text(body.replace('id = "2022-18-', f'id = "{issue_id}-', 1), "utf-8")
    return issue_id


def env_for(home: Path, policy: Path) -> dict[str, str]:
    return dict(
        os.environ,
        READER_APP_HOME=str(home),
        READER_APP_POLICY=str(policy),
        XDG_CONFIG_DIRS=str(home.parent / "site-config"),
        TMPDIR=str(home.parent / "tmp"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
    )


def policy_file(folder: Path, name: str, share: Path, publish: bool) -> Path:
    path = folder / name
    lines = [f'library_folders = ["{share}"]']
    lines.append("publish_library = true" if publish else "public_mode = true")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def publish(share: Path, world: Path) -> float:
    """The staff machine's ``reader-app-cli publish``: seconds."""
    staff = policy_file(world, "staff.toml", share, publish=True)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "reader_app.cli", "publish"],
        env=env_for(world / "staff-home", staff), check=True, capture_output=True,
    )  # fmt: skip
    return time.perf_counter() - start


def start_once(home: Path, policy: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "reader_app", "--smoke-test", "锂电"],
        env=env_for(home, policy), capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    return time.perf_counter() - start


def startup_figures(size: int, runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="share-bench-") as tmp:
        world = Path(tmp)
        (world / "tmp").mkdir()
        share = world / "share"
        share.mkdir()
        for n in range(size):
            make_issue(share, n)
        old_way = policy_file(world, "ws.toml", share, publish=False)
        if size <= 40:
            home = world / "ws-old"
            before = start_once(home, old_way)
            print(f"  {size} issues, unpublished share (indexed at start): {before:.2f} s")
        took = publish(share, world)
        print(f"  {size} issues: staff publish (full index generation) {took:.1f} s")
        local_share = world / "local-share"  # the same library with a local index (index_dir)
        shutil.copytree(share, local_share, ignore=shutil.ignore_patterns(".reader-index"))
        local_index = world / "local-index"
        shutil.copytree(share / ".reader-index", local_index,
                        ignore=shutil.ignore_patterns("*.lock", "retired.json"))  # fmt: skip
        local = world / "local.toml"
        local.write_text(f'public_mode = true\nlibrary_folders = ["{local_share}"]\n'
                         f'index_dir = "{local_index}"\n', "utf-8")  # fmt: skip
        start_once(world / "ws-local", local)
        warm = [start_once(world / "ws-local", local) for _ in range(runs)]
        print(f"  {size} issues, local index (index_dir): warm start median "
              f"{statistics.median(warm):.2f} s")  # fmt: skip
        home = world / "ws-home"
        first = start_once(home, old_way)
        warm = [start_once(home, old_way) for _ in range(runs)]
        print(
            f"  {size} issues, published share: first start {first:.2f} s (copies the share "
            f"to the cache), warm start median {statistics.median(warm):.2f} s, "
            f"max {max(warm):.2f} s"
        )


def publish_to_visible(poll: float) -> None:
    """A window follows the share; seconds from the publish's end to the issue in the window."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["READER_APP_SHARE_POLL_SECONDS"] = str(poll)
    with tempfile.TemporaryDirectory(prefix="share-bench-") as tmp:
        world = Path(tmp)
        share = world / "share"
        share.mkdir()
        for n in range(20):
            make_issue(share, n)
        publish(share, world)
        os.environ["READER_APP_HOME"] = str(world / "ws-home")
        from PySide6.QtWidgets import QApplication

        from reader_app.core.app.session import Session
        from reader_app.core.machine.paths import app_dirs
        from reader_app.core.machine.policy import Policy as MachinePolicy
        from reader_app.gui.base.settings import Settings
        from reader_app.gui.shell.mainwindow import MainWindow

        app = QApplication.instance() or QApplication([])
        machine = MachinePolicy(public_mode=True, library_folders=(share,))
        window = MainWindow(Session(machine, app_dirs()), Settings())
        window.show()
        window.start()
        _spin(app, lambda: window.index_ready, 120)
        figures, publishes = [], []
        for n in range(20, 23):
            new = make_issue(share, n)
            publishes.append(publish(share, world))  # copy-on-write: copy, add one issue
            done = time.perf_counter()
            _spin(app, lambda new=new: new in {i.id for i in window.library.issues}, 120)
            figures.append(time.perf_counter() - done)
        print(
            f"  publish to visible in a running window (poll {poll:g} s): "
            + ", ".join(f"{f:.1f} s" for f in figures)
        )
        print("  staff publish of one more issue (20 issues on the share): "
              + ", ".join(f"{f:.1f} s" for f in publishes))  # fmt: skip
        window.close()


def _spin(app: object, condition: object, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()
    }


def _written(before: dict, after: dict) -> int:
    return sum(size for path, (size, mtime) in after.items() if before.get(path) != (size, mtime))


def day_of_writes(searches: int) -> None:
    """One workstation's day: 6 window starts, CLI searches, one publish at noon."""
    with tempfile.TemporaryDirectory(prefix="share-bench-") as tmp:
        world = Path(tmp)
        (world / "tmp").mkdir()
        share = world / "share"
        share.mkdir()
        for n in range(20):
            make_issue(share, n)
        publish(share, world)
        ws = policy_file(world, "ws.toml", share, publish=False)
        home = world / "ws-home"
        start_once(home, ws)  # installed yesterday: the copy exists
        places = {"share": share, "cache": home / "cache", "config": home / "config",
                  "data": home / "data", "temp": world / "tmp"}  # fmt: skip
        before = {name: _snapshot(path) for name, path in places.items()}
        share_by_staff = 0
        queries = "\n".join(["锂电", "自贸区", "数字经济", "低空经济"] * (searches // 4))
        for hour in range(6):
            start_once(home, ws)
            subprocess.run(
                [sys.executable, "-m", "reader_app.cli", "search", "-"], input=queries,
                env=env_for(home, ws), capture_output=True, text=True, check=True,
            )  # fmt: skip
            if hour == 3:  # staff publish one issue: what they write is not the workstation's
                pre = _snapshot(share)
                make_issue(share, 99)
                publish(share, world)
                share_by_staff = _written(pre, _snapshot(share))
        print(
            f"  a day on one workstation (6 starts, {6 * (searches // 4) * 4} searches, one publish):"
        )
        for name, path in places.items():
            written = _written(before[name], _snapshot(path) if path.exists() else {})
            if name == "share":
                written -= share_by_staff
            print(f"    {name:<7} {written:>12,} bytes")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20, 320])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--poll", type=float, default=20.0)
    parser.add_argument("--searches", type=int, default=40)
    args = parser.parse_args(argv)
    print("workstation start on a share (reader-app --smoke-test 锂电):")
    for size in args.sizes:
        startup_figures(size, args.runs)
    print("following a share:")
    publish_to_visible(args.poll)
    day_of_writes(args.searches)
    return 0


if __name__ == "__main__":
    sys.exit(main())
