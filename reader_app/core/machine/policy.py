"""The machine-wide policy set by IT: one TOML file that users cannot override.

The file is looked for, first match wins:

1. ``$READER_APP_POLICY`` -- only when no machine-wide file exists (tests, trials);
2. ``policy.toml`` beside the frozen executable (portable and per-install setups);
3. ``policy.toml`` in platformdirs' site config dirs (``/etc/xdg/reader-app``,
   ``C:\\ProgramData\\TJFTZ-Library\\reader-app``).

A policy that cannot be read must not unlock a locked-down workstation, so a
broken file -- or a broken value -- falls back to the *restrictive* choice
(public mode, no import, no export, no external links) and the problem is
reported, naming the file, line or key and what to do. See docs/deployment.md.

Each key is declared once, as its field of :class:`Policy` (``_key(...)``): its kind
(how it is read and shown), default, the value a wrong entry takes, its label in
``summary()`` and a line of doc. Parsing, ``KNOWN_KEYS`` and ``summary()`` are made
from these declarations; a test checks that docs/deployment.md documents exactly them.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from enum import Enum
from pathlib import Path
from typing import Any

import platformdirs

from reader_app import APP_AUTHOR, APP_NAME, LANGUAGES
from reader_app.core.base.errors import os_reason
from reader_app.core.machine.paths import AppDirs, executable_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

log = logging.getLogger(__name__)

POLICY_ENV = "READER_APP_POLICY"
POLICY_NAME = "policy.toml"
DEFAULT_IDLE_MINUTES = 5.0
MAX_IDLE_MINUTES = 1440


class Action(Enum):
    """What a face asks the policy about (``policy.allows(Action.EXPORT_PDF)``)."""

    IMPORT = "import"
    EXPORT_PDF = "export_pdf"
    EXPORT_ORIGINAL = "export_original"  # an article's printed pages as images
    EXPORT_CITATION = "export_citation"  # a .ris / .bib file
    PRINT = "print"
    PRINT_ORIGINAL = "print_original"
    BATCH_PRINT = "batch_print"  # several articles at once
    BATCH_EXPORT = "batch_export"  # several articles in one PDF
    STATISTICS = "statistics"  # the reading-room statistics page (staff only)
    TOPICS = "topics"  # standing topics (定题) that follow new issues (staff only)
    OPEN_EXTERNAL_LINK = "open_external_link"
    FILE_DIALOG = "file_dialog"  # any open/save dialog, "print to file" included
    CHANGE_LANGUAGE = "change_language"
    KEEP_STATE = "keep_state"  # search history, bookmarks, settings, the last article on disk
    READ_ALOUD = "read_aloud"  # 朗读: the article through the machine's voice
    QUIT = "quit"  # 文件 → 退出: a patron closing the program on a kiosk


# ------------------------------------------------------------------ kinds of key


class BadValueError(ValueError):
    """A policy value of the wrong kind (the key's kind says what it must be)."""


@dataclass(frozen=True)
class Kind:
    """How one kind of key is read from TOML, told when wrong, and shown in ``summary()``."""

    type_doc: str  # the type as docs/deployment.md's key table names it
    must: str  # what a wrong value is told it must be
    read: Callable[[Any], Any]  # the TOML value -> the Policy value; raises BadValueError
    spell: Callable[[Any], str]  # a fallback value, as the problem names it
    show: Callable[[Any, str], str]  # (value, how "unset" reads) -> the summary's text


def _read_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise BadValueError


def _read_switch(value: Any) -> bool:
    if value in ("on", "off"):
        return bool(value == "on")
    raise BadValueError


def _read_minutes(value: Any) -> float:
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if number and 0 <= value <= MAX_IDLE_MINUTES:
        return float(value)
    raise BadValueError


def _read_language(value: Any) -> str:
    if value in LANGUAGES:
        return str(value)
    raise BadValueError


def _read_folders(value: Any) -> tuple[Path, ...]:
    items = [value] if isinstance(value, str) else value
    if isinstance(items, list) and all(isinstance(v, str) and v.strip() for v in items):
        return tuple(_expand(v) for v in items)
    raise BadValueError


def _read_folder(value: Any) -> Path:
    if isinstance(value, str) and value.strip():
        return _expand(value)
    raise BadValueError


def _on_off(value: Any, _unset: str) -> str:
    return "on" if value else "off"


def _or_unset(value: Any, unset: str) -> str:
    return str(value) if value else unset


def _joined(value: Any, unset: str) -> str:
    return ", ".join(map(str, value)) or unset


BOOL = Kind("bool", "must be true or false", _read_bool, lambda v: _toml(bool(v)), _on_off)
SWITCH = Kind('"on" / "off"', 'must be "on" or "off"', _read_switch,
              lambda v: '"on"' if v else '"off"', _on_off)  # fmt: skip
MINUTES = Kind(
    "number",
    f"must be a number of minutes from 0 (never) to {MAX_IDLE_MINUTES}",
    _read_minutes,
    lambda v: f"{v:g}",
    lambda v, _unset: f"{v:g} min",
)
LANGUAGE = Kind(" / ".join(f'"{code}"' for code in LANGUAGES),
                f"must be one of {', '.join(LANGUAGES)}", _read_language,
                lambda _v: "default", _or_unset)  # fmt: skip
FOLDERS = Kind("list of paths", "must be a list of folder paths", _read_folders,
               lambda _v: "no extra folders", _joined)  # fmt: skip
FOLDER = Kind("path", "must be a folder path", _read_folder,
              lambda _v: "the default location", _or_unset)  # fmt: skip

_SAME = object()  # a wrong value takes the default


@dataclass(frozen=True)
class Key:
    """One policy key, declared once as its field of :class:`Policy`."""

    name: str
    kind: Kind
    default: Any
    fallback: Any  # the value a wrong entry takes (the restrictive one where it matters)
    label: str  # its line in summary(): English, worded again by gui/dialogs/about.py
    doc: str  # one line for readers of the code; docs/deployment.md says it in full
    row: int  # its place in summary() (the About dialog's order, kept as it was)
    unset: str = "none"  # how summary() shows it when empty
    governs: Action | None = None  # summary() shows whether this action runs, not the value
    shown: Callable[[Policy], str] | None = None  # summary()'s text when no kind fits

    @property
    def restrictive(self) -> bool:
        """Whether a wrong value locks down rather than taking the default."""
        return bool(self.fallback != self.default)

    def summary_text(self, policy: Policy) -> str:
        if self.shown is not None:
            return self.shown(policy)
        if self.governs is not None:
            return "allowed" if policy.allows(self.governs) else "off"
        return self.kind.show(getattr(policy, self.name), self.unset)


def _key(
    kind: Kind,
    label: str,
    doc: str,
    *,
    row: int,
    fallback: Any = _SAME,
    unset: str = "none",
    governs: Action | None = None,
    shown: Callable[[Policy], str] | None = None,
) -> dict[str, Key]:
    """A Policy field's metadata that declares its key (name and default: the field's)."""
    return {"key": Key("", kind, None, fallback, label, doc, row, unset, governs, shown)}


def _declared(item: Any) -> Key:
    """The field's key with its name and default (and a fallback of "the default")."""
    key: Key = item.metadata["key"]
    fallback = item.default if key.fallback is _SAME else key.fallback
    return replace(key, name=item.name, default=item.default, fallback=fallback)


def _idle_text(policy: Policy) -> str:
    return f"{policy.idle_reset_minutes:g} min" if policy.idle_reset_ms else "never"


def _publish_text(policy: Policy) -> str:
    return str(policy.publish_folder) if policy.publish_folder else "no"


@dataclass(frozen=True)
class Policy:
    """What IT allows on this machine; the defaults are those of an unmanaged install.

    ``allow_*`` switches left unset (None) follow the mode: everything is allowed
    on a staff machine; in public mode import and export are always off and
    external links are off unless the policy allows them explicitly. The fields'
    order is the order ``KNOWN_KEYS`` lists them in.
    """

    library_folders: tuple[Path, ...] = field(
        default=(),
        metadata=_key(
            FOLDERS,
            "Extra library folders",
            "read-only library folders (a share included)",
            row=8,
        ),
    )
    index_dir: Path | None = field(
        default=None,
        metadata=_key(
            FOLDER, "Index location", "where the search index lives", row=9, unset="default"
        ),
    )
    language: str | None = field(
        default=None,
        metadata=_key(
            LANGUAGE,
            "Language",
            "the interface language, which users cannot change",
            row=11,
            unset="default",
        ),
    )
    idle_reset_minutes: float = field(
        default=DEFAULT_IDLE_MINUTES,
        metadata=_key(
            MINUTES,
            "Idle reset",
            "idle minutes before a public workstation resets; 0 never",
            row=2,
            shown=_idle_text,
        ),
    )
    thesaurus_folders: tuple[Path, ...] = field(
        default=(),
        metadata=_key(
            FOLDERS, "Thesaurus folders", "folders of *.toml search thesauri, read only", row=10
        ),
    )
    public_mode: bool = field(
        default=False,
        metadata=_key(
            BOOL,
            "Public mode",
            "a public workstation: no staff tools, nothing kept",
            row=1,
            fallback=True,
        ),
    )
    allow_import: bool | None = field(
        default=None,
        metadata=_key(
            BOOL,
            "Import",
            "importing issues (never in public mode)",
            row=3,
            fallback=False,
            governs=Action.IMPORT,
        ),
    )
    allow_export: bool | None = field(
        default=None,
        metadata=_key(
            BOOL,
            "Export",
            "writing files: PDF, original pages, citations (never in public mode)",
            row=4,
            fallback=False,
            governs=Action.EXPORT_PDF,
        ),
    )
    allow_printing: bool | None = field(
        default=None,
        metadata=_key(BOOL, "Printing", "printing", row=5, fallback=False, governs=Action.PRINT),
    )
    allow_external_links: bool | None = field(
        default=None,
        metadata=_key(
            BOOL,
            "External links",
            "opening web addresses (off in public mode unless true)",
            row=6,
            fallback=False,
            governs=Action.OPEN_EXTERNAL_LINK,
        ),
    )
    publish_library: bool = field(
        default=False,
        metadata=_key(
            BOOL,
            "Publishes to",
            "staff: import into the share and publish its index",
            row=7,
            shown=_publish_text,
        ),
    )
    # Reading-room services (docs/deployment.md): anonymous daily counts, staff reading lists.
    statistics: bool = field(
        default=True,
        metadata=_key(
            SWITCH,
            "Statistics",
            "anonymous daily counts; a wrong value counts nothing",
            row=12,
            fallback=False,
        ),
    )
    statistics_folder: Path | None = field(
        default=None,
        metadata=_key(
            FOLDER,
            "Statistics folder",
            "public workstations: a local machine-wide folder",
            row=13,
            unset="default",
        ),
    )
    statistics_drop_folder: Path | None = field(
        default=None,
        metadata=_key(
            FOLDER,
            "Statistics drop folder",
            "where workstations drop their daily export",
            row=14,
        ),
    )
    reading_lists_folder: Path | None = field(
        default=None,
        metadata=_key(
            FOLDER, "Reading lists folder", "staff-published lists (read only here)", row=15
        ),
    )
    public_log_folder: Path | None = field(
        default=None,
        metadata=_key(
            FOLDER,
            "Public log folder",
            "public mode's log; unset: a private temp folder",
            row=16,
            unset="default",
        ),
    )
    allow_read_aloud: bool | None = field(
        default=None,
        metadata=_key(
            BOOL,
            "Read aloud",
            "reading an article aloud (allowed in public mode unless false)",
            row=17,
            fallback=False,
            governs=Action.READ_ALOUD,
        ),
    )
    allow_quit: bool | None = field(
        default=None,
        metadata=_key(
            BOOL,
            "Quit",
            "File > Quit (off in public mode unless true)",
            row=18,
            fallback=False,
            governs=Action.QUIT,
        ),
    )
    source: Path | None = None  # the file in force; None when no policy file exists
    problems: tuple[str, ...] = field(default=())

    # ----------------------------------------------------------- the one question

    def allows(self, action: Action) -> bool:
        """Whether this machine lets ``action`` run; the only place the rules are spelled."""
        staff = not self.public_mode
        if action is Action.IMPORT:
            return staff and self.allow_import is not False
        if action in (
            Action.EXPORT_PDF,
            Action.EXPORT_ORIGINAL,
            Action.EXPORT_CITATION,
            Action.BATCH_EXPORT,
        ):
            # export needs a file dialog, which a public workstation never shows
            return staff and self.allow_export is not False
        if action in (Action.PRINT, Action.PRINT_ORIGINAL, Action.BATCH_PRINT):
            return self.allow_printing is not False
        if action is Action.OPEN_EXTERNAL_LINK:
            return staff if self.allow_external_links is None else self.allow_external_links
        if action is Action.CHANGE_LANGUAGE:
            return staff and self.language is None
        if action is Action.READ_ALOUD:
            return self.allow_read_aloud is not False
        if action is Action.QUIT:
            return staff if self.allow_quit is None else self.allow_quit
        return staff  # FILE_DIALOG, KEEP_STATE, STATISTICS, TOPICS

    @property
    def publish_folder(self) -> Path | None:
        """The shared library this staff machine publishes to (the first library folder)."""
        if not self.publish_library or not self.allows(Action.IMPORT) or not self.library_folders:
            return None
        return self.library_folders[0]

    def public(self) -> Policy:
        """This policy in public mode (``reader-app --public`` on any machine)."""
        return self if self.public_mode else replace(self, public_mode=True)

    @property
    def idle_reset_ms(self) -> int | None:
        """Idle time before a public workstation resets itself; None when it never does."""
        if not self.public_mode or self.idle_reset_minutes <= 0:
            return None
        return int(self.idle_reset_minutes * 60_000)

    def index_root(self, dirs: AppDirs) -> Path:
        return self.index_dir if self.index_dir is not None else dirs.index

    def log_dir(self, dirs: AppDirs) -> Path | None:
        """Where the log goes: never the user's profile on a public workstation.

        None: a folder private to this user, made safely when logging starts
        (core/machine/privatedir.py): a fixed name in the shared temp folder could be planted.
        """
        if not self.public_mode:
            return dirs.log
        return self.public_log_folder

    def summary(self) -> list[tuple[str, str]]:
        """Key/value lines for the About dialog and ``--version`` output, one per key."""
        where = str(self.source) if self.source else "none (no policy file; defaults)"
        return [
            ("Policy file", where),
            *((key.label, key.summary_text(self)) for key in SUMMARY_KEYS),
        ]


#: Every key, in the order of Policy's fields (which KNOWN_KEYS and the problems follow).
KEYS: tuple[Key, ...] = tuple(_declared(f) for f in fields(Policy) if "key" in f.metadata)
KNOWN_KEYS = tuple(key.name for key in KEYS)
SUMMARY_KEYS = tuple(sorted(KEYS, key=lambda key: key.row))
#: Values are checked kind by kind (then in field order), so problems come in this order.
_CHECK_ORDER = (BOOL, MINUTES, LANGUAGE, FOLDERS, FOLDER, SWITCH)
_CHECKED = tuple(sorted(KEYS, key=lambda key: _CHECK_ORDER.index(key.kind)))


# The choice when the file is present but unusable: lock down, never unlock.
RESTRICTIVE = Policy(
    public_mode=True,
    allow_import=False,
    allow_export=False,
    allow_external_links=False,
)


# ------------------------------------------------------------------ finding


def machine_policy_candidates(exe_dir: Path | None = None) -> list[Path]:
    """Machine-wide policy locations, strongest first."""
    candidates = []
    folder = exe_dir if exe_dir is not None else executable_dir()
    if folder is not None:
        candidates.append(folder / POLICY_NAME)
    site = platformdirs.site_config_dir(APP_NAME, APP_AUTHOR, multipath=True)
    candidates += [Path(p) / POLICY_NAME for p in site.split(os.pathsep) if p]
    return candidates


def find_policy_file(exe_dir: Path | None = None) -> Path | None:
    for candidate in machine_policy_candidates(exe_dir):
        if candidate.exists():
            return candidate
    named = os.environ.get(POLICY_ENV)
    if named:
        return Path(named)
    return None


def load_policy(exe_dir: Path | None = None) -> Policy:
    """The policy in force; never raises, problems are carried in ``Policy.problems``."""
    path = find_policy_file(exe_dir)
    if path is None:
        return Policy()
    if not path.exists():
        # Named by $READER_APP_POLICY but absent: a test or trial without a policy.
        log.info("%s names %s, which does not exist: no policy", POLICY_ENV, path)
        return Policy()
    return read_policy(path)


def read_policy(path: Path) -> Policy:
    """Parse one policy file; a broken file gives the restrictive policy plus a problem."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
        data = tomllib.loads(text)
    except OSError as exc:
        return _broken(path, f"cannot be read ({os_reason(exc)})")
    except UnicodeDecodeError as exc:
        return _broken(path, f"is not UTF-8 text (byte {exc.start})")
    except tomllib.TOMLDecodeError as exc:
        return _broken(path, f"is not valid TOML: {exc}")
    return parse_policy(data, path)


def _broken(path: Path, what: str) -> Policy:
    message = (
        f"{path}: {what}. Fix the file (see docs/deployment.md) or remove it; "
        "until then the app runs locked down (public mode, no import, export or external links)."
    )
    return replace(RESTRICTIVE, source=path, problems=(message,))


def parse_policy(data: Mapping[str, Any], path: Path) -> Policy:
    """Check each key by its declaration; a bad value takes its fallback and adds a problem."""
    problems: list[str] = []
    values: dict[str, Any] = {}
    for name in data:
        if name not in KNOWN_KEYS:
            near = _near(name, KNOWN_KEYS)
            hint = f" (did you mean '{near}'?)" if near else ""
            problems.append(
                f"{path}: unknown key '{name}'{hint} is ignored. "
                f"Known keys: {', '.join(KNOWN_KEYS)}."
            )
    for key in _CHECKED:
        if key.name not in data:
            continue
        value = data[key.name]
        try:
            values[key.name] = key.kind.read(value)
        except BadValueError:
            values[key.name] = key.fallback
            problems.append(
                f"{path}: key '{key.name}' {key.kind.must}, not {value!r}; "
                f"using {key.kind.spell(key.fallback)}. Fix the value in the file."
            )
    return Policy(**values, source=path, problems=tuple(problems))


def log_policy(policy: Policy) -> None:
    """Write the policy in force and its problems to the log (after logging is set up)."""
    if policy.source is None:
        log.info("no machine policy file; defaults in force")
    else:
        log.info("policy in force: %s (public mode %s)", policy.source, policy.public_mode)
    for message in policy.problems:
        log.warning("policy: %s", message)


def _expand(value: str) -> Path:
    return Path(os.path.expandvars(os.path.expanduser(value.strip())))


def _toml(value: bool) -> str:
    return "true" if value else "false"


def _near(key: str, known: Iterable[str]) -> str | None:
    import difflib

    matches = difflib.get_close_matches(key, list(known), n=1, cutoff=0.75)
    return matches[0] if matches else None
