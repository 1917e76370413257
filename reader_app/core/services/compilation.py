"""A compilation (专题汇编): articles on one topic, in the compiler's order, with a cover.

What the information-service desk hands over as a Word file or a PDF: the articles of
a reading list, a topic (issue 23: a reading list that also carries a query), the
search results or given ids, in the list's order or re-sorted, plus what the cover
says (title, compiling body, compiler, the period spanned, the number of articles,
the date made). The writers (output/docx.py, output/batchoutput.py) only lay it out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from reader_app.core.base.errors import NotFoundError
from reader_app.core.base.messages import Message
from reader_app.core.machine.paths import AppDirs
from reader_app.core.machine.policy import Policy
from reader_app.core.services.batch import Batch, Entry
from reader_app.core.services.readinglists import ReadingList, all_lists

SORT_LIST = "list"  # the list's (or the search's) own order, or the one set by hand
SORT_DATE = "date"  # the sources' dates, oldest first
SORT_ISSUE = "issue"  # issue by issue, in each issue by section and printed order
SORTS = (SORT_LIST, SORT_DATE, SORT_ISSUE)

#: The staff settings the cover reads (the window's settings file, gui/base/settings.py;
#: the CLI reads the same keys, or takes --compiled-by / --compiler).
SETTING_COMPILED_BY = "compile/compiledBy"
SETTING_COMPILER = "compile/compiler"


@dataclass(frozen=True)
class Cover:
    """What the cover page says; empty fields are left off the page."""

    title: str
    compiled_by: str  # the compiling body: 天津港保税区文教局（图书档案馆）
    compiler: str  # the person who compiled it
    first: dt.date | None  # the period the articles span
    last: dt.date | None
    articles: int
    made: dt.date


@dataclass
class Compilation:
    """The articles in their final order (a :class:`Batch`) and the cover's data."""

    batch: Batch
    compiled_by: str = ""
    compiler: str = ""
    made: dt.date = field(default_factory=dt.date.today)

    @property
    def title(self) -> str:
        return self.batch.title

    @property
    def entries(self) -> list[Entry]:
        return self.batch.entries

    def cover(self) -> Cover:
        first, last = period(self.batch.entries)
        return Cover(
            self.batch.title,
            self.compiled_by.strip(),
            self.compiler.strip(),
            first,
            last,
            len(self.batch.entries),
            self.made,
        )

    def sorted(self, order: str) -> Compilation:
        """The same compilation in ``order`` (one of :data:`SORTS`)."""
        return replace(self, batch=replace(self.batch, entries=sort_entries(self.entries, order)))

    def arranged(self, ids: list[str]) -> Compilation:
        """The same compilation in an order set by hand (article ids, each once)."""
        return replace(self, batch=replace(self.batch, entries=arrange(self.entries, ids)))


def make(
    batch: Batch,
    *,
    title: str = "",
    order: str = SORT_LIST,
    compiled_by: str = "",
    compiler: str = "",
    made: dt.date | None = None,
) -> Compilation:
    """A compilation of ``batch``'s articles; ``title`` replaces the batch's own."""
    if title.strip():
        batch = replace(batch, title=" ".join(title.split()))
    compilation = Compilation(batch, compiled_by, compiler, made or dt.date.today())
    return compilation.sorted(order)


def _date(entry: Entry) -> dt.date:
    """When an article appeared: its source's date, else its issue's period, else its year."""
    issue = entry.issue
    return (
        entry.article.date
        or issue.period_end
        or issue.period_start
        or dt.date(max(1, min(issue.year, 9999)), 1, 1)
    )


def _issue_key(entry: Entry) -> tuple[int, int, str, int, int]:
    issue, article = entry.issue, entry.article
    sections = issue.sections()
    section = sections.index(article.section) if article.section in sections else len(sections)
    return (issue.year, issue.number, issue.id, section, article.seq)


def sort_entries(entries: list[Entry], order: str) -> list[Entry]:
    """``entries`` in ``order``; ties keep the list's order (the sort is stable)."""
    if order not in SORTS:
        raise ValueError(f"unknown order {order!r}; use one of {', '.join(SORTS)}")
    if order == SORT_DATE:
        return sorted(entries, key=lambda e: (_date(e), _issue_key(e)))
    if order == SORT_ISSUE:
        return sorted(entries, key=_issue_key)
    return list(entries)


def arrange(entries: list[Entry], ids: list[str]) -> list[Entry]:
    """``entries`` in the order of ``ids``; entries ``ids`` does not name keep their place
    after the named ones, so nothing is lost by an order that was set before a change."""
    by_id = {e.article.id: e for e in entries}
    named = [by_id[i] for i in dict.fromkeys(ids) if i in by_id]
    seen = {e.article.id for e in named}
    return named + [e for e in entries if e.article.id not in seen]


def period(entries: list[Entry]) -> tuple[dt.date | None, dt.date | None]:
    """The first and last date the articles span (their sources' dates, else the issues')."""
    dates: list[dt.date] = []
    for entry in entries:
        if entry.article.date is not None:
            dates.append(entry.article.date)
        else:
            dates += [d for d in (entry.issue.period_start, entry.issue.period_end) if d]
    if not dates:
        return None, None
    return min(dates), max(dates)


def is_topic(reading_list: ReadingList) -> bool:
    """A topic (issue 23) is a reading list that also carries a standing query."""
    return reading_list.topic is not None


def find_topic(name: str, policy: Policy, dirs: AppDirs) -> ReadingList:
    """The topic named ``name``, from the same store as the reading lists.

    A thin hook: topics are reading lists with a query, so whatever issue 23 adds to
    the list file, their accepted items (and notes) make the compilation.
    """
    lists, _problems = all_lists(policy, dirs)
    for reading_list in lists:
        if reading_list.name == name and is_topic(reading_list):
            return reading_list
    known = tuple(r.name for r in lists if is_topic(r))
    raise NotFoundError(Message.of("no_such_topic_here", name=name, known=known))
