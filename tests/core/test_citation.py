import datetime as dt

from reader_app.core.citation import citation
from reader_app.core.library import Library
from reader_app.core.model import Article, Book, Issue


def _issue() -> Issue:
    return Issue(id="2022-18", year=2022, number=18, number_label="总第十八期")


def test_article_citation_has_every_part():
    article = Article(
        id="x", issue_id="2022-18", section="热点关注", title="三部门：联合印发通知",
        page=1, source="工信微报", date=dt.date(2022, 11, 21), url="https://example.org/a",
    )  # fmt: skip
    assert citation(article, _issue()) == (
        "工信微报. 三部门：联合印发通知[N]. 《信息摘编》2022年总第18期, 2022-11-21: 第1页. "
        "https://example.org/a."
    )


def test_missing_parts_are_left_out():
    article = Article(id="x", issue_id="2022-18", section="热点关注", title="标题")
    assert citation(article, _issue()) == "标题[N]. 《信息摘编》2022年总第18期."


def test_book_is_cited_as_monograph():
    book = Book(
        title="资本主义", author="[美]安瓦尔·谢克", publisher="中信出版集团", published="2021-01"
    )
    article = Article(
        id="b",
        issue_id="2022-18",
        section="图书推荐",
        title="资本主义",
        kind="book",
        page=80,
        book=book,
    )
    text = citation(article, _issue())
    assert text.startswith("[美]安瓦尔·谢克. 资本主义[M]. 中信出版集团, 2021-01.")
    assert "推荐自《信息摘编》2022年总第18期第80页" in text


def test_every_seed_article_has_a_citation_with_issue_and_title():
    library = Library.open()
    for issue in library.issues:
        for article in issue.articles:
            text = citation(article, issue)
            assert article.title in text and "总第18期" in text
