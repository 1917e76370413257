"""The PDF importer against digest-like PDFs made in this test run by two typesetters."""

from __future__ import annotations

import re

import pytest

from reader_app.core.base.model import BOOK
from reader_app.core.importer.pdfimport import _issue_line_from_header, parse_pdf_file
from reader_app.core.importer.pdflayout import _join
from reader_app.core.importer.pdfmargins import printed_number
from reader_app.core.importer.pdfoutput import Output
from reader_app.core.importer.pdftext import _tidy
from reader_app.core.library.bundle import read_bundle
from tests.fixtures.pdfmaker import LAYOUTS, SEED_BUNDLE, fidelity, make_digest_pdf
from tests.saidutil import said


@pytest.fixture(scope="module")
def digests(tmp_path_factory):
    """Every layout of the whole bundled issue, made once for this module."""
    root = tmp_path_factory.mktemp("digests")
    return {layout: make_digest_pdf(root / f"{layout}.pdf", layout) for layout in LAYOUTS}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_field_of_every_article_is_right(digests, layout):
    truth = digests[layout]
    source = parse_pdf_file(truth.path)
    right, total, wrong = fidelity(source.issue, truth)
    print(f"{layout}: field fidelity {right}/{total} over {truth.pages} PDF pages")
    assert len(truth.articles) == 62 and len(truth.books) == 4
    assert wrong == []
    assert (source.issue.id, source.issue.period_start.isoformat()) == ("2022-18", "2022-11-16")
    same, paragraphs = _paragraph_agreement(source.issue)
    print(f"{layout}: {same}/{paragraphs} body paragraphs exactly as in the bundle")
    assert same >= 0.9 * paragraphs


def _paragraph_agreement(issue) -> tuple[int, int]:
    """Paragraphs (spacing aside) of the committed bodies found in the imported ones."""

    def split(body: str) -> list[str]:
        body = body.replace("{: .caption }", "").replace("*", "")
        return [re.sub(r"\s+", "", p) for p in body.split("\n\n") if p.strip()]

    committed = read_bundle(SEED_BUNDLE).articles
    same = total = 0
    for got, expected in zip(issue.articles, committed, strict=True):
        mine = set(split(got.body))
        theirs = split(expected.body)
        total += len(theirs)
        same += sum(1 for p in theirs if p in mine)
    return same, total


@pytest.mark.parametrize("layout", ["qt-emdash", "rl-page"])
def test_page_map_gives_printed_numbers_and_article_spans(digests, layout):
    truth = digests[layout]
    issue = parse_pdf_file(truth.path).issue
    assert [p.pdf for p in issue.pages] == list(range(1, truth.pages + 1))
    numbered = [p for p in issue.pages if p.printed is not None]
    front = truth.pages - len(numbered)
    assert front >= 3  # cover, inside cover, contents: no numbers
    assert all(p.printed is None for p in issue.pages[:front])
    assert [p.printed for p in numbered] == list(range(1, len(numbered) + 1))
    for article in issue.articles:
        assert article.pdf_pages, article.title
        assert article.pdf_pages == sorted(set(article.pdf_pages))
        assert issue.printed_page(article.pdf_pages[0]) == article.page, article.title
    long_one = max(issue.articles, key=lambda a: len(a.body))
    assert len(long_one.pdf_pages) >= 4  # a 国研专稿 article spans pages


def test_running_header_and_footer_are_not_text(digests):
    source = parse_pdf_file(digests["rl-dash"].path)
    text = source.source.decode("utf-8")
    assert "2022年第18期" not in text  # the running header
    assert "- 3 -" not in text and "\n3\n" not in text
    for article in source.issue.articles:
        assert "信息摘编" not in article.body


def test_paragraphs_tables_and_books_survive(digests):
    issue = parse_pdf_file(digests["qt-plain"].path).issue
    first = issue.articles[0]
    paragraphs = [p for p in first.body.split("\n\n") if p.strip()]
    committed = "为深入贯彻党的二十大精神，认真落实党中央、国务院关于当前经济工作的决策部署"
    assert paragraphs[0].startswith(committed)  # cut by line ends, joined without spaces
    assert "\n" not in paragraphs[0].strip()
    tables = [a for a in issue.articles if "| --- |" in a.body]
    assert len(tables) >= 2  # ranking tables and the 国研专稿 tables stay tables
    books = [a for a in issue.articles if a.kind == BOOK]
    assert [b.book.publisher for b in books] == [
        "中信出版集团",
        "中信出版社",
        "中信出版社",
        "中信出版集团",
    ]
    assert all(b.book.summary and b.book.reason for b in books)


@pytest.mark.parametrize(
    ("text", "number"),
    [("1", 1), ("- 12 -", 12), ("— 7 —", 7), ("第3页", 3), ("第 3 页 共 80 页", 3), ("Page 4", 4)],
)
def test_printed_page_number_forms(text, number):
    assert printed_number(text) == number


