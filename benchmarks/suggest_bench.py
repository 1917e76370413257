"""Near-miss suggestions (core/search/suggest.py): what a no-hits search costs with them.

On a synthetic library (benchmarks/search_bench.py's, recombined from the bundled
issue's sentences), prints per typo'd query the whole search (no hits, suggestions
included) and the suggestion step alone, against the same run's baseline: queries
that find articles (no suggestion step), as the window asks (200 hits, 5 snippets).
Also says whether the intended word was offered.

    python benchmarks/suggest_bench.py                # 20000 articles, a few minutes
    python benchmarks/suggest_bench.py --size 2000    # quick
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_bench import WINDOW, Library, synthetic_library

BASELINE = ["跨境", "锂电", "数字经济", "跨境电商", "碳达峰", "海南 自贸港"]
#: (typed, meant): a character dropped, two swapped, a wrong one, one too many; nonsense.
TYPOS = [
    ("自区", "自贸区"),
    ("碳峰", "碳达峰"),
    ("跨电商", "跨境电商"),
    ("贸自区", "自贸区"),
    ("自茂区", "自贸区"),
    ("字贸区", "自贸区"),
    ("数字经挤", "数字经济"),
    ("嗯呃", None),
    ("火星基地殖民", None),
]
ROUNDS = 5


def ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return f"p50 {statistics.median(ordered) * 1000:6.1f} ms  max {p95 * 1000:6.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=20000)
    args = parser.parse_args()
    from reader_app.core.search.index import SearchIndex
    from reader_app.core.search.query import parse_query
    from reader_app.core.search.suggest import suggest

    with tempfile.TemporaryDirectory() as work:
        os.environ["READER_APP_HOME"] = work
        issues = synthetic_library(args.size)
        started = time.perf_counter()
        root = Path(work) / "index"
        index = SearchIndex(root=root, library=Library(list(issues)))
        index.build()
        index.close()
        print(f"{args.size} articles, index built in {time.perf_counter() - started:.1f} s")
        index = SearchIndex.open(root=root)
        for query in BASELINE + [t for t, _ in TYPOS]:  # warm-up
            index.search(query, **WINDOW)
        base: list[float] = []
        for _ in range(ROUNDS):
            for query in BASELINE:
                started = time.perf_counter()
                result = index.search(query, **WINDOW)
                base.append(time.perf_counter() - started)
                assert result.total and not result.near
        print(f"baseline (queries with hits, {len(BASELINE)} x {ROUNDS}): {ms(base)}")
        everything: list[float] = []
        for typed, meant in TYPOS:
            whole, alone = [], []
            for _ in range(ROUNDS):
                started = time.perf_counter()
                result = index.search(typed, **WINDOW)
                whole.append(time.perf_counter() - started)
                assert index.bulk_data is not None
                started = time.perf_counter()
                suggest(parse_query(typed), index.bulk_data)
                alone.append(time.perf_counter() - started)
            if not result.total:
                everything += whole
            offered = "、".join(result.near) or "—"
            verdict = "" if meant is None else ("  ok" if meant in result.near else "  MISSED")
            if meant is None and result.near:
                verdict = "  (nonsense got a suggestion)"
            if result.total:  # relaxed or scattered matches: no suggestion is asked for
                verdict = "  (has hits here: none asked)"
            print(
                f"  {typed:<8} total {result.total:>3}  search {ms(whole)}  "
                f"suggest {ms(alone)}  → {offered}{verdict}"
            )
        print(f"searches with no hits (suggestions included), all: {ms(everything)}")
        index.close()


if __name__ == "__main__":
    main()
