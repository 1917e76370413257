"""GB/T 7714 citations of digest articles and recommended books (no Qt).

Two editions: GB/T 7714—2025 (in force since 2026-07-01, the default) and the
2015 edition it replaced. The element order and the punctuation follow the
rules and test references of the CTAN ``gbt7714`` package
(zepinglee/gbt7714-bibtex-style, tests/testfiles/2025-numeric.tlg and
2015-numeric.tlg); docs/citations.md lists the rules used here.

- 2025 punctuation ("GB"): ``.`` ``[ ]`` ``/`` ``-`` half-width, ``，`` ``：``
  ``（ ）`` ``；`` full-width; the 2015 edition uses half-width throughout
  (``, `` ``: `` ``( )``) and converts the same marks inside titles.
- 2025 keeps the access date ``[YYYY-MM-DD]`` only for electronic resources
  (``[EB/OL]``); a newspaper or journal read online (``[N/OL]``, ``[J/OL]``)
  gives its URL without it. 2015 gives the access date for every ``/OL``.
- Personal authors: names as written, no nationality prefix (``[美]``) and no
  role word (``著``); more than three names end with ``等`` / ``et al``.
- A digest article is a reprint: the original (newspaper, journal, web site) is
  the reference, and the digest where it was read follows as
  ``转引自：信息摘编，2022（18）：37.`` (year, issue, printed page).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from reader_app.core.base.model import BOOK, Article, Issue

GB2025 = "gb7714-2025"
GB2015 = "gb7714-2015"
STYLES = (GB2025, GB2015)
DEFAULT_STYLE = GB2025

NEWSPAPER = "newspaper"  # [N]
JOURNAL = "journal"  # [J]
WEB = "web"  # [EB/OL]
DIGEST = "digest"  # no outside source: the digest itself is cited as a journal


@dataclass(frozen=True)
class _Punct:
    comma: str
    colon: str
    semicolon: str
    open: str
    close: str
    reprint: str


_P2025 = _Punct("，", "：", "；", "（", "）", "转引自：")
_P2015 = _Punct(", ", ": ", "; ", "(", ")", "转引自: ")
_WEB_HOSTS = ("mp.weixin.qq.com",)  # WeChat accounts are web sites whatever their name


def source_kind(article: Article) -> str:
    """What the article was reprinted from: a newspaper, a journal, a web site.

    《…》 names a journal; a name ending in 报 is a newspaper unless the link is a
    WeChat account (工信微报); any other outlet with a link is a web site. An
    outlet without a link (新华社) is cited as news, [N].
    """
    source = (article.source or "").strip()
    if not source:
        return DIGEST
    if source.startswith("《") and source.endswith("》"):
        return JOURNAL
    host = urlsplit(article.url).hostname if article.url else None
    if host in _WEB_HOSTS or source.endswith("微报"):
        return WEB
    outlet = source.split("·")[-1]  # 上海证券报·中国证券网: the site it was taken from
    if outlet.endswith("报"):
        return NEWSPAPER
    return WEB if article.url else NEWSPAPER


def outlet_name(article: Article) -> str:
    return (article.source or "").strip().strip("《》")


def pages(article: Article, issue: Issue) -> str | None:
    """The printed pages: ``37`` or ``37-38`` when the article runs over a page."""
    printed = [issue.printed_page(p) for p in article.pdf_pages]
    numbers = sorted({p for p in printed if p is not None})
    if article.page is not None and (not numbers or article.page < numbers[0]):
        numbers.insert(0, article.page)
    if not numbers:
        return None
    first, last = numbers[0], numbers[-1]
    return str(first) if first == last else f"{first}-{last}"


def digest_locator(article: Article, issue: Issue, style: str = DEFAULT_STYLE) -> str:
    """``信息摘编，2022（18）：37``: the digest's title, year, issue number, printed page."""
    p = _punct(style)
    text = f"{issue.title}{p.comma}{issue.year}{p.open}{issue.number}{p.close}"
    where = pages(article, issue)
    return text + (f"{p.colon}{where}" if where else "")


def citation(
    article: Article,
    issue: Issue,
    style: str = DEFAULT_STYLE,
    *,
    accessed: dt.date | None = None,
) -> str:
    """The reference for ``article`` in GB/T 7714 ``style`` (default: the 2025 edition).

    ``accessed`` is the access date electronic resources need (today if None).
    Missing parts are left out rather than invented.
    """
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; use one of {', '.join(STYLES)}")
    p = _punct(style)
    if article.kind == BOOK and article.book is not None:
        return _book(article, p)
    accessed = accessed or dt.date.today()
    title = _title(article.title, style)
    kind = source_kind(article)
    online = bool(article.url)
    date = article.date.isoformat() if article.date else None
    if kind == DIGEST:
        return f"{title}[J]. {digest_locator(article, issue, style)}."
    if kind == WEB:
        head = f"{_title(outlet_name(article), style)}. " if article.source else ""
        stamp = f"{p.open}{date}{p.close}" if date else ""
        parts = [f"{head}{title}[EB/OL]", f"{stamp}[{accessed.isoformat()}]"]
        if article.url:
            parts.append(article.url)
    else:
        code = "N" if kind == NEWSPAPER else "J"
        locator = outlet_name(article) + (f"{p.comma}{date}" if date else "")
        if online and style == GB2015:
            locator += f"[{accessed.isoformat()}]"
        parts = [f"{title}[{code}{'/OL' if online else ''}]", locator]
        if article.url:
            parts.append(article.url)
    original = ". ".join(parts) + "."
    return f"{original} {p.reprint}{digest_locator(article, issue, style)}."


def _book(article: Article, p: _Punct) -> str:
    """``李井奎. 大侦探经济学[M]. 中信出版集团，2021.`` (no place is printed in the digest)."""
    book = article.book
    assert book is not None
    parts = []
    authors = _authors(book.author or "", p)
    if authors:
        parts.append(authors)
    parts.append(f"{book.title or article.title}[M]")
    year = re.match(r"\d{4}", book.published or "")
    imprint = p.comma.join(x for x in (book.publisher, year.group(0) if year else None) if x)
    if imprint:
        parts.append(imprint)
    return ". ".join(parts) + "."


def _authors(text: str, p: _Punct) -> str:
    names = [n.strip() for n in re.split(r"[、，,;；]|\s+and\s+", text) if n.strip()]
    cleaned = []
    for name in names:
        name = re.sub(r"^[\[［(（【][^\]］)）】]{1,4}[\]］)）】]\s*", "", name)  # [美] nationality
        name = re.sub(r"\s*(?:编著|主编|编|著|译)$", "", name)  # role words
        if name:
            cleaned.append(name)
    if len(cleaned) > 3:
        latin = all(n.isascii() for n in cleaned[:3])
        return p.comma.join(cleaned[:3]) + p.comma + ("et al" if latin else "等")
    return p.comma.join(cleaned)


def _title(text: str, style: str) -> str:
    """Title punctuation as the edition prints it (gbt7714's ``convertpunct``)."""
    text = text.strip()
    if style == GB2015:
        for full, half in (("：", ": "), ("，", ", "), ("；", "; "), ("？", "?"), ("！", "!")):
            text = text.replace(full, half)
        return re.sub(r" +$", "", text)
    text = re.sub(r"(?<=\S): (?=\S)", "：", text)
    return re.sub(r"(?<=[^\x00-\x7f]), ?(?=\S)", "，", text)


def _punct(style: str) -> _Punct:
    return _P2015 if style == GB2015 else _P2025
