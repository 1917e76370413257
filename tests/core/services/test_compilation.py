"""Compilations: orders, the cover's data, the topic hook."""

from __future__ import annotations

import datetime as dt

import pytest

from reader_app.core.base.errors import NotFoundError
from reader_app.core.base.model import Article, Issue
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Policy
from reader_app.core.services import compilation as compilations
from reader_app.core.services import readinglists as rl
from reader_app.core.services.batch import Batch, Entry
from reader_app.core.services.topicfile import StandingQuery, Topic
from tests.saidutil import raises_saying


def entries() -> list[Entry]:
    old = Issue(
        "2021-05", 2021, 5, period_start=dt.date(2021, 3, 1), period_end=dt.date(2021, 3, 31)
    )
    new = Issue("2022-18", 2022, 18)
    made = []
    for issue, section, seq, date in (
        (new, "行业动态", 2, dt.date(2022, 11, 3)),
        (old, "热点关注", 4, None),  # no date: its issue's period counts
        (new, "热点关注", 1, dt.date(2022, 11, 9)),
        (old, "热点关注", 1, dt.date(2021, 3, 20)),
    ):
        article = Article(f"{issue.id}-{seq}", issue.id, section, f"{issue.id} 第{seq}篇",
                          seq=seq, date=date)  # fmt: skip
        issue.articles.append(article)
        made.append(Entry(issue, article))
    for issue in (old, new):
        issue.articles.sort(key=lambda a: (a.section != "热点关注", a.seq))
    return made


def ids(items: list[Entry]) -> list[str]:
    return [e.article.id for e in items]


def test_orders_list_date_issue_and_by_hand() -> None:
    listed = entries()
    assert ids(compilations.sort_entries(listed, "list")) == ids(listed)
    assert ids(compilations.sort_entries(listed, "date")) == [
        "2021-05-1", "2021-05-4", "2022-18-2", "2022-18-1"]  # fmt: skip
    assert ids(compilations.sort_entries(listed, "issue")) == [
        "2021-05-1", "2021-05-4", "2022-18-1", "2022-18-2"]  # fmt: skip
    made = compilations.make(Batch("专题", listed, []))
    hand = made.arranged(["2022-18-1", "2021-05-4"])
    assert ids(hand.entries) == ["2022-18-1", "2021-05-4", "2022-18-2", "2021-05-1"]
    assert ids(made.entries) == ids(listed)  # arranging makes a new compilation
    with pytest.raises(ValueError, match="unknown order"):
        compilations.sort_entries(listed, "title")


def test_cover_data_title_period_count_and_compiler() -> None:
    made = compilations.make(
        Batch("书单名", entries(), []), title="  锂电  专题 ", order="date",
        compiled_by=" 天津港保税区文教局（图书档案馆） ", compiler="李明", made=dt.date(2026, 1, 2),
    )  # fmt: skip
    cover = made.cover()
    assert cover.title == "锂电 专题"
    assert (cover.compiled_by, cover.compiler) == ("天津港保税区文教局（图书档案馆）", "李明")
    assert (cover.first, cover.last) == (dt.date(2021, 3, 1), dt.date(2022, 11, 9))
    assert cover.articles == 4 and cover.made == dt.date(2026, 1, 2)
    assert compilations.period([]) == (None, None)


def test_topic_hook_finds_topics_in_the_list_store(monkeypatch) -> None:
    store = rl.ListStore.user(app_dirs())
    store.create("普通书单")
    topic = rl.ReadingList("自贸区政策", topic=Topic(StandingQuery("自贸区")))
    topic.add("2022-18-x", "标题", "编者按")
    plain = rl.ReadingList("普通书单")
    monkeypatch.setattr(compilations, "all_lists", lambda policy, dirs: ([plain, topic], []))
    found = compilations.find_topic("自贸区政策", Policy(), app_dirs())
    assert found is topic and found.items[0].note == "编者按"
    with raises_saying(NotFoundError, r"no topic named '普通书单' \(topics here: 自贸区政策\)$"):
        compilations.find_topic("普通书单", Policy(), app_dirs())


def test_without_topics_a_reading_list_is_not_a_topic() -> None:
    rl.ListStore.user(app_dirs()).create("锂电专题")
    with raises_saying(NotFoundError, r"topics here: none\)$"):
        compilations.find_topic("锂电专题", Policy(), app_dirs())
