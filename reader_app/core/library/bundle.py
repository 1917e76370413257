"""Issue bundles on disk: one human-readable folder per issue (docs/issue-format.md).

2022-18/
  issue.toml          masthead and provenance
  articles/001.md     TOML front matter between +++ lines, then the Markdown body
  source.txt          the raw text the bundle was imported from (for a PDF: the text
                      extracted from it, which is what the text parser read)
  original.pdf        format 2 and 3: the imported PDF, byte for byte
  ocr.json            format 3: a scanned PDF's recognised lines and boxes
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader_app.core.base.atomic import staged_folder
from reader_app.core.base.errors import BundleError, os_reason, shorten
from reader_app.core.base.messages import Message
from reader_app.core.base.model import ARTICLE, BOOK, Article, Book, EditorRole, Issue, PageInfo

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FORMAT_VERSION = 2  # written with an original PDF; issues without one stay 1
OCR_FORMAT_VERSION = 3  # the newest: a scan with its recognised text (ocr.json)
READ_VERSIONS = (1, 2, 3)
ORIGINAL_FILE = "original.pdf"
OCR_FILE = "ocr.json"
ISSUE_FILE = "issue.toml"
ARTICLES_DIR = "articles"
SOURCE_FILE = "source.txt"
_FRONT = re.compile(r"\A\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*\n?(.*)\Z", re.DOTALL)
_ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$")
_ARTICLE_NAME = re.compile(r"^[0-9A-Za-z_-]{1,64}\.md$")
_BOOK_FIELDS = ("author", "publisher", "published", "summary", "reason", "caption")


# ---------------------------------------------------------------- writing


def write_bundle(
    issue: Issue,
    source: bytes,
    parent: Path,
    *,
    replace: bool = False,
    original: bytes | Path | None = None,
    check: Callable[[Path], None] | None = None,
    ocr: bytes | None = None,
) -> Path:
    """Write ``issue`` as ``parent/<id>`` in one rename: complete, or nothing at all.

    ``original`` is the PDF the issue was imported from (its bytes as parsed, or its
    path): it is written byte for byte as ``original.pdf`` and the bundle is written as format 2 with its page map.
    Without it the bundle is format 1, exactly as before PDFs were accepted.
    ``ocr`` is a scan's recognised text (core/importer/pdfocr.py): written as
    ``ocr.json`` beside the PDF, in a format 3 bundle.
    ``check`` sees the staged folder before the rename; what it raises leaves nothing.
    """
    if not _ID.match(issue.id):
        raise BundleError(Message.of("unsafe_issue_id", issue=shorten(issue.id)))
    final = parent / issue.id
    with staged_folder(final, replace=replace) as tmp:
        if original is not None:
            issue.original_file = ORIGINAL_FILE
            if isinstance(original, bytes):
                (tmp / ORIGINAL_FILE).write_bytes(original)
                issue.original_sha256 = hashlib.sha256(original).hexdigest()
            else:
                issue.original_sha256 = _copy_hashed(original, tmp / ORIGINAL_FILE)
        else:  # a bundle never names an original it does not hold
            issue.original_file = issue.original_sha256 = None
        issue.ocr_file = OCR_FILE if ocr is not None and original is not None else None
        if issue.ocr_file and ocr is not None:
            (tmp / OCR_FILE).write_bytes(ocr)
        (tmp / SOURCE_FILE).write_bytes(source)
        import tomli_w  # writing only: not loaded by a start

        texts = [article_file_text(a) for a in issue.articles]
        table = _issue_table(issue)
        if issue.ocr_file:  # what recognition gave: staff's later corrections are told from it
            table["as_recognised"] = {
                name: hashlib.sha256(text.encode("utf-8")).hexdigest()
                for name, text, article in zip(
                    _file_names(issue), texts, issue.articles, strict=True
                )
                if article.id not in issue.hand_corrected
            }
        (tmp / ISSUE_FILE).write_text(tomli_w.dumps(table), encoding="utf-8")
        articles = tmp / ARTICLES_DIR
        articles.mkdir()
        for name, text in zip(_file_names(issue), texts, strict=True):
            (articles / name).write_text(text, encoding="utf-8")
        if check is not None:
            check(tmp)
    return final


def _copy_hashed(source: Path, target: Path) -> str:
    """Copy ``source`` to ``target`` in chunks, returning the SHA-256 of what was copied."""
    digest = hashlib.sha256()
    with source.open("rb") as src, target.open("wb") as dst:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
            dst.write(chunk)
    return digest.hexdigest()


def _file_names(issue: Issue) -> list[str]:
    return [f"{seq:03d}.md" for seq in range(1, len(issue.articles) + 1)]


def _issue_table(issue: Issue) -> dict[str, Any]:
    v2 = bool(issue.original_file)
    version = (OCR_FORMAT_VERSION if issue.ocr_file else FORMAT_VERSION) if v2 else 1
    table: dict[str, Any] = {
        "format_version": version,
        "id": issue.id,
        "title": issue.title,
        "year": issue.year,
        "number": issue.number,
    }
    optional = {
        "number_label": issue.number_label,
        "period_start": issue.period_start,
        "period_end": issue.period_end,
        "publisher": issue.publisher,
        "editing_unit": issue.editing_unit,
        "source_file": issue.source_file,
        "source_sha256": issue.source_sha256,
        "original": issue.original_file if v2 else None,
        "original_sha256": issue.original_sha256 if v2 else None,
        "ocr": issue.ocr_file if v2 else None,
    }
    table.update({key: value for key, value in optional.items() if value is not None})
    if issue.contacts:
        table["contacts"] = dict(issue.contacts)
    if issue.editors:
        table["editors"] = [{"role": e.role, "names": list(e.names)} for e in issue.editors]
    table["contents"] = _file_names(issue)
    if v2 and issue.pages:
        table["pages"] = [_page_table(p) for p in issue.pages]
    return table


def _page_table(page: PageInfo) -> dict[str, Any]:
    table: dict[str, Any] = {"pdf": page.pdf}
    if page.printed is not None:
        table["printed"] = page.printed
    if page.footer is not None:
        table["footer"] = page.footer
    return table


def article_file_text(article: Article) -> str:
    """One article file: TOML front matter, then the Markdown body."""
    meta: dict[str, Any] = {
        "id": article.id,
        "kind": article.kind,
        "section": article.section,
        "title": article.title,
    }
    optional = {
        "page": article.page,
        "source": article.source,
        "date": article.date,
        "url": article.url,
        "attachment": article.attachment,
        "toc_title": article.toc_title,
        "abstract": article.abstract,
    }
    meta.update({key: value for key, value in optional.items() if value is not None})
    if article.keywords:
        meta["keywords"] = list(article.keywords)
    if article.pdf_pages:
        meta["pdf_pages"] = list(article.pdf_pages)
    if article.flags:
        meta["flags"] = list(article.flags)
    if article.book is not None:
        book = {key: getattr(article.book, key) for key in _BOOK_FIELDS}
        meta["book"] = {key: value for key, value in book.items() if value is not None}
    import tomli_w

    return f"+++\n{tomli_w.dumps(meta)}+++\n\n{article.body.strip()}\n"


# ---------------------------------------------------------------- reading


def read_bundle(folder: Path, *, bundled: bool = False) -> Issue:
    """Load one bundle; :class:`BundleError` names the file and field at fault."""
    issue_path = folder / ISSUE_FILE
    table = _load_toml(issue_path)
    version = table.get("format_version")
    if version not in READ_VERSIONS or isinstance(version, bool):
        raise BundleError(
            Message.of(
                "bundle_version",
                path=issue_path,
                version=shorten(repr(version)),
                readable=tuple(READ_VERSIONS),
            )
        )
    issue = Issue(
        id=_field(table, "id", str, issue_path),
        year=_field(table, "year", int, issue_path),
        number=_field(table, "number", int, issue_path),
        title=_field(table, "title", str, issue_path),
        number_label=_optional(table, "number_label", str, issue_path),
        period_start=_optional(table, "period_start", dt.date, issue_path),
        period_end=_optional(table, "period_end", dt.date, issue_path),
        publisher=_optional(table, "publisher", str, issue_path),
        editing_unit=_optional(table, "editing_unit", str, issue_path),
        source_file=_optional(table, "source_file", str, issue_path),
        source_sha256=_optional(table, "source_sha256", str, issue_path),
        original_file=_original_name(table, version, issue_path),
        original_sha256=_optional(table, "original_sha256", str, issue_path)
        if version >= 2
        else None,
        pages=_pages(table, issue_path) if version >= 2 else [],
        ocr_file=_ocr_name(table, version, issue_path),
        contacts={
            str(k): str(v)
            for k, v in (_optional(table, "contacts", dict, issue_path) or {}).items()
        },
        format_version=version,
        bundled=bundled,
        path=folder,
    )
    if not _ID.match(issue.id):
        raise BundleError(Message.of("bad_id", path=issue_path, id=shorten(issue.id)))
    for entry in _optional(table, "editors", list, issue_path) or []:
        if not isinstance(entry, dict) or not isinstance(entry.get("role"), str):
            raise BundleError(Message.of("bad_editors", path=issue_path))
        issue.editors.append(EditorRole(entry["role"], [str(n) for n in entry.get("names", [])]))
    digest = hashlib.sha256(issue_path.read_bytes())
    articles_dir = folder / ARTICLES_DIR
    if not articles_dir.is_dir():
        raise BundleError(Message.of("no_articles_folder", path=articles_dir))
    listed = _optional(table, "contents", list, issue_path)
    present = sorted(p.name for p in articles_dir.glob("*.md"))
    names = _article_names(listed, present, articles_dir, issue)
    seen: dict[str, str] = {}
    for name in names:
        path = articles_dir / name
        try:
            data = path.read_bytes()
            article = parse_article_file(path, data, issue.id, len(issue.articles) + 1)
        except FileNotFoundError:
            issue.problems.append(Message.of("listed_article_missing", path=path))
            continue
        except (BundleError, OSError) as exc:
            # One damaged article does not hide the rest of the issue.
            issue.problems.append(
                exc.message
                if isinstance(exc, BundleError)
                else Message.of("file_unreadable", path=path, reason=os_reason(exc))
            )
            continue
        if article.id in seen:
            issue.problems.append(
                Message.of(
                    "article_id_in_issue_twice",
                    path=path,
                    article=shorten(article.id),
                    other=seen[article.id],
                )
            )
            continue
        seen[article.id] = name
        article.path = path
        digest.update(name.encode() + b"\0" + data)
        issue.articles.append(article)
    if not issue.articles:
        raise BundleError(Message.of("no_readable_articles", path=articles_dir))
    issue.content_hash = digest.hexdigest()
    return issue


def _original_name(table: dict[str, Any], version: int, path: Path) -> str | None:
    if version < 2:
        return None
    name = _optional(table, "original", str, path)
    if name is not None and (not name or "/" in name or "\\" in name or name.startswith(".")):
        raise BundleError(Message.of("bad_original_name", path=path, example=ORIGINAL_FILE))
    return name


def corrected_articles(folder: Path, issue: Issue) -> list[Article]:
    """The articles of a scan's bundle that staff corrected by hand since it was
    recognised: their file no longer has the digest ``as_recognised`` noted for it
    (one kept by an earlier re-recognition has no digest there: it stays one)."""
    if not issue.ocr_file:
        return []
    noted = _load_toml(folder / ISSUE_FILE).get("as_recognised")
    if not isinstance(noted, dict):
        return []
    out = []
    for article in issue.articles:
        if article.path is None:
            continue
        try:
            digest = hashlib.sha256(article.path.read_bytes()).hexdigest()
        except OSError:
            continue
        if noted.get(article.path.name) != digest:
            out.append(article)
    return out


def _ocr_name(table: dict[str, Any], version: int, path: Path) -> str | None:
    if version < 3:
        return None
    name = _optional(table, "ocr", str, path)
    if name is not None and name != OCR_FILE:
        raise BundleError(Message.of("bad_original_name", path=path, example=OCR_FILE))
    return name


def _pages(table: dict[str, Any], path: Path) -> list[PageInfo]:
    """The page map: every PDF page and the number printed on it (none on the cover)."""
    pages = []
    for n, entry in enumerate(_optional(table, "pages", list, path) or [], 1):
        pdf = entry.get("pdf") if isinstance(entry, dict) else None
        printed = entry.get("printed") if isinstance(entry, dict) else None
        footer = entry.get("footer") if isinstance(entry, dict) else None
        if (
            not isinstance(pdf, int)
            or isinstance(pdf, bool)
            or pdf < 1
            or not (printed is None or (isinstance(printed, int) and not isinstance(printed, bool)))
            or not (footer is None or isinstance(footer, str))
        ):
            raise BundleError(Message.of("bad_pages_entry", path=path, entry=n))
        pages.append(PageInfo(pdf, printed, footer))
    return pages


def _article_names(
    listed: list[object] | None, present: list[str], articles_dir: Path, issue: Issue
) -> list[str]:
    """The reading order: issue.toml's contents, then any file it does not list."""
    names: list[str] = []
    for name in listed if listed is not None else present:
        if not isinstance(name, str) or not _ARTICLE_NAME.match(name):
            issue.problems.append(
                Message.of(
                    "bad_contents_entry",
                    path=articles_dir.parent / ISSUE_FILE,
                    entry=shorten(repr(name)),
                )
            )
            continue
        names.append(name)
    if listed is not None:
        for name in present:
            if name not in names:
                issue.problems.append(Message.of("article_not_listed", path=articles_dir / name))
                names.append(name)
    return names


