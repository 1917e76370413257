"""Trends (热度): how many articles of each issue a query matches, in issue order.

One row per issue, with the count and the same per 100 articles of the issue (issues
differ in size). Each count is what ``search QUERY --issue ID`` would total with the
same options: the query is counted once over the library, issue by issue, through the
engine's own facet (``engine.FACETS``), the expanded tier added as a search adds it;
where an issue has no exact match, the partial matches a search of that issue alone
would fall back to are counted instead (``engine.partial``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from reader_app.core.base.model import Issue
from reader_app.core.search.engine import Filters, Tier, partial, run
from reader_app.core.search.expand import expandable, plan, second_tier
from reader_app.core.search.postings import IndexData
from reader_app.core.search.query import ParsedQuery, parse_query
from reader_app.core.search.thesaurus import Thesaurus


@dataclass(frozen=True)
class TrendRow:
    """One issue's figures for a query."""

    issue: str
    date: str | None  # ISO: the end of the issue's period (its start, or its newest article)
    matches: int
    articles: int  # the articles the index holds for the issue, whatever the filters
    per_100: float  # matches per 100 articles of the issue, two decimals

    def to_dict(self) -> dict[str, object]:
        """The fields of ``reader-app-cli trend --json``."""
        return {
            "issue": self.issue,
            "date": self.date,
            "matches": self.matches,
            "articles": self.articles,
            "per_100": self.per_100,
        }


def issue_counts(
    data: IndexData,
    parsed: ParsedQuery,
    filters: Filters,
    thesaurus: Thesaurus | None = None,
    without: Collection[str] = (),
) -> Counter[str]:
    """Matches per issue, each as a search filtered to that issue totals them.

    ``thesaurus`` None: the words as typed only (``--no-expand``). Counts only: nothing
    is scored or ranked.
    """
    counts: Counter[str] = Counter()
    if parsed.is_empty:
        return counts
    exact: dict[str, Any] = {}
    first = run(
        data, parsed, filters, "relevance", 0, tier=Tier(relax=False, forget=False, report=exact)
    )
    counts.update(first.facets.get("issue", {}))
    if thesaurus is not None and any(expandable(c) for c in parsed.positive):
        alternatives = plan(parsed, thesaurus, data, without)
        if alternatives:
            shown = frozenset(exact.get("candidates", ()))
            tier = Tier(shown, relax=False, forget=False, report={}, sparse=True)
            second = run(
                data, second_tier(parsed, alternatives), filters, "relevance", 0, tier=tier
            )
            counts.update(second.facets.get("issue", {}))
    sizes = live_issue_sizes(data)
    if all(counts.get(issue) for issue in sizes):
        return counts  # every issue has exact matches: none falls back to partial ones
    column = data.values("issue")
    exclude = frozenset(d for d, issue in enumerate(column) if counts.get(issue))
    for issue, n in partial(data, parsed, filters, exclude).facets.get("issue", {}).items():
        if not counts.get(issue):  # a search of this issue alone finds partial matches
            counts[issue] = n
    return counts


def live_issue_sizes(data: IndexData) -> Counter[str]:
    """Articles per issue in the open index (deleted documents left out)."""
    sizes = Counter(data.values("issue"))
    reader = data.searcher.reader()
    if reader.has_deletions():
        column = data.values("issue")
        sizes = Counter(column[d] for d in reader.all_doc_ids())
    return sizes


def trend(
    data: IndexData,
    query: str,
    issues: Sequence[Issue] = (),
    *,
    section: str | None = None,
    source: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    thesaurus: Thesaurus | None = None,
    without: Collection[str] = (),
) -> list[TrendRow]:
    """One row per issue (the library's order, then any issue only the index holds)."""
    filters = Filters(None, section, source, date_from, date_to)
    counts = issue_counts(data, parse_query(query), filters, thesaurus, without)
    sizes = live_issue_sizes(data)
    known = {issue.id: _issue_date(issue) for issue in issues}
    undated = set(sizes) - {k for k, v in known.items() if v}
    dates = _newest_dates(data, undated) if undated else {}
    rows: list[TrendRow] = []
    for issue in issues:
        articles = sizes.get(issue.id, len(issue.articles))
        rows.append(_row(issue.id, known[issue.id] or dates.get(issue.id), counts, articles))
    for issue_id in sorted(set(sizes) - set(known), key=natural_key):
        rows.append(_row(issue_id, dates.get(issue_id), counts, sizes[issue_id]))
    return rows


def _row(issue: str, date: str | None, counts: Counter[str], articles: int) -> TrendRow:
    matches = counts.get(issue, 0)
    per_100 = round(100 * matches / articles, 2) if articles else 0.0
    return TrendRow(issue, date, matches, articles, per_100)


def _issue_date(issue: Issue) -> str | None:
    day: dt.date | None = issue.period_end or issue.period_start
    return day.isoformat() if day else None


def _newest_dates(data: IndexData, wanted: set[str]) -> dict[str, str]:
    """The newest article date of the ``wanted`` issues (the library gives no period)."""
    newest: dict[str, str] = {}
    for issue, date in zip(data.values("issue"), data.values("date"), strict=True):
        if date and issue in wanted and date > newest.get(issue, ""):
            newest[issue] = date
    return newest


def natural_key(text: str) -> tuple[object, ...]:
    """``2022-9`` before ``2022-18``: digits compared as numbers."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))
