"""What the core tells a person, as data: a message key and its parameters.

The core never words a sentence for a patron. It hands out a :class:`Message`
(and progress as ``(done, total, Message)``); each face phrases it: the window
through Qt translations (``gui/search/searchtext.py``, ``gui/base/errors.py``), the
CLI in ``reader_app/cli/text.py``. Errors (``core/base/errors.py``), import report
items (``core/importer/report.py``) and a library's problems are Messages too;
``core/app/diagnostics.py`` works the same way.

A value may itself be a Message (the reason an inner step failed): the faces word it
first. Paths become text, so a Message is plain data (pickled from the PDF reader's
child, stored in the catalogue as JSON: :func:`to_data`, :func:`from_data`).
"""

from __future__ import annotations

import os
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
        return cls(key, tuple((k, _plain(v)) for k, v in params.items()))

    def __getitem__(self, name: str) -> Any:
        return dict(self.params)[name]

    def get(self, name: str, default: Any = None) -> Any:
        return dict(self.params).get(name, default)

    def __str__(self) -> str:
        """For logs and tracebacks only: the key and its values, never a face's sentence."""
        values = ", ".join(
            f"{k}={v}" if isinstance(v, Message) else f"{k}={v!r}" for k, v in self.params
        )
        return f"{self.key}({values})" if values else self.key


def _plain(value: Any) -> Any:
    """Paths as text: a Message is data that pickles and goes into JSON."""
    return os.fspath(value) if isinstance(value, os.PathLike) else value


def to_data(message: Message) -> dict[str, Any]:
    """A Message as JSON data (the catalogue keeps a library's problems so)."""
    return {
        "key": message.key,
        "params": [[k, to_data(v) if isinstance(v, Message) else v] for k, v in message.params],
    }


def from_data(data: Any) -> Message:
    """The Message :func:`to_data` wrote; ValueError for anything else (a damaged file)."""
    if not isinstance(data, dict) or not isinstance(data.get("key"), str):
        raise ValueError("not a message")
    params = []
    for pair in data.get("params", []):
        if not isinstance(pair, list) or len(pair) != 2 or not isinstance(pair[0], str):
            raise ValueError("not a message parameter")
        name, value = pair
        params.append((name, from_data(value) if isinstance(value, dict) else value))
    return Message(data["key"], tuple(params))


#: Long work reports how far it got: ``progress(done, total, message)``.
Progress = Callable[[int, int, Message], None]


def no_progress(done: int, total: int, message: Message) -> None:
    """The progress callback of callers that show none."""
