"""Hostile and random queries against a real index: nothing escapes, results are well-formed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader_app.cli import text as cli_text
from reader_app.core.search.engine import FACETS
from reader_app.core.search.index import SearchIndex
from reader_app.core.search.query import FIELD_ALIASES
from reader_app.core.search.results import SearchResult
from tests.cliutil import run_cli

HOSTILE = [
    '"跨境电商',
    '跨境"电商""',
    "((锂电",
    "锂电)) OR (",
    "*",
    "?",
    "(",
    ")",
    "x" * 10_000,
    "跨" * 10_000,
    "😀🎉👍🏽",
    "跨境😀电商",
    "\x00\x07\x1b跨境\x7f",
    "\u200b\u202e跨境\ufeff",
    "title:",
    "标题：",
    "source:   ",
    "-",
    "- -",
    "NOT",
    "OR OR",
    "OR",
    "| |",
    '""',
    "「」",
    "-跨境",
    "跨境 -跨境",
    "title:title:跨境",
    "\\",
    "%s %d {0}",
    "\udcff",  # a lone surrogate, as a lenient decoder may hand over
]

OPERATORS = ["OR", "NOT", "AND", "|", "-", '"', "(", ")", "*", "?", ":", "：", "「", "」"]
PREFIXES = [f"{name}:" for name in FIELD_ALIASES]


def check_well_formed(result: SearchResult, limit: int = 50) -> None:
    assert isinstance(cli_text.understood(result), str) and cli_text.understood(result)
    assert result.total >= 0
    assert len(result.hits) <= min(limit, result.total)
    assert set(result.facets) <= {*FACETS, "date"}
    for counts in result.facets.values():
        assert all(isinstance(v, int) and v > 0 for v in counts.values())
        assert sum(counts.values()) <= result.total
    for hit in result.hits:
        assert hit.article and hit.issue and isinstance(hit.title, str)
        assert all(0 <= a < b <= len(hit.snippet_text) for a, b in hit.snippet_spans)
    json.dumps(result.to_dict(cli_text.understood(result)), ensure_ascii=False)


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries(shared_index: SearchIndex, query: str) -> None:
    result = shared_index.search(query)
    check_well_formed(result)
    assert not result.timed_out


words = st.sampled_from(["跨境", "电商", "锂电", "5G", "PM2.5", "发展", "鋰電池", "ＯＬＥＤ"])
pieces = st.one_of(
    st.text(max_size=30),  # any unicode: emoji, control characters, surrogates...
    words,
    st.sampled_from(OPERATORS + PREFIXES),
    st.just(" "),
)
queries = st.one_of(
    st.lists(pieces, max_size=12).map("".join),
    st.lists(pieces, max_size=12).map(" ".join),
    st.text(min_size=1000, max_size=10_000),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=queries, sort=st.sampled_from(["relevance", "date", "bogus"]))
def test_random_queries_never_raise(shared_index: SearchIndex, query: str, sort: str) -> None:
    result = shared_index.search(query, sort=sort, limit=5)
    check_well_formed(result, limit=5)


def test_a_query_over_its_time_limit_says_it_was_cut_short(shared_index: SearchIndex) -> None:
    from reader_app.core.search import engine
    from reader_app.core.search.query import parse_query

    assert shared_index._data is not None
    parsed = parse_query('"经济发展" 数字经济 OR 经济')
    result = engine.run(shared_index._data, parsed, engine.Filters(), "relevance", 10, 0.0)
    assert result.timed_out and "中止" in cli_text.understood(result)
    check_well_formed(result, limit=10)
    full = shared_index.search('"经济发展" 数字经济 OR 经济', limit=10)
    assert not full.timed_out and full.total >= result.total


def test_cli_search_json_is_always_valid_json(app_home) -> None:
    """The real CLI in a subprocess: one JSON object per query read from stdin."""
    lines = [q.replace("\n", " ").replace("\r", " ") for q in HOSTILE if "\udcff" not in q]
    done = run_cli("search", "-", "--json", "--limit", "3", stdin="\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    out = done.stdout.splitlines()
    assert len(out) == len(lines)
    for line in out:
        data = json.loads(line)
        assert {"query", "understood", "total", "timed_out", "hits"} <= set(data)
    for query in ("title:", "OR OR", "-跨境", "😀"):  # and as an argument
        single = run_cli("search", "--json", "--", query)
        assert single.returncode == 0, single.stderr
        assert json.loads(single.stdout)["query"] == query


def test_cli_search_survives_invalid_utf8_on_stdin(app_home) -> None:
    env = dict(os.environ, READER_APP_HOME=str(app_home), PYTHONIOENCODING="utf-8:strict")
    done = subprocess.run(
        [sys.executable, "-m", "reader_app.cli", "search", "-", "--json"],
        input=b"abc\xff\xfe\n\xe8\xb7\xa8\xe5\xa2\x83\n\x00\x01\n",
        capture_output=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [r["query"] for r in results][1] == "跨境"
    assert len(results) == 3 and results[1]["total"] > 0
