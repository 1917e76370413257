"""Short labels for issues and pages, in the UI's language ("总第十八期 第40页" / "No. 18, p. 40").

The core keeps numbers; how they are spoken is the window's business, through
the translation system, so the English UI never shows "第31页".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from reader_app.core.base.model import Issue

if TYPE_CHECKING:
    from reader_app.core.library.library import Library


def issue_label(issue: Issue) -> str:
    """The issue as a reader names it: 2022年总第十八期 / 2022, No. 18."""
    if QLocale().language() != QLocale.Language.Chinese:  # i18n.install sets the default
        return f"{issue.year}, No. {issue.number}"
    return f"{issue.year}年{issue.label}"


def page_label(page: int) -> str:
    """第40页 / p. 40: the words search results use (gui/search/searchtext.py)."""
    return QCoreApplication.translate("SearchText", "p. %1").replace("%1", str(page))


def page_range(issue: Issue) -> tuple[int, int] | None:
    """First and last printed page of ``issue`` (its footers, else its articles' pages)."""
    pages = [p.printed for p in issue.pages if p.printed is not None]
    pages = pages or [a.page for a in issue.articles if a.page is not None]
    return (min(pages), max(pages)) if pages else None


def issue_namer(library: Library) -> Callable[[str], str]:
    """issue id → :func:`issue_label`, the id itself for an issue no longer there."""

    def name(issue_id: str) -> str:
        try:
            return issue_label(library.issue(issue_id))
        except Exception:
            return issue_id

    return name
