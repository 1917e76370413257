"""Fixtures: an isolated app home and real on-disk indexes of the seed issue."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from seed_issue import load_seed_issue

from reader_app.core.model import Issue
from reader_app.core.search import SearchIndex

_SEED: Issue | None = None


def seed_issue() -> Issue:
    """The bundled seed issue as the real library reads it (our own reader as fallback)."""
    global _SEED
    if _SEED is None:
        try:
            from reader_app.core.library import Library

            _SEED = next(i for i in Library.open().issues if i.id == "2022-18")
        except (ImportError, StopIteration):
            _SEED = load_seed_issue()
    return _SEED


@dataclass
class FakeLibrary:
    """Stands in for reader_app.core.library.Library: what the index reads."""

    issues: list[Issue] = field(default_factory=list)


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("READER_APP_HOME", str(home))
    return home


@pytest.fixture
def library() -> FakeLibrary:
    return FakeLibrary([seed_issue()])


@pytest.fixture
def index(library: FakeLibrary) -> SearchIndex:
    with SearchIndex.open(library) as opened:
        yield opened


@pytest.fixture(scope="session")
def shared_index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """One read-only-use index of the seed for the many query tests."""
    root = tmp_path_factory.mktemp("shared") / "index"
    with SearchIndex.open(FakeLibrary([seed_issue()]), root=root) as opened:
        yield opened
