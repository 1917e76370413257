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

import os
from collections.abc import Callable, Collection, Iterable
from itertools import accumulate
from typing import Any

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.columns import NumericColumn, VarBytesColumn
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length

from reader_app.core.search.store import hit_fields

K1 = 1.2
B = {"title": 0.5, "text": 0.75}  # the index opens its searcher with BM25F(title_B=0.5)


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
        self._lengths: dict[str, list[Any]] = {}  # field lengths, and their BM25 norms
        self._avg: dict[str, float] = {}
        self._bytes: dict[str, Any] = {}  # column name -> doc -> bytes
        self._frequencies: dict[tuple[str, str], int] = {}  # kept with the searcher

    def frequency(self, field: str, term: str) -> int:
        """Documents holding ``term`` in ``field`` (live or not, as Whoosh's
        ``doc_frequency``), looked up once per searcher: ``related`` weighs every bigram
        of an article, each a hash-table read on disk in every segment."""
        key = (field, term)
        found = self._frequencies.get(key)
        if found is None:
            found = self._frequencies[key] = int(self.searcher.doc_frequency(field, term))
        return found

    # ------------------------------------------------------------ postings
    def postings(self, field: str, term: str) -> dict[int, float]:
        """Live docnum -> posting weight (frequency x field boost) of one term."""
        key = (field, term)
        cached = self._postings.get(key)
        if cached is not None:
            return cached
        out: dict[int, float] = {}
        for leaf, base in self._posting_segments():
            try:  # one look-up in the terms table (``in`` first would make it two)
                matcher = leaf.reader().postings(field, term)
            except TermNotFound:
                continue
            _leaf_postings(matcher, base, out)
        out = self._kept(out)
        self._postings[key] = out
        return out

    def _posting_segments(self) -> Iterable[tuple[Any, int]]:
        """The (leaf searcher, docnum base) pairs posting lists are read from: all."""
        return self.searcher.leaf_searchers()

    def _kept(self, postings: dict[int, float]) -> dict[int, float]:
        """What of a term's posting list the view holds: all of it."""
        return postings

    def forget(self) -> None:
        """Drop the posting lists read for the previous query (bounded memory)."""
        self._postings.clear()

    def within(self, scope: Collection[int]) -> IndexData:
        """A view whose posting lists hold only the documents of ``scope`` (a scoped search).

        Segments holding none of them are not read at all (an arriving issue is its own
        segment), so candidates are restricted before any verification; columns, lengths
        and the statistics that score (idf, average lengths) stay the whole index's.
        """
        return ScopedData(self, scope)

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

    def scores(self, field: str, terms: list[str], docs: Collection[int]) -> dict[int, float]:
        """BM25F of ``terms`` in ``field`` for ``docs``, as Whoosh's BM25F computes it."""
        # bm25(idf, w, length) = idf * w * (K1 + 1) / (w + K1 * (1 - b) + K1 * b * length / avg)
        # When every document has the term (the usual case: ``docs`` matched all terms),
        # one dict comprehension per term: ~40 % faster than ``out[doc] += ...`` over an
        # intersection, with the same float operations in the same order (0.0 + x is x).
        norms = self._norms(field)
        out: dict[int, float] | None = None
        for term in terms:
            postings = self.postings(field, term)
            top = self.searcher.idf(field, term) * (K1 + 1)
            try:
                if out is None:
                    out = {d: top * (w := postings[d]) / (w + norms[d]) for d in docs}
                else:
                    out = {d: s + top * (w := postings[d]) / (w + norms[d]) for d, s in out.items()}
                continue
            except KeyError:  # some document lacks the term: only those having it add
                pass
            if out is None:
                out = dict.fromkeys(docs, 0.0)
            for doc in out.keys() & postings.keys():
                weight = postings[doc]
                out[doc] += top * weight / (weight + norms[doc])
        return out if out is not None else dict.fromkeys(docs, 0.0)

    def norms(self, field: str) -> list[float]:
        """BM25's length norm of every document (related.py scores with it too)."""
        return self._norms(field)

    def _norms(self, field: str) -> list[float]:
        """``K1 * (1 - b) + K1 * b * length / avg`` of every document, computed once."""
        key = "norm:" + field
        if key not in self._lengths:
            b = B.get(field, 0.75)
            fixed, per_length = K1 * (1 - b), K1 * b / self.avg_length(field)
            self._lengths[key] = [
                fixed + per_length * n if n is not None else None for n in self.lengths(field)
            ]
        return self._lengths[key]

    def avg_length(self, field: str) -> float:
        if field not in self._avg:
            total = self._reader.field_length(field)
            self._avg[field] = (total / (self.doc_count_all or 1)) or 1
        return self._avg[field]

    def lengths(self, field: str) -> list[int]:
        """Field length of every document (Whoosh's one-byte approximation, as it scores).

        Read as each segment's byte column in one piece, decoded through a 256-entry
        table: asking Whoosh document by document took ~0.3 s at 20,000 articles.
        """
        if field not in self._lengths:
            out: list[Any] = []
            for leaf, _base in self.searcher.leaf_searchers():
                out += _segment_lengths(leaf.reader(), field)
            self._lengths[field] = out
        return self._lengths[field]

    # ------------------------------------------------------------- columns
    def values(self, name: str) -> list[str]:
        """A column's value for every document ("" if none); ``date_month``: "YYYY-MM"."""
        if name not in self._columns:
            if name == "date_month":
                self._columns[name] = [d[:7] for d in self.values("date")]
            else:
                out: list[str] = []
                for leaf, _base in self.searcher.leaf_searchers():
                    out += _segment_column(leaf.reader(), name)
                self._columns[name] = out
        return self._columns[name]

    def compact(self, name: str, doc: int) -> bytes:
        """A byte column's value of one document (compact texts: UTF-8), as one slice."""
        return self.column(name)(doc)

    def column(self, name: str) -> Callable[[int], bytes]:
        """``doc -> bytes`` of a byte column, for loops over many documents."""
        column = self._bytes.get(name)
        if column is None:
            column = self._bytes[name] = self._byte_column(name)
        return column

    def _byte_column(self, name: str) -> Any:
        """``doc -> bytes`` for a column: one ``os.pread`` per value on the segment's file.

        Verification and result rows read a value per document; Whoosh's column reader
        costs ~5 µs each (bisect over segments, seek, read through two Python layers).
        ``pread`` needs no shared position (safe beside Whoosh's own reads) and, unlike a
        memory map, a file lost with its server raises ``OSError`` instead of killing the
        process. Elsewhere (no ``pread``: Windows; a compound or in-memory segment)
        Whoosh's reader is used.
        """
        fds: list[int] = []
        which: list[int] = []
        starts: list[int] = []
        lengths: list[int] = []
        for leaf, base in self.searcher.leaf_searchers():
            column = leaf.reader().column_reader(name, translate=False)
            fd = _descriptor(column) if isinstance(column, VarBytesColumn.Reader) else None
            if fd is None or base != len(starts):
                return self._reader.column_reader(name, translate=False).__getitem__
            first = column._basepos
            which += [len(fds)] * len(column._lengths)
            starts += [first + offset for offset in column._offsets]
            lengths += column._lengths
            fds.append(fd)
        pread = os.pread
        if len(fds) == 1:
            (only,) = fds
            return lambda doc: pread(only, lengths[doc], starts[doc])
        return lambda doc: pread(fds[which[doc]], lengths[doc], starts[doc])

    def close(self) -> None:
        """Forget the column readers (the searcher, or the held storage, owns the files)."""
        self._bytes.clear()

    def hit_fields(self, doc: int) -> tuple[str, str, int | None]:
        """(article id, title, page) of one document, without reading its stored body."""
        return hit_fields(self.compact("hit", doc))

    def distinct(self, name: str) -> set[str]:
        return {v for v in self.values(name) if v}


