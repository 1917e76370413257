"""The library: bundled plus user issues, lookups, and imports under faults."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from reader_app.core.app.session import open_library
from reader_app.core.base import atomic
from reader_app.core.base.errors import NotFoundError, ReaderError
from tests.conftest import SEED
from tests.saidutil import raises_saying, said


def test_bundled_issue_is_listed_read_only():
    library = open_library()
    assert [(i.id, i.bundled, len(i.articles)) for i in library.issues] == [("2022-18", True, 66)]
    assert library.problems == []
    assert library.user_folder.writable and not library.folders[0].writable


def test_lookups():
    library = open_library()
    issue, article = library.find_article("2022-18-15c0fe")
    assert issue.id == "2022-18" and article.page == 1
    assert library.article_at_page("2022-18", 37).title.startswith("海南：海南自贸港三张")
    assert library.article_at_page("2022-18", 45).title.startswith(
        "青岛：加快制度创新"
    )  # spans 44-45
    assert library.article_at_page("2022-18", 0) is None
    with raises_saying(NotFoundError, "reader-app-cli list"):
        library.find_article("nope")
    with pytest.raises(NotFoundError):
        library.issue("1999-01")


def test_user_import_takes_the_place_of_a_bundled_issue(app_home):
    library = open_library()
    result = library.import_file(SEED, replace=True)
    assert result.replaced and result.path == app_home / "data" / "issues" / "2022-18"
    assert [(i.id, i.bundled) for i in library.issues] == [("2022-18", False)]
    assert [(i.id, i.bundled) for i in open_library().issues] == [("2022-18", False)]


@pytest.mark.parametrize(
    ("code", "where", "hint"),
    [
        (errno.ENOSPC, "write_bytes", "Free some disk space"),
        (errno.EROFS, "mkdir", "permissions"),
        (errno.EACCES, "replace", "permissions"),
    ],
)
def test_write_faults_leave_library_unchanged(
    app_home, empty_bundled, monkeypatch, code, where, hint
):
    library = open_library()
    library.import_file(SEED)  # a first, healthy copy
    user = app_home / "data" / "issues"
    before = {p: p.read_bytes() for p in user.rglob("*") if p.is_file()}

    def fail(*args, **kwargs):
        raise OSError(code, "injected")

    with monkeypatch.context() as patch, pytest.raises(ReaderError) as caught:
        if where == "write_bytes":
            patch.setattr(Path, "write_bytes", fail)
        elif where == "mkdir":
            patch.setattr(Path, "mkdir", fail)
        else:
            patch.setattr(atomic.os, "replace", fail)
        library.import_file(SEED, replace=True)
    words = said(caught.value)
    assert "the library is unchanged" in words and hint in words
    assert {p: p.read_bytes() for p in user.rglob("*") if p.is_file()} == before
    reopened = open_library()
    assert [(i.id, i.bundled, len(i.articles)) for i in reopened.issues] == [("2022-18", False, 66)]
