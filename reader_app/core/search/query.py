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
FIELD_LABELS = {"title": "标题", "source": "来源", "section": "栏目"}

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

    def describe(self) -> str:
        quoted = f"“{self.text}”" if self.phrase else f"「{self.text}」"
        label = "精确短语" if self.phrase else ""
        if self.field:
            return f"{FIELD_LABELS[self.field]}含{label}{quoted}"
        return f"{label}{quoted}"


@dataclass
class ParsedQuery:
    """Clauses to require (an AND of OR-groups) and to exclude, plus parse notes."""

    raw: str
    groups: list[list[Clause]] = field(default_factory=list)
    excluded: list[Clause] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def positive(self) -> list[Clause]:
        return [c for group in self.groups for c in group]

    @property
    def is_empty(self) -> bool:
        return not self.groups

    def understood(self) -> str:
        """How the query was read, in words a patron understands."""
        parts = []
        for group in self.groups:
            text = " 或 ".join(c.describe() for c in group)
            parts.append(f"（{text}）" if len(group) > 1 and len(self.groups) > 1 else text)
        text = " 且 ".join(parts) if parts else "（没有可查找的词）"
        if self.excluded:
            text += "，不含" + "、".join(c.describe() for c in self.excluded)
        if self.notes:
            text += "。" + "；".join(dict.fromkeys(self.notes))
        return text


def _clean(raw: str) -> tuple[str, list[str]]:
    notes: list[str] = []
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in raw)
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        notes.append(f"查询过长，只用前{MAX_QUERY_CHARS}个字符")
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
            result.notes.append("不支持括号分组，已忽略括号")
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
                result.notes.append("引号未闭合，按普通词处理")
                pos += 1
                continue  # the rest is read as plain words (the field, if any, is dropped)
            value, phrase, pos = text[pos + 1 : close], True, close + 1
        else:
            word_match = _WORD_RE.match(text, pos)
            value = word_match.group() if word_match else ""
            pos = word_match.end() if word_match else pos
        if "*" in value or "?" in value:
            result.notes.append("不支持通配符，已忽略 * 和 ?")
            value = value.replace("*", "").replace("?", "")
        if field_name and not value.strip():
            result.notes.append("字段前缀后没有内容，已忽略")
        clause = Clause(to_simplified(value.strip()), phrase, field_name)
        if not clause.key:
            if value.strip():
                result.notes.append(f"忽略了无法查找的字符“{value.strip()[:10]}”")
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
                result.notes.append("OR 两边需要各有一个词，已忽略")
            continue
        assert clause is not None
        if negated:
            result.excluded.append(clause)
            if join_next:
                result.notes.append("OR 后面是排除词，已按排除处理")
                join_next = False
            continue
        if join_next:
            result.groups[-1].append(clause)
            join_next = False
        else:
            result.groups.append([clause])
    if join_next:
        result.notes.append("OR 两边需要各有一个词，已忽略")
    if not result.groups and result.excluded:
        result.notes.append("只有排除词，需要至少一个要查找的词")


def matched_terms(query: str) -> list[str]:
    """The literal strings to highlight for a query (its positive clauses)."""
    return list(dict.fromkeys(c.text for c in parse_query(query).positive))
