"""Hit spans in the article text and snippets."""

from __future__ import annotations

from conftest import seed_issue
from hypothesis import given
from hypothesis import strategies as st

from reader_app.core.search.highlight import article_text, hit_spans, make_snippet
from reader_app.core.search.normalize import compact
from reader_app.core.search.query import parse_query


def test_spans_cover_whole_matches_and_merge_overlaps() -> None:
    text = "设立跨境电子商务综合试验区，跨境电商。"
    spans = hit_spans(text, "跨境 境电 电子")
    assert [text[a:b] for a, b in spans] == ["跨境电子", "跨境电"]


def test_spans_cross_spacing_width_and_script() -> None:
    text = "细颗粒物（PM_{2.5}）和 33 地的鋰電池，5G 与 35GW"
    found = [text[a:b] for a, b in hit_spans(text, "pm2.5 33地 锂电池 5g")]
    assert found == ["PM_{2.5", "33 地", "鋰電池", "5G"]


def test_excluded_and_field_only_clauses_are_not_marked() -> None:
    text = "海南自贸港跨境电商"
    assert [text[a:b] for a, b in hit_spans(text, "跨境 -海南 source:海南")] == ["跨境"]


def test_snippet_cut_at_sentence_ends_with_whole_marks() -> None:
    text = "标题\n\n第一句没有。第二句讲跨境电商！第三句无关？第四句又说跨境。"
    snippet = make_snippet(text, parse_query("跨境电商 OR 跨境"), skip_chars=2)
    assert snippet.text == "第二句讲跨境电商！ … 第四句又说跨境。"
    assert [snippet.text[a:b] for a, b in snippet.spans] == ["跨境电商", "跨境"]


def test_spans_in_a_real_article_text() -> None:
    article = next(a for a in seed_issue().articles if "锂离子" in a.title)
    text = article_text(article)
    spans = hit_spans(text, "锂电 供应链")
    assert spans
    assert {compact(text[a:b]) for a, b in spans} <= {"锂电", "供应链"}
    assert text.count("锂电") == sum(1 for a, b in spans if compact(text[a:b]) == "锂电")


@given(st.text(max_size=80), st.text(max_size=20))
def test_spans_never_raise_and_stay_in_bounds(text: str, query: str) -> None:
    spans = hit_spans(text, query)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(spans[i][1] < spans[i + 1][0] for i in range(len(spans) - 1))
