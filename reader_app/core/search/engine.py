"""Answering one parsed query against an open Whoosh searcher.

Term lookups (AND of bigrams) find candidates; exact order is verified on the
compact text columns; filters and facets are computed in Python over the
per-document columns so each facet can be counted without its own filter.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from whoosh import query as wq

from reader_app.core.search.analysis import find_compact, needs_verification, query_terms
from reader_app.core.search.highlight import make_snippet
from reader_app.core.search.normalize import compact
from reader_app.core.search.query import Clause, ParsedQuery
from reader_app.core.search.results import Hit, SearchResult

logger = logging.getLogger(__name__)

FACETS = ("issue", "section", "source")
SORTS = ("relevance", "date")
EXACT_BONUS = 100.0  # an exact (contiguous) match outranks any scattered one
RELAX_MIN = 0.6  # share of a long word's bigrams a partial match must contain


@dataclass
class Filters:
    issue: str | None = None
    section: str | None = None
    source: str | None = None
    date_from: str | None = None  # ISO, inclusive
    date_to: str | None = None

    def passes(self, doc: int, cols: DocColumns, skip: str = "") -> bool:
        for name in FACETS:
            wanted = getattr(self, name)
            if wanted is not None and name != skip and cols.value(name, doc) != wanted:
                return False
        if skip != "date" and (self.date_from or self.date_to):
            date = cols.value("date", doc)
            if not date or (self.date_from and date < self.date_from):
                return False
            if self.date_to and date > self.date_to:
                return False
        return True

    @property
    def active(self) -> bool:
        return any(vars(self).values())


class DocColumns:
    """Per-document column values, loaded lazily once per searcher."""

    def __init__(self, searcher: Any) -> None:
        self._reader = searcher.reader()
        self._lists: dict[str, list[Any]] = {}
        self._bytes: dict[str, Any] = {}

    def values(self, name: str) -> list[Any]:
        if name not in self._lists:
            self._lists[name] = list(self._reader.column_reader(name))
        return self._lists[name]

    def value(self, name: str, doc: int) -> Any:
        return self.values(name)[doc]

    def compact(self, name: str, doc: int) -> str:
        if name not in self._bytes:
            self._bytes[name] = self._reader.column_reader(name, translate=False)
        return self._bytes[name][doc].decode("utf-8")

    def distinct(self, name: str) -> set[str]:
        return {v for v in self.values(name) if v}


def _clause_query(clause: Clause, cols: DocColumns, relaxed: bool = False) -> wq.Query:
    if clause.field in ("source", "section"):
        values = [v for v in cols.distinct(clause.field) if clause.key in compact(v)]
        return wq.Or([wq.Term(clause.field, v) for v in values]) if values else wq.NullQuery
    field = "title" if clause.field == "title" else "text"
    terms = query_terms(clause.text)
    combine = wq.Or if relaxed else wq.And
    required = combine([wq.Term(field, t) for t in terms])
    if field == "text":  # weigh title matches above body matches
        return wq.AndMaybe(required, wq.And([wq.Term("title", t) for t in terms]))
    return required


def _strict(clause: Clause) -> bool:
    """Must the clause be verified as written (not just its terms present)?"""
    return (
        clause.field not in ("source", "section")
        and (clause.phrase or clause.field == "title")
        and needs_verification(clause.text)
    )


def _occurs(clause: Clause, doc: int, cols: DocColumns) -> bool:
    column = "ctitle" if clause.field == "title" else "ctext"
    return find_compact(cols.compact(column, doc), clause.key) >= 0


def _matching(searcher: Any, clause: Clause, cols: DocColumns, verify: bool) -> set[int]:
    docs = set(searcher.docs_for_query(_clause_query(clause, cols)))
    if verify and needs_verification(clause.text) and clause.field not in ("source", "section"):
        docs = {d for d in docs if _occurs(clause, d, cols)}
    return docs


def _coverage(clause: Clause, doc: int, cols: DocColumns) -> float:
    terms = query_terms(clause.text)
    ctext = cols.compact("ctext", doc)
    return sum(1 for t in terms if t in ctext) / len(terms)


def _relaxable(parsed: ParsedQuery) -> set[Clause]:
    return {
        c
        for c in parsed.positive
        if c.field is None and not c.phrase and len(query_terms(c.text)) > 2
    }


def run(
    searcher: Any, cols: DocColumns, parsed: ParsedQuery, filters: Filters, sort: str, limit: int
) -> SearchResult:
    """Answer exactly; if nothing matches, retry long words as partial matches."""
    started = time.perf_counter()
    result = _run(searcher, cols, parsed, filters, sort, limit, set())
    relax = _relaxable(parsed)
    if not result.total and relax:
        relaxed = _run(searcher, cols, parsed, filters, sort, limit, relax)
        if relaxed.total:
            relaxed.understood += "。没有完全符合的结果，以下为部分匹配"
            result = relaxed
    result.took_ms = (time.perf_counter() - started) * 1000
    return result


def _run(
    searcher: Any,
    cols: DocColumns,
    parsed: ParsedQuery,
    filters: Filters,
    sort: str,
    limit: int,
    relax: set[Clause],
) -> SearchResult:
    result = SearchResult(query=parsed.raw, understood=parsed.understood(), sort=sort)
    if parsed.is_empty:
        result.suggestions = ["请输入要查找的词，例如「跨境电商」或「5G」"]
        return result
    whoosh_query = wq.And(
        [wq.Or([_clause_query(c, cols, c in relax) for c in g]) for g in parsed.groups]
    )
    scores = {doc: score for score, doc in searcher.search(whoosh_query, limit=None).top_n}
    candidates = set(scores)
    for group in parsed.groups:
        if len(group) == 1 and not _strict(group[0]):
            continue
        if len(group) == 1:
            candidates = {d for d in candidates if _occurs(group[0], d, cols)}
            continue
        allowed: set[int] = set()
        for clause in group:
            allowed |= _matching(searcher, clause, cols, verify=_strict(clause))
        candidates &= allowed
    for clause in relax:
        candidates = {d for d in candidates if _coverage(clause, d, cols) >= RELAX_MIN}
    for clause in parsed.excluded:
        candidates -= _matching(searcher, clause, cols, verify=True)
    loose = [c for c in parsed.positive if not _strict(c) and c.field is None and len(c.key) > 1]
    loose = [c for c in loose if needs_verification(c.text)]
    ranked = []
    for doc in candidates:
        exact = sum(1 for c in loose if _occurs(c, doc, cols))
        ranked.append((doc, scores[doc] + EXACT_BONUS * exact))
    result.facets = _facets(ranked, cols, filters)
    ranked = [(d, s) for d, s in ranked if filters.passes(d, cols)]
    result.total = len(ranked)
    if sort == "date":
        ranked.sort(key=lambda ds: (cols.value("date", ds[0]), ds[1]), reverse=True)
    else:
        ranked.sort(key=lambda ds: (round(ds[1], 6), cols.value("date", ds[0])), reverse=True)
    for doc, score in ranked[: max(0, limit)]:
        result.hits.append(_hit(searcher, doc, score, parsed))
    if not result.total:
        result.suggestions = suggestions(parsed, filters)
    return result


def _facets(
    ranked: list[tuple[int, float]], cols: DocColumns, filters: Filters
) -> dict[str, dict[str, int]]:
    """Counts per value, each facet counted under all filters but its own."""
    facets: dict[str, dict[str, int]] = {}
    for name in (*FACETS, "date"):
        counter: Counter[str] = Counter()
        for doc, _ in ranked:
            if filters.passes(doc, cols, skip=name):
                value = cols.value(name, doc)
                counter[value[:7] if name == "date" else value] += 1
        counter.pop("", None)
        if name == "date":
            facets[name] = dict(sorted(counter.items(), reverse=True))
        else:
            facets[name] = dict(counter.most_common())
    return facets


def _hit(searcher: Any, doc: int, score: float, parsed: ParsedQuery) -> Hit:
    stored = searcher.stored_fields(doc)
    body = stored.get("body", "")
    title = stored.get("title", "")
    snippet = make_snippet(body, parsed, skip_chars=len(title))
    return Hit(
        article=stored["id"],
        issue=stored.get("issue", ""),
        section=stored.get("section", ""),
        title=title,
        source=stored.get("source") or None,
        date=stored.get("date") or None,
        page=stored.get("page"),
        score=score,
        snippet=snippet.html,
        snippet_text=snippet.text,
        snippet_spans=snippet.spans,
    )


def suggestions(parsed: ParsedQuery, filters: Filters) -> list[str]:
    """What to try when nothing was found."""
    tips: list[str] = []
    if filters.active:
        tips.append("去掉筛选条件（期、栏目、来源、日期）再试")
    if parsed.excluded:
        tips.append("去掉排除词再试")
    if any(c.phrase for c in parsed.positive):
        tips.append("去掉引号，按普通词查找")
    if len(parsed.groups) > 1:
        tips.append(f"减少词语，例如只查「{parsed.groups[0][0].text}」")
    for clause in parsed.positive:
        if clause.field:
            tips.append(f"不限字段，直接查「{clause.text}」")
        key = clause.key
        if len(key) > 2:
            tips.append(f"试试更短的词，例如「{key[:2]}」或「{key[-2:]}」")
    return list(dict.fromkeys(tips)) or ["换一个说法，或检查是否有错别字"]
