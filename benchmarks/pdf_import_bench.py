"""PDF import speed: seconds per page and per issue, with the text importer as baseline.

Makes digest-like PDFs of the bundled issue (tests/fixtures/pdfmaker.py: a ~45-page
reportlab issue and the whole issue in both typesetters), then times the PDF
importer (parse only, as `import --dry-run` does) and the text importer on the
same issue's text. Target: ≤ 0.1 s per page, a 45-page issue in ≤ 5 s.

    QT_QPA_PLATFORM=offscreen python benchmarks/pdf_import_bench.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader_app.core.importer import parse_issue_text  # noqa: E402
from reader_app.core.importer.pdfimport import parse_pdf_file  # noqa: E402
from tests.fixtures.pdfmaker import load_articles, make_digest_pdf  # noqa: E402


def _median(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    _, articles = load_articles()
    seed_text = (ROOT / "issues" / "2022-18" / "source.txt").read_text(encoding="utf-8")
    cases = [
        ("rl-dash, ~45 pages", "rl-dash", articles[:52] + articles[-4:]),
        ("rl-dash, whole issue", "rl-dash", None),
        ("qt-plain, whole issue", "qt-plain", None),
    ]
    print(f"{'PDF':<24}{'pages':>6}{'issue s':>9}{'s/page':>8}{'text s':>8}{'articles':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for label, layout, chosen in cases:
            path = Path(tmp) / f"{layout}.pdf"
            truth = make_digest_pdf(path, layout, articles=chosen)
            source = parse_pdf_file(path)
            seconds = _median(lambda p=path: parse_pdf_file(p), args.runs)
            text = source.source.decode("utf-8")
            text_seconds = _median(lambda t=text: parse_issue_text(t, "x.txt"), args.runs)
            print(
                f"{label:<24}{truth.pages:>6}{seconds:>9.2f}{seconds / truth.pages:>8.3f}"
                f"{text_seconds:>8.2f}{len(source.issue.articles):>9}"
            )
    seed_seconds = _median(lambda: parse_issue_text(seed_text, "source.txt"), args.runs)
    print(f"text importer on issues/2022-18/source.txt (80 printed pages): {seed_seconds:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
