"""Result objects handed to the window and the CLI (plain data, no Whoosh)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader_app.core.base.messages import Message
from reader_app.core.search.highlight import Span
from reader_app.core.search.query import ParsedQuery

if TYPE_CHECKING:
    from reader_app.core.search.snippets import PendingSnippet


@dataclass
class Hit:
    article: str
    issue: str
    section: str
    title: str
    source: str | None
    date: str | None  # ISO
    page: int | None
    score: float
    snippet_text: str  # the faces mark the spans (no HTML leaves the core)
    snippet_spans: list[Span] = field(default_factory=list)
    via_expansion: bool = False  # found only through an expanded term (the second tier)
    #: Not None: the snippet is not made yet ("" until ``SearchIndex.fill_snippets``).
    pending: PendingSnippet | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, object]:
        """The fields of ``reader-app-cli search --json``."""
        return {
            "article": self.article,
            "issue": self.issue,
            "section": self.section,
            "title": self.title,
            "source": self.source,
            "date": self.date,
            "page": self.page,
            "score": round(self.score, 4),
            "snippet": self.snippet_text,
            "via_expansion": self.via_expansion,
        }


@dataclass(frozen=True)
class Expansion:
    """A term the query was expanded with and the articles it added (core/search/expand.py)."""

    term: str
    count: int
    origin: str = "thesaurus"  # or "abbreviation" (found in the library, core/search/abbrev.py)

    def to_dict(self) -> dict[str, object]:
        return {"term": self.term, "count": self.count, "origin": self.origin}


@dataclass
class SearchResult:
    query: str
    parsed: ParsedQuery  # how the query was understood: clauses, exclusions, parse notes
    total: int = 0
    took_ms: float = 0.0
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestions: list[Message] = field(default_factory=list)  # what to try when nothing matched
    notes: list[Message] = field(default_factory=list)  # partial match, timed out
    sort: str = "relevance"
    timed_out: bool = False  # cut short by the per-query time limit: hits may be incomplete
    expansions: list[Expansion] = field(default_factory=list)
    #: No hits: queries one typing slip away that do find something (core/search/suggest.py).
    near: list[str] = field(default_factory=list)

    def to_dict(self, understood: str) -> dict[str, object]:
        """The fields of ``search --json``; ``understood``: the face's wording of the query."""
        return {
            "query": self.query,
            "understood": understood,
            "total": self.total,
            "took_ms": round(self.took_ms, 1),
            "timed_out": self.timed_out,
            "hits": [hit.to_dict() for hit in self.hits],
            "expansions": [e.to_dict() for e in self.expansions],
            **({"suggestions": list(self.near)} if not self.hits and not self.total else {}),
        }
