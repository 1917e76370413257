"""The seed issue (2022, 总第十八期) parsed from its raw text."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from reader_app.core.base.model import ARTICLE, BOOK
from reader_app.core.importer import parse_issue_file
from reader_app.core.importer.body import TERMINAL
from tests.conftest import SEED
from tests.saidutil import said


@pytest.fixture(scope="module")
def parsed():
    return parse_issue_file(SEED)


def _articles(issue):
    return [a for a in issue.articles if a.kind == ARTICLE]


def test_counts_per_section(parsed):
    issue, report = parsed
    articles = _articles(issue)
    assert len(articles) == 62
    assert Counter(a.section for a in articles) == {
        "热点关注": 7,
        "行业动态": 13,
        "各地动态": 19,
        "自贸专题": 11,
        "国研专稿": 4,
        "企业排行榜": 8,
    }
    books = [a for a in issue.articles if a.kind == BOOK]
    assert [b.title for b in books] == ["大侦探经济学", "机会成本", "经济学第一课", "资本主义"]
    assert report.section_counts()["图书推荐"] == 4


def test_masthead(parsed):
    issue, _ = parsed
    assert (issue.id, issue.year, issue.number) == ("2022-18", 2022, 18)
    assert issue.number_label == "总第十八期"
    assert issue.title == "信息摘编"
    assert (issue.period_start, issue.period_end) == (dt.date(2022, 11, 16), dt.date(2022, 12, 15))
    assert issue.editing_unit == "天津港保税区文教局（图书档案馆、地方志编修办公室）"
    assert {e.role: e.names for e in issue.editors} == {
        "主编": ["沈习春", "薛晓莹"],
        "副主编": ["张欣", "朱丹丹"],
    }
    assert issue.contacts["phone"] == "(022) 84925879"
    assert issue.contacts["email"] == "zdd@adm.tjftz.gov.cn"
    assert issue.contacts["address"].startswith("天津空港经济区")


def test_titles_reconcile_toc_and_body(parsed):
    issue, _ = parsed
    titles = {a.title for a in issue.articles}
    # TOC "33 地", body "33地"; TOC full-width colon, body ASCII colon; stray spaces.
    assert "国务院：33地获批新设跨境电商综合试验区" in titles
    assert (
        "五部门：联合发布《重点用能产品设备能效先进水平、节能水平和准入水平(2022年版)》" in titles
    )
    assert "中共中央、国务院：推动人工智能、集成电路等技术创新应用" in titles
    assert "青岛：印发《青岛自贸片区促进融资租赁发展扶持办法》" in titles
    # A space both the TOC and the body print is a real separator.
    assert "上海：打造未来产业创新高地 发展壮大未来产业集群" in titles


def test_article_fields(parsed):
    issue, _ = parsed
    first = issue.articles[0]
    assert first.title == "三部门：联合印发《关于巩固回升向好趋势加力振作工业经济的通知》"
    assert (first.section, first.page, first.source) == ("热点关注", 1, "工信微报")
    assert first.date == dt.date(2022, 11, 21)
    assert first.url == "https://mp.weixin.qq.com/s/Ffgthag2WLjR01D_9-S02A"
    assert first.attachment == "《关于巩固回升向好趋势加力振作工业经济的通知》"
    research = next(a for a in issue.articles if a.title.startswith("海南自贸港跨境电商"))
    assert research.keywords == ["海南", "自贸港", "跨境电商", "跨境物流"]
    assert research.abstract.startswith("海南自由贸易港建设背景下")
    assert research.source == "《区域经济》"
    book = next(a for a in issue.articles if a.kind == BOOK)
    assert book.book.author == "李井奎"
    assert (book.book.publisher, book.book.published) == ("中信出版集团", "2021-07")
    assert book.book.reason.startswith("作者采用《西游记》")


def test_error_of_the_original_is_flagged_not_changed(parsed):
    issue, report = parsed
    sanya = next(a for a in issue.articles if a.title.startswith("海南：三亚出台"))
    assert sanya.date == dt.date(2011, 12, 8)
    assert any("2011-12-08" in flag for flag in sanya.flags)
    warning = next(
        w for w in report.warnings if w.code == "date-outside-period" and "2011" in said(w.message)
    )
    assert warning.line == 879


def test_no_converter_residue(parsed):
    issue, _ = parsed
    for article in issue.articles:
        for residue in ("**", "PM_{", "<p>", "</p>", "<https://", "<http://"):
            assert residue not in article.body, (article.title, residue)
    blue_sky = next(a for a in issue.articles if a.title.startswith("生态环境部"))
    assert "PM2.5" in blue_sky.body


def test_paragraphs_cut_at_page_ends_are_rejoined(parsed):
    issue, report = parsed
    eight = next(a for a in issue.articles if a.title.startswith("八部门"))
    assert "科创金融改革试验区打造成为" in eight.body
    warned = {said(w.message) for w in report.warnings if w.code == "cut-sentence"}
    open_ended = set()
    for article in _articles(issue):
        paragraphs = [
            p.strip()
            for p in article.body.strip().split("\n\n")
            if p and not p.startswith(("#", "|")) and "{: .caption }" not in p
        ]
        for n, paragraph in enumerate(paragraphs):
            if paragraph.endswith(TERMINAL):
                continue
            # Only an article's very last paragraph may end open, and then the
            # report must say so (an error of the original, kept visible).
            assert n == len(paragraphs) - 1, (article.title, paragraph[-30:])
            open_ended.add(article.title)
    assert len(open_ended) == len(warned) <= 1
    assert all(any(title[:20] in message for message in warned) for title in open_ended)


def test_no_text_from_the_next_article(parsed):
    issue, _ = parsed
    for article, following in zip(issue.articles, issue.articles[1:], strict=False):
        assert following.title not in article.body
        if following.url:
            assert following.url not in article.body
        if following.source and following.date:
            assert f"{following.source} {following.date.isoformat()}" not in article.body


def test_structure_of_research_articles(parsed):
    issue, _ = parsed
    logistics = next(a for a in issue.articles if a.title.startswith("海南自贸港跨境电商"))
    headings = re.findall(r"^(#+) (.*)$", logistics.body, re.M)
    levels = {text: len(marks) for marks, text in headings}
    assert levels["1. 海南自贸港跨境电商物流发展现状分析"] == 2
    assert levels["1.1 物流基础设施建设力度加大"] == 3
    assert levels["2.1.1 港口建设需加快步伐"] == 4
    assert "| 年份 | 水运货物运输量(万吨) |" in logistics.body
    housing = next(a for a in issue.articles if a.title.startswith("房地产"))
    assert "图1：上半年新增房地产贷款比重（4.9%）创历史新低\n{: .caption }" in housing.body
    assert "数据来源：各地官网数据总结\n{: .caption }" in housing.body
    assert "| 广州 | 60 | 46% |" in housing.body


def test_ids_are_stable_and_unique(parsed):
    issue, _ = parsed
    again, _ = parse_issue_file(SEED)
    ids = [a.id for a in issue.articles]
    assert len(set(ids)) == len(ids)
    assert ids == [a.id for a in again.articles]
    assert all(re.fullmatch(r"2022-18-[0-9a-f]{6}", i) for i in ids)
