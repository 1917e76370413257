"""Where window-wide changes meet, as novelWriter's ``shared.py`` does.

A part of the window that holds patron state or follows the theme connects its
own ``reset()`` / ``set_theme()`` to these signals (the connections block of
``MainWindow``); the public-mode reset only emits ``resetRequested``, so a new
part cannot leak one patron's search to the next by being forgotten.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    resetRequested = Signal()  # a public workstation's next patron: forget the last one
    themeChanged = Signal(str)  # "light" | "dark" (system already resolved by the caller)
    indexChanged = Signal()  # the index was opened or reopened: it may hold new issues
