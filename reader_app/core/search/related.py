"""Related articles (相关文章): what else the library holds on an article's subject.

Chosen by measurement on a judged set (docs/search.md, "Related articles"):

* The article's key terms are its bigrams (the index's own Chinese analysis,
  analysis.py) weighed by TF-IDF over the index: frequent in the article, rare in
  the library. Title bigrams count three times, as the title field is boosted.
* Every other article is scored by those key bigrams through their posting lists,
  each term's frequency saturated and length-normalised as BM25 does (freq / (freq +
  norm), 0..1), and the sum
  is divided by the article's own score: 1.0 is the same text, 0 nothing shared.
* What the two articles share is told as words, not bigrams: the runs of the
  article's text made only of key bigrams (跨境 + 境电 + 电商 → 跨境电商) that the
  other article contains as written.
* Below a floor (``MIN_SCORE``) or with fewer than ``MIN_SHARED`` shared words,
  nothing is shown: better no row than a weak one.
* The same article reprinted in another issue (its title nearly the same and most
  of its key terms shared, or its text almost wholly the same) is listed first and
  labelled, and does not take one of the five places.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from dataclasses import dataclass, field
from operator import itemgetter

from reader_app.core.search.postings import K1, IndexData
from reader_app.core.text.textnorm import CJK_RUN, cjk_regex

MAX_SHOWN = 5
KEY_TERMS = 40  # key bigrams of the article the others are scored by
TITLE_WEIGHT = 3  # a title bigram counts as this many occurrences (store.TITLE_BOOST)
COMMON_SHARE = 0.2  # a bigram in more of the library's articles than this says little
COMMON_FLOOR = 50  # ... once the library holds this many articles
MIN_SCORE = 0.2  # share of the article's own score another must reach (docs/search.md)
MIN_SHARED = 2  # shared words another must contain as written
WORDS_SHOWN = 3  # shared words told per row
WIDEST = 8  # characters a shared word is grown to at most
POSTINGS_READ = 30_000  # postings read per article at most (~40 ms at 20,000 articles)
CHECKED = 40  # best-scored candidates whose texts are read for shared words
REPRINT_TITLE = 0.8  # Dice of the titles' bigrams for a reprint ...
REPRINT_SCORE = 0.5  # ... with this much of the text's key terms shared
REPRINT_TEXT = 0.9  # or this much, whatever the title


@dataclass(frozen=True)
class RelatedArticle:
    article: str
    title: str
    issue: str
    score: float  # share of the article's own score, 0..1
    shared: tuple[str, ...]  # words both contain, strongest first
    reprint: bool = False  # the same article in another issue

    def to_dict(self) -> dict[str, object]:
        """The fields of ``reader-app-cli related --json``."""
        return {
            "id": self.article,
            "title": self.title,
            "issue": self.issue,
            "score": round(self.score, 3),
            "shared": list(self.shared),
            "reprint": self.reprint,
        }


@dataclass
class Related:
    article: str
    reprints: list[RelatedArticle] = field(default_factory=list)
    related: list[RelatedArticle] = field(default_factory=list)  # at most the limit asked

    def rows(self) -> list[RelatedArticle]:
        """What is shown: the reprints first, then the related articles, best first."""
        return self.reprints + self.related


def _bigrams(text: str) -> list[str]:
    out: list[str] = []
    for run in cjk_regex(CJK_RUN).findall(text):
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return out


def _dice(a: str, b: str) -> float:
    first, second = set(_bigrams(a)), set(_bigrams(b))
    if not first or not second:
        return 1.0 if a == b and a else 0.0
    return 2 * len(first & second) / (len(first) + len(second))


def _key_terms(
    data: IndexData, title: str, text: str, copies: tuple[str, ...] = ()
) -> dict[str, float]:
    """The article's KEY_TERMS bigrams by TF-IDF over the index, and their weights.

    ``copies``: the texts of its reprints, left out of the document frequencies (else the
    article's own wording, found only in its copies, would look like its subject).
    """
    counts: Counter[str] = Counter(_bigrams(text))
    for bigram in _bigrams(title):
        counts[bigram] += TITLE_WEIGHT
    total = max(1, data.searcher.doc_count())
    frequency = data.frequency
    common = COMMON_SHARE * total if total >= COMMON_FLOOR else total
    weights: dict[str, float] = {}
    for bigram, tf in counts.items():
        df = frequency("text", bigram) - sum(bigram in copy for copy in copies)
        if df < 2 or df > common:  # only here, or everywhere: relates nothing
            continue
        weights[bigram] = (1 + math.log(tf)) * math.log((total + 1) / df)
    best = sorted(weights, key=weights.__getitem__, reverse=True)[:KEY_TERMS]
    return {term: weights[term] for term in best}


def _words(text: str, keys: dict[str, float]) -> dict[str, float]:
    """Runs of ``text`` made only of key bigrams, each with its bigrams' summed weight."""
    words: dict[str, float] = {}
    for run in cjk_regex(CJK_RUN).findall(text):
        start = 0
        for i in range(len(run)):
            if i + 1 < len(run) and run[i : i + 2] in keys:
                continue
            if i - start >= 1:  # run[start : i + 1] is made of key bigrams
                word = run[start : i + 1]
                words[word] = sum(keys[word[j : j + 2]] for j in range(len(word) - 1))
            start = i + 1
    return words


def related(data: IndexData, article_id: str, limit: int = MAX_SHOWN) -> Related | None:
    """The articles related to ``article_id``; None if the index does not hold it."""
    doc = data.searcher.document_number(id=article_id)
    if doc is None:
        return None
    ctitle, ctext = data.column("ctitle"), data.column("ctext")
    title = ctitle(doc).decode("utf-8")
    text = ctext(doc).decode("utf-8")
    keys = _key_terms(data, title, text)
    answer = Related(article_id)
    if not keys:
        return answer
    scores, own = _scores(data, doc, keys)
    copies = [o for o, score in _best(scores, CHECKED) if score / own >= REPRINT_TEXT]
    if copies:  # weigh the terms again, the copies aside, then score again
        keys = _key_terms(data, title, text, tuple(ctext(o).decode("utf-8") for o in copies))
        scores, own = _scores(data, doc, keys)
        for other in copies:
            scores[other] = max(scores[other], own * REPRINT_TEXT)  # still a copy
    words = _words(title + "。" + text, keys)
    issues = data.values("issue")
    for other, score in _best(scores, CHECKED + len(copies)):
        share = min(1.0, score / own)
        if share < REPRINT_SCORE and share < MIN_SCORE:
            break
        other_title = ctitle(other).decode("utf-8")
        reprint = issues[other] != issues[doc] and (
            share >= REPRINT_TEXT
            or (share >= REPRINT_SCORE and _dice(title, other_title) >= REPRINT_TITLE)
        )
        other_text = other_title + "。" + ctext(other).decode("utf-8")
        found = sorted((w for w in words if w in other_text), key=words.__getitem__, reverse=True)
        full = title + "。" + text
        shared = _outermost([_widen(w, full, other_text) for w in found])
        row_id, row_title, _page = data.hit_fields(other)
        told = () if reprint else tuple(shared[:WORDS_SHOWN])  # a copy shares everything
        row = RelatedArticle(row_id, row_title, issues[other], share, told, reprint)
        if not reprint and any(_dice(row_title, r.title) >= REPRINT_TITLE for r in answer.rows()):
            continue  # a reprint of a row already listed (or of the article): listed once
        if reprint:
            answer.reprints.append(row)
        elif share >= MIN_SCORE and len(shared) >= MIN_SHARED and len(answer.related) < limit:
            answer.related.append(row)
    return answer


def _widen(word: str, text: str, other: str) -> str:
    """``word`` grown, a character at a time, while both texts still hold it (合试验区 →
    综合试验区): a run of key bigrams often starts or ends inside a word."""
    start = text.find(word)
    end = start + len(word)
    while end - start < WIDEST:
        if start > 0 and _ideograph(text[start - 1]) and text[start - 1 : end] in other:
            start -= 1
        elif end < len(text) and _ideograph(text[end]) and text[start : end + 1] in other:
            end += 1
        else:
            break
    return text[start:end]


def _ideograph(char: str) -> bool:
    return bool(cjk_regex(CJK_RUN).fullmatch(char))


def _best(scores: dict[int, float], n: int) -> list[tuple[int, float]]:
    return heapq.nlargest(n, scores.items(), key=itemgetter(1))


def _scores(data: IndexData, doc: int, keys: dict[str, float]) -> tuple[dict[int, float], float]:
    """Every other article's score by the key bigrams, and the article's own."""
    norms = data.norms("text")
    totals: dict[int, float] = {}
    get = totals.get
    budget = POSTINGS_READ
    for term, weight in keys.items():  # strongest first
        df = data.frequency("text", term)
        if df > budget:
            continue  # a weak, common term past the budget: the cost stays bounded
        budget -= df
        for other, freq in data.postings("text", term).items():
            totals[other] = get(other, 0.0) + weight * freq / (freq + (norms[other] or K1))
    return totals, totals.pop(doc, 0.0) or 1.0


def _outermost(words: list[str]) -> list[str]:
    """Words not overlapping a stronger one listed before them (跨境电商 hides 跨境)."""
    kept: list[str] = []
    seen: set[str] = set()
    for word in words:
        pairs = set(_bigrams(word)) or {word}
        if not pairs & seen:  # not a part of, or overlapping, a word kept before
            kept.append(word)
            seen |= pairs
    return kept
