"""朗读: the open article read aloud sentence by sentence, the sentence marked in the pane.

A part of the window built with what it needs: the reading pane, a speech engine
(gui/reading/speech.py) and a way to say a line in the status bar. Its bar sits below
the pane (as the find bar does): pause/resume, stop, speed, and what is happening,
including "no voice installed" when the machine has none (the action stays, so a
patron learns why nothing is heard). Opening another article or the next patron stops it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from reader_app.core.text.sentences import Span, split_sentences
from reader_app.gui.reading.articleview import ArticleView

if TYPE_CHECKING:  # the machine's voice is looked for at the first read (start-up, issue 23)
    from reader_app.gui.reading.speech import SpeechEngine

log = logging.getLogger(__name__)

#: Speeds offered (a factor of the voice's normal speed).
SPEEDS = (0.75, 1.0, 1.25, 1.5)


class ReadAloudBar(QWidget):
    """Reads ``view``'s article aloud through ``engine`` (None: the machine's voice,
    gui/reading/speech.py, looked for at the first read); ``state`` tells the window."""

    stateChanged = Signal(str)  # "idle" | "reading" | "paused" | "no_voice"

    def __init__(
        self,
        view: ArticleView,
        engine: SpeechEngine | None = None,
        show_status: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readAloudBar")
        self.view = view
        self._engine: SpeechEngine | None = None
        if engine is not None:
            self.set_engine(engine)
        self._show_status = show_status or (lambda _text: None)
        self.sentences: list[Span] = []
        self._text = ""  # the text the sentences are spans of
        self.index = -1  # the sentence being read (or paused at); -1: none
        self.state = "idle"
        self.speed = 1.0
        self.label = QLabel(self)
        self.label.setObjectName("readAloudStatus")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.pause_button = QPushButton(self)
        self.pause_button.setObjectName("readAloudPause")
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("readAloudStop")
        self.speed_box = QComboBox(self)
        self.speed_box.setObjectName("readAloudSpeed")
        for speed in SPEEDS:
            self.speed_box.addItem(f"{speed:g}×", speed)
        self.speed_box.setCurrentIndex(SPEEDS.index(1.0))
        self.speed_label = QLabel(self)
        self.speed_label.setObjectName("readAloudSpeedLabel")
        self.speed_label.setTextFormat(Qt.TextFormat.PlainText)
        self.speed_label.setBuddy(self.speed_box)
        box = QHBoxLayout(self)
        box.setContentsMargins(6, 2, 6, 2)
        box.addWidget(self.label, 1)
        box.addWidget(self.pause_button)
        box.addWidget(self.stop_button)
        box.addWidget(self.speed_label)
        box.addWidget(self.speed_box)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.speed_box.activated.connect(lambda i: self.set_speed(self.speed_box.itemData(i)))
        view.textChanged.connect(self._text_changed)
        self.retranslate()
        self.hide()

    # ------------------------------------------------------------ what the window calls
    @property
    def engine(self) -> SpeechEngine:
        """The voice; the machine's (gui/reading/speech.py) is looked for when first needed."""
        if self._engine is None:
            from reader_app.gui.reading.speech import platform_engine

            self.set_engine(platform_engine(self.parent()))
        assert self._engine is not None
        return self._engine

    def set_engine(self, engine: SpeechEngine) -> None:
        """Speak through ``engine`` from now on (tests: espeak-ng writing WAV files)."""
        old = self._engine
        if old is engine:
            return
        if old is not None:
            old.stop()
            for signal in (old.finished, old.failed):
                signal.disconnect()
        self._engine = engine
        engine.finished.connect(self._next)
        engine.failed.connect(self._failed)

    def read(self) -> None:
        """Ctrl+Shift+R: start reading (from the selection, else the top); while reading,
        pause; while paused, go on."""
        if self.state in ("reading", "paused"):
            self.toggle_pause()
            return
        self.show()
        if self.view.article is None:
            self._set_state("idle", self.tr("Open an article to read it aloud."))
            return
        if not self.engine.available():
            no_voice = self.tr(
                "No Chinese voice is installed on this computer: nothing can be read aloud. Ask staff to install one (Windows: a zh-CN speech voice; Linux: espeak-ng)."
            )
            self._set_state("no_voice", no_voice)
            return
        text = self._text = self.view.plain_text()
        self.sentences = split_sentences(text)
        if not self.sentences:
            self._set_state("idle", self.tr("This article has no text to read."))
            return
        self.index = self._first_sentence()
        self._speak()

    def toggle_pause(self) -> None:
        if self.state == "reading":
            self.engine.stop()
            self._set_state("paused")
        elif self.state == "paused":
            self._speak()  # the paused sentence again, from its start

    def stop(self) -> None:
        """Stop reading and close the bar (Esc in the bar)."""
        if self._engine is not None:  # no voice looked for just to stop it
            self._engine.stop()
        self.sentences, self.index = [], -1
        self.view.set_spoken(None)
        self._set_state("idle")
        self.hide()

    def set_speed(self, speed: float) -> None:
        """A new speed, heard from the sentence being read (it starts again)."""
        self.speed = float(speed)
        self.speed_box.setCurrentIndex(SPEEDS.index(self.speed) if speed in SPEEDS else 1)
        if self.state == "reading":
            self._speak()

    def set_theme(self, _theme: object) -> None:
        """The spoken sentence's colour comes with the pane's style sheet (articlecss)."""

    def reset(self) -> None:
        """The next patron: silence, the normal speed."""
        self.stop()
        self.set_speed(1.0)

    def retranslate(self) -> None:
        self.stop_button.setText(self.tr("&Stop"))
        self.speed_label.setText(self.tr("Spee&d:"))
        self.speed_box.setAccessibleName(self.tr("Reading speed"))
        self.setAccessibleName(self.tr("Read aloud"))
        self._update_controls()

    # ------------------------------------------------------------ inside
    def _first_sentence(self) -> int:
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            return 0
        start = len(self.view.plain_text().encode("utf-16-le")[: 2 * cursor.selectionStart()]
                    .decode("utf-16-le", "ignore"))  # fmt: skip
        for i, (_s, end) in enumerate(self.sentences):
            if end > start:
                return i
        return 0

    def _speak(self) -> None:
        start, end = self.sentences[self.index]
        self.view.set_spoken((start, end))
        self._set_state("reading")
        self.engine.speak(self._text[start:end], self.speed)

    def _next(self) -> None:
        if self.state != "reading":
            return
        if self.index + 1 < len(self.sentences):
            self.index += 1
            self._speak()
        else:
            self.engine.stop()
            self.view.set_spoken(None)
            self.index = -1
            self._set_state("idle", self.tr("Finished reading the article."))

    def _failed(self, detail: str) -> None:
        log.warning("read aloud: %s", detail)
        self.view.set_spoken(None)
        self._set_state("idle", self.tr("The voice stopped with an error; see the log."))

    def _text_changed(self) -> None:
        """Another article: what was being read is gone (the same text drawn again at a
        new size or theme reads on)."""
        if self.state in ("reading", "paused") and self.view.plain_text() != self._text:
            self.engine.stop()
            self.sentences, self.index = [], -1
            self._set_state("idle")

    def _set_state(self, state: str, message: str = "") -> None:
        self.state = state
        if not message and state in ("reading", "paused"):
            template = (
                self.tr("Reading sentence %1 of %2")
                if state == "reading"
                else self.tr("Paused at sentence %1 of %2")
            )
            message = template.replace("%1", str(self.index + 1)).replace(
                "%2", str(len(self.sentences))
            )
        self.label.setText(message)
        if message:
            self._show_status(message)
        self._update_controls()
        self.stateChanged.emit(state)

    def _update_controls(self) -> None:
        paused = self.state == "paused"
        self.pause_button.setText(self.tr("&Resume") if paused else self.tr("&Pause"))
        self.pause_button.setEnabled(self.state in ("reading", "paused"))
        self.stop_button.setEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.stop()
            self.view.setFocus()
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
