"""mypy on reader_app/: no new type errors (docs/decisions.md, "mypy in the test run").

The errors still open when mypy was introduced are listed, without line numbers,
in ``tests/_reference/mypy-baseline.txt``; anything not listed fails this test.
Fixing a listed error: delete its line (the test says which lines are stale).
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import REPO

BASELINE = REPO / "tests" / "_reference" / "mypy-baseline.txt"
_ERROR = re.compile(r"^(?P<file>[^:]+):\d+: error: (?P<text>.*)$")


def mypy_errors() -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--hide-error-context"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    if done.returncode not in (0, 1):
        pytest.fail(f"mypy did not run:\n{done.stderr or done.stdout}")
    found = []
    for line in done.stdout.splitlines():
        match = _ERROR.match(line)
        if match:
            found.append(f"{match['file']}: {match['text']}")
    return sorted(found)


def test_no_new_type_errors():
    known = BASELINE.read_text(encoding="utf-8").splitlines()
    errors = mypy_errors()
    new = sorted(set(errors) - set(known))
    assert not new, "new mypy errors (fix them; see docs/decisions.md):\n" + "\n".join(new)
