"""The import dialog on a scan: recognition in a worker and its child process, its
progress shown page by page, Cancel stopping it with nothing added."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader_app.core.importer.pdfocr import ocr_available
from reader_app.gui.library.importdialog import ImportDialog

pytestmark = [
    pytest.mark.usefixtures("empty_bundled"),
    pytest.mark.skipif(not ocr_available(), reason='pip install -e ".[ocr]"'),
]


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    pytest.importorskip("PIL")
    from tests.fixtures.pdfmaker import load_articles, make_digest_pdf
    from tests.fixtures.scans import make_scan

    _, articles = load_articles()
    truth = make_digest_pdf(tmp_path / "born.pdf", "rl-dash", articles=articles[:2])
    return make_scan(truth.path, tmp_path / "scan.pdf", dpi=150)


def test_recognition_shows_its_progress_and_cancel_stops_it(qtbot, scan, monkeypatch):
    from PySide6.QtCore import QThreadPool

    from reader_app.core.app.session import open_library

    library = open_library()
    children: list = []
    import subprocess

    original = subprocess.Popen

    def popen(*args, **kwargs):
        child = original(*args, **kwargs)
        children.append(child)
        return child

    monkeypatch.setattr(subprocess, "Popen", popen)
    pool = QThreadPool()
    dialog = ImportDialog(scan, library, pool)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.progress.isHidden(), timeout=60000)
    status = dialog.status.text()  # the window's language: Chinese by default
    assert "扫描" in status or "scan" in status
    assert dialog.progress.maximum() >= 4
    dialog.reject()  # the Cancel button
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=10000)
    assert dialog.error.message.key == "import_cancelled"
    assert children and all(c.poll() is not None for c in children)  # the child is gone
    assert library.issues == [] and not (library.user_folder.path / "2022-18").exists()
    pool.waitForDone(10000)


def test_a_recognised_scan_imports_from_the_dialog_without_recognising_twice(
    qtbot, scan, monkeypatch
):
    from PySide6.QtCore import QThreadPool

    from reader_app.core.app.session import open_library

    library = open_library()
    steps: list[tuple[int, int]] = []
    pool = QThreadPool()
    dialog = ImportDialog(scan, library, pool)
    qtbot.addWidget(dialog)
    dialog.progress.valueChanged.connect(lambda v: steps.append((v, dialog.progress.maximum())))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=300000)
    assert dialog.progress.isHidden() and steps[-1][0] == steps[-1][1]
    recognised = len(steps)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported_result is not None, timeout=60000)
    assert len(steps) == recognised  # the import took what the dry run recognised
    issue = library.issue("2022-18")
    assert issue.ocr_file == "ocr.json" and len(issue.articles) == 2
    pool.waitForDone(10000)
