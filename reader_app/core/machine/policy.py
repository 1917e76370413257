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
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
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

_BOOL_KEYS = (
    "public_mode",
    "allow_import",
    "allow_export",
    "allow_printing",
    "allow_external_links",
    "publish_library",
)
KNOWN_KEYS = (
    "library_folders",
    "index_dir",
    "language",
    "idle_reset_minutes",
    "thesaurus_folders",
    *_BOOL_KEYS,
    "statistics",
    "statistics_folder",
    "statistics_drop_folder",
    "reading_lists_folder",
    "public_log_folder",
)
_FOLDER_KEYS = (
    "index_dir",
    "statistics_folder",
    "statistics_drop_folder",
    "reading_lists_folder",
    "public_log_folder",
)


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


@dataclass(frozen=True)
class Policy:
    """What IT allows on this machine; the defaults are those of an unmanaged install.

    ``allow_*`` switches left unset (None) follow the mode: everything is allowed
    on a staff machine; in public mode import and export are always off and
    external links are off unless the policy allows them explicitly.
    """

    library_folders: tuple[Path, ...] = ()
    thesaurus_folders: tuple[Path, ...] = ()  # *.toml search thesauri, read only
    index_dir: Path | None = None
    language: str | None = None
    public_mode: bool = False
    idle_reset_minutes: float = DEFAULT_IDLE_MINUTES
    allow_import: bool | None = None
    allow_external_links: bool | None = None
    allow_printing: bool | None = None
    allow_export: bool | None = None
    # Reading-room services (docs/deployment.md): anonymous daily counts, staff reading lists.
    statistics: bool = True
    statistics_folder: Path | None = None  # public workstations: a local machine-wide folder
    statistics_drop_folder: Path | None = None  # where workstations drop their daily export
    reading_lists_folder: Path | None = None  # staff-published lists (read only here)
    publish_library: bool = False  # staff: import into the share and publish its index
    public_log_folder: Path | None = None  # public mode's log; None: a private temp folder
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
        """Key/value lines for the About dialog and ``--version`` output."""
        where = str(self.source) if self.source else "none (no policy file; defaults)"

        def on_off(value: bool) -> str:
            return "allowed" if value else "off"

        return [
            ("Policy file", where),
            ("Public mode", "on" if self.public_mode else "off"),
            (
                "Idle reset",
                f"{self.idle_reset_minutes:g} min" if self.idle_reset_ms else "never",
            ),
            ("Import", on_off(self.allows(Action.IMPORT))),
            ("Export", on_off(self.allows(Action.EXPORT_PDF))),
            ("Printing", on_off(self.allows(Action.PRINT))),
            ("External links", on_off(self.allows(Action.OPEN_EXTERNAL_LINK))),
            ("Publishes to", str(self.publish_folder) if self.publish_folder else "no"),
            ("Extra library folders", ", ".join(map(str, self.library_folders)) or "none"),
            ("Index location", str(self.index_dir) if self.index_dir else "default"),
            ("Thesaurus folders", ", ".join(map(str, self.thesaurus_folders)) or "none"),
            ("Language", self.language or "default"),
            ("Statistics", "on" if self.statistics else "off"),
            ("Statistics folder", str(self.statistics_folder or "default")),
            ("Statistics drop folder", str(self.statistics_drop_folder or "none")),
            ("Reading lists folder", str(self.reading_lists_folder or "none")),
            ("Public log folder", str(self.public_log_folder or "default")),
        ]


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
    """Check each key; a bad value takes the restrictive choice and adds a problem."""
    problems: list[str] = []
    values: dict[str, Any] = {}

    def problem(key: str, what: str, fallback: str) -> None:
        problems.append(f"{path}: key '{key}' {what}; using {fallback}. Fix the value in the file.")

    for key in data:
        if key not in KNOWN_KEYS:
            near = _near(key, KNOWN_KEYS)
            hint = f" (did you mean '{near}'?)" if near else ""
            problems.append(
                f"{path}: unknown key '{key}'{hint} is ignored. "
                f"Known keys: {', '.join(KNOWN_KEYS)}."
            )

    for key in _BOOL_KEYS:
        if key not in data:
            continue
        value = data[key]
        if isinstance(value, bool):
            values[key] = value
        else:
            restrictive = key == "public_mode"  # on for the mode, off for every allow_*
            values[key] = restrictive
            problem(key, f"must be true or false, not {value!r}", _toml(restrictive))

    if "idle_reset_minutes" in data:
        value = data["idle_reset_minutes"]
        if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1440:
            values["idle_reset_minutes"] = float(value)
        else:
            problem(
                "idle_reset_minutes",
                f"must be a number of minutes from 0 (never) to 1440, not {value!r}",
                f"{DEFAULT_IDLE_MINUTES:g}",
            )

    if "language" in data:
        value = data["language"]
        if value in LANGUAGES:
            values["language"] = value
        else:
            problem("language", f"must be one of {', '.join(LANGUAGES)}, not {value!r}", "default")

    for key in ("library_folders", "thesaurus_folders"):
        if key not in data:
            continue
        value = data[key]
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
            values[key] = tuple(_expand(v) for v in value)
        else:
            problem(key, f"must be a list of folder paths, not {value!r}", "no extra folders")

    for key in _FOLDER_KEYS:
        if key not in data:
            continue
        value = data[key]
        if isinstance(value, str) and value.strip():
            values[key] = _expand(value)
        else:
            problem(key, f"must be a folder path, not {value!r}", "the default location")

    if "statistics" in data:
        value = data["statistics"]
        if value in ("on", "off"):
            values["statistics"] = value == "on"
        else:  # counting nothing is the choice that keeps no data
            problem("statistics", f'must be "on" or "off", not {value!r}', '"off"')
            values["statistics"] = False

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