@pytest.mark.parametrize("text", ["2022年", "图1", "12个", "一"])
def test_other_short_lines_are_not_page_numbers(text):
    assert printed_number(text) is None


def test_line_joins_chinese_latin_and_urls():
    assert _join("推动人工智能、集成", "电路等技术") == "推动人工智能、集成电路等技术"
    assert _join("the digital", "economy") == "the digital economy"
    assert _join("the inter\u00ad", "national trade") == "the international trade"  # hyphenated
    assert _join("https://x.cn/a-b\u00ad", "cd") == "https://x.cn/a-b-cd"  # not in a URL
    assert _join("https://mp.weixin.qq.com/s/Ffgthag2W", "LjR01D_9-S02A") == (
        "https://mp.weixin.qq.com/s/Ffgthag2WLjR01D_9-S02A"
    )


def test_compatibility_and_full_width_characters():
    assert _tidy("⼯信部：公布") == "工信部：公布"  # Kangxi radical
    assert _tidy("两部⻔：推出") == "两部门：推出"  # CJK radicals supplement
    assert _tidy("２０２２－１１－２１") == "2022-11-21"
    assert _tidy("ｈｔｔｐｓ：／／mp.weixin.qq.com") == "https://mp.weixin.qq.com"
    assert _tidy("报告（２０２２）发布：") == "报告（2022）发布："  # Chinese marks stay
    assert _tidy("Xu\u00adper\u00ad") == "Xuper\u00ad"  # only a soft hyphen at the end stays


@pytest.mark.parametrize(
    ("front", "margins", "line"),
    [
        (["信息摘编", "2022年", "（总第十八期）"], [], "2022年（总第十八期）"),
        (["信息摘编", "2022年第18期"], [], "2022年（总第18期）"),
        (["编辑单位：某局"], ["信息摘编 2022年第18期"], "2022年（总第18期）"),
    ],
)
def test_the_issue_line_when_the_cover_does_not_print_it_whole(front, margins, line):
    out = Output()
    for text in front:
        out.add(text, {1})
    out.add("三部门：联合印发\t1", {2})
    _issue_line_from_header(out, margins)
    assert out.lines[0] == line and len(out.lines) == len(out.pages)


def test_printed_page_wins_over_the_contents_and_is_reported():
    from reader_app.core.base.model import Article, Issue, PageInfo
    from reader_app.core.importer.pdfimport import _assign_pages
    from reader_app.core.importer.report import ImportReport

    issue = Issue(id="2099-01", year=2099, number=1)
    issue.pages = [PageInfo(1), PageInfo(2, 1), PageInfo(3, 2), PageInfo(4, 3)]
    issue.articles = [
        Article("a", "2099-01", "热点关注", "第一篇文章的标题", page=1),
        Article("b", "2099-01", "热点关注", "第二篇文章的标题", page=2),  # the contents err
    ]
    out = Output()
    for text, page in [
        ("第一篇文章的标题", 2),
        ("正文。", 2),
        ("正文。", 3),
        ("第二篇文章的标题", 4),
    ]:
        out.add(text, {page})
    report = ImportReport("x.pdf")
    _assign_pages(issue, out, report)
    assert [a.page for a in issue.articles] == [1, 3]
    assert [a.pdf_pages for a in issue.articles] == [[2, 3], [4]]
    assert [w.code for w in report.warnings] == ["toc-page-differs"]
    assert "starts on printed page 3, the table of contents says 2" in said(
        report.warnings[0].message
    )


def test_mutated_pdfs_import_or_are_refused_never_crash(tmp_path):
    """Bytes changed or cut anywhere: a complete issue or a one-line refusal."""
    import random

    from reader_app.core.base.errors import ImportRefusedError
    from reader_app.core.importer.pdfimport import read_source
    from tests.fixtures.pdfmaker import load_articles

    _, articles = load_articles()
    good = tmp_path / "good.pdf"
    make_digest_pdf(good, "rl-page", articles=articles[:3] + articles[-1:])
    data = good.read_bytes()
    rng = random.Random(10)
    outcomes = set()
    for n in range(15):
        mutated = bytearray(data)
        for _ in range(rng.choice([1, 8, 60])):
            mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        if n % 3 == 0:
            mutated = mutated[: rng.randrange(len(mutated))]
        path = tmp_path / f"m{n}.pdf"
        path.write_bytes(bytes(mutated))
        try:
            source = read_source(path)
        except ImportRefusedError as exc:
            assert "\n" not in said(exc) and str(path) in said(exc)
            outcomes.add("refused")
        else:
            assert source.issue.articles and source.original == path.read_bytes()
            outcomes.add("imported")
    assert outcomes == {"refused", "imported"}
