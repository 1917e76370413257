"""Check every bundle of a library against the issue format, beyond what reading needs.

``reader-app-cli verify`` prints these problems; the window can show the same list.
Reading a library already reports damaged parts (``Library.problems``); this
also checks what reading does not: the folder name, the raw source and the
original PDF against their recorded checksums, empty titles and bodies.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from reader_app.core.base.errors import ReaderError, os_reason, shorten
from reader_app.core.base.model import Issue
from reader_app.core.library.bundle import read_bundle
from reader_app.core.library.library import Library


def verify_library(library: Library) -> tuple[int, list[str]]:
    """(issue folders checked, problems in order, each once)."""
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
            problems += check_issue_folder(child, issue)
    return checked, list(dict.fromkeys(problems))


def check_issue_folder(folder: Path, issue: Issue) -> list[str]:
    """What reading the bundle does not check: names, checksums, empty articles."""
    problems = []
    if folder.name != issue.id:
        problems.append(f"{folder / 'issue.toml'}: id {issue.id!r} differs from the folder name")
    return problems + _check_contents(folder, issue)


def staged_problems(staged: Path) -> list[str]:
    """``verify``'s problems with a bundle an import staged under a temporary name.

    Import runs this before the rename that commits the bundle, so that it never
    writes what ``verify`` rejects. Paths are said inside the bundle ("articles/003.md"):
    the temporary folder's name means nothing to staff.
    """
    try:
        issue = read_bundle(staged)
    except ReaderError as exc:
        problems = [str(exc)]
    else:
        problems = issue.problems + _check_contents(staged, issue)
    inside = (f"{staged}{os.sep}", f"{staged}/", f"{staged}: ", str(staged))
    for prefix in inside:
        problems = [p.replace(prefix, "") for p in problems]
    return list(dict.fromkeys(problems))


def _check_contents(folder: Path, issue: Issue) -> list[str]:
    problems = []
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
    problems += check_original(folder, issue)
    for article in issue.articles:
        if not article.title.strip():
            problems.append(f"{folder}: article {article.id} has an empty title")
        if not article.body.strip():
            title = f" (“{shorten(article.title, 40)}”)" if article.title.strip() else ""
            problems.append(f"{folder}: article {article.id}{title} has an empty body")
    return problems


def check_original(folder: Path, issue: Issue) -> list[str]:
    """Format 2: the PDF kept in the bundle must be there and match original_sha256."""
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
