"""Small text helpers shared by the importer and the bundle code (Markdown residue: markup.py)."""

from __future__ import annotations

import functools
import re
import unicodedata

from reader_app.core.text.markup import strip_markup

#: CJK ideographs (unified, extension A, compatibility, the supplementary planes):
#: the one home of these ranges; the search's regex class is made from them.
CJK_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2FA1F),
)
CJK_CLASS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in CJK_RANGES)  # for a regex [...]


#: One or more CJK ideographs, for :func:`cjk_regex` (``cjk_regex(CJK_RUN).fullmatch(w)``).
CJK_RUN = "[{CJK}]+"


@functools.cache
def cjk_regex(pattern: str) -> re.Pattern[str]:
    """``pattern`` with each ``{CJK}`` made :data:`CJK_CLASS`, compiled when first used.

    ``re`` takes 0.8–1.7 ms to compile a class of these ranges (it visits every BMP
    code point in Python): compiled at import, the search's patterns cost each start
    ~10 ms before the window was usable (issue 16).
    """
    return re.compile(pattern.replace("{CJK}", CJK_CLASS))


def is_cjk(char: str) -> bool:
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in CJK_RANGES)


def is_cjk_or_fullwidth_punct(char: str) -> bool:
    """CJK ideographs and the CJK/full-width punctuation blocks."""
    code = ord(char)
    return is_cjk(char) or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF or char in "“”‘’…—·"


_NOT_ALNUM = re.compile(r"[\W_]+")  # \w is isalnum() or "_"


def match_key(text: str) -> str:
    """A key for comparing titles: width, case, spacing and punctuation ignored."""
    text = unicodedata.normalize("NFKC", text).casefold()
    # Markdown marks (``**``) are punctuation and go with it.
    return _NOT_ALNUM.sub("", text)  # as ``ch.isalnum()`` per character, in C: long lines stay fast


def join_broken(first: str, second: str) -> str:
    """Join two halves of a line cut by a page end: no space between CJK text."""
    first, second = first.rstrip(), second.lstrip()
    if not first or not second:
        return first + second
    if is_cjk_or_fullwidth_punct(first[-1]) or is_cjk_or_fullwidth_punct(second[0]):
        return first + second
    return f"{first} {second}"


def spaced_after(title: str, head: str) -> bool:
    """Does ``title`` have a space right after the part whose match key is ``head``?

    A title printed on two lines broken at its space ("有色金属行业" / "碳达峰实施方案
    发布") shows no space there; where the same title is printed on one line, it does.
    """
    return bool(head) and any(
        ch == " " and match_key(title[:n]) == head for n, ch in enumerate(title)
    )


_ASCII_PUNCT_NEAR_CJK = r"(?<=[{CJK}”）》])\s*([:,;])\s*|\s*([:,;])\s*(?=[{CJK}“（《])"
_FULL_WIDTH = {":": "：", ",": "，", ";": "；"}


def full_width_punct(text: str) -> str:
    """ "广东:开展…行动,打造" → "广东：开展…行动，打造": CJK text takes full-width marks."""
    return cjk_regex(_ASCII_PUNCT_NEAR_CJK).sub(
        lambda m: _FULL_WIDTH[m.group(1) or m.group(2)], text
    )


def tidy_title(body_title: str, toc_title: str | None = None) -> str:
    """The article title as printed, without the converter's stray spaces.

    Spaces between CJK text and Latin letters or digits are typesetting
    artefacts ("33 地"); a space between two CJK characters is a real
    separator only when the TOC and the body both print it.
    """
    body = full_width_punct(" ".join(strip_markup(body_title).split()))
    toc_gaps = None
    if toc_title:
        toc_gaps = _cjk_gaps(full_width_punct(" ".join(strip_markup(toc_title).split())))
    out: list[str] = []
    key_pos = 0
    for i, ch in enumerate(body):
        if ch == " ":
            prev, nxt = body[i - 1], body[i + 1]
            both_cjk = is_cjk_or_fullwidth_punct(prev) and is_cjk_or_fullwidth_punct(nxt)
            either_cjk = is_cjk_or_fullwidth_punct(prev) or is_cjk_or_fullwidth_punct(nxt)
            if both_cjk:
                if toc_gaps is None or key_pos in toc_gaps:
                    out.append(ch)
            elif not either_cjk:
                out.append(ch)
            continue
        out.append(ch)
        key_pos += 1
    return "".join(out)


def _cjk_gaps(title: str) -> set[int]:
    """Positions (counted in non-space characters) where the title has a space."""
    gaps: set[int] = set()
    count = 0
    for ch in title:
        if ch == " ":
            gaps.add(count)
        else:
            count += 1
    return gaps


# C0 and C1 controls, DEL, bidirectional overrides/embeddings/isolates and marks,
# zero-width space and the BOM: invisible, or able to reorder or garble what is shown.
_CONTROLS = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def strip_controls(text: str) -> str:
    """``text`` without control and bidi-override characters (a tab becomes a space)."""
    return _CONTROLS.sub("", text.replace("\t", " "))
