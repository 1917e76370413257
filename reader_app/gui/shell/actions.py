"""The window's actions and menus, in one place so keyboard access stays complete.

Each action is one :class:`Spec` in ``TABLE``: its text, its keys, the policy
``Action`` that governs it and what it needs (:class:`Need`). From the table come
the QActions, hiding what the machine policy forbids (:meth:`Actions.apply_policy`)
and enabling what the window can do now (:meth:`Actions.update`): no code elsewhere
names an action to switch it on or off.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from reader_app.core.machine.policy import Action, Policy
from reader_app.output.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey
Shortcut = QKeySequence | QKeySequence.StandardKey | str


class Need(Enum):
    """What the window has now, which an action may need (or show as its check mark)."""

    ARTICLE = "article"  # an article is open in the pane
    PAGE = "page"  # something printable is shown: an article or an issue's cover
    ORIGINAL = "original"  # the open article's printed pages (its issue keeps the PDF)
    LINK = "link"  # the open article has a web address
    BACK = "back"  # somewhere to go back to
    FORWARD = "forward"  # somewhere to go forward to
    BOOKMARKED = "bookmarked"  # the open article is bookmarked


@dataclass(frozen=True)
class Spec:
    """One action, declared once."""

    name: str  # the QAction is named action_<name>
    text: str  # English with its mnemonic; translated in Actions.retranslate()
    keys: tuple[Shortcut, ...] = ()
    policy: Action | None = None  # forbidden by the machine policy: hidden and disabled
    needs: frozenset[Need] = frozenset()  # enabled only while the window has all of these
    checkable: bool = False
    checked_by: Need | None = None  # checked while the window has this
    group: str | None = None  # one choice of several (a submenu of the same name)


def _spec(
    name: str,
    text: str,
    *keys: Shortcut,
    policy: Action | None = None,
    needs: Collection[Need] = (),
    checkable: bool = False,
    checked_by: Need | None = None,
    group: str | None = None,
) -> Spec:
    checkable = checkable or checked_by is not None or group is not None
    return Spec(name, text, keys, policy, frozenset(needs), checkable, checked_by, group)


A, N = Action, Need
#: Every action of the window, in the order they are made (menus: Actions._build_menus).
TABLE: tuple[Spec, ...] = (
    _spec("import", QT_TRANSLATE_NOOP("Actions", "&Import Issue…"), "Ctrl+I", policy=A.IMPORT),
    _spec(
        "print", QT_TRANSLATE_NOOP("Actions", "&Print…"), Key.Print, policy=A.PRINT, needs=[N.PAGE]
    ),
    _spec(
        "print_preview",
        QT_TRANSLATE_NOOP("Actions", "Print Pre&view…"),
        policy=A.PRINT,
        needs=[N.PAGE],
    ),
    _spec(
        "export_pdf",
        QT_TRANSLATE_NOOP("Actions", "&Export as PDF…"),
        "Ctrl+Shift+E",
        policy=A.EXPORT_PDF,
        needs=[N.ARTICLE],
    ),
    _spec(
        "print_original",
        QT_TRANSLATE_NOOP("Actions", "Print &Original Pages…"),
        policy=A.PRINT_ORIGINAL,
        needs=[N.ORIGINAL],
    ),
    _spec(
        "export_original",
        QT_TRANSLATE_NOOP("Actions", "Export Original Pages as P&DF…"),
        policy=A.EXPORT_ORIGINAL,
        needs=[N.ORIGINAL],
    ),
    _spec(
        "batch_print",
        QT_TRANSLATE_NOOP("Actions", "Print Selected &Articles…"),
        "Ctrl+Shift+P",
        policy=A.BATCH_PRINT,
    ),
    _spec(
        "batch_export",
        QT_TRANSLATE_NOOP("Actions", "Export Selected Articles as PD&F…"),
        policy=A.BATCH_EXPORT,
    ),
    _spec(
        "compile",
        QT_TRANSLATE_NOOP("Actions", "&Compilation (Word or PDF)…"),
        policy=A.BATCH_EXPORT,
    ),
    _spec(
        "statistics", QT_TRANSLATE_NOOP("Actions", "Reading-Room &Statistics…"), policy=A.STATISTICS
    ),
    _spec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), Key.Quit, "Ctrl+Q", policy=A.QUIT),
    _spec(
        "copy_citation",
        QT_TRANSLATE_NOOP("Actions", "Copy &Citation"),
        "Ctrl+Shift+C",
        needs=[N.ARTICLE],
    ),
    _spec("copy_link", QT_TRANSLATE_NOOP("Actions", "Copy &Link"), "Ctrl+Shift+L", needs=[N.LINK]),
    _spec(
        "copy_ris",
        QT_TRANSLATE_NOOP("Actions", "Copy as &RIS (Zotero, EndNote)"),
        needs=[N.ARTICLE],
    ),
    _spec("copy_bibtex", QT_TRANSLATE_NOOP("Actions", "Copy as Bib&TeX"), needs=[N.ARTICLE]),
    _spec(
        "export_citation",
        QT_TRANSLATE_NOOP("Actions", "Export Citatio&n (RIS, BibTeX)…"),
        policy=A.EXPORT_CITATION,
        needs=[N.ARTICLE],
    ),
    _spec("cite_gb7714-2025", QT_TRANSLATE_NOOP("Actions", "GB/T 7714—&2025"), group="cite_style"),
    _spec(
        "cite_gb7714-2015",
        QT_TRANSLATE_NOOP("Actions", "GB/T 7714—20&15 (previous edition)"),
        group="cite_style",
    ),
    _spec("find", QT_TRANSLATE_NOOP("Actions", "&Find in Article…"), Key.Find),
    _spec("search", QT_TRANSLATE_NOOP("Actions", "&Search…"), "Ctrl+K"),
    _spec("next_hit", QT_TRANSLATE_NOOP("Actions", "&Next Match"), "F3"),
    _spec("previous_hit", QT_TRANSLATE_NOOP("Actions", "Pre&vious Match"), "Shift+F3"),
    _spec("back", QT_TRANSLATE_NOOP("Actions", "&Back"), "Alt+Left", Key.Back, needs=[N.BACK]),
    _spec(
        "forward",
        QT_TRANSLATE_NOOP("Actions", "&Forward"),
        "Alt+Right",
        Key.Forward,
        needs=[N.FORWARD],
    ),
    _spec("next_pane", QT_TRANSLATE_NOOP("Actions", "Next &Pane"), "F6"),
    _spec("previous_pane", QT_TRANSLATE_NOOP("Actions", "Previous Pa&ne"), "Shift+F6"),
    _spec("previous_article", QT_TRANSLATE_NOOP("Actions", "P&revious Article"), "Ctrl+PgUp"),
    _spec("next_article", QT_TRANSLATE_NOOP("Actions", "N&ext Article"), "Ctrl+PgDown"),
    _spec("go_to_page", QT_TRANSLATE_NOOP("Actions", "&Go to Page…"), "Ctrl+G"),
    _spec(
        "bookmark",
        QT_TRANSLATE_NOOP("Actions", "Book&mark This Article"),
        "Ctrl+D",
        needs=[N.ARTICLE],
        checked_by=N.BOOKMARKED,
    ),
    _spec("show_bookmarks", QT_TRANSLATE_NOOP("Actions", "Show &Bookmarks"), "Ctrl+Shift+B"),
    _spec("show_library", QT_TRANSLATE_NOOP("Actions", "S&how Library"), "Ctrl+L"),
    _spec(
        "show_reading_lists", QT_TRANSLATE_NOOP("Actions", "Show &Reading Lists"), "Ctrl+Shift+J"
    ),
    _spec(
        "read_aloud",
        QT_TRANSLATE_NOOP("Actions", "&Read Aloud"),
        "Ctrl+Shift+R",
        policy=A.READ_ALOUD,
        needs=[N.ARTICLE],
    ),
    _spec("zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &In"), Key.ZoomIn, "Ctrl+=", "Ctrl++"),
    _spec("zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom O&ut"), Key.ZoomOut, "Ctrl+-"),
    _spec("zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Actual Size"), "Ctrl+0"),
    _spec("full_screen", QT_TRANSLATE_NOOP("Actions", "&Full Screen"), "F11", checkable=True),
    _spec(
        "original_view",
        QT_TRANSLATE_NOOP("Actions", "&Original Pages"),
        "Ctrl+Shift+O",
        "F4",
        checkable=True,
    ),
    _spec("theme_system", QT_TRANSLATE_NOOP("Actions", "Follow &System"), group="theme"),
    _spec("theme_light", QT_TRANSLATE_NOOP("Actions", "&Light"), group="theme"),
    _spec("theme_dark", QT_TRANSLATE_NOOP("Actions", "&Dark"), group="theme"),
    _spec("theme_contrast", QT_TRANSLATE_NOOP("Actions", "&High Contrast"), group="theme"),
    _spec(
        "large_type",
        QT_TRANSLATE_NOOP("Actions", "Large T&ype and High Contrast"),
        "Ctrl+Shift+H",
        checkable=True,
    ),
    _spec(
        "large_pointer",
        QT_TRANSLATE_NOOP("Actions", "Extra-Large &Pointer"),
        "Ctrl+Shift+M",
        checkable=True,
    ),
    _spec("user_guide", QT_TRANSLATE_NOOP("Actions", "&User Guide"), Key.HelpContents, "F1"),
    _spec("about", QT_TRANSLATE_NOOP("Actions", "&About")),
)
SPECS: dict[str, Spec] = {spec.name: spec for spec in TABLE}
#: The Language menu's choices (one per UI language): the policy may fix the language;
#: they are then disabled, not hidden, so the menu still shows the language in force.
LANGUAGE_POLICY = Action.CHANGE_LANGUAGE
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

GROUPS = ("theme", "cite_style")  # one choice of several, each a submenu of that name
SUBMENUS = {group: tuple(s.name for s in TABLE if s.group == group) for group in GROUPS}


def menu_keys(spec: Spec) -> str:
    """The keys the table names for ``spec`` as the platform writes them, comma-joined
    ("Ctrl+Shift+O, F4"); a standard key's platform variants are left to Qt."""
    named = [QKeySequence(k) for k in spec.keys if isinstance(k, str)]
    texts = [seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in named]
    return ", ".join(dict.fromkeys(t for t in texts if t))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class Actions:
    """Creates every QAction of ``TABLE`` on ``window`` and the menu bar that holds them."""

    def __init__(self, window: QMainWindow, policy: Policy | None = None) -> None:
        self.window = window
        self.policy = policy or Policy()
        self.by_name: dict[str, QAction] = {}
        groups = {group: QActionGroup(window) for group in GROUPS}  # kept alive by the window
        for spec in TABLE:
            action = QAction(window)
            action.setObjectName(f"action_{spec.name}")
            sequences = [k if isinstance(k, QKeySequence) else QKeySequence(k) for k in spec.keys]
            unique = {seq.toString(): seq for seq in sequences if not seq.isEmpty()}
            action.setShortcuts(list(unique.values()))  # a repeated key would be ambiguous
            action.setCheckable(spec.checkable)
            if spec.group is not None:
                groups[spec.group].addAction(action)
            window.addAction(action)  # shortcuts work even when menus are hidden (full screen)
            self.by_name[spec.name] = action
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
        self.apply_policy(self.policy)

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def connect(self, name: str, slot: Callable[..., object]) -> None:
        self.by_name[name].triggered.connect(slot)

    # ------------------------------------------------------------ derived from the table
    def allowed(self, name: str) -> bool:
        """Whether the machine policy lets action ``name`` run (no policy action: yes)."""
        governing = SPECS[name].policy
        return governing is None or self.policy.allows(governing)

    def apply_policy(self, policy: Policy) -> None:
        """Hide and disable every action whose policy action ``policy`` forbids."""
        self.policy = policy
        for spec in TABLE:
            if not self.allowed(spec.name):
                self.by_name[spec.name].setEnabled(False)
                self.by_name[spec.name].setVisible(False)
        if not policy.allows(LANGUAGE_POLICY):
            for action in self.languages.values():
                action.setEnabled(False)

    def update(self, have: Collection[Need]) -> None:
        """Enable what the window can do with what it ``have``s now; set the check marks.

        Actions that need nothing are left alone (a part may switch one off for good, as
        the statistics recorder does when this machine counts nothing).
        """
        for spec in TABLE:
            action = self.by_name[spec.name]
            if spec.needs:
                action.setEnabled(self.allowed(spec.name) and spec.needs <= set(have))
            if spec.checked_by is not None:
                action.setChecked(spec.checked_by in have)

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        layout: dict[str, list[str | None]] = {
            "file": ["import", None, "print", "print_preview", "export_pdf", "print_original", "export_original",
                     "export_citation", None, "batch_print", "batch_export", "compile", None, "statistics",
                     None, "quit"],
            "edit": ["copy_citation", "cite_style", "copy_ris", "copy_bibtex", "copy_link", None,
                     "find", "search", "next_hit", "previous_hit"],
            "view": ["original_view", "read_aloud", None, "zoom_in", "zoom_out", "zoom_reset", None, "large_type",
                     "large_pointer",
                     "theme", "language", None,
                     "show_library", "full_screen"],
            "go": ["back", "forward", None, "previous_article", "next_article", "go_to_page", None,
                   "next_pane", "previous_pane"],
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
        for spec in TABLE:
            action = self.by_name[spec.name]
            text = _tr(spec.text)
            keys = menu_keys(spec)
            # A menu shows one shortcut; a tab in the text shows what follows it in the
            # shortcut's place, so an action with two keys of its own lists both.
            action.setText(f"{text}\t{keys}" if ", " in keys else text)
            plain = text.replace("&", "").rstrip("…")
            shortcut = keys or action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        for name, title in MENU_TITLES.items():
            self.menus[name].setTitle(_tr(title))
