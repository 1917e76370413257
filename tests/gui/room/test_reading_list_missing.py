"""A reading-list item whose article this library lacks: greyed, said so, warned at publish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from reader_app.core.app.session import Session, open_library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Policy as MachinePolicy
from reader_app.core.services import readinglists as rl
from reader_app.gui.base import filedialogs
from reader_app.gui.base.settings import Settings
from reader_app.gui.room.readinglistmodel import AVAILABLE_ROLE
from reader_app.gui.shell.mainwindow import MainWindow
from reader_app.output import i18n

ELSEWHERE = "2019-01-099"  # an id no issue of the bundled library has


def _list_with_a_missing_item(library) -> rl.ReadingList:
    reading_list = rl.ReadingList("馆员推荐：测试")
    reading_list.add(library.issues[0].articles[0].id, note="值得一读")
    reading_list.add(ELSEWHERE, title="别馆的文章", note="另一馆的推荐")
    return reading_list


@pytest.mark.parametrize(
    ("language", "word", "said"),
    [("zh_CN", "（本馆无此文章）", "本馆没有这篇文章"), ("en", " (not in this library)", "not in")],
)
def test_public_item_not_in_the_library(
    qtbot, tmp_path: Path, message_boxes, language: str, word: str, said: str
) -> None:
    folder = tmp_path / "published"
    library = open_library()
    rl.write_file(_list_with_a_missing_item(library), folder / "a.json")
    i18n.install(language)
    settings = Settings(persistent=False)
    settings.language = language
    machine = MachinePolicy(public_mode=True, reading_lists_folder=folder)
    window = MainWindow(Session(machine, app_dirs(), library=open_library()), settings)
    qtbot.addWidget(window)
    window.show()
    panel = window.reading_lists
    model = panel.model
    there, missing = model.index(0, 0), model.index(1, 0)
    assert there.data(AVAILABLE_ROLE) is True and missing.data(AVAILABLE_ROLE) is False
    assert missing.data().startswith(f"2. 别馆的文章{word}")
    assert word not in there.data()
    grey = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert missing.data(Qt.ItemDataRole.ForegroundRole) == grey
    assert there.data(Qt.ItemDataRole.ForegroundRole) is None
    assert said in missing.data(Qt.ItemDataRole.ToolTipRole)

    shown = window.view.article
    panel.view.setCurrentIndex(missing)
    panel.view.activated.emit(missing)  # Enter or a double click on the item
    assert message_boxes == []  # no 出错了 dialog
    assert window.view.article is shown
    assert not panel.missing_label.isHidden() and said in panel.missing_label.text()
    if language == "zh_CN":
        assert "library" not in panel.missing_label.text()  # no English in the Chinese UI

    panel.view.setCurrentIndex(there)
    assert panel.missing_label.isHidden()
    panel.view.activated.emit(there)
    assert window.view.article is not None and window.view.article.id == there.data(
        Qt.ItemDataRole.UserRole + 1
    )
    window.close()


def test_staff_publishing_a_list_hear_which_articles_are_missing(
    window: MainWindow, tmp_path: Path, message_boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = rl.ListStore.user(app_dirs())
    store.save(_list_with_a_missing_item(window.library))
    panel = window.reading_lists
    panel.reload(select="馆员推荐：测试")
    target = tmp_path / "out.json"
    monkeypatch.setattr(filedialogs, "save_file", lambda *a, **k: (str(target), ""))
    panel.export_dialog()
    assert target.exists()  # published all the same: the warning does not refuse
    [(kind, text)] = message_boxes
    assert kind == "warning"
    assert "2 篇文章中有 1 篇" in text and "别馆的文章" in text
    assert window.library.issues[0].articles[0].title not in text

    message_boxes.clear()
    store.save(rl.ReadingList("全在本馆"))
    panel.reload(select="全在本馆")
    panel.current.add(window.library.issues[0].articles[1].id)
    panel.export_dialog()
    assert message_boxes == []
