"""Pages that cost too much: time and peak memory of one ``render_page`` and one PNG.

Each case runs in its own child process (under a 3 GiB address-space limit, so a
regression fails instead of swamping the machine) on a tiny hand-written PDF
(tests/fixtures/pdfboxes.py): the page size and dpi a hostile file or a staff
script would give. Prints the bitmap size, seconds, and the child's peak RSS.

    python benchmarks/page_cap_bench.py
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CASES = [  # (MediaBox, dpi)
    ("0 0 595.28 841.89", 150),  # A4, the CLI's default
    ("0 0 595.28 841.89", 1200),  # A4 at the CLI's highest dpi
    ("0 0 14400 14400", 150),  # the largest page PDF allows
    ("0 0 40000 40000", 150),
    ("0 0 400000 400000", 150),  # issue 21: 41 s and 4.7 GB before the fix
    ("0 0 10000000 10000000", 150),  # issue 21: MemoryError, "internal error"
]

CHILD = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from reader_app.core.pdf import original
from reader_app.core.pdf.png import encode_png
start = time.perf_counter()
try:
    page = original.render_page(Path({pdf!r}), 1, {dpi} / 72)
    png = encode_png(page.width, page.height, page.stride, page.data, 4, {dpi})
    what = f"{{page.width}} x {{page.height}} px, PNG {{len(png) / 2**20:.1f}} MiB"
except Exception as exc:
    what = f"{{type(exc).__name__}}: {{str(exc)[-70:]}}"
seconds = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps([what, seconds, rss]))
"""


def main() -> None:
    from tests.fixtures.pdfboxes import Box, box_pdf

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))

    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'MediaBox':<24}{'dpi':>6}  {'s':>6}  {'peak MiB':>8}  result")
        for number, (media, dpi) in enumerate(CASES):
            pdf = box_pdf(Path(tmp) / f"{number}.pdf", [Box(media)])
            code = CHILD.format(root=str(ROOT), pdf=str(pdf), dpi=dpi)
            done = subprocess.run(
                [sys.executable, "-c", code],
                capture_output=True,
                text=True,
                timeout=600,
                preexec_fn=cap,
                check=False,
            )
            if done.returncode:
                print(f"{media:<24}{dpi:>6}  child died ({done.returncode}): {done.stderr[-80:]}")
                continue
            what, seconds, rss = json.loads(done.stdout)
            print(f"{media:<24}{dpi:>6}  {seconds:6.2f}  {rss:8.0f}  {what}")


if __name__ == "__main__":
    main()
