"""The share goes away at each step of a workstation's start: every read succeeds or the
local copy answers, and the caller is told; never a silent empty answer (issue 14).

In-process and deterministic: the share (a real folder, published by the real CLI) is
renamed at a chosen point of the start. tests/core/share/test_workstation.py races real
processes against the same moments.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader_app.core.app.indexplace import open_index
from reader_app.core.app.session import open_library
from reader_app.core.library import library as library_module
from reader_app.core.library.library import Library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Policy
from reader_app.core.search.index import SearchIndex
from reader_app.core.share import mirror
from tests.core.share.shareutil import Staff, make_staff


@pytest.fixture
def staff(tmp_path: Path) -> Staff:
    staff = make_staff(tmp_path)
    staff.publish_issue(1)
    staff.publish_issue(2)
    return staff


@pytest.fixture
def workstation(staff: Staff) -> Policy:
    """A public workstation that ran yesterday: its local copy of the share exists."""
    policy = Policy(public_mode=True, library_folders=(staff.share,))
    assert mirror.refresh(staff.share, app_dirs())
    return policy


@pytest.fixture
def away(staff: Staff) -> Iterator[Path]:
    away = staff.share.with_name("share-away")
    yield away
    if away.exists():
        os.replace(away, staff.share)


def _open(policy: Policy) -> tuple[Library, SearchIndex, object]:
    library = open_library(extra_folders=policy.library_folders, public=True)
    index, place = open_index(library, policy, app_dirs(), refresh_copy=False)
    return library, index, place


def _answer(index: SearchIndex, sort: str = "relevance") -> tuple[object, ...]:
    result = index.search("锂电", limit=300, sort=sort)
    hits = tuple((h.article, h.issue, h.section, h.date, h.snippet_text) for h in result.hits)
    return (
        result.total,
        hits,
        tuple(sorted((k, tuple(v.items())) for k, v in result.facets.items())),
    )


def test_share_lost_after_the_index_opened_answers_as_before(
    staff: Staff, workstation: Policy, away: Path
) -> None:
    _, index, place = _open(workstation)
    with index:
        assert place.published and not place.offline and index.root.parent == staff.share
        os.replace(staff.share, away)  # before the first search read anything
        lost = {sort: _answer(index, sort) for sort in ("relevance", "date")}
    os.replace(away, staff.share)
    with SearchIndex.open(None, root=staff.share / ".reader-index") as fresh:
        for sort, answer in lost.items():
            assert answer[0] > 0 and answer == _answer(fresh, sort)


def test_share_unreadable_after_opening_the_local_copy_answers(
    staff: Staff, workstation: Policy, away: Path
) -> None:
    from reader_app.core.app.indexplace import moved_place

    library, index, place = _open(workstation)
    with index:
        assert index.standby is not None
        index._storage.close()  # as a server gone with the handles (SMB): reads now fail
        os.replace(staff.share, away)
        answer = _answer(index)
        moved = moved_place(place, index)
    assert answer[0] > 0 and {h[1] for h in answer[1]} >= {i.id for i in library.issues[-2:]}
    assert moved.offline and moved.note_kind == "offline" and "local copy" in moved.note


def test_share_lost_while_the_index_opens_the_copy_stands_in(
    staff: Staff, workstation: Policy, away: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_load = SearchIndex._load

    def load_then_lose(index: SearchIndex) -> bool:
        if staff.share.exists() and index.root.parent == staff.share:
            os.replace(staff.share, away)  # between choosing the share and opening it
        return real_load(index)

    monkeypatch.setattr(SearchIndex, "_load", load_then_lose)
    _, index, place = _open(workstation)
    with index:
        assert place.offline and "local copy" in place.note
        assert _answer(index)[0] > 0


def test_share_lost_while_the_library_is_read_the_copy_stands_in(
    staff: Staff, workstation: Policy, away: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_read = library_module.read_bundle
    on_share = [p.name for p in sorted(staff.share.iterdir()) if not p.name.startswith(".")]

    def read_then_lose(path: Path, **kwargs: object):
        issue = real_read(path, **kwargs)
        if path.parent == staff.share:
            os.replace(staff.share, away)  # after the first of the share's bundles
        return issue

    monkeypatch.setattr(library_module, "read_bundle", read_then_lose)
    library = open_library(extra_folders=workstation.library_folders, public=True)
    shown = {i.id for i in library.issues}
    assert set(on_share) <= shown and not library.problems
    copy = mirror.mirror_dir(staff.share, app_dirs())
    assert all(library.issue(i).path.parent == copy for i in on_share)


def test_a_copy_interrupted_by_the_share_going_keeps_every_bundle(
    staff: Staff, workstation: Policy, away: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = mirror.mirror_dir(staff.share, app_dirs())
    before = sorted(p.name for p in copy.iterdir() if not p.name.startswith("."))
    staff.publish_issue(3)  # a new generation: the next refresh copies

    def listed_then_lose(items, **kwargs):  # mirror's ``sorted``: the share's listing
        listed = sorted(items, **kwargs)
        if listed and isinstance(listed[0], Path) and listed[0].parent == staff.share:
            os.replace(staff.share, away)  # listed, then gone before its bundles are read
        return listed

    monkeypatch.setattr(mirror, "sorted", listed_then_lose, raising=False)
    assert not mirror.refresh(staff.share, app_dirs())
    after = sorted(p.name for p in copy.iterdir() if not p.name.startswith("."))
    assert set(before) <= set(after)


def test_an_article_opened_after_the_share_went_is_read_from_the_local_copy(
    staff: Staff, away: Path
) -> None:
    """A staff machine follows the share (bodies read when opened); then the share goes."""
    assert mirror.refresh(staff.share, app_dirs())
    open_library(extra_folders=(staff.share,))  # writes the start-up catalogue
    library = open_library(extra_folders=(staff.share,))  # bodies now read when opened
    shared = [a for a in library.articles() if a.path and a.path.is_relative_to(staff.share)]
    assert shared
    article = shared[-1]
    expected = article.path.read_text(encoding="utf-8")
    os.replace(staff.share, away)
    body = article.body
    assert body and body in expected  # the body of the file, not "" without a word
