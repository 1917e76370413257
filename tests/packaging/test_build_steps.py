"""packaging/build.py's smoke steps, run against a stand-in bundle (no freeze: seconds).

The stand-in's ``reader-app-cli`` is this environment's installed one, so the steps'
own work (making the input PDF, running the CLI with a throwaway profile, reading its
answers, passing a variable to one run) is checked on every test run; the real
bundle's are in test_frozen.py and test_staff_build.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import BUILD_SCRIPT, REPO

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the stand-in is a sh script")

_STEP = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import build
getattr(build, sys.argv[2])(Path(sys.argv[3]))
"""


def stand_in(folder: Path, cli: str) -> Path:
    """A folder shaped as the bundle whose ``reader-app-cli`` runs ``cli`` (a sh line)."""
    bundle = folder / "reader-app"
    bundle.mkdir(parents=True)
    script = bundle / "reader-app-cli"
    script.write_text(f'#!/bin/sh\n{cli} "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    return bundle


def run_step(step: str, bundle: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _STEP, str(BUILD_SCRIPT.parent), step, str(bundle)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=300,
    )


def test_pdf_smoke_step_imports_renders_and_refuses_a_bomb(tmp_path: Path) -> None:
    bundle = stand_in(tmp_path, f'exec "{sys.executable}" -m reader_app.cli')
    done = run_step("pdf_smoke_test", bundle)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "PDF smoke test:" in done.stdout and '"pages": ["p001.png"]' in done.stdout
    assert '"bomb_refused": "error: ' in done.stdout


def test_pdf_smoke_step_fails_when_the_cli_does(tmp_path: Path) -> None:
    bundle = stand_in(tmp_path, "echo 'no such command' >&2; exit 3")
    done = run_step("pdf_smoke_test", bundle)
    assert done.returncode != 0
    assert "frozen PDF import failed (3)" in done.stderr and "no such command" in done.stderr
