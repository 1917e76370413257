"""Shorter-word tips cut long Chinese words at word-like boundaries (issue 13)."""

from __future__ import annotations

from reader_app.core.search.wordparts import shorter_words, word_parts


def test_long_words_cut_in_twos_with_the_head_last():
    assert word_parts("量子计算机") == ["量子", "计算机"]
    assert word_parts("跨境电商") == ["跨境", "电商"]
    assert word_parts("跨境电商平台") == ["跨境", "电商", "平台"]
    assert shorter_words("量子计算机") == ("量子", "计算机")


def test_short_or_mixed_words_stay_whole():
    assert word_parts("计算机") == ["计算机"]
    assert shorter_words("数字") is None
    assert word_parts("PM2.5监测") == ["PM2.5监测"]


def test_every_ideograph_counts_as_chinese():
    """The CJK ranges are textnorm's (extension B 𠀀 included), not a shorter copy."""
    assert word_parts("𠀀𠀁𠀂𠀃") == ["𠀀𠀁", "𠀂𠀃"]
