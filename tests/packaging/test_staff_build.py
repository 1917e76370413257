"""The staff build carries text recognition and imports a scanned page; the public build
does not carry it (issue 25): workstations read the recognised text from the bundle."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader_app.core.importer.pdfocr import ocr_available
from tests.packaging.conftest import BUILD_SCRIPT, REPO, Build

pytestmark = pytest.mark.slow


def test_the_public_build_carries_no_recognition_engine(frozen_build: Build) -> None:
    inside = frozen_build.bundle / "_internal"
    for name in ("rapidocr", "onnxruntime", "cv2"):
        assert not (inside / name).exists(), f"{name} is in the public build"


@pytest.mark.skipif(not ocr_available(), reason='pip install -e ".[ocr]"')
@pytest.mark.skipif(
    os.environ.get("READER_APP_TEST_STAFF_BUILD") != "1",
    reason="a second frozen build, about 8 minutes on the shared two-core machine "
    "(set READER_APP_TEST_STAFF_BUILD=1)",
)
def test_the_staff_build_imports_a_scanned_page(tmp_path: Path) -> None:
    """build.py --staff freezes the engine and its models, then its scan smoke test has
    the frozen CLI import a scan, find a word in it and verify the bundle."""
    dist = tmp_path / "dist"
    done = subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--staff", "--dist", str(dist), "--runs", "0",
         "--no-archive"],
        capture_output=True, text=True, encoding="utf-8", cwd=REPO, timeout=1800,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "scan smoke test:" in done.stdout
    models = list((dist / "reader-app" / "_internal" / "rapidocr" / "models").glob("*.onnx"))
    assert len(models) >= 2  # detection and recognition, inside the bundle: no download
