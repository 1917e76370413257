"""``reader-app-cli trend`` and ``related`` in a subprocess, on a library of several issues."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from reader_app.core.app.session import open_library
from tests.cliutil import run_cli
from tests.conftest import SEED
from tests.fixtures.compose import compose_issue

#: Two-character, long (relaxable: partial matches where the exact word is absent), expanded
#: (自贸区 → 自由贸易试验区 …), several words, a phrase, an excluded word. 发展壮大未来产业 is
#: exact in three issues and only a partial match in the fourth (composed without 023), so
#: its count there is what ``search --issue`` falls back to, not the library-wide facet's 0.
QUERIES = [
    "跨境",
    "跨境电子商务综合试验区物流",
    "发展壮大未来产业",
    "自贸区",
    "海南 自贸港",
    '"金融支持"',
    "锂电 -四川",
]


@pytest.fixture
def library(tmp_path: Path) -> list[str]:
    """The seed and three composed issues (other sizes, other sections) in the user library."""
    lib = open_library()
    for n in range(3):
        raw = tmp_path / f"composed-{n}.txt"
        raw.write_bytes(compose_issue(SEED, 300 + n)[0])
        lib.import_file(raw, replace=True)
    return [issue.id for issue in open_library().issues]


def _json(*args: str) -> object:
    done = run_cli(*args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("options", [(), ("--no-expand",), ("--section", "自贸专题")])
def test_trend_counts_equal_search_totals_issue_by_issue(library, options):
    assert len(library) == 4
    for query in QUERIES:
        rows = _json("trend", query, "--json", *options)
        assert [row["issue"] for row in rows] == library  # one row per issue, in issue order
        for row in rows:
            search = _json(
                "search", query, "--issue", row["issue"], "--json", "--limit", "0", *options
            )
            assert row["matches"] == search["total"], (query, options, row)
            assert row["per_100"] == round(100 * row["matches"] / row["articles"], 2)
        assert any(row["matches"] for row in rows), query


def test_trend_rows_have_sizes_and_dates(library):
    rows = _json("trend", "发展", "--json")
    sizes = {issue.id: len(issue.articles) for issue in open_library().issues}
    assert {row["issue"]: row["articles"] for row in rows} == sizes
    assert all(row["date"] and len(row["date"]) == 10 for row in rows)
    assert len({row["articles"] for row in rows}) > 1  # issues differ in size


def test_trend_csv_matches_json(library):
    rows = _json("trend", "跨境", "--json")
    done = run_cli("trend", "跨境", "--csv")
    assert done.returncode == 0, done.stderr
    table = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [(r["issue"], int(r["matches"]), int(r["articles"])) for r in table] == [
        (r["issue"], r["matches"], r["articles"]) for r in rows
    ]


def test_related_json_and_reprints(library):
    seed = next(i for i in open_library().issues if i.id == "2022-18")
    others = [i for i in open_library().issues if i.id != "2022-18"]
    reprinted: dict[str, set[str]] = {}
    for issue in others:
        for a in issue.articles:
            reprinted.setdefault(a.title, set()).add(a.id)
    article = next(a for a in seed.articles if a.title in reprinted)
    rows = _json("related", article.id, "--json")
    assert rows and set(rows[0]) == {"id", "title", "issue", "score", "shared", "reprint"}
    reprints = [r for r in rows if r["reprint"]]
    assert {r["id"] for r in reprints} == reprinted[article.title]  # each issue reprinting it
    assert rows[: len(reprints)] == reprints  # shown first
    assert all(r["issue"] != "2022-18" for r in reprints)
    others_rows = [r for r in rows if not r["reprint"]]
    assert len(others_rows) <= 5
    assert all(r["id"] != article.id for r in rows)
    assert all(len(r["shared"]) >= 2 for r in others_rows)
    limited = _json("related", article.id, "--json", "--limit", "1")
    assert len([r for r in limited if not r["reprint"]]) <= 1


def test_related_unknown_id_exits_4():
    done = run_cli("related", "2022-18-nosuch", "--json")
    assert done.returncode == 4
    assert "2022-18-nosuch" in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""


def test_related_text_output_names_why():
    done = run_cli("related", "2022-18-171648")  # 33地获批新设跨境电商综合试验区
    assert done.returncode == 0, done.stderr
    assert "共同：" in done.stdout and "跨境电商" in done.stdout


def test_related_unknown_id_says_what_to_type():
    """The CLI raises a Message too (issue 22): its words, the advice included, as before."""
    done = run_cli("related", "2022-18-nosuch")
    assert done.returncode == 4
    assert done.stderr.strip().endswith(
        "no article '2022-18-nosuch' in the search index; `reader-app-cli list ISSUE` shows the ids"
    )
