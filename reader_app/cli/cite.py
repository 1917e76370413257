"""``reader-app-cli cite``: one article's reference for scripts and researchers."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from reader_app.core.services.citeformats import FORMATS, cite


def cmd_cite(args: argparse.Namespace) -> int:
    """Print the reference; an unknown id is NotFoundError (exit 4) from the library."""
    library = args.session.library
    issue, article = library.find_article(args.article_id)
    text = cite(article, issue, args.style, accessed=args.accessed)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_subcommands(sub: argparse._SubParsersAction[Any]) -> None:
    # [Any]: its parsers are cli/__init__.py's ArgumentParser subclass (the type is invariant)
    p = sub.add_parser(
        "cite",
        help="print an article's reference (GB/T 7714—2025 by default, 2015, RIS, BibTeX)",
    )
    p.add_argument("article_id", metavar="ARTICLE_ID")
    p.add_argument(
        "--style",
        choices=FORMATS,
        default=FORMATS[0],
        help="gb7714-2025 (default), gb7714-2015, ris (Zotero/EndNote), bibtex",
    )
    p.add_argument(
        "--accessed",
        type=_date,
        metavar="YYYY-MM-DD",
        help="access date for online sources (default: today)",
    )
    p.set_defaults(func=cmd_cite)
