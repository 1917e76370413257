"""Fixtures: an isolated app home and real on-disk indexes of the seed issue."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from reader_app.core.app.session import open_library
from reader_app.core.base.model import Issue
from reader_app.core.library.library import Library
from reader_app.core.search.index import SearchIndex

_SEED: Issue | None = None


def seed_issue() -> Issue:
    """The bundled seed issue as the library loads it (``issues/2022-18``)."""
    global _SEED
    if _SEED is None:
        _SEED = next(i for i in open_library().issues if i.id == "2022-18")
    return _SEED


@dataclass
class FakeLibrary:
    """Stands in for reader_app.core.library.library.Library where a test needs other issues."""

    issues: list[Issue] = field(default_factory=list)


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("READER_APP_HOME", str(home))
    return home


@pytest.fixture
def library(app_home: Path) -> Library:
    """The real library: the bundled issue, and no user imports (fresh app home)."""
    return open_library()


@pytest.fixture
def index(library: Library) -> SearchIndex:
    with SearchIndex.open(library) as opened:
        yield opened


@pytest.fixture(scope="session")
def shared_index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """One read-only-use index of the real library for the many query tests."""
    home = tmp_path_factory.mktemp("shared")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("READER_APP_HOME", str(home / "home"))
        library = open_library()
    with SearchIndex.open(library, root=home / "index") as opened:
        yield opened
