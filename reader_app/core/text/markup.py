"""Markdown residue → plain text: the one home of these rules.

The PDF converter leaves ``**bold**``, ``<https://…>`` autolinks, ``PM_{2.5}``,
``m^{2}`` and HTML cells; the bundles we write keep ``*emphasis*`` (and a hand-edited
bundle may hold anything Markdown allows). The importer turns a converter line into
bundle Markdown (:func:`clean_inline`) or into plain text for titles, sources and
book fields (:func:`strip_markup`); the search index and its snippets turn a bundle
body into plain text (:func:`plain_markdown`). All three use the rules below and
nothing else, so paired marks come out the same whichever way the text goes; a
second copy would drift (tests/core/text/test_markup.py checks both).
"""

from __future__ import annotations

import re

BOLD = re.compile(r"\*\*(.+?)\*\*")
#: *emphasis* (the converter's bold becomes it: 《*深入打好…*》); not ``a * b``, ``\*``
#: or a lone ``*``, which stay as they are.
EMPHASIS = re.compile(r"(?<![*\\])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\*)")
AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
SUBSCRIPT = re.compile(r"_\{([^{}]{1,20})\}")
SUPERSCRIPT = re.compile(r"\^\{([^{}]{1,20})\}")
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")
#: The HTML the converter writes into table cells and paragraphs.
HTML_TAG = re.compile(
    r"</?\s*(?:p|br|td|tr|th|table|span|div|b|i|strong|em)\b[^>]*>", re.IGNORECASE
)
HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)


def _superscript(match: re.Match[str]) -> str:
    return match[1].translate(_SUPERSCRIPT_DIGITS)


def _links_and_scripts(text: str) -> str:
    """``<https://…>`` → the bare URL, ``PM_{2.5}`` → PM2.5, ``m^{2}`` → m²."""
    text = AUTOLINK.sub(r"\1", text)
    text = SUBSCRIPT.sub(r"\1", text)
    return SUPERSCRIPT.sub(_superscript, text)


def plain_scripts(text: str) -> str:
    """Text already plain (a rendered body) with the converter's scripts and autolinks
    spelled as :func:`plain_markdown` spells them: the index reads both alike."""
    return _links_and_scripts(text)


def clean_inline(text: str, *, emphasis: bool = True) -> str:
    """One converter line as bundle Markdown: ``**bold**`` → ``*bold*`` (or plain text).

    An unpaired ``**`` is a bold cut at the line's end by the converter: dropped.
    """
    text = BOLD.sub(r"*\1*" if emphasis else r"\1", text)
    return _links_and_scripts(text.replace("**", ""))


def strip_markup(text: str) -> str:
    """One converter line as plain text (a title, a source, a book field): no ``*`` at all."""
    return clean_inline(text, emphasis=False).replace("*", "").strip()


def plain_markdown(text: str) -> str:
    """A bundle body as plain text, for the index and its snippets.

    The paired marks go as in :func:`strip_markup`, and HTML tags and heading marks
    too; an unpaired ``*`` or ``**`` (a footnote, ``5*3``) stays, as the article view
    shows it.
    """
    text = EMPHASIS.sub(r"\1", BOLD.sub(r"\1", text))
    text = HTML_TAG.sub(" ", _links_and_scripts(text))
    return HEADING.sub("", text)
