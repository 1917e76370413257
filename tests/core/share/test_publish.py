"""Staff publish onto the share: bundle + immutable generation + pointer, lock, remove, prune."""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

import pytest

from reader_app.core.search import store
from reader_app.core.search.index import SearchIndex
from reader_app.core.share import publish, sharelock
from tests.cliutil import run_cli
from tests.core.share.shareutil import Staff, make_staff, tree_state


@pytest.fixture
def staff(tmp_path: Path) -> Staff:
    return make_staff(tmp_path)


def _gen(share: Path) -> Path:
    generation = store.current_generation(share / ".reader-index")
    assert generation is not None
    return generation


def _issues_in(generation: Path) -> set[str]:
    manifest = store.read_manifest(generation)
    assert manifest is not None
    return set(manifest["issues"])


def test_import_publishes_bundle_and_a_new_immutable_generation(staff: Staff) -> None:
    first = staff.publish_issue(1)
    assert (staff.share / first / "issue.toml").is_file()
    gen1 = _gen(staff.share)
    assert _issues_in(gen1) == {"2022-18", first}
    before = tree_state(gen1)

    second = staff.publish_issue(2)
    assert second != first
    gen2 = _gen(staff.share)
    assert gen2 != gen1 and _issues_in(gen2) == {"2022-18", first, second}
    assert tree_state(gen1) == before  # never changed once visible
    retired = json.loads((staff.share / ".reader-index" / "retired.json").read_text("utf-8"))
    assert gen1.name in retired  # kept for the workstations still reading it
    with SearchIndex.open(None, root=staff.share / ".reader-index") as index:
        assert {h.issue for h in index.search("锂电", limit=200).hits} >= {first, second}
    assert not list(staff.share.glob(".tmp-*"))
    assert not list((staff.share / ".reader-index").glob(".tmp-*"))
    assert not (staff.share / ".reader-index" / sharelock.LOCK_NAME).exists()


def test_retired_generations_go_after_24_hours_only(staff: Staff) -> None:
    staff.publish_issue(1)
    gen1 = _gen(staff.share)
    staff.publish_issue(2)
    gen2 = _gen(staff.share)
    root = staff.share / ".reader-index"
    assert publish._prune(root, gen2.name, now=time.time() + 23 * 3600) == []
    assert gen1.is_dir()
    assert publish._prune(root, gen2.name, now=time.time() + 25 * 3600) == [gen1.name]
    assert not gen1.exists() and gen2.is_dir()


def test_remove_and_replace_are_one_command(staff: Staff) -> None:
    first = staff.publish_issue(1)
    staff.publish_issue(2)
    result = staff.cli("remove", first)
    assert result.returncode == 0, result.stderr
    assert not (staff.share / first).exists()
    assert first not in _issues_in(_gen(staff.share))
    hidden = list(staff.share.glob(f".removed-{first}-*"))  # until no workstation reads it
    assert len(hidden) == 1
    again = staff.cli("remove", first)
    assert again.returncode == 4 and "no issue" in again.stderr and "Traceback" not in again.stderr

    replaced = staff.publish_issue(1)
    gen = _gen(staff.share)
    refused = staff.cli("import", str(staff.raw(1)))
    assert refused.returncode == 1 and "--replace" in refused.stderr
    assert _gen(staff.share) == gen
    result = staff.cli("import", str(staff.raw(1)), "--replace")
    assert result.returncode == 0, result.stderr
    assert "replaced" in result.stdout and replaced in _issues_in(_gen(staff.share))


def test_a_second_publisher_is_refused_with_one_line(staff: Staff) -> None:
    staff.publish_issue(1)
    before = tree_state(staff.share)
    with sharelock.publish_lock(staff.share / ".reader-index", wait=0):
        result = staff.cli("publish", "--wait", "0.5")
        busy = run_cli(
            "import",
            str(staff.raw(2)),
            env_extra={**staff.env(), publish.WAIT_ENV: "0.5"},  # not the 60 s an import waits
        )
    for out in (result, busy):
        assert out.returncode == 1
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and "is publishing to this share; nothing was changed" in lines[0]
        assert socket.gethostname() in lines[0]
    after = {k: v for k, v in tree_state(staff.share).items() if "publish.lock" not in k}
    assert after == {k: v for k, v in before.items() if "publish.lock" not in k}


@pytest.mark.parametrize(
    ("value", "seconds"), [("", 60.0), ("0.5", 0.5), ("0", 0.0), ("soon", 60.0), ("-1", 60.0)]
)
def test_how_long_a_publish_waits_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, value: str, seconds: float
) -> None:
    monkeypatch.setenv(publish.WAIT_ENV, value)
    assert publish.wait_seconds() == seconds


def test_a_stale_lock_of_a_dead_process_is_taken_over(staff: Staff) -> None:
    root = staff.share / ".reader-index"
    root.mkdir(parents=True)
    dead = {"host": socket.gethostname(), "pid": 2**22 + 7, "user": "x", "since": 0, "token": "t"}
    (root / sharelock.LOCK_NAME).write_text(json.dumps(dead), "utf-8")
    other_host = dict(dead, host="another-pc", pid=os.getpid())
    assert sharelock.is_stale(root / sharelock.LOCK_NAME)
    result = staff.cli("publish", "--wait", "0")
    assert result.returncode == 0, result.stderr
    (root / sharelock.LOCK_NAME).write_text(json.dumps(other_host), "utf-8")  # fresh, other PC
    assert not sharelock.is_stale(root / sharelock.LOCK_NAME)
    later = time.time() + sharelock.STALE_SECONDS + 1
    assert sharelock.is_stale(root / sharelock.LOCK_NAME, now=later)


def test_publishing_is_refused_where_the_policy_does_not_say_so(tmp_path: Path) -> None:
    result = run_cli("remove", "2023-60")
    assert result.returncode == 5 and "publish_library" in result.stderr
