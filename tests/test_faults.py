"""Whole-program faults: a killed indexer, two instances at once (issue 6)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader_app.core.app.session import open_library
from tests.cliutil import run_cli as _cli
from tests.conftest import SEED
from tests.fixtures.compose import compose_issue


def _search_totals(queries: list[str]) -> list[int]:
    result = _cli("search", "-", "--json", stdin="\n".join(queries) + "\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(queries)
    return [json.loads(line)["total"] for line in lines]


@pytest.fixture
def bigger_library(tmp_path: Path) -> int:
    """The seed plus composed issues in the user library: indexing takes a while."""
    library = open_library()
    for n in range(12):
        raw = tmp_path / f"composed-{n}.txt"
        raw.write_bytes(compose_issue(SEED, 100 + n)[0])
        library.import_file(raw, replace=True)
    return sum(len(i.articles) for i in open_library().issues)


QUERIES = ["跨境", "锂电", "PM2.5", '"金融加速器"', "海南 自贸港", "title:上海"]


def test_indexer_killed_mid_write_recovers_by_itself(bigger_library):
    assert bigger_library > 500
    assert _cli("index").returncode == 0  # a previous, complete index exists
    indexer = subprocess.Popen(
        [sys.executable, "-m", "reader_app.cli", "index", "--rebuild"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Wait until it is writing (it reports progress), then kill it without warning.
    deadline = time.monotonic() + 120
    seen = ""
    while time.monotonic() < deadline and "/" not in seen:
        seen += indexer.stderr.read(1)
    time.sleep(0.3)
    indexer.send_signal(signal.SIGKILL)
    indexer.wait(timeout=30)
    indexer.stderr.close()
    assert indexer.returncode == -signal.SIGKILL

    after_crash = _search_totals(QUERIES)  # the next start needs no help
    assert all(total > 0 for total in after_crash)
    rebuilt = _cli("index", "--rebuild")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert _search_totals(QUERIES) == after_crash


def test_two_instances_one_importing(tmp_path):
    """A search loop runs while another process imports and replaces issues."""
    raws = []
    for n in range(4):
        raw = tmp_path / f"composed-{n}.txt"
        raw.write_bytes(compose_issue(SEED, 200 + n)[0])
        raws.append(str(raw))
    script = (
        "import sys\n"
        "from reader_app.cli import main\n"
        "for round_ in range(2):\n"
        "    code = main(['import', '--replace', *sys.argv[1:]])\n"
        "    if code:\n"
        "        sys.exit(code)\n"
        "    main(['index'])\n"
    )
    importer = subprocess.Popen(
        [sys.executable, "-c", script, *raws],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    searches = 0
    while importer.poll() is None or searches < 3:
        result = _cli("search", "跨境", "--json")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["total"] >= 1
        listed = _cli("list", "--json")
        assert listed.returncode == 0, listed.stderr
        json.loads(listed.stdout)
        searches += 1
    assert importer.wait(timeout=300) == 0, importer.stderr.read()
    importer.stderr.close()
    assert _cli("verify").returncode == 0
    issues = open_library().issues
    assert len(issues) == 5 and not any(p for i in issues for p in i.problems)
    assert _search_totals(["跨境"])[0] >= 5
    leftovers = [
        p.name for p in (Path(os.environ["READER_APP_HOME"]) / "data" / "issues").iterdir()
    ]
    assert not [name for name in leftovers if name.startswith((".tmp-", ".old-"))]


def test_disk_full_while_indexing_keeps_the_previous_index(tmp_path, monkeypatch, caplog):
    import errno

    from reader_app.core.search import store
    from reader_app.core.search.index import SearchIndex

    SearchIndex.open(open_library()).close()  # the previous, complete index
    raw = tmp_path / "composed.txt"
    raw.write_bytes(compose_issue(SEED, 321)[0])
    library = open_library()
    new_issue = library.import_file(raw).issue
    real_writer_for = store.writer_for

    def full_disk_writer(generation):
        writer = real_writer_for(generation)

        def commit(*args, **kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")

        writer.commit = commit
        return writer

    with monkeypatch.context() as patch:
        patch.setattr(store, "writer_for", full_disk_writer)
        with SearchIndex.open(library) as index:  # ensure(): the update fails
            result = index.search("跨境", limit=100)
            assert result.total > 0  # the previous index still answers
            assert {h.issue for h in result.hits} == {"2022-18"}
    assert any("Cannot update the search index" in r.message for r in caplog.records)
    with SearchIndex.open(open_library()) as index:  # space again: the update goes through
        assert new_issue.id in {h.issue for h in index.search("跨境", limit=100).hits}


def test_index_that_cannot_be_written_is_a_clear_cli_error(monkeypatch, capsys):
    import errno

    from reader_app.cli import main
    from reader_app.core.search import store

    def read_only(root):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(store, "new_generation", read_only)
    assert main(["index", "--rebuild"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot write the search index" in err[0] and "Traceback" not in err[0]
