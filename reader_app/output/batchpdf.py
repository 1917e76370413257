"""The CLI's batch PDF and compilations: Qt typesets them without a window
(``reader-app-cli export --pdf`` / ``--docx``), and reads the staff's compiler settings.

A QGuiApplication (offscreen when there is no display), the window's Chinese
typeface and UI translation, so the file matches what the window exports;
written atomically (temp + rename) so a failure leaves no half-written file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from reader_app.core.services.compilation import Compilation

if TYPE_CHECKING:
    from PySide6.QtGui import QFont


def _prepare(language: str) -> QFont:
    """The application, its translation and the print face (the window's)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and (
        sys.platform.startswith("linux")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFont, QGuiApplication

    from reader_app.output import fonts, i18n

    app = QGuiApplication.instance() or QGuiApplication(["reader-app-cli"])
    i18n.install(language)
    font = QFont(cast(QGuiApplication, app).font())
    font.setFamilies(fonts.families())  # the window's one Chinese typeface, as in its prints
    font.setPointSizeF(11)
    return font


def write_compilation_pdf(path: Path, compilation: Compilation, language: str) -> int:
    """The compilation (cover, contents, notes) as a PDF; returns the page count."""
    font = _prepare(language)
    from reader_app.output import batchoutput

    return batchoutput.export_compilation_pdf(path, compilation, font)


def write_compilation_docx(path: Path, compilation: Compilation, language: str) -> int:
    """The compilation as a Word document, its labels in ``language``; returns the articles."""
    _prepare(language)
    from reader_app.output import docxout

    return docxout.write_docx(path, compilation)


def saved_compiler() -> tuple[str, str]:
    """The compiling body and compiler staff entered in the window (汇编…), read from the
    window's settings file (QSettings' INI, so read with QSettings): ("", "") if none."""
    from PySide6.QtCore import QSettings

    from reader_app.core.machine.paths import SETTINGS_FILE, app_dirs
    from reader_app.core.services import compilation as compilations

    path = app_dirs().config / SETTINGS_FILE
    if not path.is_file():
        return "", ""
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    return (
        str(settings.value(compilations.SETTING_COMPILED_BY, "") or ""),
        str(settings.value(compilations.SETTING_COMPILER, "") or ""),
    )
