"""Small dialogs: go to a printed page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from reader_app.core.base.messages import Message
from reader_app.core.base.model import Issue
from reader_app.gui.base import plaintext
from reader_app.gui.base.errors import message_text
from reader_app.output.labels import page_range


class GoToPageDialog(QDialog):
    """Issue and printed page → the article printed there."""

    def __init__(
        self, issues: list[Issue], current: str | None, parent: Any = None, page: int | None = None
    ) -> None:
        super().__init__(parent)
        self._issues = {issue.id: issue for issue in issues}
        self.setObjectName("goToPageDialog")
        self.setWindowTitle(self.tr("Go to Page"))
        self.issue_box = QComboBox(self)
        self.issue_box.setAccessibleName(self.tr("Issue"))
        for issue in reversed(issues):
            self.issue_box.addItem(issue.display_title, issue.id)
        if current:
            self.issue_box.setCurrentIndex(max(0, self.issue_box.findData(current)))
        self.page = QSpinBox(self)
        self.page.setAccessibleName(self.tr("Page"))
        self.page.setRange(1, 999)
        self.pages = plaintext.label(self)  # "pages 1–44" of the chosen issue
        self.pages.setObjectName("pageRange")
        self.issue_box.currentIndexChanged.connect(self._show_range)
        self._show_range()
        if page is not None:  # start at the page being read
            self.page.setValue(page)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Issue:"), self.issue_box)
        form.addRow(self.tr("&Page:"), self.page)
        form.addRow("", self.pages)
        form.addRow(buttons)
        self.page.setFocus()
        self.page.selectAll()

    def _show_range(self, *_: object) -> None:
        issue = self._issues.get(str(self.issue_box.currentData()))
        span = page_range(issue) if issue is not None else None
        if span is None:
            self.pages.setText("")
            self.page.setRange(1, 999)
            return
        self.page.setRange(*span)
        self.pages.setText(
            self.tr("This issue has pages %1–%2.").replace("%1", str(span[0]))
            .replace("%2", str(span[1]))
        )  # fmt: skip

    def choice(self) -> tuple[str, int]:
        return str(self.issue_box.currentData()), int(self.page.value())


def show_library_problems(parent: QWidget, problems: list[Message]) -> None:
    """List what could not be read, in the UI's language; importing an issue again repairs it."""
    text = QCoreApplication.translate("MainWindow", "These parts of the library could not be read and are not shown; everything else is. Importing a damaged issue again repairs it.\n\n%1")  # fmt: skip
    title = QCoreApplication.translate("MainWindow", "Library problems")
    said = "\n".join(message_text(problem) for problem in problems[:20])
    plaintext.warning(parent, title, text.replace("%1", said))
