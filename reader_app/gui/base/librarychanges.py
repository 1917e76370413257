"""The one path by which the window learns that the library changed.

Three things change the library while the window runs: an import, bundles edited
in place since the catalogue noted them, and a new generation published on a
followed share. Each goes through one method here and ends in the one emitter of
``hub.libraryChanged`` (as calibre's ``db/listeners.py``, Anki's ``OpChanges``),
so every part that shows the library (the tree, the problems button, the search
index and its progress) hears each of them the same way.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from reader_app.core.library.library import Library
from reader_app.gui.base.hub import Hub


class Change(Enum):
    IMPORT = "import"  # an issue imported (or replaced) from this window
    FILES = "files"  # bundles edited on disk since the last start
    SHARE = "share"  # a followed share published, went away or came back


class LibraryChanges:
    def __init__(self, library: Library, hub: Hub) -> None:
        self.library = library  # the one object the search service and the models hold
        self.hub = hub

    def imported(self) -> None:
        """``Library.import_file`` has added the issue: tell everyone."""
        self._announce(Change.IMPORT)

    def refreshed(self, changed: list[Path]) -> None:
        """Read ``changed`` bundles again, then tell everyone."""
        self.library.refresh(changed)
        self._announce(Change.FILES)

    def replaced(self, fresh: Library) -> None:
        """The share's new state: ``fresh``'s folders, issues and problems become the
        library's (in place, since the search service and the models hold this object)."""
        vars(self.library).update(vars(fresh))
        self._announce(Change.SHARE)

    def _announce(self, change: Change) -> None:
        self.hub.libraryChanged.emit(change)  # the one emitter (tests/test_rooms.py)
