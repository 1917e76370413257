"""The bulk writer writes exactly what Whoosh's own writer writes (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import seed_issue
from whoosh import index as whoosh_index

from reader_app.core.search import store, writer
from reader_app.core.search.index import article_document
from reader_app.core.search.postings import IndexData


def _postings(ix) -> dict[tuple[str, bytes], list[tuple[int, float]]]:
    with ix.searcher() as searcher:
        reader = searcher.reader()
        out = {}
        for fieldname, tbytes in reader.all_terms():
            matcher = reader.postings(fieldname, tbytes)
            pairs = []
            while matcher.is_active():
                pairs.append((matcher.id(), matcher.weight()))
                matcher.next()
            out[fieldname, tbytes] = pairs
        return out


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, object]:
    """The seed issue written by FastWriter (small blocks: many per term) and by Whoosh."""
    docs = [article_document(a) for a in seed_issue().articles]
    made = []
    for name in ("fast", "whoosh"):
        folder: Path = tmp_path_factory.mktemp(name)
        ix = whoosh_index.create_in(str(folder), store.make_schema())
        w = writer.FastWriter(ix) if name == "fast" else ix.writer()
        for doc in docs:
            w.add_document(**doc)
        w.commit()
        made.append(ix)
    return made[0], made[1]


def test_same_terms_postings_and_weights(both) -> None:
    fast, plain = both
    assert _postings(fast) == _postings(plain)


def test_same_lengths_columns_and_statistics(both) -> None:
    fast, plain = both
    with fast.searcher() as a, plain.searcher() as b:
        ours, theirs = IndexData(a), IndexData(b)
        for field in ("title", "text"):
            assert a.reader().max_field_length(field) == b.reader().max_field_length(field)
            assert a.reader().min_field_length(field) == b.reader().min_field_length(field)
        for field in ("title", "text"):
            assert ours.lengths(field) == [
                b.doc_field_length(d, field, 1) for d in range(b.doc_count_all())
            ]
            assert ours.avg_length(field) == theirs.avg_length(field)
        for column in ("issue", "section", "source", "date"):
            assert ours.values(column) == list(b.reader().column_reader(column))
        for fieldname, tbytes in b.reader().all_terms():
            assert a.doc_frequency(fieldname, tbytes) == b.doc_frequency(fieldname, tbytes)
            assert a.reader().frequency(fieldname, tbytes) == b.reader().frequency(
                fieldname, tbytes
            )


def test_short_lists_are_inlined_with_whooshs_statistics(both) -> None:
    """Rare terms keep their postings in the terms table (writer.INLINE_POSTINGS)."""
    fast, plain = both
    inlined = 0
    with fast.searcher() as a, plain.searcher() as b:
        for fieldname, tbytes in b.reader().all_terms():
            ours, theirs = (s.reader().term_info(fieldname, tbytes) for s in (a, b))
            for stat in ("min_length", "max_length", "max_weight", "min_id", "max_id"):
                assert getattr(ours, stat)() == getattr(theirs, stat)(), (tbytes, stat)
            inlined += ours.is_inlined()
            assert ours.is_inlined() == (ours.doc_frequency() <= writer.INLINE_POSTINGS)
    assert inlined > 100


def test_long_posting_lists_span_several_blocks(tmp_path: Path, monkeypatch) -> None:
    """Blocks of 3 postings: every list longer than 3 is read back whole and in order."""
    monkeypatch.setattr(writer, "BLOCK_POSTINGS", 3)
    monkeypatch.setattr(writer, "COMPRESS_FROM", 2)
    ix = whoosh_index.create_in(str(tmp_path), store.make_schema())
    w = writer.FastWriter(ix)
    for article in seed_issue().articles:
        w.add_document(**article_document(article))
    w.commit()
    expected = _postings(ix)
    with ix.searcher() as searcher:
        data = IndexData(searcher)
        long_lists = [(f, t) for (f, t), p in expected.items() if len(p) > 7 and f == "text"]
        assert long_lists
        for field, tbytes in long_lists:
            assert sorted(data.postings(field, tbytes.decode()).items()) == expected[field, tbytes]


def test_byte_columns_read_by_pread_equal_whooshs_reader(both) -> None:
    """IndexData.compact reads with os.pread, on plain and on held (share) files alike."""
    from reader_app.core.search.heldstore import open_held

    fast, _plain = both
    held_ix, storage = open_held(Path(fast.storage.folder))
    try:
        for ix in (fast, held_ix):
            with ix.searcher() as searcher:
                data = IndexData(searcher)
                reader = searcher.reader()
                for name in ("ctext", "ctitle", "hit"):
                    expected = list(reader.column_reader(name, translate=False))
                    got = [data.compact(name, d) for d in range(searcher.doc_count_all())]
                    assert got == expected, name
                data.close()
    finally:
        storage.close()
