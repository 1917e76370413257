"""An issue's PDF → :class:`Issue` with its page map, through the text importer.

The PDF is measured (pdftext), stripped of running headers and footers
(pdfmargins), laid out as the raw text the text importer already reads
(pdflayout), and parsed by parse_issue_text; then every article learns the PDF
pages it spans and the printed page it starts on. Writes nothing.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader_app.core.base.errors import ImportRefusedError, os_reason
from reader_app.core.base.messages import Message
from reader_app.core.base.model import BOOK, Issue
from reader_app.core.importer.parse import MAX_BYTES, parse_issue_file, parse_issue_text
from reader_app.core.importer.pdflayout import lay_out
from reader_app.core.importer.pdfmargins import number_from_contents, strip_margins
from reader_app.core.importer.pdfoutput import Output
from reader_app.core.importer.pdftext import PageText, read_page
from reader_app.core.importer.rawfile import read_regular_file
from reader_app.core.importer.report import ImportReport, ReportItem
from reader_app.core.pdf.pdfengine import PDFIUM_LOCK, PdfDamagedError, looks_like_pdf, open_pdf
from reader_app.core.text.textnorm import match_key

if TYPE_CHECKING:
    from reader_app.core.importer.pdfocr import Progress
    from reader_app.core.pdf.ocrfile import OcrPage

MAX_PDF_BYTES = 100 * 1024 * 1024
#: An issue has 50-70 pages; a PDF with more than this is refused before a page is read
#: (docs/issue-format.md).
MAX_PDF_PAGES = 1000
_MIN_CHARS_PER_PAGE = 20  # fewer on most pages: scanned images, not text


@dataclass
class SourceFile:
    """What an import writes: the issue, its report, source.txt's bytes and the PDF."""

    issue: Issue
    report: ImportReport
    source: bytes
    original: bytes | None = None  # the PDF, as read and parsed, to keep as original.pdf
    ocr: bytes | None = (
        None  # a scan's recognised lines, kept as ocr.json (core/importer/pdfocr.py)
    )


def read_source(
    path: Path, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
) -> SourceFile:
    """Parse a raw issue file, PDF or text, told apart by content, not by name."""
    head = _head(path)
    if looks_like_pdf(head):
        return parse_pdf_file(path, progress, cancelled)
    if path.suffix.lower() == ".pdf" and head:
        raise PdfDamagedError(Message.of("not_a_pdf", path=path))
    issue, report = parse_issue_file(path)
    try:
        data = read_regular_file(path, MAX_BYTES)
    except OSError as exc:
        raise ImportRefusedError(
            Message.of("import_unreadable", path=path, reason=os_reason(exc))
        ) from None
    return SourceFile(issue, report, data)


def _head(path: Path) -> bytes:
    """The first bytes of a regular file; nothing for anything else (parse_issue_file
    then words the refusal: a folder, a pipe, a device, a missing file)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return b""
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(path, flags), "rb") as handle:
            return handle.read(1024)
    except OSError:
        return b""


def parse_pdf_file(
    path: Path, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
) -> SourceFile:
    """Read one issue PDF; :class:`ImportRefusedError` when it cannot be imported.

    PDFium runs in a child process with a memory and time budget (core/importer/pdfsandbox.py):
    a hostile PDF costs the child, never the window or the command. A scan is
    recognised there too (core/importer/pdfocr.py), page by page: ``progress`` hears
    of each page, ``cancelled`` is asked between them (:class:`ImportCancelledError`).
    """
    import copy

    from reader_app.core.importer.pdfsandbox import parse_pdf_in_child

    data = read_pdf_bytes(path)
    key = f"{path.absolute()}\0{hashlib.sha256(data).hexdigest()}"
    cached = _last_scan.get(key)
    if cached is not None:  # the dialog's dry run recognised it already
        return copy.deepcopy(cached)
    parsed = parse_pdf_in_child(path, data, progress, cancelled)
    source = SourceFile(parsed.issue, parsed.report, parsed.source, data, parsed.ocr)
    _last_scan.clear()
    if parsed.ocr is not None:  # minutes of recognition: kept for the import that follows
        _last_scan[key] = copy.deepcopy(source)
    return source


#: The last scan recognised: (its path and SHA-256, what it gave); one only: it holds the PDF.
_last_scan: dict[str, SourceFile] = {}


def read_pdf_bytes(path: Path) -> bytes:
    """The PDF's bytes, at most :data:`MAX_PDF_BYTES`."""
    try:
        size = path.stat().st_size
        if size > MAX_PDF_BYTES:
            raise ImportRefusedError(
                Message.of(
                    "pdf_too_big",
                    path=path,
                    mb=size // (1024 * 1024),
                    limit_mb=MAX_PDF_BYTES // (1024 * 1024),
                )
            )
        return read_regular_file(path, MAX_PDF_BYTES)
    except FileNotFoundError:
        raise ImportRefusedError(Message.of("no_such_file", path=path)) from None
    except OSError as exc:
        raise ImportRefusedError(
            Message.of("import_unreadable", path=path, reason=os_reason(exc))
        ) from None


