"""The session is the one object a run opens: policy, folders, library, search, follower.

Real bundles on disk, real Whoosh indexes under each session's own folders; no global
holds a session, so two of them in one process see nothing of each other.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from reader_app.core.app.session import Session
from reader_app.core.machine import startup
from reader_app.core.machine.paths import AppDirs
from reader_app.core.machine.policy import Policy
from tests.conftest import REPO


def _dirs(root: Path) -> AppDirs:
    return AppDirs(root / "data", root / "cache", root / "config", root / "log")


def _add_issue(dirs: AppDirs, issue_id: str) -> None:
    """The seed bundle under another id in the user's own issues (as an import leaves it)."""
    target = dirs.user_issues / issue_id
    shutil.copytree(REPO / "issues" / "2022-18", target)
    toml = target / "issue.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('id = "2022-18"', f'id = "{issue_id}"', 1), encoding="utf-8")


def test_two_sessions_with_different_homes_see_only_their_own_library(tmp_path: Path) -> None:
    one, two = _dirs(tmp_path / "one"), _dirs(tmp_path / "two")
    _add_issue(one, "2099-01")
    _add_issue(two, "2099-02")
    first, second = Session(Policy(), one), Session(Policy(), two)
    try:
        first_ids = {i.id for i in first.library.issues}
        second_ids = {i.id for i in second.library.issues}
        assert "2099-01" in first_ids and "2099-02" not in first_ids
        assert "2099-02" in second_ids and "2099-01" not in second_ids
        assert "2022-18" in first_ids & second_ids  # the bundled issue is every session's

        hits = {
            name: {hit.issue for hit in session.search.search("自贸试验区").hits}
            for name, session in (("first", first), ("second", second))
        }
        assert "2099-01" in hits["first"] and "2099-02" not in hits["first"]
        assert "2099-02" in hits["second"] and "2099-01" not in hits["second"]
        # each index is derived under its own session's cache, none under the other's
        for session, other in ((first, second), (second, first)):
            place = session.search.place
            assert place is not None
            assert place.root.is_relative_to(session.dirs.cache)
            assert not place.root.is_relative_to(other.dirs.cache)
    finally:
        first.close()
        second.close()


def test_the_library_and_search_are_opened_once_per_session(tmp_path: Path) -> None:
    session = Session(Policy(), _dirs(tmp_path / "home"))
    assert session.library is session.library
    assert session.search is session.search
    assert session.search.library is session.library
    assert session.search.policy is session.policy
    assert session.open_library() is not session.library  # a fresh one when asked
    session.close()


def test_a_public_session_keeps_no_catalogue_and_a_staff_one_does(tmp_path: Path) -> None:
    dirs = _dirs(tmp_path / "home")
    staff = Session(Policy(), dirs)
    public = staff.public()
    assert public.policy.public_mode and not staff.policy.public_mode
    assert public.dirs == staff.dirs
    assert public.library.catalogue is None
    assert not (dirs.cache / "catalogue").exists()  # a public start writes no catalogue
    assert staff.library.catalogue is not None
    assert (dirs.cache / "catalogue").exists()


def test_the_policy_shares_are_followed_from_the_sessions_folders(
    tmp_path: Path, share: Path
) -> None:
    dirs = _dirs(tmp_path / "home")
    session = Session(Policy(library_folders=(share,)), dirs)
    assert session.shares == (share,)
    assert "2099-01" in {i.id for i in session.library.issues}
    follower = session.follower()
    assert follower is not None
    assert Session(Policy(), dirs).follower() is None  # nothing to follow


def test_a_session_built_by_a_test_takes_its_library_ready_made(tmp_path: Path) -> None:
    made = Session(Policy(), _dirs(tmp_path / "made")).library
    session = Session(Policy(public_mode=True), _dirs(tmp_path / "other"), library=made)
    assert session.library is made
    assert session.search.library is made


def test_the_session_fixture_is_the_tests_home_and_policy(
    session: Session, app_home: Path, tmp_path: Path
) -> None:
    assert session.dirs.data.is_relative_to(app_home)
    assert not session.policy.public_mode  # no policy file written by this test
    assert session.library.folders[-1].path == session.dirs.user_issues


def test_no_process_global_holds_the_runs_policy() -> None:
    """The entry points hand their session down; the old module global is gone."""
    assert not hasattr(startup, "_current")
    assert not hasattr(startup, "current")
