"""Raw text → :class:`Issue` plus an :class:`ImportReport`; writes nothing."""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass
from pathlib import Path

from reader_app.core.base.errors import ImportRefusedError
from reader_app.core.base.messages import Message
from reader_app.core.base.model import ARTICLE, BOOK, BOOK_SECTION, KNOWN_SECTIONS, Article, Issue
from reader_app.core.importer.body import SOURCE_LINE, ParsedArticle, parse_article
from reader_app.core.importer.books import book_markdown, parse_books
from reader_app.core.importer.checks import (
    clean_field,
    refuse_long_article,
    refuse_second_copy,
    warn_duplicates,
)
from reader_app.core.importer.decode import decode_issue_bytes, ends_inside_character
from reader_app.core.importer.lines import Line, next_nonblank, split_lines
from reader_app.core.importer.masthead import parse_masthead
from reader_app.core.importer.rawfile import read_regular_file
from reader_app.core.importer.report import ImportReport, at_line
from reader_app.core.importer.toc import TocEntry, find_toc
from reader_app.core.text.textnorm import (
    join_broken,
    match_key,
    strip_controls,
    tidy_title,
)

MAX_BYTES = 50 * 1024 * 1024
_SECTION_KEYS = {match_key(name) for name in KNOWN_SECTIONS}
_FUZZY_RATIO = 0.8
UNTITLED = "（无标题）"


@dataclass
class _Start:
    """Where an article's title stands in the body."""

    index: int  # index into the line list
    title_lines: int  # 1, or 2 when the title wraps
    entry: TocEntry | None
    title: str


