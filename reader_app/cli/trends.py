"""``reader-app-cli trend`` and ``related``: a query's matches issue by issue, and the
articles on an open article's subject (core/search/trend.py, core/search/related.py)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from reader_app.cli.common import out
from reader_app.core.base.errors import NotFoundError
from reader_app.core.base.messages import Message
from reader_app.core.machine.startup import resume_gc

MAX_RELATED = 50


def cmd_trend(args: argparse.Namespace) -> int:
    from reader_app.cli.search import _open_index, _use_thesaurus, _warn_if_stale
    from reader_app.core.search.trend import trend

    with _open_index(args.session) as index:
        resume_gc()
        _warn_if_stale(index)
        thesaurus = None
        if not args.no_expand:
            _use_thesaurus(args.session, index)
            thesaurus = index.thesaurus
        issues = (
            index.library.issues if index.library is not None else list(args.session.library.issues)
        )
        rows = index.answer(
            lambda data: trend(data, args.query, issues, section=args.section, thesaurus=thesaurus)
        )
    rows = rows or []
    if args.json:
        out(json.dumps([row.to_dict() for row in rows], ensure_ascii=False))
    elif args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["issue", "date", "matches", "articles", "per_100"])
        for row in rows:
            writer.writerow([row.issue, row.date or "", row.matches, row.articles, row.per_100])
    else:
        out(f"{'期号':<12}{'日期':<12}{'命中':>6}{'篇数':>6}{'每百篇':>8}")
        for row in rows:
            out(
                f"{row.issue:<14}{row.date or '':<14}{row.matches:>6}{row.articles:>8}"
                f"{row.per_100:>10.2f}"
            )
    return 0


def cmd_related(args: argparse.Namespace) -> int:
    from reader_app.cli.search import _open_index, _warn_if_stale
    from reader_app.core.search.related import related

    with _open_index(args.session) as index:
        resume_gc()
        _warn_if_stale(index)
        answer = index.answer(lambda data: related(data, args.id, args.limit))
    if answer is None:
        raise NotFoundError(Message.of("not_in_index", article=args.id))
    rows = answer.rows()
    if args.json:
        out(json.dumps([row.to_dict() for row in rows], ensure_ascii=False))
        return 0
    if not rows:
        out("没有足够相近的文章。")
    for row in rows:
        label = "（转载）" if row.reprint else ""
        why = f"  共同：{'、'.join(row.shared)}" if row.shared else ""
        out(f"{row.article}  {row.title}{label}\n  {row.issue} · {row.score:.2f}{why}")
    return 0


def _limit(text: str) -> int:
    from reader_app.cli.common import number_in

    return int(number_in(1, MAX_RELATED, whole=True)(text))


def add_subcommands(subparsers: Any) -> None:
    """Register ``trend`` and ``related`` on the CLI's subparsers."""
    p = subparsers.add_parser("trend", help="a query's matches in each issue (热度)")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--section", metavar="S")
    p.add_argument(
        "--no-expand", action="store_true", help="only the words as typed (as search --no-expand)"
    )
    form = p.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="a JSON list, one object per issue")
    form.add_argument("--csv", action="store_true", help="CSV with a header row")
    p.set_defaults(func=cmd_trend)

    p = subparsers.add_parser("related", help="articles on the same subject (相关文章)")
    p.add_argument("id", metavar="ID", help="an article id")
    p.add_argument(
        "--limit", type=_limit, default=5, help=f"at most this many, 1 to {MAX_RELATED} (default 5)"
    )
    p.add_argument("--json", action="store_true", help="a JSON list, reprints first")
    p.set_defaults(func=cmd_related)
