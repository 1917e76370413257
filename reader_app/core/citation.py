"""GB/T 7714-style citations of articles and recommended books (no Qt)."""

from __future__ import annotations

from reader_app.core.model import BOOK, Article, Issue


def _end(text: str) -> str:
    return text if text.endswith((".", "。")) else text + "."


def issue_label(issue: Issue) -> str:
    """《信息摘编》2022年总第18期"""
    return f"《{issue.title}》{issue.year}年总第{issue.number}期"


def citation(article: Article, issue: Issue) -> str:
    """``来源. 标题[N]. 《信息摘编》2022年总第18期, 2022-11-21: 第1页. URL.``

    Missing parts are left out rather than invented; a recommended book is cited
    as a monograph [M] with a note of where it was recommended.
    """
    where = issue_label(issue)
    page = f"第{article.page}页" if article.page is not None else None
    if article.kind == BOOK and article.book is not None:
        book = article.book
        parts = [_end(book.author) + " " if book.author else ""]
        parts.append(f"{book.title or article.title}[M]. ")
        pub = ", ".join(x for x in (book.publisher, book.published) if x)
        if pub:
            parts.append(_end(pub) + " ")
        note = f"（推荐自{where}" + (f"{page}" if page else "") + "）"
        return ("".join(parts) + note).strip()
    head = _end(article.source) + " " if article.source else ""
    located = where
    if article.date:
        located += f", {article.date.isoformat()}"
    if page:
        located += f": {page}"
    text = f"{head}{article.title}[N]. {_end(located)}"
    if article.url:
        text += f" {_end(article.url)}"
    return text
