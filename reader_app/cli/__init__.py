"""reader-app-cli: the same core as the window, for staff scripts, IT and tests.

The commands live in this package, one module per group (``library.py``,
``search.py``); ``text.py`` words the core's messages; ``common.py`` holds exit
codes and output. ``main`` here is the ``reader_app.cli:main`` entry point.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn

from reader_app import __version__
from reader_app.cli.common import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE, error_text
from reader_app.cli.common import err as _err
from reader_app.core.app.session import Session
from reader_app.core.base.errors import ReaderError, os_reason, shorten
from reader_app.core.machine.logsetup import log_file
from reader_app.core.machine.startup import pause_gc, resume_gc

log = logging.getLogger(__name__)


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

    from reader_app.cli import cite, library, search, services, share, topics, trends

    library.add_subcommands(sub)
    search.add_subcommands(sub)
    cite.add_subcommands(sub)
    services.add_subcommands(sub)  # stats, readinglist, export
    share.add_subcommands(sub)  # remove, publish: the reading-room share
    topics.add_subcommands(sub)  # topic: standing topics (定题)
    trends.add_subcommands(sub)  # trend, related
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    pause_gc()  # until the command's start-up is done (core/machine/startup.py)
    try:
        return _main(argv)
    finally:
        resume_gc()


def _main(argv: Sequence[str] | None) -> int:
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # invalid bytes become U+FFFD, never a crash
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = build_parser().parse_args(argv)
    session = Session.start()  # the one session of this run: policy, folders, library
    args.session = session
    args.policy = session.policy  # the machine policy in force, for the command
    if args.command != "policy":
        for problem in args.policy.problems:
            _err(f"warning: {problem}")
    if args.command != "search":  # search resumes once its index is open
        resume_gc()
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
            f"details are in {log_file()}" if session.log_path else "no log file could be written"
        )
        _err(f"internal error{what}; {where}")
        return EXIT_INTERNAL
