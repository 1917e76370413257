"""Original-page rendering: time to render one printed page, as the window does it.

Makes a 20-page A4 PDF set densely with the bundled issue's text (10.5 pt, like
the digest) and the whole issue typeset like the printed digest (reportlab, via
tests/fixtures/pdfmaker.py), then renders each page (the first 20 of each) at 100 % (96 dpi, a standard screen) and
200 % (a HiDPI screen or zoom), through ``reader_app.gui.reading.originalview.render_job``
(render + QImage) and the core ``render_page`` alone; plus ``find_hits`` for a
two-character query. Prints p50/max in ms. Target: one page ≤ 150 ms at 100 %.

    QT_QPA_PLATFORM=offscreen python benchmarks/render_bench.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PAGES = 20
CHARS_PER_PAGE = 1500  # a full A4 page of the digest's body text


def make_document(folder: Path) -> Path:
    from reader_app.core.library.bundle import read_bundle
    from reader_app.core.text.markup import plain_markdown
    from tests.fixtures.pdfpages import make_pdf

    issue = read_bundle(ROOT / "issues" / "2022-18")
    text = "".join(plain_markdown(a.body).replace("\n", "") for a in issue.articles)
    pages = []
    for n in range(PAGES):
        chunk = text[n * CHARS_PER_PAGE : (n + 1) * CHARS_PER_PAGE]
        pages.append(
            f"<h3>{issue.articles[n].title}</h3><p>{chunk}</p><p align=center>— {n + 1} —</p>"
        )
    return make_pdf(folder / "dense.pdf", pages, point_size=10.5, size="A4")


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return (time.perf_counter() - start) * 1000


def report(label: str, times: list[float]) -> None:
    print(f"{label:<40} p50 {statistics.median(times):7.1f} ms   max {max(times):7.1f} ms")


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])

    with tempfile.TemporaryDirectory() as tmp:
        for pdf in (make_document(Path(tmp)), make_digest(Path(tmp))):
            measure(pdf)
    del app
    return 0


def make_digest(folder: Path) -> Path:
    """The whole bundled issue typeset like the printed digest (tests/fixtures/pdfmaker.py)."""
    from tests.fixtures.pdfmaker import make_digest_pdf

    path = folder / "digest.pdf"
    make_digest_pdf(path, "rl-dash")
    return path


def measure(pdf: Path) -> None:
    from reader_app.core.pdf import original
    from reader_app.gui.reading.originalview import PageJob, render_job

    count = min(PAGES, original.page_count(pdf))
    print(f"\n{pdf.name}: {count} pages measured, {pdf.stat().st_size / 1024:.0f} KB")
    original.render_page(pdf, 1, 1.0)  # warm-up: load PDFium and the fonts
    for percent in (100, 200):
        scale = 96 / 72 * percent / 100
        job_times, core_times = [], []
        for page in range(1, count + 1):
            job_times.append(timed(render_job, PageJob(page, pdf, page, scale, ())))
            core_times.append(timed(original.render_page, pdf, page, scale))
        size = original.render_page(pdf, 1, scale)
        report(f"{percent} % ({size.width}x{size.height}) window job", job_times)
        report(f"{percent} % core render_page", core_times)
    hits = [timed(original.find_hits, pdf, p, ["发展"]) for p in range(1, count + 1)]
    report("find_hits('发展') per page", hits)


if __name__ == "__main__":
    sys.exit(main())
