"""What the core tells a person, as data: a message key and its parameters.

The core never words a sentence for a patron. It hands out a :class:`Message`
(and progress as ``(done, total, Message)``); each face phrases it: the window
through Qt translations (``gui/search/searchtext.py``), the CLI in plain Chinese
(``reader_app/cli/text.py``). ``core/app/diagnostics.py`` works the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Message:
    """A key from the faces' catalogues and the values to put into its sentence."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, key: str, **params: Any) -> Message:
        return cls(key, tuple(params.items()))

    def __getitem__(self, name: str) -> Any:
        return dict(self.params)[name]


#: Long work reports how far it got: ``progress(done, total, message)``.
Progress = Callable[[int, int, Message], None]


def no_progress(done: int, total: int, message: Message) -> None:
    """The progress callback of callers that show none."""
