"""朗读 in the real window: the real espeak-ng speaks each sentence into a WAV file."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader_app.core.text.sentences import split_sentences
from reader_app.gui.reading.speech import EspeakEngine

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None or shutil.which("soxi") is None,
    reason="needs espeak-ng and sox (apt-get install espeak-ng sox)",
)


def _seconds(wav: Path) -> float:
    """The audio's length as sox reads it back."""
    out = subprocess.run(["soxi", "-D", str(wav)], capture_output=True, text=True, check=True)
    return float(out.stdout)


def _open_article(qtbot, window) -> None:
    article = window.library.issues[-1].articles[0]
    window.open_article(article.id)
    qtbot.waitUntil(lambda: window.view.article is not None, timeout=5_000)


def test_ctrl_shift_r_reads_sentence_by_sentence_with_the_sentence_marked(
    qtbot, window, tmp_path: Path
) -> None:
    engine = EspeakEngine(wav_dir=tmp_path, parent=window)
    bar = window.read_aloud
    bar.set_engine(engine)
    _open_article(qtbot, window)
    window.view.setFocus()
    marked: list[tuple[int, int]] = []
    bar.stateChanged.connect(
        lambda _s: marked.append(window.view.spoken) if window.view.spoken else None
    )
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert bar.state == "reading" and bar.isVisible()
    first = window.view.spoken
    text = window.view.plain_text()
    assert first == split_sentences(text)[0]  # the title first, marked in the pane
    qtbot.waitUntil(lambda: bar.index >= 2, timeout=30_000)
    assert len(set(marked)) >= 3  # the mark moved on, sentence by sentence
    starts = [span[0] for span in dict.fromkeys(marked)]
    assert starts == sorted(starts)
    # Pause: the voice stops at this sentence; resume reads it again.
    qtbot.keyClick(
        window.view,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert bar.state == "paused" and bar.pause_button.text() in ("&Resume", "继续(&R)")
    paused_at = bar.index
    qtbot.mouseClick(bar.pause_button, Qt.MouseButton.LeftButton)
    assert bar.state == "reading" and bar.index == paused_at
    qtbot.mouseClick(bar.stop_button, Qt.MouseButton.LeftButton)
    assert bar.state == "idle" and window.view.spoken is None and not bar.isVisible()
    wavs = sorted(tmp_path.glob("*.wav"))
    finished = [w for w in wavs if w.stat().st_size > 44]
    assert len(finished) >= 2  # the sentences read to their end (a paused one is cut off)
    assert all(_seconds(w) > 0.2 for w in finished[:2])  # audio was produced


def test_speed_changes_what_the_voice_says(qtbot, window, tmp_path: Path) -> None:
    """The same sentence at 1.5× is shorter audio than at 0.75× (length, not timing)."""
    lengths = {}
    for speed in (0.75, 1.5):
        folder = tmp_path / str(speed)
        folder.mkdir()
        engine = EspeakEngine(wav_dir=folder, parent=window)
        window.read_aloud.set_engine(engine)
        if window.view.article is None:
            _open_article(qtbot, window)
        window.read_aloud.set_speed(speed)
        window.actions_["read_aloud"].trigger()
        qtbot.waitUntil(lambda: window.read_aloud.index >= 1, timeout=30_000)
        window.read_aloud.stop()
        lengths[speed] = _seconds(folder / "sentence-0001.wav")
    assert lengths[1.5] < lengths[0.75] * 0.8


def test_no_voice_is_said_in_the_window_and_the_action_stays(qtbot, window) -> None:
    window.read_aloud.set_engine(EspeakEngine(program="no-such-voice-program", parent=window))
    _open_article(qtbot, window)
    action = window.actions_["read_aloud"]
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    bar = window.read_aloud
    assert bar.state == "no_voice" and bar.isVisible()
    assert "voice" in bar.label.text().lower() or "语音" in bar.label.text()
    assert window.view.spoken is None


def test_another_article_or_the_next_patron_stops_the_voice(qtbot, window, tmp_path: Path) -> None:
    window.read_aloud.set_engine(EspeakEngine(wav_dir=tmp_path, parent=window))
    _open_article(qtbot, window)
    window.actions_["read_aloud"].trigger()
    assert window.read_aloud.state == "reading"
    window.step_article(1)
    assert window.read_aloud.state == "idle" and window.view.spoken is None
    window.actions_["read_aloud"].trigger()
    window.read_aloud.set_speed(1.5)
    window.hub.resetRequested.emit()
    assert window.read_aloud.state == "idle" and window.read_aloud.speed == 1.0
