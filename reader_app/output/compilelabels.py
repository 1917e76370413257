"""The words of a compilation's cover and notes, one home for the DOCX and the PDF.

English source strings in the "Compilation" translation context; the window and the
CLI install the UI's translation first, so a Chinese UI gets 编印单位、编者按 ….
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader_app.core.services.compilation import Cover


def cover_lines(cover: Cover) -> list[str]:
    """Compiling body, compiler, period, number of articles, date made (empty ones left off)."""
    lines = []
    if cover.compiled_by:
        lines.append(
            QCoreApplication.translate("Compilation", "Compiled by: %1").replace(
                "%1", cover.compiled_by
            )
        )
    if cover.compiler:
        lines.append(
            QCoreApplication.translate("Compilation", "Compiler: %1").replace("%1", cover.compiler)
        )
    if cover.first is not None and cover.last is not None:
        span = (
            cover.first.isoformat()
            if cover.first == cover.last
            else QCoreApplication.translate("Compilation", "%1 to %2")
            .replace("%1", cover.first.isoformat())
            .replace("%2", cover.last.isoformat())
        )
        lines.append(QCoreApplication.translate("Compilation", "Period: %1").replace("%1", span))
    lines.append(
        QCoreApplication.translate("Compilation", "Articles: %1").replace("%1", str(cover.articles))
    )
    lines.append(
        QCoreApplication.translate("Compilation", "Made on: %1").replace(
            "%1", cover.made.isoformat()
        )
    )
    return lines


def cover_title(cover: Cover) -> str:
    return cover.title or QCoreApplication.translate("Compilation", "Compilation")


def note_label() -> str:
    """Before the compiler's note (编者按：)."""
    return QCoreApplication.translate("Compilation", "Editor's note: ")
