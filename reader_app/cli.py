"""reader-app-cli: the same core as the window, for staff scripts, IT and tests."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from reader_app import __version__
from reader_app.core.errors import IssueExistsError, ReaderError, os_reason, shorten
from reader_app.core.library import Library
from reader_app.core.logsetup import log_file
from reader_app.core.policy import Action, Policy
from reader_app.core.render import article_html, article_markdown, article_text
from reader_app.core.startup import start

log = logging.getLogger(__name__)
# Exit codes (the README's table; tests/cli/test_exit_codes.py walks every one).
EXIT_OK = 0
EXIT_NOTHING_CHANGED = 1  # also: verify found problems; a dry run that would be refused
EXIT_POLICY = 5
EXIT_USAGE = 64  # EX_USAGE: a bad command line
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug; the details are in the log file
EXIT_INTERRUPTED = 130


def open_library(policy: Policy) -> Library:
    """The library with the extra (read-only) folders the machine policy names."""
    return Library.open(extra_folders=policy.library_folders)


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def error_text(exc: ReaderError) -> str:
    """A core error in the CLI's words: the fact, and what to type about it."""
    if isinstance(exc, IssueExistsError):
        return f"{exc} Use --replace to replace it."
    return str(exc)


def cmd_import(args: argparse.Namespace) -> int:
    if not args.policy.allows(Action.IMPORT) and not args.dry_run:
        _err(
            f"error: import is turned off by the machine policy ({args.policy.source}); "
            "nothing was changed. Import on a staff machine, or ask IT to change the policy."
        )
        return EXIT_POLICY
    library = open_library(args.policy)
    status = 0
    results = []
    for name in args.files:
        try:
            result = library.import_file(
                Path(name), replace=args.replace, dry_run=args.dry_run, into=args.into
            )
        except ReaderError as exc:
            _err(f"error: {error_text(exc)}")
            status = max(status, exc.exit_code)
            results.append({"file": name, "error": error_text(exc)})
            continue
        data = result.report.to_dict()
        data["written"] = str(result.path) if result.path else None
        data["replaced"] = result.replaced
        refused = error_text(result.refused) if result.refused is not None else None
        data["refused"] = refused  # a dry run: why the real import would be refused
        results.append(data)
        if refused is not None:
            _err(f"error: {refused}")
            status = max(status, EXIT_NOTHING_CHANGED)
        if not args.json:
            _out(result.report.format_text())
            if args.dry_run and result.refused is not None:
                _out("  dry run: nothing was written; the real import would be refused")
            elif args.dry_run:
                _out("  dry run: nothing was written")
            else:
                verb = "replaced" if result.replaced else "added"
                _out(f"  {verb}: {result.issue.id} → {result.path}")
    if args.json:
        _out(json.dumps({"imports": results}, ensure_ascii=False, indent=2))
    return status


def cmd_list(args: argparse.Namespace) -> int:
    library = open_library(args.policy)
    for problem in library.problems:
        _err(f"warning: {problem}")
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


_RENDERERS: dict[str, Callable] = {
    "markdown": article_markdown,
    "text": article_text,
    "html": article_html,
}


def cmd_show(args: argparse.Namespace) -> int:
    library = open_library(args.policy)
    issue, article = library.find_article(args.article_id)
    sys.stdout.write(_RENDERERS[args.format](article, issue))
    if args.format == "html":
        _out()
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from reader_app.core.verify import verify_library

    checked, problems = verify_library(open_library(args.policy))
    for problem in problems:
        _err(f"problem: {problem}")
    status = "ok" if not problems else f"{len(problems)} problem(s)"
    _out(f"verified {checked} issue folder(s): {status}")
    return 1 if problems else 0


def cmd_original(args: argparse.Namespace) -> int:
    """PNG images of an article's printed pages (issues imported from a PDF)."""
    from reader_app.core.original import export_pages

    if not args.policy.allows(Action.EXPORT_ORIGINAL):
        _err(
            f"error: export is turned off by the machine policy ({args.policy.source}); "
            "nothing was written. Export on a staff machine, or ask IT to change the policy."
        )
        return EXIT_POLICY
    issue, article = open_library(args.policy).find_article(args.article_id)
    for path in export_pages(issue, article, args.out, args.dpi):
        _out(str(path))
    return 0


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


class _Parser(argparse.ArgumentParser):
    """argparse with its own exit code for usage errors (2 means "cannot import")."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {shorten(message, 300)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reader-app-cli",
        description="The 信息摘编 reader's library on the command line.",
        epilog="exit codes: 0 done; 1 nothing changed or verify found problems; 2 the file "
        "cannot be imported; 3 a damaged bundle; 4 an unknown id; 5 refused by the machine "
        "policy; 64 a bad command line; 70 internal error (see the log); 130 interrupted",
    )
    parser.add_argument("--version", action="version", version=f"reader-app {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("import", help="import issue PDFs (or their text) into the user library")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--replace", action="store_true", help="replace an issue already present")
    p.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    p.add_argument("--json", action="store_true", help="print the reports as JSON")
    p.add_argument("--into", type=Path, help=argparse.SUPPRESS)  # maintainers: write to issues/
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("list", help="list every issue with its articles")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="print one article")
    p.add_argument("article_id", metavar="ARTICLE_ID")
    p.add_argument("--format", choices=sorted(_RENDERERS), default="markdown")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("verify", help="check every bundle against the issue format")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("original", help="write an article's printed pages as PNG images")
    p.add_argument("article_id", metavar="ARTICLE_ID")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the images")
    p.add_argument("--dpi", type=float, default=150, help="resolution (default 150)")
    p.set_defaults(func=cmd_original)

    p = sub.add_parser("policy", help="show the machine policy in force and check it")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_policy)

    from reader_app.core.search.commands import add_subcommands

    add_subcommands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # invalid bytes become U+FFFD, never a crash
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = build_parser().parse_args(argv)
    startup = start()
    args.policy = startup.policy  # the machine policy in force, for the command
    if args.command != "policy":
        for problem in args.policy.problems:
            _err(f"warning: {problem}")
    try:
        return args.func(args)
    except ReaderError as exc:
        _err(f"error: {error_text(exc)}")
        return exc.exit_code
    except KeyboardInterrupt:
        _err("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    except Exception as exc:
        log.exception("internal error in %s", args.command)
        what = (
            f" ({shorten(exc.filename or '', 80)}: {os_reason(exc)})"
            if isinstance(exc, OSError)
            else ""
        )
        where = (
            f"details are in {log_file()}" if startup.log_path else "no log file could be written"
        )
        _err(f"internal error{what}; {where}")
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
