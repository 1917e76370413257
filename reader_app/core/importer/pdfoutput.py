"""The text a PDF import builds, line by line with its pages, and shared line measures."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from reader_app.core.base.model import KNOWN_SECTIONS
from reader_app.core.importer.pdftext import TextLine
from reader_app.core.text.textnorm import match_key

SECTION_KEYS = {match_key(s) for s in KNOWN_SECTIONS}


@dataclass
class Output:
    """The text being built and, for every line of it, the PDF pages it came from."""

    lines: list[str] = field(default_factory=list)
    pages: list[frozenset[int]] = field(default_factory=list)

    def add(self, text: str, pages: set[int] | frozenset[int]) -> None:
        self.lines.append(text.replace("\u00ad", ""))  # a soft hyphen left at a line end
        self.pages.append(frozenset(pages))

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.add("", set())

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def margins(lines: list[TextLine]) -> tuple[float, float]:
    """The text column: the left edge most lines share and the right edge full lines reach."""
    if not lines:
        return 0.0, 0.0
    lefts = Counter(round(ln.x0) for ln in lines)
    rights = Counter(round(ln.x1) for ln in lines)
    left = min((x for x, n in lefts.items() if n >= 2), default=min(lefts))
    right = max((x for x, n in rights.items() if n >= 2), default=max(rights))
    # Neighbouring values (within 2 pt) are the same edge, measured slightly differently.
    left = min(x for x in lefts if abs(x - left) <= 2)
    right = max(x for x in rights if abs(x - right) <= 2)
    return float(left), float(max(right, left + 1))


def same_style(a: TextLine, b: TextLine) -> bool:
    """Same font size and weight, measured by glyph box height (font-independent em aside)."""
    return abs(a.height - b.height) <= 0.08 * max(a.height, b.height) and a.bold == b.bold
