"""Issue bundles: round trip, hand edits, damage, and all-or-nothing writes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from reader_app.core import atomic
from reader_app.core.bundle import FORMAT_VERSION, read_bundle, write_bundle
from reader_app.core.errors import BundleError
from reader_app.core.importer import parse_issue_file
from reader_app.core.library import Library
from tests.conftest import REPO, SEED


@pytest.fixture
def seed_issue():
    issue, _ = parse_issue_file(SEED)
    return issue


def test_round_trip_keeps_every_field(tmp_path, seed_issue):
    folder = write_bundle(seed_issue, SEED.read_bytes(), tmp_path)
    loaded = read_bundle(folder)
    assert [a.id for a in loaded.articles] == [a.id for a in seed_issue.articles]
    for before, after in zip(seed_issue.articles, loaded.articles, strict=True):
        for field in (
            "section",
            "title",
            "page",
            "source",
            "date",
            "url",
            "attachment",
            "keywords",
            "abstract",
            "flags",
            "book",
            "kind",
            "toc_title",
        ):
            assert getattr(before, field) == getattr(after, field), (before.id, field)
        assert before.body.strip() == after.body.strip()
    assert (loaded.period_start, loaded.editors) == (seed_issue.period_start, seed_issue.editors)
    assert loaded.format_version == FORMAT_VERSION


def test_committed_bundle_is_what_the_importer_makes(tmp_path):
    """issues/2022-18 is reproducible from its source.txt (under its original name)."""
    committed = REPO / "issues" / "2022-18"
    original = tmp_path / "raw" / read_bundle(committed).source_file
    original.parent.mkdir()
    shutil.copy(SEED, original)
    issue, _ = parse_issue_file(original)
    folder = write_bundle(issue, SEED.read_bytes(), tmp_path / "out")
    names = sorted(p.relative_to(committed) for p in committed.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(folder) for p in folder.rglob("*") if p.is_file())
    for name in names:
        assert (committed / name).read_bytes() == (folder / name).read_bytes(), name


def test_staff_can_fix_an_article_by_hand(bundled_copy):
    path = bundled_copy / "2022-18" / "articles" / "001.md"
    text = path.read_text(encoding="utf-8").replace("工信微报", "工信部微报", 1)
    path.write_text(text, encoding="utf-8")
    library = Library.open()
    issue, article = library.find_article("2022-18-15c0fe")
    assert article.source == "工信部微报"
    assert issue.content_hash != read_bundle(REPO / "issues" / "2022-18").content_hash


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (
            lambda d: (d / "issue.toml").write_text("format_version = 1\n[broken", "utf-8"),
            "not valid TOML",
        ),
        (
            lambda d: (d / "issue.toml").write_text(
                (d / "issue.toml")
                .read_text("utf-8")
                .replace("format_version = 1", "format_version = 99"),
                "utf-8",
            ),
            "format_version is 99",
        ),
        (
            lambda d: (d / "issue.toml").write_text(
                (d / "issue.toml").read_text("utf-8").replace("year = 2022", 'year = "2022"'),
                "utf-8",
            ),
            "'year' must be a whole number",
        ),
        (
            lambda d: shutil.copy(d / "articles" / "001.md", d / "articles" / "001b.md"),
            "is also used by",
        ),
        (
            lambda d: (d / "articles" / "002.md").write_text("no front matter", "utf-8"),
            "front matter",
        ),
        (lambda d: (d / "articles" / "002.md").write_bytes(b"+++\n\xff\xfe\n+++\n"), "not UTF-8"),
        (
            lambda d: (d / "articles" / "005.md").write_text(
                (d / "articles" / "005.md")
                .read_text("utf-8")
                .replace("date = 2022-11-30", 'date = "soon"'),
                "utf-8",
            ),
            "'date' must be a date",
        ),
        (lambda d: shutil.rmtree(d / "articles"), "articles folder is missing"),
        (lambda d: (d / "issue.toml").unlink(), None),
    ],
)
def test_damaged_bundles_are_named_and_skipped(bundled_copy, damage, message):
    folder = bundled_copy / "2022-18"
    damage(folder)
    library = Library.open()
    assert library.issues == []
    if message is None:  # no issue.toml: not an issue folder at all
        assert library.problems == []
        return
    assert len(library.problems) == 1
    assert message in library.problems[0]
    assert str(folder) in library.problems[0]


def test_a_failed_write_leaves_nothing_behind(tmp_path, seed_issue, monkeypatch):
    calls = {"n": 0}
    original = Path.write_text

    def failing_write_text(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 30:
            raise OSError(28, "No space left on device")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", failing_write_text)
    with pytest.raises(OSError):
        write_bundle(seed_issue, SEED.read_bytes(), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_replace_failure_keeps_the_old_bundle(tmp_path, seed_issue, monkeypatch):
    folder = write_bundle(seed_issue, SEED.read_bytes(), tmp_path)
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    real_replace = os.replace

    def failing_replace(src, dst):
        if str(src).startswith(str(tmp_path / ".tmp-")):
            raise OSError(30, "Read-only file system")
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    seed_issue.articles[0].title = "changed"
    with pytest.raises(OSError):
        write_bundle(seed_issue, SEED.read_bytes(), tmp_path, replace=True)
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2022-18"]


def test_interrupted_replace_is_recovered(tmp_path, seed_issue):
    """Killed between moving the old bundle aside and moving the new one in."""
    folder = write_bundle(seed_issue, SEED.read_bytes(), tmp_path)
    os.replace(folder, tmp_path / ".old-2022-18-deadbeef")
    (tmp_path / ".tmp-2022-18-cafebabe").mkdir()
    atomic.remove_stale_temporaries(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2022-18"]
    assert len(read_bundle(folder).articles) == 66


def test_unsafe_ids_are_refused(tmp_path, seed_issue):
    seed_issue.id = "../escape"
    with pytest.raises(BundleError, match="safe folder name"):
        write_bundle(seed_issue, b"", tmp_path)
    assert list(tmp_path.iterdir()) == []
