"""The header check shared by the JSON files staff exchange (reading lists, statistics).

Each such file names its format and version, so a wrong or newer file is refused with
one line naming the file and what to do, instead of failing somewhere in its fields.
"""

from __future__ import annotations

from typing import Any

from reader_app.core.base.errors import ReaderError
from reader_app.core.base.messages import Message


def check_header(data: Any, where: str, kind: str, fmt: str, version: int) -> dict[str, Any]:
    """``data`` as a dict if it is a ``kind`` file of this format and version; else raise."""
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise ReaderError(Message.of("wrong_format", path=where, kind=kind, format=fmt))
    if data.get("version") != version:
        raise ReaderError(
            Message.of(
                "wrong_version",
                path=where,
                kind=kind,
                version=repr(data.get("version")),
                readable=version,
            )
        )
    return data
