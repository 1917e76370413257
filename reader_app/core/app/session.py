"""Opening this machine's library: the bundled issues, the policy's shares, the user's imports.

The composition root of the core: the library knows folders, the share knows how a
followed folder is read and how an import is published, and this module puts them
together for the window, the CLI and the tests.
"""

from __future__ import annotations

from pathlib import Path

from reader_app.core.library.catalogue import Catalogue
from reader_app.core.library.library import Library, LibraryFolder
from reader_app.core.machine import startup
from reader_app.core.machine.paths import app_dirs, bundled_issues_dir
from reader_app.core.machine.policy import Policy, load_policy
from reader_app.core.share.follow import follow_folders
from reader_app.core.share.publish import publish_import


def open_library(
    extra_folders: list[Path] | tuple[Path, ...] = (),
    publish_to: Path | None = None,
    *,
    public: bool | None = None,
    deep: bool = False,
) -> Library:
    """The library of this machine; ``public``: a public workstation (None: the policy's).

    A public workstation writes nothing in the user profile, so it keeps no catalogue
    and reads every bundle at each start. ``deep``: check every article file against
    the catalogue, not only the bundle folders (core/library/catalogue.py says what each
    notices). ``publish_to``: staff imports go straight onto that share.
    """
    folders = [LibraryFolder(bundled_issues_dir(), writable=False, bundled=True)]
    folders += follow_folders([Path(p) for p in extra_folders], app_dirs())
    folders.append(LibraryFolder(app_dirs().user_issues, writable=True))
    if public is None:
        public = _machine_policy().public_mode
    catalogue = None if public else Catalogue(app_dirs().cache / "catalogue")
    library = Library(
        folders,
        catalogue=catalogue,
        publish_to=publish_to,
        publisher=publish_import if publish_to is not None else None,
    )
    library.reload(deep=deep)
    return library


def _machine_policy() -> Policy:
    """The policy an entry point loaded, or the machine's policy file (tests, tools)."""
    return startup._current.policy if startup._current is not None else load_policy()  # noqa: SLF001 - removed by the Session change
