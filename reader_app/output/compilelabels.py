"""The words of a compilation's cover and notes, one home for the DOCX and the PDF.

English source strings in the "Compilation" translation context; the window and the
CLI install the UI's translation first, so a Chinese UI gets 编印单位、编者按 ….
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from reader_app.core.services.batch import Batch
from reader_app.core.services.compilation import Compilation, Cover


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


def batch_title(batch: Batch) -> str:
    """The name of what is printed: the PDF's title and the default file name.

    A list's, topic's or compilation's own title; a search's query and hit count; one
    article's title; else the first title and the count. Never a bare "Contents".
    """
    if batch.title:
        return batch.title
    count = len(batch.entries)
    if batch.query:
        return (
            QCoreApplication.translate("Compilation", "Search: %1 – %2 articles")
            .replace("%1", batch.query)
            .replace("%2", str(count))
        )
    if count == 1:
        return batch.entries[0].article.title
    if count:
        return (
            QCoreApplication.translate("Compilation", "%1 and others, %2 articles")
            .replace("%1", batch.entries[0].article.title)
            .replace("%2", str(count))
        )
    return QCoreApplication.translate("Compilation", "Compilation")


def titled(compilation: Compilation) -> Compilation:
    """A compilation without a title takes its batch's name (the query, one article ...)."""
    if compilation.title:
        return compilation
    return replace(
        compilation, batch=replace(compilation.batch, title=batch_title(compilation.batch))
    )


def cover_title(cover: Cover) -> str:
    return cover.title or QCoreApplication.translate("Compilation", "Compilation")


def note_label() -> str:
    """Before the compiler's note (编者按：)."""
    return QCoreApplication.translate("Compilation", "Editor's note: ")
