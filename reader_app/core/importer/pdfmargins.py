"""Running headers, footers and printed page numbers of a PDF issue.

A line is a running header or footer when it stands at the top or bottom of a
page and the same text (digits aside) stands there on many pages; a page
number is a top or bottom line in one of the printed forms ("1", "- 1 -",
"— 1 —", "第1页", "Page 1", "1/45") whose value rises with the PDF page. Both
are found from geometry and repetition, never from the wording of one issue.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from reader_app.core.base.model import PageInfo
from reader_app.core.importer.pdftext import PageText, TextLine

_DASHES = "-–—−‐‑‒―_~·•"
_NUMBER_FORMS = (
    re.compile(rf"^[{_DASHES}\s]*(\d{{1,4}})[{_DASHES}\s]*$"),
    re.compile(r"^第\s*(\d{1,4})\s*页(?:\s*[/／,，]?\s*共\s*\d{1,4}\s*页)?$"),
    re.compile(r"^(?:page|p\.?)\s*(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE),
    re.compile(r"^(\d{1,4})\s*[/／]\s*\d{1,4}$"),
)
_ROMAN = re.compile(rf"^[{_DASHES}\s]*[ivxlc]{{1,6}}[{_DASHES}\s]*$", re.IGNORECASE)
_ZONE = 0.16  # share of the page height at the top and bottom where margins stand
_EDGE_LINES = 2  # how many lines from each edge can belong to a header or footer


_IN_LINE = (
    re.compile(r"第\s*(\d{1,4})\s*页"),
    re.compile(rf"(?:^|\s)[{_DASHES}]?\s*(\d{{1,4}})\s*[{_DASHES}]?$"),
    re.compile(rf"^[{_DASHES}]?\s*(\d{{1,4}})\s*[{_DASHES}]?(?:\s|$)"),
)


def printed_number(text: str) -> int | None:
    """The page number a footer or header cell prints, or None."""
    text = text.strip()
    for form in _NUMBER_FORMS:
        match = form.match(text)
        if match:
            return int(match[1])
    return None


def number_in_line(text: str) -> int | None:
    """A page number inside a running header or footer: "信息摘编 第3页", "摘编 … 12"."""
    for form in _IN_LINE:
        match = form.search(text.strip())
        if match:
            return int(match[1])
    return None


def _edge_lines(page: PageText, frame: tuple[float, float]) -> list[TextLine]:
    lines, (start, height) = page.lines, frame
    top = [ln for ln in lines[:_EDGE_LINES] if ln.bottom <= start + height * _ZONE]
    bottom = [ln for ln in lines[-_EDGE_LINES:] if ln.top >= start + height * (1 - _ZONE)]
    return top + [ln for ln in bottom if ln not in top]


def _frames(pages: list[PageText]) -> dict[int, tuple[float, float]]:
    """Where each page's top and bottom zones are measured from: (top, height).

    The page's MediaBox, unless the text of the pages of its size fills less than half
    of it: a 400,000-pt MediaBox around an A4 page's text would put header and footer
    both in one zone. Then the band that text covers, with a little margin, stands
    in for the page.
    """
    sizes: dict[tuple[int, int], list[PageText]] = {}
    for page in pages:
        sizes.setdefault((round(page.width), round(page.height)), []).append(page)
    frames: dict[int, tuple[float, float]] = {}
    for group in sizes.values():
        height = group[0].height
        frame = (0.0, height)
        lines = [ln for page in group for ln in page.lines]
        if len(lines) >= 2:
            first, last = min(ln.top for ln in lines), max(ln.bottom for ln in lines)
            if last - first < height / 2:
                margin = (last - first) * 0.08
                frame = (first - margin, last - first + 2 * margin)
        frames.update((page.number, frame) for page in group)
    return frames


def _key(line: TextLine) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.plain))


def strip_margins(
    pages: list[PageText],
    removed: list[str] | None = None,
    removed_lines: list[TextLine] | None = None,
) -> list[PageInfo]:
    """Remove headers, footers and page numbers from ``pages``; return the page map.

    The removed lines' text goes to ``removed`` (the header may name the issue), the
    lines themselves to ``removed_lines`` (where they stand, for the page view).
    """
    frames = _frames(pages)
    edges = {page.number: _edge_lines(page, frames[page.number]) for page in pages}
    candidates = {page.number: _candidates(edges[page.number]) for page in pages}
    printed: dict[int, int] = {}
    remove: set[int] = set()
    _take_numbers(candidates, printed, remove)
    with_text = sum(1 for page in pages if page.lines)
    keys = Counter(key for page in pages for key in {_key(ln) for ln in edges[page.number]})
    # Repeated on a quarter of the pages, or on three (a header naming the section).
    repeated = {key for key, n in keys.items() if n >= max(2, min(3, 0.25 * with_text))}
    # ... and where it repeats: the section heading a header names ("热点关注" at
    # the top of its first page, below the header) is not the header.
    places: dict[str, Counter[int]] = {}
    for page in pages:
        for line in edges[page.number]:
            places.setdefault(_key(line), Counter())[round(line.top)] += 1
    slots: Counter[int] = Counter()
    for page in pages:
        for line in edges[page.number]:
            key = _key(line)
            if (key in repeated and _in_place(line, places[key])) or (
                _ROMAN.match(line.plain)
                and (page.number in printed or line in (page.lines[0], page.lines[-1]))
            ):
                remove.add(id(line))
            if id(line) in remove and page.number in printed:
                slots[round(line.top)] += 1
    for page in pages:
        if page.number in printed:  # a header seen once (the section's name on its only
            for line in edges[page.number]:  # page) stands where the others stand
                if line in (page.lines[0], page.lines[-1]) and _in_place(line, slots, 3):
                    remove.add(id(line))
        if removed is not None:
            removed += [ln.plain for ln in page.lines if id(ln) in remove]
        if removed_lines is not None:
            removed_lines += [ln for ln in page.lines if id(ln) in remove]
        page.lines = [ln for ln in page.lines if id(ln) not in remove]
    _fill_gaps(printed, [p.number for p in pages])
    return [PageInfo(page.number, printed.get(page.number)) for page in pages]


def _take_numbers(
    candidates: dict[int, list[tuple[int, TextLine]]], printed: dict[int, int], remove: set[int]
) -> None:
    """The page numbers: those at the offset from the PDF page most candidates share,
    then those at other offsets printed the same way in the same place (footers that
    restart in each section, or that jump over an unnumbered insert)."""
    offsets = Counter(
        offset
        for page, found in candidates.items()
        for offset in {page - value for value, _ in found}
    )
    if not offsets:
        return
    offset, count = offsets.most_common(1)[0]
    if count < 2 and sum(1 for f in candidates.values() if f) != 1:
        return
    chosen: list[TextLine] = []

    def take(offset: int, alike: bool) -> None:
        keys, tops = {_key(ln) for ln in chosen}, [ln.top for ln in chosen]
        for number, found in candidates.items():
            for value, line in found:
                if number - value != offset or number in printed:
                    continue
                if alike and not (_key(line) in keys and any(abs(line.top - t) <= 2 for t in tops)):
                    continue
                printed[number] = value
                remove.add(id(line))
                chosen.append(line)

    take(offset, alike=False)
    for other, _ in offsets.most_common()[1:]:
        take(other, alike=True)


def number_from_contents(
    pages: list[PageInfo], anchors: list[tuple[int, int]]
) -> tuple[int, int, int] | None:
    """When the footers restart (第1页 again in each section), number the pages as the
    table of contents does, keeping each footer's own number in ``footer``.

    ``anchors`` are (PDF page, contents page) of the articles found in the body; the
    offset most of them share is the contents' numbering. Returns the PDF page where
    the footers first restart and the first and last page numbers given, or None
    when the footers rise (they are the numbering) or the contents do not agree.
    """
    numbered = [p for p in pages if p.printed is not None]
    restart = next(
        (b.pdf for a, b in itertools.pairwise(numbered) if (b.printed or 0) <= (a.printed or 0)),
        None,
    )
    offsets = Counter(pdf - page for pdf, page in anchors)
    if restart is None or not offsets:
        return None
    offset, count = offsets.most_common(1)[0]
    if count < max(2, len(anchors) / 2):
        return None
    last = max([p.pdf for p in numbered] + [pdf for pdf, _ in anchors])
    given: list[int] = []
    for page in pages:
        footer = None if page.printed is None else str(page.printed)
        page.printed = page.pdf - offset if page.pdf - offset >= 1 and page.pdf <= last else None
        page.footer = footer
        if page.printed is not None:
            given.append(page.printed)
    return (restart, min(given), max(given)) if given else None


def _in_place(line: TextLine, places: Counter[int], times: int = 2) -> bool:
    """Does ``line`` stand where lines like it stand ``times`` or more times (within 2 pt)?

    A text seen on three or more pages in no place twice (a header that shifts)
    counts as in place; seen on only two, in two places, it is not a header: a
    short issue's section name stands at the top of the contents page and again
    at the top of its first article's page, and both are the section heading.
    """
    usual = [top for top, n in places.items() if n >= times]
    if not usual:
        return times == 2 and sum(places.values()) >= 3
    return any(abs(line.top - top) <= 2 for top in usual)


def _candidates(lines: list[TextLine]) -> list[tuple[int, TextLine]]:
    """Numbers a top or bottom line may print as its page number, likeliest first.

    A bare number ("- 3 -", a last cell "3") comes before one inside a running
    header or footer ("信息摘编 第 3 页"); which one is the page number is decided
    across the whole issue by the offset from the PDF page most of them share.
    """
    bare, inside = [], []
    for line in lines:
        cells = (line.cells[0], line.cells[-1]) if len(line.cells) > 1 else (None,)
        for cell in cells:
            value = printed_number(cell.text if cell is not None else line.plain)
            if value is not None:
                bare.append((value, line))
        value = number_in_line(line.plain)
        if value is not None:
            inside.append((value, line))
    return bare + inside


def _fill_gaps(printed: dict[int, int], numbers: list[int]) -> None:
    """A body page without a number (a full-page figure) between two numbered ones."""
    if len(printed) < 2:
        return
    first, last = min(printed), max(printed)
    for page in numbers:
        if first < page < last and page not in printed:
            before = max(p for p in printed if p < page)
            after = min(p for p in printed if p > page)
            if printed[after] - printed[before] == after - before:
                printed[page] = printed[before] + (page - before)
