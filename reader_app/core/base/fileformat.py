"""The header check shared by the JSON files staff exchange (reading lists, statistics).

Each such file names its format and version, so a wrong or newer file is refused with
one line naming the file and what to do, instead of failing somewhere in its fields.
"""

from __future__ import annotations

from typing import Any

from reader_app.core.base.errors import ReaderError


def check_header(data: Any, where: str, kind: str, fmt: str, version: int) -> dict[str, Any]:
    """``data`` as a dict if it is a ``kind`` file of this format and version; else raise."""
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise ReaderError(f'{where}: not a {kind} (no "format": "{fmt}")')
    if data.get("version") != version:
        raise ReaderError(
            f"{where}: {kind} version {data.get('version')!r} is not supported "
            f"(this program reads version {version}); update the program"
        )
    return data
