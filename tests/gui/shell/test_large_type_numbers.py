"""适老化 (MIIT's rules for public services): each published number, measured in the window.

Main text ≥ 18 pt, line spacing ≥ 1.3×, paragraph spacing ≥ 1.3× the line spacing,
contrast ≥ 4.5:1 (from the palette in force), click targets ≥ 44 × 44 px, an
extra-large pointer, and every action reachable by keyboard.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)

from reader_app.gui.base.theme import LARGE_TARGET
from reader_app.gui.shell.access import LARGE_POINTER
from reader_app.gui.shell.actions import TABLE
from tests.gui.shell.test_accessibility import contrast


@pytest.fixture
def large(window, qtbot):
    window.resize(1366, 768)
    articles = [a for issue in window.library.issues for a in issue.articles]
    longest = max(articles, key=lambda a: len(a.body))  # several long paragraphs
    window.open_article(longest.id)
    window.actions_["large_type"].trigger()
    qtbot.waitUntil(lambda: window.view.font().pointSizeF() >= 18, timeout=5_000)
    qtbot.wait(50)  # Qt hands the new font and sizes on in events
    yield window
    if window.actions_["large_type"].isChecked():
        window.actions_["large_type"].trigger()


def _paragraph_lines(view):
    """(line step within a paragraph, step across a paragraph break) in pixels, per pair
    of neighbouring body paragraphs of two lines or more."""
    doc = view.document()
    doc.documentLayout().documentSize()
    layout = doc.documentLayout()
    steps = []
    block = doc.begin()
    while block.isValid() and block.next().isValid():
        nxt = block.next()
        lay, nlay = block.layout(), nxt.layout()
        body = "\u2028" not in block.text() and QTextCursor(block).currentTable() is None
        if (
            body
            and lay.lineCount() >= 2
            and nlay.lineCount() >= 1
            and not block.blockFormat().headingLevel()
        ):
            top = layout.blockBoundingRect(block).top()
            ntop = layout.blockBoundingRect(nxt).top()
            within = lay.lineAt(1).y() - lay.lineAt(0).y()
            last = top + lay.lineAt(lay.lineCount() - 1).y()
            across = ntop + nlay.lineAt(0).y() - last
            steps.append((within, across, lay.lineAt(0).height(), block.text()[:10]))
        block = nxt
    return steps


def test_main_text_is_at_least_18_points(large) -> None:
    view = large.view
    assert view.font().pointSizeF() >= 18
    assert view.document().defaultFont().pointSizeF() >= 18
    cursor = QTextCursor(view.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)  # a body paragraph, not the title
    size = cursor.charFormat().fontPointSize() or view.document().defaultFont().pointSizeF()
    assert size >= 18


def test_line_and_paragraph_spacing(large) -> None:
    view = large.view
    steps = _paragraph_lines(view)
    assert len(steps) >= 3  # the article has body paragraphs of several lines
    font_px = view.fontMetrics().height()
    for within, across, _h, text in steps:
        assert within >= 1.3 * font_px - 1, (text, within, font_px)  # line spacing ≥ 1.3×
        assert across >= 1.3 * within - 1, (text, across, within)  # paragraph ≥ 1.3× line


def test_contrast_of_the_palette_in_force(large) -> None:
    palette = QApplication.palette()
    role = QPalette.ColorRole
    pairs = [
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.PlaceholderText, role.Base),
        (role.ToolTipText, role.ToolTipBase),
        (role.Link, role.Base),
    ]
    low = {
        f"{fg.name}/{bg.name}": round(
            contrast(palette.color(fg).name(), palette.color(bg).name()), 2
        )
        for fg, bg in pairs
        if contrast(palette.color(fg).name(), palette.color(bg).name()) < 4.5
    }
    assert low == {}


def _targets(window) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible() and w.window() is window and isinstance(w, QAbstractButton | QComboBox)
    ]


def test_click_targets_are_44_by_44(large, qtbot) -> None:
    window = large
    window.read_aloud.show()  # the read-aloud bar's buttons too
    small = []
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(30)
        for w in _targets(window):
            if w.width() < LARGE_TARGET or w.height() < LARGE_TARGET:
                small.append(
                    f"{type(w).__name__}({w.objectName() or w.accessibleName()}) {w.width()}×{w.height()}"
                )
            if isinstance(w, QCheckBox):  # the whole box is the target, not its square
                option = QStyleOptionButton()
                w.initStyleOption(option)
                rect = w.style().subElementRect(QStyle.SubElement.SE_CheckBoxClickRect, option, w)
                if rect.height() < LARGE_TARGET:
                    small.append(f"check box {w.text()} click area {rect.height()} px")
        for bar in window.findChildren(QTabBar):
            if bar.isVisible():
                for i in range(bar.count()):
                    r = bar.tabRect(i)
                    if r.width() < LARGE_TARGET or r.height() < LARGE_TARGET:
                        small.append(f"tab {bar.tabText(i)} {r.width()}×{r.height()}")
    assert _targets(window)
    assert small == [], "\n".join(dict.fromkeys(small))


def test_off_again_gives_back_the_small_sizes(large, qtbot) -> None:
    window = large
    window.actions_["large_type"].trigger()
    qtbot.waitUntil(lambda: window.view.font().pointSizeF() < 18, timeout=5_000)
    qtbot.wait(50)
    tab = window.tabs.tabBar().tabRect(0)
    assert tab.height() < LARGE_TARGET


def test_extra_large_pointer_is_a_switch_kept_in_the_settings(window, qtbot) -> None:
    action = window.actions_["large_pointer"]
    normal = window.cursor().pixmap().height()
    action.trigger()
    assert action.isChecked() and window.settings.large_pointer
    assert window.cursor().pixmap().height() >= LARGE_POINTER > max(normal, 32)
    assert window.tree.cursor().pixmap().height() >= LARGE_POINTER  # inherited by the parts
    image = window.cursor().pixmap().toImage()
    assert image.pixelColor(image.width() // 8, image.height() // 2).alpha() > 0  # drawn, not blank
    action.trigger()
    assert not window.settings.large_pointer and window.cursor().pixmap().height() < LARGE_POINTER


def test_every_action_has_a_key_or_a_menu_with_a_mnemonic(window) -> None:
    """Every action by keyboard: a shortcut of its own or an entry of a menu reached by Alt."""
    menus = window.actions_.menus
    in_menus = {a for m in menus.values() for a in m.actions()}
    unreachable = []
    for spec in TABLE:
        action = window.actions_[spec.name]
        if not action.shortcuts() and action not in in_menus:
            unreachable.append(spec.name)
        if action in in_menus and "&" not in action.text():
            unreachable.append(f"{spec.name} (no mnemonic)")
    assert unreachable == []
    for menu in menus.values():
        assert "&" in menu.title(), menu.objectName()
