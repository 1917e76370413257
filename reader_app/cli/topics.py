"""``reader-app-cli topic``: standing topics (定题) for staff scripts (core/services/topics.py).

Staff only: a public workstation refuses every topic command (exit 5). ``import`` calls
:func:`follow_imports`: the index takes the issues that arrived and each topic's query
runs over them.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from reader_app.cli.common import EXIT_NOTHING_CHANGED, EXIT_POLICY, error_text
from reader_app.cli.common import err as _err
from reader_app.cli.common import out as _out
from reader_app.core.app.session import Session
from reader_app.core.machine.policy import Action, Policy


def _store(session: Session) -> Any:
    from reader_app.core.services.readinglists import ListStore

    return ListStore.user(session.dirs)


def _refused(policy: Policy) -> int:
    _err(
        f"error: topics are staff tools, turned off by the machine policy ({policy.source}); "
        "nothing was changed. Use a staff machine."
    )
    return EXIT_POLICY


def _index(session: Session) -> Any:
    """The search index as ``search`` opens it, with the thesauri for expansion."""
    from reader_app.cli.search import _open_index, _use_thesaurus

    index = _open_index(session)
    _use_thesaurus(session, index)
    return index


def follow_imports(session: Session, quiet: bool = False) -> None:
    """After an import: the index takes the issues that arrived, then every topic's query
    runs over them (one line each, on stderr with ``--json`` so the JSON stays one
    document).

    The index is brought up to date whether or not there are topics, as the window does
    after an import: the next ``search`` then opens it as is, and topics add only their
    own searches to an import (docs/performance.md, issue 23). An index that cannot be
    written is one note line; the import stands and the next search tries again.
    """
    from reader_app.core.base.errors import ReaderError
    from reader_app.core.services import topics

    try:
        index = _index(session)
    except ReaderError as exc:
        _err(f"note: the search index was not updated: {error_text(exc)}")
        return
    from reader_app.cli.search import _warn_if_stale

    _warn_if_stale(index)  # a read-only or busy index: said once, the import stands
    with index:
        if not session.policy.allows(Action.TOPICS):
            return
        store = _store(session)
        if not topics.topics(store):
            return
        report = topics.catch_up(store, index)
    for name, added in report.items():
        if added:
            line = f"topic {name}: {added} new article(s); `reader-app-cli topic new {name}`"
            (_err if quiet else _out)(line)


def _catch_up(session: Session, store: Any) -> None:
    """Bring the topics up to date when the library holds issues they have not seen
    (a publish this machine picked up, an import made elsewhere)."""
    from reader_app.core.services import topics

    hashes = {i.id: i.content_hash or "" for i in session.library.issues}
    if all(not topics.behind(t, hashes) for t in topics.topics(store)):
        return
    with _index(session) as index:
        topics.catch_up(store, index)


def cmd_topic(args: argparse.Namespace) -> int:
    from reader_app.core.services import topics

    if not args.policy.allows(Action.TOPICS):
        return _refused(args.policy)
    store = _store(args.session)
    action = args.action
    if action == "add":
        return _add(args, store)
    if action == "list":
        _catch_up(args.session, store)
        rows = [topics.summary(t) for t in topics.topics(store)]
        if args.json:
            _out(json.dumps({"topics": rows}, ensure_ascii=False, indent=2))
        for row in rows if not args.json else []:
            _out(f"{row['name']}  ·  新 {row['new']}  ·  已收 {row['accepted']}  ·  {row['query']}")
        return 0
    if action == "new":
        return _new(args, store)
    reading_list = topics.find(store, args.name)
    if action == "remove":
        store.delete(reading_list)
        _out(f"removed topic {reading_list.name!r} ({len(reading_list.items)} accepted article(s))")
        return 0
    if action == "run":
        with _index(args.session) as index:
            added = topics.run_whole(reading_list, index)
        store.save(reading_list)
        total = len(reading_list.topic.new) if reading_list.topic else 0
        _out(f"topic {reading_list.name}: {total} new article(s) ({added} not offered before)")
        return 0
    library = args.session.library
    if action == "accept":
        changed = topics.accept(reading_list, args.ids, library, args.note.strip())
        verb = "accepted"
    else:
        changed = topics.dismiss(reading_list, args.ids, library)
        verb = "dismissed"
    store.save(reading_list)
    _out(f"topic {reading_list.name}: {verb} {len(changed)} article(s)")
    return 0 if changed or (action == "accept" and args.note.strip()) else EXIT_NOTHING_CHANGED


def _add(args: argparse.Namespace, store: Any) -> int:
    from reader_app.core.services import topics
    from reader_app.core.services.topicfile import StandingQuery, check_dates, check_query

    date_from = args.date_from.isoformat() if args.date_from else None
    date_to = args.date_to.isoformat() if args.date_to else None
    check_dates(date_from, date_to)
    query = StandingQuery(
        check_query(args.query),
        args.section or None,
        args.source or None,
        date_from,
        date_to,
        not args.no_expand,
    )
    reading_list = topics.add(store, args.name, query, replace=args.replace)
    with _index(args.session) as index:  # its first run: every match of the library is new
        topics.run_whole(reading_list, index)
    store.save(reading_list)
    new = len(reading_list.topic.new) if reading_list.topic else 0
    _out(f"topic {reading_list.name}: {new} new article(s), {len(reading_list.items)} accepted")
    return 0


def _new(args: argparse.Namespace, store: Any) -> int:
    from reader_app.core.services import topics

    _catch_up(args.session, store)
    reading_list = topics.find(store, args.name)
    with _index(args.session) as index:
        hits, changed = topics.new_hits(reading_list, index)
    if changed:
        store.save(reading_list)
    assert reading_list.topic is not None
    if args.json:
        data = {
            "topic": reading_list.name,
            "query": reading_list.topic.query.text,
            "total": len(hits),
            "hits": [hit.to_dict() for hit in hits],
        }
        _out(json.dumps(data, ensure_ascii=False))
        return 0
    _out(f"{reading_list.name} · 新 {len(hits)}  ({reading_list.topic.query.text})")
    for hit in hits:
        where = " · ".join(str(x) for x in (hit.issue, hit.section, hit.source, hit.date) if x)
        _out(f"\n{hit.article}  {hit.title}\n  {where}")
        text, last, marked = hit.snippet_text, 0, []
        for start, end in hit.snippet_spans:
            marked.append(text[last:start] + "【" + text[start:end] + "】")
            last = end
        _out("  " + "".join(marked) + text[last:])
    return 0


def add_subcommands(subparsers: Any) -> None:
    """Register ``topic`` on the CLI's subparsers."""
    from reader_app.cli.search import _date

    p = subparsers.add_parser("topic", help="standing topics (定题) that follow every new issue")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="a topic: a reading list with a standing query")
    add.add_argument("name", metavar="NAME")
    add.add_argument("query", metavar="QUERY", help="as `search` takes it")
    add.add_argument("--section", metavar="S")
    add.add_argument("--source", metavar="S")
    add.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    add.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    add.add_argument("--no-expand", action="store_true", help="only the words as typed")
    add.add_argument(
        "--replace", action="store_true", help="a new query for a topic or list; accepted kept"
    )
    listing = actions.add_parser("list", help="every topic: name, query, accepted, new")
    listing.add_argument("--json", action="store_true")
    new = actions.add_parser("new", help="a topic's new articles (id, title, issue, snippet)")
    new.add_argument("name", metavar="NAME")
    new.add_argument("--json", action="store_true", help="in the shape of `search --json`")
    accept = actions.add_parser("accept", help="accept articles into the topic's list")
    accept.add_argument("name", metavar="NAME")
    accept.add_argument("ids", nargs="+", metavar="ID")
    accept.add_argument("--note", default="", metavar="TEXT", help="staff's note (推荐语)")
    dismiss = actions.add_parser("dismiss", help="never offer these articles again")
    dismiss.add_argument("name", metavar="NAME")
    dismiss.add_argument("ids", nargs="+", metavar="ID")
    run = actions.add_parser("run", help="run the query over the whole library")
    run.add_argument("name", metavar="NAME")
    remove = actions.add_parser("remove", help="delete the topic (and its accepted list)")
    remove.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_topic)
