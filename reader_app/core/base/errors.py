"""User-facing errors: one message that names the file, line or field and what to do."""

from __future__ import annotations


class ReaderError(Exception):
    """An error whose message is meant for the user, never shown with a traceback."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ImportRefusedError(ReaderError):
    """The raw file is not an importable issue (empty, binary, foreign, truncated...)."""

    exit_code = 2


class IssueExistsError(ReaderError):
    """The issue is already in the library; each face says how to replace it.

    The message states the fact only: the CLI adds its ``--replace`` advice, the
    window its replace check box (``code`` names the case for them).
    """

    code = "issue_exists"

    def __init__(self, message: str, issue_id: str) -> None:
        super().__init__(message)
        self.issue_id = issue_id


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
