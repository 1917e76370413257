"""Hostile-input benchmark: huge articles in search, snippets, hit marking and import.

Prints figures, asserts nothing (docs/reliability.md records them):
- snippet time per text length, the current code against the earlier algorithm
  (each sentence scanned every hit: quadratic), computed in the same run;
- ``reader-app-cli search`` on an index holding a 1 MB hand-edited article
  (took_ms, timed_out), in a subprocess as staff and IT run it;
- ``reader-app-cli import --dry-run`` of an issue with a 1 MB and a 48 MB article
  (refused by the per-article limit: seconds and peak memory).

    python benchmarks/hostile_bench.py            # about a minute
    python benchmarks/hostile_bench.py --legacy-max 1000000  # the earlier code on 1 MB too (hours on hostile text)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader_app.core.search.highlight import Snippet, make_snippet  # noqa: E402
from reader_app.core.search.normalize import compact_with_map  # noqa: E402
from reader_app.core.search.query import ParsedQuery, parse_query  # noqa: E402
from tests.hostileutil import SENTENCE, make_huge_article  # noqa: E402

SEED = REPO / "issues" / "2022-18" / "source.txt"
REALISTIC = (REPO / "issues" / "2022-18" / "articles" / "052.md").read_text(encoding="utf-8")


def legacy_snippet(text: str, parsed: ParsedQuery) -> Snippet:
    """The snippet algorithm before the fix, kept here only to measure against."""
    from reader_app.core.search.analysis import find_compact
    from reader_app.core.search.deadline import NoDeadline
    from reader_app.core.search.highlight import _merge, _sentences

    ctext, offsets = compact_with_map(text)
    spans = []
    for clause in parsed.positive:
        pos = find_compact(ctext, clause.key)
        while pos >= 0:
            spans.append((offsets[pos], offsets[pos + len(clause.key) - 1] + 1))
            pos = find_compact(ctext, clause.key, pos + 1)
    spans = _merge(spans)
    sentences = _sentences(text, NoDeadline())
    scored = []
    for index, (start, end) in enumerate(sentences):
        inside = [s for s in spans if s[0] >= start and s[1] <= end]  # every hit, every sentence
        if inside:
            scored.append((-len({text[a:b] for a, b in inside}), -len(inside), index))
    chosen = sorted(i for _, _, i in sorted(scored)[:3]) or [0]
    return Snippet(" … ".join(text[slice(*sentences[i])][:120] for i in chosen), [])


def timed(func, *args) -> float:
    started = time.perf_counter()
    func(*args)
    return time.perf_counter() - started


def snippet_figures(legacy_max: int) -> None:
    print("snippet of one article (query 跨境), seconds")
    print(f"{'kind':<10} {'chars':>9} {'current':>9} {'earlier':>9}")
    parsed = parse_query("跨境")
    body = REALISTIC[REALISTIC.index("+++", 3) + 3 :]
    for kind, unit in (("hostile", SENTENCE), ("realistic", body)):
        for chars in (25_000, 50_000, 100_000, 200_000, 1_000_000):
            text = (unit * (chars // len(unit) + 1))[:chars]
            now = timed(make_snippet, text, parsed)
            if chars <= legacy_max:
                before = f"{timed(legacy_snippet, text, parsed):9.3f}"
            else:
                before = "  skipped"
            print(f"{kind:<10} {chars:>9,} {now:9.3f} {before}")


def cli(home: Path, bundled: Path, *args: str) -> tuple[subprocess.CompletedProcess, float, int]:
    env = dict(os.environ, READER_APP_HOME=str(home), READER_APP_BUNDLED_ISSUES=str(bundled))
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "reader_app.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=1800,
        check=False,
    )
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return done, time.perf_counter() - started, peak


def search_figures(work: Path) -> None:
    bundled = work / "bundled"
    shutil.copytree(REPO / "issues", bundled)
    make_huge_article(bundled)
    home = work / "home"
    built, seconds, _ = cli(home, bundled, "index", "--rebuild")
    assert built.returncode == 0, built.stderr
    print(f"\nsearch over an index with a 1 MB article (index build {seconds:.1f} s)")
    for query in ("跨境", "跨境 物流", '"海南跨境电商"', "发展"):
        done, seconds, _ = cli(home, bundled, "search", query, "--json", "--limit", "50")
        data = json.loads(done.stdout)
        print(
            f"  {query:<16} took_ms {data['took_ms']:>8.1f}  timed_out {data['timed_out']!s:<5} "
            f"hits {len(data['hits']):>3}  process {seconds:.2f} s"
        )


def import_figures(work: Path) -> None:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    paragraph = "跨境电商综合试验区建设要复制推广成熟经验做法。" * 5
    empty = work / "no-bundled"
    empty.mkdir()
    print("\nimport --dry-run of an issue with one huge article (refused by the article limit)")
    for label, chars in (("1 MB", 1_000_000), ("48 MB", 16_000_000)):
        for shape in ("paragraphs", "one line"):
            padded = list(lines)
            count = chars // len(paragraph)
            if shape == "paragraphs":
                padded[188:188] = [paragraph, ""] * count
            else:
                padded[188:188] = [paragraph * count]
            path = work / f"huge-{label.replace(' ', '')}-{shape.replace(' ', '')}.txt"
            path.write_text("\n".join(padded), encoding="utf-8")
            done, seconds, peak = cli(work / "home2", empty, "import", "--dry-run", str(path))
            size = path.stat().st_size / 1e6
            print(
                f"  {label:<6} {shape:<10} file {size:5.1f} MB  exit {done.returncode}  "
                f"{seconds:5.2f} s  peak RSS of all runs so far {peak / 1024:5.0f} MB"
            )
            path.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--legacy-max", type=int, default=200_000)
    args = parser.parse_args()
    snippet_figures(args.legacy_max)
    with tempfile.TemporaryDirectory() as temp:
        search_figures(Path(temp))
        import_figures(Path(temp))


if __name__ == "__main__":
    main()
