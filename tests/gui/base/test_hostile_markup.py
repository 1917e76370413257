"""Issue 21: text from files that looks like HTML is shown as text, never as markup.

Issue titles, sections, sources, a published reading list on a share, staff's own
list, statistics, file and folder names and error messages carry several kinds of
markup: an ``<img>`` of a real PNG (4000 px wide), ``<b>``, ``<font color=red>``,
``<table width=9000>``, ``<a href>``, ``<style>`` and the entity ``&lt;``. The real
window is opened (offscreen) with every tab shown, a search hitting the hostile
article, the reading lists, the statistics page, the import dialog, About and the
error boxes; then every widget and every row of every item model is walked. For each
text as Qt renders it (a label by its text format, a tooltip or message box by
``Qt.mightBeRichText``, a rich text by its document), a visible word of each hostile
piece may only appear with its markup around it, literally. Tooltips are really
shown, and inotify watches the picture's folder: nothing may open the picture.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPoint
from PySide6.QtGui import (
    QImage,
    Qt,  # QtGui's Qt namespace has mightBeRichText
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTabWidget,
    QTextEdit,
    QToolTip,
    QWidget,
)

from reader_app.core.app.session import Session, open_library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Policy
from reader_app.core.search.results import Expansion
from reader_app.core.services import readinglists as rl
from reader_app.gui.base.settings import Settings
from reader_app.gui.library.importdialog import ImportDialog
from reader_app.gui.search.resultsmodel import HTML_ROLE, HitDelegate
from reader_app.gui.shell.mainwindow import MainWindow
from tests.gui.conftest import close, start_window

ARTICLE = "2022-18-15c0fe"  # 三部门：联合印发《关于巩固回升向好趋势加力振作工业经济的通知》
QUERY = "振作工业经济"  # hits ARTICLE by its title
RICH_LABELS = {"expansionBar", "searchMessage"}  # links and a list, values escaped


# Each hostile piece and a word of it that is visible however Qt takes it: wherever the
# word is shown, the whole piece must be shown around it, character for character.
def pieces(png: Path) -> dict[str, str]:
    return {
        "图甲": f'<img src="{png}" width="4000" height="40">图甲',
        "表乙": "<table width=9000><tr><td>表乙</td></tr></table>",
        "样丙": "<style>*{color:red}</style>样丙",
        "链丁": '<a href="https://example.org/">链丁</a>',
        "粗戊": "<b>粗戊</b>",
        "电脑已中毒": "<font color=red size=7>电脑已中毒，请拨打…</font>",
        "实己": "&lt;实己&gt;",
        "粗庚": "<b>粗庚",  # no "/": for file and folder names
    }


# ------------------------------------------------------------------ what Qt renders
def as_html(text: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(text)
    return doc


def rendered(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """The characters Qt shows for ``text`` in a label, tooltip or box of format ``fmt``."""
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    return as_html(text).toPlainText() if rich else text


def images(doc: QTextDocument) -> list[str]:
    """Names of the images a document would load (its own resources aside)."""
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(QTextImageFormat(fmt).name())
            it += 1
        block = block.next()
    return found


class Shown:
    """Every text the window shows, as rendered, with where it was seen."""

    def __init__(self, pieces: dict[str, str]) -> None:
        self.pieces = pieces
        self.texts: list[tuple[str, str]] = []
        self.tooltips: list[str] = []
        self.rich: list[tuple[str, str]] = []  # (where, html) of rich text Qt would lay out
        self.rich_labels: set[str] = set()  # labels that parse their text (not PlainText)

    def add(self, where: str, text: object, fmt: Qt.TextFormat = Qt.TextFormat.PlainText) -> None:
        if not isinstance(text, str) or not text:
            return
        if fmt == Qt.TextFormat.RichText or (
            fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
        ):
            self.rich.append((where, text))
        self.texts.append((where, rendered(text, fmt)))

    def tip(self, where: str, text: object) -> None:
        if isinstance(text, str) and text:
            self.tooltips.append(text)
            self.add(where, text, Qt.TextFormat.AutoText)  # QToolTip: rich if it looks so

    def seen(self, word: str, where: str = "") -> bool:
        return any(word in text and where in place for place, text in self.texts)

    def wrong(self) -> list[str]:
        """Texts where a hostile word is shown without its markup around it, literally."""
        bad = []
        for where, text in self.texts:
            for word, piece in self.pieces.items():
                if text.count(word) > text.count(piece):
                    bad.append(f"{where}: {text[:160]!r} (shows {word!r} without {piece!r})")
        for where, html in self.rich:
            names = images(as_html(html))
            if names:
                bad.append(f"{where}: would load the images {names}")
        return bad


def walk_model(shown: Shown, where: str, view: QAbstractItemView) -> None:
    model = view.model()
    if model is None:
        return

    def rows(parent: QModelIndex) -> Iterator[QModelIndex]:
        if model.canFetchMore(parent):
            model.fetchMore(parent)
        for row in range(model.rowCount(parent)):
            # A list model's columnCount is private in the binding: one column.
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
            for column in range(columns):
                index = model.index(row, column, parent)
                yield index
                if column == 0:
                    yield from rows(index)

    for index in rows(QModelIndex()):
        place = f"{where}[{index.row()},{index.column()}]"
        shown.add(place + " display", index.data(Qt.ItemDataRole.DisplayRole))
        shown.tip(place + " tooltip", index.data(Qt.ItemDataRole.ToolTipRole))
        shown.tip(place + " what's this", index.data(Qt.ItemDataRole.WhatsThisRole))
        shown.add(place + " status tip", index.data(Qt.ItemDataRole.StatusTipRole))
        if isinstance(view.itemDelegate(), HitDelegate) and index.data(HTML_ROLE):
            shown.add(place + " row", index.data(HTML_ROLE), Qt.TextFormat.RichText)


def walk(shown: Shown, top: QWidget) -> None:
    """Every widget under ``top`` (and ``top``): labels, tooltips, buttons, views, texts."""
    for widget in [top, *top.findChildren(QWidget)]:
        name = f"{top.objectName()}/{type(widget).__name__}#{widget.objectName()}"
        shown.tip(name + " tooltip", widget.toolTip())
        shown.tip(name + " what's this", widget.whatsThis())
        shown.add(name + " status tip", widget.statusTip())
        if widget.isWindow():
            shown.add(name + " title", widget.windowTitle())
        if isinstance(widget, QLabel):
            shown.add(name, widget.text(), widget.textFormat())
            if widget.textFormat() != Qt.TextFormat.PlainText:
                shown.rich_labels.add(widget.objectName() or name)
        elif isinstance(widget, QAbstractButton):
            shown.add(name, widget.text())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                shown.add(f"{name} item {i}", widget.itemText(i))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                shown.add(f"{name} tab {i}", widget.tabText(i))
                shown.tip(f"{name} tab {i} tooltip", widget.tabToolTip(i))
        if isinstance(widget, QTextEdit):
            shown.add(name + " document", widget.document().toPlainText())
            names = [n for n in images(widget.document()) if not n.startswith("qr:")]
            if names:
                shown.rich.append((name, widget.toHtml()))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            walk_model(shown, name, widget)


def show_every_tab(qtbot, window) -> None:
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(20)


def show_tooltips(qtbot, shown: Shown, widget: QWidget) -> None:
    """Really show each tooltip (a rich one is laid out: this is where pictures load)."""
    for text in dict.fromkeys(shown.tooltips):
        QToolTip.showText(widget.mapToGlobal(QPoint(5, 5)), text, widget)
        QApplication.processEvents()
    QToolTip.hideText()


# ------------------------------------------------------------------ no picture opened
IN_ACCESS, IN_OPEN = 0x001, 0x020


class FileWatch:
    """inotify on a folder: counts every open or read of a file in it, by any code."""

    def __init__(self, folder: Path) -> None:
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        assert self.fd >= 0, os.strerror(ctypes.get_errno())
        wd = self.libc.inotify_add_watch(self.fd, os.fsencode(folder), IN_ACCESS | IN_OPEN)
        assert wd >= 0, os.strerror(ctypes.get_errno())

    def events(self) -> list[str]:
        names = []
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return names
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, size = struct.unpack_from("iIII", data, offset)
                name = data[offset + 16 : offset + 16 + size].rstrip(b"\0")
                names.append(os.fsdecode(name))
                offset += 16 + size

    def close(self) -> None:
        os.close(self.fd)


# ------------------------------------------------------------------ the hostile library
def write_png(path: Path) -> None:
    image = QImage(4000, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    assert image.save(str(path), "PNG")


def set_field(text: str, key: str, value: str) -> str:
    line = f"{key} = {json.dumps(value, ensure_ascii=False)}"
    pattern = re.compile(rf"^{key} = .*$", re.MULTILINE)
    assert pattern.search(text), key
    return pattern.sub(lambda _m: line, text, count=1)


@pytest.fixture
def hostile(tmp_path: Path, bundled_copy: Path) -> Iterator[tuple[dict[str, str], FileWatch]]:
    """The bundled issue with markup in its titles, section, source and label."""
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    png = pictures / "probe.png"
    write_png(png)
    p = pieces(png)
    issue = bundled_copy / "2022-18"
    toml = issue / "issue.toml"
    toml.write_text(
        set_field(toml.read_text(encoding="utf-8"), "number_label", "总第十八期" + p["粗戊"]),
        encoding="utf-8",
    )
    articles = sorted((issue / "articles").glob("*.md"))
    edits = {
        articles[0]: {
            "title": p["图甲"] + p["粗戊"] + p["实己"] + "联合印发《加力振作工业经济的通知》",
            "source": p["电脑已中毒"] + "工信微报",
            "section": p["粗戊"] + "热点关注",
        },
        articles[1]: {"title": p["实己"] + "只有实体的标题"},  # an entity alone makes rich text
        articles[2]: {"title": p["样丙"] + p["表乙"] + p["链丁"] + "样式表格链接"},
    }
    for path, fields in edits.items():
        text = path.read_text(encoding="utf-8")
        for key, value in fields.items():
            text = set_field(text, key, value)
        path.write_text(text, encoding="utf-8")
    watch = FileWatch(pictures)
    yield p, watch
    watch.close()


@pytest.fixture
def boxes(message_boxes, monkeypatch: pytest.MonkeyPatch) -> list[tuple[Qt.TextFormat, str]]:
    """Message boxes as shown: a built box is laid out (pictures load then) and its format
    kept; the static functions (conftest's stubs) would show theirs as AutoText."""
    built: list[tuple[Qt.TextFormat, str]] = []

    def exec_stub(box: QMessageBox) -> int:
        built.append((box.textFormat(), box.text()))
        box.show()
        QApplication.processEvents()
        box.hide()
        return int(QMessageBox.StandardButton.No.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_stub)
    return built


def add_boxes(shown: Shown, boxes: list, message_boxes: list) -> None:
    for fmt, text in boxes:
        shown.add("message box", text, fmt)
    for _kind, text in message_boxes:  # a static QMessageBox function: AutoText
        shown.add("message box", text, Qt.TextFormat.AutoText)


def check(shown: Shown, watch: FileWatch, window) -> None:
    tips = len(set(shown.tooltips))
    print(f"walked {len(shown.texts)} texts, showed {tips} tooltips")  # a figure
    # Only labels made rich on purpose (their builders escape every value) parse markup.
    assert shown.rich_labels <= RICH_LABELS
    opened = watch.events()
    assert opened == [], "the picture was opened: markup was rendered as rich text"
    assert shown.wrong() == []
    for hint in (window.sizeHint(), window.minimumSizeHint()):
        assert hint.width() < 3000, hint  # a 4000-px picture or a 9000-px table widens it


def search(qtbot, window, query: str) -> None:
    panel = window.search_panel
    window.tabs.setCurrentWidget(panel)
    panel.edit.setText(query)
    panel.run_now()
    qtbot.waitUntil(lambda: panel.result is not None and not panel.busy, timeout=30_000)
    assert panel.model.rowCount() > 0


# ------------------------------------------------------------------ the tests
def test_public_workstation_shows_markup_from_files_as_text(
    hostile, qtbot, tmp_path: Path, boxes, message_boxes
) -> None:
    p, watch = hostile
    share = tmp_path / f"共享{p['粗庚']}{p['实己']}"
    (share / rl.FOLDER).mkdir(parents=True)
    published = rl.ReadingList(
        p["粗戊"] + "馆员书单",
        p["图甲"] + p["电脑已中毒"] + p["表乙"] + p["样丙"] + p["链丁"] + p["实己"],
    )
    published.add(ARTICLE, note=p["电脑已中毒"] + p["粗戊"])
    published.add("gone-from-here", title=p["图甲"] + "不在本馆", note=p["实己"])
    rl.write_file(published, share / rl.FOLDER / "recommended.json")
    policy = Policy(public_mode=True, library_folders=(share,))  # lists published on the share
    session = Session(policy, app_dirs(), library=open_library(public=True))
    window = start_window(qtbot, session, Settings(persistent=False), timeout=60_000)
    try:
        shown = public_walk(qtbot, window, p)
        add_boxes(shown, boxes, message_boxes)
    finally:
        close(window)
    check(shown, watch, window)


def public_walk(qtbot, window: MainWindow, p: dict[str, str]) -> Shown:
    assert window.policy.public_mode
    panel = window.reading_lists
    assert window.tabs.isTabVisible(window.tabs.indexOf(panel))  # 馆员推荐
    show_every_tab(qtbot, window)
    window.tabs.setCurrentWidget(panel)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.wait(50)  # laid out and painted: a rich description loads its pictures now
    assert "图甲" in panel.description.text() and panel.description.isVisible()
    search(qtbot, window, QUERY)
    window.open_article(ARTICLE)
    window.library_page.tree.expandAll()
    shown = Shown(p)
    walk(shown, window)
    show_tooltips(qtbot, shown, window.tree)
    # The walk saw the hostile data where the issue found it shown as markup.
    assert shown.seen("图甲", "resultsView") and shown.seen("图甲", "libraryTree")
    assert shown.seen("实己", "readingListView")
    return shown


def test_staff_window_shows_markup_from_files_and_errors_as_text(
    hostile, bundled_copy: Path, make_window, qtbot, tmp_path: Path, boxes, message_boxes
) -> None:
    p, watch = hostile
    damaged = bundled_copy / f"坏{p['粗庚']}"  # a bundle folder whose name is markup
    damaged.mkdir()
    (damaged / "issue.toml").write_text("format_version = [", encoding="utf-8")
    store = rl.ListStore.user(app_dirs())
    own = store.create(p["粗戊"] + "我的书单", p["图甲"] + p["电脑已中毒"] + p["实己"])
    own.add(ARTICLE, note=p["链丁"] + p["样丙"])
    store.save(own)
    window = make_window()
    assert not window.policy.public_mode
    show_every_tab(qtbot, window)
    panel = window.reading_lists
    window.tabs.setCurrentWidget(panel)
    search(qtbot, window, QUERY)
    window.open_article(ARTICLE)
    window.library_page.tree.expandAll()
    stats = window.stats.store
    for _ in range(2):  # asked twice: listed among the searches without hits
        stats.search(p["粗戊"] + p["实己"], 0)
    # A thesaurus term with markup (a staff file may hold one) in the "also searched" line.
    bar = window.search_panel.expansions
    bar.set_expansions([Expansion(p["粗戊"] + p["实己"], 2), Expansion(p["图甲"], 1)])
    assert not bar.isHidden()
    page = window.room.open_statistics()
    assert page is not None
    qtbot.addWidget(page)
    # Error paths that quote a file name or what a file holds.
    window.show_problems()  # the damaged bundle, by its folder's name
    bad_list = tmp_path / f"{p['粗庚']}{p['实己']}书单.json"
    bad_list.write_text("{ not json " + p["实己"], encoding="utf-8")
    assert panel.import_file(bad_list) is None
    raw = tmp_path / f"{p['粗庚']}期刊.txt"
    raw.write_text(p["电脑已中毒"], encoding="utf-8")
    dialog = ImportDialog(raw, window.library, window.pool, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    about = window.about_dialog()
    qtbot.addWidget(about)
    about.show()
    shown = Shown(p)
    for top in (window, page, dialog, about):
        walk(shown, top)
    assert len(boxes) + len(message_boxes) >= 2, (boxes, message_boxes)
    add_boxes(shown, boxes, message_boxes)
    show_tooltips(qtbot, shown, window.tree)
    assert shown.seen("粗庚", "message box") and shown.seen("实己", "message box")
    assert shown.seen("图甲", "QLabel") and shown.seen("粗庚", "importDialog")
    assert shown.seen("实己", "expansionBar")
    check(shown, watch, window)


def test_message_boxes_show_their_text_as_plain_text(monkeypatch, message_boxes) -> None:
    """The boxes data reaches are plain text: Qt never parses what they quote."""
    from reader_app.gui.base import errors

    formats: list[Qt.TextFormat] = []
    original = QMessageBox.exec
    monkeypatch.setattr(QMessageBox, "exec", lambda box: formats.append(box.textFormat()) or 0)
    errors.show_error(None, "<img src='/dev/zero'>")
    monkeypatch.setattr(QMessageBox, "exec", original)
    assert formats == [Qt.TextFormat.PlainText]


def test_labels_and_boxes_are_made_by_the_plain_text_helper() -> None:
    """Dialogs the walk above does not open: a new ``QLabel(`` or a static ``QMessageBox``
    call in the window's code is plain text by ``gui/base/plaintext.py``, or says on its line
    that it is rich text on purpose (and escapes every value)."""
    gui = Path(__file__).resolve().parents[2] / "reader_app" / "gui"
    made = re.compile(r"\bQLabel\(|QMessageBox\.(?:critical|warning|information|question|about)\(")
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(gui.glob("*.py"))
        if path.name != "plaintext.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if made.search(line) and "rich text on purpose" not in line
    ]
    assert found == []
