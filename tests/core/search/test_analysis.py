"""Normalisation and analysis: the same folding on both sides, index and query."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader_app.core.search.analysis import find_compact, index_terms, query_terms
from reader_app.core.search.normalize import (
    CompactMap,
    compact,
    compact_with_map,
    fold,
    fold_with_map,
)


def test_fold_width_case_and_traditional() -> None:
    assert fold("ＯＬＥＤ") == "oled"
    assert fold("鋰電池") == "锂电池"
    assert fold("ＰＭ２．５") == "pm2.5"
    assert fold("TOP50") == "top50"


def test_compact_makes_spacing_and_markup_transparent() -> None:
    assert compact("PM_{2.5}") == compact("PM2.5") == "pm25"
    assert compact("33 地") == compact("33地")
    assert compact("五部门:联合") == compact("五部门：联合")


def test_compact_map_points_back_to_original() -> None:
    text = "Ａ 跨境，電商"
    ctext, offsets = compact_with_map(text)
    assert ctext == "a跨境电商"
    assert [text[i] for i in offsets] == ["Ａ", "跨", "境", "電", "商"]


def test_index_terms_have_unigrams_bigrams_and_atoms() -> None:
    terms = index_terms("跨境电子商务 PM2.5 5G")
    for term in ("跨", "跨境", "境电", "商务", "pm", "2", "5", "g"):
        assert term in terms
    assert "跨境电" not in terms


def test_query_terms() -> None:
    assert query_terms("跨境") == ["跨境"]
    assert query_terms("锂") == ["锂"]
    assert query_terms("链供应") == ["链供", "供应"]
    assert query_terms("鋰電池") == ["锂电", "电池"]
    assert query_terms("PM2.5") == ["pm", "2", "5"]
    assert query_terms("5G网") == ["网", "5", "g"]


def test_find_compact_does_not_split_latin_or_digit_runs() -> None:
    assert find_compact("容量35gw", "5g") == -1
    assert find_compact("35gw和5g网络", "5g") == 5
    assert find_compact("top50", "top50") == 0
    assert find_compact("top500", "top50") == -1


@given(st.text(max_size=60))
def test_fold_map_is_consistent(text: str) -> None:
    folded, origin = fold_with_map(text)
    assert folded == fold(text)
    assert len(origin) == len(folded)
    assert origin == sorted(origin)
    assert all(0 <= i < len(text) for i in origin)
    ctext, offsets = compact_with_map(text)
    assert ctext == compact(text)
    assert len(offsets) == len(ctext)


@given(st.text(max_size=60))
def test_compact_map_agrees_with_the_per_character_map(text: str) -> None:
    cmap = CompactMap(text)
    ctext, offsets = compact_with_map(text)
    assert cmap.text == ctext
    assert [cmap.offset(i) for i in range(len(ctext))] == offsets


def test_compact_map_after_a_character_folding_to_two() -> None:
    text = "ﬁnance 跨境"  # the ligature folds to "fi": offsets go through the per-character map
    cmap = CompactMap(text)
    assert cmap.text == "finance跨境"
    assert [cmap.offset(i) for i in range(len(cmap.text))] == [0, 0, 1, 2, 3, 4, 5, 7, 8]
