"""reader-app-cli: the same core as the window, for staff scripts, IT and tests."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from reader_app import __version__, cli_cite, cli_services
from reader_app.core.bundle import read_bundle
from reader_app.core.errors import ReaderError, os_reason, shorten
from reader_app.core.library import Library
from reader_app.core.logsetup import log_file
from reader_app.core.policy import Policy
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
_policy = Policy()  # replaced in main() by the machine policy in force


def open_library() -> Library:
    """The library with the extra (read-only) folders the machine policy names."""
    return Library.open(extra_folders=_policy.library_folders)


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def cmd_import(args: argparse.Namespace) -> int:
    if not _policy.import_allowed and not args.dry_run:
        _err(
            f"error: import is turned off by the machine policy ({_policy.source}); "
            "nothing was changed. Import on a staff machine, or ask IT to change the policy."
        )
        return EXIT_POLICY
    library = open_library()
    status = 0
    results = []
    for name in args.files:
        try:
            result = library.import_file(
                Path(name), replace=args.replace, dry_run=args.dry_run, into=args.into
            )
        except ReaderError as exc:
            _err(f"error: {exc}")
            status = max(status, exc.exit_code)
            results.append({"file": name, "error": str(exc)})
            continue
        data = result.report.to_dict()
        data["written"] = str(result.path) if result.path else None
        data["replaced"] = result.replaced
        data["refused"] = result.refused  # a dry run: why the real import would be refused
        results.append(data)
        if result.refused is not None:
            _err(f"error: {result.refused}")
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
    library = open_library()
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
    library = open_library()
    issue, article = library.find_article(args.article_id)
    sys.stdout.write(_RENDERERS[args.format](article, issue))
    if args.format == "html":
        _out()
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    library = open_library()
    problems = list(library.problems)
    checked = 0
    for folder in library.folders:
        if not folder.path.is_dir():
            continue
        for child in sorted(folder.path.iterdir()):
            if child.name.startswith(".") or not child.is_dir():
                continue
            checked += 1
            if not (child / "issue.toml").exists():
                problems.append(f"{child}: not an issue bundle (no issue.toml)")
                continue
            try:
                issue = read_bundle(child)
            except ReaderError:
                continue  # already in library.problems
            problems += issue.problems
            problems += _check_issue_folder(child, issue)
    for problem in dict.fromkeys(problems):
        _err(f"problem: {problem}")
    status = "ok" if not problems else f"{len(set(problems))} problem(s)"
    _out(f"verified {checked} issue folder(s): {status}")
    return 1 if problems else 0


def _check_issue_folder(folder: Path, issue) -> list[str]:
    import hashlib

    problems = []
    if folder.name != issue.id:
        problems.append(f"{folder / 'issue.toml'}: id {issue.id!r} differs from the folder name")
    source = folder / "source.txt"
    if not source.exists():
        problems.append(f"{source}: the raw source is missing; re-import the issue to restore it")
    elif issue.source_sha256:
        try:
            digest = hashlib.sha256(source.read_bytes()).hexdigest()
        except OSError as exc:
            problems.append(f"{source}: cannot be read ({os_reason(exc)})")
        else:
            if digest != issue.source_sha256:
                problems.append(f"{source}: does not match source_sha256 in issue.toml")
    problems += _check_original(folder, issue)
    for article in issue.articles:
        if not article.title.strip():
            problems.append(f"{folder}: article {article.id} has an empty title")
        if not article.body.strip():
            problems.append(f"{folder}: article {article.id} has an empty body")
    return problems


def _check_original(folder: Path, issue) -> list[str]:
    """Format 2: the PDF kept in the bundle must be there and match original_sha256."""
    import hashlib

    if not issue.original_file:
        return []
    original = folder / issue.original_file
    if not original.is_file():
        return [f"{original}: the original PDF is missing; re-import the issue to restore it"]
    digest = hashlib.sha256()
    try:
        with original.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
    except OSError as exc:
        return [f"{original}: cannot be read ({os_reason(exc)})"]
    if issue.original_sha256 and digest.hexdigest() != issue.original_sha256:
        return [f"{original}: does not match original_sha256 in issue.toml; re-import the issue"]
    return []


def cmd_original(args: argparse.Namespace) -> int:
    """PNG images of an article's printed pages (issues imported from a PDF)."""
    from reader_app.core.original import export_pages

    if not _policy.export_allowed:
        _err(
            f"error: export is turned off by the machine policy ({_policy.source}); "
            "nothing was written. Export on a staff machine, or ask IT to change the policy."
        )
        return EXIT_POLICY
    issue, article = open_library().find_article(args.article_id)
    for path in export_pages(issue, article, args.out, args.dpi):
        _out(str(path))
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    """For IT: show the policy in force and check the file; exit 1 if it has problems."""
    if args.json:
        data = {
            "source": str(_policy.source) if _policy.source else None,
            "settings": dict(_policy.summary()),
            "problems": list(_policy.problems),
        }
        _out(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for key, value in _policy.summary():
            _out(f"{key + ':':<24}{value}")
        for problem in _policy.problems:
            _err(f"problem: {problem}")
    return 1 if _policy.problems else 0


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
    cli_cite.add_subcommands(sub)
    cli_services.add_subcommands(sub)  # stats, readinglist, export
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # invalid bytes become U+FFFD, never a crash
            stream.reconfigure(encoding="utf-8", errors="replace")
    global _policy
    args = build_parser().parse_args(argv)
    startup = start()
    _policy = startup.policy
    if args.command != "policy":
        for problem in _policy.problems:
            _err(f"warning: {problem}")
    try:
        return args.func(args)
    except ReaderError as exc:
        _err(f"error: {exc}")
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
