"""What the About dialog reports: version, library, index, policy and logs, as plain text.

Qt-free so the CLI and tests can show and check exactly what IT sees in the dialog.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader_app import __version__
from reader_app.core.app.indexplace import IndexPlace
from reader_app.core.base.messages import Message
from reader_app.core.library.library import Library
from reader_app.core.machine.logsetup import log_file
from reader_app.core.machine.paths import portable_marker
from reader_app.core.machine.policy import Policy

if TYPE_CHECKING:
    from reader_app.core.search.thesaurus import Thesaurus


@dataclass(frozen=True)
class Section:
    title: str
    rows: list[tuple[str, str]] = field(default_factory=list)
    #: The policy's and thesaurus's own lines; the library's problems as Messages (the
    #: dialog words them; the copied text gives their keys and values, for a bug report).
    problems: list[str | Message] = field(default_factory=list)


def about_sections(
    library: Library,
    policy: Policy,
    index_place: IndexPlace | None = None,
    index_docs: int | None = None,
    thesaurus: Thesaurus | None = None,
) -> list[Section]:
    """The About dialog's content, section by section (English keys; the GUI translates)."""
    frozen = "frozen build" if getattr(sys, "frozen", False) else "from source"
    marker = portable_marker()
    program = Section(
        "Program",
        [
            ("Version", f"reader-app {__version__}"),
            ("Runtime", f"Python {platform.python_version()}, {frozen}, {platform.system()}"),
            ("Portable mode", f"on ({marker})" if marker else "off"),
        ],
    )
    folders = []
    for folder in library.folders:
        kind = "bundled" if folder.bundled else ("user" if folder.writable else "read-only")
        if folder.path.is_dir():
            state = ""
        elif folder.writable and not folder.path.exists():  # made by the first import
            state = " — not created yet"
        else:
            state = " — not reachable"
        folders.append((f"Folder ({kind})", f"{folder.path}{state}"))
    articles = sum(len(issue.articles) for issue in library.issues)
    library_section = Section(
        "Library",
        [("Issues", str(len(library.issues))), ("Articles", str(articles)), *folders],
        list[str | Message](library.problems),
    )
    if index_place is None:
        index_rows = [("State", "not opened yet")]
    else:
        docs = "building…" if index_docs is None else f"{index_docs} articles indexed"
        index_rows = [("Location", index_place.describe()), ("State", docs)]
    policy_section = Section("Policy", policy.summary(), list(policy.problems))
    logs = Section("Logs", [("Log file", str(log_file()))])
    sections = [program, library_section, Section("Search index", index_rows)]
    if thesaurus is not None:  # the files in use, and what was wrong with the others
        rows = [("Thesaurus file", name) for name in thesaurus.files]
        sections.append(Section("Search thesaurus", rows, list(thesaurus.problems)))
    return [*sections, policy_section, logs]


def about_text(sections: list[Section]) -> str:
    """Plain-text rendering, for ``Copy`` in the dialog and for bug reports."""
    lines = []
    for section in sections:
        lines.append(f"[{section.title}]")
        lines += [f"{key}: {value}" for key, value in section.rows]
        lines += [f"PROBLEM: {problem}" for problem in section.problems]
        lines.append("")
    return "\n".join(lines)