def parse_pdf_bytes(path: Path, data: bytes) -> tuple[Issue, ImportReport, bytes]:
    """The issue, its report and the laid-out text (source.txt) of the PDF ``data``.

    Runs PDFium in this process: the PDF reader child calls it (core/importer/pdfsandbox.py).
    """
    issue, report, text, _ocr = parse_pdf_source(path, data)
    return issue, report, text


def parse_pdf_source(
    path: Path, data: bytes, progress: Progress | None = None
) -> tuple[Issue, ImportReport, bytes, bytes | None]:
    """As :func:`parse_pdf_bytes`, and a scan's ``ocr.json`` (None for a text PDF).

    A PDF whose pages are pictures is recognised when the ``[ocr]`` extra is
    installed, and refused, saying how to install it, when it is not.
    """
    pages = _read_pages(path, data)
    with_text = sum(1 for p in pages if p.chars >= _MIN_CHARS_PER_PAGE)
    recognised: list[OcrPage] | None = None
    if with_text == 0 or with_text < len(pages) / 3:
        from reader_app.core.importer import pdfocr

        if not pdfocr.ocr_available():
            raise ImportRefusedError(Message.of("pdf_no_text", path=path))
        recognised = _recognise(path, data, progress)
        pages = [pdfocr.page_text(p) for p in recognised]
    margins: list[str] = []
    page_map = strip_margins(pages, margins)
    out = lay_out(pages)
    _issue_line_from_header(out, margins)
    text = out.text
    try:
        issue, report = parse_issue_text(text, str(path))
    except ImportRefusedError as exc:  # "ends at line 812" means nothing in a PDF: name the page
        raise ImportRefusedError(_on_pages(exc.message, out)) from None
    text_bytes = text.encode("utf-8")
    report.encoding, report.pdf_pages = "PDF", len(pages)
    issue.source_file = path.name
    issue.source_sha256 = hashlib.sha256(text_bytes).hexdigest()
    issue.pages = page_map
    _assign_pages(issue, out, report)
    _locate_warnings(report, out, issue)
    if recognised is None:
        return issue, report, text_bytes, None
    from reader_app.core.importer import pdfocr
    from reader_app.core.pdf.ocrfile import ocr_json

    for pdf, line, confidence in pdfocr.low_confidence(recognised):
        report.warnings.append(
            ReportItem(
                None,
                Message.of("ocr-unsure", text=line[:40], confidence=round(confidence * 100)),
                pdf,
                issue.printed_page(pdf),
            )
        )
    report.recognised = pdfocr.engine_name()
    sha = hashlib.sha256(data).hexdigest()
    ocr = ocr_json(recognised, pdfocr.engine_name(), pdfocr.RECOGNITION_DPI, sha)
    return issue, report, text_bytes, ocr


def _recognise(path: Path, data: bytes, progress: Progress | None) -> list[OcrPage]:
    import pypdfium2

    from reader_app.core.importer.pdfocr import recognise_pdf

    with PDFIUM_LOCK:
        pdf = open_pdf(path, data)
    try:
        return recognise_pdf(pdf, progress)
    except pypdfium2.PdfiumError:
        raise PdfDamagedError(Message.of("pdf_page_damaged", path=path)) from None
    finally:
        with PDFIUM_LOCK:
            pdf.close()


_ISSUE_LINE = re.compile(r"(?:19|20)\d{2}\s*年\s*[（(]\s*总\s*第")
_HEADER_ISSUE = re.compile(
    r"((?:19|20)\d{2})\s*年\s*[（(]?\s*(?:总\s*)?第\s*([0-9零〇一二两三四五六七八九十百]{1,6})\s*期"
)


def _issue_line_from_header(out: Output, margins: list[str]) -> None:
    """The masthead line "2022年（总第十八期）" when the cover does not print it whole.

    A designed cover may set "2022年" and "（总第十八期）" on two lines, print
    "2022年第18期", or be a picture: then the two lines joined, the cover's
    other wording, or the running header give the issue.
    """
    toc = next((i for i, line in enumerate(out.lines) if "\t" in line), len(out.lines))
    front = [line for line in out.lines[:toc] if line.strip()]
    if any(_ISSUE_LINE.search(line) for line in front):
        return
    joined = [a + b for a, b in itertools.pairwise(front)]
    whole = next((j for j in joined if _ISSUE_LINE.search(j)), None)
    if whole is not None:
        out.lines.insert(0, whole.strip())
        out.pages.insert(0, frozenset())
        return
    found = next((m for m in map(_HEADER_ISSUE.search, front + joined + margins) if m), None)
    if found is not None:
        out.lines.insert(0, f"{found[1]}年（总第{found[2]}期）")
        out.pages.insert(0, frozenset())


