"""The platform's own voice, one sentence at a time (docs/decisions.md: "Read-aloud").

No speech library is bundled: the zh-CN voice is the machine's. On Linux (UOS, Kylin,
Debian) that is espeak-ng, or speech-dispatcher's ``spd-say`` (which drives whatever
voice the desktop set up); on Windows, SAPI through PowerShell's System.Speech, present
on every Windows since 7. Each sentence is one short process, so stopping is killing
it and pausing is stopping with the place kept. The text goes in on standard input,
never on the command line (a sentence starting with "-" is not an option, and no
length limit applies).

:class:`SpeechEngine` is the small interface the read-aloud part talks to; tests use
:class:`EspeakEngine` with ``wav_dir`` set, so the real espeak-ng writes each sentence
to a WAV file instead of the speakers.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Signal

log = logging.getLogger(__name__)

ESPEAK_WPM = 175  # espeak-ng's own default words per minute
ZH_VOICE = "cmn"  # espeak-ng's Mandarin (zh-CN) voice


class SpeechEngine(QObject):
    """Speaks one piece of text at a time; ``finished`` when it is done (not when stopped)."""

    finished = Signal()
    failed = Signal(str)  # the voice could not speak: a line for the log

    def available(self) -> bool:
        """Whether a zh-CN voice is installed (asked once, when reading starts)."""
        raise NotImplementedError

    def speak(self, text: str, speed: float = 1.0) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


class ProcessEngine(SpeechEngine):
    """A speech program run once per sentence, the text on its standard input."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._available: bool | None = None

    def command(self, speed: float) -> list[str]:
        """The program and its arguments for one sentence at ``speed``."""
        raise NotImplementedError

    def probe(self) -> bool:
        """Whether the program and a zh-CN voice are there (run once)."""
        raise NotImplementedError

    def available(self) -> bool:
        if self._available is None:
            import subprocess  # at the first read aloud, not at start-up (issue 23)

            try:
                self._available = self.probe()
            except (OSError, subprocess.SubprocessError) as exc:
                log.info("speech: no voice (%s)", exc)
                self._available = False
        return self._available

    def speak(self, text: str, speed: float = 1.0) -> None:
        self.stop()
        program, *args = self.command(speed)
        process = QProcess(self)
        process.finished.connect(lambda code, _status, p=process: self._done(p, code))
        process.errorOccurred.connect(lambda error, p=process: self._error(p, error))
        self._process = process
        process.start(program, args)
        process.write(text.encode("utf-8"))
        process.closeWriteChannel()

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(2000)

    def _done(self, process: QProcess, code: int) -> None:
        if process is not self._process:
            return  # stopped: a killed sentence says nothing
        self._process = None
        if code != 0:
            err = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
            self.failed.emit(f"{process.program()} exited with {code}: {err.strip()}")
            return
        self.finished.emit()

    def _error(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if process is self._process and error == QProcess.ProcessError.FailedToStart:
            self._process = None
            self.failed.emit(f"{process.program()} could not be started")


class EspeakEngine(ProcessEngine):
    """espeak-ng's Mandarin voice; with ``wav_dir``, each sentence goes to a WAV file."""

    def __init__(self, program: str = "espeak-ng", wav_dir: Path | None = None,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.program = program
        self.wav_dir = wav_dir
        self.spoken = 0  # sentences started (names the WAV files)

    def probe(self) -> bool:
        path = shutil.which(self.program)
        if path is None:
            return False
        import subprocess

        voices = subprocess.run(
            [path, f"--voices={ZH_VOICE}"], capture_output=True, text=True, timeout=10
        )
        return voices.returncode == 0 and ZH_VOICE in voices.stdout

    def command(self, speed: float) -> list[str]:
        args = [self.program, "-v", ZH_VOICE, "-s", str(round(ESPEAK_WPM * speed)), "--stdin"]
        self.spoken += 1
        if self.wav_dir is not None:
            args += ["-w", str(self.wav_dir / f"sentence-{self.spoken:04d}.wav")]
        return args


class SpeechDispatcherEngine(ProcessEngine):
    """speech-dispatcher's ``spd-say``: the desktop's chosen voice, in Chinese."""

    def probe(self) -> bool:
        path = shutil.which("spd-say")
        if path is None:
            return False
        import subprocess

        voices = subprocess.run(
            [path, "-L", "-l", "zh"], capture_output=True, text=True, timeout=10
        )
        return voices.returncode == 0 and any(
            "zh" in line.lower() for line in voices.stdout.splitlines()[1:]
        )

    def command(self, speed: float) -> list[str]:
        rate = max(-100, min(100, round((speed - 1.0) * 100)))
        return ["spd-say", "-w", "-e", "-l", "zh", "-r", str(rate)]


# SAPI through System.Speech: a zh-CN voice or exit 3; the text on standard input.
_SAPI_SCRIPT = (
    "[Console]::InputEncoding=[Text.Encoding]::UTF8;"
    "Add-Type -AssemblyName System.Speech;"
    "$s=New-Object System.Speech.Synthesis.SpeechSynthesizer;"
    "$v=$s.GetInstalledVoices()|?{$_.Enabled -and $_.VoiceInfo.Culture.Name -eq 'zh-CN'}"
    "|Select-Object -First 1;"
    "if(-not $v){exit 3};"
    "if($args[0] -eq 'probe'){exit 0};"
    "$s.SelectVoice($v.VoiceInfo.Name);$s.Rate=[int]$args[0];"
    "$s.Speak([Console]::In.ReadToEnd())"
)


class SapiEngine(ProcessEngine):
    """Windows' SAPI voices (Huihui, Yaoyao, Kangkang are zh-CN) via PowerShell."""

    def _args(self, what: str) -> list[str]:
        return ["powershell.exe", "-NoProfile", "-NonInteractive", "-Command",
                f"& {{{_SAPI_SCRIPT}}} {what}"]  # fmt: skip

    def probe(self) -> bool:
        import subprocess

        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        done = subprocess.run(
            self._args("probe"), capture_output=True, timeout=30, creationflags=flags
        )
        return done.returncode == 0

    def command(self, speed: float) -> list[str]:
        rate = max(-10, min(10, round((speed - 1.0) * 10)))  # SAPI: -10 … 10, 0 normal
        return self._args(str(rate))


def platform_engine(parent: QObject | None = None) -> SpeechEngine:
    """The machine's voice: SAPI on Windows; espeak-ng, else speech-dispatcher, elsewhere."""
    if sys.platform == "win32":
        return SapiEngine(parent)
    if shutil.which("espeak-ng") is None and shutil.which("spd-say") is not None:
        return SpeechDispatcherEngine(parent)
    return EspeakEngine(parent=parent)
