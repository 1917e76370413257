"""The About dialog: version, library and index state, the policy in force, where logs are.

Its content comes from ``reader_app.core.app.diagnostics`` so IT sees the same facts as
``reader-app-cli policy``; a policy problem is shown in red with what to do.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from reader_app.core.app.diagnostics import Section, about_sections, about_text
from reader_app.core.base.messages import Message
from reader_app.gui.base.errors import message_text
from reader_app.output.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from reader_app.core.app.indexplace import IndexPlace
    from reader_app.core.library.library import Library
    from reader_app.core.machine.policy import Policy
    from reader_app.core.search.thesaurus import Thesaurus


class SearchFacts(Protocol):
    """What the dialog asks of the search service."""

    @property
    def ready(self) -> bool: ...

    @property
    def place(self) -> IndexPlace | None: ...

    @property
    def thesaurus(self) -> Thesaurus | None: ...

    def doc_count(self) -> int: ...


#: The core reports in English; these are the titles, keys and one-word values it uses.
LABELS = (
    QT_TRANSLATE_NOOP("AboutDialog", "Program"),
    QT_TRANSLATE_NOOP("AboutDialog", "Version"),
    QT_TRANSLATE_NOOP("AboutDialog", "Runtime"),
    QT_TRANSLATE_NOOP("AboutDialog", "Portable mode"),
    QT_TRANSLATE_NOOP("AboutDialog", "Library"),
    QT_TRANSLATE_NOOP("AboutDialog", "Issues"),
    QT_TRANSLATE_NOOP("AboutDialog", "Articles"),
    QT_TRANSLATE_NOOP("AboutDialog", "Folder (bundled)"),
    QT_TRANSLATE_NOOP("AboutDialog", "Folder (user)"),
    QT_TRANSLATE_NOOP("AboutDialog", "Folder (read-only)"),
    QT_TRANSLATE_NOOP("AboutDialog", "Search index"),
    QT_TRANSLATE_NOOP("AboutDialog", "Search thesaurus"),
    QT_TRANSLATE_NOOP("AboutDialog", "Thesaurus file"),
    QT_TRANSLATE_NOOP("AboutDialog", "Location"),
    QT_TRANSLATE_NOOP("AboutDialog", "State"),
    QT_TRANSLATE_NOOP("AboutDialog", "Policy"),
    QT_TRANSLATE_NOOP("AboutDialog", "Policy file"),
    QT_TRANSLATE_NOOP("AboutDialog", "Public mode"),
    QT_TRANSLATE_NOOP("AboutDialog", "Idle reset"),
    QT_TRANSLATE_NOOP("AboutDialog", "Import"),
    QT_TRANSLATE_NOOP("AboutDialog", "Export"),
    QT_TRANSLATE_NOOP("AboutDialog", "Printing"),
    QT_TRANSLATE_NOOP("AboutDialog", "External links"),
    QT_TRANSLATE_NOOP("AboutDialog", "Publishes to"),
    QT_TRANSLATE_NOOP("AboutDialog", "Extra library folders"),
    QT_TRANSLATE_NOOP("AboutDialog", "Index location"),
    QT_TRANSLATE_NOOP("AboutDialog", "Thesaurus folders"),
    QT_TRANSLATE_NOOP("AboutDialog", "Language"),
    QT_TRANSLATE_NOOP("AboutDialog", "Logs"),
    QT_TRANSLATE_NOOP("AboutDialog", "Log file"),
    QT_TRANSLATE_NOOP("AboutDialog", "on"),
    QT_TRANSLATE_NOOP("AboutDialog", "off"),
    QT_TRANSLATE_NOOP("AboutDialog", "allowed"),
    QT_TRANSLATE_NOOP("AboutDialog", "never"),
    QT_TRANSLATE_NOOP("AboutDialog", "no"),
    QT_TRANSLATE_NOOP("AboutDialog", "none"),
    QT_TRANSLATE_NOOP("AboutDialog", "default"),
    QT_TRANSLATE_NOOP("AboutDialog", "Statistics"),
    QT_TRANSLATE_NOOP("AboutDialog", "Statistics folder"),
    QT_TRANSLATE_NOOP("AboutDialog", "Statistics drop folder"),
    QT_TRANSLATE_NOOP("AboutDialog", "Reading lists folder"),
    QT_TRANSLATE_NOOP("AboutDialog", "Public log folder"),
    QT_TRANSLATE_NOOP("AboutDialog", "Read aloud"),
    QT_TRANSLATE_NOOP("AboutDialog", "Quit"),
    QT_TRANSLATE_NOOP("AboutDialog", "not opened yet"),
    QT_TRANSLATE_NOOP("AboutDialog", "building…"),
    QT_TRANSLATE_NOOP("AboutDialog", "none (no policy file; defaults)"),
    QT_TRANSLATE_NOOP("AboutDialog", "user cache"),
    QT_TRANSLATE_NOOP("AboutDialog", "this session only (public workstation)"),
    QT_TRANSLATE_NOOP("AboutDialog", "this session only (the user folder cannot be written)"),
    QT_TRANSLATE_NOOP("AboutDialog", "published on the shared library, read-only"),
    QT_TRANSLATE_NOOP("AboutDialog", "local copy of the shared library, read-only"),
    QT_TRANSLATE_NOOP("AboutDialog", "set by the machine policy"),
    QT_TRANSLATE_NOOP("AboutDialog", "shipped with the app, read-only"),
)
#: How the program runs (the core's runtime row: "Python 3.11.7, from source, Linux").
RUNTIMES = (
    QT_TRANSLATE_NOOP("AboutDialog", "from source"),
    QT_TRANSLATE_NOOP("AboutDialog", "frozen build"),
)
#: Values with a figure or a path in them: the core's English pattern → ours.
PATTERNS = (
    (
        re.compile(r"^(\d+) articles indexed$"),
        QT_TRANSLATE_NOOP("AboutDialog", "%1 articles indexed"),
    ),
    (re.compile(r"^(.*) — not reachable$"), QT_TRANSLATE_NOOP("AboutDialog", "%1 — not reachable")),
    (
        re.compile(r"^(.*) — not created yet$"),
        QT_TRANSLATE_NOOP("AboutDialog", "%1 — not created yet"),
    ),
    (re.compile(r"^([\d.]+) min$"), QT_TRANSLATE_NOOP("AboutDialog", "%1 min")),
)
_RUNTIME = re.compile(r"^(Python [^,]+), (from source|frozen build), (.*)$")


def _tr(text: str) -> str:
    """A label or value of the core's report in the UI's language (paths stay as they are)."""
    if text in LABELS:
        return QCoreApplication.translate("AboutDialog", text)
    runtime = _RUNTIME.match(text)
    if runtime:
        how = QCoreApplication.translate("AboutDialog", runtime[2])
        return (
            QCoreApplication.translate("AboutDialog", "%1, %2, %3")
            .replace("%1", runtime[1])
            .replace("%2", how)
            .replace("%3", runtime[3])
        )
    for pattern, wording in PATTERNS:
        match = pattern.match(text)
        if match:
            return QCoreApplication.translate("AboutDialog", wording).replace("%1", match[1])
    for label in LABELS:  # "<path> (user cache)", "<path> (this session only (…))"
        if text.endswith(f" ({label})"):
            head = text[: -len(label) - 3]
            return f"{head} ({QCoreApplication.translate('AboutDialog', label)})"
    head, sep, tail = text.rpartition(" (")  # "on (<marker>)"
    if sep and head in LABELS:
        return f"{QCoreApplication.translate('AboutDialog', head)} ({tail}"
    return text


def sections_html(sections: list[Section]) -> str:
    parts = []
    for section in sections:
        parts.append(f"<h3>{html.escape(_tr(section.title))}</h3><table cellspacing='2'>")
        for key, value in section.rows:
            parts.append(
                f"<tr><td><b>{html.escape(_tr(key))}</b>&nbsp;&nbsp;</td>"
                f"<td>{html.escape(_tr(value))}</td></tr>"
            )
        parts.append("</table>")
        for problem in section.problems:
            said = message_text(problem) if isinstance(problem, Message) else problem
            parts.append(f"<p style='color:#b3261e'>⚠ {html.escape(said)}</p>")
    return "".join(parts)


class AboutDialog(QDialog):
    """Read-only facts for staff and IT; "Copy" puts them on the clipboard for a report."""

    def __init__(
        self, library: Library, policy: Policy, search: SearchFacts, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About"))
        docs = search.doc_count() if search.ready else None
        self.sections = about_sections(library, policy, search.place, docs, search.thesaurus)
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
