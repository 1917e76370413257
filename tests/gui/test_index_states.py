"""The window over an index that is damaged or out of date (issue 9)."""

from __future__ import annotations

import os

import pytest

from reader_app.core.paths import app_dirs
from tests.gui.conftest import needs_search

pytestmark = needs_search


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
    window = make_window()
    panel = _search(window, qtbot, "跨境电商")
    assert panel.result.total >= 3
    assert message_boxes == []
    assert "not available" not in window.status_label.text()
