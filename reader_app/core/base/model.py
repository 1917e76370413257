"""Plain data objects for issues and articles, shared by every layer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from reader_app.core.base.messages import Message

ARTICLE = "article"
BOOK = "book"

#: The digest's fixed sections, in printed order.
KNOWN_SECTIONS = (
    "热点关注",
    "行业动态",
    "各地动态",
    "自贸专题",
    "国研专稿",
    "企业排行榜",
    "图书推荐",
)
BOOK_SECTION = "图书推荐"
#: The importer refuses an article whose raw text is longer (docs/issue-format.md); the
#: longest in the seed issue has about 6,400. Search and highlighting rely on this bound.
MAX_ARTICLE_CHARS = 200_000


@dataclass
class PageInfo:
    """One page of an issue's original PDF and its page number.

    ``printed`` is the issue's page number: the footer's, or the table of
    contents' when the footers restart in each section (第1页 again); then
    ``footer`` keeps what the footer prints, to show beside it.
    """

    pdf: int  # 1-based page number in original.pdf
    printed: int | None = None  # None for the cover and contents pages
    footer: str | None = None  # the footer's own number, when it is not ``printed``


@dataclass
class Book:
    """One entry of 图书推荐."""

    title: str
    author: str | None = None
    publisher: str | None = None
    published: str | None = None  # as printed, usually YYYY-MM
    summary: str | None = None
    reason: str | None = None
    caption: str | None = None  # the cover line: full title, subtitle, author


@dataclass
class Article:
    """One article (or one recommended book) of an issue."""

    id: str
    issue_id: str
    section: str
    title: str
    body: str = ""  # Markdown
    kind: str = ARTICLE
    page: int | None = None
    source: str | None = None
    date: dt.date | None = None
    url: str | None = None
    attachment: str | None = None
    keywords: list[str] = field(default_factory=list)
    abstract: str | None = None
    toc_title: str | None = None  # the title as printed in the TOC, when it differs
    flags: list[str] = field(default_factory=list)  # errors of the original, kept visible
    book: Book | None = None
    seq: int = 0  # position within the issue, from 1
    pdf_pages: list[int] = field(default_factory=list)  # 1-based PDF pages spanned, in order
    path: Path | None = field(default=None, compare=False, repr=False)  # its file, if read

    def summary_dict(self) -> dict[str, object]:
        """The fields listed by ``reader-app-cli list --json``."""
        return {
            "id": self.id,
            "kind": self.kind,
            "section": self.section,
            "title": self.title,
            "page": self.page,
            "source": self.source,
            "date": self.date.isoformat() if self.date else None,
            "url": self.url,
            "attachment": self.attachment,
        }


@dataclass
class EditorRole:
    role: str  # 主编, 副主编
    names: list[str]


@dataclass
class Issue:
    """One issue of the digest with its masthead and articles."""

    id: str  # e.g. "2022-18"
    year: int
    number: int  # cumulative number: 总第十八期 -> 18
    title: str = "信息摘编"
    number_label: str | None = None  # as printed: 总第十八期
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    publisher: str | None = None
    editing_unit: str | None = None
    editors: list[EditorRole] = field(default_factory=list)
    contacts: dict[str, str] = field(default_factory=dict)
    articles: list[Article] = field(default_factory=list)
    source_file: str | None = None
    source_sha256: str | None = None
    original_file: str | None = None  # "original.pdf" when the issue came as a PDF
    original_sha256: str | None = None
    ocr_file: str | None = None  # "ocr.json" when the PDF was a scan, recognised on import
    #: Article ids a re-recognition kept from staff's hand corrections (not written as such:
    #: issue.toml's as_recognised leaves them out, so they stay corrections).
    hand_corrected: set[str] = field(default_factory=set)
    pages: list[PageInfo] = field(default_factory=list)  # every PDF page; [] if text-born
    content_hash: str | None = None  # hash of the bundle's files: what the index keys on
    format_version: int = 1
    bundled: bool = False
    path: Path | None = None
    problems: list[Message] = field(default_factory=list)  # damaged parts skipped on reading

    @property
    def label(self) -> str:
        """The issue's number as printed (总第十八期), or made from the number: one home."""
        return self.number_label or f"总第{self.number}期"

    @property
    def display_title(self) -> str:
        return f"《{self.title}》{self.year}年（{self.label}）"

    @property
    def original_pdf(self) -> Path | None:
        """The PDF kept in the bundle, when the issue was imported from one."""
        if self.path is None or not self.original_file:
            return None
        return self.path / self.original_file

    def printed_page(self, pdf: int) -> int | None:
        """The printed page number of PDF page ``pdf`` (1-based), None if unnumbered."""
        return next((p.printed for p in self.pages if p.pdf == pdf), None)

    def footer_number(self, pdf: int) -> str | None:
        """What the footer of PDF page ``pdf`` prints when it is not the page's number."""
        return next((p.footer for p in self.pages if p.pdf == pdf), None)

    def pdf_page_for_printed(self, printed: int) -> int | None:
        """The PDF page (1-based) that is printed page ``printed`` of the issue."""
        return next((p.pdf for p in self.pages if p.printed == printed), None)

    @property
    def period(self) -> dict[str, str | None] | None:
        if not (self.period_start or self.period_end):
            return None
        return {
            "start": self.period_start.isoformat() if self.period_start else None,
            "end": self.period_end.isoformat() if self.period_end else None,
        }

    def sections(self) -> list[str]:
        seen: list[str] = []
        for article in self.articles:
            if article.section not in seen:
                seen.append(article.section)
        return seen

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)

    def summary_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "year": self.year,
            "number": self.number,
            "period": self.period,
            "bundled": self.bundled,
            "articles": [a.summary_dict() for a in self.articles],
        }
