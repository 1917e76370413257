"""Sentences of an article's text, for reading it aloud one sentence at a time.

The read-aloud marks the sentence being spoken in the pane, so a sentence is a span
of offsets into the very text the pane shows (its plain text), not a copy. Chinese
text ends a sentence with 。！？ (and the full-width ；… as pauses long enough to be
heard); Latin text with . ! ? followed by a space or the end. Closing quotes and
brackets stay with the sentence they close (他说：“好。” is one sentence). A line
break always ends one: headings, the provenance line and list items are sentences of
their own. A very long run without any end (a table row, a list of names) is cut at
a comma-like mark so that no single utterance runs on for minutes.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

#: Marks that end a sentence wherever they stand (full-width, CJK).
_CJK_ENDS = "。！？；…!?"
#: Closers that belong to the sentence before them.
_CLOSERS = "”’」』）》】〕)]\"'"
#: Where an over-long sentence may be cut (after the mark), the better places first: a
#: comma is a pause in speech, an enumeration comma 、 only when there is no comma.
_SOFT_BREAKS = ("，,：:", "、", " ")
#: An utterance longer than this (characters) is cut at its last soft break.
MAX_SENTENCE = 120

# An end mark (or a run of them: ！？, ……), then any closers.
_CJK_END = re.compile(f"[{re.escape(_CJK_ENDS)}]+[{re.escape(_CLOSERS)}]*")
# A Latin full stop ends a sentence only before a space or the end ("3.5", "e.g." mid-word stay).
_LATIN_END = re.compile(f"\\.+[{re.escape(_CLOSERS)}]*(?=\\s|$)")


def split_sentences(text: str, limit: int = MAX_SENTENCE) -> list[Span]:
    """The sentences of ``text`` as (start, end) offsets, in order, without outer spaces.

    Spans that hold nothing speakable (only spaces or punctuation) are left out.
    """
    spans: list[Span] = []
    for line_start, line_end in _lines(text):
        start = line_start
        for match in _ends(text, line_start, line_end):
            spans += _cut(text, start, match, limit)
            start = match
        spans += _cut(text, start, line_end, limit)
    return [span for span in (_trim(text, s, e) for s, e in spans) if span is not None]


def _lines(text: str) -> list[Span]:
    spans, start = [], 0
    for match in re.finditer(r"[\n\r\u2028\u2029]+", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _ends(text: str, start: int, end: int) -> list[int]:
    """Offsets just after each sentence end within text[start:end]."""
    found = {m.end() for m in _CJK_END.finditer(text, start, end)}
    found |= {m.end() for m in _LATIN_END.finditer(text, start, end)}
    return sorted(found)


def _cut(text: str, start: int, end: int, limit: int) -> list[Span]:
    """``text[start:end]`` in pieces of at most ``limit`` characters where it can be cut."""
    pieces = []
    while end - start > limit:
        window = text[start : start + limit]
        cut = 0
        for marks in _SOFT_BREAKS:
            cut = max(window.rfind(mark) for mark in marks)
            if cut > limit // 3:  # not a stub of a few characters
                break
        if cut <= 0:
            cut = limit - 1  # nothing to cut at: cut anyway rather than speak for minutes
        pieces.append((start, start + cut + 1))
        start += cut + 1
    pieces.append((start, end))
    return pieces


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(ch.isalnum() for ch in text[start:end]):
        return None
    return start, end
