"""mypy on reader_app/: no type errors at all (docs/decisions.md, "mypy in the test run").

The settings are pyproject.toml's ``[tool.mypy]``; there is no baseline: any error fails.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import REPO


def test_reader_app_type_checks_clean():
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--hide-error-context"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    if done.returncode not in (0, 1):
        pytest.fail(f"mypy did not run:\n{done.stderr or done.stdout}")
    assert done.returncode == 0, (
        "mypy errors in reader_app/ (fix the cause; see docs/decisions.md):\n" + done.stdout
    )


def test_qt_translate_noop_is_the_typed_one():
    """PySide6's QT_TRANSLATE_NOOP is typed as returning object; ours (output/i18n.py) a str."""
    imports = [
        str(path.relative_to(REPO))
        for path in sorted((REPO / "reader_app").rglob("*.py"))
        if re.search(
            r"from PySide6\.QtCore import (?:\([^)]*|[^\n(]*)\bQT_TRANSLATE_NOOP\b",
            path.read_text("utf-8"),
        )
    ]
    assert not imports, "import QT_TRANSLATE_NOOP from reader_app.output.i18n:\n" + "\n".join(
        imports
    )
