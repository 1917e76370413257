"""Workstations follow the share read-only, as ``nobody``: the share's permissions really bind.

Real processes: the publisher is the CLI as root; workstations are CLI processes
running as another user, kept open (``search -`` answers one query per line)
while the staff machine publishes and while the share is pulled and restored.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader_app.core.search import store
from tests.cliutil import run_cli
from tests.core.share.shareutil import Staff, make_staff, tree_state, workstation_policy
from tests.unprivileged import User, unprivileged_user


@pytest.fixture
def room() -> Iterator[tuple[User, Staff]]:
    with unprivileged_user() as user:
        staff = make_staff(user.world)
        user.home.mkdir()
        user.give(user.home)  # the workstation account's own profile (cache, settings)
        user.env["READER_APP_POLICY"] = str(workstation_policy(user.world, staff.share))
        yield user, staff


def _ask(process: subprocess.Popen, query: str) -> dict:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(query + "\n")
    process.stdin.flush()
    return json.loads(process.stdout.readline())


def _workstation(user: User) -> subprocess.Popen:
    return user.popen(
        "search", "-", "--limit", "200",
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, encoding="utf-8",
    )  # fmt: skip


def _issues(result: subprocess.CompletedProcess) -> set[str]:
    assert result.returncode == 0, result.stderr
    return {hit["issue"] for hit in json.loads(result.stdout)["hits"]}


def test_workstation_opens_the_published_index_read_only(room: tuple[User, Staff]) -> None:
    user, staff = room
    issue = staff.publish_issue(1)
    before = tree_state(staff.share)
    result = user.cli("search", "锂电", "--json", "--limit", "200")
    assert issue in _issues(result)
    assert "note:" not in result.stderr and "warning" not in result.stderr
    assert tree_state(staff.share) == before  # nothing written under the share
    assert not (user.home / "cache" / "index").exists()  # no local indexing
    assert not [p for p in user.temp.iterdir() if p.name.startswith("reader-app-index-")]
    assert (user.home / "cache" / "share-mirror").is_dir()  # the local copy, in the cache


def test_workstations_keep_answering_while_staff_publish(room: tuple[User, Staff]) -> None:
    user, staff = room
    first = staff.publish_issue(1)
    readers = [_workstation(user) for _ in range(3)]
    try:
        for reader in readers:
            assert first in {h["issue"] for h in _ask(reader, "锂电")["hits"]}
        publisher = subprocess.Popen(
            [*_cli(), "import", str(staff.raw(2)), "--json"],
            env={**os.environ, **staff.env()}, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        window = subprocess.Popen(  # a workstation window starting meanwhile (offscreen)
            [*user.prefix, sys.executable, "-m", "reader_app", "--smoke-test", "锂电"],
            env={**user.env, "QT_QPA_PLATFORM": "offscreen"},
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        )  # fmt: skip
        answered = 0
        while publisher.poll() is None or answered < 6:
            for reader in readers:
                result = _ask(reader, "锂电")
                assert result["total"] > 0 and first in {h["issue"] for h in result["hits"]}
                answered += 1
        out, _ = publisher.communicate(timeout=300)
        assert publisher.returncode == 0
        shown, err = window.communicate(timeout=300)
        assert window.returncode == 0, err
        assert json.loads(shown.strip().splitlines()[-1])["hits"] > 0
        second = json.loads(out)["imports"][0]["issue"]
    finally:
        for reader in readers:
            _, err = reader.communicate(timeout=60)
            assert reader.returncode == 0, err
    assert second in _issues(user.cli("search", "锂电", "--json", "--limit", "200"))


def _cli() -> list[str]:
    return [sys.executable, "-m", "reader_app.cli"]


@pytest.mark.parametrize("pull", ["rename", "permissions"])
def test_share_pulled_mid_search_and_start_then_restored(
    room: tuple[User, Staff], pull: str
) -> None:
    user, staff = room
    issue = staff.publish_issue(1)
    reader = _workstation(user)
    try:
        assert issue in {h["issue"] for h in _ask(reader, "锂电")["hits"]}
        away = staff.share.with_name("share-away")
        if pull == "rename":
            os.replace(staff.share, away)
        else:
            staff.share.chmod(0o700)  # the workstation account lost its rights
        result = _ask(reader, "锂电")  # mid-search: the open process keeps answering
        assert issue in {h["issue"] for h in result["hits"]}
        started = user.cli("search", "锂电", "--json", "--limit", "200")  # mid-start
        assert issue in _issues(started)
        assert "cannot be reached; showing the local copy" in started.stderr
        listed = user.cli("list")
        assert issue in listed.stdout
    finally:
        if pull == "rename":
            os.replace(away, staff.share)
        staff.share.chmod(0o755)
        _, err = reader.communicate(timeout=60)
        assert reader.returncode == 0, err
    back = user.cli("search", "锂电", "--json", "--limit", "200")
    assert issue in _issues(back) and "local copy" not in back.stderr


def test_share_without_published_index_falls_back_and_says_why(tmp_path: Path, share: Path) -> None:
    policy = workstation_policy(tmp_path, share, "ws.toml")
    result = run_cli("search", "锂电", "--json", env_extra={"READER_APP_POLICY": str(policy)})
    assert "2099-01" in _issues(result)
    assert (
        "no published search index" in result.stderr and "reader-app-cli publish" in result.stderr
    )


def test_index_of_another_app_version_falls_back_and_says_why(tmp_path: Path) -> None:
    staff = make_staff(tmp_path)
    issue = staff.publish_issue(1)
    generation = store.current_generation(staff.share / ".reader-index")
    assert generation is not None
    manifest = json.loads((generation / store.MANIFEST).read_text("utf-8"))
    manifest["schema"] = -1  # as an older app version stamped it
    (generation / store.MANIFEST).write_text(json.dumps(manifest), "utf-8")
    before = tree_state(staff.share)
    policy = workstation_policy(tmp_path, staff.share, "ws.toml")
    result = run_cli("search", "锂电", "--json", "--limit", "200",
                     env_extra={"READER_APP_POLICY": str(policy)})  # fmt: skip
    assert issue in _issues(result)  # indexed on this machine, as before
    assert "another version of the app" in result.stderr
    assert tree_state(staff.share) == before
    shutil.rmtree(tmp_path / "raws")


@pytest.mark.parametrize("delay", [0.05, 0.3, 1.0])
def test_share_pulled_while_a_workstation_starts(room: tuple[User, Staff], delay: float) -> None:
    """Whichever moment of the start loses the share, the first answer has the hits."""
    user, staff = room
    issue = staff.publish_issue(1)
    assert issue in _issues(user.cli("search", "锂电", "--json"))  # yesterday: the copy exists
    away = staff.share.with_name("share-away")
    reader = _workstation(user)
    try:
        time.sleep(delay)  # the process is importing, reading the library or opening the index
        os.replace(staff.share, away)
        result = _ask(reader, "锂电")
    finally:
        os.replace(away, staff.share)
        _, err = reader.communicate(timeout=60)
    assert reader.returncode == 0 and "Traceback" not in err, err
    assert result["total"] > 0 and issue in {h["issue"] for h in result["hits"]}
    assert "warning" not in err, err  # never "index not available", never an empty answer
    # Either the share was read in full before it went (its files are held open), or the
    # local copy answered, and then the workstation said so.
    assert "note:" not in err or "cannot be reached; showing the local copy" in err, err


@pytest.mark.parametrize("delay", [0.5, 0.8, 1.2])
def test_share_pulled_while_a_workstation_window_starts(
    room: tuple[User, Staff], delay: float
) -> None:
    """The window (offscreen) in the same race: its first search shows the hits."""
    user, staff = room
    issue = staff.publish_issue(1)
    assert issue in _issues(user.cli("search", "锂电", "--json"))  # yesterday: the copy exists
    away = staff.share.with_name("share-away")
    window = subprocess.Popen(
        [*user.prefix, sys.executable, "-m", "reader_app", "--smoke-test", "锂电"],
        env={**user.env, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )  # fmt: skip
    try:
        time.sleep(delay)  # importing Qt, reading the library or opening the index
        os.replace(staff.share, away)
        shown, err = window.communicate(timeout=300)
    finally:
        os.replace(away, staff.share)
    assert window.returncode == 0 and "Traceback" not in err, err
    assert json.loads(shown.strip().splitlines()[-1])["hits"] > 0
