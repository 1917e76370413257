"""A public workstation's kiosk: quitting by the policy, the tree as the next patron finds it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence

from reader_app.gui.library.librarymodel import KIND_ROLE
from tests.gui.shell.test_policy_window import no_file_dialogs, open_window, shipped_index

__all__ = ["no_file_dialogs", "open_window", "shipped_index"]  # fixtures, shared


def _quit_keys_work(qtbot, window) -> bool:
    """Whether Ctrl+Q through the real key event closes the window."""
    window.activateWindow()
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    return not window.isVisible()


def test_public_mode_cannot_quit_unless_the_policy_allows(qtbot, open_window) -> None:
    window = open_window("public_mode = true\n")
    quit_action = window.actions_["quit"]
    assert not quit_action.isVisible() and not quit_action.isEnabled()
    file_menu = window.actions_.menus["file"]
    assert quit_action not in [a for a in file_menu.actions() if a.isVisible()]
    assert not _quit_keys_work(qtbot, window)
    assert window.isVisible()


def test_policy_may_let_a_public_workstation_quit(qtbot, open_window) -> None:
    window = open_window("public_mode = true\nallow_quit = true\n")
    assert window.actions_["quit"].isVisible()
    assert QKeySequence("Ctrl+Q") in window.actions_["quit"].shortcuts()
    assert _quit_keys_work(qtbot, window)


def test_staff_machine_quits(qtbot, open_window) -> None:
    window = open_window()
    assert window.actions_["quit"].isVisible()
    assert _quit_keys_work(qtbot, window)


def _expanded_below_issues(tree) -> list[str]:
    """Rows under an issue (sections) that are open: only a patron opens those."""
    found = []

    def walk(parent: QModelIndex, depth: int) -> None:
        model = tree.model()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if depth >= 2 and tree.isExpanded(index):
                found.append(index.data())
            walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return found


def _click(qtbot, tree, index, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    tree.scrollTo(index)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, modifier, tree.visualRect(index).center()
    )


def test_idle_reset_closes_the_sections_and_forgets_the_selection(qtbot, open_window) -> None:
    """Real clicks: a patron opens a section, Ctrl+clicks articles (to print them) and
    ends on the issue the start page shows; the next patron finds the tree as at launch."""
    window = open_window("public_mode = true\n")
    tree = window.tree
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: tree.model().rowCount() > 0, timeout=5_000)
    launch_current = tree.currentIndex().data()
    model = tree.model()
    year = model.index(0, 0)
    issue = model.index(0, 0, year)
    section = model.index(0, 0, issue)
    assert section.isValid() and section.data(KIND_ROLE) == "section"
    _click(qtbot, tree, section)
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # the patron opens a section …
    assert tree.isExpanded(section)
    ctrl = Qt.KeyboardModifier.ControlModifier
    for row in (0, 1):
        _click(qtbot, tree, model.index(row, 0, section), ctrl)  # … picks two articles …
    _click(qtbot, tree, issue, ctrl)  # … and ends on the issue
    articles = [
        i for i in tree.selectionModel().selectedIndexes() if i.data(KIND_ROLE) == "article"
    ]
    assert _expanded_below_issues(tree) and len(articles) >= 2
    window.idle_watcher.set_timeout(100)  # the real idle reset, sooner
    qtbot.waitUntil(lambda: not _expanded_below_issues(tree), timeout=5_000)
    qtbot.wait(200)
    selected = tree.selectionModel().selectedIndexes()
    assert [i.data() for i in selected if i.data(KIND_ROLE) == "article"] == []
    assert _expanded_below_issues(tree) == []
    assert tree.currentIndex().data() == launch_current  # the start page's issue, as at launch
