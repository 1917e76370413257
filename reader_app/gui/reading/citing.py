"""Citations in the window: the chosen GB/T 7714 edition, RIS and BibTeX to copy or save.

:class:`Citing` wires the Edit → Citation Style choice (kept in the settings),
Copy Citation, Copy as RIS / BibTeX, and File → Export Citation…, which obeys the
policy's export switch like every other file the window writes (its hiding and
enabling come from the actions' table, gui/shell/actions.py). It reads the open
article from the reading state, never from the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from reader_app.core.machine.policy import Action, Policy
from reader_app.core.services.citation import STYLES
from reader_app.core.services.citeformats import BIBTEX, RIS, SUFFIXES, cite
from reader_app.gui.base.errors import show_error
from reader_app.gui.base.hub import Hub
from reader_app.gui.base.parts import ActionTable, Part
from reader_app.gui.base.readingstate import ReadingState
from reader_app.gui.base.settings import Settings


class Citing(Part):
    def __init__(
        self,
        state: ReadingState,
        settings: Settings,
        policy: Policy,
        actions: ActionTable,
        hub: Hub,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.state, self.settings, self.policy = state, settings, policy
        self.actions, self.hub, self.parent_widget = actions, hub, parent
        a = actions
        for style in STYLES:
            a.connect(f"cite_{style}", lambda _=False, s=style: self.set_style(s))
        a[f"cite_{settings.citation_style}"].setChecked(True)
        a.connect("copy_citation", self.copy_citation)
        a.connect("copy_ris", lambda: self.copy_as(RIS))
        a.connect("copy_bibtex", lambda: self.copy_as(BIBTEX))
        a.connect("export_citation", self.export_dialog)

    @property
    def export_allowed(self) -> bool:
        return self.policy.allows(Action.EXPORT_CITATION)

    def set_style(self, style: str) -> None:
        self.settings.citation_style = style
        self.actions[f"cite_{style}"].setChecked(True)

    def current_text(self, fmt: str | None = None) -> str | None:
        article, issue = self.state.article, self.state.issue
        if article is None or issue is None:
            return None
        return cite(article, issue, fmt or self.settings.citation_style)

    def copy_citation(self) -> None:
        """Edit → Copy Citation: the reference in the chosen edition of GB/T 7714."""
        text = self.current_text()
        if text is None:
            return
        QGuiApplication.clipboard().setText(text)
        self.hub.show_status(
            QCoreApplication.translate("MainWindow", "Citation copied: %1").replace("%1", text)
        )

    def copy_as(self, fmt: str) -> None:
        text = self.current_text(fmt)
        if text is None:
            return
        QGuiApplication.clipboard().setText(text)
        name = "RIS" if fmt == RIS else "BibTeX"
        self.hub.show_status(
            QCoreApplication.translate("MainWindow", "Copied as %1.").replace("%1", name)
        )

    def export_citation(self, path: Path) -> str:
        """Write the open article's record as RIS or BibTeX, chosen by ``path``'s suffix."""
        fmt = BIBTEX if path.suffix.lower() in (".bib", ".bibtex") else RIS
        text = self.current_text(fmt)
        if text is None:
            raise ValueError("no article is open")
        from reader_app.core.base.atomic import write_text_atomic

        write_text_atomic(path, text)
        return fmt

    def export_dialog(self) -> None:
        article = self.state.article
        if article is None or not self.export_allowed:
            return
        from reader_app.core.base.filenames import safe_file_name
        from reader_app.gui.base import filedialogs

        ris_filter = QCoreApplication.translate("MainWindow", "RIS for Zotero, EndNote (*.ris)")
        bib_filter = QCoreApplication.translate("MainWindow", "BibTeX (*.bib)")
        name, chosen = filedialogs.save_file(
            self.parent_widget,
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
            self.export_citation(path)
        except Exception as exc:
            show_error(self.parent_widget, exc)
            return
        self.hub.show_status(
            QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", str(path))
        )
