"""Light, dark and high-contrast palettes, and the style sheet of the reading pane.

"contrast" is the 适老化 theme (GB/T 37668): black on white, every text colour
pair at least WCAG AA (4.5:1; tests/gui/test_accessibility.py computes them
from CONTRAST and contrast_palette()).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

from reader_app.gui import fonts

CONTRAST_THEME = "contrast"


@dataclass(frozen=True)
class Colors:
    text: str
    muted: str
    link: str
    mark: str
    mark_text: str
    current: str
    flag_bg: str
    flag_text: str
    rule: str
    table_head: str


LIGHT = Colors(
    "#1f1f1f",
    "#5f6368",
    "#1a5fb4",
    "#fff0a0",
    "#1f1f1f",
    "#ff9f43",
    "#fdecea",
    "#a4262c",
    "#d0d0d0",
    "#f2f2f2",
)
DARK = Colors(
    "#e6e6e6",
    "#a8adb4",
    "#8cb4ff",
    "#6b5a00",
    "#ffffff",
    "#c25e00",
    "#4a1f22",
    "#ffb4b4",
    "#4a4a4a",
    "#2e2e2e",
)

CONTRAST = Colors(
    "#000000",
    "#1a1a1a",
    "#0000b0",
    "#ffff00",
    "#000000",
    "#ffa500",
    "#ffe0e0",
    "#7a0000",
    "#000000",
    "#e0e0e0",
)
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


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: str) -> str:
    """'system' → 'light' or 'dark' as the desktop prefers."""
    if theme == "system":
        return "dark" if system_is_dark() else "light"
    return theme


def colors(theme: str) -> Colors:
    resolved = resolve(theme)
    return CONTRAST if resolved == CONTRAST_THEME else DARK if resolved == "dark" else LIGHT


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


class PlainButtonsStyle(QProxyStyle):
    """Fusion without icons on dialog buttons: OK/Cancel had icons, Import/Copy had none."""

    def styleHint(self, hint: QStyle.StyleHint, *args: Any) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, *args)


def apply(app: QApplication, theme: str) -> str:
    """Set the application palette for ``theme``; returns 'light', 'dark' or 'contrast'."""
    resolved = resolve(theme)
    app.setStyle(PlainButtonsStyle("Fusion"))
    if resolved == "dark":
        app.setPalette(dark_palette())
    elif resolved == CONTRAST_THEME:
        app.setPalette(contrast_palette())
    else:
        app.setPalette(app.style().standardPalette())
    return resolved


def article_css(theme: str) -> str:
    """The reading pane's style sheet: generous line height, muted provenance, captions."""
    c = colors(theme)
    strong = resolve(theme) == CONTRAST_THEME
    link_deco = "underline" if strong else "none"
    return f"""
body {{ color: {c.text}; font-family: {fonts.css_family()}; }}
p {{ line-height: 150%; margin-top: 0.2em; margin-bottom: 0.8em; }}
li {{ line-height: 160%; }}
h1 {{ font-size: x-large; font-weight: 600; margin-bottom: 0.4em; line-height: 140%; }}
h2 {{ font-size: large; font-weight: 600; margin-top: 1.2em; }}
h3, h4 {{ font-size: medium; font-weight: 600; margin-top: 1em; }}
a {{ color: {c.link}; }}
em, i {{ font-style: normal; font-weight: 600; }}
p.meta {{ color: {c.muted}; font-size: small; margin-bottom: 1.2em; }}
p.caption {{ color: {c.muted}; font-size: small; text-align: center; }}
p.flag {{ background-color: {c.flag_bg}; color: {c.flag_text}; line-height: 130%; }}
p.abstract {{ color: {c.text}; }}
p.link {{ color: {c.muted}; font-size: small; }}
table.data {{ border-collapse: collapse; margin-top: 0.6em; margin-bottom: 0.8em; }}
table.data td, table.data th {{ border: 1px solid {c.rule}; padding: 4px 8px; }}
table.data th {{ background-color: {c.table_head}; }}
td.toc-page {{ color: {c.muted}; text-align: right; }}
td.toc-title {{ padding-right: 12px; }}
h3.toc-section {{ margin-top: 0.9em; color: {c.muted}; }}
p.masthead {{ color: {c.muted}; line-height: 120%; margin-top: 0; margin-bottom: 0.3em; }}
a.toc {{ text-decoration: {link_deco}; }}
"""
