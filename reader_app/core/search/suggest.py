"""Near misses: the library's words one typing slip away from a word that found nothing.

自区 → 自贸区 (a character dropped), 贸自区 → 自贸区 (two swapped), 自茂区 → 自贸区
(a wrong character), 自贸贸区 → 自贸区 (one too many). The candidates are the
Damerau-Levenshtein neighbours (distance 1, on characters) of the typed word that
the index's bigram vocabulary allows; each is then counted where it occurs as
written (the compact text columns), and the most frequent are offered. Candidates
that keep every typed character (a swap, a dropped character put back) rank before
those that change one. Cheap by construction: the vocabulary is read by prefix
(one character's bigrams), the counts stop at ``COUNT_CAP`` documents, and the
whole look-up stops at its deadline. No pinyin: the slips are typed characters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from reader_app.core.search.analysis import find_compact, query_terms
from reader_app.core.search.deadline import Deadline
from reader_app.core.search.normalize import compact
from reader_app.core.search.postings import IndexData
from reader_app.core.search.query import Clause, ParsedQuery
from reader_app.core.text.textnorm import CJK_RUN, cjk_regex

MAX_SUGGESTIONS = 3
MIN_CHARS, MAX_CHARS = 2, 8  # one character always finds something; longer is a phrase
VERIFY = 12  # candidates counted exactly (the likeliest by their bigrams' frequency)
COUNT_CAP = 200  # documents checked per candidate: enough to rank, bounded on 20k articles
SAMPLE = 120  # documents read for the words a wrong first character stands for
TIME_LIMIT = 0.3  # seconds all suggestions of one query may take

MIN_COUNT = 2  # a word seen once is as likely a slip of the source as a word
FRAGMENT_SHARE = 0.8  # one same neighbour this often: the candidate is a piece of a word
KEEPS, CHANGES = 0, 1  # a candidate keeps every typed character, or changes one


@dataclass(frozen=True)
class Candidate:
    word: str
    kind: int
    count: int


def _is_cjk(word: str) -> bool:
    return bool(re.fullmatch(cjk_regex(CJK_RUN), word))


class _Vocabulary:
    """The bigram terms of the ``text`` field, read one first character at a time."""

    def __init__(self, data: IndexData) -> None:
        self.data = data
        self._reader = data.searcher.reader()
        self._next: dict[str, list[str]] = {}

    def after(self, char: str) -> list[str]:
        """The characters that follow ``char`` somewhere in the library."""
        found = self._next.get(char)
        if found is None:
            found = []
            for term in self._reader.expand_prefix("text", char):
                text = term.decode("utf-8") if isinstance(term, bytes) else str(term)
                if len(text) == 2 and _is_cjk(text[1]):
                    found.append(text[1])
            self._next[char] = found
        return found

    def frequency(self, term: str) -> int:
        return int(self.data.searcher.doc_frequency("text", term))


def neighbours(word: str, vocabulary: _Vocabulary) -> dict[str, int]:
    """Distance-1 words the bigram vocabulary allows: word -> KEEPS or CHANGES."""
    n = len(word)
    found: dict[str, int] = {}

    def add(candidate: str, kind: int) -> None:
        if candidate != word and len(candidate) >= MIN_CHARS:
            found[candidate] = min(kind, found.get(candidate, kind))

    for i in range(n - 1):  # two neighbours swapped
        add(word[:i] + word[i + 1] + word[i] + word[i + 2 :], KEEPS)
    for i in range(1, n):  # a character dropped between word[i-1] and word[i]
        for x in vocabulary.after(word[i - 1]):
            if vocabulary.frequency(x + word[i]):
                add(word[:i] + x + word[i:], KEEPS)
    if n >= 3:
        for i in range(n):  # one too many
            add(word[:i] + word[i + 1 :], CHANGES)
        for i in range(1, n):  # a wrong character after the first
            for x in vocabulary.after(word[i - 1]):
                if x != word[i] and (i == n - 1 or vocabulary.frequency(x + word[i + 1])):
                    add(word[:i] + x + word[i + 1 :], CHANGES)
    return found


def _first_characters(word: str, data: IndexData, deadline: Deadline) -> set[str]:
    """Words ``?`` + word[1:] as written in a sample of the articles (a wrong first character)."""
    rest = word[1:]
    docs = sorted(data.docs("text", query_terms(rest)))[:SAMPLE]
    column = data.column("ctext")
    found: set[str] = set()
    for doc in docs:
        if deadline.expired():
            break
        text = column(doc).decode("utf-8")
        pos = find_compact(text, rest)
        while pos >= 0:
            if pos > 0 and _is_cjk(text[pos - 1]):
                found.add(text[pos - 1] + rest)
            pos = find_compact(text, rest, pos + 1)
    return found


def occurrences(word: str, data: IndexData, cap: int = COUNT_CAP) -> tuple[int, bool]:
    """How often ``word`` occurs as written (in at most ``cap`` documents), and whether
    it is only a fragment: nearly always the piece of one longer word (贸区 of 自贸区)."""
    docs = data.docs("text", query_terms(word))
    column = data.column("ctext")
    count, seen = 0, 0
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for doc in sorted(docs)[: cap * 4]:
        text = column(doc).decode("utf-8")
        pos = find_compact(text, word)
        if pos < 0:
            continue
        while pos >= 0:
            count += 1
            before[text[pos - 1] if pos else ""] += 1
            end = pos + len(word)
            after[text[end] if end < len(text) else ""] += 1
            pos = find_compact(text, word, pos + 1)
        seen += 1
        if seen >= cap:
            break
    fragment = count >= 2 and any(
        side.most_common(1)[0][1] >= FRAGMENT_SHARE * count and side.most_common(1)[0][0]
        for side in (before, after)
    )
    return count, fragment


def near_words(
    word: str, data: IndexData, deadline: Deadline | None = None, limit: int = MAX_SUGGESTIONS
) -> list[str]:
    """Up to ``limit`` words of the library one slip from ``word``, likeliest first."""
    deadline = deadline or Deadline(TIME_LIMIT)
    key = compact(word)
    if not MIN_CHARS <= len(key) <= MAX_CHARS or not _is_cjk(key):
        return []
    vocabulary = _Vocabulary(data)
    found = neighbours(key, vocabulary)
    if len(key) >= 3:
        for candidate in _first_characters(key, data, deadline):
            found.setdefault(candidate, CHANGES)
    likely = []
    for candidate, kind in found.items():
        terms = query_terms(candidate)
        weight = min((vocabulary.frequency(t) for t in terms), default=0)
        if weight:
            likely.append((kind, -weight, candidate))
    likely.sort()
    counted: list[Candidate] = []
    chosen = [c for c in likely if c[0] == KEEPS][:VERIFY] + [c for c in likely if c[0] == CHANGES][
        :VERIFY
    ]  # the likeliest of each kind: swaps and insertions never crowd out a wrong char
    for kind, _weight, candidate in chosen:
        if deadline.expired():
            break
        count, fragment = occurrences(candidate, data)
        if count >= MIN_COUNT and not fragment:
            counted.append(Candidate(candidate, kind, count))
    counted.sort(key=lambda c: (c.kind, -c.count, c.word))
    return [c.word for c in counted[:limit]]


def suggest(
    parsed: ParsedQuery,
    data: IndexData,
    deadline: Deadline | None = None,
    found: Callable[[str], bool] | None = None,
) -> list[str]:
    """Whole queries to try instead, each with one word replaced by a near miss.

    Only words that occur nowhere as written are replaced (``found`` decides; by
    default :func:`occurrences`); field and phrase clauses are left as typed.
    """
    deadline = deadline or Deadline(TIME_LIMIT)
    found = found or (lambda w: occurrences(w, data, cap=1)[0] > 0)
    queries: list[str] = []
    for clause in _plain_words(parsed):
        if deadline.expired() or found(clause.key):
            continue
        for near in near_words(clause.text, data, deadline):
            query = parsed.raw.replace(clause.text, near, 1)
            if query == parsed.raw:  # typed in another form (full-width, traditional)
                query = near
            if query not in queries:
                queries.append(query)
    return queries[:MAX_SUGGESTIONS]


def _plain_words(parsed: ParsedQuery) -> Iterator[Clause]:
    for clause in parsed.positive:
        if clause.field is None and not clause.phrase:
            yield clause
