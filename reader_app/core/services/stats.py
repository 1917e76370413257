"""Reading-room statistics without personal data: per-day counts in a small SQLite file.

Library privacy practice: nothing per patron. The one table holds
``(day, machine, kind, item, n)`` -- a calendar day, a random machine id, what was
counted, the counted thing (an article id, a section, a query text, or "") and
how often. No time of day, no session, no order of events: two queries on the
same day cannot be linked to each other or to a person. A query text is shown
only when it was asked at least :data:`MIN_QUERY_COUNT` times in the range shown.

Exports are JSON (:func:`export_file`); merging takes, per (day, machine, kind,
item), the larger count -- counts only grow within a day, so merging the same
export twice, or an older one after a newer one, never double-counts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import sqlite3
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader_app.core.base.atomic import random_hex, write_text_atomic
from reader_app.core.base.errors import ReaderError, os_reason
from reader_app.core.base.fileformat import check_header
from reader_app.core.base.messages import Message
from reader_app.core.machine.paths import AppDirs
from reader_app.core.machine.policy import Policy

log = logging.getLogger(__name__)

DB_NAME = "statistics.sqlite3"
FORMAT = "reader-app-statistics"
FORMAT_VERSION = 1
MIN_QUERY_COUNT = 2  # a query text asked once could identify the one who asked it
MAX_QUERY_CHARS = 100

# What is counted. Kinds with an item: article/section opens and query texts.
SEARCH, ZERO_HIT, ARTICLE, SECTION, ISSUE = "search", "zero_hit", "article", "section", "issue"
PRINT, EXPORT, SESSION, QUERY, ZERO_QUERY = "print", "export", "session", "query", "zero_query"
DAILY_KINDS = (SEARCH, ZERO_HIT, ARTICLE, ISSUE, PRINT, EXPORT, SESSION)
KINDS = (*DAILY_KINDS, SECTION, QUERY, ZERO_QUERY)
NETWORK_FS = ("nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS counts (
    day TEXT NOT NULL, machine TEXT NOT NULL, kind TEXT NOT NULL,
    item TEXT NOT NULL DEFAULT '', n INTEGER NOT NULL,
    PRIMARY KEY (day, machine, kind, item)
);
"""


class StatisticsOffError(ReaderError):
    """Statistics are switched off here (policy) or cannot be kept where the policy says."""

    exit_code = 1


def normalize_query(text: str) -> str:
    """One spelling per query text: spaces collapsed, capped (a query is not a document)."""
    return " ".join(text.split())[:MAX_QUERY_CHARS]


# ------------------------------------------------------------------ where


def network_path(path: Path) -> bool:
    """Best effort: a UNC path, or (Linux) a folder on an NFS/SMB mount."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if not sys.platform.startswith("linux"):
        return False
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False
    best, fstype = "", ""
    target = str(path.absolute())
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) > len(
            best
        ):
            best, fstype = point, parts[2]
    return fstype in NETWORK_FS


def database_path(policy: Policy, dirs: AppDirs) -> Path:
    """Where this machine's counts live; raises :class:`StatisticsOffError` when nowhere."""
    source = str(policy.source or "")
    if not policy.statistics:
        raise StatisticsOffError(Message.of("stats_off", source=source))
    if policy.statistics_folder is not None:
        folder = policy.statistics_folder
    elif policy.public_mode:  # the user profile is off limits on a public workstation
        raise StatisticsOffError(Message.of("stats_public_no_folder", source=source))
    else:
        folder = dirs.data
    if network_path(folder):
        raise StatisticsOffError(Message.of("stats_folder_on_network", path=folder))
    return folder / DB_NAME


# ------------------------------------------------------------------ the store


@dataclass
class Report:
    """What the statistics page and ``stats`` show for a date range."""

    date_from: dt.date | None
    date_to: dt.date | None
    days: dict[str, dict[str, int]] = field(default_factory=dict)  # day -> kind -> n
    totals: dict[str, int] = field(default_factory=dict)
    articles: list[tuple[str, int]] = field(default_factory=list)  # most read first
    sections: list[tuple[str, int]] = field(default_factory=list)
    queries: list[tuple[str, int]] = field(default_factory=list)  # asked ≥ MIN_QUERY_COUNT
    zero_queries: list[tuple[str, int]] = field(default_factory=list)
    machines: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "machines": self.machines,
            "totals": self.totals,
            "days": [{"day": day, **counts} for day, counts in self.days.items()],
            "articles": [{"article": a, "opens": n} for a, n in self.articles],
            "sections": [{"section": s, "opens": n} for s, n in self.sections],
            "queries": [{"query": q, "count": n} for q, n in self.queries],
            "zero_hit_queries": [{"query": q, "count": n} for q, n in self.zero_queries],
        }

    def daily_rows(self) -> list[list[Any]]:
        """CSV rows: a header, then one row per day."""
        rows: list[list[Any]] = [["day", *DAILY_KINDS]]
        for day, counts in self.days.items():
            rows.append([day, *(counts.get(kind, 0) for kind in DAILY_KINDS)])
        return rows


