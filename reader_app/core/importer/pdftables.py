"""Ruled tables on a PDF page: the grid the rules draw, and the text of each cell.

A table is a stack of at least two horizontal rules of the same width with
vertical rules between them; each band between two rules is a row, the
vertical rules crossing it split it into cells, and every line of text inside
a cell (a cell may hold many lines) belongs to that cell. The books table of
图书推荐 (cover line | details) and ranking tables come out as one
tab-separated row per table row, as the text importer reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader_app.core.importer.pdftext import PageText, TextLine
from reader_app.core.text.textnorm import join_broken

_TOL = 2.0  # points: rules this close are one rule


@dataclass
class Row:
    cells: list[str]
    top: float


@dataclass
class _Grid:
    x0: float
    x1: float
    ys: list[float]


def find_tables(page: PageText) -> list[TextLine | Row]:
    """The page's lines in reading order, with the lines inside tables turned into rows."""
    grids = _grids(page)
    if not grids:
        return list(page.lines)
    items: list[TextLine | Row] = []
    taken: set[int] = set()
    for grid in grids:
        for top, bottom in zip(grid.ys, grid.ys[1:], strict=False):
            xs = _columns(page, grid, top, bottom)
            if len(xs) < 3:
                continue  # no vertical rule crosses this band: text between tables
            inside = [
                ln
                for ln in page.lines
                if top - 1 <= (ln.top + ln.bottom) / 2 <= bottom + 1
                and ln.x0 >= grid.x0 - _TOL
                and ln.x1 <= grid.x1 + _TOL
            ]
            if not inside:
                continue
            taken.update(id(ln) for ln in inside)
            texts: list[list[TextLine]] = [[] for _ in range(len(xs) - 1)]
            for line in inside:
                for cell in line.cells:
                    column = _column(xs, (cell.x0 + cell.x1) / 2)
                    piece = TextLine(
                        [cell], line.top, line.bottom, line.size, line.bold, line.page, line.height
                    )
                    texts[column].append(piece)
            items.append(Row([_cell_text(parts, xs, i) for i, parts in enumerate(texts)], top))
    items += [ln for ln in page.lines if id(ln) not in taken]
    items.sort(key=lambda item: item.top)
    return items


def _cell_text(parts: list[TextLine], xs: list[float], column: int) -> str:
    """Lines of one cell: a line that reaches the cell's right edge wraps into the next."""
    text = ""
    right = xs[column + 1]
    previous: TextLine | None = None
    for part in sorted(parts, key=lambda p: (round(p.top), p.x0)):
        if previous is None:
            text = part.plain
        elif right - previous.x1 < 2.5 * previous.size:
            text = join_broken(text, part.plain)
        else:
            text = f"{text} {part.plain}"
        previous = part
    return " ".join(text.split())


def _column(xs: list[float], x: float) -> int:
    for i in range(len(xs) - 1):
        if x < xs[i + 1]:
            return i
    return len(xs) - 2


def _columns(page: PageText, grid: _Grid, top: float, bottom: float) -> list[float]:
    middle = (top + bottom) / 2
    xs = [grid.x0, grid.x1]
    for x, y0, y1 in page.vrules:
        if grid.x0 + _TOL < x < grid.x1 - _TOL and y0 - _TOL <= middle <= y1 + _TOL:
            xs.append(x)
    return _merge(sorted(xs))


def _merge(values: list[float]) -> list[float]:
    merged: list[float] = []
    for v in values:
        if not merged or v - merged[-1] > _TOL:
            merged.append(v)
    return merged


def _joined(page: PageText) -> list[tuple[float, float, float]]:
    """Horizontal rules drawn cell by cell, joined into one rule per table line."""
    rules = sorted(
        (r for r in page.hrules if 0 <= r[0] <= page.height), key=lambda r: (round(r[0]), r[1])
    )
    joined: list[list[float]] = []
    for y, x0, x1 in rules:
        last = joined[-1] if joined else None
        if last is not None and abs(last[0] - y) <= 1.0 and x0 <= last[2] + 3 * _TOL:
            last[2] = max(last[2], x1)
            continue
        joined.append([y, x0, x1])
    return sorted((y, x0, x1) for y, x0, x1 in joined)


def _grids(page: PageText) -> list[_Grid]:
    """Stacks of equally wide horizontal rules with vertical rules between them."""
    groups: list[_Grid] = []
    for y, x0, x1 in _joined(page):
        group = next(
            (g for g in groups if abs(g.x0 - x0) <= _TOL * 2 and abs(g.x1 - x1) <= _TOL * 2), None
        )
        if group is None:
            groups.append(_Grid(x0, x1, [y]))
        elif y - group.ys[-1] > _TOL:
            group.ys.append(y)
    grids = []
    for group in groups:
        crossing = [
            (y0, y1)
            for x, y0, y1 in page.vrules
            if group.x0 + _TOL < x < group.x1 - _TOL
            and y0 < group.ys[-1] + _TOL
            and y1 > group.ys[0] - _TOL
        ]
        if not crossing:
            continue
        # A row cut by the page end has no rule on that side: its column rules end there.
        low, high = min(y0 for y0, _ in crossing), max(y1 for _, y1 in crossing)
        if low < group.ys[0] - 3 * _TOL:
            group.ys.insert(0, max(low, 0.0))
        if high > group.ys[-1] + 3 * _TOL:
            group.ys.append(min(high, page.height))
        if len(group.ys) >= 2:
            grids.append(group)
    return grids
