"""Scanned issues: how well and how fast recognition reads them (issue 25, "Measure").

Digest PDFs made by two or three typesetters (tests/fixtures: reportlab, Qt, and
LibreOffice when installed) are rendered at 200 and 300 dpi, degraded as a
scanner would (grey paper, ~1° skew, blur, noise, JPEG; tests/fixtures/scans.py)
and imported through the real importer (the PDF reader child). Against the same
issue imported from its born-digital PDF, in the same run:

- CER: edit distance / length of each page's text (all whitespace removed), the
  recognised page against the born-digital page's text layer as the importer reads it
  (what is clipped away is not on the page);
- import fields right (section, title, source, date, URL, attachment, printed page)
  against the typesetter's truth, for the born-digital import (the baseline) and
  the scan;
- known-item search: per article, a 4-character word of its title and a 6-character
  passage of its body (taken from the born-digital import) run through the real search
  (core/search: a Whoosh index on disk, one over each import); right when the born
  issue's first hit is in the scan's first three (also printed: the born's first hit
  is the article the query came from; the scan's first hit is the born's);
- seconds per page (wall clock of the whole import / pages), peak memory of the
  reader child (its maximum RSS), and the size the engine adds to the install.

    QT_QPA_PLATFORM=offscreen python benchmarks/ocr_bench.py [--articles 8] [--dpi 200 300]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader_app.core.importer.pdfimport import parse_pdf_file  # noqa: E402
from reader_app.core.pdf.ocrfile import read_ocr_json  # noqa: E402
from reader_app.core.search.normalize import compact  # noqa: E402
from tests.fixtures.pdfmaker import fidelity, load_articles, make_digest_pdf  # noqa: E402
from tests.fixtures.scans import make_scan  # noqa: E402


def distance(a: str, b: str) -> int:
    """Levenshtein distance, two rows."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def born_pages(pdf: Path) -> list[str]:
    """Each page's printed text as the importer reads the text layer (core/importer/pdftext):
    characters clipped away are not on the page. Qt draws the line above a page's clip
    into the text layer with no ink (the last line of the page before, a second time);
    counted, it would be an "error" of every scan of a Qt-typeset page."""
    from reader_app.core.importer.pdfimport import _read_pages
    from reader_app.core.importer.pdfocr import normalise
    from reader_app.core.text.radicals import fold_radicals

    out = []
    for page in _read_pages(pdf, pdf.read_bytes()):
        raw = "".join("".join(ln.plain.split()) for ln in page.lines)
        # Qt's text layer says "部⻔" (a radical) where the print says "部门": folded,
        # as the importer folds it (core/text/radicals.py), or every 门 counts as an error.
        text = fold_radicals(normalise(unicodedata.normalize("NFKC", raw)))
        out.append(_LEADERS.sub("", text))
    return out


def recognised_pages(ocr: bytes) -> list[str]:
    from reader_app.core.importer.pdfocr import normalise

    return [
        _LEADERS.sub("", "".join(normalise(ln.text) for ln in p.lines).replace(" ", ""))
        for p in read_ocr_json(ocr)
    ]


#: Dot leaders of the contents: drawn, not text a reader reads (the importer drops them).
_LEADERS = re.compile(r"[.·…]{3,}")


def queries_for(issue, rng: random.Random) -> list[str]:
    """Known-item queries a patron would type, from the born-digital issue: per article,
    a 4-character word of its title (after the "发文机关：" part) and a 6-character
    passage of its body, each where it has no punctuation or digits."""
    plain = re.compile(r"^[\u4e00-\u9fff]+$")
    out = []
    for article in issue.articles:
        title = compact(article.title.split("：")[-1])
        words = [title[i : i + 4] for i in range(len(title) - 3) if plain.match(title[i : i + 4])]
        if words:
            out.append(rng.choice(words))
        body = compact(article.body)
        passages = [
            body[i : i + 6] for i in range(0, len(body) - 6, 3) if plain.match(body[i : i + 6])
        ]
        if passages:
            out.append(rng.choice(passages))
    return out


