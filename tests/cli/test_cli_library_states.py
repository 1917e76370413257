"""Library states that used to give silent wrong answers (issue 9), through the real CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.cliutil import run_cli as cli
from tests.conftest import REPO, SEED

BUNDLED = REPO / "issues" / "2022-18"


def _user_issues(app_home: Path) -> Path:
    folder = app_home / "data" / "issues"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _copy(target: Path, new_id: str | None = None) -> Path:
    shutil.copytree(BUNDLED, target)
    if new_id is not None:
        toml = target / "issue.toml"
        text = toml.read_text(encoding="utf-8")
        toml.write_text(text.replace('id = "2022-18"', f'id = "{new_id}"', 1), encoding="utf-8")
    return target


def test_backup_copy_with_the_same_id_says_which_folder_is_used(app_home):
    assert cli("import", "--replace", str(SEED)).returncode == 0
    user = _user_issues(app_home)
    _copy(user / "2022-18 (copy)")  # sorts after 2022-18 ...
    _copy(user / "0-backup")  # ... and before it: the folder named after the id still wins
    listed = cli("list")
    assert listed.returncode == 0
    warnings = [line for line in listed.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 2, listed.stderr
    for copy in ("2022-18 (copy)", "0-backup"):
        line = next(w for w in warnings if str(user / copy / "issue.toml") in w)
        assert str(user / "2022-18" / "issue.toml") in line
        assert f"shows {user / '2022-18'}" in line and "ignores this folder" in line
    verify = cli("verify")
    assert verify.returncode == 1
    assert str(user / "0-backup" / "issue.toml") in verify.stderr
    assert str(user / "2022-18" / "issue.toml") in verify.stderr


def test_edited_id_hiding_the_bundled_issue_is_named(app_home):
    user = _user_issues(app_home)
    _copy(user / "2099-01", new_id="2022-18")  # an edited id: the folder says 2099-01
    listed = cli("list")
    assert listed.returncode == 0
    hides = [line for line in listed.stderr.splitlines() if "hides" in line]
    assert len(hides) == 1, listed.stderr
    assert str(user / "2099-01" / "issue.toml") in hides[0]
    assert str(BUNDLED / "issue.toml") in hides[0] and "66 articles" in hides[0]
    verify = cli("verify")
    assert verify.returncode == 1
    line = next(x for x in verify.stderr.splitlines() if "hides" in x)
    assert str(user / "2099-01" / "issue.toml") in line and str(BUNDLED / "issue.toml") in line


def test_article_id_used_by_two_issues_names_both_files(app_home):
    user = _user_issues(app_home)
    _copy(user / "2099-01", new_id="2099-01")  # a copy made into a new issue, article ids kept
    verify = cli("verify")
    assert verify.returncode == 1
    clash = [line for line in verify.stderr.splitlines() if "article id" in line]
    assert len(clash) == 66
    first = BUNDLED / "articles" / "001.md"
    copy = user / "2099-01" / "articles" / "001.md"
    assert any(str(first) in line and str(copy) in line for line in clash)
    listed = cli("list")
    assert "article id" in listed.stderr


def test_documented_replacement_is_said_not_warned(app_home):
    """import --replace relies on a user-library issue replacing the bundled one."""
    assert cli("import", "--replace", str(SEED)).returncode == 0
    listed = cli("list")
    assert listed.returncode == 0 and listed.stderr == ""
    head = next(line for line in listed.stdout.splitlines() if line.startswith("2022-18 "))
    assert f"replaces {BUNDLED}" in head
    issues = json.loads(cli("list", "--json").stdout)["issues"]
    assert [(i["id"], i["bundled"]) for i in issues] == [("2022-18", False)]
    assert cli("verify").returncode == 0