def parse_article_file(path: Path, data: bytes, issue_id: str, seq: int) -> Article:
    try:
        text = data.decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError:
        raise BundleError(Message.of("not_utf8", path=path)) from None
    match = _FRONT.match(text)
    if not match:
        raise BundleError(Message.of("no_front_matter", path=path))
    try:
        meta = tomllib.loads(match[1])
    except tomllib.TOMLDecodeError as exc:
        # tomllib counts from the front matter; the front matter starts on the file's line 2.
        line, column, reason = _file_position(
            str(exc), first_line=2, end_line=match[1].count("\n") + 3
        )
        raise BundleError(
            Message.of("front_matter_toml", path=path, line=line, column=column, reason=reason)
        ) from None
    kind = _optional(meta, "kind", str, path) or ARTICLE
    if kind not in (ARTICLE, BOOK):
        raise BundleError(Message.of("bad_kind", path=path, kind=shorten(kind)))
    article_id = _field(meta, "id", str, path)
    if not _ID.match(article_id):
        raise BundleError(Message.of("bad_id", path=path, id=shorten(article_id)))
    page = _optional(meta, "page", int, path)
    article = Article(
        id=article_id,
        issue_id=issue_id,
        kind=kind,
        section=_field(meta, "section", str, path),
        title=_field(meta, "title", str, path),
        body=match[2].strip() + "\n",
        page=page,
        source=_optional(meta, "source", str, path),
        date=_optional(meta, "date", dt.date, path),
        url=_optional(meta, "url", str, path),
        attachment=_optional(meta, "attachment", str, path),
        keywords=[str(k) for k in _optional(meta, "keywords", list, path) or []],
        abstract=_optional(meta, "abstract", str, path),
        toc_title=_optional(meta, "toc_title", str, path),
        flags=[str(f) for f in _optional(meta, "flags", list, path) or []],
        pdf_pages=_page_list(meta, path),
        seq=seq,
    )
    if kind == BOOK:
        book = _optional(meta, "book", dict, path) or {}
        article.book = Book(
            title=article.title, **{k: str(book[k]) for k in _BOOK_FIELDS if k in book}
        )
    return article


