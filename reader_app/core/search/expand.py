"""Query expansion in tiers: what the patron typed first, then what it also means.

Each plain word of the query (not quoted, not written ``=word``, not a
``source:``/``section:`` clause) is looked up in the thesaurus and, if it looks
like a Chinese abbreviation, its full forms are looked for in the library
(``abbrev.py``). The search then runs in two tiers: every article matching the
query as typed (tier 1, ranked as without expansion), then the articles found
only through an expanded term (tier 2, ranked the same way among themselves).
The result lists each expanded term with the number of articles it added; the
faces render it, and ``without`` drops a term the patron removed.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, replace
from typing import Any

from reader_app.core.search import abbrev
from reader_app.core.search.analysis import query_terms
from reader_app.core.search.engine import TIME_LIMIT, Filters, Tier, run
from reader_app.core.search.marks import marking_query
from reader_app.core.search.normalize import compact
from reader_app.core.search.postings import IndexData
from reader_app.core.search.query import Clause, ParsedQuery
from reader_app.core.search.results import Expansion, SearchResult
from reader_app.core.search.thesaurus import Thesaurus

NO_EXPAND = "="  # ``=自贸区``: this word as typed, never expanded
MAX_TERMS = 12  # expanded terms per word
SAMPLE_DOCS = 20  # articles read to find an abbreviation's full forms
SAMPLE_READS = 60  # at most this many articles looked at to find them


@dataclass(frozen=True)
class Alternative:
    clause: Clause  # the expanded term, as an exact phrase in the typed word's field
    origin: str  # "thesaurus" or "abbreviation"


def expandable(clause: Clause) -> bool:
    return (
        not clause.phrase
        and clause.field in (None, "title")
        and not clause.text.startswith(NO_EXPAND)
    )


def _sample(clause: Clause, data: IndexData) -> list[str]:
    """Compact texts of a few articles using the word (or, if none, having its characters).

    Read from the shortest posting list of its terms (cached for the search that follows),
    checking each article's text, so no extra set operations over large lists.
    """
    field = "title" if clause.field == "title" else "text"
    column = "ctitle" if clause.field == "title" else "ctext"
    key = clause.key
    lists = [data.postings(field, t) for t in query_terms(clause.text)]
    if not min(map(len, lists), default=0):  # the word is nowhere: its rarest character
        rarest = min(set(key), key=lambda c: data.searcher.doc_frequency(field, c))
        lists = [data.postings(field, rarest)]
    texts: list[str] = []
    shortest: dict[int, float] = min(lists, key=len)
    for n, doc in enumerate(shortest):
        if n >= SAMPLE_READS or len(texts) >= SAMPLE_DOCS:
            break
        text = data.compact(column, doc).decode("utf-8")
        if all(c in text for c in key):
            texts.append(text)
    return texts


def _in_library(term: str, field: str, data: IndexData) -> bool:
    """Whether each of the term's index terms occurs at all (a cheap lexicon look-up)."""
    frequency = data.searcher.doc_frequency
    return all(frequency(field, t) for t in query_terms(term))


def plan(
    parsed: ParsedQuery,
    thesaurus: Thesaurus,
    data: IndexData,
    without: Collection[str] = (),
) -> dict[Clause, list[Alternative]]:
    """The expanded terms of each expandable clause (none: the clause is left alone)."""
    dropped = {compact(t) for t in without}
    out: dict[Clause, list[Alternative]] = {}
    for clause in parsed.positive:
        if not expandable(clause):
            continue
        key = clause.key
        seen = {key}
        found: list[Alternative] = []
        terms = [(t, "thesaurus") for t in thesaurus.lookup(clause.text)]
        if not terms and abbrev.eligible(key):  # beyond the list: words it does not hold
            forms = abbrev.full_forms(key, _sample(clause, data))
            terms += [(form, "abbreviation") for form, _count in forms]
        field = "title" if clause.field == "title" else "text"
        for term, origin in terms:
            folded = compact(term)
            if any(k in folded for k in seen):  # holds the word or a term before: adds nothing
                continue
            if any(k in folded for k in dropped) or not _in_library(term, field, data):
                continue  # removed by the patron (with the terms holding it), or never used
            seen.add(folded)
            found.append(Alternative(Clause(term, phrase=True, field=clause.field), origin))
        if found:
            out[clause] = found[:MAX_TERMS]
    return out


