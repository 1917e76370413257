"""Partial matches (a long word's share of bigrams) counted from posting lists are the
counts of reading every text (engine._covering)."""

from __future__ import annotations

import pytest

from reader_app.core.search.analysis import query_terms
from reader_app.core.search.engine import RELAX_MIN, Filters, partial
from reader_app.core.search.index import SearchIndex
from reader_app.core.search.query import parse_query

LONG = [
    "跨境电子商务综合试验区物流园",
    "数字经济高质量发展示范区建设",
    "发展壮大未来产业集群",
    "海南自由贸易港建设总体方案",
    "新能源汽车动力电池回收",  # none: nothing to count
]


@pytest.mark.parametrize("word", LONG)
def test_partial_counts_equal_reading_every_text(shared_index: SearchIndex, word: str) -> None:
    terms = query_terms(word)

    def by_text(data) -> dict[str, int]:
        counts: dict[str, int] = {}
        issues = data.values("issue")
        for doc in data.searcher.reader().all_doc_ids():
            text = data.compact("ctext", doc).decode("utf-8")
            if sum(1 for t in terms if t in text) / len(terms) >= RELAX_MIN:
                counts[issues[doc]] = counts.get(issues[doc], 0) + 1
        return counts

    expected = shared_index.answer(by_text)
    found = shared_index.answer(lambda data: partial(data, parse_query(word), Filters()))
    assert found is not None and expected is not None
    assert found.facets["issue"] == expected
    assert found.total == sum(expected.values())
    assert expected or word == LONG[-1]  # partial matches there to count
