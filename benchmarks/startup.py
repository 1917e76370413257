"""Print how long the reader takes from launch to a usable window.

    python benchmarks/startup.py [EXECUTABLE ...] [--runs N]

Without an executable it measures the frozen build in packaging/dist/reader-app
(or ``python -m reader_app`` from source when there is none). Each run starts the
program with ``--smoke-test 锂电`` offscreen in a fresh state folder: it opens
the window, searches, opens the first hit and quits, so the wall time is an
upper bound of "launch to usable window". Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FROZEN = (
    REPO
    / "packaging"
    / "dist"
    / "reader-app"
    / ("reader-app.exe" if sys.platform == "win32" else "reader-app")
)
QUERY = "锂电"


def isolated_env(home: Path) -> dict[str, str]:
    """A fresh profile, no machine policy, no display: what a first start looks like."""
    return dict(
        os.environ,
        READER_APP_HOME=str(home / "home"),
        READER_APP_POLICY=str(home / "no-policy.toml"),
        XDG_CONFIG_DIRS=str(home / "site-config"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
    )


def run_once(command: list[str], home: Path) -> tuple[float, dict]:
    """One smoke-test run: (wall seconds, the JSON line it printed)."""
    start = time.perf_counter()
    result = subprocess.run(
        [*command, "--smoke-test", QUERY],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=isolated_env(home),
        timeout=120,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} exited {result.returncode}: {result.stderr[-2000:]}")
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"{command[0]} printed no JSON line: {result.stdout[-2000:]}")
    return elapsed, json.loads(lines[-1])


def measure(command: list[str], runs: int) -> dict[str, float]:
    """First start (empty profile) and warm starts (same profile, OS caches warm)."""
    with tempfile.TemporaryDirectory(prefix="reader-startup-") as tmp:
        home = Path(tmp)
        first, _ = run_once(command, home)
        warm = [run_once(command, home)[0] for _ in range(runs)]
    return {
        "first_start_s": first,
        "warm_median_s": statistics.median(warm),
        "warm_max_s": max(warm),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    targets = args.executable or [FROZEN if FROZEN.exists() else None]
    for target in targets:
        command = [str(target)] if target else [sys.executable, "-m", "reader_app"]
        figures = measure(command, args.runs)
        name = str(target) if target else "python -m reader_app (source)"
        sys.stdout.write(
            f"start to usable window, {name}: first start {figures['first_start_s']:.2f} s, "
            f"warm median {figures['warm_median_s']:.2f} s, "
            f"max {figures['warm_max_s']:.2f} s over {args.runs} runs (target <= 2 s)\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
