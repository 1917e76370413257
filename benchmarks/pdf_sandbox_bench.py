"""What reading PDFs in a child process costs, and what hostile PDFs cost now.

1. The bundled-size issue (reportlab, the whole issue) parsed in this process
   (``parse_pdf_bytes``, as before issue 21) and through the child
   (``parse_pdf_file``), alternately, median of ``--runs``.
2. Hostile PDFs (tests/fixtures/pdfbombs.py) through the real CLI with the default
   budgets: seconds, exit code, the refusal, and the peak RSS of the CLI and its child.

    QT_QPA_PLATFORM=offscreen python benchmarks/pdf_sandbox_bench.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader_app.core.importer.pdfimport import (  # noqa: E402
    parse_pdf_bytes,
    parse_pdf_file,
    read_pdf_bytes,
)
from tests.fixtures.pdfbombs import (  # noqa: E402
    inflate_bomb_pdf,
    many_pages_pdf,
    nested_forms_pdf,
)
from tests.fixtures.pdfmaker import make_digest_pdf  # noqa: E402


def _seconds(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reader-pdf-sandbox-bench-") as tmp:
        root = Path(tmp)
        issue = root / "issue.pdf"
        make_digest_pdf(issue, "rl-dash")
        parse_pdf_bytes(issue, read_pdf_bytes(issue))  # warm the caches and imports
        here, child = [], []
        for _ in range(args.runs):
            here.append(_seconds(lambda: parse_pdf_bytes(issue, read_pdf_bytes(issue))))
            child.append(_seconds(lambda: parse_pdf_file(issue)))
        before, after = statistics.median(here), statistics.median(child)
        print(f"bundled-size issue, median of {args.runs}:")
        print(f"  in this process (before): {before:.2f} s  {[round(t, 2) for t in here]}")
        print(f"  in a child (now):         {after:.2f} s  {[round(t, 2) for t in child]}")
        print(f"  overhead:                 {after - before:+.2f} s")
        hostile = {
            "inflate 1 GB": inflate_bomb_pdf(root / "bomb.pdf", 1000),
            "nested forms 10^5": nested_forms_pdf(root / "forms.pdf", 5),
            "10,000 pages": many_pages_pdf(root / "pages.pdf", 10_000),
        }
        env = dict(os.environ, READER_APP_HOME=str(root / "home"))
        env["READER_APP_BUNDLED_ISSUES"] = str(root / "none")
        for name, path in hostile.items():
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "reader_app.cli", "import", str(path)],
                capture_output=True, text=True, encoding="utf-8", env=env, check=False,
            )  # fmt: skip
            seconds = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
            line = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
            print(f"{name}: {seconds:.1f} s, exit {done.returncode}, peak so far {peak} MB")
            print(f"  {line.replace(str(path), path.name)[:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
