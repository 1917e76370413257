"""Reading-room services on the command line: ``stats``, ``readinglist`` and ``export``.

Registered by ``reader_app.cli.build_parser`` through :func:`add_subcommands`.
Every policy question is asked in :func:`_policy_allows`, one place to switch
when the policy grows a single ``allows()`` question.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from reader_app import LANGUAGES
from reader_app.cli.common import MAX_LIMIT, number_in
from reader_app.cli.text import error_text, text
from reader_app.core.app.session import Session
from reader_app.core.base.errors import ReaderError
from reader_app.core.base.messages import Message
from reader_app.core.machine.policy import Action, Policy

EXIT_NOTHING = 1
EXIT_POLICY = 5
EXIT_USAGE = 64


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def _policy_allows(policy: Policy, what: str) -> bool:
    """The machine policy's answer for ``export`` (files) and ``import`` (reading lists)."""
    action = {"export": Action.BATCH_EXPORT, "import": Action.IMPORT}[what]
    return policy.allows(action)


def _refused(policy: Policy, what: str) -> int:
    source = policy.source
    _err(
        f"error: {what} is turned off by the machine policy ({source}); nothing was written. "
        "Do it on a staff machine, or ask IT to change the policy."
    )
    return EXIT_POLICY


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


# ------------------------------------------------------------------ stats


