"""The status bar's message line: a passing message clears itself, the standing one stays.

"Link copied", "Zoom 120%" or "Bookmarked" used to stay until the next message,
hours later at a reading-room desk; now they give way to the standing line
(search readiness) after a few seconds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

MESSAGE_MS = 6000


class StatusLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusLine")
        self.setTextFormat(Qt.TextFormat.PlainText)  # titles and file names: never markup
        self.standing = ""  # what the line says when no message is passing
        self._held = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(MESSAGE_MS)
        self.timer.timeout.connect(lambda: super(StatusLine, self).setText(self.standing))

    def setText(self, text: str) -> None:
        """A passing message: shown now, gone after ``MESSAGE_MS``."""
        super().setText(text)
        self.timer.start()

    def hold(self, text: str) -> None:
        """A passing message that standing updates do not cut short (an import's result)."""
        self.setText(text)
        self._held = True

    def set_standing(self, text: str) -> None:
        """The lasting state (search ready, index out of date), shown until replaced."""
        self.standing = text
        if self.timer.isActive() and self._held:
            return  # the held message finishes its time first
        self.timer.stop()
        super().setText(text)

    def drop_message(self) -> None:
        """The passing message goes now, held or not (the idle reset: the next patron
        must not read the last one's "已导出到 …"); the standing line stays."""
        self.timer.stop()
        self._held = False
        super().setText(self.standing)

    def clear(self) -> None:
        self.standing = ""
        self.timer.stop()
        self._held = False
        super().clear()
