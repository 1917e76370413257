"""Raw files that used to hang the import, fill memory or slip through, via the real CLI."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cliutil import run_cli as cli
from tests.hostileutil import make_huge_article

#: Allowance over the query's own limit for process noise on a loaded machine.
SLACK_MS = 10_000


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _cli_with_memory_cap(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """The CLI with its address space capped: a regression must fail, not swamp the machine."""

    def cap() -> None:
        limit = 2 * 1024**3
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "reader_app.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        env=dict(os.environ),
        preexec_fn=cap,
        check=False,
    )


def _assert_refused(result: subprocess.CompletedProcess, path: Path | str, words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] and words in lines[0]
    assert "choose the issue's text file" in lines[0]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_import_of_dev_zero_is_refused_without_reading_it(app_home, empty_bundled):
    result = _cli_with_memory_cap("import", "/dev/zero")
    _assert_refused(result, "/dev/zero", "this is a device, not a file")
    assert snapshot(app_home / "data") == {}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_import_of_a_fifo_is_refused_without_waiting(tmp_path, app_home, empty_bundled):
    fifo = tmp_path / "issue.txt"
    os.mkfifo(fifo)
    # No writer ever opens the FIFO: a program that opens it to read waits forever.
    result = cli("import", str(fifo), timeout=60)
    _assert_refused(result, fifo, "this is a pipe (FIFO), not a file")
    dry = cli("import", "--dry-run", str(fifo), timeout=60)
    _assert_refused(dry, fifo, "pipe")
    assert snapshot(app_home / "data") == {}


def test_import_of_a_folder_is_refused(tmp_path, app_home, empty_bundled):
    folder = tmp_path / "issue-folder"
    folder.mkdir()
    result = cli("import", str(folder), timeout=60)
    _assert_refused(result, folder, "this is a folder")
    assert snapshot(app_home / "data") == {}


def test_search_over_a_huge_hand_edited_article_keeps_its_time_limit(bundled_copy):
    """A 1 MB article (hand-edited bundle): snippets once took minutes with timed_out false."""
    from reader_app.core.search.engine import TIME_LIMIT

    make_huge_article(bundled_copy)
    built = cli("index", "--rebuild", timeout=300)
    assert built.returncode == 0, built.stderr
    result = cli("search", "跨境", "--json", timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["total"] >= 1
    # All query work, snippets included, ends within the limit or says it was cut short.
    assert data["timed_out"] or data["took_ms"] <= TIME_LIMIT * 1000 + SLACK_MS
    huge = next(h for h in data["hits"] if h["title"].startswith("海南自贸港跨境电商"))
    assert "跨境" in huge["snippet"] and len(huge["snippet"]) < 1000
