"""Index states that used to give wrong answers or a crash (issue 9), via the real CLI."""

from __future__ import annotations

import fnmatch
import json
import os
from pathlib import Path

import pytest

from reader_app.core.paths import app_dirs
from tests.cliutil import run_cli

#: Every kind of file a built index folder holds; a new kind must be added here (and healed).
INDEX_FILES = {
    "pointer": "CURRENT",
    "lock": "writer.lock",
    "manifest": "gen-*/manifest.json",
    "toc": "gen-*/_MAIN_*.toc",
    "segment": "gen-*/MAIN_*.seg",
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
    kinds = list(INDEX_FILES.values())
    for name in _index_files(built):
        assert any(fnmatch.fnmatch(name, kind) for kind in kinds), f"unlisted index file {name}"


@pytest.mark.parametrize("damage", ["random bytes", "empty", "NUL bytes"])
@pytest.mark.parametrize("kind", sorted(INDEX_FILES))
def test_garbage_in_any_index_file_is_healed(built, kind, damage):
    expected = _search_total()
    assert expected > 0
    targets = [
        p for p in built.rglob("*") if fnmatch.fnmatch(str(p.relative_to(built)), INDEX_FILES[kind])
    ]
    assert targets, f"no {kind} file in {_index_files(built)}"
    content = {"random bytes": os.urandom(4096), "empty": b"", "NUL bytes": b"\0" * 300}[damage]
    for target in targets:
        target.write_bytes(content)
    assert _search_total() == expected  # search answers, and answers right
    index = run_cli("index")
    assert index.returncode == 0, index.stderr
    assert "internal error" not in index.stderr
    assert _search_total() == expected


def test_a_folder_in_place_of_the_pointer_is_healed(built):
    expected = _search_total()
    pointer = built / "CURRENT"
    pointer.unlink()
    pointer.mkdir()
    (pointer / "junk").write_bytes(os.urandom(100))
    assert _search_total() == expected
    assert pointer.is_file()
