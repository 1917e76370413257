"""Markdown residue → plain text: one set of rules (core/text/markup.py) for every caller."""

from __future__ import annotations

import re

import pytest

from reader_app.core.base.model import Article
from reader_app.core.importer.books import parse_books
from reader_app.core.importer.lines import Line
from reader_app.core.search.highlight import index_text
from reader_app.core.text import markup
from reader_app.core.text.markup import clean_inline, plain_markdown, strip_markup
from reader_app.core.text.render import article_text
from reader_app.core.text.textnorm import tidy_title
from tests.conftest import REPO

#: Converter or bundle Markdown with paired marks → the plain text every caller must give.
KNOWN = [
    ("《**深入打好重污染天气消除行动方案**》", "《深入打好重污染天气消除行动方案》"),
    ("《*深入打好重污染天气消除行动方案*》", "《深入打好重污染天气消除行动方案》"),
    (
        "国务院近日**批复同意设立综合试验区。**根据批复",
        "国务院近日批复同意设立综合试验区。根据批复",
    ),
    ("深入*打好*蓝天保卫战", "深入打好蓝天保卫战"),
    ("PM_{2.5}浓度下降", "PM2.5浓度下降"),
    ("面积120m^{2}", "面积120m²"),
    ("原文见<https://www.miit.gov.cn/a.html>。", "原文见https://www.miit.gov.cn/a.html。"),
    ("**5G**基站", "5G基站"),
]


def _article(body: str = "", title: str = "标题") -> Article:
    return Article(
        id="2022-18-aaaaaa", issue_id="2022-18", section="热点关注", title=title, body=body
    )


@pytest.mark.parametrize(("raw", "plain"), KNOWN)
def test_known_cases_give_the_same_text_through_every_caller(raw: str, plain: str) -> None:
    assert strip_markup(raw) == plain  # titles, sources, abstracts, book fields
    assert plain_markdown(raw) == plain  # the index and its snippets
    assert tidy_title(raw) == plain  # article titles (and so the tree)
    assert index_text(_article(raw)).endswith("\n\n" + plain)  # the stored body
    assert plain_markdown(clean_inline(raw)) == plain  # imported, then indexed
    [book] = parse_books([Line(1, f"<p>书名：{raw}</p>")])
    assert book.book.title == plain


def test_emphasis_made_by_the_importer_is_what_the_article_view_shows() -> None:
    for raw, plain in KNOWN[:4]:
        body = clean_inline(raw)
        assert article_text(_article(body)).endswith(plain + "\n")


@pytest.mark.parametrize(
    ("raw", "line", "body"),
    [
        # A bold cut at the converter's line end: residue in a line, literal in a body
        # (where the article view shows it too).
        ("《**深入打好重污染天气", "《深入打好重污染天气", "《**深入打好重污染天气"),
        ("《*深入打好重污染天气", "《深入打好重污染天气", "《*深入打好重污染天气"),
        ("行动方案*》", "行动方案》", "行动方案*》"),
        ("5 * 3 = 15", "5  3 = 15", "5 * 3 = 15"),
        ("注*：数据来源", "注：数据来源", "注*：数据来源"),
    ],
)
def test_unmatched_markers(raw: str, line: str, body: str) -> None:
    assert strip_markup(raw) == line
    assert plain_markdown(raw) == body
    assert article_text(_article(body)).endswith(body + "\n")


def test_an_escaped_asterisk_is_not_emphasis() -> None:
    assert plain_markdown(r"a \*b\* c") == r"a \*b\* c"


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("见<https://a.cn/x?id=1&b=2>。", "见https://a.cn/x?id=1&b=2。"),
        ("<http://a.cn>和<https://b.cn>", "http://a.cn和https://b.cn"),
        ("<https://a b>", "<https://a b>"),  # not an autolink
        ("<ftp://a.cn>", "<ftp://a.cn>"),
        ("https://a.cn/**x**", "https://a.cn/x"),
    ],
)
def test_links(raw: str, plain: str) -> None:
    assert plain_markdown(raw) == plain
    assert strip_markup(raw) == plain


def test_headings_and_html_in_a_body() -> None:
    body = "## 一、总体要求\n正文 C# 语言\n<p>书名：</p>\n###### 1.1 目标"
    assert plain_markdown(body) == "一、总体要求\n正文 C# 语言\n 书名： \n1.1 目标"


def test_html_cells_of_the_book_table_split_fields() -> None:
    [book] = parse_books(
        [Line(1, "<p>书名/著者：《数字经济》/张三</p>< p >出版社：人民出版社</p>")]
    )
    assert (book.book.title, book.book.author, book.book.publisher) == (
        "《数字经济》",
        "张三",
        "人民出版社",
    )


#: Fragments of the rules' regexes: found anywhere but core/text/markup.py, a copy is back.
SIGNATURES = [r"\*\*(", r"<(https?://", r"_\{(", r"\^\{(", r"[_^]\{", "#{1,6}", "|td|", '"**"']


def test_no_second_copy_of_the_rules() -> None:
    home = REPO / "reader_app" / "core" / "text" / "markup.py"
    copies = [
        f"{path.relative_to(REPO)}: {signature}"
        for path in sorted((REPO / "reader_app").rglob("*.py"))
        if path != home
        for signature in SIGNATURES
        if signature in path.read_text(encoding="utf-8")
    ]
    assert not copies, "Markdown rules belong in core/text/markup.py only:\n" + "\n".join(copies)


def test_the_rules_are_compiled_once() -> None:
    assert all(
        isinstance(getattr(markup, name), re.Pattern)
        for name in (
            "BOLD",
            "EMPHASIS",
            "AUTOLINK",
            "SUBSCRIPT",
            "SUPERSCRIPT",
            "HTML_TAG",
            "HEADING",
        )
    )
