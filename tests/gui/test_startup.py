"""Start-up (issue 16): a start trusts the catalogue's cheap check, then checks every file."""

from __future__ import annotations

from pathlib import Path

from reader_app.core.catalogue import LazyIssue
from reader_app.core.library import Library


def _rewrite_in_place(bundled_copy: Path) -> None:
    """Change an article's title and text in place: the bundle's folders keep their times."""
    path = bundled_copy / "2022-18" / "articles" / "004.md"
    text = path.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title = "))
    text = text.replace(title, 'title = "改过的标题"', 1) + "\n琥珀色的独角兽\n"
    with path.open("r+", encoding="utf-8") as file:
        file.write(text)
        file.truncate()


def test_an_article_rewritten_in_place_is_shown_and_found_after_start(
    bundled_copy, make_window, qtbot
):
    before = Library.open().issues[0].content_hash  # an earlier start wrote the catalogue
    _rewrite_in_place(bundled_copy)
    window = make_window(wait_index=False)
    assert isinstance(window.library.issues[0], LazyIssue)  # the start used the catalogue
    assert window.library.issues[0].content_hash == before  # its cheap check missed the edit
    qtbot.waitUntil(
        lambda: window.library.issues[0].content_hash != before and window.index_ready,
        timeout=30000,
    )
    window.pool.waitForDone()
    assert window.library.issues[0].articles[3].title == "改过的标题"
    edited = window.tree_model.index_of(window.library.issues[0].articles[3].id)
    assert edited.data() == "改过的标题"
    assert window.search.search("琥珀色的独角兽").total == 1
    assert window.search.search("改过的标题").total == 1


def test_a_start_without_changes_reads_no_bundle_again(bundled_copy, make_window, qtbot):
    Library.open()
    window = make_window()
    window.pool.waitForDone()  # the deep check ran
    assert isinstance(window.library.issues[0], LazyIssue)  # and found nothing to read again
    assert window.library.changed_bundles() == []
    assert window.index_ready
