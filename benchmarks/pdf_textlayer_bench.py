"""What the text-layer repair (reader_app/output/textlayer.py) adds to a batch PDF export.

Exports every article of the bundled issue (66, ~108 pages) as one PDF, as
``reader-app-cli export --pdf`` does, with the repair and with it turned off,
alternately, and prints the median seconds of each and of the repair alone:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/pdf_textlayer_bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from PySide6.QtGui import QFont, QGuiApplication

    app = QGuiApplication([])
    from reader_app.core.app.session import open_library
    from reader_app.core.services.batch import from_ids
    from reader_app.output import batchoutput, fonts, textlayer

    library = open_library()
    batch = from_ids(library, [a.id for a in library.issues[0].articles])
    font = QFont(app.font())
    font.setFamilies(fonts.families())
    font.setPointSizeF(11)
    real_finish, real_repair = textlayer.finish, textlayer.repair
    repair_times: list[float] = []

    def timed_repair(*a, **k):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return real_repair(*a, **k)
        finally:
            repair_times.append(time.perf_counter() - start)

    textlayer.repair = timed_repair  # type: ignore[assignment]
    times: dict[str, list[float]] = {"without repair": [], "with repair": []}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "batch.pdf"
        batchoutput.export_batch_pdf(out, batch, font)  # warm: fonts, imports
        for _ in range(args.runs):
            for label, finish in (
                ("without repair", lambda *a: None),
                ("with repair", real_finish),
            ):
                batchoutput.finish = finish  # type: ignore[attr-defined]
                start = time.perf_counter()
                pages = batchoutput.export_batch_pdf(out, batch, font)
                times[label].append(time.perf_counter() - start)
    for label, values in times.items():
        print(
            f"{label:15} median {statistics.median(values):.3f} s  ({len(batch.entries)} articles, {pages} pages)"
        )
    print(f"repair alone    median {statistics.median(repair_times[1:]):.3f} s")


if __name__ == "__main__":
    main()
