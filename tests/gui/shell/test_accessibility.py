"""Screen readers, 适老化 and one typeface, checked through Qt's own interfaces.

What Orca or NVDA hear comes from QAccessibleInterface: these tests ask it for
the article pane's text and the names of tree items and search results. The
AT-SPI walk of the running program is benchmarks/atspi_walk.py (docs/accessibility.md).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette, QTextLayout
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyleOptionViewItem,
    QWidget,
)

from reader_app.core.app.session import Session
from reader_app.core.machine.paths import app_dirs
from reader_app.gui.base import fonts
from reader_app.gui.base import theme as themes
from reader_app.gui.search.resultsmodel import HitDelegate
from reader_app.gui.shell import access
from reader_app.output import articlecss
from reader_app.output import fonts as output_fonts

SANYA = "2022-18-15c0fe"


# ------------------------------------------------------------------ screen readers
def _text_of(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    text = iface.textInterface()
    assert text is not None, "the pane must expose the text interface"
    return text.text(0, text.characterCount())


def _walk(iface, depth: int = 0):
    yield iface
    if depth < 6:
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is not None:
                yield from _walk(child, depth + 1)


def test_article_pane_is_text_with_its_headings(window):
    article = window.library.find_article("2022-18-e117e3")[1]  # a 国研专稿 with sub-headings
    window.open_article(article.id)
    text = _text_of(window.view)
    assert article.title in text
    iface = QAccessible.queryAccessibleInterface(window.view)
    assert iface.text(QAccessible.Text.Name) == f"文章：{article.title}"
    description = iface.text(QAccessible.Text.Description)
    assert description.startswith("标题：")
    headings = access.headings_of(window.view.toHtml())
    assert len(headings) >= 3
    for heading in headings:  # every heading is in the text a reader speaks, in order
        assert heading in text and heading in description
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)


def test_tree_items_announce_title_section_and_page(window):
    window.actions_["show_library"].trigger()
    window.tree.expandAll()
    iface = QAccessible.queryAccessibleInterface(window.tree)
    names = [i.text(QAccessible.Text.Name) for i in _walk(iface)]
    article = window.library.find_article(SANYA)[1]
    assert f"{article.title}，{article.section}，第{article.page}页" in names
    descriptions = [i.text(QAccessible.Text.Description) for i in _walk(iface)]
    assert f"{article.source} {article.date.isoformat()}" in descriptions


def test_search_results_announce_title_section_and_page(window, qtbot):
    panel = window.search_panel
    window.focus_search()
    panel.edit.setText("三亚")
    panel.run_now()
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy, timeout=30000)
    hit = panel.model.hit(0)
    iface = QAccessible.queryAccessibleInterface(panel.view)
    names = [i.text(QAccessible.Text.Name) for i in _walk(iface)]
    spoken = next(n for n in names if n.startswith(hit.title))
    assert hit.section in spoken and f"第{hit.page}页" in spoken


def test_english_names_too(make_window):
    window = make_window(language="en")
    window.open_article(SANYA)
    name = QAccessible.queryAccessibleInterface(window.view).text(QAccessible.Text.Name)
    assert name.startswith("Article: ")
    index = window.tree_model.index_of(SANYA)
    assert window.tree_model.data(index, Qt.ItemDataRole.AccessibleTextRole).endswith("page 1")


# ------------------------------------------------------------------ contrast (WCAG 2.x)
def _luminance(color: str) -> float:
    c = QColor(color)
    channels = []
    for v in (c.redF(), c.greenF(), c.blueF()):
        channels.append(v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # famously just < AA


def test_high_contrast_theme_reaches_wcag_aa():
    palette = themes.contrast_palette()
    role = QPalette.ColorRole

    def pal(r):
        return palette.color(r).name()

    c = articlecss.CONTRAST
    pairs = {
        "text/base": (pal(role.Text), pal(role.Base)),
        "window text/window": (pal(role.WindowText), pal(role.Window)),
        "highlighted text/highlight": (pal(role.HighlightedText), pal(role.Highlight)),
        "button text/button": (pal(role.ButtonText), pal(role.Button)),
        "link/base": (pal(role.Link), pal(role.Base)),
        "tooltip": (pal(role.ToolTipText), pal(role.ToolTipBase)),
        "placeholder/base": (pal(role.PlaceholderText), pal(role.Base)),
        "pane text": (c.text, "#ffffff"),
        "pane muted": (c.muted, "#ffffff"),
        "pane link": (c.link, "#ffffff"),
        "hit mark": (c.mark_text, c.mark),
        "current hit mark": (c.mark_text, c.current),
        "flag": (c.flag_text, c.flag_bg),
        "table head": (c.text, c.table_head),
    }
    low = {k: round(contrast(*v), 2) for k, v in pairs.items() if contrast(*v) < 4.5}
    assert low == {}


# ------------------------------------------------------------------ 适老化 switch
def _visible_widgets(window):
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and widget.window() is window:
            yield widget


def _cut_off(window) -> list[str]:
    """Widgets outside the window, or squeezed below what their text needs."""
    frame = QRect(QPoint(0, 0), window.size())
    bad = []
    for w in _visible_widgets(window):
        rect = QRect(w.mapTo(window, QPoint(0, 0)), w.size())
        if not frame.contains(rect) and not w.parentWidget().inherits("QAbstractScrollArea"):
            bad.append(f"{w.objectName() or type(w).__name__} outside {rect}")
        if isinstance(w, QAbstractButton | QComboBox | QLineEdit) or (
            isinstance(w, QLabel) and w.objectName()
        ):
            need = w.minimumSizeHint()
            if w.width() < need.width() - 1 or w.height() < need.height() - 1:
                bad.append(f"{w.objectName() or type(w).__name__} {w.size()} < {need}")
    return bad


def test_large_type_switch_scales_text_and_sets_high_contrast(window, qtbot):
    base = fonts.base_point_size()
    window.open_article(SANYA)
    window.actions_["large_type"].trigger()
    try:
        qtbot.waitUntil(lambda: window.tree.font().pointSizeF() >= 1.5 * base)
        assert QApplication.font().pointSizeF() >= 1.5 * base
        assert window.tree.font().pointSizeF() >= 1.5 * base
        assert window.menuBar().font().pointSizeF() >= 1.5 * base
        assert window.view.zoom >= 150
        assert window.settings.theme == "contrast"
        assert QApplication.palette().color(QPalette.ColorRole.Text).name() == "#000000"
        assert "#0000b0" in window.view.document().defaultStyleSheet()
    finally:
        window.actions_["large_type"].trigger()
    qtbot.waitUntil(lambda: window.tree.font().pointSizeF() == pytest.approx(base))
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert window.view.zoom == 100
    assert window.settings.theme == "system"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_large_type_usable_at_1366_by_768(make_window, qtbot, language):
    window = make_window(language=language)
    window.resize(1366, 768)
    window.actions_["large_type"].trigger()
    try:
        window.open_article(SANYA)
        qtbot.waitUntil(lambda: window.tree.font().pointSizeF() >= 1.5 * fonts.base_point_size())
        qtbot.wait(50)
        assert (window.width(), window.height()) == (1366, 768)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768
        assert window.width() <= 1366 and window.height() <= 768
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            qtbot.wait(20)
            # the tab's pending layout, however busy the machine (it was timing-dependent)
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            assert _cut_off(window) == [], window.tabs.tabText(tab)
        # every top menu fits on the menu bar (nothing pushed into the overflow »)
        bar = window.menuBar()
        for action in bar.actions():
            assert bar.actionGeometry(action).right() <= bar.width(), action.text()
    finally:
        window.actions_["large_type"].trigger()


def test_idle_reset_turns_large_type_off_for_the_next_patron(qtbot):
    from reader_app.core.app.session import open_library
    from reader_app.core.machine.policy import Policy
    from reader_app.gui.base.settings import Settings
    from reader_app.gui.shell.mainwindow import MainWindow

    window = MainWindow(
        Session(Policy(public_mode=True), app_dirs(), library=open_library()),
        Settings(persistent=False),
    )
    qtbot.addWidget(window)
    window.open_article(SANYA)
    window.actions_["large_type"].trigger()
    assert window.settings.large_type and window.view.zoom >= 150
    window.idle_watcher.idle.emit()
    assert not window.actions_["large_type"].isChecked()
    assert window.view.zoom == 100 and window.settings.theme == "system"
    qtbot.waitUntil(lambda: window.tree.font().pointSizeF() == fonts.base_point_size())
    window.pool.waitForDone()
    window.search_pool.waitForDone()
    window.close()


def test_large_type_is_kept_between_sessions(make_window):
    window = make_window()
    window.actions_["large_type"].trigger()
    window.close()
    again = make_window()
    try:
        assert again.actions_["large_type"].isChecked()
        assert QApplication.font().pointSizeF() >= 1.5 * fonts.base_point_size()
    finally:
        again.actions_["large_type"].trigger()
    assert not again.settings.large_type


# ------------------------------------------------------------------ one typeface
def _layout_families(font: QFont, text: str = "三部门联合印发通知") -> set[str]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine().setLineWidth(2000)
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


def _document_families(doc) -> set[str]:
    doc.size()  # lays it out
    found: set[str] = set()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if any("\u4e00" <= ch <= "\u9fff" for ch in fragment.text()):
                found |= {run.rawFont().familyName() for run in fragment.glyphRuns()}
            it += 1
        block = block.next()
    return found


def test_several_cjk_fonts_installed_here():
    """The case to reproduce: fallbacks differ once more than one CJK family is installed."""
    from PySide6.QtGui import QFontDatabase

    cjk = [f for f in QFontDatabase.families() if "CJK" in f or "WenQuanYi" in f or "AR PL" in f]
    assert len({f.split()[0] for f in cjk}) >= 2, cjk


def test_one_typeface_everywhere(window, qtbot):
    family = output_fonts.family()
    assert family in output_fonts.PREFERRED["linux"]
    panel = window.search_panel
    window.focus_search()
    panel.edit.setText("三亚")
    panel.run_now()
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy, timeout=30000)
    option = QStyleOptionViewItem()
    option.font = panel.view.font()
    option.rect = QRect(0, 0, 400, 100)
    option.widget = panel.view
    delegate = panel.view.itemDelegate()
    assert isinstance(delegate, HitDelegate)
    window.open_article(SANYA)
    seen = {
        "result delegate": _document_families(delegate._document(option, panel.model.index(0))),
        "tree": _layout_families(window.tree.font()),
        "menus": _layout_families(window.actions_.menus["file"].font()),
        "menu bar": _layout_families(window.menuBar().font()),
        "search field": _layout_families(panel.edit.font()),
        "article pane": _document_families(window.view.document()),
    }
    assert seen == {key: {family} for key in seen}


def test_print_style_sheet_names_the_typeface():
    assert f"'{output_fonts.family()}'" in articlecss.article_css("light")


def test_named_families_per_platform():
    assert output_fonts.preferred("win32")[:2] == ("Microsoft YaHei UI", "Microsoft YaHei")
    assert "SimSun" in output_fonts.preferred("win32")
    assert output_fonts.preferred("darwin")[0] == "PingFang SC"
    assert output_fonts.preferred("linux")[:3] == (
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "WenQuanYi Micro Hei",
    )
