"""Trend (热度) and related articles (相关文章) at library size, against baselines in the same run.

    python benchmarks/trend_related_bench.py                 # 20,000 articles (docs/performance.md)
    python benchmarks/trend_related_bench.py --size 2000     # quick

Prints, on the synthetic library of benchmarks/search_bench.py:
* ``trend`` of a 2-character query matching most articles (发展) and of others, with and
  without expansion, against the counts-only search of the same query (the baseline:
  what one ``search --limit 0`` costs);
* ``related`` of 50 articles chosen at random, against a window search (200 hits, five
  snippets) of each article's title's first four characters;
* the window's start (to a usable window) with the trend chart and the related row built,
  against the same start with both replaced by an empty widget, alternated, five each.
Targets (issue 23): trend ≤ 300 ms, related ≤ 100 ms, start unchanged within 5 %.
Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.search_bench import Library, synthetic_library

TREND_QUERIES = ["发展", "跨境", "数字经济", "海南 自贸港", "跨境电子商务综合试验区物流"]
START_RUNS = 5


def _times(work, repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(0, int(len(samples) * 0.95) - 1)]


def bench_core(size: int) -> None:
    from reader_app.core.search.index import SearchIndex
    from reader_app.core.search.related import related
    from reader_app.core.search.trend import trend

    issues = synthetic_library(size)
    root = Path(tempfile.mkdtemp(prefix="trend-bench-"))
    started = time.perf_counter()
    index = SearchIndex.open(Library(issues), root=root)
    print(
        f"{size} articles in {len(issues)} issues; index built in {time.perf_counter() - started:.0f} s"
    )
    thesaurus = index.thesaurus
    print("\ntrend (ms, p50 / p95 of 10)            trend          baseline: search --limit 0")
    for query in TREND_QUERIES:
        for expand in (True, False):
            thesaurus_used = thesaurus if expand else None

            def run_trend(q: str = query, t: object = thesaurus_used) -> None:
                index.answer(lambda d: trend(d, q, issues, thesaurus=t))

            def run_search(q: str = query, e: bool = expand) -> None:
                index.search(q, limit=0, expand=e, snippets=0)

            run_trend()  # warm the columns, as a window that searched once has them
            t50, t95 = _times(run_trend, 10)
            s50, s95 = _times(run_search, 10)
            total = index.search(query, limit=0, expand=expand, snippets=0).total
            label = f"{query} ({'expanded' if expand else 'as typed'}, {total} hits)"
            print(f"  {label:<36} {t50:6.1f} / {t95:6.1f}    {s50:6.1f} / {s95:6.1f}")
    rng = random.Random(23)
    chosen = rng.sample([a for i in issues for a in i.articles], 50)
    rel, base, shown, empty = [], [], 0, 0
    index.answer(lambda d: related(d, chosen[0].id))  # columns loaded once, as in the window
    for article in chosen:
        started = time.perf_counter()
        answer = index.answer(lambda d, a=article: related(d, a.id))
        rel.append((time.perf_counter() - started) * 1000)
        shown += len(answer.related)
        empty += not answer.rows()
        started = time.perf_counter()
        index.search(article.title[:4], limit=200, snippets=5)
        base.append((time.perf_counter() - started) * 1000)
    rel.sort()
    base.sort()
    print("\nrelated (ms, 50 articles)              p50     p95     max")
    print(
        f"  related                              {statistics.median(rel):6.1f}  {rel[46]:6.1f}  {rel[-1]:6.1f}"
    )
    print(
        f"  baseline: window search of a title   {statistics.median(base):6.1f}  {base[46]:6.1f}  {base[-1]:6.1f}"
    )
    print(
        f"  rows shown per article: {shown / len(chosen):.1f}; with none: {empty} of {len(chosen)}"
    )
    print(f"  ratio related / baseline (p95): {rel[46] / base[46]:.2f}")
    index.close()


_START = r"""
import time
started = time.perf_counter()
import os, sys
sys.path.insert(0, {repo!r})
os.environ["QT_QPA_PLATFORM"] = "offscreen"
if os.environ.get("WITHOUT_FEATURE"):
    from PySide6.QtWidgets import QFrame, QWidget
    import reader_app.gui.reading.relatedbar as relatedbar
    import reader_app.gui.search.trendchart as trendchart
    class Bare(QFrame):
        def __init__(self, parent=None):
            super().__init__(parent)
            self.buttons, self.rows, self.article, self.chosen = [], [], None, None
        def retranslate(self): pass
        def clear(self): pass
        def reset(self): pass
        def set_rows(self, *a): pass
        from PySide6.QtCore import Signal
        openRequested = Signal(str)
        issueClicked = Signal(str)
    import reader_app.gui.shell.mainwindow as mw, reader_app.gui.search.searchpanel as sp
    mw.RelatedBar = Bare
    sp.TrendChart = Bare
from reader_app.gui.app import build_window, create_app
app = create_app(["reader-app"])
window = build_window()
window.show()
window.start()
app.processEvents()
print((time.perf_counter() - started) * 1000)
"""


def bench_start() -> None:
    home = tempfile.mkdtemp(prefix="trend-start-")
    env = dict(os.environ, READER_APP_HOME=home, QT_QPA_PLATFORM="offscreen")
    from reader_app.core.app.session import open_library
    from reader_app.core.search.index import SearchIndex

    os.environ["READER_APP_HOME"] = home
    SearchIndex.open(open_library()).close()
    script = _START.format(repo=str(Path(__file__).resolve().parents[1]))
    times: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(START_RUNS):
        for feature in (True, False):
            run_env = dict(env)
            if not feature:
                run_env["WITHOUT_FEATURE"] = "1"
            done = subprocess.run(
                [sys.executable, "-c", script],
                env=run_env,
                capture_output=True,
                text=True,
                check=True,
            )
            times[feature].append(float(done.stdout.strip().splitlines()[-1]))
    with_, without = statistics.median(times[True]), statistics.median(times[False])
    print(f"\nwindow start to usable (median of {START_RUNS}, alternated)")
    print(f"  with chart and related row: {with_:6.0f} ms")
    print(
        f"  without (baseline):         {without:6.0f} ms   difference {100 * (with_ / without - 1):+.1f} %"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--no-start", action="store_true")
    args = parser.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    bench_core(args.size)
    if not args.no_start:
        bench_start()
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
