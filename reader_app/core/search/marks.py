"""What a search marks in a text: one rule for the snippet, the article, its counter and pages.

A hit's snippet, the opened article's marks, the find bar's "1 / N" and the printed
page's marks all come from :meth:`Marks.spans`, so they mark the same strings. A word is
marked whole where the text has it whole; where it does not (锂电池 in a text with
锂电 … 电池 only), its pieces are marked, as the search matched them. The related terms a
query was expanded with are marked too. In an article found only through a related term
(the second tier, ``Hit.via_expansion``) the typed words are marked only where they occur
whole: their scattered pieces there are noise.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, replace

from reader_app.core.search.deadline import Deadline
from reader_app.core.search.highlight import MAX_SPANS, Span, spans_for
from reader_app.core.search.query import Clause, ParsedQuery, parse_query


def marking_query(
    parsed: ParsedQuery, related: Iterable[Clause], exact: bool = False
) -> ParsedQuery:
    """The clauses to mark: the query's words (as phrases if ``exact``), then ``related``."""
    groups = parsed.groups
    if exact:
        groups = [[replace(c, phrase=True) for c in group] for group in groups]
    return ParsedQuery(parsed.raw, [*groups, *([c] for c in related)], [], [])


@dataclass(frozen=True)
class Marks:
    """What one hit marks: the query as typed, the related terms searched with it, its tier."""

    query: str
    related: tuple[str, ...] = ()
    exact: bool = False  # found through a related term: typed words only where whole

    @functools.cached_property
    def parsed(self) -> ParsedQuery:
        clauses = [Clause(t, phrase=True) for t in self.related if t]
        return marking_query(parse_query(self.query), clauses, self.exact)

    def spans(
        self, text: str, limit: int = MAX_SPANS, deadline: Deadline | None = None
    ) -> list[Span]:
        """Merged (start, end) offsets of what is marked in ``text`` (bounded: see highlight)."""
        return spans_for(text, self.parsed, limit, deadline)
