"""The window over an index that is damaged or out of date (issue 9)."""

from __future__ import annotations

import fnmatch
import os

import pytest

from reader_app.core.machine.paths import app_dirs
from tests.test_index_states import INDEX_FILES


def _search(window, qtbot, text: str):
    window.actions_["search"].trigger()
    panel = window.search_panel
    panel.edit.setText(text)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.query == text, timeout=20000)
    return panel


@pytest.mark.parametrize(
    "damage", [os.urandom(64), b"\0" * 64, b""], ids=["random", "NUL", "empty"]
)
def test_damaged_pointer_window_searches_without_a_dialog(
    make_window, qtbot, message_boxes, damage
):
    assert (app_dirs().index / "CURRENT").is_file()  # make_window copied the built index
    (app_dirs().index / "CURRENT").write_bytes(damage)
    _window_searches(make_window, qtbot, message_boxes)


@pytest.mark.parametrize("kind", sorted(INDEX_FILES))
def test_garbage_in_any_index_file_window_searches_without_a_dialog(
    make_window, qtbot, message_boxes, kind
):
    root = app_dirs().index
    targets = [
        p for p in root.rglob("*") if fnmatch.fnmatch(str(p.relative_to(root)), INDEX_FILES[kind])
    ]
    assert targets
    for target in targets:
        target.write_bytes(os.urandom(4096))
    _window_searches(make_window, qtbot, message_boxes)


def _window_searches(make_window, qtbot, message_boxes) -> None:
    window = make_window()
    panel = _search(window, qtbot, "跨境电商")
    assert panel.result.total >= 3
    assert message_boxes == []
    assert "not available" not in window.status_label.text()


def test_read_only_stale_index_is_noted_in_the_status_bar(
    make_window, qtbot, message_boxes, tmp_path, monkeypatch
):
    from reader_app.core.app.session import open_library
    from reader_app.core.search import store
    from tests.conftest import SEED
    from tests.fixtures.compose import compose_issue

    raw = tmp_path / "new.txt"
    raw.write_bytes(compose_issue(SEED, 160)[0])
    new_id = open_library().import_file(raw).issue.id  # the index does not hold it yet
    # What os.access answers for a user who may not write the folder (tests run as root;
    # tests/test_index_states.py checks the same state as a real unprivileged user).
    monkeypatch.setattr(store, "is_writable", lambda root: False)
    window = make_window(language="en")
    assert "out of date" in window.status_label.text()
    assert "cannot be written" in window.status_label.text()
    panel = _search(window, qtbot, "跨境电商")
    assert new_id not in {hit.issue for hit in panel.result.hits}  # stale, as the note says
    assert message_boxes == []


def test_current_index_has_no_stale_note(make_window):
    window = make_window(language="en")
    assert "search is ready" in window.status_label.text()
    assert "out of date" not in window.status_label.text()
