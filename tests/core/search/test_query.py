"""The query language, and that malformed input never raises."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader_app.cli import text as cli_text
from reader_app.core.search.query import MAX_QUERY_CHARS, Clause, parse_query


def test_words_are_all_required() -> None:
    parsed = parse_query("跨境 电商")
    assert parsed.groups == [[Clause("跨境")], [Clause("电商")]]
    assert "且" in cli_text.query(parsed)


def test_phrase_or_not_and_fields() -> None:
    parsed = parse_query(
        '"跨境电商" 海南 OR 深圳 -青岛 NOT 上海 标题:锂离子 source:新华社 栏目：国研'
    )
    assert parsed.groups[0] == [Clause("跨境电商", phrase=True)]
    assert parsed.groups[1] == [Clause("海南"), Clause("深圳")]
    assert parsed.excluded == [Clause("青岛"), Clause("上海")]
    assert Clause("锂离子", field="title") in parsed.positive
    assert Clause("新华社", field="source") in parsed.positive
    assert Clause("国研", field="section") in parsed.positive
    assert "不含" in cli_text.query(parsed) and "标题含" in cli_text.query(parsed)


def test_full_width_and_traditional_are_read_like_half_width_simplified() -> None:
    assert parse_query("＂鋰電池＂").groups == [[Clause("锂电池", phrase=True)]]
    assert parse_query("ＯＬＥＤ").positive[0].key == "oled"
    assert parse_query("「数字经济」").positive == [Clause("数字经济", phrase=True)]


@pytest.mark.parametrize(
    ("raw", "note"),
    [
        ('"跨境电商', "引号未闭合"),
        ("(锂电", "括号"),
        ("锂电*", "通配符"),
        ("OR 锂电", "OR"),
        ("x" * 10_000, "查询过长"),
        ("😀", "无法查找"),
    ],
)
def test_malformed_input_falls_back_and_says_so(raw: str, note: str) -> None:
    parsed = parse_query(raw)
    assert note in cli_text.query(parsed)


def test_unclosed_quote_keeps_the_words() -> None:
    assert parse_query('"跨境电商').positive == [Clause("跨境电商")]
    assert len(parse_query("x" * 10_000).positive[0].text) == MAX_QUERY_CHARS


def test_control_characters_are_separators() -> None:
    assert parse_query("跨境\x00电商\u200b").groups == [[Clause("跨境")], [Clause("电商")]]


@given(st.text(max_size=300))
def test_parse_never_raises(raw: str) -> None:
    parsed = parse_query(raw)
    assert isinstance(cli_text.query(parsed), str)
    assert all(c.key for c in parsed.positive + parsed.excluded)
