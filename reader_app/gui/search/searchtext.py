"""The window's words for what the search core hands out: messages, queries, snippets.

The core returns message keys with values and text with highlight spans
(``core/base/messages.py``, ``core/search/results.py``); here they become translated
text and HTML. The CLI phrases the same keys in ``reader_app/cli/text.py``.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from reader_app.core.base.messages import Message
from reader_app.output.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the search core is imported by the index's worker, not the first frame
    from reader_app.core.search.highlight import Span
    from reader_app.core.search.query import Clause, ParsedQuery

CONTEXT = "SearchText"

# key -> (English source text, the parameters put into %1, %2 … in order)
MESSAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "query_too_long": (
        QT_TRANSLATE_NOOP("SearchText", "the query is too long; only its first %1 characters are used"),
        ("limit",),
    ),
    "no_grouping": (QT_TRANSLATE_NOOP("SearchText", "brackets are not supported and were ignored"), ()),
    "unclosed_quote": (QT_TRANSLATE_NOOP("SearchText", "an unclosed quote: read as plain words"), ()),
    "no_wildcards": (QT_TRANSLATE_NOOP("SearchText", "wildcards are not supported: * and ? were ignored"), ()),
    "empty_field": (QT_TRANSLATE_NOOP("SearchText", "nothing after a field prefix; ignored"), ()),
    "unsearchable": (QT_TRANSLATE_NOOP("SearchText", "ignored characters that cannot be searched: “%1”"), ("text",)),
    "or_needs_two": (QT_TRANSLATE_NOOP("SearchText", "OR needs a word on each side; ignored"), ()),
    "or_then_excluded": (QT_TRANSLATE_NOOP("SearchText", "OR is followed by an excluded word; read as an exclusion"), ()),
    "only_excluded": (QT_TRANSLATE_NOOP("SearchText", "only excluded words: at least one word to find is needed"), ()),
    "partial_match": (QT_TRANSLATE_NOOP("SearchText", "no article contains %1; these contain most of %2"), ("word", "pieces")),
    "scattered_match": (QT_TRANSLATE_NOOP("SearchText", "no article contains %1; found articles containing %2"), ("word", "pieces")),
    "timed_out": (QT_TRANSLATE_NOOP("SearchText", "the search was stopped after %1 s; results may be incomplete"), ("seconds",)),
    "enter_a_word": (QT_TRANSLATE_NOOP("SearchText", "Type a word to look for, e.g. 5G"), ()),
    "drop_filters": (QT_TRANSLATE_NOOP("SearchText", "Remove the filters (issue, section, source, dates) and try again"), ()),
    "drop_excluded": (QT_TRANSLATE_NOOP("SearchText", "Remove the excluded words and try again"), ()),
    "drop_quotes": (QT_TRANSLATE_NOOP("SearchText", "Remove the quotes to search for the words"), ()),
    "fewer_words": (QT_TRANSLATE_NOOP("SearchText", "Use fewer words, e.g. only “%1”"), ("word",)),
    "any_field": (QT_TRANSLATE_NOOP("SearchText", "Search all fields for “%1”"), ("word",)),
    "shorter_word": (QT_TRANSLATE_NOOP("SearchText", "Try a shorter word, e.g. “%1” or “%2”"), ("first", "last")),
    "rephrase": (QT_TRANSLATE_NOOP("SearchText", "Say it another way, or check for typing errors"), ()),
    "index_unavailable": (QT_TRANSLATE_NOOP("SearchText", "The search index is not available; try again later"), ()),
    "index_starting": (QT_TRANSLATE_NOOP("SearchText", "Building the search index…"), ()),
    "index_issue": (QT_TRANSLATE_NOOP("SearchText", "Indexing %1"), ("issue",)),
    "index_issue_done": (QT_TRANSLATE_NOOP("SearchText", "Indexed %1"), ("issue",)),
    "index_writing": (QT_TRANSLATE_NOOP("SearchText", "Writing the search index…"), ()),
    "index_built": (QT_TRANSLATE_NOOP("SearchText", "The search index is built"), ()),
    "index_updated": (QT_TRANSLATE_NOOP("SearchText", "The search index is up to date"), ()),
}  # fmt: skip

#: Messages whose words are quoted here (the template holds no quotes of its own).
QUOTED = frozenset({"partial_match", "scattered_match"})

FIELDS = {
    "title": QT_TRANSLATE_NOOP("SearchText", "title"),
    "source": QT_TRANSLATE_NOOP("SearchText", "source"),
    "section": QT_TRANSLATE_NOOP("SearchText", "section"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _fill(template: str, values: Iterable[object]) -> str:
    for n, value in enumerate(values, 1):
        template = template.replace(
            f"%{n}", f"{value:g}" if isinstance(value, float) else str(value)
        )
    return template


def quoted(word: str) -> str:
    return _fill(QCoreApplication.translate("SearchText", "“%1”"), [word])


def _value(value: object) -> object:
    """A word quoted, a list of pieces quoted one by one (「锂电」、「电池」)."""
    if isinstance(value, (tuple, list)):
        return QCoreApplication.translate("SearchText", ", ").join(quoted(str(v)) for v in value)
    return value


def text(message: Message) -> str:
    """One core message in the language of the window."""
    source, names = MESSAGES[message.key]
    values = [message[name] for name in names]
    if message.key in QUOTED:
        values = [quoted(v) if isinstance(v, str) else _value(v) for v in values]
    return _fill(tr(source), values)


def clause(c: Clause) -> str:
    if c.phrase:
        quoted = _fill(QCoreApplication.translate("SearchText", "the exact phrase “%1”"), [c.text])
    else:
        quoted = _fill(QCoreApplication.translate("SearchText", "“%1”"), [c.text])
    if c.field:
        return _fill(
            QCoreApplication.translate("SearchText", "%1 contains %2"),
            [tr(FIELDS[c.field]), quoted],
        )
    return quoted


def query(parsed: ParsedQuery, notes: Iterable[Message] = ()) -> str:
    """How the query was read and answered, as one sentence of the window's language."""
    parts = []
    for group in parsed.groups:
        words = QCoreApplication.translate("SearchText", " or ").join(clause(c) for c in group)
        grouped = len(group) > 1 and len(parsed.groups) > 1
        parts.append(
            _fill(QCoreApplication.translate("SearchText", "(%1)"), [words]) if grouped else words
        )
    out = (
        QCoreApplication.translate("SearchText", " and ").join(parts)
        if parts
        else QCoreApplication.translate("SearchText", "(no words to search for)")
    )
    if parsed.excluded:
        out += _fill(
            QCoreApplication.translate("SearchText", ", not %1"),
            [
                QCoreApplication.translate("SearchText", ", ").join(
                    clause(c) for c in parsed.excluded
                )
            ],
        )
    if parsed.notes:
        out += QCoreApplication.translate("SearchText", ". ") + QCoreApplication.translate(
            "SearchText", "; "
        ).join(dict.fromkeys(text(n) for n in parsed.notes))
    return out + "".join(QCoreApplication.translate("SearchText", ". ") + text(n) for n in notes)


def page(number: int) -> str:
    return _fill(QCoreApplication.translate("SearchText", "p. %1"), [number])


def marked_html(text_: str, spans: Iterable[Span], start_tag: str, end_tag: str) -> str:
    """``text_`` as HTML with each span wrapped in the given tags."""
    out, last = [], 0
    for start, end in spans:
        out.append(html.escape(text_[last:start]))
        out.append(start_tag + html.escape(text_[start:end]) + end_tag)
        last = end
    out.append(html.escape(text_[last:]))
    return "".join(out)
