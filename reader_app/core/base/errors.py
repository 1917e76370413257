"""User-facing errors: a Message that names the file, line or field, and an exit code.

The core says what happened as data (``core/base/messages.py``); each face words it
and says what to do in its own terms: the CLI in ``reader_app/cli/text.py`` (what to
type), the window in ``gui/base/errors.py`` (what to click). ``str(error)`` is the key
and values, for logs.
"""

from __future__ import annotations

from reader_app.core.base.messages import Message


class ReaderError(Exception):
    """An error meant for the user, never shown with a traceback: ``message`` says which."""

    exit_code = 1

    def __init__(self, message: Message) -> None:
        if not isinstance(message, Message):  # the core hands out keys, never prose
            raise TypeError(f"{type(self).__name__} takes a Message, not {type(message).__name__}")
        super().__init__(message)
        self.message = message

    @property
    def key(self) -> str:
        return self.message.key

    def __str__(self) -> str:
        return str(self.message)


class ImportRefusedError(ReaderError):
    """The raw file is not an importable issue (empty, binary, foreign, truncated...)."""

    exit_code = 2


class ImportCancelledError(ReaderError):
    """The user stopped an import (a scan's recognition) before it ended; nothing was added."""

    exit_code = 130


class IssueExistsError(ReaderError):
    """The issue is already in the library; each face says how to replace it.

    The message states the fact only: the CLI adds its ``--replace`` advice, the
    window its replace check box.
    """

    @property
    def issue_id(self) -> str:
        return str(self.message["issue"])


class BundleError(ReaderError):
    """A bundle on disk does not follow docs/issue-format.md."""

    exit_code = 3


class NotFoundError(ReaderError):
    """An issue or article id that the library does not hold."""

    exit_code = 4


def shorten(text: str, limit: int = 60) -> str:
    """Ids, names and paths echoed in messages: the first ``limit`` characters and "…"."""
    text = str(text)
    return text if len(text) <= limit else text[:limit] + "…"


def os_reason(exc: OSError) -> str:
    """An OSError in words ("Permission denied"), without ``[Errno 13]`` and a quoted path."""
    return exc.strerror or shorten(str(exc), 120) or type(exc).__name__
