"""Word-like parts of a long Chinese query word, for "try a shorter word" tips.

Cutting 量子计算机 into its first and last two characters gave 「量子」或「算机」,
and 算机 is no word. Chinese compounds are mostly built from two-character
words with a longer head at the end (量子 + 计算机, 跨境 + 电商, 新能源 + 汽车 is
rarer), so the cut goes in twos from the front and the last part keeps an odd
character. No dictionary is needed and the parts read as words far more often.
"""

from __future__ import annotations

from reader_app.core.text.textnorm import CJK_RUN, cjk_regex


def word_parts(word: str) -> list[str]:
    """``word`` cut into word-like parts (two characters each, the last two or three).

    Words of three characters or fewer, or not wholly Chinese, stay whole.
    """
    if len(word) <= 3 or not cjk_regex(CJK_RUN).fullmatch(word):
        return [word]
    parts = [word[i : i + 2] for i in range(0, len(word) - len(word) % 2, 2)]
    if len(word) % 2:
        parts[-1] += word[-1]
    return parts


def shorter_words(word: str) -> tuple[str, str] | None:
    """The first and last word-like part of ``word`` to suggest, or None if it is short."""
    parts = word_parts(word)
    if len(parts) < 2:
        return None
    return parts[0], parts[-1]
