"""`reader-app-cli import SCAN.pdf` through the real CLI: recognised, searchable, verified."""

from __future__ import annotations

import hashlib
import json

import pytest

from reader_app.core.importer.pdfocr import ocr_available
from reader_app.core.library.bundle import read_bundle
from reader_app.core.pdf.ocrfile import read_ocr_json
from tests.cliutil import run_cli

pytestmark = [
    pytest.mark.usefixtures("empty_bundled"),
    pytest.mark.slow,
    pytest.mark.skipif(not ocr_available(), reason='pip install -e ".[ocr]"'),
]


def test_a_scanned_issue_imports_searches_and_verifies(tmp_path, app_home):
    pytest.importorskip("PIL")
    from tests.fixtures.pdfmaker import load_articles, make_digest_pdf
    from tests.fixtures.scans import make_scan

    _, articles = load_articles()
    truth = make_digest_pdf(tmp_path / "born.pdf", "rl-dash", articles=articles[:2])
    scan = make_scan(truth.path, tmp_path / "scan.pdf", dpi=200, seed=3)

    done = run_cli("import", str(scan))
    assert done.returncode == 0, done.stderr
    assert f"recognised page {truth.pages} of {truth.pages}" in done.stderr  # progress
    assert "its text was recognised by RapidOCR" in done.stdout
    bundle = app_home / "data" / "issues" / "2022-18"
    issue = read_bundle(bundle)
    assert issue.format_version == 3 and issue.ocr_file == "ocr.json"
    assert (bundle / "original.pdf").read_bytes() == scan.read_bytes()  # the scan as received
    table = json.loads((bundle / "ocr.json").read_text(encoding="utf-8"))
    assert table["original_sha256"] == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert len(read_ocr_json((bundle / "ocr.json").read_bytes())) == truth.pages
    assert run_cli("verify").returncode == 0

    found = run_cli("search", "科创金融", "--json")
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)["hits"]
    # the article by its source line (a title may carry a misread character)
    assert [(h["source"], h["date"]) for h in hits] == [
        (articles[1].source, articles[1].date.isoformat())
    ]

    (bundle / "ocr.json").write_text("{}", encoding="utf-8")
    broken = run_cli("verify")
    assert broken.returncode != 0 and "ocr.json" in broken.stdout + broken.stderr
