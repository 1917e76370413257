"""The window's actions and menus, in one place so keyboard access stays complete."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from reader_app.output.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from reader_app.gui.shell.mainwindow import MainWindow

Key = QKeySequence.StandardKey


# name -> (English text, shortcuts); texts are translated in retranslate().
SPECS: dict[str, tuple[str, list[QKeySequence | QKeySequence.StandardKey | str]]] = {
    "import": (QT_TRANSLATE_NOOP("Actions", "&Import Issue…"), ["Ctrl+I"]),
    "print": (QT_TRANSLATE_NOOP("Actions", "&Print…"), [Key.Print]),
    "print_preview": (QT_TRANSLATE_NOOP("Actions", "Print Pre&view…"), []),
    "export_pdf": (QT_TRANSLATE_NOOP("Actions", "&Export as PDF…"), ["Ctrl+Shift+E"]),
    "print_original": (QT_TRANSLATE_NOOP("Actions", "Print &Original Pages…"), []),
    "export_original": (
        QT_TRANSLATE_NOOP("Actions", "Export Original Pages as P&DF…"),
        [],
    ),
    "batch_print": (QT_TRANSLATE_NOOP("Actions", "Print Selected &Articles…"), ["Ctrl+Shift+P"]),
    "batch_export": (QT_TRANSLATE_NOOP("Actions", "Export Selected Articles as PD&F…"), []),
    "compile": (QT_TRANSLATE_NOOP("Actions", "&Compilation (Word or PDF)…"), []),
    "statistics": (QT_TRANSLATE_NOOP("Actions", "Reading-Room &Statistics…"), []),
    "quit": (QT_TRANSLATE_NOOP("Actions", "&Quit"), [Key.Quit, "Ctrl+Q"]),
    "copy_citation": (QT_TRANSLATE_NOOP("Actions", "Copy &Citation"), ["Ctrl+Shift+C"]),
    "copy_link": (QT_TRANSLATE_NOOP("Actions", "Copy &Link"), ["Ctrl+Shift+L"]),
    "copy_ris": (QT_TRANSLATE_NOOP("Actions", "Copy as &RIS (Zotero, EndNote)"), []),
    "copy_bibtex": (QT_TRANSLATE_NOOP("Actions", "Copy as Bib&TeX"), []),
    "export_citation": (QT_TRANSLATE_NOOP("Actions", "Export Citatio&n (RIS, BibTeX)…"), []),
    "cite_gb7714-2025": (QT_TRANSLATE_NOOP("Actions", "GB/T 7714—&2025"), []),
    "cite_gb7714-2015": (QT_TRANSLATE_NOOP("Actions", "GB/T 7714—20&15 (previous edition)"), []),
    "find": (QT_TRANSLATE_NOOP("Actions", "&Find in Article…"), [Key.Find]),
    "search": (QT_TRANSLATE_NOOP("Actions", "&Search…"), ["Ctrl+K"]),
    "next_hit": (QT_TRANSLATE_NOOP("Actions", "&Next Match"), ["F3"]),
    "previous_hit": (QT_TRANSLATE_NOOP("Actions", "Pre&vious Match"), ["Shift+F3"]),
    "back": (QT_TRANSLATE_NOOP("Actions", "&Back"), ["Alt+Left", Key.Back]),
    "forward": (QT_TRANSLATE_NOOP("Actions", "&Forward"), ["Alt+Right", Key.Forward]),
    "previous_article": (QT_TRANSLATE_NOOP("Actions", "P&revious Article"), ["Ctrl+PgUp"]),
    "next_article": (QT_TRANSLATE_NOOP("Actions", "N&ext Article"), ["Ctrl+PgDown"]),
    "go_to_page": (QT_TRANSLATE_NOOP("Actions", "&Go to Page…"), ["Ctrl+G"]),
    "bookmark": (QT_TRANSLATE_NOOP("Actions", "Book&mark This Article"), ["Ctrl+D"]),
    "show_bookmarks": (QT_TRANSLATE_NOOP("Actions", "Show &Bookmarks"), ["Ctrl+Shift+B"]),
    "show_library": (QT_TRANSLATE_NOOP("Actions", "S&how Library"), ["Ctrl+L"]),
    "show_reading_lists": (QT_TRANSLATE_NOOP("Actions", "Show &Reading Lists"), ["Ctrl+Shift+R"]),
    "zoom_in": (QT_TRANSLATE_NOOP("Actions", "Zoom &In"), [Key.ZoomIn, "Ctrl+=", "Ctrl++"]),
    "zoom_out": (QT_TRANSLATE_NOOP("Actions", "Zoom O&ut"), [Key.ZoomOut, "Ctrl+-"]),
    "zoom_reset": (QT_TRANSLATE_NOOP("Actions", "&Actual Size"), ["Ctrl+0"]),
    "full_screen": (QT_TRANSLATE_NOOP("Actions", "&Full Screen"), ["F11"]),
    "original_view": (QT_TRANSLATE_NOOP("Actions", "&Original Pages"), ["Ctrl+Shift+O", "F4"]),
    "theme_system": (QT_TRANSLATE_NOOP("Actions", "Follow &System"), []),
    "theme_light": (QT_TRANSLATE_NOOP("Actions", "&Light"), []),
    "theme_dark": (QT_TRANSLATE_NOOP("Actions", "&Dark"), []),
    "theme_contrast": (QT_TRANSLATE_NOOP("Actions", "&High Contrast"), []),
    "large_type": (
        QT_TRANSLATE_NOOP("Actions", "Large T&ype and High Contrast"),
        ["Ctrl+Shift+H"],
    ),
    "user_guide": (QT_TRANSLATE_NOOP("Actions", "&User Guide"), [Key.HelpContents, "F1"]),
    "about": (QT_TRANSLATE_NOOP("Actions", "&About"), []),
}
MENU_TITLES = {
    "file": QT_TRANSLATE_NOOP("Actions", "&File"),
    "edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "view": QT_TRANSLATE_NOOP("Actions", "&View"),
    "go": QT_TRANSLATE_NOOP("Actions", "&Go"),
    "theme": QT_TRANSLATE_NOOP("Actions", "&Theme"),
    "cite_style": QT_TRANSLATE_NOOP("Actions", "Citation St&yle"),
    "language": QT_TRANSLATE_NOOP("Actions", "&Language"),
    "bookmarks": QT_TRANSLATE_NOOP("Actions", "&Bookmarks"),
    "help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}

THEME_ACTIONS = ("theme_system", "theme_light", "theme_dark", "theme_contrast")
CITE_ACTIONS = ("cite_gb7714-2025", "cite_gb7714-2015")
SUBMENUS = {"theme": THEME_ACTIONS, "cite_style": CITE_ACTIONS}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class Actions:
    """Creates every QAction on ``window`` and the menu bar that holds them."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.by_name: dict[str, QAction] = {}
        for name, (_text, keys) in SPECS.items():
            action = QAction(window)
            action.setObjectName(f"action_{name}")
            sequences = [k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys]
            unique = {seq.toString(): seq for seq in sequences if not seq.isEmpty()}
            action.setShortcuts(list(unique.values()))  # a repeated key would be ambiguous
            window.addAction(action)  # shortcuts work even when menus are hidden (full screen)
            self.by_name[name] = action
        for name in ("bookmark", "full_screen", "original_view", *THEME_ACTIONS, *CITE_ACTIONS,
                     "large_type"):  # fmt: skip
            self.by_name[name].setCheckable(True)
        self.theme_group = QActionGroup(window)
        for name in THEME_ACTIONS:
            self.theme_group.addAction(self.by_name[name])
        self.cite_group = QActionGroup(window)
        for name in CITE_ACTIONS:
            self.cite_group.addAction(self.by_name[name])
        self.language_group = QActionGroup(window)
        self.languages: dict[str, QAction] = {}
        for code, label in LANGUAGE_NAMES.items():
            action = QAction(label, window)
            action.setObjectName(f"action_language_{code}")
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
            self.languages[code] = action
        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def connect(self, name: str, slot: Callable[..., object]) -> None:
        self.by_name[name].triggered.connect(slot)

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        layout: dict[str, list[str | None]] = {
            "file": ["import", None, "print", "print_preview", "export_pdf", "print_original", "export_original",
                     "export_citation", None, "batch_print", "batch_export", "compile", None, "statistics",
                     None, "quit"],
            "edit": ["copy_citation", "cite_style", "copy_ris", "copy_bibtex", "copy_link", None,
                     "find", "search", "next_hit", "previous_hit"],
            "view": ["original_view", None, "zoom_in", "zoom_out", "zoom_reset", None, "large_type",
                     "theme", "language", None,
                     "show_library", "full_screen"],
            "go": ["back", "forward", None, "previous_article", "next_article", "go_to_page"],
            "bookmarks": ["bookmark", "show_bookmarks", "show_reading_lists"],
            "help": ["user_guide", None, "about"],
        }  # fmt: skip
        for menu_name, items in layout.items():
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{menu_name}")
            self.menus[menu_name] = menu
            for item in items:
                if item is None:
                    menu.addSeparator()
                elif item in SUBMENUS:
                    sub = menu.addMenu("")
                    sub.setObjectName(f"menu_{item}")
                    self.menus[item] = sub
                    for name in SUBMENUS[item]:
                        sub.addAction(self.by_name[name])
                elif item == "language":
                    sub = menu.addMenu("")
                    sub.setObjectName("menu_language")
                    self.menus["language"] = sub
                    for action in self.languages.values():
                        sub.addAction(action)
                else:
                    menu.addAction(self.by_name[item])

    def retranslate(self) -> None:
        for name, (text, _keys) in SPECS.items():
            action = self.by_name[name]
            action.setText(_tr(text))
            plain = action.text().replace("&", "").rstrip("…")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        for name, title in MENU_TITLES.items():
            self.menus[name].setTitle(_tr(title))
