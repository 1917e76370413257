"""A Whoosh segment writer with an in-memory posting pool and bulk block writing.

Whoosh's own pool pickles every posting to a temporary run file, sorts and
heap-merges the runs, then looks up each posting's field length through a
column reader; and its ``add_document`` and block writer handle every posting
through three layers of Python calls with type checks. Here the terms of a
:class:`~reader_app.core.search.analysis.CJKText` field are counted once per
document and appended as (docnum, frequency) pairs to one ``array`` per term,
and at flush each term's postings are handed to Whoosh's block writer a block
at a time (the files written are Whoosh's own format). Memory is bounded by
committing a segment every :data:`DOCS_PER_SEGMENT` documents (see ``index.py``).
"""

from __future__ import annotations

import operator
import sys
from array import array
from collections import defaultdict
from collections.abc import Mapping
from functools import partial
from itertools import chain
from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3TermInfo
from whoosh.system import pack_ushort
from whoosh.writing import SegmentWriter

from reader_app.core.search.analysis import CJKText, index_terms

#: Postings per block: larger than Whoosh's 128, so reading a long list (a common
#: bigram: 7k-18k postings at 20,000 articles) unpickles and inflates 8x fewer blocks.
BLOCK_POSTINGS = 1024
COMPRESSION = 3  # Whoosh's zlib level
COMPRESS_FROM = 16  # postings: shorter blocks are written uncompressed
#: A term with at most this many postings keeps them in its terms-table entry (Whoosh's
#: "inlined" postings, which its writer never produces: its inline branch is broken).
#: Most terms are rare: a block per term was most of adding one issue.
INLINE_POSTINGS = 4


def codec() -> W3Codec:
    return W3Codec(blocklimit=BLOCK_POSTINGS, compression=COMPRESSION)


class TermPool:
    """Postings grouped by field and term, in the order they were added.

    Documents arrive with increasing numbers (new documents, then merged
    segments), so each term's postings are already in docnum order. A posting's
    weight is its frequency times the field's boost, so only the frequency is kept.
    """

    def __init__(self, boosts: Mapping[str, float]) -> None:
        self._fields: dict[str, defaultdict[str, array[int]]] = {}
        self._boosts = boosts
        self.postings = 0

    def add_counts(self, fieldname: str, docnum: int, counts: Mapping[str, int]) -> None:
        """All the postings of one document's field (the fast path).

        A posting is one 64-bit number, docnum << 32 | frequency: one append per posting.
        """
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = defaultdict(partial(array, "Q"))
        high = docnum << 32
        for term, freq in counts.items():
            terms[term].append(high | freq)
        self.postings += len(counts)

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        """One posting (Whoosh's path: ID fields and merged segments)."""
        fieldname, tbytes, docnum, weight, vbytes = item
        if docnum < 0:  # Whoosh's spelling pseudo-postings: not used by our schema
            raise ValueError("spelling postings are not supported")
        if vbytes:
            raise ValueError(f"field {fieldname!r}: posting values are not supported")
        freq = weight / self._boosts.get(fieldname, 1.0)
        if freq != int(freq):
            raise ValueError(f"field {fieldname!r}: weight {weight} is not frequency x boost")
        self.add_counts(fieldname, docnum, {tbytes.decode("utf-8"): int(freq)})

    def write(self, fieldwriter: Any, schema: Any, lengths: Any, doccount: int) -> None:
        """Write every term, sorted by field then term, a block at a time."""
        for fieldname in sorted(self._fields):
            terms = self._fields.pop(fieldname)
            if lengths is not None:
                field_length = [lengths.doc_field_length(d, fieldname) for d in range(doccount)]
            else:
                field_length = [0] * doccount
            boost = self._boosts.get(fieldname, 1.0)
            fieldwriter.start_field(fieldname, schema[fieldname])
            writer = fieldwriter._postwriter
            writer._mini_ids = _mini_ids.__get__(writer)
            writer._mini_weights = _mini_weights.__get__(writer)
            # str order is code point order, which is UTF-8 byte order: Whoosh's term order
            for term in sorted(terms):
                ids, freqs = _split(terms.pop(term))
                btext = term.encode("utf-8")
                if len(ids) <= INLINE_POSTINGS:
                    entry = _inlined(ids, _weights(freqs, boost), field_length)
                    fieldwriter._tindex.add(pack_ushort(fieldwriter._fieldid) + btext, entry)
                    continue
                fieldwriter.start_term(btext)
                _write_term(writer, ids, freqs, boost, field_length)
                fieldwriter.finish_term()
            fieldwriter.finish_field()
        self.postings = 0

    def cleanup(self) -> None:
        self._fields.clear()
        self.postings = 0


def _split(postings: array[int]) -> tuple[array[int], array[int]]:
    """(docnums, frequencies) of packed postings, by reading the 64-bit words as 32-bit halves."""
    halves = array("I")
    halves.frombytes(postings.tobytes())
    if sys.byteorder == "little":
        return halves[1::2], halves[0::2]
    return halves[0::2], halves[1::2]  # pragma: no cover - big-endian machines


