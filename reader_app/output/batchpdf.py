"""The CLI's batch PDF: Qt typesets it without a window (``reader-app-cli export --pdf``).

A QGuiApplication (offscreen when there is no display), the window's Chinese
typeface and UI translation, so the file matches what the window exports;
written atomically (temp + rename) so a failure leaves no half-written PDF.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import cast

from reader_app.core.services.batch import Batch


def write_batch_pdf(path: Path, batch: Batch, language: str) -> int:
    """Write ``batch`` as one PDF at ``path`` in ``language``; returns the page count."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and (
        sys.platform.startswith("linux")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFont, QGuiApplication

    from reader_app.output import batchoutput, fonts, i18n

    app = QGuiApplication.instance() or QGuiApplication(["reader-app-cli"])
    i18n.install(language)
    font = QFont(cast(QGuiApplication, app).font())
    font.setFamilies(fonts.families())  # the window's one Chinese typeface, as in its prints
    font.setPointSizeF(11)
    return batchoutput.export_batch_pdf(path, batch, font)  # atomic: temp + rename
