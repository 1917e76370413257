"""Issue 26: every export confirms in the status line with the file's name, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader_app.gui.base import filedialogs


@pytest.mark.parametrize(("language", "words"), [("zh_CN", "已导出到"), ("en", "Saved")])
def test_pdf_export_names_the_file(
    make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, words: str
) -> None:
    window = make_window(language=language)
    window.open_article(window.library.issues[0].articles[0].id)
    target = tmp_path / "文章.pdf"
    monkeypatch.setattr(filedialogs, "save_file", lambda *a, **k: (str(target), ""))
    window.export_pdf_dialog()
    assert target.is_file() and target.stat().st_size > 0
    assert f"{words} {target}" in window.status_label.text()


@pytest.mark.parametrize(("language", "words"), [("zh_CN", "已导出到"), ("en", "Saved")])
def test_print_to_a_pdf_file_names_the_file(
    make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, words: str
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    from reader_app.gui.export import output

    window = make_window(language=language)
    window.open_article(window.library.issues[0].articles[0].id)
    target = tmp_path / "打印.pdf"

    def chosen(self: QPrintDialog) -> int:  # the patron ticks "print to file"
        self.printer().setOutputFileName(str(target))
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", chosen)
    assert output.print_article(window.view, window.policy, window.status_label.setText)
    assert target.is_file()
    assert f"{words} {target}" in window.status_label.text()
