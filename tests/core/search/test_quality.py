"""Search quality on the bundled issue: the expected article must rank in the top 3.

Prints hit@1, hit@3 and MRR (run with ``-s`` to see them) and the misses.
"""

from __future__ import annotations

from pathlib import Path

from reader_app.core.search.index import SearchIndex

QUERIES = Path(__file__).parents[2] / "fixtures" / "search_quality.tsv"


def load_queries() -> list[tuple[str, str, str]]:
    rows = []
    for line in QUERIES.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, query, expected = line.split("\t")
            rows.append((kind, query, expected))
    return rows


def rank_of(expected: str, titles: list[str]) -> int | None:
    """1-based rank of the first title holding any of the ``|``-separated expected parts."""
    parts = expected.split("|")
    return next((n for n, title in enumerate(titles, 1) if any(p in title for p in parts)), None)


def test_quality_set_is_broad() -> None:
    rows = load_queries()
    assert len(rows) >= 60
    kinds = {kind for kind, _, _ in rows}
    assert {"1char", "2char", "nonword", "name", "latin", "trad", "fullwidth"} <= kinds
    assert {"phrase", "multi", "field"} <= kinds


def test_expected_articles_rank_in_top_three(shared_index: SearchIndex) -> None:
    rows = load_queries()
    ranks: list[int | None] = []
    misses = []
    for kind, query, expected in rows:
        titles = [hit.title for hit in shared_index.search(query, limit=10).hits]
        rank = rank_of(expected, titles)
        ranks.append(rank)
        if rank is None or rank > 3:
            misses.append(f"  {kind:9} {query!r:24} rank={rank} top={titles[:3]}")
    count = len(ranks)
    hit1 = sum(1 for r in ranks if r == 1) / count
    hit3 = sum(1 for r in ranks if r is not None and r <= 3) / count
    mrr = sum(1 / r for r in ranks if r) / count
    print(f"\nquality: {count} queries  hit@1={hit1:.3f}  hit@3={hit3:.3f}  MRR={mrr:.3f}")
    print("\n".join(misses))
    assert hit3 == 1.0, "\n".join(misses)
    assert mrr >= 0.99, f"MRR {mrr:.3f}"
