"""Statistics without personal data: what is counted, where, and how exports merge."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from reader_app.core.base.errors import ReaderError
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Policy
from reader_app.core.services import stats
from tests.saidutil import raises_saying

D1, D2, D3 = dt.date(2026, 11, 1), dt.date(2026, 11, 2), dt.date(2026, 11, 3)


@pytest.fixture
def store(tmp_path: Path) -> stats.Statistics:
    s = stats.Statistics(tmp_path / "s.sqlite3")
    yield s
    s.close()


def test_counts_per_day_by_kind(store: stats.Statistics) -> None:
    store.search("锂电", 5, day=D1)
    store.search("火星 基地", 0, day=D1)
    store.search("锂电", 3, day=D2)
    store.article_opened("2022-18-aaa", "热点关注", day=D1)
    store.article_opened("2022-18-aaa", "热点关注", day=D2)
    store.article_opened("2022-18-bbb", "各地动态", day=D2)
    store.count(stats.ISSUE, day=D1)
    store.count(stats.PRINT, day=D2)
    store.count(stats.EXPORT, day=D2)
    store.count(stats.SESSION, day=D1)
    report = store.report()
    assert report.days["2026-11-01"][stats.SEARCH] == 2
    assert report.days["2026-11-01"][stats.ZERO_HIT] == 1
    assert report.days["2026-11-02"][stats.ARTICLE] == 2
    assert report.totals == {
        "search": 3, "zero_hit": 1, "article": 3, "issue": 1, "print": 1, "export": 1,
        "session": 1,
    }  # fmt: skip
    assert report.articles[0] == ("2022-18-aaa", 2)
    assert dict(report.sections) == {"热点关注": 2, "各地动态": 1}


def test_a_query_is_shown_only_when_asked_twice_in_the_range(store: stats.Statistics) -> None:
    store.search("锂电", 5, day=D1)
    store.search("锂电", 5, day=D3)
    store.search("张三 住址", 0, day=D1)  # asked once: could point at the one who asked
    store.search("火星", 0, day=D1)
    store.search("火星", 0, day=D2)
    full = store.report()
    assert full.queries == [("火星", 2), ("锂电", 2)]
    assert full.zero_queries == [("火星", 2)]
    assert "张三 住址" not in json.dumps(full.to_dict(), ensure_ascii=False)
    narrow = store.report(D1, D2)  # 锂电 only once in these two days
    assert narrow.queries == [("火星", 2)]


def test_no_table_holds_a_time_of_day_or_a_session(store: stats.Statistics) -> None:
    store.search("锂电", 1)
    store.count(stats.SESSION)
    store.article_opened("x", "热点关注")
    db = sqlite3.connect(store.path)
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert sorted(tables) == ["counts", "meta"]
    columns = {t: [r[1] for r in db.execute(f"PRAGMA table_info({t})")] for t in tables}
    assert columns == {
        "counts": ["day", "machine", "kind", "item", "n"],
        "meta": ["key", "value"],
    }
    for day, *_rest in db.execute("SELECT day FROM counts"):
        assert dt.date.fromisoformat(day).isoformat() == day  # a date, never a timestamp
    assert [r[0] for r in db.execute("SELECT key FROM meta")] == ["machine"]
    db.close()


def test_merging_the_same_export_twice_does_not_double_count(tmp_path: Path) -> None:
    a = stats.Statistics(tmp_path / "a.sqlite3")
    b = stats.Statistics(tmp_path / "b.sqlite3")
    a.search("锂电", 2, day=D1)
    a.search("锂电", 2, day=D1)
    b.search("锂电", 2, day=D1)
    export = tmp_path / "a.json"
    a.export_file(export)
    assert b.merge_file(export) == b.merge_file(export)
    report = b.report()
    assert report.totals["search"] == 3
    assert report.machines == 2
    a.search("锂电", 2, day=D1)  # a newer export of the same day replaces the older count
    a.export_file(export)
    b.merge_file(export)
    assert b.report().totals["search"] == 4
    a.close()
    b.close()


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("not json", "not JSON"),
        ('{"format": "other"}', "not a statistics export"),
        ('{"format": "reader-app-statistics", "version": 9, "rows": []}', "version 9"),
        (
            '{"format": "reader-app-statistics", "version": 1, '
            '"rows": [["2026-11-01", "m", "search", "", 1], ["13:45", "m", "search", "", 1]]}',
            "row 2",
        ),
    ],
)
def test_a_bad_export_is_one_clear_line_and_merges_nothing(
    store: stats.Statistics, tmp_path: Path, content: str, says: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with raises_saying(ReaderError, says) as info:
        store.merge_file(bad)
    assert str(bad) in str(info.value)
    assert store.report().totals["search"] == 0


def test_where_the_database_lives() -> None:
    dirs = app_dirs()
    assert stats.database_path(Policy(), dirs) == dirs.data / stats.DB_NAME
    with raises_saying(stats.StatisticsOffError, "switched off"):
        stats.database_path(Policy(statistics=False), dirs)
    with raises_saying(stats.StatisticsOffError, "statistics_folder"):
        stats.database_path(Policy(public_mode=True), dirs)  # never the patron's profile
    folder = Path("/var/lib/reader-app")
    assert stats.database_path(Policy(public_mode=True, statistics_folder=folder), dirs) == (
        folder / stats.DB_NAME
    )
    with raises_saying(stats.StatisticsOffError, "network share"):
        stats.database_path(Policy(statistics_folder=Path("//server/share/stats")), dirs)


def test_policy_keys_for_statistics(tmp_path: Path) -> None:
    from reader_app.core.machine.policy import read_policy

    path = tmp_path / "p.toml"
    path.write_text(
        'statistics = "off"\nstatistics_folder = "/srv/stats"\n'
        'statistics_drop_folder = "/mnt/share/stats"\nreading_lists_folder = "/mnt/share/lists"\n',
        encoding="utf-8",
    )
    policy = read_policy(path)
    assert policy.problems == ()
    assert policy.statistics is False
    assert policy.statistics_folder == Path("/srv/stats")
    assert policy.statistics_drop_folder == Path("/mnt/share/stats")
    assert policy.reading_lists_folder == Path("/mnt/share/lists")
    path.write_text("statistics = true\n", encoding="utf-8")
    broken = read_policy(path)
    assert broken.statistics is False  # a wrong value counts nothing
    assert "'statistics'" in broken.problems[0]
