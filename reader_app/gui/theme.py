"""Light and dark palettes for the window and the style sheet of the reading pane."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

#: CJK fonts for Chinese reading, first found wins (Linux, Windows, macOS).
CJK_FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC"]


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


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: str) -> str:
    """'system' → 'light' or 'dark' as the desktop prefers."""
    if theme == "system":
        return "dark" if system_is_dark() else "light"
    return theme


def colors(theme: str) -> Colors:
    return DARK if resolve(theme) == "dark" else LIGHT


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


def apply(app: QApplication, theme: str) -> str:
    """Set the application palette for ``theme``; returns the resolved 'light'/'dark'."""
    resolved = resolve(theme)
    app.setStyle("Fusion")
    if resolved == "dark":
        app.setPalette(dark_palette())
    else:
        app.setPalette(app.style().standardPalette())
    return resolved


def article_css(theme: str) -> str:
    """The reading pane's style sheet: generous line height, muted provenance, captions."""
    c = colors(theme)
    return f"""
body {{ color: {c.text}; }}
p {{ line-height: 150%; margin-top: 0.2em; margin-bottom: 0.8em; }}
li {{ line-height: 160%; }}
h1 {{ font-size: x-large; font-weight: 600; margin-bottom: 0.4em; line-height: 140%; }}
h2 {{ font-size: large; font-weight: 600; margin-top: 1.2em; }}
h3, h4 {{ font-size: medium; font-weight: 600; margin-top: 1em; }}
a {{ color: {c.link}; }}
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
a.toc {{ text-decoration: none; }}
"""
