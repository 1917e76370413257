"""The reading-lists tab (书单): staff build and order lists; patrons see 馆员推荐 read only.

Own lists are saved (atomically) after every change; published lists come from
the shared library or the policy's folder and are never written here.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader_app.core.base.errors import ReaderError
from reader_app.core.base.messages import Message
from reader_app.core.library.library import Library
from reader_app.core.machine.policy import Action, Policy
from reader_app.core.services import readinglists as rl
from reader_app.core.services.batch import Batch, from_list
from reader_app.gui.base import plaintext
from reader_app.gui.base.errors import show_error
from reader_app.gui.base.readingstate import ReadingState
from reader_app.gui.room.readinglistmodel import (
    ARTICLE_ID_ROLE,
    AVAILABLE_ROLE,
    ReadingListModel,
)

log = logging.getLogger(__name__)
MISSING_SHOWN = 10  # titles named in the publish warning; more are "…"


def permissions(policy: Any) -> dict[str, bool]:
    """What the panel may do under the machine policy (core/machine/policy.py answers)."""
    return {
        "edit": not policy.public_mode,
        "import": policy.allows(Action.IMPORT) and policy.allows(Action.FILE_DIALOG),
        "export": policy.allows(Action.BATCH_EXPORT),
        "print": policy.allows(Action.BATCH_PRINT),
    }


class ReadingListPanel(QWidget):
    articleChosen = Signal(str)
    printListRequested = Signal(object)  # the ReadingList
    exportArticlesRequested = Signal(object)  # the ReadingList
    compileRequested = Signal(object)  # the ReadingList: 汇编… (DOCX or PDF)

    def __init__(
        self,
        library: Library,
        policy: Policy,
        state: ReadingState,
        store: rl.ListStore | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readingListPanel")
        self.library, self.policy, self.state = library, policy, state
        self.store = store  # None on a public workstation: nothing is written
        self.can = permissions(policy)
        self.lists: list[rl.ReadingList] = []
        self.problems: list[Message] = []
        self.model = ReadingListModel(self._describe, self)
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("readingListChooser")
        self.view = QListView(self)
        self.view.setObjectName("readingListView")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(3)
        self.description = plaintext.label(self)  # the list's own words: never markup
        self.description.setObjectName("readingListDescription")
        self.description.setWordWrap(True)
        self.missing_label = plaintext.label(self)  # an item not in this library was opened
        self.missing_label.setObjectName("readingListMissing")
        self.missing_label.setWordWrap(True)
        self.missing_label.hide()
        self.read_only_label = plaintext.label(self)
        self.read_only_label.setObjectName("readingListReadOnly")
        self.note = QLineEdit(self)
        self.note.setObjectName("readingListNote")
        self.note_label = plaintext.label(self)
        self.note_label.setBuddy(self.note)
        self.buttons: dict[str, QPushButton] = {}
        for name in ("new", "delete", "import", "export", "add", "remove", "up", "down",
                     "print", "pdf", "compile"):  # fmt: skip
            button = QPushButton(self)
            button.setObjectName(f"readingList_{name}")
            self.buttons[name] = button
        b = self.buttons
        # Two buttons a row at most: the side panel stays usable at 150 % type (适老化).
        top = QGridLayout()  # the list's name gets the whole width above its buttons
        for i, name in enumerate(("new", "delete", "import", "export")):
            top.addWidget(b[name], i // 2, i % 2)
        edit = QGridLayout()
        edit.addWidget(b["add"], 0, 0, 1, 3)
        for column, name in enumerate(("up", "down", "remove")):
            edit.addWidget(b[name], 1, column)
        out = QHBoxLayout()
        out.addWidget(b["print"])
        out.addWidget(b["pdf"])
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.chooser)
        box.addLayout(top)
        box.addWidget(self.read_only_label)
        box.addWidget(self.description)
        box.addWidget(self.view, 1)
        box.addWidget(self.missing_label)
        box.addWidget(self.note_label)
        box.addWidget(self.note)
        box.addLayout(edit)
        box.addLayout(out)
        box.addWidget(b["compile"])  # a row of its own: two buttons a row at most
        for name in ("new", "delete", "add", "remove", "up", "down"):
            b[name].setVisible(self.can["edit"])
        self.note.setVisible(self.can["edit"])
        self.note_label.setVisible(self.can["edit"])
        b["import"].setVisible(self.can["import"])
        b["export"].setVisible(self.can["export"])
        b["pdf"].setVisible(self.can["export"])
        b["compile"].setVisible(self.can["export"])
        b["print"].setVisible(self.can["print"])

        self.chooser.currentIndexChanged.connect(self._choose)
        self.view.activated.connect(self.open_item)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.note.editingFinished.connect(self._save_note)
        b["new"].clicked.connect(self.new_list_dialog)
        b["delete"].clicked.connect(lambda: self.delete_list(confirm=True))
        b["import"].clicked.connect(self.import_dialog)
        b["export"].clicked.connect(self.export_dialog)
        b["add"].clicked.connect(self.add_current)
        b["remove"].clicked.connect(self.remove_current)
        b["up"].clicked.connect(lambda: self.move_current(-1))
        b["down"].clicked.connect(lambda: self.move_current(1))
        b["print"].clicked.connect(lambda: self._emit(self.printListRequested))
        b["pdf"].clicked.connect(lambda: self._emit(self.exportArticlesRequested))
        b["compile"].clicked.connect(lambda: self._emit(self.compileRequested))
        self.retranslate()
        self.reload()

    # ------------------------------------------------------------ texts
    def retranslate(self) -> None:
        texts = {
            "new": self.tr("&New…"),
            "delete": self.tr("Delete"),
            "import": self.tr("Import…"),
            "export": self.tr("Export…"),
            "add": self.tr("&Add Current Article"),
            "remove": self.tr("Remove"),
            "up": self.tr("Move Up"),
            "down": self.tr("Move Down"),
            "print": self.tr("&Print List…"),
            "pdf": self.tr("Articles as PDF…"),
            "compile": self.tr("&Compile…"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.chooser.setAccessibleName(self.tr("Reading list"))
        self.view.setAccessibleName(self.tr("Articles of the reading list"))
        self.note_label.setText(self.tr("N&ote on the selected article:"))
        self.note.setPlaceholderText(self.tr("Why this article is worth reading"))
        self.read_only_label.setText(self.tr("Recommended by the library (read only)"))
        self.missing_label.hide()
        self._fill_chooser()

    # ------------------------------------------------------------ lists
    def reload(self, select: str | None = None) -> None:
        policy = self.policy
        own: list[rl.ReadingList] = []
        problems: list[Message] = []
        if self.store is not None:
            own, problems = self.store.lists()
        shared, more = rl.shared_lists(policy)
        names = {r.name for r in own}
        self.lists = own + [r for r in shared if r.name not in names]
        self.problems = problems + more
        for problem in self.problems:
            log.warning("reading list: %s", problem)
        current = select or (self.current.name if self.current else None)
        self._fill_chooser(current)

    def _fill_chooser(self, select: str | None = None) -> None:
        if not hasattr(self, "lists"):
            return
        select = select or (self.current.name if self.current else None)
        same = self.current is not None and self.current.name == select
        row = self.view.currentIndex().row() if same else -1  # kept across a language switch
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for reading_list in self.lists:
            label = reading_list.name
            if reading_list.read_only:
                label += self.tr(" (recommended)")
            self.chooser.addItem(label, reading_list.name)
        names = [r.name for r in self.lists]
        self.chooser.setCurrentIndex(names.index(select) if select in names else 0)
        self.chooser.blockSignals(False)
        self._choose()
        if 0 <= row < self.model.rowCount() and self.current is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))  # and its note shown again

    def batch(self, library: Library) -> Batch | None:
        """The list shown (gui/base/parts.py ``BatchSource``); None: no list chosen."""
        return from_list(library, self.current) if self.current is not None else None

    @property
    def current(self) -> rl.ReadingList | None:
        return self.model.reading_list

    def _choose(self, *_args: object) -> None:
        row = self.chooser.currentIndex()
        reading_list = self.lists[row] if 0 <= row < len(self.lists) else None
        self.model.set_list(reading_list)
        self.description.setText(reading_list.description if reading_list else "")
        self.description.setVisible(bool(reading_list and reading_list.description))
        self._update()

    def editable(self) -> bool:
        return bool(self.can["edit"] and self.current and not self.current.read_only and self.store)

    def refresh_buttons(self) -> None:
        """The window's article may have changed: "Add Current Article" follows it."""
        self._update()

    def _update(self) -> None:
        editable, has = self.editable(), self.current is not None
        row = self.view.currentIndex().row()
        b = self.buttons
        b["delete"].setEnabled(editable)
        article = self.state.article
        b["add"].setEnabled(
            editable
            and article is not None
            and article.id not in (self.current.ids() if self.current is not None else [])
        )
        b["remove"].setEnabled(editable and row >= 0)
        b["up"].setEnabled(editable and row > 0)
        b["down"].setEnabled(editable and 0 <= row < self.model.rowCount() - 1)
        b["export"].setEnabled(has)
        has_items = has and self.model.rowCount() > 0
        b["print"].setEnabled(has_items)
        b["pdf"].setEnabled(has_items)
        b["compile"].setEnabled(has_items)
        self.note.setEnabled(editable and row >= 0)
        self.read_only_label.setVisible(bool(self.current and self.current.read_only))

    def _describe(self, article_id: str) -> tuple[str, str] | None:
        from reader_app.core.services.citation import citation

        try:
            issue, article = self.library.find_article(article_id)
        except ReaderError:
            return None
        return article.title, citation(article, issue)

    def _save(self) -> None:
        if self.store is None or self.current is None or self.current.read_only:
            return
        try:
            self.store.save(self.current)
        except OSError as exc:
            show_error(self, exc)

    # ------------------------------------------------------------ editing
    def new_list(self, name: str) -> rl.ReadingList | None:
        if self.store is None:
            return None
        try:
            created = self.store.create(name)
        except (ReaderError, OSError) as exc:
            show_error(self, exc)
            return None
        self.reload(select=created.name)
        return created

    def new_list_dialog(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New Reading List"), self.tr("Name:"))
        if ok and name.strip():
            self.new_list(name)

    def delete_list(self, confirm: bool = True) -> None:
        if not self.editable() or self.current is None:
            return
        if confirm and not plaintext.question(
            self,
            self.tr("Delete Reading List"),
            self.tr("Delete the reading list “%1”?").replace("%1", self.current.name),
        ):
            return
        assert self.store is not None
        self.store.delete(self.current)
        self.model.set_list(None)
        self.reload()

    def add_article(self, article_id: str) -> bool:
        if not self.editable():
            return False
        described = self._describe(article_id)
        added = self.model.add(article_id, described[0] if described else "")
        if added:
            self._save()
            self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
        self._update()
        return added

    def add_current(self) -> None:
        article = self.state.article
        if article is not None:
            self.add_article(article.id)

    def remove_current(self) -> None:
        if self.editable() and self.model.remove(self.view.currentIndex().row()):
            self._save()
        self._update()

    def move_current(self, step: int) -> None:
        row = self.view.currentIndex().row()
        if self.editable() and self.model.move(row, step):
            self._save()
            self.view.setCurrentIndex(self.model.index(row + step, 0))
        self._update()

    def open_item(self, index: QModelIndex) -> None:
        """Open the item's article; one this library lacks is said so here, in words."""
        if not index.isValid():
            return
        if index.data(AVAILABLE_ROLE):
            self.missing_label.hide()
            self.articleChosen.emit(index.data(ARTICLE_ID_ROLE))
            return
        self.missing_label.setText(self.model.missing_text())
        self.missing_label.show()

    def _on_current(self, index: QModelIndex, _previous: QModelIndex) -> None:
        self.missing_label.hide()
        self.note.blockSignals(True)
        self.note.setText(self.model.items[index.row()].note if index.isValid() else "")
        self.note.blockSignals(False)
        self._update()

    def _save_note(self) -> None:
        row = self.view.currentIndex().row()
        if self.editable() and self.model.set_note(row, self.note.text().strip()):
            self._save()

    # ------------------------------------------------------------ files
    def import_file(self, path: Path) -> rl.ReadingList | None:
        if self.store is None or not self.can["import"]:
            return None
        try:
            imported = self.store.import_file(path)
        except (ReaderError, OSError) as exc:
            show_error(self, exc)
            return None
        self.reload(select=imported.name)
        return imported

    def import_dialog(self) -> None:
        from reader_app.gui.base import (
            filedialogs,  # the dialog's module: only when asked (start-up)
        )

        name, _ = filedialogs.open_file(
            self, self.tr("Import Reading List"), "", self.tr("Reading list (*.json)")
        )
        if name:
            self.import_file(Path(name))

    def export_file(self, path: Path) -> None:
        if self.current is not None and self.can["export"]:
            rl.write_file(self.current, path)

    def export_dialog(self) -> None:
        if self.current is None:
            return
        from reader_app.core.base.filenames import safe_file_name
        from reader_app.gui.base import filedialogs

        name, _ = filedialogs.save_file(
            self,
            self.tr("Export Reading List"),
            safe_file_name(self.current.name, ".json", fallback="list"),
            self.tr("Reading list (*.json)"),
        )
        if name:
            try:
                self.export_file(Path(name))
            except OSError as exc:
                show_error(self, exc)
                return
            self.warn_missing()

    def warn_missing(self) -> str:
        """An exported list is published for the room: say which of its articles the
        shared library lacks (workstations show them as unavailable). The text shown."""
        if self.current is None:
            return ""
        missing = rl.missing_items(self.current, self.library, shared=True)
        if not missing:
            return ""
        names = [f"• {item.title or item.article}" for item in missing[:MISSING_SHOWN]]
        if len(missing) > MISSING_SHOWN:
            names.append("…")
        text = (
            self.tr(
                "%1 of the %2 articles of this list are not in the shared library; "
                "workstations will show them as not in this library:"
            )
            .replace("%1", str(len(missing)))
            .replace("%2", str(len(self.current.items)))
        )
        text += "\n" + "\n".join(names)
        plaintext.warning(self, self.tr("Articles Missing from the Shared Library"), text)
        return text

    def _emit(self, signal: Any) -> None:
        if self.current is not None and self.current.items:
            signal.emit(self.current)
