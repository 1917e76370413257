"""Every item model passes Qt's QAbstractItemModelTester."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtTest import QAbstractItemModelTester

from reader_app.core.app.session import open_library
from reader_app.core.library.catalogue import LazyIssue
from reader_app.gui.library.bookmarks import BookmarksModel
from reader_app.gui.library.librarymodel import (
    ID_ROLE,
    KIND_ROLE,
    LibraryFilterModel,
    LibraryModel,
    build_tree,
)
from reader_app.gui.search.resultsmodel import HTML_ROLE, ResultsModel

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def test_library_model_shape_and_tester(qtbot):
    library = open_library()
    model = LibraryModel(library.issues)
    QAbstractItemModelTester(model, FAIL)
    year = model.index(0, 0)
    issue = model.index(0, 0, year)
    assert year.data() == "2022年" and issue.data(KIND_ROLE) == "issue"
    assert issue.data(ID_ROLE) == "2022-18"
    assert model.rowCount(issue) == 7  # six article sections + 图书推荐
    total = sum(model.rowCount(model.index(r, 0, issue)) for r in range(model.rowCount(issue)))
    assert total == 66
    article = model.index(0, 0, model.index(0, 0, issue))
    assert article.data(KIND_ROLE) == "article"
    assert model.index(0, 1, model.index(0, 0, issue)).data() == "1"  # printed page
    model.set_issues([])
    assert model.rowCount() == 0
    model.set_issues(library.issues)
    assert model.index_of("2022-18-348142").data(ID_ROLE) == "2022-18-348142"


def test_an_issues_article_rows_are_made_together_when_first_asked_for():
    issue = open_library().issues[0]
    sections = build_tree([issue]).children[0].children[0].children
    assert sections and all(node.pending for node in sections)
    counts = [node.size for node in sections]  # told without making the rows
    assert all(node.pending for node in sections)
    first = sections[0].children  # makes every section's rows of the issue (one decoding)
    assert not any(node.pending for node in sections)
    assert [node.size for node in sections] == counts
    assert [node.article.id for node in first if node.article] == [
        a.id for a in issue.articles if a.section == sections[0].label
    ]
    assert sum(counts) == len(issue.articles)


def test_filter_model_narrows_and_passes_tester(qtbot):
    model = LibraryModel(open_library().issues)
    proxy = LibraryFilterModel()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, FAIL)
    proxy.setFilterFixedString("三亚")
    leaves = []

    def walk(parent):
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            if index.data(KIND_ROLE) == "article":
                leaves.append(index.data())
            walk(index)

    walk(proxy.index(-1, -1))
    assert leaves and all("三亚" in t for t in leaves)
    proxy.setFilterFixedString("")
    assert proxy.rowCount() == 1


def test_library_model_over_the_catalogue_makes_article_rows_when_asked(qtbot):
    open_library()  # writes the catalogue
    library = open_library()
    issue = library.issues[0]
    assert isinstance(issue, LazyIssue)
    model = LibraryModel(library.issues)
    year = model.index(0, 0)
    inode = model.index(0, 0, year)
    counts = [model.rowCount(model.index(r, 0, inode)) for r in range(model.rowCount(inode))]
    assert len(counts) == 7 and sum(counts) == 66
    assert model.index(0, 0, inode).data().endswith(f"({counts[0]})")
    assert issue.__dict__["_articles"] is None  # sections counted from the outline
    assert model.canFetchMore(model.index(0, 0, inode))
    found = model.index_of("2022-18-348142")
    assert found.data(ID_ROLE) == "2022-18-348142" and found.parent().data(KIND_ROLE) == "section"
    assert not model.canFetchMore(model.index(0, 0, inode))
    fresh = LibraryModel(open_library().issues)
    QAbstractItemModelTester(fresh, FAIL)
    assert model.index(0, 1, model.index(0, 0, inode)).data() == "1"  # printed page


def test_filter_model_finds_articles_of_sections_never_expanded(qtbot):
    open_library()
    model = LibraryModel(open_library().issues)
    proxy = LibraryFilterModel()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, FAIL)
    proxy.setFilterFixedString("三亚")
    issue = proxy.index(0, 0, proxy.index(0, 0))
    sections = [proxy.index(r, 0, issue) for r in range(proxy.rowCount(issue))]
    leaves = [proxy.index(r, 0, s).data() for s in sections for r in range(proxy.rowCount(s))]
    assert leaves and all("三亚" in t for t in leaves)


def test_results_model_tester(qtbot):
    model = ResultsModel()
    QAbstractItemModelTester(model, FAIL)
    hit = SimpleNamespace(
        article="a", issue="2022-18", title="标题", section="热点关注", source="来源", date="2022-11-21",
        page=3, snippet_text="前跨境<后", snippet_spans=[(1, 3)],
    )  # fmt: skip
    model.set_hits([hit, hit])
    assert model.rowCount() == 2
    shown = model.index(0, 0).data(HTML_ROLE)  # built from text + spans, escaped
    assert '">跨境</span>&lt;后' in shown and "background-color" in shown
    model.set_hits([])
    assert model.rowCount() == 0


def test_bookmarks_model_tester(qtbot):
    model = BookmarksModel(lambda i: f"title of {i}")
    QAbstractItemModelTester(model, FAIL)
    assert model.toggle("a") is True
    assert model.toggle("b") is True
    assert model.index(1, 0).data() == "title of b"
    assert model.toggle("a") is False
    assert model.ids == ["b"]
