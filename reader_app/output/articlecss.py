"""The article style sheet: light, dark and high-contrast text colours for rich text.

Shared by the reading pane, prints and PDFs (window and CLI), so it needs no
widgets. "contrast" is the 适老化 theme (GB/T 37668): black on white, every text
colour pair at least WCAG AA (4.5:1; tests/gui/shell/test_accessibility.py computes
them from CONTRAST). The window palettes live in ``reader_app.gui.base.theme``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from reader_app.output import fonts

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
    spoken: str  # the sentence read aloud (朗读)


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
    "#dcebff",
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
    "#1d3557",
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
    "#c8f0ff",
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
    resolved = resolve(theme)
    return CONTRAST if resolved == CONTRAST_THEME else DARK if resolved == "dark" else LIGHT


def article_css(theme: str) -> str:
    """The reading pane's style sheet: generous line height, muted provenance, captions."""
    c = colors(theme)
    strong = resolve(theme) == CONTRAST_THEME
    link_deco = "underline" if strong else "none"
    return f"""
body {{ color: {c.text}; font-family: {fonts.css_family()}; }}
p {{ line-height: 150%; margin-top: 0.2em; margin-bottom: 1.2em; }}
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
p.note {{ color: {c.text}; margin-left: 2em; margin-right: 2em; margin-bottom: 1.2em; }}
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
