"""Text normalisation shared by the index and the query side.

Both sides must fold text the same way or a query silently finds nothing, so
this is the single place that decides it: NFKC (full-width -> half-width),
case folding, and a character-level traditional -> simplified mapping.
Folding is done per character so that every folded character can be traced
back to its offset in the original text (needed for highlighting).
"""

from __future__ import annotations

import bisect
import logging
import unicodedata
from functools import lru_cache
from importlib import resources
from itertools import accumulate

from reader_app.core.text.textnorm import cjk_regex

logger = logging.getLogger(__name__)

#: Bump when folding changes: the index is rebuilt on mismatch.
NORMALIZER_VERSION = 1

#: Characters that carry meaning for search; everything else is a separator.
_KEEP_RUN = "[{CJK}a-z0-9]+"
_KEEP_RUN_SPLIT = "([{CJK}a-z0-9]+)"
#: What a reader sees of a text: all but white space (a soft line break is a space in
#: the pane) and the invisible format characters (soft hyphen, zero-width space and
#: joiners, direction marks, word joiner, variation selectors, BOM). Find in article
#: matches on this, folded as the search folds.
_VISIBLE_RUN = (
    "[^\\s\u00ad\u034f\u061c\u115f\u1160\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]+"
)
VISIBLE_RUN_SPLIT = f"({_VISIBLE_RUN})"


@lru_cache(maxsize=1)
def _t2s_table() -> dict[str, str]:
    """Traditional -> simplified, one character to one character (OpenCC data)."""
    table: dict[str, str] = {}
    try:
        data = resources.files("opencc").joinpath("dictionary/TSCharacters.txt").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):  # pragma: no cover - packaging
        logger.warning("OpenCC data not found: traditional characters will not be folded")
        return table
    for line in data.splitlines():
        trad, _, simp = line.partition("\t")
        candidates = simp.split()
        if len(trad) == 1 and candidates and len(candidates[0]) == 1 and candidates[0] != trad:
            table[trad] = candidates[0]
    return table


def _fold_char(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char).casefold()
    if not folded:
        return ""
    t2s = _t2s_table()
    return "".join(t2s.get(c, c) for c in folded)


class _FoldTable(dict[int, str]):
    """A lazily filled ``str.translate`` table: fast folding in C after warm-up."""

    def __missing__(self, codepoint: int) -> str:
        value = _fold_char(chr(codepoint))
        if len(value) != 1:
            _IRREGULAR.add(chr(codepoint))
        self[codepoint] = value
        return value


_FOLD = _FoldTable()
#: Characters seen so far that fold to zero or several characters.
_IRREGULAR: set[str] = set()


def _has_irregular(text: str) -> bool:
    """Whether ``text`` holds a character registered in ``_IRREGULAR``.

    Usually there are none or a few: a substring search per such character (in C) beats
    ``set.isdisjoint(text)``, which makes a string object of every character of the text.
    """
    seen = tuple(_IRREGULAR)  # a copy: another thread's folding may add to the set
    if len(seen) <= 16:
        return any(char in text for char in seen)
    return not _IRREGULAR.isdisjoint(text)


def fold(text: str) -> str:
    """Fold text for matching: NFKC, case folding, traditional -> simplified."""
    return text.translate(_FOLD)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold text and return, for every folded character, its offset in ``text``."""
    folded = text.translate(_FOLD)  # also registers any irregular character
    if not _has_irregular(text):  # the usual case: one character for one
        return folded, list(range(len(text)))
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = char.translate(_FOLD)
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), origin


def compact(text: str) -> str:
    """Folded text keeping only CJK, Latin letters and digits.

    Spaces, punctuation and markup are transparent for matching: "33 地" finds
    "33地", "PM2.5" finds "PM_{2.5}", a page-break cut inside a word still matches.
    """
    return "".join(cjk_regex(_KEEP_RUN).findall(fold(text)))


def compact_folded(folded: str) -> str:
    """:func:`compact` of text already folded with :func:`fold`."""
    return "".join(cjk_regex(_KEEP_RUN).findall(folded))


def compact_with_map(text: str, keep: str = _KEEP_RUN) -> tuple[str, list[int]]:
    """:func:`compact` plus the offset in ``text`` of every kept character."""
    folded, origin = fold_with_map(text)
    chars: list[str] = []
    offsets: list[int] = []
    for match in cjk_regex(keep).finditer(folded):
        chars.append(match.group())
        offsets.extend(origin[match.start() : match.end()])
    return "".join(chars), offsets


class CompactMap:
    """:func:`compact` of a text and, on demand, where a compact position came from.

    :func:`compact_with_map` builds an offset for every character; a snippet needs a
    few. Here the text is split into kept runs and gaps in C, and a position is mapped
    back through its run (a bisection), unless folding changed the length of some
    character (then the per-character map is used).
    """

    def __init__(self, text: str, keep_split: str = _KEEP_RUN_SPLIT) -> None:
        """``keep_split``: one group of the runs to keep (:data:`VISIBLE_RUN_SPLIT`: all
        the reader sees, for Find in article), the rest of the text being gaps."""
        self._offsets: list[int] | None
        folded = text.translate(_FOLD)  # also registers any irregular character
        if _has_irregular(text):
            self.text, self._offsets = compact_with_map(text, keep_split[1:-1])
            return
        self._offsets = None
        pieces = cjk_regex(keep_split).split(folded)  # gap, run, gap, run, ..., gap
        parts = pieces[1::2]
        self.text = "".join(parts)
        self._ostarts = list(accumulate(map(len, pieces)))[0:-1:2]
        self._cstarts = list(accumulate(map(len, parts), initial=0))[:-1]

    def offset(self, pos: int) -> int:
        """The offset in the original text of the compact character at ``pos``."""
        if self._offsets is not None:
            return self._offsets[pos]
        run = bisect.bisect_right(self._cstarts, pos) - 1
        return self._ostarts[run] + pos - self._cstarts[run]


def to_simplified(text: str) -> str:
    """NFKC and traditional -> simplified, keeping case: text shown back to the user."""
    t2s = _t2s_table()
    return "".join(t2s.get(c, c) for c in unicodedata.normalize("NFKC", text))
