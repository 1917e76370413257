"""Bulk reads of the open index: posting lists, BM25F scores, per-document columns.

Whoosh's matcher trees walk and score every matching document one Python call
chain at a time; for a common two-character word that is most of the library
(measured ~80 % of query time at 20,000 articles). Here a term's postings are
read a block at a time into a dict, a query's candidates are set operations,
and the same BM25F formula as Whoosh's is applied only where a score is needed.
Columns (issue, section, source, date, field lengths) are loaded once per
searcher into plain lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import accumulate
from typing import Any

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher

K1 = 1.2
B = {"title": 0.5, "text": 0.75}  # the index opens its searcher with BM25F(title_B=0.5)
COLUMNS = ("issue", "section", "source", "date")


def _leaf_postings(matcher: Any, base: int, out: dict[int, float]) -> None:
    """Add a leaf matcher's (docnum + base) -> weight to ``out``, a block at a time.

    On-disk blocks are read directly (inflate, unpickle, undo the delta encoding with
    ``accumulate``): Whoosh's own ``_read_ids`` runs a generator step per posting.
    """
    deleted: Any = ()
    if isinstance(matcher, FilterMatcher):  # the segment has deletions
        deleted, matcher = matcher._ids, matcher.child
    if isinstance(matcher, W3LeafMatcher) and not matcher._byteids:  # on-disk blocks
        while matcher.is_active():
            if matcher._data is None:
                matcher._read_data()
            deltas, weights = matcher._data[0], matcher._data[1]
            ids = accumulate(deltas, initial=base)
            next(ids)  # the initial value itself
            if weights is None or isinstance(weights, float):  # one weight for the block
                out.update(dict.fromkeys(ids, 1.0 if weights is None else weights))
            else:
                out.update(zip(ids, weights, strict=True))
            matcher._next_block()
        for doc in deleted:
            out.pop(doc + base, None)
        return
    while matcher.is_active():  # inlined short lists and anything else: the plain API
        doc = matcher.id()
        if doc not in deleted:
            out[doc + base] = matcher.weight()
        matcher.next()


class IndexData:
    """What queries need from one open searcher, loaded lazily and kept with it."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self._reader = searcher.reader()
        self.doc_count_all = searcher.doc_count_all()
        self._postings: dict[tuple[str, str], dict[int, float]] = {}
        self._columns: dict[str, list[str]] = {}
        self._lengths: dict[str, list[int]] = {}
        self._avg: dict[str, float] = {}
        self._bytes: dict[str, Any] = {}
        self._live: set[int] | None = None

    # ------------------------------------------------------------ postings
    def postings(self, field: str, term: str) -> dict[int, float]:
        """Live docnum -> posting weight (frequency x field boost) of one term."""
        key = (field, term)
        cached = self._postings.get(key)
        if cached is not None:
            return cached
        out: dict[int, float] = {}
        for leaf, base in self.searcher.leaf_searchers():
            reader = leaf.reader()
            if (field, term) in reader:
                _leaf_postings(reader.postings(field, term), base, out)
        self._postings[key] = out
        return out

    def forget(self) -> None:
        """Drop the posting lists read for the previous query (bounded memory)."""
        self._postings.clear()

    def docs(self, field: str, terms: Iterable[str], any_of: bool = False) -> set[int]:
        """Documents having all (or any) of ``terms`` in ``field``."""
        found: set[int] | None = None
        for term in terms:
            docs = self.postings(field, term).keys()
            if found is None:
                found = set(docs)
            elif any_of:
                found |= docs
            else:
                found &= docs
            if not found and not any_of:
                break
        return found or set()

    def scores(self, field: str, terms: list[str], docs: Iterable[int]) -> dict[int, float]:
        """BM25F of ``terms`` in ``field`` for ``docs``, as Whoosh's BM25F computes it."""
        lengths = self.lengths(field)
        avg = self.avg_length(field)
        b = B.get(field, 0.75)
        # bm25(idf, w, length) = idf * w * (K1 + 1) / (w + K1 * (1 - b) + K1 * b * length / avg)
        fixed, per_length = K1 * (1 - b), K1 * b / avg
        out = dict.fromkeys(docs, 0.0)
        for term in terms:
            postings = self.postings(field, term)
            idf = self.searcher.idf(field, term)
            top = idf * (K1 + 1)
            for doc in out.keys() & postings.keys():
                weight = postings[doc]
                out[doc] += top * weight / (weight + fixed + per_length * lengths[doc])
        return out

    def avg_length(self, field: str) -> float:
        if field not in self._avg:
            total = self._reader.field_length(field)
            self._avg[field] = (total / (self.doc_count_all or 1)) or 1
        return self._avg[field]

    def lengths(self, field: str) -> list[int]:
        """Field length of every document (Whoosh's one-byte approximation, as it scores)."""
        if field not in self._lengths:
            length = self.searcher.doc_field_length
            self._lengths[field] = [length(d, field, 1) for d in range(self.doc_count_all)]
        return self._lengths[field]

    # ------------------------------------------------------------- columns
    def values(self, name: str) -> list[str]:
        """A column's value for every document ("" if none); ``date_month``: "YYYY-MM"."""
        if name not in self._columns:
            if name == "date_month":
                self._columns[name] = [d[:7] for d in self.values("date")]
            else:
                self._columns[name] = list(self._reader.column_reader(name))
        return self._columns[name]

    def compact(self, name: str, doc: int) -> bytes:
        """The stored compact text (UTF-8) of one document."""
        if name not in self._bytes:
            self._bytes[name] = self._reader.column_reader(name, translate=False)
        return self._bytes[name][doc]

    def distinct(self, name: str) -> set[str]:
        return {v for v in self.values(name) if v}

    def live(self) -> set[int]:
        """Every document not deleted."""
        if self._live is None:
            self._live = set(self._reader.all_doc_ids())
        return self._live
