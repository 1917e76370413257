"""The thesaurus: equivalent and narrower terms a query word is expanded with.

The shipped list (``reader_app/data/thesaurus.toml``, see docs/search.md for the
format) is read first, then every ``*.toml`` in the folders the machine policy
names (``thesaurus_folders``), then the staff's own ``thesaurus.toml`` in the
user data folder: those live outside the install, so they survive upgrades.
A broken file or entry is reported once (file and line or key) and skipped;
everything else is still used.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from reader_app.core.search.normalize import compact

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

logger = logging.getLogger(__name__)

FILE_NAME = "thesaurus.toml"
SECTIONS = ("same", "narrower")
MAX_TERM_CHARS = 40


def shipped_text() -> str:
    """The thesaurus shipped inside the package (found frozen and unfrozen)."""
    return resources.files("reader_app").joinpath("data", FILE_NAME).read_text("utf-8")


@dataclass
class Thesaurus:
    """Folded term -> the terms (as written) a search for it also looks for."""

    related: dict[str, list[str]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def lookup(self, word: str) -> list[str]:
        """The terms ``word`` expands to (never ``word`` itself)."""
        return list(self.related.get(compact(word), ()))

    def __len__(self) -> int:
        return len(self.related)

    # ------------------------------------------------------------ building
    def _link(self, term: str, others: Iterable[str]) -> None:
        key = compact(term)
        have = self.related.setdefault(key, [])
        for other in others:
            if compact(other) != key and other not in have:
                have.append(other)

    def add_text(self, text: str, name: str) -> None:
        """Parse one TOML document; bad entries are reported and skipped."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            self._problem(f"{name}: not valid TOML ({exc}); the file is ignored")
            return
        self.files.append(name)
        for section in data:
            if section not in SECTIONS:
                self._problem(
                    f"{name}: unknown table [{section}] is ignored (use [same] or [narrower])"
                )
        for section in SECTIONS:
            table = data.get(section, {})
            if not isinstance(table, Mapping):
                self._problem(f"{name}: '{section}' must be a table [{section}]; ignored")
                continue
            for key, value in table.items():
                terms = _terms(value)
                if terms is None or not _term_ok(key):
                    self._problem(
                        f"{name}: [{section}] key '{key}' must be a word and a list of words "
                        f'(e.g. "自贸区" = ["自由贸易试验区"]), not {value!r}; entry ignored'
                    )
                    continue
                if section == "narrower":
                    self._link(key, terms)
                else:
                    group = [key, *terms]
                    for term in group:
                        self._link(term, group)

    def add_file(self, path: Path) -> None:
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except OSError as exc:
            self._problem(f"{path}: cannot be read ({exc.strerror or exc}); ignored")
            return
        except UnicodeDecodeError as exc:
            self._problem(f"{path}: is not UTF-8 text (byte {exc.start}); ignored")
            return
        self.add_text(text, str(path))

    def add_folder(self, folder: Path) -> None:
        """A policy folder's ``*.toml`` files, in name order."""
        try:
            paths = sorted(Path(folder).glob("*.toml"))
        except OSError as exc:
            self._problem(f"{folder}: cannot be listed ({exc}); ignored")
            return
        if not Path(folder).is_dir():
            self._problem(f"{folder}: thesaurus folder not found; ignored")
        for path in paths:
            self.add_file(path)

    def _problem(self, message: str) -> None:
        self.problems.append(message + ". See docs/search.md (thesaurus).")
        logger.warning("thesaurus: %s", message)


def _term_ok(term: object) -> bool:
    return isinstance(term, str) and 0 < len(term.strip()) <= MAX_TERM_CHARS and bool(compact(term))


def _terms(value: Any) -> list[str] | None:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(_term_ok(v) for v in value):
        return None
    return [v.strip() for v in value]


def user_file(data_dir: Path) -> Path:
    """The staff's own additions, beside the user's library (survives upgrades)."""
    return data_dir / FILE_NAME


def load_thesaurus(
    folders: Iterable[Path] = (), data_dir: Path | None = None, shipped: bool = True
) -> Thesaurus:
    """The shipped list, then each policy folder's ``*.toml``, then the user's file."""
    thesaurus = Thesaurus()
    if shipped:
        thesaurus.add_text(shipped_text(), f"reader_app/data/{FILE_NAME}")
    for folder in folders:
        thesaurus.add_folder(folder)
    if data_dir is not None and user_file(data_dir).is_file():
        thesaurus.add_file(user_file(data_dir))
    return thesaurus
