"""The header check shared by the JSON files staff exchange (reading lists, statistics).

Each such file names its format and version, so a wrong or newer file is refused with
one line naming the file and what to do, instead of failing somewhere in its fields.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from reader_app.core.base.errors import ReaderError
from reader_app.core.base.messages import Message


def check_header(
    data: Any, where: str, kind: str, fmt: str, version: int | Collection[int]
) -> dict[str, Any]:
    """``data`` as a dict if it is a ``kind`` file of this format and version; else raise.

    ``version``: the one version read, or every version still read (older files stay
    readable when a format grows, as reading lists did with topics).
    """
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise ReaderError(Message.of("wrong_format", path=where, kind=kind, format=fmt))
    versions = (version,) if isinstance(version, int) else tuple(version)
    found = data.get("version")
    if isinstance(found, bool) or found not in versions:
        raise ReaderError(
            Message.of(
                "wrong_version",
                path=where,
                kind=kind,
                version=repr(found),
                readable=" and ".join(map(str, versions)),
            )
        )
    return data
