"""Citations in the window: the chosen GB/T 7714 edition, RIS and BibTeX to copy or save.

``install(window)`` wires the Edit → Citation Style choice (kept in the settings),
Copy as RIS / BibTeX, and File → Export Citation…, which obeys the policy's
export switch like every other file the window writes (its hiding and enabling come
from the actions' table, gui/shell/actions.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from reader_app.core.machine.policy import Action
from reader_app.core.services.citation import STYLES
from reader_app.core.services.citeformats import BIBTEX, RIS, SUFFIXES, cite
from reader_app.gui.base.errors import show_error

if TYPE_CHECKING:
    from reader_app.gui.shell.mainwindow import MainWindow


def install(window: MainWindow) -> None:
    a = window.actions_
    for style in STYLES:
        a.connect(f"cite_{style}", lambda _=False, s=style: set_style(window, s))
    a[f"cite_{window.settings.citation_style}"].setChecked(True)
    a.connect("copy_ris", lambda: copy_as(window, RIS))
    a.connect("copy_bibtex", lambda: copy_as(window, BIBTEX))
    a.connect("export_citation", lambda: export_dialog(window))


def export_allowed(window: MainWindow) -> bool:
    return window.policy.allows(Action.EXPORT_CITATION)


def set_style(window: MainWindow, style: str) -> None:
    window.settings.citation_style = style
    window.actions_[f"cite_{style}"].setChecked(True)


def current_text(window: MainWindow, fmt: str | None = None) -> str | None:
    view = window.view
    if view.article is None or view.issue is None:
        return None
    return cite(view.article, view.issue, fmt or window.settings.citation_style)


def copy_citation(window: MainWindow) -> None:
    """Edit → Copy Citation: the reference in the chosen edition of GB/T 7714."""
    text = current_text(window)
    if text is None:
        return
    QGuiApplication.clipboard().setText(text)
    window.status_label.setText(
        QCoreApplication.translate("MainWindow", "Citation copied: %1").replace("%1", text)
    )


def copy_as(window: MainWindow, fmt: str) -> None:
    text = current_text(window, fmt)
    if text is None:
        return
    QGuiApplication.clipboard().setText(text)
    name = "RIS" if fmt == RIS else "BibTeX"
    window.status_label.setText(
        QCoreApplication.translate("MainWindow", "Copied as %1.").replace("%1", name)
    )


def export_citation(window: MainWindow, path: Path) -> str:
    """Write the open article's record as RIS or BibTeX, chosen by ``path``'s suffix."""
    fmt = BIBTEX if path.suffix.lower() in (".bib", ".bibtex") else RIS
    text = current_text(window, fmt)
    if text is None:
        raise ValueError("no article is open")
    from reader_app.core.base.atomic import write_text_atomic

    write_text_atomic(path, text)
    return fmt


def export_dialog(window: MainWindow) -> None:
    article = window.view.article
    if article is None or not export_allowed(window):
        return
    from reader_app.core.base.filenames import safe_file_name
    from reader_app.gui.base import filedialogs

    ris_filter = QCoreApplication.translate("MainWindow", "RIS for Zotero, EndNote (*.ris)")
    bib_filter = QCoreApplication.translate("MainWindow", "BibTeX (*.bib)")
    name, chosen = filedialogs.save_file(
        window,
        QCoreApplication.translate("MainWindow", "Export Citation"),
        safe_file_name(article.title, SUFFIXES[RIS]),
        f"{ris_filter};;{bib_filter}",
    )
    if not name:
        return
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(SUFFIXES[BIBTEX] if chosen == bib_filter else SUFFIXES[RIS])
    try:
        export_citation(window, path)
    except Exception as exc:
        show_error(window, exc)
        return
    window.status_label.setText(
        QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", str(path))
    )
