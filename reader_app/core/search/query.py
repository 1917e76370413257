"""The query language: parse what a patron typed into clauses, never raise.

Words separated by spaces are all required, "quoted" text is an exact phrase,
``OR`` (or ``|``) joins alternatives, a leading ``-`` or ``NOT`` excludes, and
``title:``/``source:``/``section:`` (``标题:``/``来源:``/``栏目:``) restrict a
clause to a field. Anything malformed falls back to literal words and is noted,
so the result can say how the query was understood.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from dataclasses import dataclass, field

from reader_app.core.base.messages import Message
from reader_app.core.search.normalize import compact, to_simplified

logger = logging.getLogger(__name__)

MAX_QUERY_CHARS = 200

FIELD_ALIASES = {
    "title": "title",
    "标题": "title",
    "source": "source",
    "来源": "source",
    "section": "section",
    "栏目": "section",
}

_QUOTES = str.maketrans({c: '"' for c in "“”„‟「」『』＂〝〞"})
_FIELD_RE = re.compile(r"(title|source|section|标题|来源|栏目)\s*:", re.IGNORECASE)
_WORD_RE = re.compile(r'[^\s"()|]+')


@dataclass(frozen=True)
class Clause:
    """One thing to look for: a word, an exact phrase, optionally in one field."""

    text: str  # as shown back: NFKC + simplified, case kept
    phrase: bool = False
    field: str | None = None

    @functools.cached_property
    def key(self) -> str:
        """The compact folded form that is matched (cached: verification asks per document)."""
        return compact(self.text)


@dataclass
class ParsedQuery:
    """Clauses to require (an AND of OR-groups) and to exclude, plus parse notes."""

    raw: str
    groups: list[list[Clause]] = field(default_factory=list)
    excluded: list[Clause] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)  # how malformed input was read

    @property
    def positive(self) -> list[Clause]:
        return [c for group in self.groups for c in group]

    @property
    def is_empty(self) -> bool:
        return not self.groups


def _clean(raw: str) -> tuple[str, list[Message]]:
    notes: list[Message] = []
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in raw)
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        notes.append(Message.of("query_too_long", limit=MAX_QUERY_CHARS))
    text = unicodedata.normalize("NFKC", text.translate(_QUOTES))
    return text, notes


def parse_query(raw: str) -> ParsedQuery:
    """Parse a query string; malformed input becomes literal words, never an error."""
    text, notes = _clean(raw or "")
    result = ParsedQuery(raw=raw or "", notes=notes)
    items: list[tuple[str, bool, Clause | None]] = []  # ("or"|"clause", negated, clause)
    pos, negate, length = 0, False, len(text)
    while pos < length:
        char = text[pos]
        if char.isspace():
            pos += 1
            continue
        if char in "()":
            result.notes.append(Message("no_grouping"))
            pos += 1
            continue
        if char == "|":
            items.append(("or", False, None))
            pos += 1
            continue
        word_match = _WORD_RE.match(text, pos)
        word = word_match.group() if word_match else ""
        if word in ("OR", "或者"):
            items.append(("or", False, None))
            pos += len(word)
            continue
        if word in ("AND", "&", "+", "-"):
            pos += len(word)
            continue
        if word == "NOT" and pos + 3 < length:
            negate = True
            pos += 3
            continue
        if char == "-" and len(word) > 1 and not negate:
            negate = True
            pos += 1
            continue
        field_name = None
        field_match = _FIELD_RE.match(text, pos)
        if field_match:
            field_name = FIELD_ALIASES[field_match.group(1).lower()]
            pos = field_match.end()
            while pos < length and text[pos] == " ":
                pos += 1
        phrase = False
        if pos < length and text[pos] == '"':
            close = text.find('"', pos + 1)
            if close < 0:
                result.notes.append(Message("unclosed_quote"))
                pos += 1
                continue  # the rest is read as plain words (the field, if any, is dropped)
            value, phrase, pos = text[pos + 1 : close], True, close + 1
        else:
            word_match = _WORD_RE.match(text, pos)
            value = word_match.group() if word_match else ""
            pos = word_match.end() if word_match else pos
        if "*" in value or "?" in value:
            result.notes.append(Message("no_wildcards"))
            value = value.replace("*", "").replace("?", "")
        if field_name and not value.strip():
            result.notes.append(Message("empty_field"))
        clause = Clause(to_simplified(value.strip()), phrase, field_name)
        if not clause.key:
            if value.strip():
                result.notes.append(Message.of("unsearchable", text=value.strip()[:10]))
            negate = False
            continue
        items.append(("clause", negate, clause))
        negate = False
    _group(items, result)
    return result


def _group(items: list[tuple[str, bool, Clause | None]], result: ParsedQuery) -> None:
    """Turn the flat item list into OR-groups joined by AND."""
    join_next = False
    for kind, negated, clause in items:
        if kind == "or":
            if result.groups and not join_next:
                join_next = True
            else:
                result.notes.append(Message("or_needs_two"))
            continue
        assert clause is not None
        if negated:
            result.excluded.append(clause)
            if join_next:
                result.notes.append(Message("or_then_excluded"))
                join_next = False
            continue
        if join_next:
            result.groups[-1].append(clause)
            join_next = False
        else:
            result.groups.append([clause])
    if join_next:
        result.notes.append(Message("or_needs_two"))
    if not result.groups and result.excluded:
        result.notes.append(Message("only_excluded"))
