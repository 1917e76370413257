"""The machine policy applied to the window: forbidden actions hidden, idle reset started.

Kept out of the main window so the window stays about reading; this module only
switches its actions and drives its existing navigation methods.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog

from reader_app.gui.history import History
from reader_app.gui.idle import IdleWatcher
from reader_app.gui.settings import ZOOM_DEFAULT

if TYPE_CHECKING:
    from reader_app.gui.mainwindow import MainWindow
    from reader_app.gui.policy import Policy

log = logging.getLogger(__name__)


def allowed(policy: Policy, action: str) -> bool:
    """Whether the policy lets ``action`` run at all (the window adds its own conditions)."""
    switches = {
        "import": policy.allow_import,
        "export_pdf": policy.allow_export and policy.allow_file_dialogs,
        "print": policy.allow_printing,
        "export_original": policy.allow_export and policy.allow_file_dialogs,
        "print_original": policy.allow_printing,
        "batch_print": policy.allow_printing,
        "batch_export": policy.allow_export and policy.allow_file_dialogs,
        "statistics": not policy.public,  # staff only
    }
    return switches.get(action, True)


def apply_policy(window: MainWindow) -> IdleWatcher | None:
    """Hide what the policy forbids; on a public workstation, start the idle reset."""
    policy = window.policy
    actions = window.actions_
    for name in ("import", "export_pdf", "print", "export_original", "print_original",
                 "batch_print", "batch_export", "statistics"):  # fmt: skip
        if not allowed(policy, name):
            actions[name].setEnabled(False)
            actions[name].setVisible(False)
    if policy.language or not policy.allow_settings:
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
    """Back to what the next patron should see: the start page, nothing of the last one."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()  # a question, the print dialog or Go to Page left open
    panel = window.search_panel
    panel.expand.blockSignals(True)
    panel.expand.setChecked(True)  # related terms on again for the next patron
    panel.expand.blockSignals(False)
    panel.edit.clear()
    panel.run_now()  # an empty query clears results, count and facets
    window.filter.clear()
    window.find_bar.hide()
    window.set_original_view(False)
    window.original.set_zoom(ZOOM_DEFAULT)
    window.bookmarks.set_ids([])
    window.set_zoom(ZOOM_DEFAULT)
    window.history = History()
    window.tabs.setCurrentIndex(0)
    window.tree.collapseAll()
    window.tree.expandToDepth(1)
    if window.library.issues:
        window.open_issue(window.library.issues[-1].id)  # the start page, as at launch
    window.view.verticalScrollBar().setValue(0)
    window.status_label.clear()
    log.info("idle reset: back to the start page")
