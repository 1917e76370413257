"""Scoped search (a topic over one issue, or over its new articles): the unscoped answer,
restricted up front (``SearchIndex.search(scoped=True)`` / ``articles=``)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from conftest import FakeLibrary, seed_issue
from whoosh.reading import SegmentReader

from reader_app.core.search.index import FEW_ARTICLES, SearchIndex
from reader_app.core.search.postings import IndexData

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib

TOPICS = Path(__file__).parents[2] / "fixtures" / "topic_set.toml"
MORE = ["发展", "跨境电商 -物流", '"数字经济"', "title:经济", "自贸区", "新能源 汽车"]


def queries() -> list[str]:
    return [t["query"] for t in tomllib.loads(TOPICS.read_text("utf-8"))["topic"]] + MORE


@pytest.fixture(scope="module")
def two_issues(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """The seed issue, then (its own segment, as an import adds it) a second issue made
    of every other of its articles."""
    root = tmp_path_factory.mktemp("scoped")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("READER_APP_HOME", str(root / "home"))
        seed = seed_issue()
        other = copy.deepcopy(seed)
        other.id, other.number, other.content_hash = "2023-01", 19, "scoped-test"
        other.articles = other.articles[::2]
        for article in other.articles:
            article.issue_id = "2023-01"
            article.id = article.id.replace("2022-18", "2023-01")
        library = FakeLibrary([seed])
        index = SearchIndex.open(library, root=root / "index")
        library.issues.append(other)
        assert index.update()
        yield index
        index.close()


@pytest.mark.parametrize("expand", [True, False])
def test_scoped_issue_search_is_the_unscoped_one(two_issues: SearchIndex, expand: bool):
    compared = 0
    for query in queries():
        for issue in ("2022-18", "2023-01"):
            plain = two_issues.search(query, issue=issue, limit=1000, expand=expand)
            scoped = two_issues.search(query, issue=issue, limit=1000, expand=expand, scoped=True)
            if any(n.key == "partial_match" for n in plain.notes):
                assert scoped.total == 0 and not scoped.hits  # never retried when scoped
                continue
            assert [h.article for h in scoped.hits] == [h.article for h in plain.hits], query
            assert scoped.total == plain.total
            assert [e.term for e in scoped.expansions] == [e.term for e in plain.expansions]
            assert set(scoped.facets["issue"]) <= {issue}  # the scope counted alone
            compared += bool(plain.total)
    assert compared > 20


@pytest.mark.parametrize("step", [1, 3])  # more than FEW_ARTICLES, and fewer: looked up by id
def test_articles_scope_keeps_only_those_articles(two_issues: SearchIndex, step: int):
    plain = two_issues.search("发展", limit=1000)
    some = {h.article for h in plain.hits[::step]} | {"2023-01-nosuch"}
    assert (len(some) > FEW_ARTICLES) == (step == 1)
    scoped = two_issues.search("发展", limit=1000, articles=some)
    assert len(scoped.hits) > 3
    assert [h.article for h in scoped.hits] == [h.article for h in plain.hits if h.article in some]
    two_issues.fill_snippets(scoped.hits[:2])
    assert all("发展" in h.snippet_text for h in scoped.hits[:2])


def test_partial_match_never_offered_when_scoped(two_issues: SearchIndex):
    query = "跨境电子商务综合试验区物流园"  # no article has it all: unscoped falls back
    plain = two_issues.search(query, issue="2022-18", limit=100, expand=False)
    assert any(n.key == "partial_match" for n in plain.notes) and plain.total
    scoped = two_issues.search(query, issue="2022-18", limit=100, expand=False, scoped=True)
    assert scoped.total == 0 and not any(n.key == "partial_match" for n in scoped.notes)


def test_scope_reads_only_the_segments_holding_it(
    two_issues: SearchIndex, monkeypatch: pytest.MonkeyPatch
):
    """The arriving issue is its own segment: postings scoped to some of its articles
    never read the seed issue's segment, and hold exactly the scope's part of the
    unscoped list."""
    asked: list[object] = []
    real = SegmentReader.postings

    def postings(self: SegmentReader, *args: object, **kwargs: object) -> object:
        asked.append(self)
        return real(self, *args, **kwargs)

    def work(data: IndexData) -> None:
        issues = data.values("issue")
        scope = {d for d, issue in enumerate(issues) if issue == "2023-01"}
        scope = set(sorted(scope)[::2])  # part of its segment: the rest filtered out
        holding = [
            leaf.reader()
            for leaf, base in data.searcher.leaf_searchers()
            if any(base <= d < base + leaf.doc_count_all() for d in scope)
        ]
        assert scope and len(holding) < len(data.searcher.leaf_searchers())
        monkeypatch.setattr(SegmentReader, "postings", postings)
        scoped = data.within(scope).postings("text", "发展")
        assert asked and all(any(r is h for h in holding) for r in asked)
        monkeypatch.undo()
        whole = data.postings("text", "发展")
        assert scoped and scoped == {d: w for d, w in whole.items() if d in scope}

    two_issues.answer(work)
