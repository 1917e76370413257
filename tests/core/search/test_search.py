"""Search behaviour: query language, ranking, filters, facets, sorting, fallbacks."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import FakeLibrary

from reader_app.cli import text as cli_text
from reader_app.core.base.model import Article, Issue
from reader_app.core.library.library import Library
from reader_app.core.search.highlight import article_text, hit_spans
from reader_app.core.search.index import SearchIndex
from reader_app.core.search.normalize import compact

MALFORMED = ['"跨境', "(", "*", ")", "x" * 10_000, "😀🎉", "\x00\x07跨境", "OR", "-", "NOT", '""']


def _issue(articles: list[tuple[str, str, str]]) -> Issue:
    built = [
        Article(
            id=f"t-{n}",
            issue_id="t",
            section="行业动态",
            title=title,
            body=body,
            date=dt.date.fromisoformat(date),
        )
        for n, (title, body, date) in enumerate(articles, 1)
    ]
    return Issue(id="t", year=2023, number=1, articles=built, content_hash="x")


def _ids(index: SearchIndex, query: str) -> list[str]:
    return [hit.article for hit in index.search(query).hits]


def test_substring_of_a_long_word_is_found(shared_index: SearchIndex) -> None:
    result = shared_index.search("跨境")
    assert any("33地获批" in hit.title for hit in result.hits)
    assert result.total == len(result.hits)


def test_every_hit_contains_every_required_word(shared_index: SearchIndex) -> None:
    for query in ("锂电", "链供应", "保租房", "5G", "PM2.5", "TOP50", "VOCs", "OLED"):
        result = shared_index.search(query)
        assert result.total > 0, query
        for hit in result.hits:
            assert compact(query) in compact(hit.snippet_text + hit.title) or hit.snippet_spans


def test_traditional_and_full_width_queries_equal_simplified(shared_index: SearchIndex) -> None:
    assert _ids(shared_index, "鋰電池") == _ids(shared_index, "锂电池") != []
    assert _ids(shared_index, "ＯＬＥＤ") == _ids(shared_index, "oled") != []
    assert _ids(shared_index, "ＰＭ２．５") == _ids(shared_index, "PM2.5") != []


def test_exclusion_or_and_fields(shared_index: SearchIndex) -> None:
    both = set(_ids(shared_index, "跨境"))
    without = set(_ids(shared_index, "跨境 -海南"))
    assert without and without < both
    assert set(_ids(shared_index, "跨境 NOT 海南")) == without
    either = set(_ids(shared_index, "锂电 OR 臭氧"))
    assert either == set(_ids(shared_index, "锂电")) | set(_ids(shared_index, "臭氧"))
    titles = [h.title for h in shared_index.search("title:锂离子").hits]
    assert titles and all("锂离子" in t for t in titles)
    assert all(h.source == "光明日报" for h in shared_index.search("来源:光明日报").hits)
    assert all(h.section == "国研专稿" for h in shared_index.search("栏目:国研 数字").hits)


def test_phrase_must_be_contiguous(shared_index: SearchIndex) -> None:
    loose = shared_index.search("电商 物流")
    phrase = shared_index.search('"电商物流"')
    assert 0 < phrase.total <= loose.total
    assert all("电商物流" in compact(h.snippet_text) for h in phrase.hits)


def test_title_ranks_above_body_and_exact_above_scattered(tmp_path) -> None:
    issue = _issue(
        [
            ("一篇报道", "这里提到了氢能一次。" + "其他内容。" * 5, "2023-01-05"),
            ("氢能产业", "正文无关。" * 6, "2023-01-01"),
            ("跨境与电商", "跨境物流。境电两字。电商平台。" * 3, "2023-01-09"),
            ("综述", "跨境电商。", "2023-01-02"),
        ]
    )
    with SearchIndex.open(FakeLibrary([issue]), root=tmp_path / "ix") as index:
        assert _ids(index, "氢能")[0] == "t-2"
        assert _ids(index, "跨境电商") == ["t-4", "t-3"]  # exact above scattered
        assert _ids(index, "跨境 电商")[0] == "t-3"
        assert _ids(index, '"跨境电商"') == ["t-4"]


def test_ties_break_by_date_newest_first(tmp_path) -> None:
    issue = _issue([("同题", "同文。", d) for d in ("2023-01-01", "2023-03-01", "2023-02-01")])
    with SearchIndex.open(FakeLibrary([issue]), root=tmp_path / "ix") as index:
        assert _ids(index, "同文") == ["t-2", "t-3", "t-1"]


def test_filters_facets_and_sorting(shared_index: SearchIndex) -> None:
    plain = shared_index.search("发展", limit=500)
    facets = plain.facets
    assert sum(facets["section"].values()) == plain.total
    assert sum(facets["issue"].values()) == plain.total
    assert sum(facets["date"].values()) <= plain.total
    section, count = next(iter(facets["section"].items()))
    filtered = shared_index.search("发展", section=section, limit=500)
    assert filtered.total == count
    assert all(h.section == section for h in filtered.hits)
    assert filtered.facets["section"] == facets["section"]  # own filter not applied
    source, count = next(iter(facets["source"].items()))
    assert shared_index.search("发展", source=source).total == count
    dated = shared_index.search("发展", date_from="2022-12-01", date_to="2022-12-31", limit=500)
    assert dated.total == facets["date"].get("2022-12", 0)
    assert all(h.date and h.date.startswith("2022-12") for h in dated.hits)
    assert shared_index.search("发展", date_from=dt.date(2022, 12, 1)).total == dated.total
    assert shared_index.search("发展", issue="2022-18").total == plain.total
    assert shared_index.search("发展", issue="nope").total == 0
    by_date = shared_index.search("发展", sort="date", limit=500)
    dates = [h.date or "" for h in by_date.hits]
    assert dates == sorted(dates, reverse=True)
    assert len(shared_index.search("发展", limit=3).hits) == 3


def test_no_hits_gives_suggestions(shared_index: SearchIndex) -> None:
    result = shared_index.search("跨境电商量子计算机")
    assert result.total == 0
    assert result.suggestions
    assert shared_index.search("锂电", section="图书推荐").suggestions


@pytest.mark.parametrize("query", MALFORMED)
def test_malformed_queries_never_raise(shared_index: SearchIndex, query: str) -> None:
    result = shared_index.search(query)
    assert isinstance(cli_text.understood(result), str) and cli_text.understood(result)
    assert result.total >= 0


def test_snippets_highlight_and_spans_point_into_article_text(shared_index: SearchIndex) -> None:
    result = shared_index.search("锂电 供应链")
    hit = result.hits[0]
    assert hit.snippet_spans
    assert all(hit.snippet_text[a:b] for a, b in hit.snippet_spans)
    assert hit.snippet_text.count(" … ") <= 2


def test_hit_spans_on_the_opened_article(library: Library, shared_index: SearchIndex) -> None:
    hit = shared_index.search("刘友宾").hits[0]
    article = next(a for a in library.issues[0].articles if a.id == hit.article)
    text = article_text(article)
    assert [text[a:b] for a, b in hit_spans(text, "刘友宾")] == ["刘友宾"]


def test_long_word_without_exact_match_falls_back_to_partial(shared_index: SearchIndex) -> None:
    result = shared_index.search("三张清单")
    assert result.total > 0 and "部分匹配" in cli_text.understood(result)
    assert "零关税" in result.hits[0].title


def test_snippets_come_from_the_text_not_the_source_line(shared_index: SearchIndex) -> None:
    result = shared_index.search("海南日报", limit=20)
    assert result.total >= 3
    for hit in result.hits:
        assert hit.snippet_text
        assert not hit.snippet_text.startswith(f"{hit.source} {hit.date}"), hit.title
