"""The window follows its own user library: an issue imported by the CLI shows live."""

from __future__ import annotations

import json
from pathlib import Path

from reader_app.core.machine.paths import app_dirs
from reader_app.gui.library.librarymodel import ID_ROLE, KIND_ROLE
from reader_app.gui.library.userwatch import snapshot
from tests.cliutil import run_cli
from tests.conftest import SEED
from tests.fixtures.compose import compose_issue


def _tree_issue_ids(window) -> set[str]:
    """The issue rows the tree shows (years are the top rows)."""
    model = window.library_page.model
    found = set()
    for year in range(model.rowCount()):
        parent = model.index(year, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(KIND_ROLE) == "issue":
                found.add(index.data(ID_ROLE))
    return found


def test_cli_import_shows_in_an_open_window(window, qtbot, tmp_path: Path) -> None:
    before = {i.id for i in window.library.issues}
    raw = tmp_path / "raw1.txt"
    raw.write_bytes(compose_issue(SEED, 1)[0])

    result = run_cli("import", str(raw), "--json")  # the same READER_APP_HOME as the window
    assert result.returncode == 0, result.stderr
    new = json.loads(result.stdout)["imports"][0]["issue"]
    assert new not in before

    qtbot.waitUntil(lambda: new in _tree_issue_ids(window), timeout=30000)
    assert window.user_watch.generation == 1
    qtbot.waitUntil(lambda: window.index_ready, timeout=30000)
    hits = window.search.search("锂电", limit=300).hits
    assert new in {h.issue for h in hits}  # indexed too, not only listed


def test_a_folder_without_an_issue_file_is_not_read(window) -> None:
    """A folder being made (no issue file yet) is no library change."""
    watch = window.user_watch
    folder = app_dirs().user_issues
    assert watch.folder == folder
    (folder / "not-a-bundle").mkdir(parents=True)  # no issue file: not a bundle
    watch.check()
    assert watch.generation == 0
    assert snapshot(folder) == {}
