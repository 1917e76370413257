"""Near misses on a real index of the bundled issue: a slip typed, the library's word offered."""

from __future__ import annotations

import pytest

from reader_app.core.search.index import SearchIndex
from reader_app.core.search.suggest import MAX_SUGGESTIONS, near_words, occurrences


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("自区", "自贸区"),  # a character dropped
        ("碳峰", "碳达峰"),
        ("跨电商", "跨境电商"),
        ("贸自区", "自贸区"),  # two swapped
        ("自茂区", "自贸区"),  # a wrong character
        ("跨境电高", "跨境电商"),  # a wrong last character (the word's prefix still hits)
        ("字贸区", "自贸区"),  # a wrong first character
    ],
)
def test_a_typing_slip_gets_the_library_word(shared_index, typed: str, meant: str) -> None:
    data = shared_index._data
    assert occurrences(typed, data)[0] == 0  # the slip is nowhere in the library
    assert occurrences(meant, data)[0] >= 2
    near = near_words(typed, data)
    assert meant in near and len(near) <= MAX_SUGGESTIONS


def test_no_hits_carry_the_suggestions_and_hits_do_not(shared_index: SearchIndex) -> None:
    missed = shared_index.search("自区")
    assert missed.total == 0 and "自贸区" in missed.near
    assert missed.to_dict("自区")["suggestions"] == missed.near
    for query in missed.near:  # every suggestion finds something
        assert shared_index.search(query).total > 0
    found = shared_index.search("自贸区")
    assert found.total > 0 and found.near == []
    assert "suggestions" not in found.to_dict("自贸区")


def test_the_other_words_of_the_query_are_kept(shared_index: SearchIndex) -> None:
    result = shared_index.search("自茂区 政策")
    assert result.total == 0
    assert "自贸区 政策" in result.near


@pytest.mark.parametrize("nonsense", ["嗯呃", "火星基地殖民", "量子纠缠态", "qzxv", "自"])
def test_nothing_is_suggested_for_nonsense(shared_index: SearchIndex, nonsense: str) -> None:
    result = shared_index.search(nonsense)
    assert result.near == []
    if not result.total:
        assert result.to_dict(nonsense)["suggestions"] == []


def test_pieces_of_longer_words_are_not_offered(shared_index: SearchIndex) -> None:
    """贸区 (of 自贸区) is one edit from 贸自区 too, but it is only ever part of a word."""
    data = shared_index._data
    count, fragment = occurrences("贸区", data)
    assert count >= 2 and fragment
    assert "贸区" not in near_words("贸自区", data)
