"""The window's import dialog takes the digest's PDF: same report and dry run as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader_app.gui.base import filedialogs
from reader_app.gui.library.importdialog import ImportDialog
from tests.fixtures.pdfbombs import inflate_bomb_pdf
from tests.fixtures.pdfmaker import load_articles, make_digest_pdf


@pytest.mark.usefixtures("empty_bundled")
def test_import_dialog_takes_a_pdf(make_window, qtbot, tmp_path: Path, monkeypatch):
    _, articles = load_articles()
    pdf = tmp_path / "issue.pdf"
    make_digest_pdf(pdf, "qt-emdash", articles=articles[:5] + articles[-4:])
    window = make_window()
    filters: list[str] = []

    def choose(*args, **kwargs):
        filters.append(args[3] if len(args) > 3 else kwargs.get("filter", ""))
        return str(pdf), ""

    def run(dialog: ImportDialog) -> int:
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30000)
        report = dialog.report.toPlainText()
        assert "热点关注" in report and "图书推荐" in report
        assert window.library.issues == []  # the dry run wrote nothing
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.imported_result is not None, timeout=30000)
        return 1

    monkeypatch.setattr(filedialogs, "open_file", choose)
    monkeypatch.setattr(ImportDialog, "exec", run)
    window.actions_["import"].trigger()
    assert filters and "*.pdf" in filters[0] and "*.txt" in filters[0]
    issue = window.library.issue("2022-18")
    assert issue.original_pdf is not None and issue.original_pdf.read_bytes() == pdf.read_bytes()
    assert len(issue.articles) == 9
    assert window.tree_model.index_of("2022-18").isValid()


@pytest.mark.usefixtures("empty_bundled")
def test_import_dialog_shows_why_a_pdf_is_refused(make_window, qtbot, tmp_path: Path, monkeypatch):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 500)
    window = make_window()
    seen: list[ImportDialog] = []

    def run(dialog: ImportDialog) -> int:
        seen.append(dialog)
        qtbot.waitUntil(lambda: dialog.error is not None, timeout=30000)
        assert not dialog.import_button.isEnabled()
        return 0

    monkeypatch.setattr(filedialogs, "open_file", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(ImportDialog, "exec", run)
    window.actions_["import"].trigger()
    assert seen and "damaged" in str(seen[0].error)
    assert window.library.issues == []


@pytest.mark.usefixtures("empty_bundled")
def test_import_dialog_survives_a_pdf_bomb(
    make_window, qtbot, tmp_path: Path, monkeypatch, import_in_window
):
    """A PDF whose content stream inflates past the budget: PDFium aborts in the reader
    child (it took the window's process down when it ran there); the dialog says why."""
    bomb = inflate_bomb_pdf(tmp_path / "bomb.pdf", 200)
    monkeypatch.setenv("READER_APP_PDF_MEMORY_MB", "150")
    window = make_window()
    seen: list[ImportDialog] = []

    def run(dialog: ImportDialog) -> int:
        seen.append(dialog)
        qtbot.waitUntil(lambda: dialog.error is not None, timeout=60000)
        assert not dialog.import_button.isEnabled()
        return 0

    monkeypatch.setattr(filedialogs, "open_file", lambda *a, **k: (str(bomb), ""))
    monkeypatch.setattr(ImportDialog, "exec", run)
    window.actions_["import"].trigger()
    assert seen
    shown = seen[0].report.toPlainText()
    assert str(bomb) in shown and "需要超过 150 MB 内存" in shown  # the UI's language
    assert shown.count("\n") == 0
    assert window.library.issues == []
    # The window goes on: the next import (a real issue's PDF) works in the same window.
    _, articles = load_articles()
    pdf = tmp_path / "issue.pdf"
    make_digest_pdf(pdf, "qt-emdash", articles=articles[:3] + articles[-4:])
    import_in_window(window, pdf)
    assert window.tree_model.index_of("2022-18").isValid()
