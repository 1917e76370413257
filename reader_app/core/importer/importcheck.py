"""What a dry run should point out beyond parse warnings: mismatched titles, repeated issues.

Returns facts as data (kind and values); the window and the CLI word them. Two
cases the importer cannot refuse on its own but staff want to see before saying
yes: a body title that differs from its contents line, and an issue that
repeats another's period and articles (a mislabelled copy of an issue).
"""

from __future__ import annotations

from dataclasses import dataclass

from reader_app.core.base.model import Issue

#: Share of titles two issues must have in common to count as one issue twice.
SAME_ARTICLES_SHARE = 0.5


@dataclass(frozen=True)
class ImportNote:
    kind: str  # "title_differs" | "same_period" | "same_articles"
    title: str = ""  # title_differs: the body title; otherwise the other issue's display title
    other: str = ""  # title_differs: the contents line; otherwise the other issue's id
    page: int | None = None  # title_differs: the article's page
    count: int = 0  # same_articles: how many titles the two issues share


def import_notes(issue: Issue, others: list[Issue]) -> list[ImportNote]:
    """Notes on ``issue`` (a dry run's result) against the library's ``others``."""
    notes = [
        ImportNote("title_differs", a.title, a.toc_title, a.page)
        for a in issue.articles
        if a.toc_title and a.toc_title != a.title
    ]
    titles = {a.title for a in issue.articles}
    for other in others:
        if other.id == issue.id:
            continue  # replacing the same issue is asked about separately
        period = (issue.period_start, issue.period_end)
        if issue.period_start and period == (other.period_start, other.period_end):
            notes.append(ImportNote("same_period", other.display_title, other.id))
        shared = len(titles & {a.title for a in other.articles})
        if titles and shared >= SAME_ARTICLES_SHARE * len(titles):
            notes.append(ImportNote("same_articles", other.display_title, other.id, count=shared))
    return notes
