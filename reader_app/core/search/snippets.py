"""Snippets made for the hits a person sees, not for every hit a query returns.

The window asks for up to 200 hits and shows about ten; a snippet (the stored body
read and unpickled, its text compacted and cut into sentences) was most of a hit's
cost. So a hit leaves the engine with what its snippet needs (:class:`PendingSnippet`)
and :func:`fill` makes the snippets of the hits about to be shown: the first page
within the query's time limit (``SearchIndex.search``), the rest when the result list
scrolls to them or the CLI prints them (``SearchIndex.fill_snippets``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from reader_app.core.search.deadline import Deadline
from reader_app.core.search.highlight import make_snippet
from reader_app.core.search.postings import IndexData
from reader_app.core.search.query import ParsedQuery
from reader_app.core.search.results import Hit


class PendingSnippet(NamedTuple):
    """Where a hit's snippet comes from: its document in one open searcher, and the marks."""

    data: IndexData
    doc: int
    marks: ParsedQuery


def fill(hits: Iterable[Hit], data: IndexData | None, deadline: Deadline) -> None:
    """Make the snippets of ``hits`` still without one, reading bodies from ``data``.

    A hit from an index since reopened (an update, a rebuild) is looked up by its
    article id in ``data``; an article no longer indexed gets an empty snippet. Once
    ``deadline`` has expired, snippets are each body's opening without marks.
    """
    for hit in hits:
        pending = hit.pending
        if not isinstance(pending, PendingSnippet):
            continue
        doc: int | None = pending.doc
        if data is None:
            doc = None
        elif pending.data is not data:
            doc = data.searcher.document_number(id=hit.article)
        body = data.searcher.stored_fields(doc).get("body", "") if data and doc is not None else ""
        # Snippets come from the text, not the title or the "source date" line above it.
        skip = len(hit.title)
        meta = " ".join(x for x in (hit.source, hit.date) if x)
        if meta and body.startswith(meta, skip + 2):
            skip += 2 + len(meta)
        snippet = make_snippet(body, pending.marks, skip_chars=skip, deadline=deadline)
        hit.snippet_text, hit.snippet_spans = snippet.text, snippet.spans
        hit.pending = None
