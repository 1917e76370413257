"""Analysis: the terms a text is indexed under and a query word is looked up by.

Chinese has no spaces, so a run of ideographs is indexed as its single
characters plus its overlapping bigrams; Latin letters and digits are indexed
as separate alphabetic and numeric atoms ("PM2.5" -> pm, 2, 5). A query word
is answered by the AND of its bigrams (cheap term lookups), and its exact
order is verified afterwards on the stored compact text, instead of Whoosh
phrase queries over positions (measured far slower, see docs/search.md).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from whoosh import fields, formats

from reader_app.core.search.normalize import NORMALIZER_VERSION, compact, compact_folded, fold
from reader_app.core.text.textnorm import CJK_RUN, cjk_regex

#: Bump when the terms produced change: the index is rebuilt on mismatch.
ANALYZER_VERSION = 1 * 100 + NORMALIZER_VERSION

_CJK_CHAR = "[{CJK}]"
#: Overlapping ideograph pairs (a lookahead match per position): bigrams never span a
#: Latin or digit run, exactly as within each ideograph run.
_BIGRAM = "(?=([{CJK}]{2}))"
_ATOM_RE = re.compile(r"[a-z]+|[0-9]+")


def index_terms(text: str) -> Counter[str]:
    """Term frequencies for one field value: unigrams, bigrams (found and counted in C)."""
    folded = fold(text)
    compact_text = compact_folded(folded)
    counts: Counter[str] = Counter(cjk_regex(_CJK_CHAR).findall(compact_text))
    counts.update(cjk_regex(_BIGRAM).findall(compact_text))
    counts.update(_ATOM_RE.findall(folded))
    return counts


def query_terms(word: str) -> list[str]:
    """The terms that must all be present for ``word`` to occur in a document.

    Ideograph runs give their bigrams (a lone ideograph gives itself), Latin
    and digits give their atoms; duplicates are removed, order kept.
    """
    terms: list[str] = []
    for run in cjk_regex(CJK_RUN).findall(compact(word)):
        if len(run) == 1:
            terms.append(run)
        else:
            terms.extend(run[i : i + 2] for i in range(len(run) - 1))
    terms.extend(_ATOM_RE.findall(fold(word)))
    return list(dict.fromkeys(terms))


def needs_verification(word: str) -> bool:
    """Whether term presence alone does not prove the word occurs as written."""
    return len(query_terms(word)) > 1


def find_compact(haystack: str, needle: str, start: int = 0) -> int:
    """Find ``needle`` in compact text without splitting a Latin or digit run.

    "5g" must not match inside "35gw": a match is rejected when the character
    before (after) it continues the needle's first (last) letter or digit run.
    """
    while True:
        pos = haystack.find(needle, start)
        if pos < 0:
            return -1
        end = pos + len(needle)
        if not (
            (pos > 0 and _same_class(haystack[pos - 1], needle[0]))
            or (end < len(haystack) and _same_class(haystack[end], needle[-1]))
        ):
            return pos
        start = pos + 1


def _same_class(a: str, b: str) -> bool:
    if a.isascii() and b.isascii():
        return (a.isdigit() and b.isdigit()) or (a.isalpha() and b.isalpha())
    return False


class Weights(formats.Frequency):
    """Frequency postings without a per-posting value.

    A posting's weight (frequency x field boost) is already stored in its block, and
    scoring reads only the weight (postings.py): the 4-byte value Whoosh's Frequency
    format adds to every posting would only make the index bigger.
    """

    def fixed_value_size(self) -> int:  # Whoosh's block writer and reader ask for it
        return 0


class CJKText(fields.TEXT):
    """A scorable TEXT field indexed by :func:`index_terms`, without positions.

    Overriding ``index`` skips Whoosh's per-token objects: building the term
    counts directly is several times faster (``writer.FastWriter`` calls
    :func:`index_terms` itself).
    """

    def __init__(self, stored: bool = False, field_boost: float = 1.0) -> None:
        super().__init__(stored=stored, phrase=False, field_boost=field_boost)
        self.format = Weights(field_boost=field_boost)

    def index(self, value: str, **kwargs: object) -> Iterator[tuple[bytes, int, float, bytes]]:
        boost = self.format.field_boost
        for term, freq in index_terms(value).items():
            yield term.encode("utf-8"), freq, freq * boost, b""
