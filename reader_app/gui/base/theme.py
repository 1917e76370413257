"""The window palettes: light (the style's own), dark and high-contrast.

"contrast" is the 适老化 theme (GB/T 37668): every window colour pair at least
WCAG AA (tests/gui/shell/test_accessibility.py computes them from CONTRAST_ROLES and
contrast_palette()). The text colours and the article style sheet are in
``reader_app.output.articlecss``, shared with prints and the CLI.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption

from reader_app.output.articlecss import CONTRAST, CONTRAST_THEME, DARK, resolve


class Theme(str, Enum):
    """The window's themes: what the menu offers, the settings keep and the hub carries."""

    SYSTEM = "system"  # light or dark as the desktop prefers (resolved when applied)
    LIGHT = "light"
    DARK = "dark"
    CONTRAST = CONTRAST_THEME  # 适老化

    def __str__(self) -> str:  # the stored and CSS name, on every Python version
        return self.value

    @classmethod
    def of(cls, value: object) -> Theme:
        """A stored or given name as a theme; an unknown one is the system's."""
        try:
            return cls(value)
        except ValueError:
            return cls.SYSTEM


#: The high-contrast window palette: (role, colour) pairs, checked by the contrast test.
CONTRAST_ROLES = {
    "Window": "#ffffff",
    "WindowText": "#000000",
    "Base": "#ffffff",
    "AlternateBase": "#f0f0f0",
    "ToolTipBase": "#ffffe0",
    "ToolTipText": "#000000",
    "Text": "#000000",
    "Button": "#f0f0f0",
    "ButtonText": "#000000",
    "BrightText": "#b00000",
    "Highlight": "#00008b",
    "HighlightedText": "#ffffff",
    "Link": CONTRAST.link,
    "LinkVisited": "#5a0080",
    "PlaceholderText": "#4d4d4d",
}


def contrast_palette() -> QPalette:
    palette = QPalette()
    for name, value in CONTRAST_ROLES.items():
        palette.setColor(getattr(QPalette.ColorRole, name), QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    role = QPalette.ColorRole
    for r in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(disabled, r, QColor("#595959"))  # 7:1 on white: still legible
    return palette


def dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor("#1e1e1e"), QColor("#2b2b2b"), QColor("#e6e6e6")
    role = QPalette.ColorRole
    for r, c in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, QColor("#262626")),
        (role.ToolTipBase, window),
        (role.ToolTipText, text),
        (role.Text, text),
        (role.Button, window),
        (role.ButtonText, text),
        (role.BrightText, QColor("#ff6b6b")),
        (role.Highlight, QColor("#3d6fb4")),
        (role.HighlightedText, QColor("#ffffff")),
        (role.Link, QColor(DARK.link)),
        (role.PlaceholderText, QColor("#8a8a8a")),
    ):
        palette.setColor(r, c)
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(disabled, r, QColor("#777777"))
    return palette


#: 适老化's smallest click target (MIIT: 44 × 44 px), for buttons, tabs and check boxes.
LARGE_TARGET = 44
_CT = QStyle.ContentsType
#: What a click lands on, made at least the target's size while large type is on.
_TARGETS = (_CT.CT_PushButton, _CT.CT_ToolButton, _CT.CT_TabBarTab, _CT.CT_CheckBox,
            _CT.CT_RadioButton, _CT.CT_ComboBox)  # fmt: skip
_CLICK_RECTS = (QStyle.SubElement.SE_CheckBoxClickRect, QStyle.SubElement.SE_RadioButtonClickRect)


class PlainButtonsStyle(QProxyStyle):
    """Fusion without icons on dialog buttons (OK/Cancel had icons, Import/Copy had none)."""

    min_target = 0

    def styleHint(self, hint: QStyle.StyleHint, *args: Any) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, *args)


class LargeTargetsStyle(PlainButtonsStyle):
    """The same, with click targets of at least ``min_target`` pixels each way (large
    type). A style of its own: each method a Python class overrides is a call into Python
    at every size, metric and rectangle Qt asks for (thousands at the window's start, ~4 %
    of its instructions), so the everyday style overrides only ``styleHint`` (issue 23)."""

    def sizeFromContents(self, kind: QStyle.ContentsType, *args: Any) -> QSize:
        found = super().sizeFromContents(kind, *args)
        if self.min_target and kind in _TARGETS:
            found = found.expandedTo(QSize(self.min_target, self.min_target))
        return found

    def pixelMetric(self, metric: QStyle.PixelMetric, *args: Any) -> int:
        """The tab bar's scroll arrows (shown when the tabs overflow) are targets too."""
        found = super().pixelMetric(metric, *args)
        if self.min_target and metric == QStyle.PixelMetric.PM_TabBarScrollButtonWidth:
            return max(found, self.min_target)
        return found

    def subElementRect(self, element: QStyle.SubElement, *args: Any) -> QRect:
        """A check box is clicked anywhere on it, not only on its small box and label."""
        option = args[0] if args else None
        if self.min_target and element in _CLICK_RECTS and isinstance(option, QStyleOption):
            return QRect(option.rect)
        return super().subElementRect(element, *args)


def set_click_targets(app: QApplication, pixels: int) -> None:
    """The smallest click target (0: the style's own sizes). Large targets need their own
    style (:class:`LargeTargetsStyle`): switching to it and back lays out every widget
    again, the palette kept (access.py changes the font right after, which does so too)."""
    style = app.style()
    if pixels and isinstance(style, LargeTargetsStyle):
        style.min_target = pixels
        return
    if not pixels and type(style) is PlainButtonsStyle:
        return
    palette = app.palette()
    new = LargeTargetsStyle("Fusion") if pixels else PlainButtonsStyle("Fusion")
    new.min_target = pixels
    app.setStyle(new)
    app.setPalette(palette)


def set_style(app: QApplication) -> None:
    """Fusion, once: setting a style lays out every widget again (the library tree
    alone ~20 calls into Python per row), so the app sets it before making the window."""
    if not isinstance(app.style(), PlainButtonsStyle):
        app.setStyle(PlainButtonsStyle("Fusion"))


def resolved(theme: Theme) -> Theme:
    """SYSTEM as the desktop prefers it now (LIGHT or DARK); the others as they are."""
    return Theme(resolve(theme.value))


def apply(app: QApplication, theme: Theme) -> Theme:
    """Set the application palette for ``theme``; returns LIGHT, DARK or CONTRAST."""
    shown = resolved(theme)
    set_style(app)
    if shown is Theme.DARK:
        app.setPalette(dark_palette())
    elif shown is Theme.CONTRAST:
        app.setPalette(contrast_palette())
    else:
        app.setPalette(app.style().standardPalette())
    return shown
