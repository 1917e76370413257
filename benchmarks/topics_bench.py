"""Topics (定题) benchmark: what 50 standing topics add to an import, and ``topic new``.

A synthetic library of ``--size`` articles (benchmarks/search_bench.py's, recombined from
the bundled issue's sentences) is indexed on disk; 50 topics (mixed queries, some with
filters, some without expansion) are stored as real reading-list files and run once over
the whole library. Then one issue arrives, the same run with and without topics:

* without topics: the import itself (``Library.import_file`` of a composed text issue into
  a real library folder), then the index takes the new issue (``reader-app-cli import``
  brings the index up to date with or without topics; here a copy of the same index,
  made before the topics existed);
* with topics: the same import and index update, then each topic's query runs over the
  issue (``topics.catch_up``: the topic files whose new articles changed, and the side
  file of every topic's ``checked`` map, written).

"import alone" (no index update, what ``import`` did before) is printed too.

``topic new`` is timed in-process (``topics.new_hits``: the new articles with snippets),
for each topic after the import (new = the arriving issue's matches) and after a first
run over the whole library (new = every match), against the window's search of the same
query (200 hits, 5 snippets).

    python benchmarks/topics_bench.py --size 2000     # quick
    python benchmarks/topics_bench.py --size 20000    # docs/performance.md
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.search_bench import QUERIES, Library, percentiles, synthetic_library

TOPIC_COUNT = 50
FIRST_SNIPPETS = 20  # gui/room/topicpanel.py: the rows first in view
MORE = ["自贸区", "双碳", "新能源", "跨境电商 政策", "人工智能", "营商环境", "半导体", "芯片",
        "绿色金融", "乡村振兴", "消费", "外贸", "物流", "数字化转型", "高质量发展", "制造业",
        "储能", "氢能", "医药", "人才", "专精特新", "对外开放", "海关", "港口", "税收",
        "融资租赁", "碳中和", "新基建"]  # fmt: skip


def topic_queries() -> list[tuple[str, dict[str, object]]]:
    """50 standing queries: the search benchmark's mix and more topic words; every fifth
    without expansion, a few with a section or a date range."""
    out: list[tuple[str, dict[str, object]]] = []
    words = [q for q, _o in QUERIES] + MORE
    for n in range(TOPIC_COUNT):
        options: dict[str, object] = {"expand": n % 5 != 0}
        if n % 7 == 3:
            options["section"] = "热点关注"
        if n % 11 == 5:
            options["date_from"] = "2019-01-01"
        out.append((words[n % len(words)], options))
    return out


def composed_issue(work: Path) -> Path:
    from tests.conftest import SEED
    from tests.fixtures.compose import compose_issue

    path = work / "arriving.txt"
    path.write_bytes(compose_issue(SEED, 31)[0])
    return path


def run(size: int) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="topics-bench-"))
    os.environ["READER_APP_HOME"] = str(work / "home")
    library = Library(synthetic_library(size))  # from the bundled issue, read first
    os.environ["READER_APP_BUNDLED_ISSUES"] = str(work / "no-bundled")
    (work / "no-bundled").mkdir()
    from reader_app.core.app.session import open_library
    from reader_app.core.search.index import SearchIndex
    from reader_app.core.services import topics
    from reader_app.core.services.readinglists import ListStore
    from reader_app.core.services.topicfile import StandingQuery

    raw = composed_issue(work)

    def timed_import(home: str) -> tuple[float, object]:
        os.environ["READER_APP_HOME"] = str(work / home)
        started = time.perf_counter()
        result = open_library().import_file(raw)
        return time.perf_counter() - started, result.issue

    index = SearchIndex(root=work / "index", library=library)
    index.build()
    shutil.copytree(work / "index", work / "index-without")  # the same index, for the baseline
    library_without = Library(list(library.issues))
    store = ListStore(work / "lists")
    started = time.perf_counter()
    for n, (query, options) in enumerate(topic_queries()):
        reading_list = topics.add(store, f"topic {n:02d} {query}", StandingQuery(query, **options))
        topics.run_whole(reading_list, index)
        store.save(reading_list)
    first_runs = time.perf_counter() - started
    lists = topics.topics(store)
    first_new = [len(r.topic.new) for r in lists if r.topic]
    # every match new: as the window lists them (a page of snippets), and as the CLI prints
    whole = [_timed(lambda r=r: topics.new_hits(r, index, FIRST_SNIPPETS)) for r in lists]
    whole_all = [_timed(lambda r=r: topics.new_hits(r, index)) for r in lists]

    # the same run without the feature: the import, the index takes the issue
    alone, issue_without = timed_import("home-without")
    started = time.perf_counter()
    library_without.issues.append(issue_without)
    with SearchIndex(root=work / "index-without", library=library_without) as other:
        other.ensure()  # as `import` opens it: loaded, then updated
    update_without = time.perf_counter() - started
    without = alone + update_without
    # with topics: the import, the index takes the issue, each topic runs over it
    import_with, issue = timed_import("home-with")
    started = time.perf_counter()
    library.issues.append(issue)
    index.close()  # opened afresh, as `import` opens it (and as for the baseline)
    index = SearchIndex(root=work / "index", library=library)
    index.ensure()
    update = time.perf_counter() - started
    started = time.perf_counter()
    report = topics.catch_up(store, index)
    catch_up = time.perf_counter() - started
    assert len(report) == TOPIC_COUNT, report

    # `topic new` after the import: decide the first run's matches, keep the new issue's
    for reading_list in topics.topics(store):
        assert reading_list.topic is not None
        old = [n.article for n in reading_list.topic.new if n.issue != issue.id]
        reading_list.topic.dismissed += old
        reading_list.topic.new = [n for n in reading_list.topic.new if n.issue == issue.id]
        store.save(reading_list)
    lists = topics.topics(store)
    after = [_timed(lambda r=r: topics.new_hits(r, index)) for r in lists]
    shown = [len(topics.new_hits(r, index)[0]) for r in lists]
    window = [
        _timed(lambda q=q, o=o: index.search(q, limit=200, snippets=5, **o))
        for q, o in topic_queries()
    ]
    index.close()
    p50, p95 = percentiles(after)
    w50, w95 = percentiles(whole)
    a50, a95 = percentiles(whole_all)
    s50, s95 = percentiles(window)
    return {
        "articles": sum(len(i.articles) for i in library.issues),
        "issue_articles": len(issue.articles),
        "first_runs_s": first_runs,
        "first_new_median": statistics.median(first_new),
        "import_alone_s": alone,
        "index_update_without_s": update_without,
        "import_without_s": without,
        "import_with_s": import_with + update + catch_up,
        "index_update_s": update,
        "catch_up_s": catch_up,
        "extra_s": import_with + update + catch_up - without,
        "changed_files": sum(1 for r in report.values() if r),
        "new_after_import_p50_ms": p50,
        "new_after_import_p95_ms": p95,
        "new_after_import_max_ms": max(after),
        "new_after_import_articles": statistics.mean(shown),
        "new_whole_p50_ms": w50,
        "new_whole_p95_ms": w95,
        "new_whole_max_ms": max(whole),
        "new_whole_all_p50_ms": a50,
        "new_whole_all_p95_ms": a95,
        "new_whole_all_max_ms": max(whole_all),
        "search_p50_ms": s50,
        "search_p95_ms": s95,
    }


def _timed(fn: object) -> float:
    started = time.perf_counter()
    fn()  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20000)
    args = parser.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    r = run(args.size)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"library: {r['articles']:,} articles; {TOPIC_COUNT} topics; the arriving issue "
          f"has {r['issue_articles']} articles")  # fmt: skip
    print(f"first run of the 50 topics over the library: {r['first_runs_s']:.1f} s "
          f"(median {r['first_new_median']:.0f} new each)")  # fmt: skip
    print(f"import alone (no index update):   {r['import_alone_s']:.2f} s")
    print(f"import one issue without topics:  {r['import_without_s']:.2f} s  "
          f"(index update {r['index_update_without_s']:.2f} s)")  # fmt: skip
    print(f"import one issue with 50 topics:  {r['import_with_s']:.2f} s  "
          f"(+{r['extra_s']:.2f} s; index update {r['index_update_s']:.2f} s, "
          f"50 topics over the issue {r['catch_up_s']:.2f} s, "
          f"{r['changed_files']} topic files written)")  # fmt: skip
    print(f"topic new after the import ({r['new_after_import_articles']:.1f} new on average): "
          f"p50 {r['new_after_import_p50_ms']:.0f} ms, p95 {r['new_after_import_p95_ms']:.0f} ms, "
          f"max {r['new_after_import_max_ms']:.0f} ms")  # fmt: skip
    print(f"topic new after a first run (every match new), first page of snippets: "
          f"p50 {r['new_whole_p50_ms']:.0f} ms, p95 {r['new_whole_p95_ms']:.0f} ms, "
          f"max {r['new_whole_max_ms']:.0f} ms")  # fmt: skip
    print(f"  the same, every snippet (the CLI's listing): p50 {r['new_whole_all_p50_ms']:.0f} ms, "
          f"p95 {r['new_whole_all_p95_ms']:.0f} ms, max {r['new_whole_all_max_ms']:.0f} ms")  # fmt: skip
    print(f"the window's search of the same 50 queries: p50 {r['search_p50_ms']:.0f} ms, "
          f"p95 {r['search_p95_ms']:.0f} ms")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
