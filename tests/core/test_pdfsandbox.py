"""How the PDF reader child's end is worded (core/importer/pdfsandbox.py); the CLI tests run it."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

from reader_app.core.base.errors import ImportRefusedError
from reader_app.core.importer import pdfsandbox
from tests.saidutil import said

PDF = Path("/somewhere/issue.pdf")
BUDGET = pdfsandbox.Budget(memory_mb=300, seconds=20)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(
    ("code", "words"),
    [
        (-signal.SIGABRT, "needs more than 300 MB of memory"),  # PDFium's allocator
        (-signal.SIGKILL, "needs more than 300 MB of memory"),  # the OOM killer
        (-signal.SIGSEGV, "crashed on this file (SIGSEGV)"),
        (-signal.SIGXCPU, "needs more than 20 s to read"),
        (pdfsandbox._NO_ANSWER, "needs more than 300 MB of memory"),
    ],
)
def test_a_child_that_ends_without_an_answer_is_one_refusal(code, words):
    refusal = pdfsandbox._died(PDF, code, BUDGET)
    assert isinstance(refusal, ImportRefusedError)
    assert said(refusal).startswith(f"{PDF}: ") and words in said(refusal)


def test_a_child_that_fails_by_itself_is_an_internal_error():
    """Exit 1 is a traceback in the child (our bug), not the PDF's cost."""
    with pytest.raises(RuntimeError, match="exit code 1"):
        pdfsandbox._died(PDF, 1, BUDGET)


def test_budgets_from_the_environment(monkeypatch):
    monkeypatch.setenv(pdfsandbox.MEMORY_ENV, "100")
    monkeypatch.setenv(pdfsandbox.SECONDS_ENV, "2.5")
    assert pdfsandbox.Budget.from_environment() == pdfsandbox.Budget(100, 2.5)
    monkeypatch.setenv(pdfsandbox.MEMORY_ENV, "lots")
    monkeypatch.setenv(pdfsandbox.SECONDS_ENV, "-1")
    assert pdfsandbox.Budget.from_environment() == pdfsandbox.Budget(
        pdfsandbox.DEFAULT_MEMORY_MB, pdfsandbox.DEFAULT_SECONDS
    )


def test_the_last_pages_progress_is_passed_on_when_the_child_ends_between_two_looks(tmp_path):
    """The child writes "4 4 -" and exits within one poll: the caller still hears page 4 of 4."""
    import subprocess

    progress_file = tmp_path / pdfsandbox._PROGRESS
    script = (
        f"import pathlib, sys; pathlib.Path({str(progress_file)!r}).write_text('4 4 0.0', 'ascii')"
    )
    child = subprocess.Popen([sys.executable, "-c", script])
    child.wait()  # it has ended before the parent first looks
    heard: list[tuple[int, int, float | None]] = []
    code = pdfsandbox._watch(child, progress_file, BUDGET, lambda *a: heard.append(a), None)
    assert code == 0
    assert heard == [(4, 4, 0.0)]
