"""House rules that a test can hold: Qt stays out of the core; ruff is clean."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import REPO


def test_core_never_imports_qt():
    offenders = []
    for path in (REPO / "reader_app" / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path}: {n}"
                for n in names
                if n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6")
            ]
    assert offenders == []


def test_ruff_is_clean():
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", str(REPO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert lint.returncode == 0, lint.stdout
    fmt = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", str(REPO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert fmt.returncode == 0, fmt.stdout
