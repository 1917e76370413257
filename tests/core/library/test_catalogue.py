"""The catalogue: a start reads issue and article metadata, not every article file."""

from __future__ import annotations

import marshal
import os
from pathlib import Path

from reader_app.core.app.session import open_library
from reader_app.core.library import catalogue
from reader_app.core.library.catalogue import LazyArticle
from reader_app.core.library.library import Library
from tests.conftest import SEED
from tests.saidutil import said


def _snapshot(library: Library) -> list[tuple]:
    return [
        (i.id, i.content_hash, i.bundled, i.path, [(vars_of(a)) for a in i.articles])
        for i in library.issues
    ]


def vars_of(article) -> tuple:
    return (article.id, article.title, article.section, article.date, article.page, article.body)


def test_second_start_uses_the_catalogue_and_reads_bodies_lazily(bundled_copy, monkeypatch):
    first = open_library()
    assert not isinstance(first.issues[0].articles[0], LazyArticle)  # read from the files
    reads: list[Path] = []
    real = catalogue.parse_article_file
    monkeypatch.setattr(
        catalogue, "parse_article_file", lambda p, *a: reads.append(p) or real(p, *a)
    )
    second = open_library()
    article = second.issues[0].articles[3]
    assert isinstance(article, LazyArticle)
    assert reads == []  # nothing read at start
    assert _snapshot(second) == _snapshot(first)  # same issues, hashes, metadata and bodies
    assert article.path in reads and len(reads) == len(first.issues[0].articles)
    assert second.problems == first.problems == []


def _edit_in_place(bundled_copy: Path, name: str = "004.md") -> Path:
    """Rewrite an article file in place (same inode, folder times unchanged)."""
    path = bundled_copy / "2022-18" / "articles" / name
    text = path.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title = "))
    with path.open("r+", encoding="utf-8") as file:
        file.write(text.replace(title, 'title = "改过的标题"', 1))
        file.truncate()
    return path


def test_an_article_saved_by_renaming_a_new_file_over_it_is_read_again(bundled_copy):
    before = open_library().issues[0].content_hash
    path = bundled_copy / "2022-18" / "articles" / "004.md"
    text = path.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title = "))
    temporary = path.with_name("004.md~")  # how most editors save
    temporary.write_text(text.replace(title, 'title = "改过的标题"', 1), encoding="utf-8")
    os.replace(temporary, path)
    library = open_library()
    article = library.issues[0].articles[3]
    assert article.title == "改过的标题"
    assert not isinstance(article, LazyArticle)
    assert library.issues[0].content_hash != before


def test_an_article_rewritten_in_place_is_noticed_by_the_deep_check(bundled_copy):
    before = open_library().issues[0].content_hash
    _edit_in_place(bundled_copy)
    quick = open_library()  # the folders' stat only: the documented trade-off
    assert quick.issues[0].content_hash == before
    assert quick.changed_bundles() == [bundled_copy / "2022-18"]
    quick.refresh(quick.changed_bundles())
    assert quick.issues[0].articles[3].title == "改过的标题"
    assert quick.issues[0].content_hash != before
    assert open_library().issues[0].content_hash == quick.issues[0].content_hash
    assert open_library().changed_bundles() == []


def test_a_deep_open_notices_an_article_rewritten_in_place(bundled_copy):
    before = open_library().issues[0].content_hash
    _edit_in_place(bundled_copy)
    library = open_library(deep=True)
    assert library.issues[0].articles[3].title == "改过的标题"
    assert library.issues[0].content_hash != before


def test_opening_an_article_rewritten_in_place_drops_its_catalogue_entry(bundled_copy):
    before = open_library().issues[0].content_hash
    path = _edit_in_place(bundled_copy)
    quick = open_library()
    article = quick.issues[0].articles[3]
    assert isinstance(article, LazyArticle) and article.path == path
    assert article.body  # read from the file: the current text
    library = open_library()  # the next start reads that bundle again
    assert library.issues[0].articles[3].title == "改过的标题"
    assert library.issues[0].content_hash != before


