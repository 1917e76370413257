"""Where window-wide changes meet, as novelWriter's ``shared.py`` does.

A part of the window that holds patron state, follows the theme or shows the
library connects its own ``reset()`` / ``set_theme()`` / library slot to these
signals (the connections block of ``MainWindow``). Each signal has one emitter:
the public-mode reset emits ``resetRequested`` (so a new part cannot leak one
patron's search to the next by being forgotten, nor depend on the order of two
connections), ``gui/base/librarychanges.py`` emits ``libraryChanged`` whatever
changed the library (an import, files edited in place, a published share), the
shell emits ``indexChanged`` once the index is open again after any of them (so
what reads the index, as the topics, catches up on what it now holds), and
:meth:`Hub.show_status` is the one door to the status line (as qutebrowser's
``utils/message.py``: parts never hold the status widget).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    resetRequested = Signal()  # a public workstation's next patron: forget the last one
    themeChanged = Signal(object)  # a gui.base.theme.Theme, as chosen (SYSTEM not resolved)
    libraryChanged = Signal(object)  # a gui.base.librarychanges.Change: issues, problems, index
    indexChanged = Signal()  # the index is open (again): it may hold new issues (topics)
    statusMessage = Signal(str)  # a passing line for the status bar

    def show_status(self, text: str) -> None:
        """Say ``text`` in the status line (it clears itself after a while)."""
        self.statusMessage.emit(text)
