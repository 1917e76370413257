"""Reading lists: the file format, the store, published lists, batches made from them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader_app.core.app.session import open_library
from reader_app.core.base.errors import NotFoundError, ReaderError
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Policy
from reader_app.core.services import batch as batches
from reader_app.core.services import readinglists as rl
from reader_app.core.services.citation import citation
from tests.saidutil import raises_saying, said


def sample(name: str = "自贸区专题") -> rl.ReadingList:
    library = open_library()
    articles = library.issues[0].articles
    result = rl.ReadingList(name, "给研究者的推荐")
    for article in articles[:3]:
        result.add(article.id, article.title, f"注：{article.section}")
    return result


def test_round_trip_through_the_documented_file(tmp_path: Path) -> None:
    original = sample()
    path = tmp_path / "list.json"
    rl.write_file(original, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "reader-app-reading-list" and data["version"] == 2
    assert set(data["items"][0]) == {"article", "title", "note"}
    assert rl.read_file(path) == original


def test_store_creates_reorders_and_refuses_a_duplicate_name() -> None:
    store = rl.ListStore.user(app_dirs())
    created = store.create("  自贸区   专题 ")
    assert created.name == "自贸区 专题"
    with raises_saying(ReaderError, "exists already"):
        store.create("自贸区 专题")
    created.add("a", "A")
    created.add("b", "B")
    assert not created.add("a")
    assert created.move(1, -1) and created.ids() == ["b", "a"]
    assert not created.move(0, -1)
    store.save(created)
    assert store.get("自贸区 专题").ids() == ["b", "a"]
    assert not list(store.folder.glob(".*.tmp"))  # atomic: no temporary left behind
    store.delete(created)
    with pytest.raises(NotFoundError):
        store.get("自贸区 专题")


def test_import_refuses_to_overwrite_unless_asked(tmp_path: Path) -> None:
    store = rl.ListStore.user(app_dirs())
    path = tmp_path / "in.json"
    rl.write_file(sample(), path)
    store.import_file(path)
    changed = sample()
    changed.items.pop()
    rl.write_file(changed, path)
    with raises_saying(ReaderError, "exists already; nothing was changed"):
        store.import_file(path)
    assert len(store.get("自贸区专题").items) == 3
    store.import_file(path, replace=True)
    assert len(store.get("自贸区专题").items) == 2
    assert len(store.lists()[0]) == 1


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ({"format": "x"}, "not a reading list"),
        ({"format": rl.FORMAT, "version": 4, "name": "a", "items": []}, "version 4"),
        ({"format": rl.FORMAT, "version": 1, "name": "", "items": []}, '"name"'),
        ({"format": rl.FORMAT, "version": 1, "name": "a", "items": [{"note": "x"}]}, "item 1"),
        (
            {
                "format": rl.FORMAT,
                "version": 1,
                "name": "a",
                "items": [{"article": "x"}, {"article": "x"}],
            },
            "listed twice",
        ),
    ],
)
def test_a_bad_file_is_one_clear_line(tmp_path: Path, data: dict, says: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with raises_saying(ReaderError, says) as info:
        rl.read_file(path)
    assert str(path) in str(info.value)


def test_published_lists_are_read_only_and_the_only_ones_in_public_mode(tmp_path: Path) -> None:
    shared = tmp_path / "share"
    rl.write_file(sample("馆员推荐：锂电"), shared / "readinglists" / "a.json")
    folder = tmp_path / "policy-lists"
    rl.write_file(sample("新书推荐"), folder / "b.json")
    (folder / "broken.json").write_text("{", encoding="utf-8")
    rl.ListStore.user(app_dirs()).create("我的书单")
    staff = Policy(library_folders=(shared,), reading_lists_folder=folder)
    lists, problems = rl.all_lists(staff, app_dirs())
    assert [(r.name, r.read_only) for r in lists] == [
        ("我的书单", False), ("新书推荐", True), ("馆员推荐：锂电", True),
    ]  # fmt: skip
    assert len(problems) == 1 and "broken.json" in said(problems[0])
    public = Policy(public_mode=True, library_folders=(shared,), reading_lists_folder=folder)
    assert [r.name for r in rl.all_lists(public, app_dirs())[0]] == ["新书推荐", "馆员推荐：锂电"]


def test_a_batch_from_a_list_keeps_order_notes_and_names_missing_articles() -> None:
    library = open_library()
    reading_list = sample()
    reading_list.add("1999-01-gone", "已删除的文章")
    reading_list.move(2, -2)
    batch = batches.from_list(library, reading_list)
    assert [e.article.id for e in batch.entries] == reading_list.ids()[:3]
    assert batch.missing == ["1999-01-gone"]
    assert batch.entries[0].note.startswith("注：")
    contents = batch.contents()
    assert contents[0][0] == batch.entries[0].article.title
    first = batch.entries[0]
    assert contents[0][1] == citation(first.article, first.issue)  # a citation per entry


def test_missing_items_counts_what_the_library_or_its_share_lacks(tmp_path: Path) -> None:
    library = open_library()
    here = library.issues[0].articles[0].id
    reading_list = rl.ReadingList("x")
    reading_list.add(here)
    reading_list.add("2019-01-099")
    assert [i.article for i in rl.missing_items(reading_list, library)] == ["2019-01-099"]
    # No shared folder: a list to publish counts against the whole library.
    assert len(rl.missing_items(reading_list, library, shared=True)) == 1
    # A staff machine publishing to a share: the bundled issue is not on it.
    library.publish_to = tmp_path / "share"
    missing = rl.missing_items(reading_list, library, shared=True)
    assert [i.article for i in missing] == [here, "2019-01-099"]
    assert len(rl.missing_items(reading_list, library)) == 1
