"""Read an issue's PDF in a child process, within a memory and a time budget.

PDFium is native code: a content stream that inflates to gigabytes makes it
allocate until the machine swaps, and an allocation it cannot get ends the
process with ``abort()`` (SIGABRT, no message). Run in the window's process,
either takes the window down. So every PDF an import reads (the CLI and the
import dialog alike, through ``pdfimport.parse_pdf_file``) is measured and
parsed by a child process: on Linux and macOS its address space is capped
(``RLIMIT_AS`` and ``RLIMIT_DATA``, set by the child before it reads the
file) and so is its CPU time; everywhere the parent waits at most the time
budget and kills the child after it. A child that dies, runs out of memory or
time becomes one :class:`ImportRefusedError` line naming the file.

The child is ``python -m reader_app.core.importer.pdfsandbox`` from source, and the frozen
program itself with :data:`CHILD_FLAG` first (``packaging/entry_*.py`` call
:func:`run_if_child` before anything else). It answers in a pickle file in a
private temporary folder; its output goes to a log file there, kept in our log
when it fails. Budgets: ``READER_APP_PDF_MEMORY_MB`` and ``READER_APP_PDF_SECONDS``
(docs/deployment.md).

This module imports nothing at load time that a start does not need: the frozen
window imports it before Qt to know whether it is the child.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader_app.core.base.errors import ImportCancelledError, ImportRefusedError, ReaderError
from reader_app.core.base.messages import Message

if TYPE_CHECKING:
    from collections.abc import Callable

    from reader_app.core.base.model import Issue
    from reader_app.core.importer.pdfocr import Progress
    from reader_app.core.importer.report import ImportReport

log = logging.getLogger(__name__)

CHILD_FLAG = "--reader-app-read-pdf"
MEMORY_ENV = "READER_APP_PDF_MEMORY_MB"
SECONDS_ENV = "READER_APP_PDF_SECONDS"
#: A scan's recognition: its own memory budget, and time per page on top of the PDF's.
OCR_MEMORY_ENV = "READER_APP_OCR_MEMORY_MB"
OCR_SECONDS_ENV = "READER_APP_OCR_SECONDS_PER_PAGE"
#: RapidOCR peaks at about 1 GB resident; onnxruntime reserves more address space.
DEFAULT_OCR_MEMORY_MB = 6144
#: About 4-15 s a page on two cores; the budget leaves room for a busy machine.
DEFAULT_OCR_SECONDS_PER_PAGE = 60
#: A 70-page issue peaks at about 130 MB of address space in the child.
DEFAULT_MEMORY_MB = 1024
#: A 70-page issue takes about 1.6 s; the page limit keeps a long PDF under ~30 s.
DEFAULT_SECONDS = 120
_MIN_MEMORY_MB = 64  # below this Python itself cannot start
_RESULT = "result.pickle"
_OUTPUT = "child.log"
_NO_ANSWER = 86  # the child's exit code when it could not even write its answer


@dataclass
class ParsedPdf:
    """What the child hands back: the parsed issue and the digest of the bytes it read."""

    issue: Issue
    report: ImportReport
    source: bytes  # the laid-out text, kept as source.txt
    sha256: str  # of the PDF the child parsed: the parent checks it read the same
    ocr: bytes | None = None  # a scan's recognised text and boxes (ocr.json)


@dataclass(frozen=True)
class Budget:
    memory_mb: int
    seconds: float
    ocr_memory_mb: int = DEFAULT_OCR_MEMORY_MB
    ocr_seconds_per_page: float = DEFAULT_OCR_SECONDS_PER_PAGE

    @classmethod
    def from_environment(cls) -> Budget:
        """The budget IT or a test set, or the defaults; nonsense values fall back to them."""
        memory = max(_MIN_MEMORY_MB, int(_number(MEMORY_ENV, DEFAULT_MEMORY_MB)))
        return cls(
            memory,
            max(1.0, _number(SECONDS_ENV, DEFAULT_SECONDS)),
            max(memory, int(_number(OCR_MEMORY_ENV, DEFAULT_OCR_MEMORY_MB))),
            max(1.0, _number(OCR_SECONDS_ENV, DEFAULT_OCR_SECONDS_PER_PAGE)),
        )


def _number(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, "") or default)
    except ValueError:
        log.warning("%s=%r is not a number; %s is used", name, os.environ[name], default)
        return default
    return value if 0 < value < float("inf") else default


@dataclass
class _Failure:
    """The child's own bug (not the PDF's fault): its traceback, for our log."""

    traceback: str


def parse_pdf_in_child(
    path: Path,
    data: bytes,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ParsedPdf:
    """Parse the PDF at ``path`` in a child process; ``data`` is what the caller read.

    Refusals the importer words (damaged, scanned, not the digest, too many pages)
    come back as they are; a child that dies or runs over its budget is refused here.
    A scan's recognition reports each page to ``progress`` (in the caller's thread);
    ``cancelled`` returning True stops the child (:class:`ImportCancelledError`).
    """
    import hashlib
    import shutil
    import tempfile

    budget = Budget.from_environment()
    folder = Path(tempfile.mkdtemp(prefix="reader-app-pdf-"))
    try:
        answer = _run_child(path, folder, budget, progress, cancelled)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if isinstance(answer, ReaderError):
        raise answer
    if answer.sha256 != hashlib.sha256(data).hexdigest():
        raise ImportRefusedError(Message.of("file_changed", path=path))
    return answer


def _run_child(
    path: Path,
    folder: Path,
    budget: Budget,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ParsedPdf | ReaderError:
    import pickle
    import subprocess

    result = folder / _RESULT
    command = [*child_command(), str(result), str(path.absolute())]
    env = dict(os.environ)
    env[MEMORY_ENV], env[SECONDS_ENV] = str(budget.memory_mb), f"{budget.seconds:g}"
    env[OCR_MEMORY_ENV] = str(budget.ocr_memory_mb)
    if not getattr(sys, "frozen", False):  # the child finds this very source tree
        source_root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (source_root, env.get("PYTHONPATH")) if p)
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console flashes up
    with (folder / _OUTPUT).open("wb") as output:
        child = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=output, stderr=output, env=env,
            creationflags=flags,
        )  # fmt: skip
        try:
            code = _watch(child, folder / _PROGRESS, budget, progress, cancelled)
        finally:
            if child.poll() is None:  # out of time, or the caller interrupted (Ctrl+C)
                child.kill()
                child.wait()
    if code == _CANCELLED:
        return ImportCancelledError(Message.of("import_cancelled", path=path))
    if code is None:
        _log_output(path, folder, "was stopped after its time budget")
        return _too_long(path, budget)
    if code == 0 or result.exists():
        try:
            with result.open("rb") as stream:
                answer = pickle.load(stream)  # our own child's answer, same program and user
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            answer = None
        if isinstance(answer, ParsedPdf | ReaderError):
            return answer
        if isinstance(answer, _Failure):
            log.error("the PDF reader failed on %s:\n%s", path, answer.traceback)
            raise RuntimeError(f"the PDF reader failed on {path}")  # a bug: internal error
    _log_output(path, folder, f"ended with exit code {code} and no answer")
    return _died(path, code, budget)


_PROGRESS = "progress.txt"
_CANCELLED = -(10**6)  # not an exit status: the caller asked to stop
_POLL = 0.2


def _watch(
    child: Any,
    progress_file: Path,
    budget: Budget,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> int | None:
    """Wait for the child: its exit code, None past the time budget, or _CANCELLED.

    A scan's recognition (the child writes "done total seconds-left" to
    ``progress_file``) earns ``ocr_seconds_per_page`` for each of its pages.
    """
    import subprocess
    import time

    started = time.monotonic()
    deadline = started + budget.seconds
    seen = ""

    def relay() -> None:
        """Pass on what the child last wrote to ``progress_file``, once."""
        nonlocal seen, deadline
        try:
            text = progress_file.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            return
        parts = text.split()
        if text == seen or len(parts) != 3:
            return
        seen = text
        done, total = int(parts[0]), int(parts[1])
        left = None if parts[2] == "-" else float(parts[2])
        deadline = max(deadline, started + budget.seconds + total * budget.ocr_seconds_per_page)
        if progress is not None:
            progress(done, total, left)

    while True:
        try:
            code = int(child.wait(timeout=_POLL))
        except subprocess.TimeoutExpired:
            pass
        else:  # the last page's progress, written just before the child ended
            relay()
            return code
        if cancelled is not None and cancelled():
            return _CANCELLED
        relay()
        if time.monotonic() > deadline:
            return None


def _log_output(path: Path, folder: Path, what: str) -> None:
    try:
        tail = (folder / _OUTPUT).read_bytes()[-2000:].decode("utf-8", "replace").strip()
    except OSError:
        tail = ""
    log.warning("the PDF reader for %s %s%s", path, what, f": {tail}" if tail else "")


def _too_long(path: Path, budget: Budget) -> ImportRefusedError:
    return ImportRefusedError(Message.of("pdf_too_slow", path=path, seconds=budget.seconds))


def _too_big(path: Path, budget: Budget) -> ImportRefusedError:
    return ImportRefusedError(Message.of("pdf_too_hungry", path=path, mb=budget.memory_mb))


_POSIX_CRASHES = ("SIGSEGV", "SIGBUS", "SIGILL", "SIGFPE")
#: Windows exit statuses: abort() and the out-of-memory ones; an access violation.
_WINDOWS_OUT_OF_MEMORY = {3, 0xC0000017, 0xC0000409, 0xE0000008}
_WINDOWS_CRASHES = {0xC0000005, 0xC000001D, 0xC00000FD}


def _died(path: Path, code: int, budget: Budget) -> ImportRefusedError:
    """Why the child ended without an answer, as far as its exit status tells.

    SIGABRT is PDFium's answer to an allocation it cannot get, SIGKILL the kernel's
    out-of-memory killer's; on Windows abort() exits with 3 and a fast fail with a
    status code. Any other exit without an answer is the child's own failure
    (it answers every refusal and every MemoryError it sees): an internal error.
    """
    import signal

    status = code & 0xFFFFFFFF
    if code < 0:
        name = signal.Signals(-code).name if -code in signal.valid_signals() else str(-code)
        if name in _POSIX_CRASHES:
            return _crashed(path, name)
        if name == "SIGXCPU":
            return _too_long(path, budget)
        return _too_big(path, budget)
    if code == _NO_ANSWER or (sys.platform == "win32" and status in _WINDOWS_OUT_OF_MEMORY):
        return _too_big(path, budget)
    if sys.platform == "win32" and status in _WINDOWS_CRASHES:
        return _crashed(path, f"0x{status:08X}")
    raise RuntimeError(f"the PDF reader for {path} ended with exit code {code}; see the log")


def _crashed(path: Path, how: str) -> ImportRefusedError:
    return ImportRefusedError(Message.of("pdf_reader_crashed", path=path, how=how))


def child_command() -> list[str]:
    """The command line of a child: this interpreter, or the frozen program itself."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", "reader_app.core.importer.pdfsandbox"]


