"""``reader-app-cli search`` and ``reader-app-cli index``: the search core for scripts and IT."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader_app.cli import text as cli_text
from reader_app.cli.common import MAX_LIMIT, number_in
from reader_app.core.base.messages import Message
from reader_app.core.machine.startup import resume_gc
from reader_app.core.search.engine import SORTS
from reader_app.core.search.index import SearchIndex, index_write_error
from reader_app.core.search.results import SearchResult

if TYPE_CHECKING:
    from reader_app.core.app.session import Session

logger = logging.getLogger(__name__)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _progress(done: int, total: int, message: Message) -> None:
    sys.stderr.write(f"\r{cli_text.text(message)} {done}/{total}   ")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _open_index(session: Session, rebuild: bool = False, deep: bool = False) -> SearchIndex:
    """The index where the machine policy and the shipped index say (core/app/indexplace.py).

    ``deep``: check every article file against the catalogue (``index``), not only the
    bundle folders (``search``: a file rewritten in place is noticed by ``index``, by the
    window and when the article is opened; docs/decisions.md).
    """
    from reader_app.core.app.indexplace import open_index, place_index

    library = session.open_library(deep=True) if deep else session.library
    if rebuild:  # never into the shipped, read-only index
        place = place_index(library, session.policy, session.dirs, use_shipped=False)
        index = SearchIndex(place.root, library)
        try:
            index.build(_progress)
        except OSError as exc:  # disk full, read-only folder: one clear line
            index.close()
            raise index_write_error(index.root, exc) from None
        return index
    progress = _progress if sys.stderr.isatty() else None
    index, place = open_index(library, session.policy, session.dirs, progress)
    if place.note:  # the shared library: offline copy, or why its index is not used
        sys.stderr.write(f"note: {place.note}\n")
    return index


def _use_thesaurus(session: Session, index: SearchIndex) -> None:
    """The shipped, policy and user thesauri; a bad file is one warning line, the rest used."""
    from reader_app.core.search.thesaurus import load_thesaurus

    thesaurus = load_thesaurus(session.policy.thesaurus_folders, session.dirs.data)
    for problem in thesaurus.problems:
        sys.stderr.write(f"warning: {problem}\n")
    index.set_thesaurus(thesaurus)


def expansions_line(result: SearchResult) -> str:
    """「也检索了：自由贸易试验区 (5)、自贸港 (4)」, or "" when nothing was expanded."""
    if not result.expansions:
        return ""
    return "也检索了：" + "、".join(f"{e.term} ({e.count})" for e in result.expansions)


def _print_text(result: SearchResult) -> None:
    out = sys.stdout
    out.write(f"{cli_text.understood(result)} — {result.total} 篇，{result.took_ms:.0f} ms\n")
    if result.expansions:
        out.write(expansions_line(result) + "（不扩展：--no-expand 或在词前加 =）\n")
    for hit in result.hits:
        where = " · ".join(str(x) for x in (hit.issue, hit.section, hit.source, hit.date) if x)
        page = f" 第{hit.page}页" if hit.page else ""
        also = "  （扩展词命中）" if hit.via_expansion else ""
        out.write(f"\n{hit.article}  {hit.title}\n  {where}{page}{also}\n")
        text, last, marked = hit.snippet_text, 0, []
        for start, end in hit.snippet_spans:
            marked.append(text[last:start] + "【" + text[start:end] + "】")
            last = end
        out.write("  " + "".join(marked) + text[last:] + "\n")
    if result.near:
        out.write(f"您是不是要找：{'、'.join(result.near)}\n")
    for tip in result.suggestions:
        out.write(f"提示：{cli_text.text(tip)}\n")


def cmd_search(args: argparse.Namespace) -> int:
    options: dict[str, Any] = {
        "issue": args.issue,
        "section": args.section,
        "source": args.source,
        "date_from": args.date_from,
        "date_to": args.date_to,
        "sort": args.sort,
        "limit": args.limit,
        "expand": not args.no_expand,
    }
    queries = sys.stdin if args.query == "-" else [args.query]
    with _open_index(args.session) as index:
        resume_gc()  # paused by the CLI's main while starting (core/machine/startup.py)
        _warn_if_stale(index)
        if not args.no_expand:
            _use_thesaurus(args.session, index)
        root = index.root
        for line in queries:
            query = line.rstrip("\r\n") if args.query == "-" else line
            result = index.search(query, **options)
            root = _say_what_answered(index, root, result)
            if args.json or args.query == "-":
                data = result.to_dict(cli_text.understood(result))
                data["index_stale"] = index.stale is not None
                data["index_stale_reason"] = index.stale
                text = json.dumps(data, ensure_ascii=False)
                sys.stdout.write(text + "\n")
                sys.stdout.flush()
            else:
                _print_text(result)
    return 0


def _say_what_answered(index: SearchIndex, root: Path, result: SearchResult) -> Path:
    """A line on stderr when the answer did not come from where the index was opened.

    A followed share can go away after the index was opened from it: the local copy
    then answers (core/search/index.py standby), or nothing can, and the user is told.
    """
    if index.root != root:
        from reader_app.core.share.follow import offline_note

        sys.stderr.write(f"note: {offline_note(root.parent)}\n")
    if any(tip.key == "index_unavailable" for tip in result.suggestions):
        sys.stderr.write(f"warning: {index.root}: {cli_text.text(Message('index_unavailable'))}\n")
    sys.stderr.flush()
    return index.root


def cmd_index(args: argparse.Namespace) -> int:
    with _open_index(args.session, rebuild=args.rebuild, deep=True) as index:
        sys.stderr.write(f"index: {index.doc_count()} articles in {index.root}\n")
        _warn_if_stale(index)
    return 0


def _warn_if_stale(index: SearchIndex) -> None:
    """One line when the index answers from an older state of the library (exit code kept)."""
    if index.stale is None:
        return
    if index.stale_kind == "busy":
        todo = "try again when it has finished"
    elif index.stale_kind == "unfinished":
        todo = "run `reader-app-cli publish` on the staff machine"
    else:
        todo = "run `reader-app-cli index` where the index folder can be written"
    sys.stderr.write(
        f"warning: the search index is out of date ({index.doc_count()} articles indexed, "
        f"the library holds {index.stale_held}): {index.stale}. Results may miss recent changes; {todo}.\n"
    )


def add_subcommands(subparsers: Any) -> None:
    """Register ``search`` and ``index`` on the CLI's subparsers."""
    p = subparsers.add_parser("search", help="full-text search of the library")
    p.add_argument("query", metavar="QUERY", help="the query; '-' reads one query per line")
    p.add_argument(
        "--limit",
        type=number_in(0, MAX_LIMIT, whole=True),
        default=20,
        help=f"at most this many hits, 0 to {MAX_LIMIT} (default 20; 0 counts only)",
    )
    p.add_argument("--issue", metavar="ID")
    p.add_argument("--section", metavar="S")
    p.add_argument("--source", metavar="S")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    p.add_argument("--sort", choices=SORTS, default="relevance")
    p.add_argument("--json", action="store_true", help="one JSON object per query")
    p.add_argument(
        "--no-expand",
        action="store_true",
        help="only the words as typed: no thesaurus or abbreviation expansion",
    )
    p.set_defaults(func=cmd_search)

    p = subparsers.add_parser("index", help="build or update the search index")
    p.add_argument("--rebuild", action="store_true", help="rebuild from scratch")
    p.set_defaults(func=cmd_index)
