"""Issue 26: a hit's snippet and its opened article mark the same things (core/search/marks.py).

With a real index of the bundled issue: exact words, expanded ones, a word found only in
pieces, Latin and numbers. What the snippet marks is marked in the article too, and the
result says when a word was found only in pieces.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from conftest import seed_issue

from reader_app.core.search.highlight import article_text
from reader_app.core.search.index import SearchIndex
from reader_app.core.search.marks import Marks

QUERIES = ("锂电池", "PM2.5", "5G", "OLED", "自贸区", "双碳", "RCEP", "跨境电商", "新能源汽车电池")


def marked_strings(text: str, spans: Iterable[tuple[int, int]]) -> list[str]:
    """The distinct strings ``spans`` mark in ``text``, in order (what a page view looks for)."""
    return list(dict.fromkeys(text[a:b] for a, b in spans))


def _article(article_id: str):
    return next(a for a in seed_issue().articles if a.id == article_id)


@pytest.mark.parametrize("query", QUERIES)
def test_snippet_marks_are_marked_in_the_article(shared_index: SearchIndex, query: str) -> None:
    result = shared_index.search(query)
    assert result.hits, query
    for hit in result.hits[:8]:
        shared_index.fill_snippets([hit])
        text = article_text(_article(hit.article))
        marked = set(marked_strings(text, result.marks(hit).spans(text)))
        snippet = {hit.snippet_text[a:b] for a, b in hit.snippet_spans}
        assert snippet <= marked, (query, hit.title)
        assert marked, (query, hit.title)


def test_an_expansion_the_snippet_marks_is_marked_in_the_article(shared_index: SearchIndex) -> None:
    result = shared_index.search("PM2.5")
    hit = result.hits[0]
    text = article_text(_article(hit.article))
    marked = marked_strings(text, result.marks(hit).spans(text))
    assert "细颗粒物" in {hit.snippet_text[a:b] for a, b in hit.snippet_spans}
    assert {"PM2.5", "细颗粒物"} <= set(marked)  # the article's counter once said 1/1
    assert "细颗粒物" in result.related and not result.expansions  # it added no article


def test_a_word_found_in_pieces_says_so_and_marks_the_pieces(shared_index: SearchIndex) -> None:
    result = shared_index.search("锂电池")
    notes = [n for n in result.notes if n.key == "scattered_match"]
    assert [(n["word"], n["pieces"]) for n in notes] == [("锂电池", ("锂电", "电池"))]
    hit = next(h for h in result.hits if "四川" in h.title)  # no related term in it
    text = article_text(_article(hit.article))
    assert "锂电池" not in text
    assert set(marked_strings(text, result.marks(hit).spans(text))) == {"锂电", "电池"}
    assert not shared_index.search("跨境电商").notes  # found whole: nothing to say


def test_a_partial_match_names_the_parts_found(shared_index: SearchIndex) -> None:
    result = shared_index.search("新能源汽车电池")
    notes = [n for n in result.notes if n.key == "partial_match"]
    assert [(n["word"], n["pieces"]) for n in notes] == [("新能源汽车电池", ("新能源汽车", "电池"))]


def test_found_through_a_related_term_marks_the_typed_word_only_whole() -> None:
    text = "本文谈锂电产业与电池回收，也谈锂离子电池。"
    assert marked_strings(text, Marks("锂电池").spans(text)) == ["锂电", "电池"]
    exact = Marks("锂电池", ("锂离子电池",), exact=True)
    assert marked_strings(text, exact.spans(text)) == ["锂离子电池"]
    assert marked_strings(text, Marks("电池").spans(text)) == ["电池"]
