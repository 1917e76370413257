"""The machine policy applied to the window: forbidden actions hidden, idle reset started.

Kept out of the main window so the window stays about reading; this module only
switches its actions and drives its existing navigation methods.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog

from reader_app.gui.shell.idle import IdleWatcher

if TYPE_CHECKING:
    from reader_app.gui.shell.mainwindow import MainWindow

log = logging.getLogger(__name__)


def apply_policy(window: MainWindow) -> IdleWatcher | None:
    """Hide what the policy forbids (the actions' table says which policy action governs
    each one); on a public workstation, start the idle reset."""
    policy = window.policy
    window.actions_.apply_policy(policy)
    timeout = policy.idle_reset_ms
    if timeout is None:
        return None
    watcher = IdleWatcher(timeout, window)
    watcher.idle.connect(lambda: reset_window(window))
    log.info("public workstation: the window resets after %d s without input", timeout // 1000)
    return watcher


def reset_window(window: MainWindow) -> None:
    """Back to what the next patron should see: the start page, nothing of the last one.

    Each part of the window clears its own state on ``hub.resetRequested``.
    """
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()  # a question, the print dialog or Go to Page left open
    window.hub.resetRequested.emit()
    log.info("idle reset: back to the start page")
