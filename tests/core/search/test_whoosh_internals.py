"""The private parts of Whoosh-Reloaded our search code relies on are still there.

``core/search/postings.py`` reads posting blocks directly and
``core/search/writer.py`` replaces the segment writer's pool (docs/decisions.md,
"Whoosh internals"). The exact pin in pyproject.toml contains the risk; this test
turns an upgrade that drops one of them into one clear failure instead of wrong
results or a crash deep inside a search.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import whoosh
from whoosh import fields
from whoosh import index as whoosh_index
from whoosh.codec.base import FieldWriter
from whoosh.matching.wrappers import FilterMatcher
from whoosh.writing import SegmentWriter

# Every private (or undocumented) name we use, and where.
MATCHER_BLOCK_API = ("_read_ids", "_read_weights", "_ids", "_weights", "_next_block")  # postings
FILTER_MATCHER_API = ("_ids", "child")  # postings._leaf_postings: a segment with deletions
SEGMENT_WRITER_API = ("pool", "perdocwriter", "fieldwriter", "docnum", "schema", "codec")
SEGMENT_WRITER_METHODS = ("_flush_segment", "per_document_reader")  # writer.FastWriter
FIELD_WRITER_METHODS = ("start_field", "start_term", "add", "finish_term", "finish_field")


def _missing(obj: object, names: tuple[str, ...]) -> list[str]:
    return [name for name in names if not hasattr(obj, name)]


def _index(tmp_path, docs: int):
    schema = fields.Schema(id=fields.ID(stored=True, unique=True), text=fields.TEXT)
    ix = whoosh_index.create_in(str(tmp_path), schema)
    writer = ix.writer()
    for n in range(docs):
        writer.add_document(id=str(n), text="alpha beta")
    writer.commit()
    return ix


def test_block_postings_matcher_has_what_postings_py_reads(tmp_path):
    ix = _index(tmp_path, 300)  # enough postings for an on-disk block list
    with ix.searcher() as searcher:
        matcher = searcher.reader().postings("text", "alpha")
        missing = _missing(matcher, MATCHER_BLOCK_API)
        assert not missing, (
            f"Whoosh's {type(matcher).__name__} no longer has {missing}: "
            "core/search/postings.py reads posting blocks through them (docs/decisions.md)"
        )
        matcher._read_ids()
        matcher._read_weights()
        assert len(matcher._ids) == len(matcher._weights) > 0


def test_filter_matcher_keeps_ids_and_child(tmp_path):
    ix = _index(tmp_path, 3)
    with ix.searcher() as searcher:
        child = searcher.reader().postings("text", "alpha")
        matcher = FilterMatcher(child, frozenset({0}), exclude=True)
        missing = _missing(matcher, FILTER_MATCHER_API)
        assert not missing, f"FilterMatcher no longer has {missing}: core/search/postings.py"
        assert matcher.child is child and 0 in matcher._ids


def test_segment_writer_has_what_fast_writer_overrides(tmp_path):
    ix = _index(tmp_path, 1)
    missing = _missing(SegmentWriter, SEGMENT_WRITER_METHODS)
    assert not missing, f"SegmentWriter no longer has {missing}: core/search/writer.py"
    commit = inspect.getsource(SegmentWriter)
    assert "self._flush_segment()" in commit, (
        "SegmentWriter.commit no longer calls _flush_segment(): core/search/writer.py's "
        "FastWriter would silently write no postings"
    )
    writer = SegmentWriter(ix)
    try:
        missing = _missing(writer, SEGMENT_WRITER_API)
        assert not missing, f"SegmentWriter objects no longer have {missing}: writer.py"
        assert hasattr(writer.pool, "cleanup"), "SegmentWriter.pool.cleanup() is gone"
        assert hasattr(writer.codec, "length_stats"), "codec.length_stats is gone"
    finally:
        writer.cancel()
    missing = _missing(FieldWriter, FIELD_WRITER_METHODS)
    assert not missing, f"Whoosh's FieldWriter no longer has {missing}: writer.TermPool.write"


VARBYTES_READER_API = ("_dbfile", "_basepos", "_offsets", "_lengths")  # postings._byte_column
TERMINFO_API = ("_weight", "_df", "_minlength", "_maxlength", "_maxweight", "_minid", "_maxid")
FIELD_WRITER_API = ("_tindex", "_fieldid")  # writer.TermPool.write: inlined terms


def test_column_reader_and_term_info_have_what_the_fast_paths_use(tmp_path):
    from whoosh import columns
    from whoosh.codec.whoosh3 import W3FieldWriter, W3TermInfo

    schema = fields.Schema(id=fields.ID(stored=True), c=fields.COLUMN(columns.VarBytesColumn()))
    ix = whoosh_index.create_in(str(tmp_path), schema)
    writer = ix.writer()
    writer.add_document(id="1", c=b"abc")
    writer.commit()
    with ix.searcher() as searcher:
        reader = searcher.reader().column_reader("c", translate=False)
        missing = _missing(reader, VARBYTES_READER_API)
        assert not missing, f"VarBytesColumn.Reader no longer has {missing}: postings.py"
        assert hasattr(reader._dbfile, "file"), "StructFile.file is gone: postings._map"
    info = W3TermInfo()
    missing = _missing(info, (*TERMINFO_API, "set_inlined", "to_bytes"))
    assert not missing, f"W3TermInfo no longer has {missing}: writer._inlined"
    source = inspect.getsource(W3FieldWriter)
    missing = [name for name in FIELD_WRITER_API if f"self.{name}" not in source]
    assert not missing, f"W3FieldWriter no longer has {missing}: writer.TermPool.write"


# Private names used beyond the lists above, each checked against Whoosh's own source.
MORE_PRIVATE = (
    "_byteids", "_data", "_read_data", "_perdoc", "_cached_reader", "_typecode", "_count",  # postings
    "_postwriter", "_mini_ids", "_mini_weights", "_write_block", "_compression", "_values",  # writer
)  # fmt: skip
LISTED = {
    *MATCHER_BLOCK_API, *FILTER_MATCHER_API, *SEGMENT_WRITER_API, *SEGMENT_WRITER_METHODS,
    *VARBYTES_READER_API, *TERMINFO_API, *FIELD_WRITER_API, *MORE_PRIVATE,
}  # fmt: skip
SEARCH = Path(__file__).resolve().parents[3] / "reader_app" / "core" / "search"


def _private_uses(module: str) -> set[str]:
    """``obj._name`` in ``module`` where obj is not self or cls (what ruff's SLF001 flags)."""
    tree = ast.parse((SEARCH / module).read_text("utf-8"))
    return {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr.startswith("_")
        and not node.attr.startswith("__")
        and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
    }


def test_every_private_name_the_fast_paths_use_is_listed_here():
    """pyproject.toml lets these two modules (only) reach into privates: each one listed."""
    used = _private_uses("postings.py") | _private_uses("writer.py")
    unlisted = sorted(used - LISTED)
    assert not unlisted, (
        f"core/search uses Whoosh's private {unlisted}: list it in this test (and in "
        "docs/decisions.md, 'Whoosh internals'), or use Whoosh's public API"
    )


def test_the_other_private_names_are_still_in_whoosh():
    source = "\n".join(
        path.read_text("utf-8") for path in Path(whoosh.__file__).parent.rglob("*.py")
    )
    missing = [
        name
        for name in MORE_PRIVATE
        if f"self.{name} " not in source
        and f"self.{name}=" not in source
        and f"def {name}(" not in source
    ]
    assert not missing, f"Whoosh no longer has {missing}: core/search/postings.py, writer.py"
