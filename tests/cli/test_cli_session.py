"""The CLI opens one session per run and every command reads its policy from it.

In-process, so the test can hand the run a session of its own (``Session.start`` is what
``reader_app.cli.main`` calls); no policy file is written, so the machine is staff and a
public answer can only come from that session.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader_app import cli
from reader_app.core.app.session import Session
from reader_app.core.machine.paths import AppDirs, app_dirs
from reader_app.core.machine.policy import Policy, load_policy
from tests.conftest import REPO, SEED


def _run_with(monkeypatch: pytest.MonkeyPatch, session: Session) -> list[Session]:
    opened: list[Session] = []

    def start(cls: type[Session], level: int = 0) -> Session:
        opened.append(session)
        return session

    monkeypatch.setattr(Session, "start", classmethod(start))
    return opened


def test_the_policy_command_shows_the_sessions_policy(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert not load_policy().public_mode
    opened = _run_with(monkeypatch, Session(Policy(public_mode=True), app_dirs()))
    assert cli.main(["policy", "--json"]) == 0
    assert len(opened) == 1  # one session for the run
    data = json.loads(capsys.readouterr().out)
    assert data["settings"]["Public mode"] == "on"


def test_import_is_refused_by_a_public_session_and_nothing_is_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    raw = tmp_path / "issue.txt"
    raw.write_bytes(SEED.read_bytes())
    _run_with(monkeypatch, Session(Policy(public_mode=True), app_dirs()))
    assert cli.main(["import", str(raw)]) == 5
    assert "turned off by the machine policy" in capsys.readouterr().err
    assert not app_dirs().user_issues.exists() or not any(app_dirs().user_issues.iterdir())


def test_a_command_reads_the_library_of_its_session(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A session over other folders: ``list`` shows its issue, not this home's library."""
    root = tmp_path / "elsewhere"
    dirs = AppDirs(root / "data", root / "cache", root / "config", root / "log")
    target = dirs.user_issues / "2099-01"
    shutil.copytree(REPO / "issues" / "2022-18", target)
    toml = target / "issue.toml"
    text = toml.read_text(encoding="utf-8").replace('id = "2022-18"', 'id = "2099-01"')
    toml.write_text(text, encoding="utf-8")
    _run_with(monkeypatch, Session(Policy(), dirs))
    assert cli.main(["list"]) == 0
    assert "2099-01" in capsys.readouterr().out
    _run_with(monkeypatch, Session(Policy(), app_dirs()))  # this test's own home
    assert cli.main(["list"]) == 0
    listed = capsys.readouterr().out
    assert "2022-18" in listed and "2099-01" not in listed
