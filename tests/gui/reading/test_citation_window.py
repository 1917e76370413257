"""Citations in the real window: the chosen edition, RIS/BibTeX copy and export, the policy."""

from __future__ import annotations

import bibtexparser
import rispy
from PySide6.QtGui import QGuiApplication

from reader_app.core.app.session import Session, open_library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Policy as MachinePolicy
from reader_app.gui.base import filedialogs
from reader_app.gui.base.settings import Settings
from reader_app.gui.shell.mainwindow import MainWindow

SANYA = "2022-18-15c0fe"


def test_style_choice_changes_the_copied_citation_and_is_kept(make_window):
    window = make_window()
    window.open_article(SANYA)
    assert window.actions_["cite_gb7714-2025"].isChecked()
    window.actions_["cite_gb7714-2015"].trigger()
    window.actions_["copy_citation"].trigger()
    assert QGuiApplication.clipboard().text().endswith("转引自: 信息摘编, 2022(18): 1.")
    window.close()
    again = make_window()
    assert again.actions_["cite_gb7714-2015"].isChecked()
    again.actions_["cite_gb7714-2025"].trigger()
    assert again.settings.citation_style == "gb7714-2025"


def test_copy_as_ris_and_bibtex(window):
    window.open_article(SANYA)
    window.actions_["copy_ris"].trigger()
    (entry,) = rispy.loads(QGuiApplication.clipboard().text())
    assert entry["secondary_title"] == "工信微报"
    window.actions_["copy_bibtex"].trigger()
    parsed = bibtexparser.parse_string(QGuiApplication.clipboard().text())
    assert parsed.entries[0].key == "xxzb-2022-18-15c0fe"


def test_export_citation_writes_ris_or_bibtex_by_suffix(window, tmp_path, monkeypatch):
    window.open_article(SANYA)
    for name, check in (
        ("a.ris", lambda t: rispy.loads(t)[0]["type_of_reference"] == "ELEC"),
        ("a.bib", lambda t: bibtexparser.parse_string(t).entries[0].entry_type == "online"),
    ):
        target = tmp_path / name
        monkeypatch.setattr(filedialogs, "save_file", lambda *a, t=target, **k: (str(t), ""))
        window.actions_["export_citation"].trigger()
        assert check(target.read_text(encoding="utf-8"))
    assert "a.bib" in window.status_label.text()


def test_no_article_no_citation_actions(window):
    window.open_issue("2022-18")
    for name in ("copy_citation", "copy_ris", "copy_bibtex", "export_citation"):
        assert not window.actions_[name].isEnabled(), name


def test_export_switch_off_hides_export_but_copy_stays(qtbot, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a file dialog was opened")

    monkeypatch.setattr(filedialogs, "save_file", refuse)
    policy = MachinePolicy(allow_export=False)
    window = MainWindow(Session(policy, app_dirs(), library=open_library()), Settings())
    qtbot.addWidget(window)
    window.open_article(SANYA)
    action = window.actions_["export_citation"]
    assert not action.isVisible() and not action.isEnabled()
    action.trigger()  # a stray shortcut or script: still nothing written, no dialog
    window.actions_["copy_ris"].trigger()
    assert rispy.loads(QGuiApplication.clipboard().text())[0]["type_of_reference"] == "ELEC"
    window.pool.waitForDone()
    window.search_pool.waitForDone()
    window.close()
