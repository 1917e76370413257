"""Where the index lives: the shipped one read-only, a seeded copy, or where the policy says."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader_app.core.app import indexplace
from reader_app.core.app.session import open_library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Policy
from reader_app.core.search import tempindex
from tests.fsutil import tree_state

SearchIndex = pytest.importorskip("reader_app.core.search.index").SearchIndex

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shipped_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A prebuilt index of the bundled issues, as packaging/build.py makes it."""
    root = tmp_path_factory.mktemp("shipped") / "index"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("READER_APP_HOME", str(root.parent / "home"))
        mp.delenv("READER_APP_BUNDLED_ISSUES", raising=False)
        with SearchIndex.open(open_library(), root=root):
            pass
    return root


@pytest.fixture
def shipped(shipped_source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the shipped index, installed as the bundle's ``index/``."""
    root = tmp_path / "install" / "index"
    shutil.copytree(shipped_source, root)
    monkeypatch.setattr(indexplace, "bundled_index_dir", lambda: root)
    return root


def no_full_build(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self, progress=None):
        raise AssertionError("the shipped issues were indexed again")

    monkeypatch.setattr(SearchIndex, "build", refuse)


def test_bundled_library_uses_the_shipped_index_read_only(
    shipped: Path, app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_full_build(monkeypatch)
    before = tree_state(shipped)
    library = open_library()
    index, place = indexplace.open_index(library, Policy(), app_dirs())
    with index:
        assert place.shipped and place.root == shipped
        assert index.search("锂电").hits
    assert tree_state(shipped) == before
    assert not app_dirs().index.exists()  # no index built in the cache (a catalogue may be)


def test_extra_issues_seed_the_user_index_from_the_shipped_one(
    shipped: Path, share: Path, app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_full_build(monkeypatch)
    before = tree_state(shipped)
    library = open_library(extra_folders=[share])
    index, place = indexplace.open_index(library, Policy(), app_dirs())
    with index:
        assert place.root == app_home / "cache" / "index" and place.seeded
        assert {hit.issue for hit in index.search("锂电").hits} >= {"2022-18", "2099-01"}
    assert tree_state(shipped) == before


def test_public_workstation_indexes_the_share_outside_the_profile(
    shipped: Path, share: Path, app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempindex, "_session", None)
    share_before, shipped_before = tree_state(share), tree_state(shipped)
    policy = Policy(public_mode=True, library_folders=(share,))
    library = open_library(extra_folders=policy.library_folders, public=policy.public_mode)
    index, place = indexplace.open_index(library, policy, app_dirs())
    with index:
        assert not place.root.is_relative_to(app_home)
        assert "2099-01" in {hit.issue for hit in index.search("锂电").hits}
    assert tree_state(share) == share_before
    assert tree_state(shipped) == shipped_before
    assert not app_home.exists()
    shutil.rmtree(place.root)


def test_policy_index_dir_wins(shipped: Path, tmp_path: Path) -> None:
    policy = Policy(index_dir=tmp_path / "it-index")
    index, place = indexplace.open_index(open_library(), policy, app_dirs())
    with index:
        assert place.root == tmp_path / "it-index"
        assert index.doc_count() > 0


def test_a_damaged_shipped_index_is_not_repaired_in_place(shipped: Path, app_home: Path) -> None:
    (shipped / "CURRENT").write_text("gen-missing\n", encoding="utf-8")
    before = tree_state(shipped)
    index, place = indexplace.open_index(open_library(), Policy(), app_dirs())
    with index:
        assert place.root == app_home / "cache" / "index"
        assert index.search("锂电").hits
    assert tree_state(shipped) == before


def test_no_shipped_index_builds_in_the_cache(
    tmp_path: Path, app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indexplace, "bundled_index_dir", lambda: tmp_path / "nothing")
    index, place = indexplace.open_index(open_library(), Policy(), app_dirs())
    with index:
        assert place.root == app_home / "cache" / "index" and not place.seeded
        assert index.doc_count() > 0


def test_unusable_policy_index_dir_falls_back_outside_the_profile(
    shipped: Path, share: Path, tmp_path: Path, app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A policy index_dir that is empty and read-only must not push writes into the profile."""
    monkeypatch.setattr(tempindex, "_session", None)
    monkeypatch.setattr(indexplace, "_writable", lambda root: False)  # tests run as root
    policy = Policy(public_mode=True, index_dir=tmp_path / "nowhere", library_folders=(share,))
    library = open_library(extra_folders=policy.library_folders, public=policy.public_mode)
    index, place = indexplace.open_index(library, policy, app_dirs())
    with index:
        assert place.root != tmp_path / "nowhere"
        assert index.search("锂电").hits
    assert not app_home.exists()
    shutil.rmtree(place.root)