def cmd_stats(args: argparse.Namespace) -> int:
    from reader_app.core.services import stats

    if args.date_from and args.date_to and args.date_from > args.date_to:
        _err(f"error: --from {args.date_from} is after --to {args.date_to}")
        return EXIT_USAGE
    session = args.session
    try:
        store = stats.Statistics.open(session.policy, session.dirs)
    except stats.StatisticsOffError as exc:
        _err(f"stats: {error_text(exc)}")
        return EXIT_NOTHING
    import sqlite3

    try:
        with store:
            if args.merge is not None:
                return _merge(store, args.merge, session.policy)
            if args.export is not None:
                return _export(store, args.export, session.policy)
            report = store.report(args.date_from, args.date_to)
    except sqlite3.Error as exc:
        raise ReaderError(
            Message.of("stats_db_damaged", path=store.path, reason=str(exc))
        ) from None
    if args.json:
        _out(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    elif args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerows(report.daily_rows())
    else:
        _print_report(report)
    return 0


def _export(store: Any, target: str, policy: Any) -> int:
    from reader_app.core.services import stats

    if target:
        path = Path(target)
    elif policy.statistics_drop_folder is not None:
        path = policy.statistics_drop_folder / stats.drop_file_name(store.machine)
    else:
        raise ReaderError(Message.of("stats_export_needs_file"))
    rows = store.export_file(path)
    _out(f"exported {rows} daily count(s) of machine {store.machine} to {path}")
    return 0


def _merge(store: Any, files: list[str], policy: Any) -> int:
    from reader_app.core.services import stats

    paths = [Path(f) for f in files]
    if not paths and policy.statistics_drop_folder is not None:
        paths = stats.drop_folder_files(policy.statistics_drop_folder)
    if not paths:
        raise ReaderError(Message.of("stats_merge_needs_files"))
    status = 0
    for path in paths:
        try:
            rows = store.merge_file(path)
        except ReaderError as exc:
            _err(f"error: {error_text(exc)}")
            status = EXIT_NOTHING
            continue
        _out(f"merged {rows} daily count(s) from {path}")
    return status


def _print_report(report: Any) -> None:
    span = f"{report.date_from or '…'} – {report.date_to or '…'}"
    _out(f"统计 / statistics {span}  ({report.machines} machine(s))")
    labels = {
        "search": "检索 searches",
        "zero_hit": "无结果 no hits",
        "article": "文章打开 article opens",
        "issue": "期刊打开 issue opens",
        "print": "打印 prints",
        "export": "导出 exports",
        "session": "会话 sessions",
    }
    for kind, label in labels.items():
        _out(f"  {report.totals.get(kind, 0):>7}  {label}")
    sections = [
        ("最常阅读的文章 / most read articles", report.articles),
        ("最常阅读的栏目 / most read sections", report.sections),
        ("常用检索词（≥2 次）/ queries asked at least twice", report.queries),
        ("无结果的检索词（≥2 次）/ zero-hit queries asked at least twice", report.zero_queries),
    ]
    for title, rows in sections:
        if rows:
            _out(f"\n{title}")
            for item, n in rows:
                _out(f"  {n:>5}  {item}")


# ------------------------------------------------------------------ reading lists


def cmd_readinglist(args: argparse.Namespace) -> int:
    from reader_app.core.services import readinglists as rl

    policy, dirs = args.session.policy, args.session.dirs
    if args.action == "list":
        lists, problems = rl.all_lists(policy, dirs)
        for problem in problems:
            _err(f"warning: {text(problem)}")
        for reading_list in lists:
            where = "shared, read only" if reading_list.read_only else "own"
            _out(f"{reading_list.name}  [{len(reading_list.items)} item(s), {where}]")
        return 0
    if args.action == "show":
        reading_list = rl.find_list(args.name, policy, dirs)
        if args.json:
            _out(reading_list.to_json().rstrip("\n"))
            return 0
        _show_list(args.session.library, reading_list)
        return 0
    if args.action == "export":
        if not _policy_allows(args.policy, "export"):
            return _refused(args.policy, "export")
        reading_list = rl.find_list(args.name, policy, dirs)
        rl.write_file(reading_list, Path(args.file))
        _out(f"exported {len(reading_list.items)} item(s) to {args.file}")
        return 0
    # import
    if not _policy_allows(args.policy, "import"):
        return _refused(args.policy, "import")
    reading_list = rl.ListStore.user(dirs).import_file(Path(args.file), replace=args.replace)
    _out(
        f"imported {reading_list.name!r} ({len(reading_list.items)} item(s)) → {reading_list.path}"
    )
    return 0


def _show_list(library: Any, reading_list: Any) -> None:
    from reader_app.core.services.citation import citation

    _out(reading_list.name)
    if reading_list.description:
        _out(reading_list.description)
    for number, item in enumerate(reading_list.items, 1):
        try:
            issue, article = library.find_article(item.article)
        except ReaderError:
            _out(f"\n{number}. {item.title or item.article}  [{item.article}: not in this library]")
        else:
            _out(f"\n{number}. {article.title}  [{article.id}]")
            _out(f"   {citation(article, issue)}")
        if item.note:
            _out(f"   注 / note: {item.note}")


# ------------------------------------------------------------------ batch export


def cmd_export(args: argparse.Namespace) -> int:
    """A compilation (专题汇编) as DOCX or PDF: cover, contents, articles with notes."""
    from reader_app.core.services import batch as batches
    from reader_app.core.services import compilation as compilations
    from reader_app.core.services import readinglists as rl

    sources = sum(bool(x) for x in (args.ids, args.query, args.list, args.topic))
    if sources != 1:
        _err(
            "error: export needs exactly one of: article ids, --query Q, --list NAME, --topic NAME"
        )
        return EXIT_USAGE
    if not _policy_allows(args.policy, "export"):
        return _refused(args.policy, "export")
    library = args.session.library
    session = args.session
    if args.list:
        reading_list = rl.find_list(args.list, session.policy, session.dirs)
        batch = batches.from_list(library, reading_list)
    elif args.topic:
        topic = compilations.find_topic(args.topic, session.policy, session.dirs)
        batch = batches.from_list(library, topic)
    elif args.query:
        batch = batches.from_query(
            library, _query_ids(args.session, args.query, args.limit), args.query
        )
    else:
        batch = batches.from_ids(library, args.ids)
    for missing in batch.missing:
        _err(f"warning: no article {missing!r} in this library; left out")
    if not batch.entries:
        _err("error: no articles to export; nothing was written")
        return EXIT_NOTHING
    compiled_by, compiler = _compiler(args)
    compilation = compilations.make(
        batch, title=args.title or "", order=args.sort, compiled_by=compiled_by, compiler=compiler
    )
    from reader_app.output import batchpdf

    language = session.policy.language or LANGUAGES[0]
    if args.docx:
        batchpdf.write_compilation_docx(Path(args.docx), compilation, language)
        _out(f"wrote {args.docx}: {len(batch.entries)} article(s)")
    else:
        pages = batchpdf.write_compilation_pdf(Path(args.pdf), compilation, language)
        _out(f"wrote {args.pdf}: {len(batch.entries)} article(s), {pages} page(s)")
    _record_export(args.session)
    return 0


def _compiler(args: argparse.Namespace) -> tuple[str, str]:
    """The cover's compiling body and compiler: the options, else the window's staff settings."""
    compiled_by, compiler = args.compiled_by, args.compiler
    if compiled_by is None or compiler is None:
        from reader_app.output.batchpdf import saved_compiler

        saved = saved_compiler()
        compiled_by = saved[0] if compiled_by is None else compiled_by
        compiler = saved[1] if compiler is None else compiler
    return compiled_by.strip(), compiler.strip()


def _query_ids(session: Session, query: str, limit: int) -> list[str]:
    from reader_app.cli.search import _open_index

    with _open_index(session) as index:
        result = index.search(query, limit=limit)
    return [hit.article for hit in result.hits]


def _record_export(session: Session) -> None:
    """Count the export like the window does (never fatal: statistics may be off)."""
    from reader_app.core.services import stats

    try:
        with stats.Statistics.open(session.policy, session.dirs) as store:
            store.count(stats.EXPORT)
    except ReaderError:
        pass


# ------------------------------------------------------------------ registration


def add_subcommands(subparsers: Any) -> None:
    """Register ``stats``, ``readinglist`` and ``export`` on the CLI's subparsers."""
    p = subparsers.add_parser("stats", help="anonymous daily usage counts of this machine")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    shape = p.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="the report as JSON")
    shape.add_argument("--csv", action="store_true", help="one CSV row per day")
    shape.add_argument(
        "--export",
        nargs="?",
        const="",
        metavar="FILE",
        help="write the daily counts as JSON (default: the policy's statistics_drop_folder)",
    )
    shape.add_argument(
        "--merge",
        nargs="*",
        metavar="FILE",
        help="merge exports of other machines (default: the statistics_drop_folder's files)",
    )
    p.set_defaults(func=cmd_stats)

    p = subparsers.add_parser("readinglist", help="staff reading lists (书单)")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", help="every reading list here")
    show = actions.add_parser("show", help="print a list with citations and notes")
    show.add_argument("name", metavar="NAME")
    show.add_argument("--json", action="store_true", help="the list file itself")
    export = actions.add_parser("export", help="write a list to a file (docs/reading-lists.md)")
    export.add_argument("name", metavar="NAME")
    export.add_argument("file", metavar="FILE")
    imp = actions.add_parser("import", help="add a list file to this machine's lists")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--replace", action="store_true", help="overwrite a list of the same name")
    p.set_defaults(func=cmd_readinglist)

    p = subparsers.add_parser(
        "export", help="a compilation (专题汇编): cover, contents, articles, as DOCX or PDF"
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--pdf", metavar="OUT.pdf", help="write a PDF")
    target.add_argument("--docx", metavar="OUT.docx", help="write a Word document")
    p.add_argument("ids", nargs="*", metavar="ID")
    p.add_argument("--query", metavar="Q", help="every hit of a search (see --limit)")
    p.add_argument("--list", metavar="NAME", help="the articles of a reading list")
    p.add_argument("--topic", metavar="NAME", help="the accepted articles of a topic (定题)")
    p.add_argument("--title", metavar="T", help="the compilation's title (default: the list's)")
    p.add_argument(
        "--sort",
        choices=("list", "date", "issue"),
        default="list",
        help="list: as listed or found (default); date: oldest first; issue: by issue and section",
    )
    p.add_argument(
        "--compiled-by",
        metavar="BODY",
        help="the compiling body on the cover (default: the window's staff setting)",
    )
    p.add_argument(
        "--compiler",
        metavar="NAME",
        help="the compiler on the cover (default: as set in the window)",
    )
    p.add_argument(
        "--limit",
        type=number_in(1, MAX_LIMIT, whole=True),
        default=50,
        help=f"at most this many hits, 1 to {MAX_LIMIT} (default 50)",
    )
    p.set_defaults(func=cmd_export)
