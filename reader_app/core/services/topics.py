"""Topics (定题): reading lists with a standing query that follows every new issue.

Staff keep a topic per leader or office (自贸区政策, 数字经济 …). Whenever the index
holds an issue the topic's query has not run over (an import, ``import --replace``,
a publish this machine picked up), :func:`catch_up` runs the query over that issue
only; its matches that are neither accepted (the list's items) nor dismissed are
the topic's **new** articles. :func:`run_whole` runs it over the whole library on
demand. Both faces (the window's topic tab, ``reader-app-cli topic``) call these;
nothing here knows Qt. The search is handed in (:class:`Searcher`: the CLI's
``SearchIndex``, the window's ``SearchService``), so this room does not import the
search's.

A partial match (the search's retry of long words when nothing matched) is never
offered: over one small issue it would offer weak matches every time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from reader_app.core.base.errors import NotFoundError, ReaderError
from reader_app.core.base.messages import Message
from reader_app.core.services.readinglists import (
    MAX_NOTE,
    ListStore,
    ReadingList,
    check_name,
)
from reader_app.core.services.topicfile import NewArticle, StandingQuery, Topic

log = logging.getLogger(__name__)

#: "every match": a search's limit far above any library's size
ALL = 1_000_000


class Searcher(Protocol):
    """The part of the search a topic needs (``SearchIndex`` and the window's service)."""

    def search(self, query: str, **options: Any) -> Any: ...

    def fill_snippets(self, hits: list[Any]) -> None: ...

    def indexed_issues(self) -> dict[str, str]: ...


class ArticleLookup(Protocol):
    def find_article(self, article_id: str) -> tuple[Any, Any]: ...


@dataclass
class Matches:
    """One run of a query: matching article -> its issue; ``complete`` False if cut short."""

    found: dict[str, str]
    complete: bool = True


def matches(searcher: Searcher, query: StandingQuery, issue: str | None = None) -> Matches:
    """Every article the topic's query finds, in ``issue`` or in the whole library."""
    result = searcher.search(
        query.text, issue=issue, limit=ALL, snippets=0, scoped=issue is not None, **query.options()
    )
    if any(note.key == "partial_match" for note in result.notes):
        return Matches({}, not result.timed_out)
    return Matches({hit.article: hit.issue for hit in result.hits}, not result.timed_out)


def decided(reading_list: ReadingList) -> set[str]:
    topic = _topic(reading_list)
    return set(reading_list.ids()) | set(topic.dismissed)


def _topic(reading_list: ReadingList) -> Topic:
    if reading_list.topic is None:
        raise ReaderError(Message.of("not_a_topic", name=reading_list.name))
    return reading_list.topic


def _offer(reading_list: ReadingList, found: dict[str, str], replaced: set[str] | None) -> int:
    """Put undecided matches on the new list; ``replaced``: issues whose entries are redone
    (None: all of them). Returns how many articles are new that were not before."""
    topic = _topic(reading_list)
    before = set(topic.new_ids())
    keep = [n for n in topic.new if replaced is not None and n.issue not in replaced]
    known = decided(reading_list) | {n.article for n in keep}
    topic.new = keep + [NewArticle(a, i) for a, i in found.items() if a not in known]
    return len(set(topic.new_ids()) - before)


def behind(reading_list: ReadingList, indexed: dict[str, str]) -> bool:
    """Does the index hold issues (or versions of them) the query has not run over?"""
    return _topic(reading_list).checked != indexed


def catch_up_one(reading_list: ReadingList, searcher: Searcher, indexed: dict[str, str]) -> int:
    """Run the topic over the issues that arrived or changed since it last ran."""
    topic = _topic(reading_list)
    arrived = [i for i, digest in indexed.items() if topic.checked.get(i) != digest]
    gone = {i for i in topic.checked if i not in indexed}
    found: dict[str, str] = {}
    done: set[str] = set()
    for issue in arrived:
        result = matches(searcher, topic.query, issue)
        if result.complete:  # cut short: asked again next time
            found.update(result.found)
            done.add(issue)
    added = _offer(reading_list, found, done | gone)
    for issue in gone:
        topic.checked.pop(issue, None)
    for issue in done:
        topic.checked[issue] = indexed[issue]
    return added


def catch_up(store: ListStore, searcher: Searcher) -> dict[str, int]:
    """Every topic of ``store`` over what arrived; topic name -> articles newly offered.

    Only topics that are behind are searched. A topic's file is written only when what
    staff see of it changed (its new articles) or it still holds its ``checked`` map
    inline (an older file, moved to the side file once); the maps of all topics are
    written together, once (``ListStore.save_topics``). A plain list is never touched.
    """
    indexed = searcher.indexed_issues()
    report: dict[str, int] = {}
    every = topics(store)
    changed: list[ReadingList] = []
    for reading_list in every:
        if not behind(reading_list, indexed):
            continue
        topic = _topic(reading_list)
        before = topic.new_ids()  # a catch-up changes nothing else staff see
        report[reading_list.name] = catch_up_one(reading_list, searcher, indexed)
        if topic.new_ids() != before or topic.checked_key is None:
            changed.append(reading_list)
    if report:
        store.save_topics(every, changed)
    return report


def run_whole(reading_list: ReadingList, searcher: Searcher) -> int:
    """Over the whole library: every undecided match is new (its first run: every match)."""
    topic = _topic(reading_list)
    indexed = searcher.indexed_issues()
    result = matches(searcher, topic.query)
    added = _offer(reading_list, result.found, None)
    topic.checked = dict(indexed) if result.complete else {}
    return added


def topics(store: ListStore) -> list[ReadingList]:
    """The machine's own topics (published ones are reading lists, read only)."""
    return [r for r in store.lists()[0] if r.topic is not None]


def find(store: ListStore, name: str) -> ReadingList:
    """The topic named ``name``; exit 4 (unknown) naming the topics there are."""
    own = topics(store)
    for reading_list in own:
        if reading_list.name == " ".join(name.split()):
            return reading_list
    raise NotFoundError(Message.of("no_such_topic", name=name, known=tuple(r.name for r in own)))


def add(store: ListStore, name: str, query: StandingQuery, replace: bool = False) -> ReadingList:
    """A new topic, or (``replace``) a new query for a topic or list: its items are kept.

    The caller runs it (:func:`run_whole`) and saves.
    """
    name = check_name(name)
    existing = {r.name: r for r in store.lists()[0]}
    reading_list = existing.get(name)
    if reading_list is not None and not replace:
        key = "topic_exists" if reading_list.topic is not None else "topic_name_is_a_list"
        raise ReaderError(Message.of(key, name=name))
    if reading_list is None:
        if store.path_for(name).exists():
            raise ReaderError(Message.of("topic_file_exists", name=name))
        reading_list = ReadingList(name)
    old = reading_list.topic
    reading_list.topic = Topic(query, dismissed=list(old.dismissed) if old else [])
    return reading_list


def accept(
    reading_list: ReadingList, ids: Sequence[str], library: ArticleLookup, note: str = ""
) -> list[str]:
    """Accept articles (new ones, or any of the library's): they become the list's items.

    All ids are checked first: an unknown one changes nothing (NotFoundError, exit 4).
    Returns the ids accepted now (an already accepted one only gets the note).
    """
    topic = _topic(reading_list)
    if len(note) > MAX_NOTE:
        raise ReaderError(Message.of("topic_note_too_long", limit=MAX_NOTE))
    titles = _titles(ids, library)
    fresh: list[str] = []
    for article_id in dict.fromkeys(ids):
        if article_id in topic.dismissed:
            topic.dismissed.remove(article_id)
        if reading_list.add(article_id, titles[article_id], note):
            fresh.append(article_id)
        elif note:
            next(i for i in reading_list.items if i.article == article_id).note = note
    topic.new = [n for n in topic.new if n.article not in ids]
    return fresh


def dismiss(reading_list: ReadingList, ids: Sequence[str], library: ArticleLookup) -> list[str]:
    """Dismiss articles: never offered again (an accepted one leaves the list)."""
    topic = _topic(reading_list)
    _titles(ids, library)
    fresh = [i for i in dict.fromkeys(ids) if i not in topic.dismissed]
    topic.dismissed += fresh
    reading_list.items = [i for i in reading_list.items if i.article not in ids]
    topic.new = [n for n in topic.new if n.article not in ids]
    return fresh


def _titles(ids: Iterable[str], library: ArticleLookup) -> dict[str, str]:
    titles: dict[str, str] = {}
    unknown: list[str] = []
    for article_id in ids:
        try:
            _issue, article = library.find_article(article_id)
        except ReaderError:
            unknown.append(article_id)
            continue
        titles[article_id] = article.title
    if unknown:
        raise NotFoundError(Message.of("topic_unknown_articles", articles=tuple(unknown)))
    return titles


def new_hits(
    reading_list: ReadingList, searcher: Searcher, snippets: int | None = None
) -> tuple[list[Any], bool]:
    """The topic's new articles as search hits, with snippets and marks, in offered order.

    One search scoped to the new articles themselves (only they are verified, whatever
    the library's size). ``snippets``: make the snippets of the first this many (None:
    all); a list makes the others for the rows it shows, as the search list does. A new
    entry the query no longer finds (the issue was changed, the article removed) is
    dropped: returns the hits and whether the topic changed (the caller saves it).
    """
    topic = _topic(reading_list)
    wanted = set(topic.new_ids())
    if not wanted:
        return [], False
    result = searcher.search(
        topic.query.text,
        limit=ALL,
        snippets=0,
        articles=sorted(wanted),
        **topic.query.options(),
    )
    hits = {h.article: h for h in result.hits if h.article in wanted}
    shown = [hits[n.article] for n in topic.new if n.article in hits]
    searcher.fill_snippets(shown if snippets is None else shown[: max(0, snippets)])
    if result.timed_out:  # keep what could not be checked
        return shown, False
    kept = [n for n in topic.new if n.article in hits]
    changed = len(kept) != len(topic.new)
    topic.new = kept
    return shown, changed


def summary(reading_list: ReadingList) -> dict[str, Any]:
    """``topic list --json``: name, query (with filters), accepted, new."""
    topic = _topic(reading_list)
    data: dict[str, Any] = {"name": reading_list.name, **topic.query.to_dict()}
    data["accepted"] = len(reading_list.items)
    data["new"] = len(topic.new)
    data["dismissed"] = len(topic.dismissed)
    return data
