"""A topic's refusals (定题): the core hands out Messages, the CLI says the lines staff know.

Every refusal of a topic file, a topic's query and dates, and the topic commands is read
back through the CLI's words (tests/saidutil.py): the same lines as before issue 22's
follow-up, the ``reader-app-cli`` advice included, which the core itself no longer holds.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from reader_app.core.app.session import open_library
from reader_app.core.base.errors import NotFoundError, ReaderError
from reader_app.core.machine.paths import app_dirs
from reader_app.core.services import readinglists as rl
from reader_app.core.services import topics
from reader_app.core.services.topicfile import (
    MAX_QUERY,
    StandingQuery,
    Topic,
    check_dates,
    check_query,
    parse_topic,
)
from tests.saidutil import said

WHERE = "/lists/自贸区政策.json"
HERE = f'{WHERE}: field "topic"'

BAD_TOPICS: list[tuple[Any, str, str]] = [
    ([], "topic_not_object", f"{HERE} must be an object (docs/reading-lists.md)"),
    (
        {"query": "  "},
        "topic_bad_query",
        f'{HERE}: "query": a topic needs a query (the words to look for in every new issue)',
    ),
    (
        {"query": "跨" * (MAX_QUERY + 1)},
        "topic_bad_query",
        f"{HERE}: \"query\": a topic's query may have at most {MAX_QUERY} characters",
    ),
    ({"query": "自贸区", "source": 5}, "topic_field_not_text", f'{HERE}: "source" must be a text or null'),
    (
        {"query": "自贸区", "from": "2022-13-01"},
        "topic_bad_dates",
        f"{HERE}: \"from\"/\"to\": not a date (YYYY-MM-DD): '2022-13-01'",
    ),
    (
        {"query": "自贸区", "from": "2023-01-01", "to": "2022-01-01"},
        "topic_bad_dates",
        f'{HERE}: "from"/"to": the date range starts (2023-01-01) after it ends (2022-01-01)',
    ),
    ({"query": "自贸区", "expand": "yes"}, "topic_bad_expand", f'{HERE}: "expand" must be true or false'),
    (
        {"query": "自贸区", "dismissed": [1]},
        "topic_bad_dismissed",
        f'{HERE}: "dismissed" must be a list of article ids',
    ),
    ({"query": "自贸区", "new": {}}, "topic_new_not_list", f'{HERE}: "new" must be a list'),
    (
        {"query": "自贸区", "new": [{"article": "a", "issue": "i"}, {"article": "b"}]},
        "topic_bad_new_entry",
        f'{HERE}: "new" entry 2 needs "article" and "issue"',
    ),
    (
        {"query": "自贸区", "checked": {"2022-18": 1}},
        "topic_bad_checked",
        f'{HERE}: "checked" must map issue ids to content hashes',
    ),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "key", "line"), BAD_TOPICS)
def test_a_damaged_topic_is_a_message_the_cli_words_as_before(
    raw: Any, key: str, line: str
) -> None:
    with pytest.raises(ReaderError) as info:
        parse_topic(raw, WHERE)
    assert info.value.key == key
    assert info.value.message.get("path") == WHERE
    assert said(info.value) == line


def test_a_damaged_topic_in_a_list_file_names_the_file() -> None:
    """Through the store: the unreadable file is one problem, the CLI's line as before."""
    store = rl.ListStore.user(app_dirs())
    path = store.path_for("自贸区政策")
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"format": "reader-app-reading-list", "version": 2, "name": "自贸区政策", "items": []}
    path.write_text(json.dumps({**data, "topic": {"query": "自贸区", "new": 3}}), "utf-8")
    lists, problems = store.lists()
    assert lists == [] and [said(p) for p in problems] == [
        f'{path}: field "topic": "new" must be a list'
    ]


def test_query_and_dates_typed_by_staff() -> None:
    for typed, line in [
        (" \t", "a topic needs a query (the words to look for in every new issue)"),
        ("x" * (MAX_QUERY + 1), f"a topic's query may have at most {MAX_QUERY} characters"),
    ]:
        with pytest.raises(ReaderError) as info:
            check_query(typed)
        assert said(info.value) == line
    with pytest.raises(ReaderError) as info:
        check_dates("2022-02-30", None)
    assert said(info.value) == "not a date (YYYY-MM-DD): '2022-02-30'"
    with pytest.raises(ReaderError) as info:
        check_dates("2022-06-01", "2022-05-31")
    assert info.value.message.params == (("start", "2022-06-01"), ("end", "2022-05-31"))
    assert said(info.value) == "the date range starts (2022-06-01) after it ends (2022-05-31)"