class ScopedData(IndexData):
    """:meth:`IndexData.within`: the same searcher and column caches, scoped postings."""

    def __init__(self, parent: IndexData, scope: Collection[int]) -> None:
        self.__dict__.update(parent.__dict__)  # the caches are shared, filled lazily
        self._postings = {}
        self.scope = frozenset(scope)
        self._low = min(self.scope, default=0)
        self._high = max(self.scope, default=-1) + 1
        self._segments: list[tuple[Any, int]] | None = None

    def _posting_segments(self) -> list[tuple[Any, int]]:
        """Only the segments holding a document of the scope (the searcher's are fixed)."""
        if self._segments is None:
            low, high = self._low, self._high
            self._segments = [
                (leaf, base)
                for leaf, base in self.searcher.leaf_searchers()
                if base < high and base + leaf.doc_count_all() > low
            ]
        return self._segments

    def _kept(self, postings: dict[int, float]) -> dict[int, float]:
        scope = self.scope
        return {d: w for d, w in postings.items() if d in scope}  # in docnum order, as unscoped


def _descriptor(column: Any) -> int | None:
    """The OS file descriptor a column reader reads from, if ``os.pread`` can use it."""
    if not hasattr(os, "pread"):
        return None
    handle = getattr(column._dbfile, "file", None)
    held = getattr(getattr(handle, "raw", None), "_fd", None)  # heldstore._PositionalFile
    if isinstance(held, int):
        return held
    try:
        number = handle.fileno() if handle is not None else None
    except (OSError, ValueError, AttributeError):  # io.UnsupportedOperation is an OSError
        return None
    return number if isinstance(number, int) else None


_LENGTH_OF_BYTE = [None] + [byte_to_length(b) for b in range(1, 256)]  # as Whoosh decodes


def _segment_lengths(reader: Any, field: str) -> list[Any]:
    """One segment's field lengths, as ``doc_field_length(d, field, 1)`` gives them."""
    count = reader.doc_count_all()
    perdoc = getattr(reader, "_perdoc", None)
    column = perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN) if perdoc else None
    if not isinstance(column, NumericColumn.Reader) or column._typecode != "B":
        return [reader.doc_field_length(d, field, 1) for d in range(count)]
    stored = min(column._count, count)
    raw = column._dbfile.get(column._basepos, stored) + bytes(count - stored)
    return list(map(_LENGTH_OF_BYTE.__getitem__, raw))


def _segment_column(reader: Any, name: str) -> list[str]:
    """One segment's values of a text column, read in one piece ("" where none)."""
    column = reader.column_reader(name, translate=False)
    if isinstance(column, VarBytesColumn.Reader):
        lengths = column._lengths
        ends = list(accumulate(lengths))
        raw = column._dbfile.get(column._basepos, ends[-1] if ends else 0)
        chunks = [raw[end - n : end] for n, end in zip(lengths, ends, strict=True)]
    else:
        chunks = list(column)
    decoded = {chunk: chunk.decode("utf-8") for chunk in set(chunks)}  # few distinct values
    return list(map(decoded.__getitem__, chunks))