def known_items(born, scan, folder: Path, rng: random.Random) -> tuple[int, int, int, int]:
    """The same queries through the real search (core/search, a Whoosh index on disk) over
    the born-digital issue and over the scanned one, each in its own index.

    Returns (queries, born's first hit is the article the query was taken from, the scan's
    first three hits hold the born's first hit, the scan's first hit is the born's).
    Articles are matched by their place in the issue (both imports number them alike).
    """
    from dataclasses import dataclass, field

    from reader_app.core.search.index import SearchIndex

    @dataclass
    class One:
        issues: list = field(default_factory=list)

    queries = queries_for(born, rng)
    where: dict[str, list[str]] = {}
    for name, issue in (("born", born), ("scan", scan)):
        with SearchIndex.open(One([issue]), root=folder / f"index-{name}") as index:
            where[name] = [
                [h.article for h in index.search(q, limit=10, expand=False).hits] for q in queries
            ]
    born_ids = [a.id for a in born.articles]
    scan_ids = [a.id for a in scan.articles]
    own = top3 = first = 0
    for n, query in enumerate(queries):
        born_hits, scan_hits = where["born"][n], where["scan"][n]
        if not born_hits:
            continue
        want = born_ids.index(born_hits[0])
        source = next(
            (i for i, a in enumerate(born.articles) if query in compact(a.title + a.body)), -1
        )
        own += want == source
        places = [scan_ids.index(h) for h in scan_hits if h in scan_ids]
        top3 += want in places[:3]
        first += bool(places) and places[0] == want
    return len(queries), own, top3, first


def engine_size() -> int:
    """Bytes installed by the engine and what only it brings (OpenCV, onnxruntime, ...)."""
    import importlib.util

    total = 0
    for name in ("rapidocr", "onnxruntime", "cv2", "shapely", "pyclipper", "omegaconf", "antlr4"):
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            continue
        for folder in spec.submodule_search_locations:
            for root, _dirs, files in os.walk(folder):
                total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
        libs = Path(folder).parent / f"{name.replace('cv2', 'opencv_python_headless')}.libs"
        if libs.is_dir():
            total += sum(p.stat().st_size for p in libs.iterdir())
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=8)
    parser.add_argument("--dpi", type=int, nargs="+", default=[200, 300])
    parser.add_argument("--layouts", nargs="+", default=["rl-dash", "qt-plain", "office-field"])
    args = parser.parse_args()
    import shutil

    if shutil.which("soffice") is None and "office-field" in args.layouts:
        args.layouts.remove("office-field")
        print("LibreOffice not installed: office-field left out")
    if any(layout.startswith("qt") for layout in args.layouts):
        from PySide6.QtWidgets import QApplication

        _app = QApplication.instance() or QApplication([])
    _, articles = load_articles()
    chosen = articles[: args.articles]
    print(f"engine adds {engine_size() / 1e6:.0f} MB to the install")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for layout in args.layouts:
            truth = make_digest_pdf(Path(tmp) / f"{layout}.pdf", layout, articles=chosen)
            born = parse_pdf_file(truth.path)
            right_born, total, _ = fidelity(born.issue, truth)
            texts = born_pages(truth.path)
            for dpi in args.dpi:
                scan = make_scan(truth.path, Path(tmp) / f"{layout}-{dpi}.pdf", dpi=dpi, seed=dpi)
                started = time.perf_counter()
                source = parse_pdf_file(scan)
                seconds = time.perf_counter() - started
                peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
                right, _, wrong = fidelity(source.issue, truth)
                got = recognised_pages(source.ocr or b"")
                cers = [distance(t, g) / max(1, len(t)) for t, g in zip(texts, got, strict=True)]
                chars = sum(len(t) for t in texts)
                errors = sum(distance(t, g) for t, g in zip(texts, got, strict=True))
                q, own, top3, first = known_items(
                    born.issue, source.issue, Path(tmp) / f"{layout}-{dpi}", random.Random(7)
                )
                rows.append((layout, dpi, errors / chars, statistics.median(cers), right_born,
                             right, total, q, own, top3, first, seconds / len(texts), peak))  # fmt: skip
                print(
                    f"{layout:12} {dpi} dpi: CER {100 * errors / chars:.2f} % (median page "
                    f"{100 * statistics.median(cers):.2f} %), fields born {right_born}/{total}, "
                    f"scan {right}/{total}, known items: born's first hit the item {own}/{q}, "
                    f"in the scan's top 3 {top3}/{q}, the scan's first {first}/{q}, "
                    f"{seconds / len(texts):.1f} s/page, child peak {peak / 1024:.0f} MB"
                )
                for item in wrong[:6]:
                    print("    wrong:", item)
    for dpi in args.dpi:
        mine = [r for r in rows if r[1] == dpi]
        cer = statistics.mean(r[2] for r in mine)
        fields = sum(r[5] for r in mine) / sum(r[6] for r in mine)
        items = sum(r[9] for r in mine) / max(1, sum(r[7] for r in mine))
        print(
            f"all at {dpi} dpi: CER {100 * cer:.2f} % (target ≤ 2 %), fields right "
            f"{100 * fields:.1f} % (≥ 95 %), the born issue's first hit in the scan's top 3 "
            f"for {100 * items:.1f} % of the queries (≥ 95 %), "
            f"{statistics.mean(r[11] for r in mine):.1f} s/page, "
            f"child peak {max(r[12] for r in mine) / 1024:.0f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
