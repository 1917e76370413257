"""Index lifecycle against a real Whoosh index on disk."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
from pathlib import Path

import pytest
from conftest import FakeLibrary, seed_issue
from whoosh.util.filelock import FileLock

import reader_app.core.search.index as search_index
from reader_app.core.base.model import Article, Issue
from reader_app.core.library.library import Library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.search import store
from reader_app.core.search.index import SearchIndex
from reader_app.core.search.postings import IndexData


def make_issue(issue_id: str, words: list[str], content_hash: str = "h1") -> Issue:
    articles = [
        Article(
            id=f"{issue_id}-{n:03d}",
            issue_id=issue_id,
            section="行业动态",
            title=f"第{n}篇：{word}",
            body=f"这是关于{word}的报道。",
            source="新华社",
            date=dt.date(2023, 1, 1 + n),
        )
        for n, word in enumerate(words, 1)
    ]
    return Issue(id=issue_id, year=2023, number=1, articles=articles, content_hash=content_hash)


def test_first_use_builds_under_app_dirs_with_progress(library: Library) -> None:
    calls: list[tuple[int, int, str]] = []
    with SearchIndex.open(library, progress=lambda d, t, m: calls.append((d, t, m))) as index:
        assert index.doc_count() == len(seed_issue().articles)
        assert index.root == app_dirs().index
        assert store.current_generation(index.root) is not None
    assert calls[-1][0] == calls[-1][1] == len(seed_issue().articles)
    assert all(d <= t for d, t, _ in calls)


def test_adding_replacing_removing_an_issue_is_incremental(library: Library) -> None:
    index = SearchIndex.open(library)
    generation = store.current_generation(index.root)
    library.issues.append(make_issue("2023-01", ["饕餮纹样", "琥珀色"]))
    calls: list[tuple[int, int, str]] = []
    assert index.update(lambda d, t, m: calls.append((d, t, m)))
    assert store.current_generation(index.root) == generation  # not rebuilt
    assert max(t for _, t, _ in calls) == 2  # only the new issue was indexed
    assert index.search("饕餮").total == 1
    library.issues[-1] = make_issue("2023-01", ["麒麟神兽"], content_hash="h2")
    assert index.update()
    assert index.search("饕餮").total == 0
    assert index.search("麒麟神兽").hits[0].issue == "2023-01"
    library.issues.pop()
    assert index.update()
    assert index.search("麒麟神兽").total == 0
    assert not index.update()  # nothing changed
    assert index.doc_count() == len(seed_issue().articles)
    index.close()


def test_version_mismatch_triggers_rebuild(library: Library) -> None:
    SearchIndex.open(library).close()
    old = store.current_generation(app_dirs().index)
    assert old is not None
    manifest = store.read_manifest(old) or {}
    store.write_atomic(old / store.MANIFEST, str(manifest).replace("'analyzer'", "'x'"))
    with SearchIndex.open(library) as index:
        assert store.current_generation(index.root) != old
        assert index.search("跨境").total > 0


def test_damaged_index_is_rebuilt_with_a_warning(
    library: Library, caplog: pytest.LogCaptureFixture
) -> None:
    SearchIndex.open(library).close()
    generation = store.current_generation(app_dirs().index)
    assert generation is not None
    for path in generation.iterdir():
        if path.suffix in (".seg", ".toc"):
            path.write_bytes(b"\x00garbage" * 10)
    with caplog.at_level(logging.WARNING), SearchIndex.open(library) as index:
        assert index.search("跨境").total > 0
    assert any("unreadable" in r.message for r in caplog.records)


def test_damage_found_while_searching_is_rebuilt(library: Library) -> None:
    index = SearchIndex.open(library)
    index._searcher.close()  # simulate files vanishing under an open searcher
    index._searcher = None
    generation = store.current_generation(index.root)
    assert generation is not None
    for path in generation.glob("*.toc"):
        path.unlink()
    assert index.search("跨境").total > 0
    index.close()


def test_crash_during_build_leaves_previous_index_and_no_lock(library: Library) -> None:
    SearchIndex.open(library).close()
    before = store.current_generation(app_dirs().index)

    broken = dataclasses.replace(seed_issue(), content_hash="other")
    broken.articles = [*seed_issue().articles[:3], None]  # type: ignore[list-item]
    index = SearchIndex(library=FakeLibrary([broken]))
    with pytest.raises(AttributeError):
        index.build()
    assert store.current_generation(app_dirs().index) == before
    lock = FileLock(str(app_dirs().index / store.LOCK))
    assert lock.acquire(blocking=False)
    lock.release()
    with SearchIndex.open(library) as reopened:
        assert reopened.search("跨境").total > 0


def test_second_writer_reads_previous_index(library: Library) -> None:
    index = SearchIndex.open(library)
    lock = FileLock(str(index.root / store.LOCK))  # another writer holds it
    assert lock.acquire(blocking=False)
    try:
        library.issues.append(make_issue("2023-01", ["饕餮纹样"]))
        assert not index.update()
        assert index.search("跨境").total > 0
        assert index.search("饕餮").total == 0
    finally:
        lock.release()
    assert index.update()
    assert index.search("饕餮").total == 1
    index.close()


def test_opens_a_read_only_prebuilt_index(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "packaged"
    SearchIndex.open(library, root=root).close()
    before = {p: p.stat().st_mtime_ns for p in root.rglob("*")}
    for path in [root, *root.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    monkeypatch.setattr(store, "is_writable", lambda root: os.access(root, os.W_OK) and False)
    try:
        with SearchIndex.open(library, root=root) as index:
            assert index.search("跨境").total > 0
        assert {p: p.stat().st_mtime_ns for p in root.rglob("*")} == before
    finally:
        for path in [root, *root.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)


def test_search_without_library_or_index_answers_empty() -> None:
    with SearchIndex() as index:
        result = index.search("跨境")
    assert result.total == 0 and result.suggestions


def test_a_failure_while_reading_reopens_the_index_and_tries_once_more(
    library: Library, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Searches and answers alike: a failure (a share gone with its open files) reopens
    the index and runs the work once more; a second failure is raised."""
    index = SearchIndex.open(library)
    asked: list[IndexData] = []

    def work(data: IndexData) -> int:
        asked.append(data)
        if len(asked) == 1:
            raise OSError("the share went away")
        return int(data.doc_count_all)

    with caplog.at_level(logging.WARNING):
        assert index.answer(work) == index.doc_count() > 0
    assert len(asked) == 2 and asked[0] is not asked[1]
    assert "Search index failed (the share went away)" in caplog.text

    failures = [OSError("gone again")]
    real = search_index.run

    def flaky(*args: object, **kwargs: object) -> object:
        if failures:
            raise failures.pop()
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(search_index, "run", flaky)
    assert index.search("跨境", expand=False).total > 0 and not failures

    def broken(data: IndexData) -> int:
        raise OSError("still gone")

    with pytest.raises(OSError, match="still gone"):
        index.answer(broken)
    index.close()
