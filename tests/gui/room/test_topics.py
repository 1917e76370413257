"""The topics tab (定题跟踪) in the real window: counts, accept/dismiss, an arriving issue,
and a public workstation that shows none of it (a published topic: its accepted items)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QWidget

from reader_app.core.app.session import Session, open_library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Policy as MachinePolicy
from reader_app.core.services import readinglists as rl
from reader_app.core.services.topicfile import NewArticle, StandingQuery, Topic
from reader_app.gui.base.settings import Settings
from reader_app.gui.room.topicpanel import TopicDialog
from reader_app.gui.search.resultsmodel import HTML_ROLE
from reader_app.gui.shell.mainwindow import MainWindow
from tests.conftest import SEED
from tests.fixtures.compose import compose_issue

NAME, QUERY = "自贸区政策", "自贸区"


def matches(window: MainWindow, **options: object) -> set[str]:
    result = window.search.search(QUERY, limit=100_000, snippets=0, **options)
    return {hit.article for hit in result.hits}


def add_topic(window: MainWindow, qtbot) -> object:
    panel = window.topics
    with qtbot.waitSignal(panel.topicsChanged, timeout=30000):
        assert panel.save_topic(NAME, StandingQuery(QUERY))
    qtbot.waitUntil(lambda: panel.busy == 0, timeout=30000)
    return panel


def on_disk() -> dict:
    return json.loads(rl.ListStore.user(app_dirs()).path_for(NAME).read_text(encoding="utf-8"))


def select(panel, rows: list[int]) -> None:
    selection = panel.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(panel.model.index(row), QItemSelectionModel.SelectionFlag.Select)


def test_topic_count_accept_and_dismiss(window: MainWindow, qtbot) -> None:
    panel = add_topic(window, qtbot)
    assert window.tabs.tabText(window.tabs.indexOf(panel)) == "定题"
    expected = matches(window)
    assert expected
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(expected), timeout=30000)
    assert panel.chooser.item(0).text() == f"{NAME} · 新 {len(expected)}"
    shown = {panel.model.hit(r).article for r in range(panel.model.rowCount())}
    assert shown == expected
    first = panel.model.index(0)
    assert "background-color" in first.data(HTML_ROLE)  # the snippet's marks
    assert not panel.buttons["accept"].isEnabled()  # nothing chosen yet

    select(panel, [0, 1])
    take = panel.selected_ids()
    panel.note.setText("先读：政策全貌")
    qtbot.mouseClick(panel.buttons["accept"], Qt.MouseButton.LeftButton)
    data = on_disk()
    assert [i["article"] for i in data["items"]] == take
    assert {i["note"] for i in data["items"]} == {"先读：政策全貌"}
    assert panel.chooser.item(0).text() == f"{NAME} · 新 {len(expected) - 2}"
    assert panel.model.rowCount() == len(expected) - 2
    assert "已收录 2 篇" in panel.query_label.text()

    select(panel, [0])
    drop = panel.selected_ids()
    panel.buttons["dismiss"].click()
    data = on_disk()
    assert data["topic"]["dismissed"] == drop
    assert panel.chooser.item(0).text() == f"{NAME} · 新 {len(expected) - 3}"
    # the accepted articles are the reading list's items in the lists tab
    window.reading_lists.reload(select=NAME)
    assert window.reading_lists.current.ids() == take

    # re-run over the whole library: nothing decided comes back
    with qtbot.waitSignal(panel.topicsChanged, timeout=30000):
        panel.buttons["run"].click()
    qtbot.waitUntil(lambda: panel.busy == 0, timeout=30000)
    assert panel.chooser.item(0).text() == f"{NAME} · 新 {len(expected) - 3}"

    # a new query keeps the accepted articles
    with qtbot.waitSignal(panel.topicsChanged, timeout=30000):
        assert panel.save_topic(NAME, StandingQuery("自贸港", expand=False), old=NAME)
    qtbot.waitUntil(lambda: panel.busy == 0, timeout=30000)
    data = on_disk()
    assert data["topic"]["query"] == "自贸港" and [i["article"] for i in data["items"]] == take


def test_an_imported_issue_raises_the_count(window: MainWindow, qtbot, tmp_path: Path) -> None:
    panel = add_topic(window, qtbot)
    before = matches(window)
    raw, _truth, meta = compose_issue(SEED, 11)
    path = tmp_path / "new-issue.txt"
    path.write_bytes(raw)
    result = window.library.import_file(path)
    window.on_imported(result)  # what the import dialog calls
    issue = f"{meta['year']}-{meta['number']:02d}"
    qtbot.waitUntil(lambda: window.index_ready, timeout=30000)
    arrived = matches(window, issue=issue)
    assert arrived
    want = f"{NAME} · 新 {len(before | arrived)}"
    qtbot.waitUntil(lambda: panel.chooser.item(0).text() == want, timeout=30000)
    (kept,) = rl.ListStore.user(app_dirs()).lists()[0]  # the new articles, in the side file
    assert kept.topic is not None and {n.issue for n in kept.topic.new} == {"2022-18", issue}
    assert "new" not in on_disk()["topic"]


def test_english_count_label(make_window, qtbot) -> None:
    window = make_window(language="en")
    panel = add_topic(window, qtbot)
    n = len(matches(window))
    assert panel.chooser.item(0).text() == f"{NAME} · new {n}"
    assert window.tabs.tabText(window.tabs.indexOf(panel)) == "Topics"


def test_public_workstation_shows_no_topic_tools(qtbot, tmp_path: Path) -> None:
    library = open_library()
    ids = [a.id for a in library.issues[0].articles[:3]]
    store = rl.ListStore.user(app_dirs())
    own = rl.ReadingList("员工的定题", topic=Topic(StandingQuery(QUERY)))
    store.save(own)
    folder = tmp_path / "published"
    published = rl.ReadingList(
        NAME, topic=Topic(StandingQuery(QUERY), [ids[2]], [NewArticle(ids[1], "2022-18")])
    )
    published.add(ids[0], "标题", "值得一读")
    rl.write_file(published, folder / "topic.json")
    window = MainWindow(
        Session(
            MachinePolicy(public_mode=True, reading_lists_folder=folder),
            app_dirs(),
            library=library,
        ),
        Settings(persistent=False),
    )
    qtbot.addWidget(window)
    assert window.topics is None
    assert window.findChildren(QWidget, "topicPanel") == []
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "定题" not in texts and "Topics" not in texts
    panel = window.reading_lists
    assert [r.name for r in panel.lists] == [NAME]  # the published topic, not staff's own
    assert panel.current.read_only
    assert panel.model.rowCount() == 1  # its accepted item only: no new, no dismissed
    assert panel.current.ids() == [ids[0]]

    staff = MainWindow(
        Session(MachinePolicy(reading_lists_folder=folder), app_dirs(), library=library),
        Settings(persistent=False),
    )
    qtbot.addWidget(staff)
    assert [t.name for t in staff.topics.topics] == ["员工的定题"]  # published: a list, read only


#: Four English words in a row: a sentence the Chinese window must not show.
ENGLISH = re.compile(r"[A-Za-z]+(?:[ ,;'’]+[A-Za-z]+){3,}")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_topics_refusals_name_the_windows_controls(
    make_window, qtbot, message_boxes, language: str
) -> None:
    """The core's topic errors in the UI's language: the Topics tab and its buttons as
    the window labels them, never the CLI's ``--replace`` or a command to type. Renaming
    a topic onto a taken name refused with a sentence (a TypeError since issue 22)."""
    window = make_window(language=language)
    panel = add_topic(window, qtbot)
    store = rl.ListStore.user(app_dirs())
    store.create("普通书单")
    tab = window.tabs.tabText(window.tabs.indexOf(panel))
    edit = panel.buttons["edit"].text().replace("&", "")

    assert not panel.save_topic(NAME, StandingQuery("自贸港"))  # a new topic, name taken
    assert not panel.save_topic("普通书单", StandingQuery("自贸港"))  # a reading list's
    assert not panel.save_topic("普通书单", StandingQuery(QUERY), old=NAME)  # a rename
    dialog = TopicDialog(None, panel)
    qtbot.addWidget(dialog)
    dialog.name.setText("新定题")
    for query, date_from, date_to in [("  ", "", ""), (QUERY, "2023-01-01", "2022-01-01")]:
        dialog.query.setText(query)
        dialog.date_from.setText(date_from)
        dialog.date_to.setText(date_to)
        dialog.check_and_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted

    texts = [text for kind, text in message_boxes if kind == "critical"]
    assert len(texts) == 5, message_boxes
    taken, is_a_list, renamed, _no_query, reversed_dates = texts
    assert NAME in taken and tab in taken and edit in taken
    assert "普通书单" in is_a_list and "普通书单" in renamed
    assert "2023-01-01" in reversed_dates and "2022-01-01" in reversed_dates
    for text in texts:
        assert "reader-app-cli" not in text and "--" not in text, text
        if language == "zh_CN":
            assert not ENGLISH.search(text), text
    assert [r.name for r in panel.topics] == [NAME]  # nothing was changed
    assert on_disk()["topic"]["query"] == QUERY


def test_many_new_articles_come_a_page_of_snippets_first(window: MainWindow, qtbot) -> None:
    from reader_app.gui.room.topicpanel import FIRST_SNIPPETS

    panel = window.topics
    with qtbot.waitSignal(panel.topicsChanged, timeout=30000):
        assert panel.save_topic("发展", StandingQuery("发展"))
    qtbot.waitUntil(lambda: panel.busy == 0, timeout=30000)
    rows = panel.model.rowCount()
    assert rows > FIRST_SNIPPETS
    hits = [panel.model.hit(r) for r in range(rows)]
    assert all(h.pending is None and h.snippet_text for h in hits[:FIRST_SNIPPETS])
    last = hits[-1]
    assert last.pending is not None  # not made until its row is drawn
    panel.model.index(rows - 1).data(HTML_ROLE)  # what drawing the row asks
    qtbot.waitUntil(lambda: last.pending is None and bool(last.snippet_text), timeout=30000)
    assert "发展" in last.snippet_text
