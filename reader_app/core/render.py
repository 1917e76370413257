"""Article Markdown → HTML or plain text, with every raw HTML tag escaped."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import markdown

from reader_app.core.model import Article, Issue

_EXTENSIONS = ["tables", "attr_list", "sane_lists"]


def _markdown() -> markdown.Markdown:
    md = markdown.Markdown(extensions=_EXTENSIONS, output_format="html")
    # Raw HTML in an article is shown as text, never interpreted.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


def markdown_to_html(text: str) -> str:
    return _markdown().convert(text)


def provenance_line(article: Article) -> str:
    """栏目 · 来源 · 日期 · 第N页: where the article comes from, as one line."""
    parts = [article.section]
    if article.source:
        parts.append(article.source)
    if article.date:
        parts.append(article.date.isoformat())
    if article.page is not None:
        parts.append(f"第{article.page}页")
    return " · ".join(parts)


def article_markdown(article: Article, issue: Issue | None = None) -> str:
    """The whole article as one Markdown document: title, provenance, body, links."""
    lines = [f"# {article.title}", "", provenance_line(article)]
    if issue is not None:
        lines[-1] = f"{issue.display_title} · {lines[-1]}"
    if article.abstract:
        lines += ["", f"摘要：{article.abstract}"]
    if article.keywords:
        lines += ["", f"关键词：{'，'.join(article.keywords)}"]
    lines += ["", article.body.strip()]
    if article.attachment:
        lines += ["", f"附：{article.attachment}"]
    if article.url:
        lines += ["", f"原文链接：<{article.url}>"]
    return "\n".join(lines) + "\n"


def article_html(article: Article, issue: Issue | None = None) -> str:
    return markdown_to_html(article_markdown(article, issue))


class _TextExtractor(HTMLParser):
    _BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "li", "br", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.in_table = False
        self.cells = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "table":
            self.in_table = True
        elif tag == "tr":
            self.cells = 0
        elif tag in ("td", "th"):
            if self.cells:
                self.parts.append("\t")
            self.cells += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.in_table = False
        if tag in self._BLOCKS:
            self.parts.append("\n\n" if tag != "tr" else "\n")

    def handle_data(self, data: str) -> None:
        if self.in_table and not data.strip():
            return  # the white space between cells and rows
        self.parts.append(data)


def html_to_text(fragment: str) -> str:
    parser = _TextExtractor()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def article_text(article: Article, issue: Issue | None = None) -> str:
    return html_to_text(article_html(article, issue))


def escape(text: str) -> str:
    return html.escape(text, quote=True)
