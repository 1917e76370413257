"""What every reader-app-cli command shares: exit codes, output lines (the library: ``args.session``)."""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable

from reader_app.cli.text import error_text as error_text  # the CLI's words for an error

# Exit codes (the README's table; tests/cli/test_exit_codes.py walks every one).
EXIT_OK = 0
EXIT_NOTHING_CHANGED = 1  # also: verify found problems; a dry run that would be refused
EXIT_POLICY = 5
EXIT_USAGE = 64  # EX_USAGE: a bad command line
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug; the details are in the log file
EXIT_INTERRUPTED = 130

#: ``--limit`` of search and export: far more hits than any library holds, and a bound.
MAX_LIMIT = 100_000


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    sys.stderr.write(text + "\n")


def number_in(
    low: float, high: float, unit: str = "", whole: bool = False
) -> Callable[[str], float]:
    """An argparse ``type`` for a number from ``low`` to ``high``: anything else (a word,
    NaN, infinity, a value out of range) is a bad command line, exit 64, saying the range.
    """
    span = f"from {low:g} to {high:g}{unit}"

    def parse(text: str) -> float:
        try:
            value = int(text) if whole else float(text)
        except ValueError:
            kind = "a whole number" if whole else "a number"
            raise argparse.ArgumentTypeError(f"{text!r} is not {kind}; give one {span}") from None
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"{text!r} is not a finite number; give one {span}")
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text} is out of range; give a number {span}")
        return value

    return parse
