"""A whole scanned issue through the real CLI: how long a 48-page scan takes (issue 25).

The digest is typeset (tests/fixtures/pdfmaker.py, reportlab by default) with the first
n of the bundled issue's articles that make at least ``--pages`` pages (all 66 make 56); it is scanned at ``--dpi`` (tests/fixtures/scans.py: grey paper, skew, blur,
noise, JPEG) and both PDFs are imported with ``reader-app-cli import`` in a
subprocess, each into a fresh READER_APP_HOME with no bundled issues. The born-digital import is the
baseline of the same run. Printed: pages, wall-clock seconds, seconds per page, the
progress lines' count and the peak RSS of the import's processes (the reader child
included), and the articles each import found.

    QT_QPA_PLATFORM=offscreen python benchmarks/scan_import_bench.py [--pages 48] [--dpi 200]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fixtures.pdfmaker import load_articles, make_digest_pdf  # noqa: E402
from tests.fixtures.scans import make_scan  # noqa: E402


def typeset(folder: Path, layout: str, pages: int) -> tuple[Path, int]:
    """A digest PDF of ``pages`` pages or the fewest over it: the first n bundled articles."""
    _, articles = load_articles()
    target = folder / "born.pdf"
    whole = make_digest_pdf(target, layout, articles=articles).pages
    if whole <= pages:
        return target, whole
    count = max(1, len(articles) * pages // whole)
    while True:
        made = make_digest_pdf(target, layout, articles=articles[:count]).pages
        if made >= pages or count == len(articles):
            return target, made
        count += 1


def import_once(pdf: Path, home: Path) -> dict[str, object]:
    """``reader-app-cli import PDF --json`` in a subprocess; wall clock and peak RSS."""
    bundled = home / "no-bundled"  # the library holds only this import
    bundled.mkdir(parents=True)
    env = dict(
        os.environ,
        READER_APP_HOME=str(home),
        READER_APP_BUNDLED_ISSUES=str(bundled),
        QT_QPA_PLATFORM="offscreen",
    )
    code = (
        "import resource, subprocess, sys; "
        "done = subprocess.run([sys.executable, '-m', 'reader_app.cli', 'import', sys.argv[1],"
        " '--json'], capture_output=True, text=True, encoding='utf-8'); "
        "sys.stdout.write(done.stdout); sys.stderr.write(done.stderr); "
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss; "
        "sys.stderr.write(f'\\nPEAK_KB {peak}\\n'); sys.exit(done.returncode)"
    )
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, str(pdf)],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    peak = [line for line in done.stderr.splitlines() if line.startswith("PEAK_KB ")]
    progress = [line for line in done.stderr.splitlines() if "recognised page" in line]
    if done.returncode != 0:
        raise SystemExit(f"import of {pdf} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    data = json.loads(done.stdout)["imports"][0]
    return {
        "seconds": seconds,
        "peak_mb": int(peak[-1].split()[1]) / 1024 if peak else float("nan"),
        "progress_lines": len(progress),
        "articles": data["articles"],
        "recognised": bool(data.get("recognised")),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=48)
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--layout", default="rl-dash")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as raw:
        folder = Path(raw)
        started = time.perf_counter()
        born, pages = typeset(folder, args.layout, args.pages)
        scan = make_scan(born, folder / "scan.pdf", dpi=args.dpi, seed=7)
        print(f"{args.layout}: {pages} pages typeset and scanned at {args.dpi} dpi "
              f"in {time.perf_counter() - started:.0f} s; load {os.getloadavg()[0]:.2f}")  # fmt: skip
        rows = [
            ("born-digital PDF (baseline)", import_once(born, folder / "home-born")),
            (f"scan, {args.dpi} dpi", import_once(scan, folder / "home-scan")),
        ]
        print("| import | pages | seconds | s/page | progress lines | peak RSS | articles |")
        print("|---|---|---|---|---|---|---|")
        for name, row in rows:
            print(
                f"| {name} | {pages} | {row['seconds']:.1f} | {row['seconds'] / pages:.2f} | "
                f"{row['progress_lines']} | {row['peak_mb']:.0f} MB | {row['articles']} |"
            )
        print(f"load after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
