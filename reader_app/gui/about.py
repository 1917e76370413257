"""The About dialog: version, library and index state, the policy in force, where logs are.

Its content comes from ``reader_app.core.diagnostics`` so IT sees the same facts as
``reader-app-cli policy``; a policy problem is shown in red with what to do.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from reader_app.core.diagnostics import Section, about_sections, about_text

if TYPE_CHECKING:
    from reader_app.gui.mainwindow import MainWindow


def sections_html(sections: list[Section]) -> str:
    parts = []
    for section in sections:
        parts.append(f"<h3>{html.escape(section.title)}</h3><table cellspacing='2'>")
        for key, value in section.rows:
            parts.append(
                f"<tr><td><b>{html.escape(key)}</b>&nbsp;&nbsp;</td>"
                f"<td>{html.escape(value)}</td></tr>"
            )
        parts.append("</table>")
        for problem in section.problems:
            parts.append(f"<p style='color:#b3261e'>⚠ {html.escape(problem)}</p>")
    return "".join(parts)


class AboutDialog(QDialog):
    """Read-only facts for staff and IT; "Copy" puts them on the clipboard for a report."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About"))
        service = window.search
        docs = service.doc_count() if service.ready else None
        self.sections = about_sections(window.library, window.policy.machine, service.place, docs)
        self.text = QTextBrowser(self)
        self.text.setObjectName("aboutText")
        self.text.setOpenLinks(False)
        intro = "<h2>" + html.escape(self.tr("Xinxi Zhaibian Reader")) + "</h2><p>"
        intro += html.escape(self.tr("Offline reader for the digest 《信息摘编》.")) + "</p>"
        self.text.setHtml(intro + sections_html(self.sections))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(about_text(self.sections))
