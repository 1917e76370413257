"""RIS and BibTeX records for Zotero and EndNote, and the one place styles are named.

The same reading of an article as core/services/citation.py: the original outlet is the
item (newspaper → RIS ``NEWS`` / BibTeX ``@article`` with
``entrysubtype = {newspaper}`` as gbt7714 wants; journal → ``JOUR`` /
``@article``; web site → ``ELEC`` / ``@online``; book → ``BOOK`` / ``@book``),
and the digest where it was read goes into the note as ``转引自：…``. An article
without an outside source is an article of the digest itself (``JOUR``).
"""

from __future__ import annotations

import datetime as dt
import re

from reader_app.core.base.model import BOOK, Article, Issue
from reader_app.core.services.citation import (
    DEFAULT_STYLE,
    DIGEST,
    GB2015,
    GB2025,
    JOURNAL,
    NEWSPAPER,
    WEB,
    citation,
    digest_locator,
    outlet_name,
    pages,
    source_kind,
)

RIS = "ris"
BIBTEX = "bibtex"
FORMATS = (GB2025, GB2015, RIS, BIBTEX)
#: File name suffixes of the two exchange formats.
SUFFIXES = {RIS: ".ris", BIBTEX: ".bib"}

_RIS_TYPES = {NEWSPAPER: "NEWS", JOURNAL: "JOUR", WEB: "ELEC", DIGEST: "JOUR"}


def cite(
    article: Article, issue: Issue, fmt: str = DEFAULT_STYLE, *, accessed: dt.date | None = None
) -> str:
    """``article`` in any of FORMATS: a GB/T 7714 line, a RIS record or a BibTeX entry."""
    if fmt == RIS:
        return ris(article, issue, accessed=accessed)
    if fmt == BIBTEX:
        return bibtex(article, issue, accessed=accessed)
    return citation(article, issue, fmt, accessed=accessed)


def _reprint_note(article: Article, issue: Issue) -> str:
    return "转引自：" + digest_locator(article, issue, GB2025)


def ris(article: Article, issue: Issue, *, accessed: dt.date | None = None) -> str:
    """One RIS record (``TY`` … ``ER``), CRLF-free; readers accept ``\\n``."""
    lines: list[tuple[str, str]] = []
    add = lines.append
    if article.kind == BOOK and article.book is not None:
        book = article.book
        add(("TY", "BOOK"))
        add(("TI", book.title or article.title))
        for name in _names(book.author):
            add(("AU", name))
        if book.publisher:
            add(("PB", book.publisher))
        if book.published and (year := re.match(r"\d{4}", book.published)):
            add(("PY", year.group(0)))
        add(("N1", "推荐自：" + digest_locator(article, issue, GB2025)))
    else:
        kind = source_kind(article)
        add(("TY", _RIS_TYPES[kind]))
        add(("TI", article.title))
        if kind == DIGEST:
            add(("T2", issue.title))
            add(("PY", str(issue.year)))
            add(("IS", str(issue.number)))
            where = pages(article, issue)
            if where:
                first, _, last = where.partition("-")
                add(("SP", first))
                if last:
                    add(("EP", last))
        else:
            add(("T2", outlet_name(article)))
            if article.date:
                add(("PY", str(article.date.year)))
                add(("DA", article.date.strftime("%Y/%m/%d")))
            add(("N1", _reprint_note(article, issue)))
        if article.url:
            add(("UR", article.url))
            if kind == WEB:
                add(("Y2", (accessed or dt.date.today()).strftime("%Y/%m/%d")))
        for word in article.keywords:
            add(("KW", word))
        if article.abstract:
            add(("AB", _one_line(article.abstract)))
    add(("LA", "zh"))
    add(("ID", _key(article)))
    body = "".join(f"{tag}  - {_one_line(value)}\n" for tag, value in lines)
    return body + "ER  - \n"


def bibtex(article: Article, issue: Issue, *, accessed: dt.date | None = None) -> str:
    """One BibTeX entry in the field names biblatex and gbt7714 read."""
    fields: list[tuple[str, str]] = []
    add = fields.append
    if article.kind == BOOK and article.book is not None:
        book = article.book
        entry = "book"
        names = _names(book.author)
        if names:
            add(("author", " and ".join(names)))
        add(("title", book.title or article.title))
        if book.publisher:
            add(("publisher", book.publisher))
        if book.published and (year := re.match(r"\d{4}", book.published)):
            add(("year", year.group(0)))
        add(("note", "推荐自：" + digest_locator(article, issue, GB2025)))
    else:
        kind = source_kind(article)
        entry = "online" if kind == WEB else "article"
        if kind == WEB:
            add(("author", "{" + outlet_name(article) + "}"))  # a body, not a person
        add(("title", article.title))
        if kind == NEWSPAPER:
            add(("entrysubtype", "newspaper"))
        if kind == DIGEST:
            add(("journal", issue.title))
            add(("year", str(issue.year)))
            add(("number", str(issue.number)))
            if where := pages(article, issue):
                add(("pages", where.replace("-", "--")))
        else:
            if kind != WEB:
                add(("journal", outlet_name(article)))
            if article.date:
                add(("date", article.date.isoformat()))
                add(("year", str(article.date.year)))
            add(("note", _reprint_note(article, issue)))
        if article.url:
            add(("url", article.url))
            add(("urldate", (accessed or dt.date.today()).isoformat()))
        if article.keywords:
            add(("keywords", ", ".join(article.keywords)))
        if article.abstract:
            add(("abstract", _one_line(article.abstract)))
    add(("langid", "chinese"))
    body = ",\n".join(
        f"  {name} = {{{value if name in ('url', 'author') else _tex(value)}}}"
        for name, value in fields
    )
    return f"@{entry}{{{_key(article)},\n{body}\n}}\n"


def _key(article: Article) -> str:
    """xxzb-2022-18-15c0fe: stable, ASCII, unique across the library."""
    return "xxzb-" + re.sub(r"[^A-Za-z0-9_-]", "-", article.id)


def _names(text: str | None) -> list[str]:
    if not text:
        return []
    names = [n.strip() for n in re.split(r"[、，,;；]", text) if n.strip()]
    names = [re.sub(r"^[\[［(（【][^\]］)）】]{1,4}[\]］)）】]\s*", "", n) for n in names]
    return [re.sub(r"\s*(?:编著|主编|编|著)$", "", n) for n in names if n]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _tex(text: str) -> str:
    """Escape what BibTeX would read as markup; braces are dropped, never left unbalanced."""
    text = _one_line(text).replace("\\", "").replace("{", "").replace("}", "")
    return re.sub(r"([&%$#_])", r"\\\1", text)
