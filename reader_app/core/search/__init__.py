"""Full-text search over the library, Qt-free (see docs/search.md)."""

from reader_app.core.search.highlight import article_text, hit_spans
from reader_app.core.search.index import SearchIndex
from reader_app.core.search.normalize import fold
from reader_app.core.search.query import matched_terms, parse_query
from reader_app.core.search.results import Hit, SearchResult

__all__ = [
    "Hit",
    "SearchIndex",
    "SearchResult",
    "article_text",
    "fold",
    "hit_spans",
    "matched_terms",
    "parse_query",
]