def run_if_child() -> None:
    """In a frozen entry point, before anything else: be the PDF reader if asked to."""
    if sys.argv[1:2] == [CHILD_FLAG]:
        sys.exit(child_main(sys.argv[2:]))


# ------------------------------------------------------------------ the child


def child_main(argv: list[str]) -> int:
    """``RESULT PDF``: parse PDF within the budget and pickle the answer to RESULT."""
    import pickle

    result, path = Path(argv[0]), Path(argv[1])
    budget = Budget.from_environment()
    _limit_self(budget)
    try:
        answer: ParsedPdf | ReaderError | _Failure = _parse(path, _reporter(result.parent))
    except ReaderError as exc:
        answer = _portable(exc)
    except (MemoryError, RecursionError):  # Python's own share of a blow-up
        answer = _too_big(path, budget)
    except Exception:  # our bug, not the file's: the parent logs it as an internal error
        import traceback

        answer = _Failure(traceback.format_exc())
    try:
        partial = result.with_suffix(".part")
        with partial.open("wb") as stream:
            pickle.dump(answer, stream, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(result)  # the parent sees a whole answer or none
    except MemoryError:
        return _NO_ANSWER
    return 0


def _portable(exc: ReaderError) -> ReaderError:
    """The refusal as a plain ImportRefusedError/ReaderError that unpickles anywhere."""
    kind = ImportRefusedError if isinstance(exc, ImportRefusedError) else ReaderError
    copy = kind(exc.message)
    copy.exit_code = exc.exit_code
    return copy


def _parse(path: Path, progress: Progress | None = None) -> ParsedPdf:
    import hashlib

    from reader_app.core.importer.pdfimport import parse_pdf_source, read_pdf_bytes

    data = read_pdf_bytes(path)
    issue, report, source, ocr = parse_pdf_source(path, data, progress)
    return ParsedPdf(issue, report, source, hashlib.sha256(data).hexdigest(), ocr)


def _reporter(folder: Path) -> Progress:
    """The child's side of progress: a small file the parent reads. The first call
    (recognition starts) lifts the PDF's memory and CPU caps to the scan's."""
    started = False

    def report(done: int, total: int, left: float | None) -> None:
        nonlocal started
        if not started:
            started = True
            _allow_recognition()
        partial = folder / (_PROGRESS + ".part")
        partial.write_text(f"{done} {total} {'-' if left is None else f'{left:.1f}'}", "ascii")
        partial.replace(folder / _PROGRESS)

    return report


def _allow_recognition() -> None:
    """Raise the soft limits to the hard ones :func:`_limit_self` left for recognition."""
    try:
        import resource
    except ImportError:  # Windows
        return
    for name in ("RLIMIT_AS", "RLIMIT_DATA", "RLIMIT_CPU"):
        which = getattr(resource, name, None)
        if which is None:
            continue
        try:
            _soft, hard = resource.getrlimit(which)
            resource.setrlimit(which, (hard, hard))
        except (ValueError, OSError):
            log.warning("cannot raise %s for recognition", name)


def _limit_self(budget: Budget) -> None:
    """Cap this process's address space and CPU time (POSIX; Windows: the parent's clock only)."""
    try:
        import resource
    except ImportError:  # Windows
        return
    limit = budget.memory_mb * 1024 * 1024
    ocr_limit = budget.ocr_memory_mb * 1024 * 1024
    for name in ("RLIMIT_AS", "RLIMIT_DATA"):
        which = getattr(resource, name, None)
        if which is None:
            continue
        try:
            _soft, hard = resource.getrlimit(which)
            capped = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
            top = ocr_limit if hard == resource.RLIM_INFINITY else min(ocr_limit, hard)
            resource.setrlimit(which, (capped, max(capped, top)))
        except (ValueError, OSError):
            log.warning("cannot limit %s of the PDF reader", name)
    try:
        seconds = int(budget.seconds) + 5  # the parent's clock comes first
        _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        capped = seconds if hard == resource.RLIM_INFINITY else min(seconds, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (capped, hard))
    except (ValueError, OSError):
        log.warning("cannot limit the CPU time of the PDF reader")


if __name__ == "__main__":  # by its own name, so that the answer pickles as this module's
    from reader_app.core.importer import pdfsandbox

    sys.exit(pdfsandbox.child_main(sys.argv[1:]))
