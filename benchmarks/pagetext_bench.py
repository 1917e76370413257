"""The page text model: what reading a page's text costs, against the importer reading it.

Run:  QT_QPA_PLATFORM=offscreen python benchmarks/pagetext_bench.py
Typesets the bundled issue (reportlab), then times, per page: the importer's own
measurement (``pdftext.read_page``, the baseline), the page model
(``original.read_layer``), a hit search in it and the copy of the whole page;
and once per issue the running-header analysis (``pagecopy.margin_boxes``).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    from reader_app.core.importer import pagecopy
    from reader_app.core.importer.pdftext import read_page
    from reader_app.core.pdf.original import page_count, read_layer
    from reader_app.core.pdf.pdfengine import PDFIUM_LOCK, open_pdf
    from tests.fixtures.pdfmaker import make_digest_pdf

    pdf = Path(tempfile.mkdtemp()) / "issue.pdf"
    make_digest_pdf(pdf, "rl-dash")
    pages = list(range(6, page_count(pdf) + 1))
    base, model, hits, copy = [], [], [], []
    with PDFIUM_LOCK:
        document = open_pdf(pdf)
    for number in pages:
        t = time.perf_counter()
        with PDFIUM_LOCK:
            read_page(document, number - 1)
        base.append(time.perf_counter() - t)
        t = time.perf_counter()
        layer = read_layer(pdf, number)
        model.append(time.perf_counter() - t)
        t = time.perf_counter()
        layer.find(["跨境电商", "工业"])
        hits.append(time.perf_counter() - t)
        t = time.perf_counter()
        pagecopy.printed_text(layer, []).copy()
        copy.append(time.perf_counter() - t)
    with PDFIUM_LOCK:
        document.close()
    t = time.perf_counter()
    pagecopy.margin_boxes(pdf)
    margins = time.perf_counter() - t

    def ms(values: list[float]) -> str:
        return (
            f"median {statistics.median(values) * 1000:6.1f} ms, max {max(values) * 1000:6.1f} ms"
        )

    print(f"{len(pages)} body pages of a {page_count(pdf)}-page issue")
    print(f"importer read_page (baseline): {ms(base)}")
    print(
        f"page model read_layer:         {ms(model)}  ({statistics.median(model) / statistics.median(base):.2f}× the baseline)"
    )
    print(f"hits found in the model:       {ms(hits)}")
    print(f"copy of the whole page:        {ms(copy)}")
    print(f"running headers, whole issue:  {margins:.2f} s (once per PDF, on the view's worker)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
