"""Several articles at once: which articles a batch print or export holds (no Qt).

The window and ``reader-app-cli export`` both hand the PDF writer a list of
(issue, article) pairs in reading order, plus a contents page made here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reader_app.core.base.errors import ReaderError
from reader_app.core.base.model import Article, Issue
from reader_app.core.library.library import Library
from reader_app.core.services.citation import citation
from reader_app.core.services.readinglists import ReadingList


@dataclass(frozen=True)
class Entry:
    issue: Issue
    article: Article
    note: str = ""  # a reading list's note for this article


@dataclass
class Batch:
    """What goes on paper, in order; ``missing`` names ids this library does not hold."""

    title: str
    entries: list[Entry]
    missing: list[str]
    notes_heading: str = ""  # a reading list's description
    query: str = ""  # the search whose hits these are (the output names the batch after it)

    def contents(self) -> list[tuple[str, str]]:
        """(title, citation) per entry: the contents page and a reading list's print."""
        return [(e.article.title, citation(e.article, e.issue)) for e in self.entries]


def from_ids(library: Library, ids: Iterable[str], title: str = "") -> Batch:
    """Articles by id, each once, in the order given."""
    entries, missing, seen = [], [], set()
    for article_id in ids:
        if article_id in seen:
            continue
        seen.add(article_id)
        try:
            issue, article = library.find_article(article_id)
        except ReaderError:  # an unknown or damaged id is reported, not fatal
            missing.append(article_id)
            continue
        entries.append(Entry(issue, article))
    return Batch(title, entries, missing)


def from_query(library: Library, ids: Iterable[str], query: str) -> Batch:
    """A search's hits, in rank order; titled by the output ("检索：自贸区 – 12 篇")."""
    batch = from_ids(library, ids)
    batch.query = " ".join(query.split())
    return batch


def from_list(library: Library, reading_list: ReadingList) -> Batch:
    batch = from_ids(library, reading_list.ids(), reading_list.name)
    notes = {item.article: item.note for item in reading_list.items}
    batch.entries = [Entry(e.issue, e.article, notes.get(e.article.id, "")) for e in batch.entries]
    batch.notes_heading = reading_list.description
    return batch
