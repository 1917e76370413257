"""The catalogue: a start reads issue and article metadata, not every article file."""

from __future__ import annotations

import os
from pathlib import Path

from reader_app.core import catalogue
from reader_app.core.catalogue import LazyArticle
from reader_app.core.library import Library
from tests.conftest import SEED


def _snapshot(library: Library) -> list[tuple]:
    return [
        (i.id, i.content_hash, i.bundled, i.path, [(vars_of(a)) for a in i.articles])
        for i in library.issues
    ]


def vars_of(article) -> tuple:
    return (article.id, article.title, article.section, article.date, article.page, article.body)


def test_second_start_uses_the_catalogue_and_reads_bodies_lazily(bundled_copy, monkeypatch):
    first = Library.open()
    assert not isinstance(first.issues[0].articles[0], LazyArticle)  # read from the files
    reads: list[Path] = []
    real = catalogue.parse_article_file
    monkeypatch.setattr(
        catalogue, "parse_article_file", lambda p, *a: reads.append(p) or real(p, *a)
    )
    second = Library.open()
    article = second.issues[0].articles[3]
    assert isinstance(article, LazyArticle)
    assert reads == []  # nothing read at start
    assert _snapshot(second) == _snapshot(first)  # same issues, hashes, metadata and bodies
    assert article.path in reads and len(reads) == len(first.issues[0].articles)
    assert second.problems == first.problems == []


def test_a_changed_article_file_is_read_again(bundled_copy):
    before = Library.open().issues[0].content_hash
    path = bundled_copy / "2022-18" / "articles" / "004.md"
    text = path.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title = "))
    path.write_text(text.replace(title, 'title = "改过的标题"', 1), encoding="utf-8")
    library = Library.open()
    article = library.issues[0].articles[3]
    assert article.title == "改过的标题"
    assert not isinstance(article, LazyArticle)
    assert library.issues[0].content_hash != before


def test_content_hash_follows_edits_with_the_same_size_and_time(bundled_copy):
    before = Library.open().issues[0].content_hash
    path = bundled_copy / "2022-18" / "articles" / "010.md"
    stat = path.stat()
    data = path.read_bytes()
    swapped = data.replace("的".encode(), "地".encode(), 1)
    assert len(swapped) == len(data) and swapped != data
    path.unlink()  # a new file (maybe the same inode) with the same size and time
    path.write_bytes(swapped)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert Library.open().issues[0].content_hash != before


def test_damaged_bundles_report_the_same_problems_from_the_catalogue(bundled_copy):
    articles = bundled_copy / "2022-18" / "articles"
    (articles / "005.md").write_text("no front matter\n", encoding="utf-8")
    (articles / "999.md").write_text("+++\nid = 'x'\n+++\n", encoding="utf-8")
    first = Library.open()
    assert len(first.problems) == 3  # 005 damaged; 999 not listed, and damaged
    second = Library.open()
    assert isinstance(second.issues[0].articles[0], LazyArticle)
    assert second.problems == first.problems


def test_a_new_article_file_or_a_removed_one_is_noticed(bundled_copy):
    count = len(Library.open().issues[0].articles)
    (bundled_copy / "2022-18" / "articles" / "066.md").unlink()
    library = Library.open()
    assert len(library.issues[0].articles) == count - 1
    assert any("066.md" in p for p in library.problems)  # listed in contents but missing


def test_an_unwritable_or_damaged_catalogue_costs_only_time(bundled_copy, app_home):
    Library.open()
    root = app_home / "cache" / "catalogue"
    for entry in root.rglob("*.json"):
        entry.write_text("{ not json", encoding="utf-8")
    library = Library.open()
    assert [len(i.articles) for i in library.issues] == [66]
    assert library.problems == []
    for path in [root, *root.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        assert [len(i.articles) for i in Library.open().issues] == [66]
    finally:
        for path in [root, *root.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)


def test_importing_reads_only_the_new_bundle(app_home, monkeypatch):
    library = Library.open()
    read: list[Path] = []
    real = library.catalogue.read  # type: ignore[union-attr]
    monkeypatch.setattr(library.catalogue, "read", lambda f, b: read.append(f) or real(f, b))
    library.import_file(SEED, replace=True)
    user = app_home / "data" / "issues" / "2022-18"
    assert read == [user]  # the new bundle; the bundled issue is not read again
    assert [(i.id, i.path) for i in library.issues] == [("2022-18", user)]
    assert library.replaced == {"2022-18": Library.open().folders[0].path / "2022-18"}
