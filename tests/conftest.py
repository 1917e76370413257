"""Shared fixtures: every test runs with its own READER_APP_HOME and offscreen Qt."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader_app.core.app.session import Session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "issues" / "2022-18" / "source.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """User state goes to a fresh temporary folder, never the real profile.

    No machine policy either: the site config dirs point at an empty folder and
    ``$READER_APP_POLICY`` at a file that does not exist (tests write it to use it).
    """
    home = tmp_path / "home"
    monkeypatch.setenv("READER_APP_HOME", str(home))
    monkeypatch.delenv("READER_APP_BUNDLED_ISSUES", raising=False)
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "site-config"))
    monkeypatch.setenv("READER_APP_POLICY", str(tmp_path / "policy.toml"))
    temp = tmp_path.with_name(tmp_path.name + "-tmp")  # beside tmp_path, which tests inspect
    temp.mkdir(exist_ok=True)
    monkeypatch.setenv("TMPDIR", str(temp))  # subprocesses: public-mode logs, session indexes
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)  # the public log would go there
    return home


@pytest.fixture
def session(app_home: Path) -> Iterator[Session]:
    """This test's session: the policy file (if the test wrote one) and READER_APP_HOME's
    folders, as an entry point opens it (no global: each test and each run has its own)."""
    opened = Session.machine()
    yield opened
    opened.close()


@pytest.fixture
def seed_bytes() -> bytes:
    return SEED.read_bytes()


@pytest.fixture
def seed_text(seed_bytes: bytes) -> str:
    return seed_bytes.decode("utf-8")


@pytest.fixture
def bundled_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the bundled issues folder that a test may damage."""
    target = tmp_path / "bundled"
    shutil.copytree(REPO / "issues", target)
    monkeypatch.setenv("READER_APP_BUNDLED_ISSUES", str(target))
    return target


@pytest.fixture
def empty_bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No bundled issues: the library holds only what a test imports."""
    target = tmp_path / "no-bundled"
    target.mkdir()
    monkeypatch.setenv("READER_APP_BUNDLED_ISSUES", str(target))
    return target


@pytest.fixture
def share(tmp_path: Path):
    """A read-only library folder ("network share") with the seed under another id."""
    root = tmp_path / "share"
    issue = root / "2099-01"
    shutil.copytree(REPO / "issues" / "2022-18", issue)
    toml = issue / "issue.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('id = "2022-18"', 'id = "2099-01"', 1), encoding="utf-8")
    for path in [root, *root.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    yield root
    for path in [root, *root.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
