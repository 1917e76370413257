"""The one Markdown converter: Python-Markdown with tables, attribute lists and sane
lists, raw HTML shown as text, and an allow-list that strips everything else.

Its own module so that Python-Markdown is imported only when an article is first
rendered (``core/text/render.py`` asks for it then), not at every start.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import markdown
from markdown.treeprocessors import Treeprocessor

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


def converter() -> markdown.Markdown:
    """A fresh converter for one text (a Markdown instance keeps state between texts)."""
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
