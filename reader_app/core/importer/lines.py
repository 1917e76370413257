"""Numbered lines of the raw text, and the date and number formats it prints."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    no: int  # 1-based line number in the raw file
    text: str  # without the line end and trailing white space

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str) -> list[Line]:
    return [Line(i, raw.rstrip()) for i, raw in enumerate(text.split("\n"), start=1)]


def next_nonblank(lines: list[Line], i: int) -> int | None:
    """Index of the first line at or after ``i`` with text on it."""
    while i < len(lines):
        if not lines[i].blank:
            return i
        i += 1
    return None


_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-./年]\s*(?P<m>\d{1,2})\s*[-./月]\s*(?P<d>\d{1,2})\s*日?"
)


def parse_date(text: str) -> dt.date | None:
    """The first date in ``text`` (2022-11-21, 2022.11.21, 2022年11月21日)."""
    match = _DATE.search(text)
    if not match:
        return None
    try:
        return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None


def find_dates(text: str) -> list[dt.date]:
    dates = []
    for match in _DATE.finditer(text):
        try:
            dates.append(dt.date(int(match["y"]), int(match["m"]), int(match["d"])))
        except ValueError:
            continue
    return dates


_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_number(text: str) -> int | None:
    """十八 → 18, 一百零二 → 102, 二十 → 20; Arabic digits pass through."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _DIGITS and ch not in _UNITS for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        else:
            total += (current or 1) * _UNITS[ch]
            current = 0
    return total + current