def second_tier(parsed: ParsedQuery, alternatives: dict[Clause, list[Alternative]]) -> ParsedQuery:
    """Articles matching the query with the expanded terms (tier 1 is excluded by the caller).

    With one expanded word, its group is its alternatives only (the articles having the
    word itself are tier 1 anyway); with several, each keeps the typed word too.
    """
    several = sum(1 for g in parsed.groups if any(c in alternatives for c in g)) > 1
    groups = []
    for group in parsed.groups:
        extra = [a.clause for c in group for a in alternatives.get(c, [])]
        if not extra:
            groups.append(group)
        else:
            groups.append(group + extra if several else extra)
    return ParsedQuery(parsed.raw, groups, parsed.excluded, parsed.notes)


def search(
    data: IndexData,
    parsed: ParsedQuery,
    filters: Filters,
    sort: str,
    limit: int,
    thesaurus: Thesaurus,
    without: Collection[str] = (),
    scope: Collection[int] | None = None,
    relax: bool = True,
) -> SearchResult:
    """The query as typed, then what only its expanded terms find (see the module doc).

    ``scope``: only these documents are candidates (a scoped search, postings.within);
    the expanded terms are still planned on the whole library, so the answer is the
    unscoped one's restricted to the scope. ``relax``: False, no partial-match retry.
    """
    started = time.perf_counter()
    whole, data = data, data.within(scope) if scope is not None else data
    plain = Tier(relax=relax)
    if parsed.is_empty or not any(expandable(c) for c in parsed.positive):
        return run(data, parsed, filters, sort, limit, tier=plain)
    alternatives = plan(parsed, thesaurus, whole, without)
    if not alternatives:
        return run(data, parsed, filters, sort, limit, tier=plain)
    alt_clauses = [a.clause for alts in alternatives.values() for a in alts]
    exact: dict[str, Any] = {}
    # Snippets of both tiers mark the expanded terms too (tier 2: the typed words only
    # where they occur as typed); the opened article marks the same (marks.py).
    tier = Tier(marks=marking_query(parsed, alt_clauses), relax=False, forget=False, report=exact)
    first = run(data, parsed, filters, sort, limit, tier=tier)
    shown = len(first.hits)
    room = limit if sort == "date" else max(0, limit - shown)
    remaining = max(0.1, TIME_LIMIT - (time.perf_counter() - started))
    wider: dict[str, Any] = {}
    tier = Tier(frozenset(exact.get("candidates", ())), marking_query(parsed, alt_clauses, True))
    tier = replace(tier, relax=False, report=wider, sparse=True)
    second = run(data, second_tier(parsed, alternatives), filters, sort, room, remaining, tier)
    if not first.total and not second.total:
        return run(data, parsed, filters, sort, limit, tier=plain)  # nothing: partial, tips
    result = _merge(first if first.total else None, second, sort, limit, parsed)
    result.related = [c.text for c in alt_clauses]  # marked in every hit (SearchResult.marks)
    counts = Counter(
        {c: len(docs & wider.get("shown", set())) for c, docs in wider.get("matched", ())}
    )
    result.expansions = [
        Expansion(a.clause.text, counts[a.clause], a.origin)
        for alts in alternatives.values()
        for a in alts
        if counts[a.clause]
    ]
    result.expansions.sort(key=lambda e: -e.count)
    result.took_ms = (time.perf_counter() - started) * 1000
    return result


def _merge(
    first: SearchResult | None, second: SearchResult, sort: str, limit: int, parsed: ParsedQuery
) -> SearchResult:
    for hit in second.hits:
        hit.via_expansion = True
    if first is None:
        second.parsed, second.notes = parsed, []  # explained as typed, not as expanded
        second.query = parsed.raw
        return second
    if sort == "date":
        hits = sorted(first.hits + second.hits, key=lambda h: (h.date or "", h.score), reverse=True)
        first.hits = hits[:limit]
    else:
        first.hits = first.hits + second.hits
    first.total += second.total
    first.timed_out = first.timed_out or second.timed_out
    for name, counts in second.facets.items():
        merged = Counter(first.facets.get(name, {}))
        merged.update(counts)
        if name == "date":
            first.facets[name] = dict(sorted(merged.items(), reverse=True))
        else:
            first.facets[name] = dict(merged.most_common())
    return first
