"""Chinese abbreviations (缩略语) recognised without a list, at query time.

An abbreviation is formed by taking characters, in order, from its full form:
自贸区 from 自由贸易试验区, 跨境电商 from 跨境电子商务. Given a typed word, the
full forms are looked for in the compact text of a sample of the library's
articles (those that use the word: writers introduce the full form beside its
short one). The rules are deliberately conservative (precision measured in
docs/search.md): the first characters match, the word's characters occur in
order with short gaps, the full form is at most about twice as long, it recurs
(minimum frequency) and it is not the word itself plus other characters.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable

from reader_app.core.text.textnorm import CJK_RUN, cjk_regex

MIN_CHARS = 3  # two-character words are too ambiguous (中国 ⊂ 中华民国…): the thesaurus covers them
MAX_CHARS = 5  # longer words are phrases, seldom abbreviations
MAX_GAP = 4  # characters skipped between two characters of the abbreviation
MIN_COUNT = 2  # occurrences of a full form in the sample
MIN_EXTEND = 3  # occurrences needed before a full form is extended by one character
MAX_FORMS = 3
FRAGMENT_SHARE = 0.8  # a word followed this often by one same character is only a fragment
# Characters an abbreviation never skips over: a full form is a noun phrase, not a clause.
FUNCTION_CHARS = frozenset(
    "的了和与及或等之并为是在对把被从向以于而也都就将其该此这那个各每不所着过"
)


def eligible(word: str) -> bool:
    """Only plain ideograph words of 3-5 characters, without function characters."""
    return (
        MIN_CHARS <= len(word) <= MAX_CHARS
        and bool(cjk_regex(CJK_RUN).fullmatch(word))
        and not FUNCTION_CHARS.intersection(word)
    )


def _pattern(word: str) -> re.Pattern[str]:
    """The word's characters in order with short gaps of other ideographs.

    A gap never holds the characters on either side of it (see ``_repeats``), which also
    keeps the match free of backtracking: compact text holds only ideographs, a-z and 0-9.
    """
    parts = [re.escape(word[0])]
    for before, after in itertools.pairwise(word):
        gap = f"([^{re.escape(before)}{re.escape(after)}a-z0-9]{{0,{MAX_GAP}}})"
        parts += [gap, re.escape(after)]
    return re.compile("".join(parts))


def _shaped_like_abbreviation(gaps: tuple[str, ...]) -> bool:
    """Reject a word with another word inserted (经济发展 / 经济融合发展) or function words.

    Characters must be dropped in at least two places (自[由]贸[易试验]区; one insertion
    is a longer phrase, not an abbreviation), the kept characters must not fall into two
    or more runs of 2+ characters, and nothing skipped may be a function character.
    """
    if any(FUNCTION_CHARS.intersection(gap) for gap in gaps):
        return False
    if sum(1 for gap in gaps if gap) < 2:
        return False
    runs, length = [], 1
    for gap in gaps:
        if gap:
            runs.append(length)
            length = 1
        else:
            length += 1
    runs.append(length)
    return sum(1 for run in runs if run >= 2) < 2


def _repeats(word: str, gaps: tuple[str, ...]) -> bool:
    """A skipped stretch holding a kept character (医[医]院…, 政[行]业[业]务) is a misalignment."""
    return any(word[i] in gap or word[i + 1] in gap for i, gap in enumerate(gaps))


def _fragment(word: str, texts: list[str]) -> bool:
    """Whether ``word`` is mostly the start of a longer word (污染治 in 污染治理).

    Only the right side: the left is no sign (海南 precedes nearly every 自贸港 here).
    """
    after: Counter[str] = Counter()
    for text in texts:
        start = text.find(word)
        while start >= 0:
            after[text[start + len(word) : start + len(word) + 1]] += 1
            start = text.find(word, start + 1)
    total = sum(after.values())
    if total < MIN_EXTEND:
        return False
    return after.most_common(1)[0][1] >= FRAGMENT_SHARE * total


def full_forms(word: str, texts: Iterable[str]) -> list[tuple[str, int]]:
    """Full forms of ``word`` found in ``texts`` (compact folded), with occurrence counts."""
    if not eligible(word):
        return []
    texts = list(texts)
    if _fragment(word, texts):
        return []
    pattern = _pattern(word)
    longest = min(2 * len(word) + 2, 10)
    counts: Counter[str] = Counter()
    gaps: dict[str, tuple[str, ...]] = {}
    following: dict[str, Counter[str]] = {}
    sources: dict[str, set[int]] = {}
    for n, text in enumerate(texts):
        for match in pattern.finditer(text):
            form = match.group()
            if word in form or not len(word) < len(form) <= longest:
                continue
            counts[form] += 1
            gaps[form] = match.groups()
            end = match.end()
            following.setdefault(form, Counter())[text[end : end + 1]] += 1
            sources.setdefault(form, set()).add(n)
    found: Counter[str] = Counter()
    for form, count in counts.items():
        if count < MIN_COUNT:
            continue
        after, times = following[form].most_common(1)[0]
        extend = (
            count >= MIN_EXTEND
            and times == count
            and len(sources[form]) >= 2  # not one article's turn of phrase
            and bool(cjk_regex(CJK_RUN).fullmatch(after))
            and len(form) < longest
        )
        if not extend:
            after = ""  # 跨境电子商 is always followed by 务: the word goes on
        if _shaped_like_abbreviation((*gaps[form], after)) and not _repeats(word, gaps[form]):
            found[form + after] += count
    # A form inside a more frequent longer one (自由贸易试验 in 自由贸易试验区) is not a word.
    forms = [
        (form, count)
        for form, count in found.most_common()
        if not any(form in other and other != form and c >= count for other, c in found.items())
    ]
    return forms[:MAX_FORMS]
