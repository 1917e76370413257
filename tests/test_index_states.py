"""Index states that used to give wrong answers or a crash (issue 9), via the real CLI."""

from __future__ import annotations

import fnmatch
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader_app.core.machine.paths import app_dirs
from tests.cliutil import run_cli
from tests.conftest import SEED
from tests.fixtures.compose import compose_issue
from tests.unprivileged import User, unprivileged_user

#: Every kind of file a built index folder holds; a new kind must be added here (and healed).
INDEX_FILES = {
    "pointer": "CURRENT",
    "lock": "writer.lock",
    "manifest": "gen-*/manifest.json",
    "toc": "gen-*/_MAIN_*.toc",
    "segment": "gen-*/MAIN_*.*",  # plain segment files: terms, postings, columns
    "whoosh lock": "gen-*/MAIN_WRITELOCK",
}


def _index_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def _search_total(query: str = "跨境") -> int:
    result = run_cli("search", query, "--json")
    assert result.returncode == 0, result.stderr
    assert "internal error" not in result.stderr
    return json.loads(result.stdout)["total"]


@pytest.fixture
def built() -> Path:
    result = run_cli("index")
    assert result.returncode == 0, result.stderr
    return app_dirs().index


def test_every_index_file_kind_is_covered(built):
    assert _search_total() == 8  # the figure the damage tests expect
    kinds = list(INDEX_FILES.values())
    for name in _index_files(built):
        assert any(fnmatch.fnmatch(name, kind) for kind in kinds), f"unlisted index file {name}"


# Random bytes and a folder in every kind of file; an empty file where emptiness differs
# from garbage (the pointer, the manifest).
DAMAGES = [
    (kind, damage) for kind in sorted(INDEX_FILES) for damage in ("random bytes", "a folder")
]
DAMAGES += [("pointer", "empty"), ("manifest", "empty")]


@pytest.mark.parametrize(("kind", "damage"), DAMAGES)
def test_garbage_in_any_index_file_is_healed(built, kind, damage):
    expected = 8  # 跨境 in the bundled issue (checked against a sound index below)
    targets = [
        p for p in built.rglob("*") if fnmatch.fnmatch(str(p.relative_to(built)), INDEX_FILES[kind])
    ]
    assert targets, f"no {kind} file in {_index_files(built)}"
    content = {"random bytes": os.urandom(4096), "empty": b""}
    for target in targets:
        if damage == "a folder":
            target.unlink()
            target.mkdir()
            (target / "junk").write_bytes(os.urandom(100))
        else:
            target.write_bytes(content[damage])
    assert _search_total() == expected  # search answers, and answers right
    rebuilt = run_cli("index", "--rebuild")  # takes the writer lock, rewrites the pointer
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "internal error" not in rebuilt.stderr


# --------------------------------------------------------------- read-only folders


@pytest.fixture
def user() -> Iterator[User]:
    with unprivileged_user() as made:
        yield made


def _composed_issue(user: User, number: int) -> Path:
    raw = user.world / f"composed-{number}.txt"
    raw.write_bytes(compose_issue(SEED, number)[0])
    return raw


def test_read_only_index_folder_says_the_index_is_out_of_date(user):
    home = user.home
    home.mkdir()
    user.give(home)
    built = user.cli("index")
    assert built.returncode == 0, built.stderr
    index_root = home / "cache" / "index"
    for folder in [index_root, *index_root.rglob("*")]:
        if folder.is_dir():
            folder.chmod(0o555)
    raw = _composed_issue(user, 150)
    # The import itself succeeds (the library is writable); its index update cannot.
    imported = user.cli("import", str(raw), "--json")
    assert imported.returncode == 0, imported.stderr
    assert "internal error" not in imported.stderr and "Traceback" not in imported.stderr
    assert "out of date" in imported.stderr and "read-only" in imported.stderr  # said at once
    new_id = json.loads(imported.stdout)["imports"][0]["issue"]
    listing = json.loads(user.cli("list", "--json").stdout)["issues"]
    held = sum(len(issue["articles"]) for issue in listing)

    search = user.cli("search", "跨境", "--issue", new_id, "--json")
    assert search.returncode == 0, search.stderr  # exit code unchanged
    data = json.loads(search.stdout)
    assert data["total"] == 0  # the stale index does not hold the new issue ...
    assert data["index_stale"] is True  # ... and says so, with the reason
    assert "read-only" in data["index_stale_reason"]
    warning = [line for line in search.stderr.splitlines() if "out of date" in line]
    assert len(warning) == 1 and f"the library holds {held}" in warning[0]

    index = user.cli("index")
    assert index.returncode == 0, index.stderr
    assert "out of date" in index.stderr and f"the library holds {held}" in index.stderr
    assert str(index_root) in index.stderr and "read-only" in index.stderr


def _temp_indexes(user: User) -> list[str]:
    return sorted(p.name for p in user.temp.iterdir() if "index" in p.name)


def test_read_only_user_folder_leaves_no_index_in_the_temp_folder(user):
    user.home.mkdir(mode=0o555)  # the user cannot write there (and does not own it as root)
    for _run in range(2):
        search = user.cli("search", "跨境", "--json")
        assert search.returncode == 0, search.stderr
        assert json.loads(search.stdout)["total"] > 0
        assert _temp_indexes(user) == []  # removed at exit


def test_session_indexes_of_dead_processes_are_removed_at_start(user):
    import signal
    import subprocess

    user.home.mkdir(mode=0o555)  # read-only for the user: the index goes to the temp folder
    legacy = user.temp / "reader-index-abc123"  # what earlier versions left, never removed
    (legacy / "gen-x").mkdir(parents=True)
    (legacy / "CURRENT").write_text("gen-x\n")
    user.give(legacy)
    reader = user.popen(
        "search", "-", stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    reader.stdin.write(b"\xe8\xb7\xa8\xe5\xa2\x83\n")  # 跨境
    reader.stdin.flush()
    assert json.loads(reader.stdout.readline())["total"] > 0  # its index is built and in use
    alive = [name for name in _temp_indexes(user) if name.startswith("reader-app-index-")]
    assert len(alive) == 1
    long_ago = time.time() - 3 * 24 * 3600
    os.utime(user.temp / alive[0], (long_ago, long_ago))  # old: only its lock protects it
    check = user.cli("search", "跨境", "--json")  # a second instance leaves the live one alone
    assert check.returncode == 0, check.stderr
    assert (user.temp / alive[0]).is_dir()

    reader.send_signal(signal.SIGKILL)  # dies without running its exit handlers
    reader.wait(timeout=30)
    reader.stdin.close()
    reader.stdout.close()
    for name in _temp_indexes(user):
        os.utime(user.temp / name, (long_ago, long_ago))
    assert _temp_indexes(user) == sorted([alive[0], legacy.name])

    search = user.cli("search", "跨境", "--json")
    assert search.returncode == 0, search.stderr
    assert _temp_indexes(user) == []
