"""Issue bundles: round trip, hand edits, damage, and all-or-nothing writes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from reader_app.core.app.session import open_library
from reader_app.core.base import atomic
from reader_app.core.base.errors import BundleError
from reader_app.core.importer import parse_issue_file
from reader_app.core.library.bundle import read_bundle, write_bundle
from tests.conftest import REPO, SEED
from tests.saidutil import raises_saying, said


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
    assert loaded.format_version == 1  # text-born bundles stay at version 1


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
    library = open_library()
    issue, article = library.find_article("2022-18-15c0fe")
    assert article.source == "工信部微报"
    assert issue.content_hash != read_bundle(REPO / "issues" / "2022-18").content_hash


def _edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text("utf-8").replace(old, new, 1), "utf-8")


@pytest.mark.parametrize(
    ("damage", "articles", "message"),
    [
        # The whole issue is unreadable: it is skipped, the problem named.
        (
            lambda d: (d / "issue.toml").write_text("format_version = 1\n[broken", "utf-8"),
            None,
            "not valid TOML",
        ),
        (
            lambda d: _edit(d / "issue.toml", "format_version = 1", "format_version = 99"),
            None,
            "format_version is 99",
        ),
        (
            lambda d: _edit(d / "issue.toml", "year = 2022", 'year = "2022"'),
            None,
            "'year' must be a whole number",
        ),
        (lambda d: shutil.rmtree(d / "articles"), None, "articles folder is missing"),
        # One article is damaged: the rest of the issue is still shown.
        (
            lambda d: (d / "articles" / "004.md").unlink(),
            65,
            "004.md: listed in issue.toml contents but missing",
        ),
        (
            lambda d: shutil.copy(d / "articles" / "001.md", d / "articles" / "001b.md"),
            66,
            "is also used by 001.md",
        ),
        (
            lambda d: (d / "articles" / "002.md").write_text("no front matter", "utf-8"),
            65,
            "front matter",
        ),
        (
            lambda d: (d / "articles" / "002.md").write_bytes(b"+++\n\xff\xfe\n+++\n"),
            65,
            "not UTF-8",
        ),
        (
            lambda d: _edit(d / "articles" / "005.md", "date = 2022-11-30", 'date = "soon"'),
            65,
            "'date' must be a date",
        ),
        (
            lambda d: _edit(d / "articles" / "006.md", 'section = "热点关注"\n', ""),
            65,
            "'section' is missing",
        ),
        (
            lambda d: _edit(d / "articles" / "007.md", 'id = "2022-18-', 'id = "../../'),
            65,
            "may hold only letters",
        ),
    ],
)
def test_damaged_bundles_are_named_and_the_healthy_rest_shown(
    bundled_copy, damage, articles, message
):
    folder = bundled_copy / "2022-18"
    damage(folder)
    library = open_library()
    if articles is None:
        assert library.issues == []
    else:
        assert len(library.issues[0].articles) == articles
    assert any(message in said(problem) for problem in library.problems), library.problems
    assert all(str(folder) in said(problem) for problem in library.problems)


def test_an_unlisted_article_file_is_shown_and_reported(bundled_copy):
    articles = bundled_copy / "2022-18" / "articles"
    text = (articles / "012.md").read_text("utf-8")
    (articles / "012a.md").write_text(
        text.replace('id = "2022-18-', 'id = "2022-18-split-', 1), "utf-8"
    )
    library = open_library()
    assert len(library.issues[0].articles) == 67
    assert library.issues[0].articles[-1].id.startswith("2022-18-split-")
    assert ["012a.md: not listed" in said(p) for p in library.problems] == [True]


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
    with raises_saying(BundleError, "safe folder name"):
        write_bundle(seed_issue, b"", tmp_path)
    assert list(tmp_path.iterdir()) == []
