"""reader-app-cli search / index against the bundled library and a real index."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader_app.cli import main
from tests.cliutil import run_cli


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_APP_HOME", str(tmp_path / "home"))


def test_index_reports_progress_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", "--rebuild"]) == 0
    err = capsys.readouterr().err
    assert "articles" in err and "/" in err


def test_search_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "鋰電池", "--json", "--limit", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {
        "query", "understood", "total", "took_ms", "timed_out", "hits", "expansions",
        "index_stale", "index_stale_reason",
    }  # fmt: skip
    assert data["index_stale"] is False and data["index_stale_reason"] is None
    assert data["total"] >= 1 and len(data["hits"]) == 1
    hit = data["hits"][0]
    keys = {"article", "issue", "section", "title", "source", "date", "page", "score", "snippet"}
    assert set(hit) == keys | {"via_expansion"}
    assert "锂" in hit["title"]


def test_search_filters(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["search", "发展", "--json", "--section", "国研专稿", "--from", "2022-12-01"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] >= 1
    assert all(h["section"] == "国研专稿" and h["date"] >= "2022-12-01" for h in data["hits"])


def test_queries_from_stdin_one_object_per_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO('跨境\n"open\n5G\n'))
    assert main(["search", "-"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["query"] for line in lines] == ["跨境", '"open', "5G"]


def test_bad_date_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["search", "锂电", "--from", "2022-13-01"])
    assert exit_info.value.code == 64  # a usage error (EX_USAGE); 2 means "cannot import"
    err = capsys.readouterr().err
    assert "not a date" in err and "Traceback" not in err


def test_negative_limit_is_a_bad_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["search", "锂电", "--limit", "-1"])
    assert exit_info.value.code == 64  # a usage error, like a bad date (was exit 1)
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "argument --limit: -1 is out of range; give a number from 0 to" in err


def test_no_hits_suggest_the_near_miss_in_text_and_json() -> None:
    """自区 (a character dropped) finds nothing: 您是不是要找 offers 自贸区 (issue 26)."""
    text = run_cli("search", "自区")
    assert text.returncode == 0, text.stderr
    line = next(x for x in text.stdout.splitlines() if x.startswith("您是不是要找："))
    assert "自贸区" in line.removeprefix("您是不是要找：").split("、")
    data = json.loads(run_cli("search", "--json", "自茂区").stdout)
    assert data["total"] == 0 and "自贸区" in data["suggestions"]
    assert len(data["suggestions"]) <= 3
    hits = json.loads(run_cli("search", "--json", "自贸区").stdout)
    assert hits["total"] > 0 and "suggestions" not in hits
    nonsense = run_cli("search", "--json", "嗯呃")
    assert json.loads(nonsense.stdout)["suggestions"] == []
    assert "您是不是要找" not in run_cli("search", "嗯呃").stdout
