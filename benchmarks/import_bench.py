"""Importing many text issues in one command: the time per issue must stay flat.

    python benchmarks/import_bench.py [--sizes 40 80 160 320]

Each size runs ``reader-app-cli import`` once, in a fresh profile, with that many
copies of the bundled issue's text (each under its own year and number, so each is
a new issue), and prints the time the command reports, per issue, and its peak
memory. An import used to re-read the whole library after each issue, so the time
grew with the square of the count (3 min 10 s for 320). Prints, never asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "issues" / "2022-18" / "source.txt"
ISSUE_LINE = "2022年（总第十八期）"
NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def sources(folder: Path, count: int) -> list[Path]:
    """``count`` copies of the seed text, issue n as year 2000 + n // 12, number n % 12 + 1."""
    text = SEED.read_text(encoding="utf-8")
    assert ISSUE_LINE in text
    paths = []
    for n in range(count):
        line = f"{2000 + n // 12}年（总第{NUMERALS[n % 12]}期）"
        path = folder / f"issue-{n:04d}.txt"
        path.write_text(text.replace(ISSUE_LINE, line, 1), encoding="utf-8")
        paths.append(path)
    return paths


def run(count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="reader-import-") as tmp:
        work = Path(tmp)
        files = sources(work, count)
        env = dict(os.environ, READER_APP_HOME=str(work / "home"))
        cli = Path(sys.executable).with_name("reader-app-cli")
        command = [str(cli)] if cli.exists() else [sys.executable, "-m", "reader_app.cli"]
        started = time.perf_counter()
        result = subprocess.run(
            [*command, "import", "--json", *map(str, files)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            check=True,
        )
        wall = time.perf_counter() - started
        report = json.loads(result.stdout)
        assert all("error" not in r for r in report["imports"]), result.stderr[-2000:]
        return {
            "count": count,
            "reported_s": report["seconds"],
            "wall_s": wall,
            "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[40, 80, 160, 320])
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    print(f"{'issues':>7}{'import (s)':>12}{'per issue (ms)':>16}{'process (s)':>13}{'peak MB':>9}")
    for size in args.sizes:
        f = run(size)
        print(
            f"{size:7d}{f['reported_s']:12.2f}{f['reported_s'] / size * 1000:16.1f}"
            f"{f['wall_s']:13.2f}{f['peak_mb']:9.0f}"
        )
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
