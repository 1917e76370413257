"""mypy on reader_app/: no type errors at all (docs/decisions.md, "mypy in the test run").

The settings are pyproject.toml's ``[tool.mypy]``; there is no baseline: any error fails.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import REPO

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


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


# docs/decisions.md ("Strict mypy and ruff's SLF rule"): the flags nobody may drop silently.
STRICT_FLAGS = (
    "check_untyped_defs",
    "disallow_untyped_defs",
    "disallow_any_generics",
    "warn_unreachable",
    "strict_equality",
    "warn_redundant_casts",
    "warn_unused_ignores",
)


def _pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))


def test_mypy_config_holds_the_strict_flags():
    mypy = _pyproject()["tool"]["mypy"]
    off = [flag for flag in STRICT_FLAGS if mypy.get(flag) is not True]
    assert not off, f"pyproject.toml [tool.mypy] must set these to true: {off}"
    assert "reader_app" in mypy["files"]


def test_no_override_loosens_our_own_modules():
    """Overrides are for untyped third-party packages, never for reader_app."""
    for override in _pyproject()["tool"]["mypy"].get("overrides", []):
        modules = override["module"]
        modules = [modules] if isinstance(modules, str) else modules
        ours = [m for m in modules if m.split(".")[0] == "reader_app"]
        assert not ours, f"a mypy override for our own code: {ours}"
        assert not any(override.get(flag) is False for flag in STRICT_FLAGS), override


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


# The only files of reader_app/ that may reach into another object's privates, and why:
# docs/decisions.md ("Strict mypy and ruff's SLF rule").
SLF_IGNORED = {
    "reader_app/core/search/postings.py",  # Whoosh internals (test_whoosh_internals.py)
    "reader_app/core/search/writer.py",  # Whoosh internals (test_whoosh_internals.py)
    "reader_app/output/docxout.py",  # python-docx's _p, _r, _tr
}


def test_ruff_slf_is_on_with_only_the_documented_ignores():
    lint = _pyproject()["tool"]["ruff"]["lint"]
    assert "SLF" in lint["select"], "ruff's SLF rule (flake8-self) must stay selected"
    assert "SLF" not in lint.get("ignore", []) and "SLF001" not in lint.get("ignore", [])
    ignored = {
        pattern
        for pattern, codes in lint.get("per-file-ignores", {}).items()
        if {"SLF", "SLF001"} & set(codes) and pattern != "tests/**"
    }
    assert ignored == SLF_IGNORED, "SLF001 ignored beyond the documented files (or one gone)"
    decisions = (REPO / "docs" / "decisions.md").read_text("utf-8")
    missing = [
        path for path in sorted(SLF_IGNORED) if path.removeprefix("reader_app/") not in decisions
    ]
    assert not missing, f"docs/decisions.md does not say why SLF001 is ignored in {missing}"
