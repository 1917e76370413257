"""Snippets and hit spans do bounded work whatever the text's length, and obey the deadline."""

from __future__ import annotations

from reader_app.core.search.deadline import Deadline
from reader_app.core.search.highlight import (
    MAX_SPANS,
    SCAN_CHARS,
    hit_spans,
    make_snippet,
)
from reader_app.core.search.query import parse_query
from tests.hostileutil import SENTENCE

HUGE = SENTENCE * (1_000_000 // len(SENTENCE))


def test_hit_spans_stop_at_the_bound() -> None:
    spans = hit_spans(HUGE, "跨境")
    assert len(spans) == MAX_SPANS
    assert all(HUGE[a:b] == "跨境" for a, b in spans)
    assert spans == sorted(spans) and spans[-1][1] <= SCAN_CHARS


def test_snippet_of_a_huge_text_is_short_and_marked() -> None:
    snippet = make_snippet(HUGE, parse_query("跨境 物流"))
    assert 0 < len(snippet.text) < 1000
    marked = {snippet.text[a:b] for a, b in snippet.spans}
    assert marked == {"跨境", "物流"}


def test_an_expired_deadline_gives_an_unmarked_opening() -> None:
    deadline = Deadline(0.0)
    snippet = make_snippet("标题\n\n" + HUGE, parse_query("跨境"), skip_chars=2, deadline=deadline)
    assert deadline.hit
    assert snippet.spans == [] and snippet.text.startswith(SENTENCE)
