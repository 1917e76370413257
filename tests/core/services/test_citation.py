"""GB/T 7714—2025 and —2015 references, checked against strings built by hand from the
rules and test references of the CTAN gbt7714 package (docs/citations.md)."""

import datetime as dt

import pytest

from reader_app.core.app.session import open_library
from reader_app.core.base.model import Article, Book, Issue, PageInfo
from reader_app.core.services.citation import GB2015, GB2025, citation, pages, source_kind

ACCESSED = dt.date(2026, 11, 29)


def _issue() -> Issue:
    return Issue(id="2022-18", year=2022, number=18, number_label="总第十八期")


def _article(**kw) -> Article:
    base = {"id": "2022-18-aaaaaa", "issue_id": "2022-18", "section": "热点关注", "title": "标题"}
    base.update(kw)
    return Article(**base)


WECHAT = _article(
    title="三部门：联合印发通知", page=1, source="工信微报", date=dt.date(2022, 11, 21),
    url="https://mp.weixin.qq.com/s/abc",
)  # fmt: skip
PAPER = _article(title="工信部：产业规模跃居全球第一", page=15, source="北京日报",
                 date=dt.date(2022, 12, 7))  # fmt: skip
PAPER_ONLINE = _article(title="青岛：印发扶持办法", page=43, source="青岛日报",
                        date=dt.date(2022, 11, 18), url="http://www.qingdao.gov.cn/a.shtml")  # fmt: skip
JOURNAL_ = _article(title="普惠金融改革试验区的建设经验及启示", page=48, source="《金融透视》",
                    date=dt.date(2022, 11, 30))  # fmt: skip
NO_SOURCE = _article(title="2022年全球独角兽榜", section="企业排行榜", page=70)
SITE_NO_DATE = _article(title="数字经济观察", page=20, source="中国经济网",
                        url="http://www.ce.cn/x.html")  # fmt: skip
BOOK = _article(
    title="机会成本", section="图书推荐", kind="book", page=80,
    book=Book(title="机会成本", author="[日]清水胜彦 著", publisher="中信出版社",
              published="2021-05"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # [EB/OL]: 责任者. 题名[EB/OL]. （发表日期）[引用日期]. URL. (gbt7714.8.11.3.2:3)
        (WECHAT, "工信微报. 三部门：联合印发通知[EB/OL]. （2022-11-21）[2026-11-29]. "
                 "https://mp.weixin.qq.com/s/abc. 转引自：信息摘编，2022（18）：1."),
        # [N]: 题名[N]. 报纸名，出版日期. (gbt7714.8.5.3:1, no 版次 known)
        (PAPER, "工信部：产业规模跃居全球第一[N]. 北京日报，2022-12-07. "
                "转引自：信息摘编，2022（18）：15."),
        # [N/OL] in 2025: no access date (gbt7714.b.4:6)
        (PAPER_ONLINE, "青岛：印发扶持办法[N/OL]. 青岛日报，2022-11-18. "
                       "http://www.qingdao.gov.cn/a.shtml. 转引自：信息摘编，2022（18）：43."),
        # [J] published online, date instead of volume/issue (gbt7714.8.5.3:4)
        (JOURNAL_, "普惠金融改革试验区的建设经验及启示[J]. 金融透视，2022-11-30. "
                   "转引自：信息摘编，2022（18）：48."),
        # no outside source: the digest's own article, 刊名，年（期）：页 (gbt7714.8.5.1.2:1)
        (NO_SOURCE, "2022年全球独角兽榜[J]. 信息摘编，2022（18）：70."),
        # a site without a date: only the access date (gbt7714.8.11.2.2:1)
        (SITE_NO_DATE, "中国经济网. 数字经济观察[EB/OL]. [2026-11-29]. "
                       "http://www.ce.cn/x.html. 转引自：信息摘编，2022（18）：20."),
        # [M]: 责任者. 题名[M]. 出版者，出版年. No nationality, no role word (gbt7714.5.1:1)
        (BOOK, "清水胜彦. 机会成本[M]. 中信出版社，2021."),
    ],
    ids=["wechat", "newspaper", "newspaper-online", "journal", "no-source", "site-no-date",
         "book"],
)  # fmt: skip
def test_gb7714_2025(article, expected):
    assert citation(article, _issue(), GB2025, accessed=ACCESSED) == expected


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # half-width punctuation, also inside titles (gbt7714.4.6.2:3, A.9:1)
        (WECHAT, "工信微报. 三部门: 联合印发通知[EB/OL]. (2022-11-21)[2026-11-29]. "
                 "https://mp.weixin.qq.com/s/abc. 转引自: 信息摘编, 2022(18): 1."),
        (PAPER, "工信部: 产业规模跃居全球第一[N]. 北京日报, 2022-12-07. "
                "转引自: 信息摘编, 2022(18): 15."),
        # [N/OL] in 2015 keeps the access date (gbt7714.4.4.2:2, A.9:3)
        (PAPER_ONLINE, "青岛: 印发扶持办法[N/OL]. 青岛日报, 2022-11-18[2026-11-29]. "
                       "http://www.qingdao.gov.cn/a.shtml. 转引自: 信息摘编, 2022(18): 43."),
        (NO_SOURCE, "2022年全球独角兽榜[J]. 信息摘编, 2022(18): 70."),
        (BOOK, "清水胜彦. 机会成本[M]. 中信出版社, 2021."),
    ],
    ids=["wechat", "newspaper", "newspaper-online", "no-source", "book"],
)  # fmt: skip
def test_gb7714_2015(article, expected):
    assert citation(article, _issue(), GB2015, accessed=ACCESSED) == expected


def test_default_is_the_2025_edition_and_two_arguments_still_work():
    assert citation(PAPER, _issue()) == citation(PAPER, _issue(), GB2025)


def test_unknown_style_is_refused():
    with pytest.raises(ValueError, match="gb7714-2025"):
        citation(PAPER, _issue(), "apa")


def test_article_over_two_printed_pages_gives_the_range():
    issue = _issue()
    issue.pages = [PageInfo(pdf=3, printed=1), PageInfo(pdf=4, printed=2)]
    article = _article(title="跨页", page=1, source="人民日报", pdf_pages=[3, 4])
    assert pages(article, issue) == "1-2"
    assert citation(article, issue).endswith("转引自：信息摘编，2022（18）：1-2.")


def test_more_than_three_authors_end_with_deng():
    book = _article(kind="book", book=Book(title="书", author="甲、乙、丙、丁"))
    assert citation(book, _issue()).startswith("甲，乙，丙，等. 书[M].")


@pytest.mark.parametrize(
    ("source", "url", "kind"),
    [
        ("工信微报", "https://mp.weixin.qq.com/s/x", "web"),
        ("人民日报", None, "newspaper"),
        ("上海证券报·中国证券网", "https://news.cnstock.com/x", "web"),
        ("上海证券报", "https://paper.cnstock.com/x", "newspaper"),
        ("新华社", None, "newspaper"),
        ("《企业管理》", None, "journal"),
        (None, None, "digest"),
    ],
)
def test_source_kind(source, url, kind):
    assert source_kind(_article(source=source, url=url)) == kind


def test_every_seed_article_cites_title_and_digest_locator_in_both_editions():
    library = open_library()
    for issue in library.issues:
        for article in issue.articles:
            for style in (GB2025, GB2015):
                text = citation(article, issue, style)
                assert article.title.split("：")[-1][:4] in text
                if article.kind != "book":
                    assert "信息摘编" in text and "2022" in text and "18" in text
                assert "None" not in text