def parse_issue_file(path: Path) -> tuple[Issue, ImportReport]:
    """Read and parse one raw issue file; :class:`ImportRefusedError` if it is not one."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportRefusedError(
                Message.of(
                    "text_too_big",
                    path=path,
                    mb=round(size / (1024 * 1024)),
                    limit_mb=MAX_BYTES // (1024 * 1024),
                )
            )
        data = read_regular_file(path, MAX_BYTES)
    except FileNotFoundError:
        raise ImportRefusedError(Message.of("no_such_file", path=path)) from None
    except IsADirectoryError:
        raise ImportRefusedError(Message.of("is_folder", path=path, want="text")) from None
    except OSError as exc:
        raise ImportRefusedError(
            Message.of("import_unreadable", path=path, reason=str(exc.strerror))
        ) from None
    text, encoding = decode_issue_bytes(data, str(path))
    issue, report = parse_issue_text(text, str(path))
    report.encoding = encoding
    if ends_inside_character(data, encoding):
        last = text.count("\n") + 1
        report.warn(
            last,
            Message.of("cut-character", line=last),
        )
    issue.source_sha256 = hashlib.sha256(data).hexdigest()
    return issue, report


def parse_issue_text(text: str, name: str = "<text>") -> tuple[Issue, ImportReport]:
    report = ImportReport(name)
    lines = split_lines(text)
    toc = find_toc(lines)
    masthead = parse_masthead(lines[: toc.start_line] if toc else lines[:80])
    if masthead.year is None or masthead.number is None:
        if toc is None:
            raise ImportRefusedError(Message.of("not_an_issue", path=name))
        raise ImportRefusedError(
            Message.of("no_masthead", path=name, at=at_line(lines[toc.start_line].no))
        )
    if toc is None:
        raise ImportRefusedError(Message.of("no_contents", path=name))
    issue = Issue(
        id=f"{masthead.year}-{masthead.number:02d}",
        year=masthead.year,
        number=masthead.number,
        title=masthead.title or "信息摘编",
        number_label=masthead.number_label,
        publisher=masthead.publisher,
        editing_unit=masthead.editing_unit,
        editors=masthead.editors,
        contacts=masthead.contacts,
        source_file=Path(name).name,
    )
    if masthead.period:
        issue.period_start, issue.period_end = masthead.period
    else:
        report.warn(None, Message.of("no-period"))
    report.issue = issue
    refuse_second_copy(name, lines, toc)
    body_lines = lines[toc.end_index :]
    starts = _find_starts(body_lines, toc.entries, report)
    _check_truncated(name, toc.entries, starts, body_lines)
    _build_articles(issue, body_lines, starts, report)
    return issue, report


def _find_starts(lines: list[Line], entries: list[TocEntry], report: ImportReport) -> list[_Start]:
    """Locate every TOC entry in the body, in order, and any article the TOC omits."""
    keys = [match_key(line.text) for line in lines]
    starts: list[_Start] = []
    position = 0
    for entry in entries:
        found = _find_entry(lines, keys, entry, position)
        if found is None:
            report.warn(
                entry.line, Message.of("toc-entry-missing", title=entry.title, page=entry.page)
            )
            continue
        starts.append(found)
        position = found.index + found.title_lines
    # Articles the TOC does not list: a title line followed by a source line.
    known = {s.index for s in starts}
    extra = []
    for i in range(len(lines) - 2):
        if i in known or lines[i].blank or not _is_title_candidate(lines, i):
            continue
        if any(s.index < i < s.index + s.title_lines for s in starts):
            continue
        report.warn(lines[i].no, Message.of("title-not-in-toc", title=lines[i].text.strip()))
        extra.append(_Start(i, 1, None, lines[i].text.strip()))
    return sorted(starts + extra, key=lambda s: s.index)


def _find_entry(
    lines: list[Line], keys: list[str], entry: TocEntry, position: int
) -> _Start | None:
    key = entry.key
    for i in range(position, len(lines)):
        if not keys[i]:
            continue
        if keys[i] == key:
            return _Start(i, 1, entry, lines[i].text.strip())
        nxt = next_nonblank(lines, i + 1)
        if nxt is not None and key.startswith(keys[i]) and keys[i] + keys[nxt] == key:
            first, rest = lines[i].text.strip(), lines[nxt].text.strip()
            title = f"{first} {rest}" if _spaced_after(entry.title, keys[i]) else None
            return _Start(i, nxt - i + 1, entry, title or join_broken(first, rest))
    # Not printed the same way: the closest title that a source line follows.
    best: tuple[float, int] | None = None
    for i in range(position, len(lines)):
        if keys[i] and _is_title_candidate(lines, i):
            ratio = difflib.SequenceMatcher(None, key, keys[i], autojunk=False).ratio()
            if ratio >= _FUZZY_RATIO and (best is None or ratio > best[0]):
                best = (ratio, i)
    if best is None:
        return None
    return _Start(best[1], 1, entry, lines[best[1]].text.strip())


def _spaced_after(title: str, head: str) -> bool:
    """Does ``title`` have a space right after the part whose match key is ``head``?

    A title printed on two lines broken at its space ("有色金属行业" / "碳达峰实施方案
    发布") shows no space; the contents, printing it on one line, tell where it was.
    """
    return bool(head) and any(
        ch == " " and match_key(title[:n]) == head for n, ch in enumerate(title)
    )


def _is_title_candidate(lines: list[Line], i: int) -> bool:
    text = lines[i].text.strip()
    if not text or len(text) > 80 or SOURCE_LINE.match(text) or "\t" in text:
        return False
    nxt = next_nonblank(lines, i + 1)
    return nxt is not None and bool(SOURCE_LINE.match(lines[nxt].text.strip()))


def _check_truncated(
    name: str, entries: list[TocEntry], starts: list[_Start], lines: list[Line]
) -> None:
    """Refuse a file that ends before the articles the TOC lists last."""
    found = {id(s.entry) for s in starts if s.entry is not None}
    missing_tail = 0
    for entry in reversed(entries):
        if id(entry) in found:
            break
        missing_tail += 1
    if not missing_tail or not starts:
        if not starts:
            raise ImportRefusedError(Message.of("no_article_found", path=name, count=len(entries)))
        return
    last = lines[-1].no if lines else 0
    first_missing = entries[len(entries) - missing_tail]
    raise ImportRefusedError(
        Message.of(
            "truncated",
            path=name,
            at=at_line(last),
            missing=missing_tail,
            count=len(entries),
            title=first_missing.title,
            page=first_missing.page,
        )
    )


def _build_articles(
    issue: Issue, lines: list[Line], starts: list[_Start], report: ImportReport
) -> None:
    section = starts[0].entry.section if starts and starts[0].entry else None
    used_ids: set[str] = set()
    placed: list[tuple[Article, int]] = []  # each article and its title's line
    for n, start in enumerate(starts):
        end = starts[n + 1].index if n + 1 < len(starts) else len(lines)
        # Section names printed in the body mark sections; they are no article text.
        span = [
            line
            for line in lines[start.index + start.title_lines : end]
            if match_key(line.text) not in _SECTION_KEYS
        ]
        entry = start.entry
        if entry is not None and entry.section:
            section = entry.section
        title_line = lines[start.index].no
        refuse_long_article(report.file_name, start.title, title_line, span)
        if entry is not None and entry.is_section and entry.section == BOOK_SECTION:
            placed += _add_books(issue, span, entry, used_ids, report)
            continue
        parsed = parse_article(span)
        raw_title = clean_field(start.title, "title", title_line, report)
        title = tidy_title(raw_title, strip_controls(entry.title) if entry else None)
        title = title or UNTITLED  # nothing but control characters
        if parsed.source is not None:
            parsed.source = clean_field(parsed.source, "source", parsed.date_line, report)
        if parsed.attachment is not None:
            parsed.attachment = clean_field(parsed.attachment, "attachment", title_line, report)
        article = Article(
            id=_unique_id(issue.id, title, used_ids),
            issue_id=issue.id,
            kind=ARTICLE,
            section=section or "未分栏目",
            title=title,
            page=entry.page if entry else None,
            source=parsed.source,
            date=parsed.date,
            url=parsed.url,
            attachment=tidy_title(parsed.attachment) if parsed.attachment else None,
            keywords=parsed.keywords,
            abstract=parsed.abstract,
            body=parsed.body,
            seq=len(issue.articles) + 1,
        )
        toc_title = tidy_title(strip_controls(entry.title)) if entry else None
        if toc_title and match_key(toc_title) != match_key(title):
            article.toc_title = toc_title
        _check_article(issue, article, parsed, title_line, report)
        issue.articles.append(article)
        placed.append((article, title_line))
    warn_duplicates(placed, report)


def _check_article(
    issue: Issue, article: Article, parsed: ParsedArticle, title_line: int, report: ImportReport
) -> None:
    short = article.title if len(article.title) <= 30 else article.title[:29] + "…"
    if parsed.source is None:
        report.warn(title_line, Message.of("no-source", title=short))
    if article.url is None:
        report.warn(title_line, Message.of("no-url", title=short))
    if not article.body.strip():
        report.warn(title_line, Message.of("empty-body", title=short))
    if parsed.ends_mid_sentence and parsed.last_line is not None:
        report.warn(parsed.last_line, Message.of("cut-sentence", title=short))
    start, end = issue.period_start, issue.period_end
    if article.date and start and end and not (start <= article.date <= end):
        message = (
            f"date {article.date.isoformat()} is outside the collection period "
            f"{start.isoformat()} – {end.isoformat()}"
        )
        article.flags.append(message)
        report.warn(
            parsed.date_line,
            Message.of(
                "date-outside-period",
                title=short,
                date=article.date.isoformat(),
                start=start.isoformat(),
                end=end.isoformat(),
            ),
        )


def _add_books(
    issue: Issue, span: list[Line], entry: TocEntry, used_ids: set[str], report: ImportReport
) -> list[tuple[Article, int]]:
    books = parse_books(span)
    if not books:
        report.warn(entry.line, Message.of("no-books"))
    added = []
    for parsed in books:
        book = parsed.book
        book.title = clean_field(book.title, "book title", parsed.line, report) or UNTITLED
        added.append(
            Article(
                id=_unique_id(issue.id, "book:" + book.title, used_ids),
                issue_id=issue.id,
                kind=BOOK,
                section=BOOK_SECTION,
                title=book.title,
                page=entry.page,
                body=book_markdown(book),
                book=book,
                seq=len(issue.articles) + 1,
            )
        )
        issue.articles.append(added[-1])
    return [(article, line.line) for article, line in zip(added, books, strict=True)]


def _unique_id(issue_id: str, title: str, used: set[str]) -> str:
    """Stable across re-imports: derived from the issue and the title, not the position."""
    digest = hashlib.sha1(match_key(title).encode("utf-8") or title.encode("utf-8")).hexdigest()
    candidate = f"{issue_id}-{digest[:6]}"
    n = 2
    while candidate in used:
        candidate = f"{issue_id}-{digest[:6]}-{n}"
        n += 1
    used.add(candidate)
    return candidate
