"""Start-up time to a usable window and memory after opening 20 articles.

Run:  QT_QPA_PLATFORM=offscreen python benchmarks/window_bench.py
Targets (issue 4): start ≤ 1 s with the index already built; ≤ 250 MB after 20 articles.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("READER_APP_HOME", tempfile.mkdtemp(prefix="reader-bench-"))


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    from reader_app.core.app.session import open_library
    from reader_app.core.search.index import SearchIndex

    SearchIndex.open(open_library()).close()  # the index already built, as after first run
    started = time.perf_counter()
    from reader_app.gui.app import build_window, create_app

    app = create_app(["reader-app"])
    window = build_window()
    window.show()
    window.start()
    app.processEvents()
    usable = time.perf_counter() - started
    while not window.index_ready and time.perf_counter() - started < 30:
        app.processEvents()
        time.sleep(0.002)
    searchable = time.perf_counter() - started
    for article in window.library.articles()[:20]:
        window.open_article(article.id)
        app.processEvents()
    memory = rss_mb()
    print(f"start to usable window: {usable * 1000:.0f} ms (target ≤ 1000 ms)")
    print(f"start to search ready:  {searchable * 1000:.0f} ms")
    print(f"memory after 20 articles: {memory:.0f} MB RSS (target ≤ 250 MB)")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
