"""The library commands: import, list, show, verify, original, policy."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader_app.cli import common
from reader_app.cli.common import EXIT_NOTHING_CHANGED, EXIT_POLICY, error_text
from reader_app.cli.common import err as _err
from reader_app.cli.common import out as _out
from reader_app.cli.text import recognition_progress_text, report_data, report_text, text
from reader_app.core.base.errors import ReaderError
from reader_app.core.machine.policy import Action

if TYPE_CHECKING:
    from reader_app.core.base.model import Article, Issue


def _recognition_progress(name: str) -> Callable[[int, int, float | None], None]:
    """A scan's recognition, page by page, on stderr (stdout stays the report)."""

    def show(done: int, total: int, left: float | None) -> None:
        _err(recognition_progress_text(name, done, total, left))

    return show


def cmd_import(args: argparse.Namespace) -> int:
    if not args.policy.allows(Action.IMPORT) and not args.dry_run:
        _err(
            f"error: import is turned off by the machine policy ({args.policy.source}); "
            "nothing was changed. Import on a staff machine, or ask IT to change the policy."
        )
        return EXIT_POLICY
    library = args.session.library
    status = 0
    results = []
    started = time.perf_counter()
    for name in args.files:
        try:
            result = library.import_file(
                Path(name),
                replace=args.replace,
                dry_run=args.dry_run,
                into=args.into,
                progress=_recognition_progress(name),
            )
        except ReaderError as exc:
            _err(f"error: {error_text(exc)}")
            status = max(status, exc.exit_code)
            results.append({"file": name, "error": error_text(exc)})
            continue
        data = report_data(result.report)
        data["written"] = str(result.path) if result.path else None
        data["replaced"] = result.replaced
        refused = error_text(result.refused) if result.refused is not None else None
        data["refused"] = refused  # a dry run: why the real import would be refused
        results.append(data)
        if refused is not None:
            _err(f"error: {refused}")
            status = max(status, EXIT_NOTHING_CHANGED)
        if not args.json:
            _out(report_text(result.report, verbose=args.verbose))
            if args.dry_run and result.refused is not None:
                _out("  dry run: nothing was written; the real import would be refused")
            elif args.dry_run:
                _out("  dry run: nothing was written")
            else:
                verb = "replaced" if result.replaced else "added"
                _out(f"  {verb}: {result.issue.id} → {result.path}")
    if not args.dry_run and any(r.get("written") for r in results):
        from reader_app.cli.topics import follow_imports

        follow_imports(args.session, quiet=args.json)  # the index, then each topic
    seconds = time.perf_counter() - started
    if args.json:
        data = {"imports": results, "seconds": round(seconds, 2)}
        _out(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _out(f"{len(args.files)} file(s) in {seconds:.1f} s")
    return status


def cmd_list(args: argparse.Namespace) -> int:
    library = args.session.library
    for problem in library.problems:
        _err(f"warning: {text(problem)}")
    if args.json:
        data = {"issues": [issue.summary_dict() for issue in library.issues]}
        _out(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for issue in library.issues:
        origin = "bundled" if issue.bundled else "user"
        if issue.id in library.replaced:  # the documented precedence, said out loud
            origin += f", replaces {library.replaced[issue.id]}"
        _out(f"{issue.id}  {issue.display_title}  [{origin}, {len(issue.articles)} entries]")
        for article in issue.articles:
            page = f"p.{article.page}" if article.page is not None else "p.?"
            _out(f"  {article.id}  {article.section}  {page:>5}  {article.title}")
    return 0


def _renderer(name: str) -> Callable[[Article, Issue | None], str]:
    """The output format's function (Markdown is imported only for ``show``)."""
    from reader_app.core.text import render

    return {
        "markdown": render.article_markdown,
        "text": render.article_text,
        "html": render.article_html,
    }[name]


def cmd_show(args: argparse.Namespace) -> int:
    library = args.session.library
    issue, article = library.find_article(args.article_id, fresh=True)
    sys.stdout.write(_renderer(args.format)(article, issue))
    if args.format == "html":
        _out()
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from reader_app.core.library.verify import verify_library

    checked, problems = verify_library(args.session.library)
    for problem in problems:
        _err(f"problem: {text(problem)}")
    status = "ok" if not problems else f"{len(problems)} problem(s)"
    _out(f"verified {checked} issue folder(s): {status}")
    return 1 if problems else 0


def cmd_original(args: argparse.Namespace) -> int:
    """PNG images of an article's printed pages (issues imported from a PDF), or their
    text in reading order (``--text``, ``--json``)."""
    from reader_app.core.pdf.original import export_pages

    if args.text or args.json:
        return _original_text(args)
    if args.out is None:
        _err("error: original: give --out DIR for the page images, or --text for their text")
        return common.EXIT_USAGE
    if not args.policy.allows(Action.EXPORT_ORIGINAL):
        _err(
            f"error: export is turned off by the machine policy ({args.policy.source}); "
            "nothing was written. Export on a staff machine, or ask IT to change the policy."
        )
        return EXIT_POLICY
    issue, article = args.session.library.find_article(args.article_id)
    for page in export_pages(issue, article, args.out, args.dpi):
        _out(str(page.path))
        if page.reduced:
            _err(f"note: {page.path.name}: {_reduced(page.dpi, args.dpi)}")
    return 0


def _original_text(args: argparse.Namespace) -> int:
    """The text of the article's printed pages, one page after another (reading only:
    the export switch of the policy is about files, and this writes none)."""

    from reader_app.core.importer.pagecopy import margin_boxes, printed_text
    from reader_app.core.pdf.original import original_pdf, read_layer

    issue, article = args.session.library.find_article(args.article_id)
    pdf = original_pdf(issue, article)
    pages = list(article.pdf_pages)
    if args.page is not None:
        chosen = [p for p in pages if issue.printed_page(p) == args.page]
        if not chosen:
            numbers = [str(n) for p in pages if (n := issue.printed_page(p)) is not None]
            _err(
                f"error: {article.id} is not printed on page {args.page}; "
                f"its pages are {', '.join(numbers) or 'unnumbered'}"
            )
            return EXIT_NOTHING_CHANGED
        pages = chosen
    margins = margin_boxes(pdf)
    found = []
    for number in pages:
        page = printed_text(read_layer(pdf, number), margins.get(number, []))
        found.append((number, page))
    if args.json:
        data = [
            {
                "pdf_page": number,
                "printed_page": issue.printed_page(number),
                "width": round(page.layer.width, 2),
                "height": round(page.layer.height, 2),
                "text": page.copy(),
                "lines": [
                    {"text": text, "box": [round(v, 2) for v in (b.x0, b.y0, b.x1, b.y1)]}
                    for text, b in page.lines()
                ],
            }
            for number, page in found
        ]
        _out(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for n, (number, page) in enumerate(found):
        printed = issue.printed_page(number)
        where = f"page {printed}" if printed is not None else "unnumbered page"
        if n:
            _out()
        _out(f"--- {where} (PDF page {number}) ---")
        _out(page.copy())
    return 0


def _reduced(dpi: float, asked: float) -> str:
    from reader_app.core.pdf.original import MAX_BITMAP_BYTES, MAX_SIDE

    return (
        f"written at {dpi:.0f} dpi, not {asked:g}: a page image is at most {MAX_SIDE} pixels "
        f"a side and {MAX_BITMAP_BYTES // 4 / 1e6:.0f} million pixels"
    )


def _dpi(text: str) -> float:
    """``--dpi``: a number in the core's DPI_RANGE, else a bad command line (exit 64)."""
    from reader_app.core.pdf.original import DPI_RANGE  # PDFium's module: only for `original`

    return common.number_in(*DPI_RANGE, unit=" dpi")(text)


def cmd_policy(args: argparse.Namespace) -> int:
    """For IT: show the policy in force and check the file; exit 1 if it has problems."""
    policy = args.policy
    if args.json:
        data = {
            "source": str(policy.source) if policy.source else None,
            "settings": dict(policy.summary()),
            "problems": list(policy.problems),
        }
        _out(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for key, value in policy.summary():
            _out(f"{key + ':':<24}{value}")
        for problem in policy.problems:
            _err(f"problem: {problem}")
    return 1 if policy.problems else 0


def add_subcommands(sub: Any) -> None:
    """Register the library commands on the CLI's subparsers."""
    p = sub.add_parser("import", help="import issue PDFs (or their text) into the user library")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--replace", action="store_true", help="replace an issue already present")
    p.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    p.add_argument("--json", action="store_true", help="print the reports as JSON")
    p.add_argument(
        "-v", "--verbose", action="store_true", help="list every warning, not one line per kind"
    )
    p.add_argument("--into", type=Path, help=argparse.SUPPRESS)  # maintainers: write to issues/
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("list", help="list every issue with its articles")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="print one article")
    p.add_argument("article_id", metavar="ARTICLE_ID")
    p.add_argument("--format", choices=["html", "markdown", "text"], default="markdown")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("verify", help="check every bundle against the issue format")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser(
        "original", help="write an article's printed pages as PNG images, or print their text"
    )
    p.add_argument("article_id", metavar="ARTICLE_ID")
    p.add_argument("--out", type=Path, metavar="DIR", help="folder for the images")
    p.add_argument("--text", action="store_true", help="print the pages' text in reading order")
    p.add_argument(
        "--json", action="store_true", help="with --text: per page its numbers, text, line boxes"
    )
    p.add_argument(
        "--page",
        type=common.number_in(1, 99999, whole=True),
        metavar="N",
        help="with --text: only printed page N",
    )
    p.add_argument("--dpi", type=_dpi, default=150, help="resolution, 10 to 1200 (default 150)")
    p.set_defaults(func=cmd_original)

    p = sub.add_parser("policy", help="show the machine policy in force and check it")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_policy)
