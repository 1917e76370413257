"""Small dialogs: go to a printed page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from reader_app.core.model import Issue


class GoToPageDialog(QDialog):
    """Issue and printed page → the article printed there."""

    def __init__(self, issues: list[Issue], current: str | None, parent: Any = None) -> None:
        super().__init__(parent)
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Issue:"), self.issue_box)
        form.addRow(self.tr("&Page:"), self.page)
        form.addRow(buttons)
        self.page.setFocus()
        self.page.selectAll()

    def choice(self) -> tuple[str, int]:
        return str(self.issue_box.currentData()), int(self.page.value())


def show_library_problems(parent: QWidget, problems: list[str]) -> None:
    """List what could not be read; staff check it with reader-app-cli verify."""
    text = QCoreApplication.translate("MainWindow", "These parts of the library could not be read and are not shown; everything else is. Staff can check them with “reader-app-cli verify”.\n\n%1")  # fmt: skip
    title = QCoreApplication.translate("MainWindow", "Library problems")
    QMessageBox.warning(parent, title, text.replace("%1", "\n".join(problems[:20])))
