"""What every reader-app-cli command shares: exit codes, output lines, the library."""

from __future__ import annotations

import sys

from reader_app.core.errors import IssueExistsError, ReaderError
from reader_app.core.library import Library
from reader_app.core.policy import Policy

# Exit codes (the README's table; tests/cli/test_exit_codes.py walks every one).
EXIT_OK = 0
EXIT_NOTHING_CHANGED = 1  # also: verify found problems; a dry run that would be refused
EXIT_POLICY = 5
EXIT_USAGE = 64  # EX_USAGE: a bad command line
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug; the details are in the log file
EXIT_INTERRUPTED = 130


def open_library(policy: Policy) -> Library:
    """The library with the extra (read-only) folders the machine policy names."""
    return Library.open(extra_folders=policy.library_folders, publish_to=policy.publish_folder)


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    sys.stderr.write(text + "\n")


def error_text(exc: ReaderError) -> str:
    """A core error in the CLI's words: the fact, and what to type about it."""
    if isinstance(exc, IssueExistsError):
        return f"{exc} Use --replace to replace it."
    return str(exc)
