"""What the CLI says of a core Message: tests that read an error's or problem's words.

The core hands out keys and values; the English lines the tests check are the CLI's
(``reader_app/cli/text.py``), so they read them through it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from reader_app.cli.text import text
from reader_app.core.base.errors import ReaderError
from reader_app.core.base.messages import Message


def said(what: Message | ReaderError) -> str:
    """The CLI's line for a Message, a ReaderError (or an import report item)."""
    message = what.message if isinstance(what, ReaderError) else what
    return text(message)


@contextmanager
def raises_saying(kind: type[ReaderError], pattern: str) -> Iterator[Any]:
    """``pytest.raises(kind, match=pattern)``, matched against the CLI's words."""
    with pytest.raises(kind) as info:
        yield info
    assert re.search(pattern, said(info.value)), said(info.value)
