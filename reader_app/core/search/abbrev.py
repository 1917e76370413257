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

import re
from collections import Counter
from collections.abc import Iterable

from reader_app.core.search.normalize import CJK_CLASS

MIN_CHARS = 3  # two-character words are too ambiguous (中国 ⊂ 中华民国…): the thesaurus covers them
MAX_CHARS = 6
MAX_GAP = 3  # characters skipped between two characters of the abbreviation
MIN_COUNT = 2  # occurrences of a full form in the sample
MIN_EXTEND = 3  # occurrences needed before a full form is extended by one character
MAX_FORMS = 3

_CJK_WORD = re.compile(f"[{CJK_CLASS}]+")


def eligible(word: str) -> bool:
    """Only plain ideograph words of 3-6 characters are looked up."""
    return MIN_CHARS <= len(word) <= MAX_CHARS and bool(_CJK_WORD.fullmatch(word))


def _pattern(word: str) -> re.Pattern[str]:
    gap = f"[{CJK_CLASS}]{{0,{MAX_GAP}}}?"
    return re.compile(gap.join(re.escape(c) for c in word))


def full_forms(word: str, texts: Iterable[str]) -> list[tuple[str, int]]:
    """Full forms of ``word`` found in ``texts`` (compact folded), with occurrence counts."""
    if not eligible(word):
        return []
    pattern = _pattern(word)
    longest = min(2 * len(word) + 2, 10)
    counts: Counter[str] = Counter()
    following: dict[str, Counter[str]] = {}
    for text in texts:
        for match in pattern.finditer(text):
            form = match.group()
            if form == word or word in form or not len(word) < len(form) <= longest:
                continue
            counts[form] += 1
            end = match.end()
            following.setdefault(form, Counter())[text[end : end + 1]] += 1
    found: Counter[str] = Counter()
    for form, count in counts.items():
        if count < MIN_COUNT:
            continue
        after, times = following[form].most_common(1)[0]
        if (
            count >= MIN_EXTEND
            and times == count
            and _CJK_WORD.fullmatch(after)
            and len(form) < longest
        ):
            form += after  # 跨境电子商 is always followed by 务: the word goes on
        found[form] += count
    # A form inside a more frequent longer one (自由贸易试验 in 自由贸易试验区) is not a word.
    forms = [
        (form, count)
        for form, count in found.most_common()
        if not any(form in other and other != form and c >= count for other, c in found.items())
    ]
    return forms[:MAX_FORMS]
