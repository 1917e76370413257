"""With the English UI, the window's own words are English in search, import and problems.

The core hands out keys and values; the window phrases them (gui/search/searchtext.py,
Qt translations). Chinese may still appear where it is the library's content or
what the patron typed: titles, sections, snippets, facet values, the query.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from reader_app.gui.base import filedialogs
from reader_app.gui.library.importdialog import ImportDialog
from tests.conftest import SEED

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]+")
CONTENT = ("resultsView", "articleView", "importReport")  # the library's own text


def _texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget, text) for every visible text the window itself words."""
    found: list[tuple[str, str]] = [("title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.objectName() in CONTENT:
            continue
        name = widget.objectName() or type(widget).__name__
        texts = [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())  # the text itself is the patron's
        elif isinstance(widget, QComboBox):
            texts.append(widget.itemText(0))  # the rest of a facet list is library content
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QTextBrowser):
            texts.append(widget.toPlainText())
        found += [(name, t) for t in texts if t]
    return found


def _chinese(texts: list[tuple[str, str]], allowed: tuple[str, ...] = ()) -> list[str]:
    """Chinese runs that are not the patron's query or the library's words."""
    bad = []
    for name, text in texts:
        for run in CJK.findall(text):
            if not any(run in a for a in allowed):
                bad.append(f"{name}: {text!r}")
    return bad


def _search(window, qtbot, text: str) -> None:
    panel = window.search_panel
    window.actions_["search"].trigger()
    panel.edit.setText(text)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.query == text, timeout=10000)


def test_search_flow_speaks_english(make_window, qtbot):
    window = make_window(language="en")
    library_words = tuple(
        w
        for a in window.library.articles()
        for w in (a.title, a.section, a.source or "", a.issue_id)
    ) + tuple(i.display_title for i in window.library.issues)
    for query in ("跨境电商", "量子引力弦论", "跨境电商 量子引力", "三张清单", "标题:量子 -海南"):
        _search(window, qtbot, query)
        related = tuple(e.term for e in window.search_panel.result.expansions)  # thesaurus data
        assert _chinese(_texts(window), (query, *related, *library_words)) == [], query


def test_import_and_problem_flows_speak_english(
    bundled_copy: Path, make_window, qtbot, monkeypatch, message_boxes
):
    (bundled_copy / "2022-18" / "articles" / "003.md").write_text("no front matter", "utf-8")
    window = make_window(language="en")
    allowed = tuple(i.display_title for i in window.library.issues)
    window.problems_button.click()
    assert message_boxes and _chinese([("problems", message_boxes[-1][1])], allowed) == []
    assert _chinese(_texts(window), allowed) == []
    seen: list[list[tuple[str, str]]] = []

    def run(dialog: ImportDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30000)
        seen.append(_texts(dialog))
        assert dialog.replace.isVisible() and dialog.status.isVisible()  # bundled already
        dialog.confirm()  # without "replace": the core refuses (IssueExistsError)
        qtbot.waitUntil(lambda: dialog.error is not None, timeout=30000)
        seen.append(_texts(dialog))
        assert "--replace" not in dialog.report.toPlainText()  # the CLI's advice stays there
        return 0

    monkeypatch.setattr(filedialogs, "open_file", lambda *a, **k: (str(SEED), ""))
    monkeypatch.setattr(ImportDialog, "exec", run)
    window.actions_["import"].trigger()
    assert seen
    for texts in seen:
        assert _chinese(texts, allowed) == []
    assert all(_chinese([("box", text)], allowed) == [] for _kind, text in message_boxes)