def _page_list(meta: dict[str, Any], path: Path) -> list[int]:
    pages = _optional(meta, "pdf_pages", list, path) or []
    if not all(isinstance(p, int) and not isinstance(p, bool) and p >= 1 for p in pages):
        raise BundleError(Message.of("bad_pdf_pages", path=path))
    return list(pages)


_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)|\(at end of document\)")


def _file_position(message: str, *, first_line: int, end_line: int) -> tuple[int, int, str]:
    """(line in the whole file, column or 0, the reason) from a tomllib message."""
    match = _TOML_AT.search(message)
    if match is None:
        return first_line, 0, message
    reason = (message[: match.start()] + message[match.end() :]).strip()
    if match[1] is None:  # at the end of the front matter: the closing +++
        return end_line, 0, reason
    return int(match[1]) + first_line - 1, int(match[2]), reason


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise BundleError(Message.of("issue_file_missing", path=path, name=ISSUE_FILE)) from None
    except UnicodeDecodeError:
        raise BundleError(Message.of("not_utf8", path=path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise BundleError(Message.of("not_toml", path=path, reason=str(exc))) from None
    except OSError as exc:
        raise BundleError(
            Message.of("file_unreadable", path=path, reason=str(exc.strerror))
        ) from None


def _field(table: dict[str, Any], key: str, kind: type, path: Path) -> Any:
    if key not in table:
        raise BundleError(Message.of("field_missing", path=path, field=key))
    return _optional(table, key, kind, path)


def _optional(table: dict[str, Any], key: str, kind: type, path: Path) -> Any:
    value = table.get(key)
    if value is None:
        return None
    if kind is dt.date and isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise BundleError(
            Message.of(
                "field_kind",
                path=path,
                field=key,
                kind=_KINDS.get(kind, kind.__name__),
                value=shorten(repr(value)),
            )
        )
    return value


#: The kinds a field may need, by name; each face words them ("text in quotes"...).
_KINDS = {str: "text", int: "integer", dt.date: "date", list: "list", dict: "table"}