def _write_term(
    writer: Any, ids: array[int], freqs: array[int], boost: float, field_length: list[int]
) -> None:
    """Fill Whoosh's block buffers a block at a time (``finish_term`` writes the last one)."""
    size = BLOCK_POSTINGS
    for start in range(0, len(ids), size):
        if start:
            writer._write_block()
        block = ids[start : start + size]
        weights = _weights(freqs[start : start + size], boost)
        lens = [field_length[d] for d in block]
        nonzero = [n for n in lens if n]
        # zlib makes a short block bigger and costs more than it saves (most terms are rare)
        writer._compression = COMPRESSION if len(block) >= COMPRESS_FROM else 0
        writer._ids = block
        writer._weights = weights
        writer._values = []
        writer._maxweight = max(weights)
        writer._minlength = min(nonzero) if nonzero else None
        writer._maxlength = max(lens)


def _weights(freqs: array[int], boost: float) -> array[float]:
    """Posting weights as Whoosh stores them: frequency x field boost, 32-bit floats."""
    weights = array("f", freqs)
    return array("f", [w * boost for w in weights]) if boost != 1.0 else weights


def _inlined(ids: array[int], weights: array[float], field_length: list[int]) -> bytes:
    """The terms-table entry of a short list, its postings pickled in (Whoosh's "inlined").

    The statistics are those ``W3TermInfo.add_block`` gathers from one block; Whoosh's
    reader serves such a term from the entry (a ``ListMatcher``), so the files stay Whoosh's.
    """
    lens = [field_length[d] for d in ids]
    nonzero = [n for n in lens if n]
    info = W3TermInfo()
    info._weight = sum(weights)
    info._df = len(ids)
    info._minlength = min(nonzero) if nonzero else None
    info._maxlength = max(0, *lens)
    info._maxweight = max(0, *weights)
    info._minid, info._maxid = ids[0], ids[-1]
    info.set_inlined(ids, weights, ())
    return info.to_bytes()


def _mini_ids(self: Any) -> tuple[int, ...]:
    """Whoosh's delta encoding of a block's ids, without a generator step per id."""
    ids = self._ids
    return tuple(map(operator.sub, ids, chain((0,), ids)))


def _mini_weights(self: Any) -> Any:
    """Whoosh's weight minification (None: all 1.0; a float: all equal; else a tuple)."""
    weights = self._weights
    first = weights[0]
    if weights.count(first) == len(weights):
        return None if first == 1.0 else first
    return tuple(weights)


class FastWriter(SegmentWriter):
    """``SegmentWriter`` using :class:`TermPool`, with a fast path for CJKText fields."""

    pool: TermPool  # Whoosh's own pool until __init__ replaces it

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        kwargs.setdefault("codec", codec())
        # Separate files per segment: a compound segment is opened by copying each of its
        # parts into memory (BytesIO), ~100 MB at 20,000 articles; plain files are read in place.
        kwargs.setdefault("compound", False)
        super().__init__(ix, **kwargs)
        self.pool.cleanup()
        boosts = {
            name: field.format.field_boost
            for name, field in self.schema.items()
            if field.format is not None
        }
        self.pool = TermPool(boosts)
        self._cjk = {name for name, field in self.schema.items() if isinstance(field, CJKText)}

    def add_document(self, **fields: Any) -> None:
        """Whoosh's ``add_document``; CJKText fields are counted and pooled in one step."""
        plain = {k: v for k, v in fields.items() if k not in self._cjk}
        self._check_state()
        docnum = self.docnum
        perdocwriter = self.perdocwriter
        self._check_fields(self.schema, [n for n in fields if not n.startswith("_")])
        fast = sorted(k for k in fields if k in self._cjk and fields[k] is not None)
        # Whoosh adds the remaining fields under the same docnum, then finishes the document.
        perdocwriter.start_doc(docnum)
        try:
            for name in fast:
                field = self.schema[name]
                counts = index_terms(fields[name])
                self.pool.add_counts(name, docnum, counts)
                stored = fields[name] if field.stored else None
                perdocwriter.add_field(name, field, stored, sum(counts.values()))
            _add_plain(self, plain)
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        try:
            self.pool.write(self.fieldwriter, self.schema, lengths, self.docnum)
        finally:
            if lengths is not None:
                lengths.close()
        self.fieldwriter.close()


def _add_plain(writer: FastWriter, fields: dict[str, Any]) -> None:
    """The non-CJK fields, as Whoosh's ``add_document`` adds them (no start/finish)."""
    schema = writer.schema
    docnum = writer.docnum
    add_post = writer.pool.add
    for name in sorted(n for n in fields if not n.startswith("_")):
        value = fields[name]
        if value is None:
            continue
        field = schema[name]
        length = 0
        if field.indexed:
            for tbytes, freq, weight, vbytes in field.index(value):
                if field.scorable:
                    length += freq
                add_post((name, tbytes, docnum, weight, vbytes))
        stored = value if field.stored else None
        writer.perdocwriter.add_field(name, field, stored, length)
        column = field.column_type
        if column:
            writer.perdocwriter.add_column_value(name, column, field.to_column_value(value))
