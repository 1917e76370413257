"""Qt's own strings that Qt's Chinese catalogue lacks or words badly, translated by us.

Our translator is installed after Qt's (i18n.install), so it is asked first: the
file dialog's "Look in:" and "Files of type:", the print dialog's "Page Set:" and
the menus' key names ("Alt+左方向" → "Alt+←") come out in Chinese like the rest.
Only marked here (QT_TRANSLATE_NOOP) for lupdate; Qt looks them up itself.
"""

from __future__ import annotations

from reader_app.output.i18n import QT_TRANSLATE_NOOP

QT_STRINGS = (
    QT_TRANSLATE_NOOP("QShortcut", "Left"),
    QT_TRANSLATE_NOOP("QShortcut", "Right"),
    QT_TRANSLATE_NOOP("QShortcut", "Up"),
    QT_TRANSLATE_NOOP("QShortcut", "Down"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),  # the file dialog's type column
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),  # Qt says 体积 (volume)
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Page &Set:"),
)
