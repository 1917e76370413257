"""The window's UI font: the one Chinese family (``reader_app.output.fonts``) at a scale.

The desktop's point size is remembered before the first scaling, so large type
(适老化) is a factor of what the desktop asked for.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from reader_app.output.fonts import families

#: Text larger than this factor counts as "large type" (适老化: at least 150 %).
LARGE_SCALE = 1.5
_base_point_size: float | None = None


def base_point_size() -> float:
    """The desktop's UI point size, remembered before we scale it."""
    global _base_point_size
    if _base_point_size is None:
        size = QApplication.font().pointSizeF()
        _base_point_size = size if size > 0 else 10.0
    return _base_point_size


def ui_font(scale: float = 1.0) -> QFont:
    font = QFont(QApplication.font())
    font.setFamilies(families())
    font.setPointSizeF(base_point_size() * scale)
    return font


def apply(app: QApplication, scale: float = 1.0) -> QFont:
    """Set the one family (at ``scale`` × the desktop size) on every widget of ``app``."""
    font = ui_font(scale)
    if app.font() != font:  # a change lays out every widget again (the tree: every row)
        app.setFont(font)  # widgets with a font of their own use families() too
    return font
