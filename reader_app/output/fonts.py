"""One Chinese typeface for the whole window: menus, tree, result list, article, print.

Qt's default UI font on Linux (DejaVu Sans) has no Chinese glyphs, so each text
path fell back on its own: fontconfig gave the rich-text result list a serif
CJK face (AR PL UKai) while the tree got Noto Sans CJK. Here one installed
family is chosen from a per-platform preference list (QFontDatabase only, no
widgets, so the CLI's PDFs use it too) and set on the application
(``reader_app.gui.base.fonts``), the reading pane, the HTML delegates and the print
style sheet.

The Windows and macOS names cannot be checked on the Linux CI; they are the
system fonts those platforms ship (docs/accessibility.md).
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontDatabase

#: Preferred families, best first, per platform (sys.platform prefix).
PREFERRED: dict[str, tuple[str, ...]] = {
    "win32": ("Microsoft YaHei UI", "Microsoft YaHei", "SimSun"),  # 微软雅黑, 宋体
    "darwin": ("PingFang SC", "Hiragino Sans GB", "Heiti SC"),  # 苹方
    "linux": (
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "WenQuanYi Micro Hei",
        "WenQuanYi Zen Hei",
        "Droid Sans Fallback",
    ),
}


def preferred(platform: str | None = None) -> tuple[str, ...]:
    platform = platform or sys.platform
    for prefix, names in PREFERRED.items():
        if platform.startswith(prefix):
            return names
    return PREFERRED["linux"]


def family() -> str:
    """The first preferred family installed here (Qt's default family if none is)."""
    installed = set(QFontDatabase.families())
    for name in preferred():
        if name in installed:
            return name
    return QFont().defaultFamily()


def families() -> list[str]:
    """The chosen family first, the other preferred ones as fallbacks."""
    first = family()
    return [first, *(n for n in preferred() if n != first)]


def css_family() -> str:
    """``font-family`` value for style sheets of rich text (delegates, printing)."""
    return ", ".join(f"'{name}'" for name in families()) + ", sans-serif"
