"""A small stand-in reader of the seed issue for search tests.

The real importer lives on main (the lead's work); until an imported bundle is
available this splits the raw text well enough to give each article its title,
section, source, date, page and body.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

from reader_app.core.model import BOOK, BOOK_SECTION, KNOWN_SECTIONS, Article, Book, Issue
from reader_app.core.search.normalize import compact

SEED = Path("/work/shared/seed/000_075019f5566b52fa.txt")
_TOC_RE = re.compile(r"^(.+?)\t\s*(\d+)\s*$")
_SOURCE_RE = re.compile(r"^(.+?)\s+(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_BOOK_RE = re.compile(r"书名/著者:\s*([^/]+)/")


def load_seed_issue(path: Path = SEED, issue_id: str = "2022-18") -> Issue:
    lines = path.read_text("utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if "目录" in line)
    toc: list[tuple[str, str, int]] = []
    section = ""
    i = start + 1
    while i < len(lines):
        line = lines[i].strip()
        name = line.split("\t")[0].strip()
        if name in KNOWN_SECTIONS:
            section = name
            if name == BOOK_SECTION:
                i += 1
                break
        else:
            match = _TOC_RE.match(lines[i])
            if match:
                toc.append((match.group(1).strip(), section, int(match.group(2))))
        i += 1
    by_key = {compact(title): (title, sec, page) for title, sec, page in toc}
    articles: list[Article] = []
    current: Article | None = None
    body: list[str] = []

    def flush() -> None:
        if current is not None:
            current.body = "\n\n".join(body).strip()
            articles.append(current)

    for raw in lines[i:]:
        line = raw.strip()
        key = compact(line)
        if key in by_key and line:
            flush()
            _title, sec, page = by_key.pop(key)
            current = Article(
                id=f"{issue_id}-{len(articles) + 1:03d}",
                issue_id=issue_id,
                section=sec,
                title=line,
                page=page,
                seq=len(articles) + 1,
            )
            body = []
            continue
        if current is None or not line:
            continue
        if line == BOOK_SECTION:
            flush()
            current = None
            break
        source = _SOURCE_RE.match(line)
        if source and current.source is None and not body:
            current.source = source.group(1)
            current.date = dt.date(*(int(source.group(n)) for n in (2, 3, 4)))
            continue
        if re.match(r"^<?https?://", line):
            current.url = line.strip("<>")
            continue
        if line.startswith(("附：", "附:")):
            current.attachment = line[2:]
        body.append(line)
    else:
        flush()
    for raw in lines:
        book = _BOOK_RE.search(raw)
        if book:
            text = re.sub(r"<[^>]+>", " ", raw).strip()
            articles.append(
                Article(
                    id=f"{issue_id}-{len(articles) + 1:03d}",
                    issue_id=issue_id,
                    section=BOOK_SECTION,
                    title=book.group(1).strip(),
                    body=text,
                    kind=BOOK,
                    page=80,
                    book=Book(title=book.group(1).strip()),
                    seq=len(articles) + 1,
                )
            )
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return Issue(id=issue_id, year=2022, number=18, articles=articles, content_hash=digest)
