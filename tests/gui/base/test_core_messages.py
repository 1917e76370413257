"""The window words the core's errors in the UI's language (issue 22, reproduced in 26).

The core hands out Messages; the Chinese window must never show an English sentence,
let alone one that advises a ``reader-app-cli`` command. Real widgets: the import
dialog, a reading list's item, an article in a damaged bundle, the problems dialog.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from reader_app.cli.text import ERRORS
from reader_app.core.machine.paths import app_dirs
from reader_app.core.services import readinglists as rl
from reader_app.gui.base import errors, filedialogs
from reader_app.gui.library.importdialog import WARNINGS, ImportDialog
from reader_app.gui.shell.mainwindow import MainWindow
from reader_app.output import i18n

#: Four English words in a row: a sentence (paths are taken out before the check).
ENGLISH = re.compile(r"[A-Za-z]+(?:[ ,;'’]+[A-Za-z]+){3,}")
CJK = re.compile(r"[\u4e00-\u9fff]")


def assert_chinese(text: str, *paths: object) -> None:
    for path in paths:
        text = text.replace(str(path), "")
    assert "reader-app-cli" not in text and "--" not in text, text
    assert not ENGLISH.search(text), text
    assert CJK.search(text), text


def assert_english(text: str) -> None:
    assert "reader-app-cli" not in text and "--" not in text, text
    unquoted = re.sub(r"“[^”]*”|《[^》]*》|（[^）]*）", "", text)  # examples quote the digest
    assert ENGLISH.search(text) and not CJK.search(unquoted), text


def import_dialog_text(window: MainWindow, path: Path, qtbot, monkeypatch) -> str:
    """Import ``path`` through File → Import; the dialog's report once it refused."""
    seen: list[ImportDialog] = []

    def run(dialog: ImportDialog) -> int:
        seen.append(dialog)
        qtbot.waitUntil(lambda: dialog.error is not None, timeout=30000)
        return 0

    monkeypatch.setattr(filedialogs, "open_file", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(ImportDialog, "exec", run)
    window.actions_["import"].trigger()
    assert seen
    return seen[0].report.toPlainText()


BAD_FILES: dict[str, Callable[[Path], None]] = {
    "empty.txt": lambda p: p.write_bytes(b""),
    "binary.txt": lambda p: p.write_bytes(b"\x00\x01\x02" * 100),
    "notes.txt": lambda p: p.write_text("会议纪要\n今天讨论了三件事。\n", "utf-8"),
    "fake.pdf": lambda p: p.write_bytes(b"this is no PDF at all"),
}


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_import_refusals_in_the_uis_language(
    make_window, qtbot, monkeypatch, tmp_path: Path, name: str, language: str
) -> None:
    path = tmp_path / name
    BAD_FILES[name](path)
    window = make_window(wait_index=False, language=language)
    shown = import_dialog_text(window, path, qtbot, monkeypatch)
    assert str(path) in shown  # the file is named
    if language == "zh_CN":
        assert_chinese(shown, path)
    else:
        assert_english(shown.replace(str(path), ""))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_reading_list_item_whose_article_is_missing(
    make_window, message_boxes, language: str
) -> None:
    """Issue 26: a 馆员推荐 item whose article is gone opened 出错了 with CLI advice; now
    no dialog, a line under the list in the window's language."""
    store = rl.ListStore.user(app_dirs())
    recommended = store.create("馆员推荐")
    recommended.add("2099-01-001", title="已删除的文章")
    store.save(recommended)
    window = make_window(wait_index=False, language=language)
    panel = window.reading_lists
    panel.reload(select="馆员推荐")
    panel.view.activated.emit(panel.model.index(0, 0))
    assert message_boxes == []
    text = panel.missing_label.text()
    assert not panel.missing_label.isHidden() and text
    if language == "zh_CN":
        assert_chinese(text)
    else:
        assert_english(text)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_an_article_in_a_damaged_bundle_points_to_the_problems_button(
    make_window, message_boxes, bundled_copy: Path, language: str
) -> None:
    article_file = bundled_copy / "2022-18" / "articles" / "005.md"
    article_id = re.search(r'id = "([^"]+)"', article_file.read_text("utf-8"))[1]
    article_file.write_bytes(b"\xff\xfe not UTF-8 \x80\x81")
    window = make_window(wait_index=False, language=language)
    assert not window.open_article(article_id)
    [(kind, text)] = message_boxes
    assert kind == "critical" and article_id in text
    problems_button = window.problems_button.text()
    if language == "zh_CN":
        assert_chinese(text, article_id)
        assert "资料库中有" in text  # the window's own way to see what is wrong
    else:
        assert_english(text.replace(article_id, ""))
        assert "problem(s) in the library” button" in text, problems_button
    window.show_problems()
    kind, listed = message_boxes[-1]
    assert kind == "warning" and str(article_file) in listed
    if language == "zh_CN":
        assert_chinese(listed, article_file)


def test_every_core_key_has_the_windows_words_in_chinese(qapp) -> None:
    """The class: each key the CLI words has a window wording, translated, without
    English and with the same values; never advising a command to type."""
    i18n.install("zh_CN")
    try:
        window_keys = set(errors.WORDS) | set(WARNINGS)
        assert set(ERRORS) - window_keys == set()
        for key, source in errors.WORDS.items():
            said = QCoreApplication.translate("errors", source)
            assert said != source, f"{key}: not translated"
            assert set(re.findall(r"\{\w+\}", said)) == set(re.findall(r"\{\w+\}", source)), key
            assert "reader-app-cli" not in source + said and " --" not in source + said, key
            bare = re.sub(
                r"\{\w+\}|statistics_folder|issue\.toml|UTF-\d+|GB18030|PDF|dpi|MB", "", said
            )
            assert not ENGLISH.search(bare), (key, said)
        box = QCoreApplication.translate("ImportDialog", "Replace the issue already in the library")
        assert box in QCoreApplication.translate("errors", errors.WORDS["issue_exists"])
        for code, (source, _names) in WARNINGS.items():
            said = QCoreApplication.translate("ImportDialog", source)
            assert said != source or CJK.search(source), code
            assert "--replace" not in said and "reader-app-cli" not in said, code
    finally:
        i18n.install("zh_CN")