def _on_pages(message: Message, out: Output) -> Message:
    """``message`` with each place in the laid-out text (``at_line``) said as its PDF page."""
    params = []
    for name, value in message.params:
        if isinstance(value, Message) and value.key == "at_line":
            n = value["line"]
            pages = out.pages[n - 1] if 1 <= n <= len(out.pages) else frozenset()
            if not pages:
                pages = next((p for p in reversed(out.pages[:n]) if p), frozenset())
            if pages:
                value = Message.of("at_pdf_page", page=min(pages))
        params.append((name, value))
    return Message(message.key, tuple(params))


def _read_pages(path: Path, data: bytes) -> list[PageText]:
    """Every page measured; the lock is taken page by page so that the original-page
    view can render between two pages of a long import."""
    import pypdfium2

    with PDFIUM_LOCK:
        pdf = open_pdf(path, data)
        count = len(pdf)
    pages = []
    try:
        if count > MAX_PDF_PAGES:  # before any page is read: PDFium counts them at once
            raise ImportRefusedError(
                Message.of("pdf_too_many_pages", path=path, pages=count, limit=MAX_PDF_PAGES)
            )
        for i in range(count):
            with PDFIUM_LOCK:
                pages.append(read_page(pdf, i))
    except pypdfium2.PdfiumError:
        raise PdfDamagedError(Message.of("pdf_page_damaged", path=path)) from None
    finally:
        with PDFIUM_LOCK:
            pdf.close()
    return pages


def _assign_pages(issue: Issue, out: Output, report: ImportReport) -> None:
    """Each article's PDF pages, and its printed page checked against the contents."""
    keys = [match_key(line) for line in out.lines]
    starts: list[int | None] = []
    position = 0
    for article in issue.articles:
        wanted = [match_key(article.title)]
        if article.kind == BOOK:
            found = _find(keys, position, wanted, contains=True)
        else:
            wanted.append(match_key(article.toc_title or ""))
            found = _find(keys, position, [w for w in wanted if w], contains=False)
        starts.append(found)
        if found is not None:
            position = found + 1
    ends = [len(keys)] * len(starts)
    following = len(keys)
    for n in range(len(starts) - 1, -1, -1):
        ends[n] = following
        if (found := starts[n]) is not None:
            following = found
    _number_from_contents(issue, out, starts, report)
    for article, start, end in zip(issue.articles, starts, ends, strict=True):
        if start is None:
            pdf = issue.pdf_page_for_printed(article.page) if article.page is not None else None
            article.pdf_pages = [pdf] if pdf else []
            continue
        pages: set[int] = set()
        for n in range(start, end):
            pages |= out.pages[n]
        article.pdf_pages = sorted(pages)
        first = min(out.pages[start]) if out.pages[start] else None
        printed = issue.printed_page(first) if first else None
        if printed is None:
            continue
        if article.kind != BOOK and article.page is not None and article.page != printed:
            report.warn(
                start + 1,
                Message.of(
                    "toc-page-differs", title=article.title[:30], printed=printed, toc=article.page
                ),
            )
        article.page = printed


def _number_from_contents(
    issue: Issue, out: Output, starts: list[int | None], report: ImportReport
) -> None:
    """Footers that restart in each section: the contents' numbering is the issue's."""
    anchors = [
        (min(out.pages[start]), article.page)
        for article, start in zip(issue.articles, starts, strict=True)
        if start is not None and out.pages[start] and article.page is not None
    ]
    found = number_from_contents(issue.pages, anchors)
    if found is not None:
        report.warn(
            None, Message.of("footers-restart", pdf=found[0], first=found[1], last=found[2])
        )


def _find(keys: list[str], position: int, wanted: list[str], *, contains: bool) -> int | None:
    for i in range(position, len(keys)):
        key = keys[i]
        if not key:
            continue
        for w in wanted:
            if (contains and w in key) or key == w:
                return i
            if not contains and len(key) >= 4 and w.startswith(key):
                following = next((k for k in keys[i + 1 : i + 4] if k), "")
                if key + following == w:
                    return i
    return None


def _locate_warnings(report: ImportReport, out: Output, issue: Issue) -> None:
    """Line numbers of the extracted text mean little to staff: name the PDF page."""
    located = []
    for item in report.warnings:
        if (
            item.line is None
            or not (1 <= item.line <= len(out.pages))
            or not out.pages[item.line - 1]
        ):
            located.append(item)
            continue
        pdf = min(out.pages[item.line - 1])
        printed = issue.printed_page(pdf)
        located.append(ReportItem(None, item.message, pdf, printed))
    report.warnings = located
