"""Article Markdown → HTML or plain text, with every raw HTML tag escaped."""

from __future__ import annotations

import html
import logging
import re
from html.parser import HTMLParser

from reader_app.core.base.model import Article, Issue
from reader_app.core.text.markup import plain_markdown, plain_scripts

log = logging.getLogger(__name__)
MAX_MARKDOWN_CHARS = 2_000_000
MAX_TABLE_BARS = 20_000  # about 20,000 table cells: ~0.4 s to render


#: A character reference as Python-Markdown passes it through from the source (``&#30005;``,
#: ``&lbrack;``, ``&amp``); the HTML parser that reads it back must not be left to guess.
_ENTITY = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)")
#: Markdown that can show other words than its source: raw HTML and autolinks (``<``),
#: character references (``&``), links, images, reference definitions (``[``), attribute
#: lists (``{: .caption }``, ``{#id}``, even ``{2}`` after emphasis) and ordered-list
#: numbers (drawn, not text). Without them rendering only drops punctuation, and
#: :func:`plain_markdown` gives the words.
_CHANGES_WORDS = re.compile(r"[<&\[{]|^[ \t>*+-]*[0-9]+[.)](?:[ \t]|$)", re.MULTILINE)


def _decoded(match: re.Match[str]) -> str:
    return html.escape(html.unescape(match[0]), quote=True)


def markdown_to_html(text: str) -> str:
    """Safe HTML for the reading pane; hostile or absurd input degrades to plain text.

    Character references come out as the characters they name (only ``&amp;``, ``&lt;``,
    ``&gt;``, ``&quot;`` and ``&#x27;`` are left), so Qt's HTML reader in the pane and
    :func:`html_to_text` for the index read the same words: Qt knows fewer names than
    Python (``&lbrack;`` stayed literal in the pane) and treats some numbers otherwise.
    """
    if len(text) > MAX_MARKDOWN_CHARS or text.count("|") > MAX_TABLE_BARS:
        # Rendering cost grows with cells: a giant table would freeze the pane.
        log.warning("article of %d characters shown as plain text", len(text))
        return f"<pre>{escape(text[:MAX_MARKDOWN_CHARS])}</pre>"
    try:
        from reader_app.core.text.safemarkdown import converter  # Python-Markdown: on first use

        rendered = converter().convert(text)
    except (RecursionError, ValueError, IndexError, KeyError) as exc:
        log.warning("Markdown could not be rendered (%s); showing plain text", exc)
        return f"<pre>{escape(text)}</pre>"
    return _ENTITY.sub(_decoded, rendered) if "&" in rendered else rendered


def body_text(markdown_text: str) -> str:
    """An article body's words as the reading pane shows them, for the search index.

    The index, its snippets and the pane's hit marks must see the same words, or a hit
    opens with nothing marked (a word inside a link's address or a reference definition
    was found but is not shown; ``<em>`` inside a word was dropped from the index but is
    shown) or a shown word is never found (``&#30005;``). Bodies whose Markdown can
    change the words are rendered as the pane renders them; the others (nearly all:
    rendering costs about 1.3 ms an article) are made plain by :func:`plain_markdown`,
    which then differs from the pane only in punctuation and spacing.
    """
    if _CHANGES_WORDS.search(markdown_text) is None:
        return plain_markdown(markdown_text)
    # PM_{2.5} and m^{2} are shown as typed; the index spells them as plain_markdown
    # does (PM2.5, m²), which folds to the same words.
    return plain_scripts(html_to_text(markdown_to_html(markdown_text)))


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

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
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
