"""A topic's part of a reading-list file (定题): the standing query and what was decided.

A topic is a reading list (its items are the accepted articles, each with its note)
that also carries a ``"topic"`` object: the query as staff typed it, its filters, the
expansion switch, the dismissed ids and the new (undecided) matches. The issues the
query has been run over (``checked``) are kept for every topic in one side file
(core/services/topicchecks.py), found by the topic's ``checked_key``; files written
before it carry ``checked`` inline and are still read. Format in docs/reading-lists.md;
parsing lives here so ``readinglists.parse`` reads a topic without knowing how topics
are run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from reader_app.core.base.errors import ReaderError
from reader_app.core.base.messages import Message

MAX_QUERY = 500


@dataclass
class StandingQuery:
    """What ``reader-app-cli search`` takes, kept: text, filters, expansion switch."""

    text: str
    section: str | None = None
    source: str | None = None
    date_from: str | None = None  # ISO, inclusive
    date_to: str | None = None
    expand: bool = True

    def options(self) -> dict[str, Any]:
        """The keyword arguments of ``SearchIndex.search`` for this query."""
        return {
            "section": self.section,
            "source": self.source,
            "date_from": self.date_from,
            "date_to": self.date_to,
            "expand": self.expand,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.text,
            "section": self.section,
            "source": self.source,
            "from": self.date_from,
            "to": self.date_to,
            "expand": self.expand,
        }


@dataclass(slots=True)
class NewArticle:
    """A match nobody has decided on yet, with the issue it came in (to list it fast)."""

    article: str
    issue: str


@dataclass
class Topic:
    query: StandingQuery
    dismissed: list[str] = field(default_factory=list)
    new: list[NewArticle] = field(default_factory=list)
    #: issue id -> content hash of the issue as the query last ran over it
    checked: dict[str, str] = field(default_factory=dict)
    #: where ``checked`` is kept in the side file (None: read inline, an older file)
    checked_key: str | None = field(default=None, compare=False)

    def new_ids(self) -> list[str]:
        return [n.article for n in self.new]

    def to_dict(self, entries: bool = False) -> dict[str, Any]:
        """As written in the list file; ``entries``: ``new`` left as :class:`NewArticle`
        (the file writer lays them out itself, thousands after a first run)."""
        data = self.query.to_dict()
        data["dismissed"] = list(self.dismissed)
        new: list[Any] = list(self.new)
        data["new"] = new if entries else [{"article": n.article, "issue": n.issue} for n in new]
        if self.checked_key is not None:
            data["checked_key"] = self.checked_key
        else:  # not saved through a ListStore (an export): the map inline, as before
            data["checked"] = dict(sorted(self.checked.items()))
        return data


def check_query(text: str) -> str:
    """The query as typed, spaces collapsed; one line when it is empty or too long."""
    query = " ".join(text.split())
    if not query:
        raise ReaderError(Message.of("topic_needs_query"))
    if len(query) > MAX_QUERY:
        raise ReaderError(Message.of("topic_query_too_long", limit=MAX_QUERY))
    return query


def check_dates(date_from: str | None, date_to: str | None) -> None:
    for value in (date_from, date_to):
        if value is not None:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise ReaderError(Message.of("topic_bad_date", value=value)) from None
    if date_from and date_to and date_from > date_to:
        raise ReaderError(Message.of("topic_dates_reversed", start=date_from, end=date_to))


def parse_topic(raw: Any, where: str) -> Topic:
    """The ``"topic"`` object of a list file; one line naming the file and field if wrong."""
    if not isinstance(raw, dict):
        raise ReaderError(Message.of("topic_not_object", path=where))
    try:
        given = raw.get("query")
        text = check_query(given if isinstance(given, str) else "")
    except ReaderError as exc:
        raise ReaderError(Message.of("topic_bad_query", path=where, reason=exc.message)) from None
    texts: dict[str, str | None] = {}
    for key in ("section", "source", "from", "to"):
        value = raw.get(key)
        if value is not None and not isinstance(value, str):
            raise ReaderError(Message.of("topic_field_not_text", path=where, field=key))
        texts[key] = value or None
    try:
        check_dates(texts["from"], texts["to"])
    except ReaderError as exc:
        raise ReaderError(Message.of("topic_bad_dates", path=where, reason=exc.message)) from None
    expand = raw.get("expand", True)
    if not isinstance(expand, bool):
        raise ReaderError(Message.of("topic_bad_expand", path=where))
    query = StandingQuery(
        text, texts["section"], texts["source"], texts["from"], texts["to"], expand
    )
    dismissed = raw.get("dismissed", [])
    if not isinstance(dismissed, list) or not all(type(d) is str for d in dismissed):
        raise ReaderError(Message.of("topic_bad_dismissed", path=where))
    entries = raw.get("new", [])
    if not isinstance(entries, list):
        raise ReaderError(Message.of("topic_new_not_list", path=where))
    try:  # thousands of entries after a first run: one pass, checked after
        new = [NewArticle(e["article"], e["issue"]) for e in entries]
        sound = all(type(n.article) is str and type(n.issue) is str for n in new)
    except (TypeError, KeyError, IndexError):
        sound = False
    if not sound:
        number = next(n for n, e in enumerate(entries, 1) if not _new_entry(e))
        raise ReaderError(Message.of("topic_bad_new_entry", path=where, entry=number))
    checked = raw.get("checked", {})
    if not isinstance(checked, dict) or not all(
        type(k) is str and type(v) is str for k, v in checked.items()
    ):
        raise ReaderError(Message.of("topic_bad_checked", path=where))
    where_kept = raw.get("checked_key")
    if where_kept is not None and (type(where_kept) is not str or not where_kept):
        raise ReaderError(Message.of("topic_bad_checked", path=where))
    return Topic(query, list(dict.fromkeys(dismissed)), new, dict(checked), where_kept)


def _new_entry(entry: Any) -> bool:
    return (
        isinstance(entry, dict)
        and isinstance(entry.get("article"), str)
        and isinstance(entry.get("issue"), str)
    )
