"""A 100-article compilation: DOCX and PDF, beside the batch PDF of the same articles.

The bundled issue's articles (66, with tables, captions and books) taken again under
new ids until there are 100, each with a compiler's note, in the list's order. Times
one write of each (median of ``RUNS``) and prints them with the targets:
DOCX ≤ 5 s, PDF ≤ 10 s (issue 24). The batch PDF is the same articles without the
cover, the baseline measured in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/compilation_bench.py
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ARTICLES = 100
RUNS = 3
TARGETS = {"DOCX": 5.0, "compilation PDF": 10.0}


def hundred_articles():
    from reader_app.core.library.bundle import read_bundle
    from reader_app.core.services.batch import Batch, Entry

    issue = read_bundle(ROOT / "issues" / "2022-18")
    entries = []
    for n in range(ARTICLES):
        article = issue.articles[n % len(issue.articles)]
        copy = dataclasses.replace(article, id=f"{article.id}-{n}")
        entries.append(Entry(issue, copy, f"第{n + 1}篇：编者按，说明选入的理由。"))
    return Batch("百篇专题汇编", entries, [], "基准测试用的汇编。")


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    from PySide6.QtGui import QFont, QGuiApplication

    from reader_app.core.services import compilation as compilations
    from reader_app.output import batchoutput, docxout, fonts, i18n

    app = QGuiApplication.instance() or QGuiApplication([])
    i18n.install("zh_CN")
    font = QFont(app.font())
    font.setFamilies(fonts.families())
    font.setPointSizeF(11)
    batch = hundred_articles()
    compilation = compilations.make(batch, compiled_by="天津港保税区文教局（图书档案馆）")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        jobs = {
            "DOCX": lambda: docxout.write_docx(folder / "c.docx", compilation),
            "compilation PDF": lambda: batchoutput.export_compilation_pdf(
                folder / "c.pdf", compilation, font
            ),
            "batch PDF (baseline)": lambda: batchoutput.export_batch_pdf(
                folder / "b.pdf", batch, font
            ),
        }
        results = {
            name: statistics.median(timed(job) for _ in range(RUNS)) for name, job in jobs.items()
        }
        size = (folder / "c.docx").stat().st_size
    print(f"{ARTICLES} articles, median of {RUNS} runs")
    failed = False
    for name, seconds in results.items():
        target = TARGETS.get(name)
        verdict = ""
        if target is not None:
            ok = seconds <= target
            failed |= not ok
            verdict = f"  target ≤ {target:.0f} s: {'ok' if ok else 'TOO SLOW'}"
        print(f"  {name:<22} {seconds:6.2f} s{verdict}")
    base = results["batch PDF (baseline)"]
    print(
        f"  compilation PDF / batch PDF: {results['compilation PDF'] / base:.2f}×;"
        f" DOCX / batch PDF: {results['DOCX'] / base:.2f}×; DOCX size {size / 1024:.0f} KiB"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
