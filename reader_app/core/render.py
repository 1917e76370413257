"""Article Markdown → HTML or plain text, with every raw HTML tag escaped."""

from __future__ import annotations

import html
import logging
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import markdown
from markdown.treeprocessors import Treeprocessor

from reader_app.core.model import Article, Issue

log = logging.getLogger(__name__)
MAX_MARKDOWN_CHARS = 2_000_000
MAX_TABLE_BARS = 20_000  # about 20,000 table cells: ~0.4 s to render

# The allow-list: every other tag is unwrapped, every other attribute dropped.
ALLOWED_TAGS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "em",
        "strong",
        "a",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "ul",
        "ol",
        "li",
        "blockquote",
        "code",
        "pre",
        "hr",
        "br",
        "div",
        "span",
    ]
)
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
ALLOWED_CLASSES = frozenset({"caption"})
SAFE_SCHEMES = ("http://", "https://")
MAX_DEPTH = 12


class _Sanitiser(Treeprocessor):
    """Runs last: whatever the Markdown said, only plain, local markup remains."""

    def run(self, root: ET.Element) -> None:
        self._clean(root, 0)

    def _clean(self, parent: ET.Element, depth: int) -> None:
        for index, child in enumerate(list(parent)):
            if depth >= MAX_DEPTH:  # deep nesting: keep the words, drop the structure
                flat = ET.Element("span")
                flat.text = " ".join("".join(child.itertext()).split())
                flat.tail = child.tail
                parent.remove(child)
                parent.insert(index, flat)
                continue
            if child.tag not in ALLOWED_TAGS:
                self._unwrap(parent, index, child, depth)
                continue
            self._clean_attributes(child)
            self._clean(child, depth + 1)

    def _clean_attributes(self, element: ET.Element) -> None:
        allowed = ALLOWED_ATTRIBUTES.get(element.tag, set())
        classes = [c for c in element.get("class", "").split() if c in ALLOWED_CLASSES]
        for name in list(element.attrib):
            if name not in allowed:
                del element.attrib[name]
        if classes:
            element.set("class", " ".join(classes))
        href = element.get("href")
        if href is not None and not href.strip().lower().startswith(SAFE_SCHEMES):
            del element.attrib["href"]  # javascript:, file:, data: ... lead nowhere

    def _unwrap(self, parent: ET.Element, index: int, child: ET.Element, depth: int) -> None:
        """Replace a disallowed element (e.g. an image) by its text, alt or nothing."""
        replacement = ET.Element("span")
        replacement.text = child.get("alt") or child.text
        replacement.tail = child.tail
        for grandchild in list(child):
            replacement.append(grandchild)
        parent.remove(child)
        parent.insert(index, replacement)
        self._clean(replacement, depth + 1)


def _markdown() -> markdown.Markdown:
    # Extension objects, not names: a name is first looked up among the installed
    # packages' entry points, which read every package's metadata (~70 ms per process).
    from markdown.extensions.attr_list import AttrListExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension

    extensions = [TableExtension(), AttrListExtension(), SaneListExtension()]
    md = markdown.Markdown(extensions=extensions, output_format="html")
    # Raw HTML in an article is shown as text, never interpreted.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.treeprocessors.register(_Sanitiser(md), "reader_app_sanitiser", 0)
    return md


def markdown_to_html(text: str) -> str:
    """Safe HTML for the reading pane; hostile or absurd input degrades to plain text."""
    if len(text) > MAX_MARKDOWN_CHARS or text.count("|") > MAX_TABLE_BARS:
        # Rendering cost grows with cells: a giant table would freeze the pane.
        log.warning("article of %d characters shown as plain text", len(text))
        return f"<pre>{escape(text[:MAX_MARKDOWN_CHARS])}</pre>"
    try:
        return _markdown().convert(text)
    except (RecursionError, ValueError, IndexError, KeyError) as exc:
        log.warning("Markdown could not be rendered (%s); showing plain text", exc)
        return f"<pre>{escape(text)}</pre>"


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
