"""图书推荐: one entry per book with 书名, 著者, 出版社, 出版日期, 内容简介, 推荐理由."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader_app.core.base.model import Book
from reader_app.core.importer.lines import Line
from reader_app.core.text.markup import HTML_TAG, strip_markup

_LABELS = {
    "书名/著者": ("title", "author"),
    "书名/作者": ("title", "author"),
    "出版社/出版日期": ("publisher", "published"),
    "出版社/出版时间": ("publisher", "published"),
    "书名": ("title",),
    "著者": ("author",),
    "作者": ("author",),
    "出版社": ("publisher",),
    "出版日期": ("published",),
    "出版时间": ("published",),
    "内容简介": ("summary",),
    "推荐理由": ("reason",),
}
_LABEL_RE = re.compile(
    "(" + "|".join(sorted((re.escape(k) for k in _LABELS), key=len, reverse=True)) + r")\s*[:：]"
)


@dataclass
class ParsedBook:
    book: Book
    line: int


def parse_books(lines: list[Line]) -> list[ParsedBook]:
    """Books of the 图书推荐 section; each starts at a line naming 书名."""
    records: list[tuple[int, str]] = []
    for line in lines:
        text = HTML_TAG.sub("\t", line.text).strip()  # a cell or a line of the book table
        if not text:
            continue
        if "书名" in text or not records:
            records.append((line.no, text))
        else:
            records[-1] = (records[-1][0], records[-1][1] + "\t" + text)
    books = []
    for line_no, text in records:
        book = _parse_record(text)
        if book is not None:
            books.append(ParsedBook(book, line_no))
    return books


def _parse_record(text: str) -> Book | None:
    matches = list(_LABEL_RE.finditer(text))
    if not matches:
        return None
    values: dict[str, str] = {}
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        value = " ".join(strip_markup(text[match.end() : end]).split())
        fields = _LABELS[match[1]]
        if len(fields) == 2:
            first, second = _split_pair(value, fields[1] == "published")
            values.setdefault(fields[0], first)
            if second:
                values.setdefault(fields[1], second)
        else:
            values.setdefault(fields[0], value)
    if not values.get("title"):
        return None
    caption = " ".join(strip_markup(text[: matches[0].start()]).split()) or None
    return Book(
        title=values["title"],
        author=values.get("author") or None,
        publisher=values.get("publisher") or None,
        published=values.get("published") or None,
        summary=values.get("summary") or None,
        reason=values.get("reason") or None,
        caption=caption,
    )


def _split_pair(value: str, date_second: bool) -> tuple[str, str]:
    """ "大侦探经济学/李井奎" and "中信出版社/2021-05": the slash separates two fields."""
    if "/" not in value:
        return value.strip(), ""
    first, second = value.rsplit("/", 1) if date_second else value.split("/", 1)
    return first.strip(), second.strip()


def book_markdown(book: Book) -> str:
    """The book as the reading pane shows it and the search indexes it."""
    parts = []
    if book.caption:
        parts.append(book.caption)
    fields = (
        ("书名", book.title),
        ("著者", book.author),
        ("出版社", book.publisher),
        ("出版日期", book.published),
    )
    parts.append("  \n".join(f"{label}：{value}" for label, value in fields if value))
    if book.summary:
        parts.append(f"## 内容简介\n\n{book.summary}")
    if book.reason:
        parts.append(f"## 推荐理由\n\n{book.reason}")
    return "\n\n".join(parts) + "\n"
