"""Messages that say what happened, in words and in one line (issue 9), via the real CLI."""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cliutil import run_cli as cli
from tests.conftest import REPO, SEED
from tests.unprivileged import User, unprivileged_user


@pytest.fixture
def user() -> Iterator[User]:
    with unprivileged_user() as made:
        made.home.mkdir()
        made.give(made.home)
        yield made


def _user_issues() -> Path:
    folder = Path(os.environ["READER_APP_HOME"]) / "data" / "issues"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# ------------------------------------------------------------------ dry run


def test_dry_run_of_a_present_issue_gives_the_real_imports_answer():
    result = cli("import", "--dry-run", str(SEED))
    assert result.returncode == 1  # what the real import gives
    assert "62 articles, 4 books" in result.stdout  # the report is still printed
    assert "nothing was written; the real import would be refused" in result.stdout
    err = result.stderr.strip().splitlines()
    assert len(err) == 1 and "already bundled" in err[0] and "--replace" in err[0]
    as_json = cli("import", "--dry-run", "--json", str(SEED))
    assert as_json.returncode == 1
    assert "already bundled" in json.loads(as_json.stdout)["imports"][0]["refused"]
    replacing = cli("import", "--dry-run", "--replace", str(SEED))
    assert replacing.returncode == 0 and replacing.stderr == ""


# ------------------------------------------------------------------ TOML positions


def test_toml_error_in_front_matter_gives_the_files_line():
    folder = _user_issues() / "2022-18"
    shutil.copytree(REPO / "issues" / "2022-18", folder)
    article = folder / "articles" / "015.md"
    lines = article.read_text("utf-8").splitlines(keepends=True)
    assert lines[0].startswith("+++") and lines[3].startswith("section")
    lines[3] = 'section = "热点关注\n'  # file line 4: an unterminated string
    article.write_text("".join(lines), "utf-8")
    result = cli("verify")
    assert result.returncode == 1
    line = next(x for x in result.stderr.splitlines() if str(article) in x)
    assert f"{article}, line 4, column " in line and "not valid TOML" in line
    assert "at line 3" not in line  # the front matter's own count is gone


# ------------------------------------------------------------------ the log file


def _log_noise(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "log" in line.lower() or "Traceback" in line]


def test_log_file_that_cannot_be_opened_costs_one_line(app_home):
    (app_home / "log" / "reader-app.log").mkdir(parents=True)  # a folder in its place
    assert cli("index").returncode == 0
    (app_home / "cache" / "index" / "CURRENT").write_bytes(b"\xff\xfe")  # logs a warning
    result = cli("search", "跨境", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["total"] > 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "cannot write the log file" in lines[0] and "Traceback" not in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_log_that_fails_while_writing_costs_one_line(app_home):
    log = app_home / "log" / "reader-app.log"
    log.parent.mkdir(parents=True)
    log.symlink_to("/dev/full")  # opens, then every write fails: a full disk
    result = cli("list")
    assert result.returncode == 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "cannot write the log file" in lines[0] and "No space left" in lines[0]


def test_read_only_log_file_costs_one_line(user):
    log = user.home / "log" / "reader-app.log"
    log.parent.mkdir()
    log.write_text("")
    user.give(log.parent)
    if os.geteuid() == 0:
        os.chown(log, 0, 0)  # root's file: the user may not write it
    log.chmod(0o444)
    result = user.cli("list")
    assert result.returncode == 0
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "cannot write the log file" in result.stderr and "Permission denied" in result.stderr
    assert "Logging error" not in result.stderr


# ------------------------------------------------------------------ in words, and short


def test_huge_ids_are_shortened_in_messages():
    huge = "x" * 100_000
    shown = cli("show", huge)
    assert shown.returncode == 4
    assert len(shown.stderr) < 300 and "xxx…" in shown.stderr
    folder = _user_issues() / "2099-01"
    shutil.copytree(REPO / "issues" / "2022-18", folder)
    toml = folder / "issue.toml"
    toml.write_text(toml.read_text("utf-8").replace('"2022-18"', f'"{huge}"', 1), "utf-8")
    listed = cli("list")
    assert listed.returncode == 0
    assert listed.stderr and max(len(line) for line in listed.stderr.splitlines()) < 400
    usage = cli("show", "--format", huge, "id")
    assert usage.returncode == 64 and len(usage.stderr) < 800


def test_oversized_file_message_states_the_limit(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: no disk used
    result = cli("import", str(big))
    assert result.returncode == 2
    assert re.search(r"at most 50 MB", result.stderr), result.stderr


def test_unreadable_article_is_said_in_words(user):
    imported = user.cli("import", "--replace", str(SEED))
    assert imported.returncode == 0, imported.stderr
    article = user.home / "data" / "issues" / "2022-18" / "articles" / "015.md"
    if os.geteuid() == 0:
        os.chown(article, 0, 0)
    article.chmod(0o000)
    result = user.cli("verify")
    assert result.returncode == 1
    line = next(x for x in result.stderr.splitlines() if str(article) in x)
    assert "Permission denied" in line
    assert "[Errno" not in result.stderr and f"'{article}'" not in result.stderr
