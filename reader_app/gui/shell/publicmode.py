"""The machine policy applied to the window: forbidden actions hidden, idle reset started.

Kept out of the main window so the window stays about reading; this module only
switches its actions and drives its existing navigation methods.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog

from reader_app.core.machine.policy import Action
from reader_app.gui.shell.idle import IdleWatcher

if TYPE_CHECKING:
    from reader_app.core.machine.policy import Policy
    from reader_app.gui.shell.mainwindow import MainWindow

log = logging.getLogger(__name__)


#: Window actions the machine policy rules on, by their policy Action (same name).
POLICED = {action.value: action for action in Action}


def action_allowed(policy: Policy, name: str) -> bool:
    """Whether the window action ``name`` may run (actions the policy does not name: yes)."""
    action = POLICED.get(name)
    return action is None or policy.allows(action)


def apply_policy(window: MainWindow) -> IdleWatcher | None:
    """Hide what the policy forbids; on a public workstation, start the idle reset."""
    policy = window.policy
    actions = window.actions_
    for name in ("import", "export_pdf", "print", "export_original", "print_original",
                 "batch_print", "batch_export", "statistics"):  # fmt: skip
        if not action_allowed(policy, name):
            actions[name].setEnabled(False)
            actions[name].setVisible(False)
    if not policy.allows(Action.CHANGE_LANGUAGE):
        for action in actions.languages.values():
            action.setEnabled(False)
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
