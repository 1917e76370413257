"""Article rendering: faithful for real articles, inert for hostile ones."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader_app.core.app.session import open_library
from reader_app.core.text.render import article_html, article_text, markdown_to_html

HOSTILE = [
    "<script>alert(1)</script>",
    "<iframe src='https://evil.example'></iframe>",
    "<img src=http://evil.example/x.png onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "[file](file:///etc/passwd)",
    "[data](data:text/html;base64,PHNjcmlwdD4=)",
    "![pixel](http://evil.example/p.png)",
    'caption\n{: onclick="alert(1)" style="x" .caption }',
    '<a href="javascript:alert(1)">x</a>',
    "<div onmouseover=alert(1)>hover</div>",
]


@pytest.mark.parametrize("source", HOSTILE)
def test_hostile_markup_is_inert(source):
    html = markdown_to_html(source)
    tags = re.findall(r"<([a-zA-Z0-9]+)([^>]*)>", html)  # real tags; escaped ones are &lt;
    assert tags, html
    for name, attributes in tags:
        assert name.lower() not in ("script", "iframe", "img", "object", "embed"), html
        for attribute, value in re.findall(r'([\w-]+)="([^"]*)"', attributes):
            assert attribute in ("href", "class", "title", "align"), html
            if attribute == "href":
                assert value.startswith(("http://", "https://")), html


def test_safe_links_and_captions_survive():
    html = markdown_to_html("[原文](https://mp.weixin.qq.com/s/x)\n\n图1：说明\n{: .caption }")
    assert '<a href="https://mp.weixin.qq.com/s/x">原文</a>' in html
    assert '<p class="caption">图1：说明</p>' in html


def test_deep_nesting_and_giant_tables_stay_cheap():
    deep = markdown_to_html("> " * 5000 + "深处")
    assert "深处" in deep and deep.count("<blockquote>") <= 12
    row = "| " + " | ".join("格" for _ in range(60)) + " |"
    giant = "\n".join([row, "|" + " --- |" * 60] + [row] * 2000)
    html = markdown_to_html(giant)
    assert html.startswith("<pre>") and "格" in html


def test_seed_article_renders_with_provenance():
    library = open_library()
    issue, article = library.find_article("2022-18-15c0fe")
    html = article_html(article, issue)
    assert "<h1>三部门：联合印发" in html
    assert "热点关注 · 工信微报 · 2022-11-21 · 第1页" in html
    assert '<a href="https://mp.weixin.qq.com/s/Ffgthag2WLjR01D_9-S02A">' in html
    text = article_text(article, issue)
    assert text.startswith("三部门：联合印发") and "<" not in text


#: Pieces of bodies: words, and every character Markdown may give a meaning to.
MARKDOWN_PIECES = [
    "锂电", "池", "ab", "5G", "12", " ", "\n", "\n\n", "*", "**", "_", "#", "## ", "- ", "1. ",
    "> ", "|", "---", "`", "\\", "~", "<", ">", "&", "&#30005;", "&amp;", "[", "]", "(", ")",
    "{", "}", "{: .x }", "_{2}", "^{2}", "!", ":", "=", "\u200b",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MARKDOWN_PIECES), max_size=30).map("".join))
def test_body_text_has_the_words_the_rendered_body_shows(body: str) -> None:
    """The index's fast path may differ from the rendered text in punctuation only."""
    from reader_app.core.search.normalize import compact
    from reader_app.core.text.render import body_text, html_to_text

    assert compact(body_text(body)) == compact(html_to_text(markdown_to_html(body)))
