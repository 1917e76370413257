"""Error dialogs say what happened in words (issue 9)."""

from __future__ import annotations

import errno

from reader_app.gui.base.errors import show_error


def test_os_error_dialog_is_in_words(window, message_boxes):
    path = "/srv/library/" + "x" * 5000 + "/issue.toml"
    show_error(window, PermissionError(errno.EACCES, "Permission denied", path))
    [(kind, text)] = message_boxes
    assert kind == "critical"
    assert "Permission denied" in text and "[Errno" not in text
    assert len(text) < 1000  # the path is shortened