def test_the_topic_commands_refusals_carry_the_clis_advice_only_in_its_words() -> None:
    store = rl.ListStore.user(app_dirs())
    plain = store.create("普通书单")
    topic = topics.add(store, "自贸区政策", StandingQuery("自贸区"))
    store.save(topic)

    with pytest.raises(NotFoundError) as info:
        topics.find(store, "没有")
    assert info.value.message["known"] == ("自贸区政策",)
    assert said(info.value) == (
        "no topic named '没有' (topics here: 自贸区政策); `reader-app-cli topic list`"
    )
    with pytest.raises(ReaderError) as info:
        topics.add(store, "自贸区政策", StandingQuery("自贸港"))
    assert info.value.key == "topic_exists" and said(info.value) == (
        "a topic named '自贸区政策' exists already; nothing was changed "
        "(use --replace to give it this query: its accepted articles are kept)"
    )
    with pytest.raises(ReaderError) as info:
        topics.add(store, "普通书单", StandingQuery("自贸港"))
    assert said(info.value).startswith("a reading list named '普通书单' exists already;")
    with pytest.raises(ReaderError) as info:
        topics.decided(plain)
    assert said(info.value) == "'普通书单' is a reading list, not a topic"

    taken = store.path_for("坏文件")
    taken.write_text("not JSON", "utf-8")  # a file no list is read from
    with pytest.raises(ReaderError) as info:
        topics.add(store, "坏文件", StandingQuery("自贸港"))
    assert said(info.value) == "a file for '坏文件' exists already; choose another name"

    library = open_library()
    known = library.issues[0].articles[0].id
    with pytest.raises(ReaderError) as info:
        topics.accept(topic, [known], library, note="注" * (rl.MAX_NOTE + 1))
    assert said(info.value) == (
        f"a note may have at most {rl.MAX_NOTE} characters; nothing was changed"
    )
    for decide in (topics.accept, topics.dismiss):
        with pytest.raises(NotFoundError) as info:
            decide(topic, [known, "2022-18-nosuch", "x-1"], library)
        assert said(info.value) == (
            "no article '2022-18-nosuch', 'x-1' in this library; nothing was changed "
            "(`reader-app-cli topic new NAME` lists the new articles' ids)"
        )
    assert topic.items == [] and topic.topic == Topic(StandingQuery("自贸区"))  # unchanged


def test_a_topic_file_is_written_one_entry_a_line_and_reads_back(tmp_path) -> None:
    from reader_app.core.services.topicfile import NewArticle

    query = StandingQuery("自贸区", section="热点关注", expand=False)
    new = [NewArticle(f"2022-18-{n:06x}", "2022-18") for n in range(300)]
    topic = Topic(query, ["2021-01-aa"], new, {"2022-18": "abc", "2021-01": "def"})
    reading_list = rl.ReadingList("自贸区政策", "给办公室", [rl.Item("2022-17-000001", "注", "题")])
    reading_list.topic = topic
    text = reading_list.to_json()
    assert json.loads(text) == reading_list.to_dict()  # the same JSON as indent=2 writes
    lines = text.splitlines()
    assert '      {"article": "2022-18-00012a", "issue": "2022-18"},' in lines
    assert (
        len(lines) == len(json.dumps(reading_list.to_dict(), indent=2).splitlines()) - 3 * 300 - 4
    )
    store = rl.ListStore(tmp_path)
    store.save(reading_list)
    (back,) = store.lists()[0]
    assert back.topic == topic and back.items == reading_list.items
    kept = json.loads(store.path_for("自贸区政策").read_text(encoding="utf-8"))
    assert kept["version"] == rl.TOPIC_VERSION == 3  # the store's file: what staff decided
    assert "new" not in kept["topic"] and "checked" not in kept["topic"]
    plain = rl.ReadingList("书单", items=[rl.Item("2022-18-000001")])  # a plain list: as before
    assert plain.to_json() == json.dumps(plain.to_dict(), ensure_ascii=False, indent=2) + "\n"


def test_the_side_file_keeps_new_articles_and_older_forms_are_read(tmp_path) -> None:
    """Version 3 in the store: new articles in the side file, the topic file written only
    when what staff decided changes; a version-1 side file (maps only) with a version-2
    topic file (its backlog inline) is read as it was; an article decided is never new,
    even if a save was cut short between its two writes."""
    from reader_app.core.services import topicchecks
    from reader_app.core.services.topicfile import NewArticle

    new = [NewArticle("2022-18-aa", "2022-18"), NewArticle("2021-01-bb", "2021-01")]
    new.append(NewArticle("2022-18-cc", "2022-18"))
    store = rl.ListStore(tmp_path)
    reading_list = rl.ReadingList("自贸区政策", topic=Topic(StandingQuery("自贸区"), [], list(new)))
    reading_list.topic.checked = {"2022-18": "h1", "2021-01": "h2"}  # type: ignore[union-attr]
    path = store.save(reading_list)
    stamp = path.stat().st_mtime_ns
    (back,) = store.lists()[0]
    assert back.topic is not None and back.topic.new == new  # in the order offered
    back.topic.new = new[:1]
    store.save(back)  # only the side file changed
    assert path.stat().st_mtime_ns == stamp
    assert store.lists()[0][0].topic.new == new[:1]  # type: ignore[union-attr]

    # older forms: the topic file with its backlog inline, the side file of maps only
    key = back.topic.checked_key
    data = json.loads(path.read_text(encoding="utf-8"))
    data["version"] = 2
    data["topic"]["new"] = [{"article": n.article, "issue": n.issue} for n in new]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    side = tmp_path / topicchecks.FILE_NAME
    v1 = {"format": topicchecks.FORMAT, "version": 1, "topics": {key: {"2022-18": "h1"}}}
    side.write_text(json.dumps(v1), encoding="utf-8")
    (old,) = store.lists()[0]
    assert old.topic is not None and old.topic.new == new
    assert old.topic.checked == {"2022-18": "h1"} and old.topic.inline

    store.save(old)  # moved out: the side file first, then the file (version 3)
    assert "new" not in json.loads(path.read_text(encoding="utf-8"))["topic"]
    assert store.lists()[0][0].topic.new == new  # type: ignore[union-attr]

    # accepted in the file, still new in the side file (cut short): not offered
    old.add("2021-01-bb")
    store._write(old)
    (now,) = store.lists()[0]
    assert now.topic is not None and now.topic.new_ids() == ["2022-18-aa", "2022-18-cc"]