class Statistics:
    """One machine's counts. Every call commits; nothing is kept in memory between them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), timeout=5, isolation_level=None)
            self._db.executescript(_SCHEMA)
            row = self._db.execute("SELECT value FROM meta WHERE key='machine'").fetchone()
            if row is None:
                self.machine = random_hex(12)
                self._db.execute("INSERT INTO meta VALUES ('machine', ?)", (self.machine,))
            else:
                self.machine = row[0]
        except (OSError, sqlite3.Error) as exc:
            reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
            raise ReaderError(Message.of("stats_db_unopenable", path=path, reason=reason)) from None

    @classmethod
    def open(cls, policy: Policy, dirs: AppDirs) -> Statistics:
        return cls(database_path(policy, dirs))

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._db.close()

    def __enter__(self) -> Statistics:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ counting
    def count(self, kind: str, item: str = "", day: dt.date | None = None, n: int = 1) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown statistics kind {kind!r}")
        when = (day or dt.date.today()).isoformat()
        self._db.execute(
            "INSERT INTO counts (day, machine, kind, item, n) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (day, machine, kind, item) DO UPDATE SET n = n + excluded.n",
            (when, self.machine, kind, item, n),
        )

    def search(self, query: str, hits: int, day: dt.date | None = None) -> None:
        text = normalize_query(query)
        if not text:
            return
        self.count(SEARCH, day=day)
        self.count(QUERY, text, day=day)
        if hits == 0:
            self.count(ZERO_HIT, day=day)
            self.count(ZERO_QUERY, text, day=day)

    def article_opened(self, article_id: str, section: str, day: dt.date | None = None) -> None:
        self.count(ARTICLE, article_id, day=day)
        if section:
            self.count(SECTION, section, day=day)

    # ------------------------------------------------------------ reading
    def _rows(
        self, date_from: dt.date | None, date_to: dt.date | None
    ) -> list[tuple[str, str, str, str, int]]:
        """(day, machine, kind, item, count) rows, as the table holds them."""
        lo = date_from.isoformat() if date_from else "0000-00-00"
        hi = date_to.isoformat() if date_to else "9999-99-99"
        return self._db.execute(
            "SELECT day, machine, kind, item, n FROM counts WHERE day BETWEEN ? AND ? "
            "ORDER BY day, kind, item",
            (lo, hi),
        ).fetchall()

    def report(
        self, date_from: dt.date | None = None, date_to: dt.date | None = None, top: int = 20
    ) -> Report:
        report = Report(date_from, date_to)
        per_kind: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
        machines = set()
        for day, machine, kind, item, n in self._rows(date_from, date_to):
            machines.add(machine)
            if kind in DAILY_KINDS:
                counts = report.days.setdefault(day, dict.fromkeys(DAILY_KINDS, 0))
                counts[kind] += n
            per_kind.setdefault(kind, Counter())[item] += n
        report.machines = len(machines)
        report.totals = {kind: sum(per_kind[kind].values()) for kind in DAILY_KINDS}
        report.articles = per_kind[ARTICLE].most_common(top)
        report.sections = per_kind[SECTION].most_common(top)

        def shown(counter: Counter[str]) -> list[tuple[str, int]]:
            return [(q, n) for q, n in counter.most_common() if n >= MIN_QUERY_COUNT][:top]

        report.queries = shown(per_kind[QUERY])
        report.zero_queries = shown(per_kind[ZERO_QUERY])
        return report

    # ------------------------------------------------------------ exchange
    def export_data(self) -> dict[str, Any]:
        rows = self._rows(None, None)
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "machine": self.machine,
            "exported": dt.date.today().isoformat(),
            "rows": [list(row) for row in rows],
        }

    def export_file(self, path: Path) -> int:
        data = self.export_data()
        write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=0) + "\n")
        return len(data["rows"])

    def merge_file(self, path: Path) -> int:
        """Merge one export; returns the rows read. Bad files raise one clear line, write nothing."""
        rows = read_export(path)
        with self._db:  # one transaction: a bad file leaves the database as it was
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT INTO counts (day, machine, kind, item, n) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (day, machine, kind, item) DO UPDATE SET n = max(n, excluded.n)",
                rows,
            )
        return len(rows)


def read_export(path: Path) -> list[tuple[str, str, str, str, int]]:
    """The rows of an export file, checked; one line naming the file and what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ReaderError(Message.of("file_unreadable", path=path, reason=os_reason(exc))) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReaderError(Message.of("stats_export_not_json", path=path, reason=str(exc))) from None
    data = check_header(data, str(path), "statistics export", FORMAT, FORMAT_VERSION)
    rows = data.get("rows")
    if not isinstance(rows, list):
        raise ReaderError(Message.of("stats_rows_not_list", path=path))
    checked = []
    for number, row in enumerate(rows, 1):
        if not _valid_row(row):
            raise ReaderError(
                Message.of(
                    "stats_bad_row",
                    path=path,
                    row=number,
                    value=json.dumps(row, ensure_ascii=False)[:80],
                )
            )
        checked.append(tuple(row))
    return checked


def _valid_row(row: object) -> bool:
    if not isinstance(row, list) or len(row) != 5:
        return False
    day, machine, kind, item, n = row
    if not all(isinstance(x, str) for x in (day, machine, kind, item)):
        return False
    try:
        dt.date.fromisoformat(day)
    except ValueError:
        return False
    return kind in KINDS and isinstance(n, int) and not isinstance(n, bool) and n >= 0


def drop_file_name(machine: str) -> str:
    return f"statistics-{machine}.json"


def drop_folder_files(folder: Path) -> list[Path]:
    """The exports workstations dropped into the policy's folder."""
    try:
        return sorted(p for p in folder.glob("statistics-*.json") if p.is_file())
    except OSError:
        return []
