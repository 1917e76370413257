"""What the importer found and what looks wrong, shown before anything is added.

Each warning is a :class:`Message` whose key is the warning's code ("no-url",
"date-outside-period"); the CLI words the report (``reader_app/cli/text.py``:
``report_text``, ``report_data``), the import dialog in the UI's language
(``gui/library/importdialog.py``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from reader_app.core.base.messages import Message
from reader_app.core.base.model import BOOK, Issue
from reader_app.core.text.textnorm import strip_controls


def at_line(line: int) -> Message:
    """Where in the file, as a value of a refusal: a PDF import names the page instead."""
    return Message.of("at_line", line=line)


@dataclass(frozen=True)
class ReportItem:
    """Something that looks wrong in the raw text; the import still proceeds.

    ``line`` is the raw text's line; a PDF import names the ``pdf_page`` (and the
    ``printed_page`` on it) instead, where the line's page is known.
    """

    line: int | None
    message: Message
    pdf_page: int | None = None
    printed_page: int | None = None

    @property
    def code(self) -> str:
        """The machine-readable kind, e.g. "date-outside-period" (the message's key)."""
        return self.message.key


#: The warnings that say the issue's parts disagree (pages, titles, duplicates): the
#: real conflicts, shown first and in this order; the rest follow by how many there are.
CONFLICTS = ("toc-page-differs", "title-not-in-toc", "toc-entry-missing", "duplicate-article")


@dataclass(frozen=True)
class WarningGroup:
    """The warnings of one kind, in the order the importer found them."""

    code: str
    items: tuple[ReportItem, ...]

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def conflict(self) -> bool:
        """Whether the issue's parts disagree (see :data:`CONFLICTS`)."""
        return self.code in CONFLICTS


@dataclass
class ImportReport:
    file_name: str
    encoding: str = "utf-8"
    issue: Issue | None = None
    warnings: list[ReportItem] = field(default_factory=list)
    #: A PDF's page count (``encoding`` is then "PDF"), for the faces to say.
    pdf_pages: int | None = None
    #: The engine that read a scanned PDF's text (its unsure lines are "ocr-unsure" warnings).
    recognised: str | None = None

    def warn(self, line: int | None, message: Message) -> None:
        # Messages quote raw text: control characters would garble the terminal or dialog.
        self.warnings.append(ReportItem(line, _clean(message)))

    def groups(self) -> list[WarningGroup]:
        """The warnings grouped by kind: conflicts first, then the most frequent kind first.

        Kinds equally frequent keep the order of their first warning.
        """
        by_code: dict[str, list[ReportItem]] = {}
        for item in self.warnings:
            by_code.setdefault(item.code, []).append(item)
        found = list(by_code)

        def rank(code: str) -> tuple[int, int, int]:
            if code in CONFLICTS:
                return (0, CONFLICTS.index(code), 0)
            return (1, -len(by_code[code]), found.index(code))

        return [WarningGroup(code, tuple(by_code[code])) for code in sorted(found, key=rank)]

    def section_counts(self) -> dict[str, int]:
        if self.issue is None:
            return {}
        counts: Counter[str] = Counter(a.section for a in self.issue.articles)
        return {section: counts[section] for section in self.issue.sections()}

    def article_count(self) -> int:
        return sum(1 for a in self.issue.articles if a.kind != BOOK) if self.issue else 0

    def book_count(self) -> int:
        return sum(1 for a in self.issue.articles if a.kind == BOOK) if self.issue else 0


def _clean(message: Message) -> Message:
    params: list[tuple[str, Any]] = [
        (k, strip_controls(v) if isinstance(v, str) else v) for k, v in message.params
    ]
    return Message(message.key, tuple(params))
