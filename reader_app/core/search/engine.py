"""Answering one parsed query against an open index.

Posting lists give candidate sets (AND of bigrams, as set operations); exact
order is verified on the compact text columns; filters and facets are counted
over per-document column lists so each facet can be counted without its own
filter; only the documents shown are scored (BM25F) and only as many exact-match
checks are made as the top ``limit`` need.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from reader_app.core.base.messages import Message
from reader_app.core.search.analysis import find_compact, needs_verification, query_terms
from reader_app.core.search.deadline import Deadline
from reader_app.core.search.normalize import compact
from reader_app.core.search.postings import IndexData
from reader_app.core.search.query import Clause, ParsedQuery
from reader_app.core.search.results import Hit, SearchResult
from reader_app.core.search.snippets import PendingSnippet
from reader_app.core.search.wordparts import shorter_words

logger = logging.getLogger(__name__)

FACETS = ("issue", "section", "source")
SORTS = ("relevance", "date")
EXACT_BONUS = 100.0  # an exact (contiguous) match outranks any scattered one
RELAX_MIN = 0.6  # share of a long word's bigrams a partial match must contain
TIME_LIMIT = 3.0  # seconds one query may take before it is cut short


@dataclass(frozen=True)
class Tier:
    """How one tier of an expanded search runs (core/search/expand.py); defaults: plain search."""

    exclude: frozenset[int] = frozenset()  # documents already shown by a higher tier
    marks: ParsedQuery | None = None  # what snippets mark, if not the query itself
    relax: bool = True  # retry long words as partial matches when nothing matches
    forget: bool = True  # drop the posting lists read (False: another tier follows)
    report: dict[str, Any] | None = None  # receives candidates, matched clauses, shown docs
    sparse: bool = False  # phrases found by their two rarest terms, then verified


@dataclass
class Filters:
    issue: str | None = None
    section: str | None = None
    source: str | None = None
    date_from: str | None = None  # ISO, inclusive
    date_to: str | None = None

    def passing(self, docs: set[int], data: IndexData) -> dict[str, set[int]]:
        """For each active filter, the documents of ``docs`` it lets through."""
        out: dict[str, set[int]] = {}
        for name in FACETS:
            wanted = getattr(self, name)
            if wanted is not None:
                column = data.values(name)
                out[name] = {d for d in docs if column[d] == wanted}
        if self.date_from or self.date_to:
            dates = data.values("date")
            low, high = self.date_from or "", self.date_to or "\uffff"
            out["date"] = {d for d in docs if dates[d] and low <= dates[d] <= high}
        return out

    @property
    def active(self) -> bool:
        return any(vars(self).values())


def _clause_docs(
    clause: Clause, data: IndexData, relaxed: bool = False, sparse: bool = False
) -> set[int]:
    """Documents having the clause's terms (before any order verification).

    ``sparse``: a phrase that will be verified anyway is looked up by its two rarest
    terms only, so the long posting lists of its common terms are never read.
    """
    if clause.field in ("source", "section"):
        values = [v for v in data.distinct(clause.field) if clause.key in compact(v)]
        return data.docs(clause.field, values, any_of=True)
    field = "title" if clause.field == "title" else "text"
    terms = query_terms(clause.text)
    if sparse and _strict(clause) and len(terms) > 2:
        terms = sorted(terms, key=lambda t: data.searcher.doc_frequency(field, t))[:2]
    return data.docs(field, terms, any_of=relaxed)


def _clause_scores(clause: Clause, data: IndexData, docs: set[int]) -> dict[int, float]:
    """Whoosh-equivalent score of the clause for ``docs`` (all of which match it).

    A body word also scores its title match (all its terms in the title), so
    title matches weigh above body matches.
    """
    if clause.field in ("source", "section"):
        return dict.fromkeys(docs, 1.0)  # unscored ID field: Whoosh gives its weight, 1
    terms = query_terms(clause.text)
    if clause.field == "title":
        return data.scores("title", terms, docs)
    scores = data.scores("text", terms, docs)
    in_title = data.docs("title", terms) & docs
    for doc, score in data.scores("title", terms, in_title).items():
        scores[doc] += score
    return scores


def _strict(clause: Clause) -> bool:
    """Must the clause be verified as written (not just its terms present)?"""
    return (
        clause.field not in ("source", "section")
        and (clause.phrase or clause.field == "title")
        and needs_verification(clause.text)
    )


def _occurrence(clause: Clause, data: IndexData) -> Callable[[int], bool]:
    """``doc -> whether the clause occurs in it as written``, set up once per clause.

    Called for thousands of documents per query: the column reader and the needle are
    looked up and encoded here, not per document.
    """
    read = data.column("ctitle" if clause.field == "title" else "ctext")
    key = clause.key
    if key[0].isascii() or key[-1].isascii():  # a Latin/digit run must not be split
        return lambda doc: find_compact(read(doc).decode("utf-8"), key) >= 0
    needle = key.encode("utf-8")  # UTF-8 is self-synchronising: a byte match is a match
    return lambda doc: needle in read(doc)


def _verified(clause: Clause, docs: set[int], data: IndexData, deadline: Deadline) -> set[int]:
    """The documents where the clause occurs as written (unverified ones dropped on timeout)."""
    if not _strict(clause):
        return docs
    kept = set()
    occurs = _occurrence(clause, data)
    for n, doc in enumerate(docs):
        if n % 256 == 0 and deadline.expired():
            break
        if occurs(doc):
            kept.add(doc)
    return kept


def _coverage(clause: Clause, doc: int, data: IndexData) -> float:
    terms = query_terms(clause.text)
    ctext = data.compact("ctext", doc).decode("utf-8")
    return sum(1 for t in terms if t in ctext) / len(terms)


def _covering(clause: Clause, docs: set[int], data: IndexData, deadline: Deadline) -> set[int]:
    """The documents holding enough of a relaxed clause (unchecked ones dropped on timeout).

    Ideograph terms are counted from their posting lists (already read for the clause):
    a document's text has an ideograph bigram or character exactly where the index holds
    it under that term (both come from the same compact text, analysis.index_terms), so
    the count is the texts' own without reading them. Latin and digit atoms (``pm`` is
    in the text of ``pmi``) are checked on the texts.
    """
    terms = query_terms(clause.text)
    if terms and not any(t.isascii() for t in terms):
        present: Counter[int] = Counter()
        for term in terms:
            present.update(data.postings("text", term).keys() & docs)
        return {d for d in docs if present[d] / len(terms) >= RELAX_MIN}
    kept = set()
    for n, doc in enumerate(docs):
        if n % 256 == 0 and deadline.expired():
            break
        if _coverage(clause, doc, data) >= RELAX_MIN:
            kept.add(doc)
    return kept


def pieces(clause: Clause) -> tuple[str, ...]:
    """The parts of a word a scattered or partial match finds, to name in a note: its
    terms, lone letters and digits left out (5G found as 5 … G says nothing)."""
    return tuple(t for t in query_terms(clause.text) if len(t) > 1)


def found_pieces(clause: Clause, ctext: str) -> tuple[str, ...]:
    """The longest parts of the word that ``ctext`` (compact) holds, left to right (a last
    lone character joins the part before: 锂电池 → 锂电, 电池): 新能源汽车电池 in a text with
    新能源汽车 … 电池 gives those two, not the bigrams 新能 能源 源汽 汽车 车电 电池."""
    key, found, start = clause.key, [], 0
    if not key or not pieces(clause) or not all(t[0] >= "\u3000" for t in pieces(clause)):
        return pieces(clause)  # Latin and digits: their atoms
    while start < len(key) - 1:
        end = next((e for e in range(len(key), start + 1, -1) if key[start:e] in ctext), 0)
        if end:
            found.append(key[start:end])
            start = end - 1 if len(key) - end == 1 else end  # a last lone character: overlap
        else:
            start += 1
    return tuple(found) or pieces(clause)


def _scattered(
    loose: list[Clause], top: list[tuple[int, float]], data: IndexData, deadline: Deadline
) -> list[Message]:
    """A note for each word no hit shown has whole: the hits have its pieces only."""
    notes = []
    for clause in loose:
        if deadline.expired() or not pieces(clause):
            break
        occurs = _occurrence(clause, data)
        if not any(occurs(doc) for doc, _ in top):
            ctext = data.compact("ctext", top[0][0]).decode("utf-8")  # as the first hit has it
            found = found_pieces(clause, ctext)
            notes.append(Message.of("scattered_match", word=clause.text, pieces=found))
    return notes


def _relaxable(parsed: ParsedQuery) -> set[Clause]:
    return {
        c
        for c in parsed.positive
        if c.field is None and not c.phrase and len(query_terms(c.text)) > 2
    }


def run(
    data: IndexData,
    parsed: ParsedQuery,
    filters: Filters,
    sort: str,
    limit: int,
    time_limit: float = TIME_LIMIT,
    tier: Tier | None = None,
) -> SearchResult:
    """Answer exactly; if nothing matches, retry long words as partial matches."""
    started = time.perf_counter()
    deadline = Deadline(time_limit)
    tier = tier or Tier()
    try:
        result = _run(data, parsed, filters, sort, limit, set(), deadline, tier)
        relax = _relaxable(parsed) if tier.relax else set()
        if not result.total and relax and not deadline.expired():
            relaxed = _run(data, parsed, filters, sort, limit, relax, deadline, tier)
            if relaxed.total:
                first = relaxed.hits[0] if relaxed.hits else None
                doc = data.searcher.document_number(id=first.article) if first else None
                ctext = data.compact("ctext", doc).decode("utf-8") if doc is not None else ""
                relaxed.notes.extend(
                    Message.of("partial_match", word=c.text, pieces=found_pieces(c, ctext))
                    for c in parsed.positive
                    if c in relax
                )
                result = relaxed
    finally:
        if tier.forget:
            data.forget()
    if deadline.hit:
        result.timed_out = True
        result.notes.append(Message.of("timed_out", seconds=time_limit))
    result.took_ms = (time.perf_counter() - started) * 1000
    return result


def partial(
    data: IndexData, parsed: ParsedQuery, filters: Filters, exclude: frozenset[int] = frozenset()
) -> SearchResult:
    """Counts (facets, total) of the query with its long words as partial matches.

    What :func:`run` falls back to when nothing matches exactly, asked for whatever the
    exact matches: a trend counts each issue as ``search --issue`` would (trend.py).
    ``exclude``: documents never checked (the issues that have exact matches).
    """
    relax = _relaxable(parsed)
    if not relax:
        return SearchResult(query=parsed.raw, parsed=parsed)
    tier = Tier(exclude, relax=False, report={})
    return _run(data, parsed, filters, "relevance", 0, relax, Deadline(TIME_LIMIT), tier)


def _candidates(
    data: IndexData,
    parsed: ParsedQuery,
    relax: set[Clause],
    deadline: Deadline,
    exclude: frozenset[int] = frozenset(),
    sparse: bool = False,
) -> tuple[set[int], list[tuple[Clause, set[int]]]]:
    """Documents matching every group (verified), minus exclusions; and each clause's docs.

    ``exclude`` (a higher tier's documents) is dropped before verification: never checked.
    """
    candidates: set[int] | None = None
    matched: list[tuple[Clause, set[int]]] = []
    for group in sorted(parsed.groups, key=len):
        allowed: set[int] = set()
        for clause in group:
            docs = _clause_docs(clause, data, clause in relax, sparse)
            if exclude:
                docs = docs - exclude
            if candidates is not None:
                docs &= candidates
            docs = _verified(clause, docs, data, deadline)
            matched.append((clause, docs))
            allowed |= docs
        candidates = allowed if candidates is None else candidates & allowed
        if not candidates:
            return set(), []
    candidates = candidates or set()
    for clause in relax:
        candidates = _covering(clause, candidates, data, deadline)
    for clause in parsed.excluded:
        candidates -= _verified(clause, _clause_docs(clause, data) & candidates, data, deadline)
    return candidates, matched


def _run(
    data: IndexData,
    parsed: ParsedQuery,
    filters: Filters,
    sort: str,
    limit: int,
    relax: set[Clause],
    deadline: Deadline,
    tier: Tier,
) -> SearchResult:
    result = SearchResult(query=parsed.raw, parsed=parsed, sort=sort)
    if parsed.is_empty:
        result.suggestions = [Message("enter_a_word")]
        return result
    candidates, matched = _candidates(data, parsed, relax, deadline, tier.exclude, tier.sparse)
    passing = filters.passing(candidates, data)
    result.facets = _facets(candidates, data, passing)
    shown = candidates
    for docs in passing.values():
        shown = shown & docs
    result.total = len(shown)
    if tier.report is not None:
        tier.report.update(candidates=candidates, matched=matched, shown=shown)
    if limit <= 0 and tier.report is not None:  # a lower tier with no room: counts only
        return result
    scores: dict[int, float] | None = None
    for clause, docs in matched:
        clause_scores = _clause_scores(clause, data, docs & shown)
        if scores is None:  # 0.0 + score is score: the first clause's scores taken as they are
            if len(clause_scores) == len(shown):  # a new dict of every shown document
                scores = clause_scores
            else:
                scores = dict.fromkeys(shown, 0.0)
                scores.update(clause_scores)
            continue
        for doc, score in clause_scores.items():
            scores[doc] += score
    loose = [c for c in parsed.positive if not _strict(c) and c.field is None and len(c.key) > 1]
    loose = [c for c in loose if needs_verification(c.text)]
    if scores is None:
        scores = dict.fromkeys(shown, 0.0)
    top = _top(scores, loose, data, sort, max(0, limit), deadline)
    result.hits = _hits(data, top, tier.marks or parsed)
    if top and not relax:
        result.notes.extend(_scattered(loose, top, data, deadline))
    if not result.total:
        result.suggestions = suggestions(parsed, filters)
    return result


def _top(
    scores: dict[int, float],
    loose: list[Clause],
    data: IndexData,
    sort: str,
    limit: int,
    deadline: Deadline,
) -> list[tuple[int, float]]:
    """The first ``limit`` documents, each loose word that occurs exactly adding EXACT_BONUS.

    Documents are visited best base score first (newest first for ``sort="date"``) and the
    bonus is checked lazily: the walk stops once no unseen document can still enter.
    """
    dates = data.values("date")
    if not loose or not limit:
        return [
            (d, scores[d])
            for *_, d in itertools.islice(_descending(scores, dates, sort, limit), limit)
        ]
    order = _descending(scores, dates, sort, 2 * limit + 10)
    best: list[tuple[tuple[Any, ...], int]] = []  # min-heap of (rank key, doc)
    finals: dict[int, float] = {}
    most = EXACT_BONUS * len(loose)
    tests = [_occurrence(c, data) for c in loose]
    for n, (*_, doc) in enumerate(order):
        if len(best) >= limit:
            floor = best[0][0]
            if sort == "date" and dates[doc] < floor[0]:
                break
            if sort != "date" and scores[doc] + most < floor[0]:
                break
        if deadline.hit or (n % 256 == 0 and deadline.expired()):
            exact = 0
        else:
            exact = sum([occurs(doc) for occurs in tests])
        final = finals[doc] = scores[doc] + EXACT_BONUS * exact
        key = (dates[doc], final) if sort == "date" else (final, dates[doc])
        if len(best) < limit:
            heapq.heappush(best, (key, doc))
        elif (key, doc) > best[0]:
            heapq.heapreplace(best, (key, doc))
    return [(d, finals[d]) for _, d in sorted(best, reverse=True)]


def _descending(
    scores: dict[int, float], dates: list[str], sort: str, first: int
) -> Iterator[tuple[Any, ...]]:
    """Rank keys (score, date, doc) or (date, score, doc) of ``scores``, largest first.

    The first ``first`` are picked among the documents whose leading key reaches the
    ``first``-th largest one (selected in C), so key tuples are built for those only;
    the rest, if asked for, are all built and sorted.
    """
    if sort == "date":

        def key(d: int) -> tuple[Any, ...]:
            return (dates[d], scores[d], d)
    else:

        def key(d: int) -> tuple[Any, ...]:
            return (scores[d], dates[d], d)

    if first <= 0:
        return
    if len(scores) > 4 * first:  # the leading keys themselves, not a key function: ~2x faster
        if sort == "date":
            newest = heapq.nlargest(first, map(dates.__getitem__, scores))[-1]
            reach = [d for d in scores if dates[d] >= newest]
        else:
            best = heapq.nlargest(first, scores.values())[-1]
            reach = [d for d, score in scores.items() if score >= best]
        head = heapq.nlargest(first, map(key, reach))
    else:
        head = heapq.nlargest(first, map(key, scores))
    yield from head
    if len(head) < len(scores):
        yield from sorted(map(key, scores), reverse=True)[len(head) :]


def _facets(
    docs: set[int], data: IndexData, passing: dict[str, set[int]]
) -> dict[str, dict[str, int]]:
    """Counts per value, each facet counted under all filters but its own."""
    facets: dict[str, dict[str, int]] = {}
    for name in (*FACETS, "date"):
        subset = docs
        for other, allowed in passing.items():
            if other != name:
                subset = subset & allowed
        column = data.values("date_month" if name == "date" else name)
        # ``itemgetter`` gathers the values in one C call: ~15 % faster than ``map``.
        values = itemgetter(*subset)(column) if len(subset) > 1 else [column[d] for d in subset]
        counter = Counter(values)
        counter.pop("", None)
        if name == "date":
            facets[name] = dict(sorted(counter.items(), reverse=True))
        else:
            facets[name] = dict(counter.most_common())
    return facets


def _hits(data: IndexData, ranked: list[tuple[int, float]], marks: ParsedQuery) -> list[Hit]:
    """Result rows from the in-memory columns and the ``hit`` column; snippets pending.

    The stored body (the costly part) is read only when the snippet is made (snippets.py).
    """
    issues, sections = data.values("issue"), data.values("section")
    sources, dates = data.values("source"), data.values("date")
    hits: list[Hit] = []
    for doc, score in ranked:
        article, title, page = data.hit_fields(doc)
        hit = Hit(
            article,
            issues[doc],
            sections[doc],
            title,
            sources[doc] or None,
            dates[doc] or None,
            page,
            score,
            "",
        )
        hit.pending = PendingSnippet(data, doc, marks)
        hits.append(hit)
    return hits


def suggestions(parsed: ParsedQuery, filters: Filters) -> list[Message]:
    """What to try when nothing was found."""
    tips: list[Message] = []
    if filters.active:
        tips.append(Message("drop_filters"))
    if parsed.excluded:
        tips.append(Message("drop_excluded"))
    if any(c.phrase for c in parsed.positive):
        tips.append(Message("drop_quotes"))
    if len(parsed.groups) > 1:
        tips.append(Message.of("fewer_words", word=parsed.groups[0][0].text))
    for clause in parsed.positive:
        if clause.field:
            tips.append(Message.of("any_field", word=clause.text))
        parts = shorter_words(clause.key)  # word-like: 量子计算机 → 量子 / 计算机
        if parts is not None:
            tips.append(Message.of("shorter_word", first=parts[0], last=parts[1]))
    return list(dict.fromkeys(tips)) or [Message("rephrase")]
