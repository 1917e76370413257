"""RIS and BibTeX records read back with rispy and bibtexparser, as Zotero/EndNote users'
tools would read them."""

import datetime as dt

import bibtexparser
import pytest
import rispy

from reader_app.core.app.session import open_library
from reader_app.core.services.citeformats import BIBTEX, FORMATS, RIS, bibtex, cite, ris
from tests.core.services.test_citation import (
    ACCESSED,
    BOOK,
    JOURNAL_,
    NO_SOURCE,
    PAPER,
    PAPER_ONLINE,
    WECHAT,
    _issue,
)


def _ris(article) -> dict:
    (entry,) = rispy.loads(ris(article, _issue(), accessed=ACCESSED))
    return entry


def _bib(article):
    library = bibtexparser.parse_string(bibtex(article, _issue(), accessed=ACCESSED))
    assert not library.failed_blocks
    (entry,) = library.entries
    return entry


def test_ris_newspaper_reprint():
    entry = _ris(PAPER)
    assert entry["type_of_reference"] == "NEWS"
    assert entry["title"] == PAPER.title
    assert entry["secondary_title"] == "北京日报"
    assert entry["date"] == "2022/12/07"
    assert entry["year"] == "2022"
    assert entry["notes"] == ["转引自：信息摘编，2022（18）：15"]
    assert entry["language"] == "zh"


def test_ris_web_page_has_url_and_access_date():
    entry = _ris(WECHAT)
    assert entry["type_of_reference"] == "ELEC"
    assert entry["secondary_title"] == "工信微报"
    assert entry["urls"] == ["https://mp.weixin.qq.com/s/abc"]
    assert entry["access_date"] == "2026/11/29"


def test_ris_digest_article_has_issue_and_pages():
    entry = _ris(NO_SOURCE)
    assert entry["type_of_reference"] == "JOUR"
    assert entry["secondary_title"] == "信息摘编"
    assert (entry["year"], entry["number"], entry["start_page"]) == ("2022", "18", "70")


def test_ris_book():
    entry = _ris(BOOK)
    assert entry["type_of_reference"] == "BOOK"
    assert entry["authors"] == ["清水胜彦"]
    assert entry["publisher"] == "中信出版社"
    assert entry["year"] == "2021"


def test_bibtex_newspaper_uses_gbt7714_entrysubtype():
    entry = _bib(PAPER_ONLINE)
    assert entry.entry_type == "article"
    fields = {f.key: f.value for f in entry.fields}
    assert fields["entrysubtype"] == "newspaper"
    assert fields["journal"] == "青岛日报"
    assert fields["date"] == "2022-11-18"
    assert fields["url"] == "http://www.qingdao.gov.cn/a.shtml"
    assert fields["note"] == "转引自：信息摘编，2022（18）：43"
    assert entry.key == "xxzb-2022-18-aaaaaa"


def test_bibtex_web_journal_and_book():
    assert _bib(WECHAT).entry_type == "online"
    assert _bib(WECHAT)["author"] == "{工信微报}"
    assert _bib(JOURNAL_)["journal"] == "金融透视"
    book = _bib(BOOK)
    assert book.entry_type == "book"
    assert (book["author"], book["publisher"], book["year"]) == ("清水胜彦", "中信出版社", "2021")


def test_bibtex_escapes_markup_and_keeps_braces_balanced():
    article = PAPER.__class__(**{**PAPER.__dict__, "title": "100% 的 R&D {增长} #1"})
    entry = _bib(article)
    assert entry["title"] == r"100\% 的 R\&D 增长 \#1"


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_seed_article_in_every_format_parses(fmt):
    library = open_library()
    (issue,) = library.issues[:1]
    texts = [cite(a, issue, fmt, accessed=dt.date(2026, 11, 29)) for a in issue.articles]
    if fmt == RIS:
        assert len(rispy.loads("".join(texts))) == len(issue.articles)
    elif fmt == BIBTEX:
        parsed = bibtexparser.parse_string("\n".join(texts))
        assert not parsed.failed_blocks and len(parsed.entries) == len(issue.articles)
        assert len({e.key for e in parsed.entries}) == len(issue.articles)
    else:
        assert all(text.endswith(".") for text in texts)
