"""``reader-app-cli remove`` and ``reader-app-cli publish``: staff publishing to the share.

Imports go onto the share through ``reader-app-cli import`` itself when the
policy says this machine publishes (``publish_library``); these commands take
an issue off the share and (re)publish its search index, e.g. once for a share
filled by hand by an older version. See docs/deployment.md §6.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from reader_app.cli import text as cli_text
from reader_app.cli.common import number_in
from reader_app.core.base.messages import Message
from reader_app.core.machine.policy import Policy

EXIT_POLICY = 5


def _share(policy: Policy) -> Any:
    """The share this machine publishes to, or None after one clear line."""
    if policy.publish_folder is None:
        where = policy.source or "none"
        sys.stderr.write(
            "error: this machine does not publish to a shared library (policy file: "
            f"{where}); nothing was changed. On the staff machine, set publish_library = true "
            "and the share as the first of library_folders (docs/deployment.md §6).\n"
        )
    return policy.publish_folder


def _progress(done: int, total: int, message: Message) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{cli_text.text(message)} {done}/{total}   ")


def cmd_remove(args: argparse.Namespace) -> int:
    from reader_app.core.share.publish import publish_index, publishing, remove_issue

    share = _share(args.policy)
    if share is None:
        return EXIT_POLICY
    with publishing(share, wait=args.wait):
        folder = remove_issue(share, args.issue_id)
        generation = publish_index(share, _progress)
    sys.stdout.write(f"removed: {args.issue_id} ({folder}); search index {generation}\n")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from reader_app.core.share.publish import publish_index, publishing

    share = _share(args.policy)
    if share is None:
        return EXIT_POLICY
    with publishing(share, wait=args.wait):
        generation = publish_index(share, _progress)
    sys.stdout.write(f"published: {share} (search index {generation})\n")
    return 0


#: ``--wait``: up to an hour; a publish that waits longer should be run again later.
MAX_WAIT = 3600.0
_WAIT = number_in(0, MAX_WAIT, unit=" seconds")


def add_subcommands(subparsers: Any) -> None:
    """Register ``remove`` and ``publish`` on the CLI's subparsers."""
    from reader_app.core.share.publish import WAIT_ENV, WAIT_SECONDS

    wait_help = (
        f"seconds to wait for another staff machine, 0 to {MAX_WAIT:g} "
        f"(default {WAIT_SECONDS:g}, or ${WAIT_ENV})"
    )
    p = subparsers.add_parser("remove", help="take an issue off the shared library")
    p.add_argument("issue_id", metavar="ISSUE_ID")
    p.add_argument("--wait", type=_WAIT, default=None, help=wait_help)
    p.set_defaults(func=cmd_remove)

    p = subparsers.add_parser(
        "publish", help="publish the shared library's search index for the workstations"
    )
    p.add_argument("--wait", type=_WAIT, default=None, help=wait_help)
    p.set_defaults(func=cmd_publish)
