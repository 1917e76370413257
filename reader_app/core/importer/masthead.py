"""The masthead: title, year and cumulative number, editors, contacts, period."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from reader_app.core.base.model import EditorRole
from reader_app.core.importer.lines import Line, chinese_number, find_dates
from reader_app.core.text.textnorm import is_cjk

_ISSUE_LINE = re.compile(
    r"((?:19|20)\d{2})\s*年\s*[（(]\s*总\s*第\s*([0-9零〇一二两三四五六七八九十百千]+)\s*期\s*[)）]"
)
_CONTACT_LABELS = {
    "电话": "phone",
    "传真": "fax",
    "网址": "website",
    "e-mail": "email",
    "email": "email",
    "邮箱": "email",
    "地址": "address",
}
_ROLE = re.compile(r"^(主\s*编|副\s*主\s*编|责\s*任\s*编\s*辑|编\s*辑)\s*[:：]\s*(.*)$")
_LABEL = re.compile(r"^([^:：]{1,12})\s*[:：]\s*(.*)$")


@dataclass
class Masthead:
    title: str | None = None
    year: int | None = None
    number: int | None = None
    number_label: str | None = None
    publisher: str | None = None
    editing_unit: str | None = None
    editors: list[EditorRole] = field(default_factory=list)
    contacts: dict[str, str] = field(default_factory=dict)
    period: tuple[dt.date, dt.date] | None = None
    issue_line: int | None = None


def parse_masthead(lines: list[Line]) -> Masthead:
    """Read what the masthead prints; absent items stay None."""
    head = Masthead()
    texts = [line for line in lines if not line.blank]
    for i, line in enumerate(texts):
        text = line.text.strip()
        match = _ISSUE_LINE.search(text)
        if match and head.year is None:
            head.year = int(match[1])
            head.number = chinese_number(match[2])
            head.number_label = f"总第{match[2]}期"
            head.issue_line = line.no
            if i > 0 and _looks_like_title(texts[i - 1].text):
                head.title = texts[i - 1].text.strip()
            continue
        if "搜集时间" in text or "收集时间" in text:
            dates = find_dates(_after_label(text) or _next_text(texts, i))
            if len(dates) >= 2:
                head.period = (dates[0], dates[1])
            continue
        role = _ROLE.match(text)
        if role:
            names = split_names([role[2], *_continuation_lines(texts, i)])
            head.editors.append(EditorRole(re.sub(r"\s+", "", role[1]), names))
            continue
        label = _LABEL.match(text)
        if label:
            key = label[1].strip()
            value = label[2].strip() or _next_text(texts, i)
            if key == "编辑单位":
                head.editing_unit = value
            elif key.lower().replace(" ", "") in _CONTACT_LABELS:
                head.contacts[_CONTACT_LABELS[key.lower().replace(" ", "")]] = value
            continue
        if head.year is not None and head.publisher is None and _looks_like_publisher(text):
            head.publisher = text
            if i + 1 < len(texts) and texts[i + 1].text.strip().startswith(("（", "(")):
                head.publisher += texts[i + 1].text.strip()
    if head.title is None:
        head.title = next((t.text.strip() for t in texts if t.text.strip() == "信息摘编"), None)
    return head


def _looks_like_title(text: str) -> bool:
    text = text.strip()
    return 2 <= len(text) <= 12 and not re.search(r"[:：\d]", text)


def _looks_like_publisher(text: str) -> bool:
    return len(text) <= 40 and (text.endswith(("局", "馆", "室", "中心", "委员会")) or "局" in text)


def _after_label(text: str) -> str:
    parts = re.split(r"[:：]", text, maxsplit=1)
    return parts[1].strip() if len(parts) == 2 else ""


def _next_text(texts: list[Line], i: int) -> str:
    """The value printed on the line after a label (the PDF puts it there)."""
    if i + 1 < len(texts) and not _LABEL.match(texts[i + 1].text.strip()):
        return texts[i + 1].text.strip()
    return ""


def _continuation_lines(texts: list[Line], i: int) -> list[str]:
    """The lines of names printed below ``主 编：沈习春`` (one or several on each)."""
    lines = []
    for line in texts[i + 1 :]:
        text = line.text.strip()
        if _ROLE.match(text) or _LABEL.match(text) or max(map(len, _NAME_GAP.split(text))) > 8:
            break
        lines.append(text)
    return lines


# What stands between two names: spaces (U+3000 too), 、 or a comma, as printed.
_NAME_GAP = re.compile(r"[\s\u3000、，,；;／/]+")


def split_names(lines: list[str]) -> list[str]:
    """The names printed after a role, over one or more lines, each name whole.

    Names stand apart by a space (one or several, U+3000 too) or 、. No name has
    one character: single characters in a row are one name spaced out to align
    ("张 欣"), and a lone one at a line's end or start is a name the line end cut
    ("薛晓" | "莹"). A name with Latin letters keeps its spaces ("John Smith").
    """
    names: list[str] = []
    lone_end = False  # the last name is a lone character at the end of its line
    for line in lines:
        text = line.strip()
        if not text:
            continue
        if not all(is_cjk(ch) or _NAME_GAP.fullmatch(ch) for ch in text):
            names.append(" ".join(text.split()))
            lone_end = False
            continue
        runs: list[list[str]] = []  # pieces of one name: a multi-character piece, or singles
        for piece in _NAME_GAP.split(text):
            if piece and runs and len(piece) == 1 and all(len(p) == 1 for p in runs[-1]):
                runs[-1].append(piece)
            elif piece:
                runs.append([piece])
        if not runs:
            continue
        here = ["".join(run) for run in runs]
        if names and (lone_end or _lone(runs[0])):
            names[-1] += here.pop(0)
        names += here
        lone_end = bool(here) and _lone(runs[-1])
    return names


def _lone(run: list[str]) -> bool:
    return len(run) == 1 and len(run[0]) == 1
