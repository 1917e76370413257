"""Query expansion in tiers on the real index of the bundled issue."""

from __future__ import annotations

from reader_app.core.app.session import open_library
from reader_app.core.library.library import Library
from reader_app.core.search.highlight import article_text
from reader_app.core.search.index import SearchIndex
from reader_app.core.search.marks import Marks
from reader_app.core.search.thesaurus import Thesaurus


def _tiers(result) -> list[bool]:
    return [hit.via_expansion for hit in result.hits]


def test_expansion_finds_what_the_articles_say_instead(shared_index: SearchIndex) -> None:
    plain = shared_index.search("自贸区", expand=False)
    wider = shared_index.search("自贸区")
    assert plain.total == 2 and not plain.expansions
    assert wider.total >= 12
    terms = {e.term: e.count for e in wider.expansions}
    assert {"自贸试验区", "自由贸易试验区", "自贸港", "自由贸易港"} <= set(terms)
    assert all(count > 0 for count in terms.values())
    assert sum(1 for h in wider.hits if h.via_expansion) == wider.total - plain.total
    assert shared_index.search("双碳", expand=False).total == 0
    assert shared_index.search("双碳").total >= 2


def test_every_exact_hit_ranks_above_every_expanded_one(shared_index: SearchIndex) -> None:
    for query in ("AI", "芯片", "新冠", "自贸区", "跨境电商", "海南 自贸区"):
        plain = shared_index.search(query, expand=False, limit=50)
        wider = shared_index.search(query, limit=50)
        tiers = _tiers(wider)
        assert tiers == sorted(tiers), query  # False (typed word) before True (expanded)
        first = [h.article for h in wider.hits[: plain.total]]
        assert first == [h.article for h in plain.hits], query  # the first tier as today


def test_phrases_equals_sign_and_switch_turn_it_off(shared_index: SearchIndex) -> None:
    plain = shared_index.search("自贸区", expand=False).total
    for query in ('"自贸区"', "=自贸区", "「自贸区」"):
        result = shared_index.search(query)
        assert not result.expansions, query
        assert result.total <= plain
    assert shared_index.search("=自贸区").total == plain


def test_a_removed_term_is_not_searched(shared_index: SearchIndex) -> None:
    full = shared_index.search("自贸区")
    without = shared_index.search("自贸区", without=["自贸港", "海南自由贸易港", "自由贸易港"])
    terms = {e.term for e in without.expansions}
    assert not terms & {"自贸港", "自由贸易港", "海南自由贸易港"}
    assert without.total < full.total


def test_snippets_and_marks_cover_expanded_terms(shared_index: SearchIndex) -> None:
    result = shared_index.search("双碳")
    hit = result.hits[0]
    marked = {hit.snippet_text[a:b] for a, b in hit.snippet_spans}
    assert marked & {"碳达峰", "碳中和"}
    article = next(a for i in open_library().issues for a in i.articles if a.id == hit.article)
    text = article_text(article)
    spans = result.marks(hit).spans(text)
    assert spans and {text[a:b] for a, b in spans} <= {"碳达峰", "碳中和", "碳达峰碳中和"}
    assert Marks("双碳").spans(text) == []  # without the terms: nothing to mark


def test_abbreviations_found_in_the_library(library: Library, tmp_path) -> None:
    with SearchIndex.open(library, root=tmp_path / "ix") as index:
        index.set_thesaurus(Thesaurus())  # no list: only the abbreviation rule
        result = index.search("跨境电商")
        mined = {e.term: e.origin for e in result.expansions}
        assert mined.get("跨境电子商务") == "abbreviation"
        assert "保障性租赁住房" in {e.term for e in index.search("保租房").expansions} or (
            index.search("保租房").total >= 1
        )
        assert {e.term for e in index.search("自贸港").expansions} >= {"自由贸易港"}
        assert not index.search("发展").expansions  # two characters: never guessed


def test_expanded_search_with_filters_and_date_sort(shared_index: SearchIndex) -> None:
    result = shared_index.search("自贸区", section="自贸专题", sort="date")
    assert result.hits and all(h.section == "自贸专题" for h in result.hits)
    dates = [h.date or "" for h in result.hits]
    assert dates == sorted(dates, reverse=True)
    assert sum(result.facets["section"].values()) >= result.total
