"""The contract of a window part: what it is built with, what the window asks of it.

A feature of the window (citations, batch output, the reading room's services,
following the share...) is one :class:`Part`, built with what it needs (the
library or search service, the hub, the reading state, the actions) and never
with the whole main window. The shell's connections block connects each part's
``reset()`` to ``hub.resetRequested`` and ``set_theme()`` to ``hub.themeChanged``,
and calls ``retranslate()`` when the language changes (calibre's
``gui2/actions``, novelWriter's ``guimain.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from reader_app.core.library.library import Library
    from reader_app.core.services.batch import Batch
    from reader_app.gui.base.theme import Theme


class Part(QObject):
    """A window part that is not a widget; the defaults do nothing."""

    def reset(self) -> None:
        """Forget the patron (public mode): called through ``hub.resetRequested``."""

    def retranslate(self) -> None:
        """Word the part's texts in the UI's language again."""

    def set_theme(self, theme: Theme) -> None:
        """Follow the window's theme (``hub.themeChanged``)."""


class WindowPart(Protocol):
    """What the shell's connections block asks of every part, widget or not."""

    def reset(self) -> None: ...

    def retranslate(self) -> None: ...

    def set_theme(self, theme: Theme) -> None: ...


class ActionTable(Protocol):
    """The window's actions by name (``gui/shell/actions.py``), as a part sees them."""

    def __getitem__(self, name: str) -> QAction: ...

    def connect(self, name: str, slot: Callable[..., object]) -> None: ...


class OutputCounts(Protocol):
    """Where printing and exporting are counted (the statistics recorder)."""

    def printed(self) -> None: ...

    def exported(self) -> None: ...


@runtime_checkable
class BatchSource(Protocol):
    """A side tab that can name the articles of a batch print or export."""

    def batch(self, library: Library) -> Batch | None:
        """The articles it shows or has selected; None: nothing to offer."""
        ...
