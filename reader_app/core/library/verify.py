"""Check every bundle of a library against the issue format, beyond what reading needs.

``reader-app-cli verify`` prints these problems; the window can show the same list.
Each problem is a Message (``core/base/messages.py``) that each face words.
Reading a library already reports damaged parts (``Library.problems``); this
also checks what reading does not: the folder name, the raw source and the
original PDF against their recorded checksums, empty titles and bodies.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from reader_app.core.base.errors import ReaderError, os_reason, shorten
from reader_app.core.base.messages import Message
from reader_app.core.base.model import Issue
from reader_app.core.library.bundle import read_bundle
from reader_app.core.library.library import Library


def verify_library(library: Library) -> tuple[int, list[Message]]:
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
                problems.append(Message.of("not_a_bundle", path=child))
                continue
            try:
                issue = read_bundle(child)
            except ReaderError:
                continue  # already in library.problems
            problems += issue.problems
            problems += check_issue_folder(child, issue)
    return checked, list(dict.fromkeys(problems))


def check_issue_folder(folder: Path, issue: Issue) -> list[Message]:
    """What reading the bundle does not check: names, checksums, empty articles."""
    problems = []
    if folder.name != issue.id:
        problems.append(
            Message.of("id_not_folder_name", path=folder / "issue.toml", issue=issue.id)
        )
    return problems + _check_contents(folder, issue)


def staged_problems(staged: Path) -> list[Message]:
    """``verify``'s problems with a bundle an import staged under a temporary name.

    Import runs this before the rename that commits the bundle, so that it never
    writes what ``verify`` rejects. Paths are said inside the bundle ("articles/003.md"):
    the temporary folder's name means nothing to staff.
    """
    try:
        issue = read_bundle(staged)
    except ReaderError as exc:
        problems = [exc.message]
    else:
        problems = issue.problems + _check_contents(staged, issue)
    return list(dict.fromkeys(_inside(p, staged) for p in problems))


def _inside(message: Message, staged: Path) -> Message:
    """``message`` with the staged folder's name taken out of its paths (the bundle itself: "")."""
    params = []
    for name, value in message.params:
        if isinstance(value, Message):
            value = _inside(value, staged)
        elif isinstance(value, str):
            for prefix in (f"{staged}{os.sep}", f"{staged}/", str(staged)):
                value = value.replace(prefix, "")
        params.append((name, value))
    return Message(message.key, tuple(params))


def _check_contents(folder: Path, issue: Issue) -> list[Message]:
    problems = []
    source = folder / "source.txt"
    if not source.exists():
        problems.append(Message.of("source_missing", path=source))
    elif issue.source_sha256:
        try:
            digest = hashlib.sha256(source.read_bytes()).hexdigest()
        except OSError as exc:
            problems.append(Message.of("file_unreadable", path=source, reason=os_reason(exc)))
        else:
            if digest != issue.source_sha256:
                problems.append(Message.of("source_checksum", path=source))
    problems += check_original(folder, issue)
    for article in issue.articles:
        if not article.title.strip():
            problems.append(Message.of("empty_title", path=folder, article=article.id))
        if not article.body.strip():
            title = shorten(article.title, 40) if article.title.strip() else ""
            problems.append(Message.of("empty_body", path=folder, article=article.id, title=title))
    return problems


def check_original(folder: Path, issue: Issue) -> list[Message]:
    """Format 2: the PDF kept in the bundle must be there and match original_sha256."""
    if not issue.original_file:
        return []
    original = folder / issue.original_file
    if not original.is_file():
        return [Message.of("original_missing", path=original)]
    digest = hashlib.sha256()
    try:
        with original.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
    except OSError as exc:
        return [Message.of("file_unreadable", path=original, reason=os_reason(exc))]
    if issue.original_sha256 and digest.hexdigest() != issue.original_sha256:
        return [Message.of("original_checksum", path=original)]
    return check_ocr(folder, issue, digest.hexdigest())


def check_ocr(folder: Path, issue: Issue, original_sha256: str) -> list[Message]:
    """Format 3: ocr.json is there, reads, and was recognised from this very scan."""
    if not issue.ocr_file:
        return []
    from reader_app.core.importer.pdfocr import OcrFileError, read_ocr_json

    path = folder / issue.ocr_file
    try:
        data = path.read_bytes()
        read_ocr_json(data)
    except FileNotFoundError:
        return [Message.of("ocr_missing", path=path)]
    except OSError as exc:
        return [Message.of("file_unreadable", path=path, reason=os_reason(exc))]
    except OcrFileError as exc:
        return [Message.of("ocr_damaged", path=path, reason=str(exc))]
    import json

    if json.loads(data).get("original_sha256") not in (None, original_sha256):
        return [Message.of("ocr_other_scan", path=path)]
    return []
