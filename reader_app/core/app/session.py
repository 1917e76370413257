"""The session: the one object the window, the CLI and the tests open for a run.

The composition root of the core (as Anki's GUI opens one ``Collection``): the
machine policy, this user's folders, the library (the bundled issues, the policy's
shares, the user's imports), its search service and the share follower. The library
knows folders, the share knows how a followed folder is read and how an import is
published, and the session puts them together. Nothing here is a global: an entry
point builds one session (``Session.start``) and hands it down; two sessions with
different folders in one process see each other's nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader_app.core.library.catalogue import Catalogue
from reader_app.core.library.library import Library, LibraryFolder
from reader_app.core.machine import startup
from reader_app.core.machine.paths import AppDirs, app_dirs, bundled_issues_dir
from reader_app.core.machine.policy import Policy, load_policy
from reader_app.core.share.follow import Follower, follow_folders
from reader_app.core.share.publish import publish_import

if TYPE_CHECKING:
    from reader_app.core.app.searchservice import SearchService

_POLICY = object()  # "the policy's": open_library's defaults


class Session:
    """Policy, folders, library, search and share follower of one run.

    The library and the search service are opened when first asked (a command that
    needs neither opens neither); ``library`` given: a ready-made one (tests).
    """

    def __init__(
        self,
        policy: Policy,
        dirs: AppDirs,
        log_path: Path | None = None,
        *,
        library: Library | None = None,
    ) -> None:
        self.policy, self.dirs, self.log_path = policy, dirs, log_path
        self._library = library
        self._search: SearchService | None = None

    @classmethod
    def start(cls, level: int = logging.INFO) -> Session:
        """An entry point's session: the policy first, then logging where it says."""
        run = startup.start(level)
        return cls(run.policy, run.dirs, run.log_path)

    @classmethod
    def machine(cls) -> Session:
        """This machine's policy file and this process's folders, logging untouched (tools)."""
        return cls(load_policy(), app_dirs())

    def public(self) -> Session:
        """The same machine as a public workstation (``reader-app --public``)."""
        return Session(self.policy.public(), self.dirs, self.log_path)

    @property
    def index_root(self) -> Path:
        return self.policy.index_root(self.dirs)

    @property
    def library(self) -> Library:
        """The library the policy describes, opened once (``open_library()``)."""
        if self._library is None:
            self._library = self.open_library()
        return self._library

    @property
    def search(self) -> SearchService:
        """The search over ``library``, one per session (its index opens when first asked)."""
        if self._search is None:
            from reader_app.core.app.searchservice import SearchService

            self._search = SearchService(self.library, self.policy, self.dirs)
        return self._search

    @property
    def shares(self) -> tuple[Path, ...]:
        """The followed shares of the library (none opened yet: the policy's)."""
        if self._library is None:
            return tuple(Path(p) for p in self.policy.library_folders)
        return tuple(f.share for f in self._library.folders if f.share is not None)

    def follower(self) -> Follower | None:
        """Who polls the followed shares for a new generation; None: no share is followed."""
        shares = self.shares
        return Follower(shares, self.dirs) if shares else None

    def open_library(
        self,
        extra_folders: Sequence[Path] | None = None,
        publish_to: Path | object | None = _POLICY,
        *,
        public: bool | None = None,
        deep: bool = False,
    ) -> Library:
        """A fresh library of this session's folders (the policy's shares and share to
        publish on unless given; ``public``: keep no catalogue, None: the policy's).

        A public workstation writes nothing in the user profile, so it keeps no catalogue
        and reads every bundle at each start. ``deep``: check every article file against
        the catalogue, not only the bundle folders (core/library/catalogue.py says what each
        notices). Staff imports onto a share are published (core/share/publish.py).
        """
        dirs = self.dirs
        shares = self.policy.library_folders if extra_folders is None else extra_folders
        target = self.policy.publish_folder if publish_to is _POLICY else publish_to
        assert target is None or isinstance(target, Path)
        folders = [LibraryFolder(bundled_issues_dir(), writable=False, bundled=True)]
        folders += follow_folders([Path(p) for p in shares], dirs)
        folders.append(LibraryFolder(dirs.user_issues, writable=True))
        if public is None:
            public = self.policy.public_mode
        catalogue = None if public else Catalogue(dirs.cache / "catalogue")
        library = Library(
            folders,
            catalogue=catalogue,
            publish_to=target,
            publisher=publish_import if target is not None else None,
        )
        library.reload(deep=deep)
        return library

    def close(self) -> None:
        """Close the search index, if one was opened."""
        if self._search is not None:
            self._search.close()


def open_library(
    extra_folders: Sequence[Path] = (),
    publish_to: Path | None = None,
    *,
    public: bool | None = None,
    deep: bool = False,
) -> Library:
    """A library of this machine's session (tests and tools): ``Session.machine().open_library``
    with no shares and no publishing unless given."""
    return Session.machine().open_library(extra_folders, publish_to, public=public, deep=deep)
