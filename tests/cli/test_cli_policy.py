"""The real CLI in a subprocess obeys the machine policy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.fsutil import tree_state

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "issues" / "2022-18"


def run_cli(*args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "reader_app.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_policy_command_reports_a_broken_file(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text("public_mode = true\nidle_reset_minutes = 'soon'\n", encoding="utf-8")
    result = run_cli("policy", "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["source"] == str(policy)
    assert data["settings"]["Public mode"] == "on"
    [problem] = data["problems"]
    assert "idle_reset_minutes" in problem and str(policy) in problem


def test_policy_command_without_a_policy() -> None:
    result = run_cli("policy", check=True)
    assert "Public mode:" in result.stdout and "off" in result.stdout


def test_public_mode_blocks_import_and_writes_nothing(tmp_path: Path, app_home: Path) -> None:
    (tmp_path / "policy.toml").write_text("public_mode = true\n", encoding="utf-8")
    result = run_cli("import", str(SEED / "source.txt"), "--replace")
    assert result.returncode == 5
    assert "turned off by the machine policy" in result.stderr
    assert str(tmp_path / "policy.toml") in result.stderr
    assert not app_home.exists()


def test_staff_machine_may_import(tmp_path: Path, app_home: Path, empty_bundled: Path) -> None:
    result = run_cli("import", str(SEED / "source.txt"))
    assert result.returncode == 0, result.stderr
    assert (app_home / "data" / "issues" / "2022-18" / "issue.toml").exists()


def test_read_only_share_is_listed_and_untouched(tmp_path: Path, share: Path) -> None:
    (tmp_path / "policy.toml").write_text(
        f'public_mode = true\nlibrary_folders = ["{share.as_posix()}"]\n', encoding="utf-8"
    )
    before = tree_state(share)
    data = json.loads(run_cli("list", "--json", check=True).stdout)
    assert {"2022-18", "2099-01"} <= {issue["id"] for issue in data["issues"]}
    assert run_cli("verify").returncode in (0, 1)
    assert tree_state(share) == before


def test_public_workstation_searches_the_read_only_share(
    tmp_path: Path, share: Path, app_home: Path
) -> None:
    """Search finds the share's issue; the share and the user profile stay untouched."""
    (tmp_path / "policy.toml").write_text(
        f'public_mode = true\nlibrary_folders = ["{share.as_posix()}"]\n', encoding="utf-8"
    )
    before = tree_state(share)
    data = json.loads(run_cli("search", "锂电", "--json", check=True).stdout)
    issues = {hit["issue"] for hit in data["hits"]}
    assert {"2022-18", "2099-01"} <= issues
    assert tree_state(share) == before
    assert not app_home.exists()