def test_content_hash_follows_edits_with_the_same_size_and_time(bundled_copy):
    before = open_library().issues[0].content_hash
    path = bundled_copy / "2022-18" / "articles" / "010.md"
    stat = path.stat()
    data = path.read_bytes()
    swapped = data.replace("的".encode(), "地".encode(), 1)
    assert len(swapped) == len(data) and swapped != data
    path.unlink()  # a new file (maybe the same inode) with the same size and time
    path.write_bytes(swapped)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert open_library().issues[0].content_hash != before


def test_damaged_bundles_report_the_same_problems_from_the_catalogue(bundled_copy):
    articles = bundled_copy / "2022-18" / "articles"
    (articles / "005.md").write_text("no front matter\n", encoding="utf-8")
    (articles / "999.md").write_text("+++\nid = 'x'\n+++\n", encoding="utf-8")
    first = open_library()
    assert len(first.problems) == 3  # 005 damaged; 999 not listed, and damaged
    second = open_library()
    assert isinstance(second.issues[0].articles[0], LazyArticle)
    assert second.problems == first.problems


def test_a_new_article_file_or_a_removed_one_is_noticed(bundled_copy):
    count = len(open_library().issues[0].articles)
    (bundled_copy / "2022-18" / "articles" / "066.md").unlink()
    library = open_library()
    assert len(library.issues[0].articles) == count - 1
    assert any("066.md" in said(p) for p in library.problems)  # listed in contents but missing


def test_an_unwritable_or_damaged_catalogue_costs_only_time(bundled_copy, app_home):
    open_library()
    root = app_home / "cache" / "catalogue"
    files = list(root.rglob("*.cat"))
    assert len(files) == 1  # one per library folder holding bundles (the user folder is empty)
    good = {f: f.read_bytes() for f in files}
    for damage in (
        lambda data: data[:-10],  # truncated
        lambda data: data[:-5] + bytes([data[-5] ^ 0x40]) + data[-4:],  # one bit flipped
        lambda data: b"{ not a catalogue",
        lambda data: b"",
    ):
        for file, data in good.items():
            file.write_bytes(damage(data))
        library = open_library()
        assert [len(i.articles) for i in library.issues] == [66]
        assert library.problems == []
        assert _snapshot(library) == _snapshot(open_library())
    for path in [root, *root.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        assert [len(i.articles) for i in open_library().issues] == [66]
    finally:
        for path in [root, *root.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)


def test_articles_are_decoded_only_when_asked_for(bundled_copy):
    open_library()
    library = open_library()
    issue = library.issues[0]
    assert isinstance(issue, catalogue.LazyIssue)
    assert issue.__dict__["_articles"] is None  # ids and hash known, articles not decoded
    assert issue.content_hash and len(catalogue.article_ids(issue)) == 66
    assert [a.id for a in issue.articles] == catalogue.article_ids(issue)


def test_importing_reads_only_the_new_bundle(app_home, monkeypatch):
    library = open_library()
    read: list[Path] = []
    real = library.catalogue.read  # type: ignore[union-attr]
    monkeypatch.setattr(
        library.catalogue, "read", lambda f, b, *a: read.append(f) or real(f, b, *a)
    )
    library.import_file(SEED, replace=True)
    user = app_home / "data" / "issues" / "2022-18"
    assert read == [user]  # the new bundle; the bundled issue is not read again
    assert [(i.id, i.path) for i in library.issues] == [("2022-18", user)]
    assert library.replaced == {"2022-18": open_library().folders[0].path / "2022-18"}


def test_rows_that_do_not_decode_fall_back_to_the_bundle(bundled_copy, app_home):
    first = open_library()
    (file,) = (app_home / "cache" / "catalogue").rglob("*.cat")
    entries = catalogue._load(file)
    for name, entry in entries.items():  # a sound file whose rows are not article rows
        entries[name] = (*entry[:4], marshal.dumps([["not", "a", "row"]]), entry[5])
    catalogue._save(file, entries)
    library = open_library()
    assert isinstance(library.issues[0], catalogue.LazyIssue)
    assert _snapshot(library) == _snapshot(first)
