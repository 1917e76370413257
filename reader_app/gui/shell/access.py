"""适老化 (GB/T 37668): one switch for large type and the high-contrast theme.

On: every text of the window at 150 % of the desktop size (one typeface,
gui/base/fonts.py), the reading pane at no less than 150 % zoom, the "contrast"
theme (gui/base/theme.py). Off: the theme and zoom from before. ``install(window)``
also names the panes for screen readers; on a public workstation the reset for
the next patron (``hub.resetRequested``, connected in the window's connections
block) turns the switch off, quietly, in whatever order the parts reset.
"""

from __future__ import annotations

import html as htmllib
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QCursor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication

from reader_app.gui.base import fonts
from reader_app.gui.base import theme as themes
from reader_app.gui.base.settings import ZOOM_DEFAULT
from reader_app.gui.base.theme import Theme

if TYPE_CHECKING:
    from reader_app.gui.shell.mainwindow import MainWindow

LARGE_ZOOM = int(fonts.LARGE_SCALE * 100)
#: The extra-large pointer's height in pixels (desktop arrows are 24-32).
LARGE_POINTER = 64


def install(window: MainWindow) -> None:
    a = window.actions_
    a.connect("theme_contrast", lambda _=False: window.set_theme(Theme.CONTRAST))
    a.connect("large_type", lambda on: set_large_type(window, on))
    a.connect("large_pointer", lambda on: set_large_pointer(window, on))
    window.view.textChanged.connect(lambda: describe_pane(window))
    app = QApplication.instance()
    if isinstance(app, QApplication):
        fonts.apply(app, 1.0)
    if window.settings.large_type:
        set_large_type(window, True)
    if window.settings.large_pointer:
        set_large_pointer(window, True)


def is_large(window: MainWindow) -> bool:
    return window.actions_["large_type"].isChecked()


def set_large_type(window: MainWindow, on: bool, quiet: bool = False) -> None:
    """Turn 适老化 on or off; the choice is kept like the theme (not on public machines).

    ``quiet``: no status line about it (a reset for the next patron)."""
    settings = window.settings
    was = settings.large_type
    if on and not (was and is_large(window)):
        if not was:  # remember what to go back to
            settings.theme_before = settings.theme
            settings.zoom_before = window.view.zoom
        window.set_theme(Theme.CONTRAST)
        _text_zoom(window, max(LARGE_ZOOM, window.view.zoom))
    elif not on and was:
        before = Theme.of(settings.theme_before)
        window.set_theme(before if before is not Theme.CONTRAST else Theme.SYSTEM)
        _text_zoom(window, settings.zoom_before)
    settings.large_type = on
    window.actions_["large_type"].setChecked(on)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        fonts.apply(app, fonts.LARGE_SCALE if on else 1.0)
        themes.set_click_targets(app, themes.LARGE_TARGET if on else 0)  # a new style: last
    QTimer.singleShot(0, lambda: _relayout(window))  # Qt hands the font on in events
    if quiet:
        return
    window.hub.show_status(
        QCoreApplication.translate("MainWindow", "Large type and high contrast: on")
        if on
        else QCoreApplication.translate("MainWindow", "Large type and high contrast: off")
    )


def set_large_pointer(window: MainWindow, on: bool) -> None:
    """The extra-large pointer on the whole window (kept like large type). Widgets with a
    pointer of their own (the text's I-beam, the splitter's arrows) keep theirs."""
    if on:
        window.setCursor(large_arrow())
    else:
        window.unsetCursor()
    window.settings.large_pointer = on
    window.actions_["large_pointer"].setChecked(on)


def large_arrow(size: int = LARGE_POINTER) -> QCursor:
    """An arrow ``size`` pixels tall: black with a white rim, seen on any background."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    u = size / 32
    arrow = QPolygonF(
        [QPointF(x * u, y * u) for x, y in
         ((2, 1), (2, 26), (8, 20), (12, 30), (17, 28), (13, 18.5), (21, 18.5))]
    )  # fmt: skip
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#ffffff"), 2 * u, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))  # fmt: skip
    painter.setBrush(QColor("#000000"))
    painter.drawPolygon(arrow)
    painter.end()
    return QCursor(pixmap, round(2 * u), round(u))


def reset(window: MainWindow) -> None:
    """The next patron: 适老化 off, the normal pointer, the text at its default size."""
    if is_large(window):
        set_large_type(window, False, quiet=True)
    if window.actions_["large_pointer"].isChecked():
        set_large_pointer(window, False)
    _text_zoom(window, ZOOM_DEFAULT)


def _text_zoom(window: MainWindow, percent: int) -> None:
    """The reading pane's zoom (kept in the settings), even while the original is shown."""
    window.view.set_zoom(percent)
    window.settings.zoom = percent


def _relayout(window: MainWindow) -> None:
    """Rows of the tree and the result list take the new font's height."""
    window.tree.doItemsLayout()
    window.tree.resizeColumnToContents(1)
    window.search_panel.view.doItemsLayout()


def describe_pane(window: MainWindow) -> None:
    """The pane's accessible description: the article's headings, for a screen reader's
    overview before it reads the text (the text itself comes from QTextBrowser)."""
    view = window.view
    headings = headings_of(view.toHtml())
    if view.article is not None:
        name = QCoreApplication.translate("MainWindow", "Article: %1").replace(
            "%1", view.article.title
        )
    else:
        name = QCoreApplication.translate("MainWindow", "Article")
    view.setAccessibleName(name)
    view.setAccessibleDescription(
        QCoreApplication.translate("MainWindow", "Headings: %1").replace("%1", "; ".join(headings))
        if headings
        else ""
    )


def headings_of(html: str) -> list[str]:
    """The text of every <h1>…<h4> in the pane's HTML, in order."""
    found = re.findall(r"<h[1-4][^>]*>(.*?)</h[1-4]>", html, flags=re.S | re.I)
    texts = [re.sub(r"<[^>]+>", "", h) for h in found]
    return [" ".join(htmllib.unescape(t).split()) for t in texts if t.strip()]
