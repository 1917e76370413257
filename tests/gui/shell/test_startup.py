"""Start-up (issue 16): a start trusts the catalogue's cheap check, then checks every file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reader_app.core.app.session import open_library
from reader_app.core.library.catalogue import LazyIssue


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
    before = open_library().issues[0].content_hash  # an earlier start wrote the catalogue
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
    open_library()
    window = make_window()
    window.pool.waitForDone()  # the deep check ran
    assert isinstance(window.library.issues[0], LazyIssue)  # and found nothing to read again
    assert window.library.changed_bundles() == []
    assert window.index_ready


#: Modules a start must not import: what they serve is asked for later, if ever.
NOT_AT_START = {
    "reader_app.gui.base.filedialogs": "file dialogs open when asked",
    "reader_app.gui.dialogs.small": "Go to Page and the library's problems",
    "reader_app.gui.export.originaloutput": "printing and saving the printed pages",
    "reader_app.gui.library.importdialog": "File → Import",
    "reader_app.gui.room.statspage": "the statistics page",
    "reader_app.output.printing": "PDF export and printing",
    "reader_app.core.importer": "imports",
    "reader_app.core.text.safemarkdown": "Python-Markdown: the first article shown (not a cover)",
    "urllib.request": "Whoosh asks for it and never uses it (core/search/whooshdeps.py)",
    "asyncio": "the same",
    "whoosh.lang.morph_en": "the same: English word variations",
}


def test_a_start_imports_only_what_the_window_shows(bundled_copy):
    """A first start (a cover shown, no article) up to a ready index, in a fresh process."""
    code = (
        "import json, sys\n"
        "from reader_app.gui import app\n"
        "qt = app.create_app(['reader-app'])\n"
        "window = app.build_window()\n"
        "window.show(); window.start()\n"
        "assert app.wait_until(qt, lambda: window.index_ready, 60)\n"
        "shown = window.view.issue is not None and window.view.article is None\n"
        "print(json.dumps({'cover': shown, 'modules': sorted(sys.modules)}))\n"
        "window.close()\n"
    )
    # The first start builds the index, and a body whose Markdown changes its words is
    # indexed as the pane renders it (core/search/highlight.py::index_text): only that start
    # may load Python-Markdown. The second start, over the index it left, may load none.
    for start, allowed in ((1, {"reader_app.core.text.safemarkdown"}), (2, set())):
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        found = json.loads(result.stdout.splitlines()[-1])
        assert found["cover"]
        loaded = {
            name: why
            for name, why in NOT_AT_START.items()
            if name in found["modules"] and name not in allowed
        }
        assert loaded == {}, f"start {start}"
    assert "reader_app.core.search.engine" in found["modules"]  # the search did start
