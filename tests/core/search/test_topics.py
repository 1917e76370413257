"""Concept search on the bundled issue: recall@20 and precision@10, without and with expansion.

The topic set (tests/fixtures/topic_set.toml) was judged by reading the articles. Run with
``-s`` to see the figures (docs/search.md records them).
"""

from __future__ import annotations

from pathlib import Path

from reader_app.core.search.index import SearchIndex

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib

TOPICS = Path(__file__).parents[2] / "fixtures" / "topic_set.toml"
# What expansion achieved when this was written (docs/search.md), less a small margin.
MIN_RECALL_20 = 0.97
MIN_PRECISION_10 = 0.80


def load_topics() -> list[dict]:
    return tomllib.loads(TOPICS.read_text("utf-8"))["topic"]


def scores(index: SearchIndex, expand: bool) -> tuple[float, float, int, list[str]]:
    """Mean recall@20, mean precision@10 (over queries with results), empty results, misses."""
    recalls, precisions, empty, misses = [], [], 0, []
    for topic in load_topics():
        relevant = set(topic["relevant"])
        hits = [h.article for h in index.search(topic["query"], limit=20, expand=expand).hits]
        found = relevant & set(hits)
        recalls.append(len(found) / len(relevant))
        if hits:
            top = hits[:10]
            precisions.append(len(relevant & set(top)) / len(top))
        else:
            empty += 1
        if found != relevant:
            misses.append(f"  {topic['query']}: {len(found)}/{len(relevant)}")
    recall = sum(recalls) / len(recalls)
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    return recall, precision, empty, misses


def test_topic_set_is_broad() -> None:
    topics = load_topics()
    assert len(topics) >= 30
    assert len({t["query"] for t in topics}) == len(topics)
    assert all(t["relevant"] for t in topics)


def test_expansion_raises_recall_and_keeps_precision(shared_index: SearchIndex) -> None:
    before = scores(shared_index, expand=False)
    after = scores(shared_index, expand=True)
    for name, (recall, precision, empty, misses) in (("without", before), ("with", after)):
        print(
            f"\ntopics {name} expansion: recall@20={recall:.3f} precision@10={precision:.3f}"
            f" no results={empty}\n" + "\n".join(misses)
        )
    assert after[0] >= MIN_RECALL_20, "\n".join(after[3])
    assert after[1] >= MIN_PRECISION_10
    assert after[0] > before[0]


def test_exact_term_articles_come_first(shared_index: SearchIndex) -> None:
    """Each topic query: the articles having the typed word as written lead the list."""
    for topic in load_topics():
        plain = shared_index.search(topic["query"], limit=20, expand=False)
        wider = shared_index.search(topic["query"], limit=20)
        shown = [h.article for h in wider.hits[: len(plain.hits)]]
        assert shown == [h.article for h in plain.hits], topic["query"]
        assert not any(h.via_expansion for h in wider.hits[: len(plain.hits)])


def test_known_items_rank_as_without_expansion(shared_index: SearchIndex) -> None:
    """The known-item set (test_quality.py) ranks every expected article the same either way."""
    from tests.core.search.test_quality import load_queries, rank_of

    for _kind, query, expected in load_queries():
        ranks = []
        for expand in (False, True):
            titles = [h.title for h in shared_index.search(query, limit=10, expand=expand).hits]
            ranks.append(rank_of(expected, titles))
        assert ranks[0] == ranks[1], query
        assert ranks[1] is not None and ranks[1] <= 3, query
