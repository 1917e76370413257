"""A hand-edited bundle with an article far longer than the importer accepts."""

from __future__ import annotations

import re
from pathlib import Path

#: Many short sentences, each with a hit: the worst case for snippets and marks.
SENTENCE = "海南跨境电商物流发展。"


def make_huge_article(bundled: Path, chars: int = 1_000_000) -> str:
    """Grow article 052 of the bundled copy to about ``chars`` characters; returns its id."""
    path = bundled / "2022-18" / "articles" / "052.md"
    text = path.read_text(encoding="utf-8")
    end = text.index("+++", 3) + 3
    front = text[:end]
    body = "\n\n".join(SENTENCE * 100 for _ in range(chars // (100 * len(SENTENCE))))
    path.write_text(front + "\n\n" + body + "\n", encoding="utf-8")
    match = re.search(r'^id = "([^"]+)"$', front, re.MULTILINE)
    assert match is not None
    return match[1]
