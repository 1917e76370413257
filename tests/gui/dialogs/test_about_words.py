"""The About dialog in the Chinese UI: every label and value in Chinese, a new user folder."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from reader_app import __version__
from reader_app.core.app.indexplace import IndexPlace
from reader_app.core.app.session import open_library
from reader_app.core.machine.policy import load_policy
from reader_app.gui.dialogs.about import AboutDialog
from reader_app.output import i18n

#: The names About may show as they are: the program, its runtime, its platform.
KNOWN = {"reader", "app", "Python", "Linux", "Windows", "Darwin", "PDFium"}
WHYS = (
    "published on the shared library, read-only",
    "local copy of the shared library, read-only",
    "set by the machine policy",
    "shipped with the app, read-only",
    "this session only (public workstation)",
    "user cache",
)


@dataclass
class Facts:
    """The search service as the dialog asks it (gui/dialogs/about.py ``SearchFacts``)."""

    place: IndexPlace | None
    thesaurus: None = None
    ready: bool = True

    def doc_count(self) -> int:
        return 66


def english_words(text: str, paths: list[str]) -> list[str]:
    """ASCII words of three letters or more, outside paths, versions and known names."""
    for path in sorted(paths, key=len, reverse=True):
        text = text.replace(path, " ")
    text = re.sub(r"(?:[A-Za-z]:)?[/\\][^\s（()]*", " ", text)  # any other path: the log file
    text = text.replace(f"reader-app {__version__}", " ")
    words = re.findall(r"[A-Za-z]{3,}", text)
    return [w for w in words if w not in KNOWN]


@pytest.fixture
def chinese(qapp):
    i18n.install("zh_CN")
    yield
    i18n.install("en")


@pytest.mark.parametrize("why", WHYS)
def test_about_has_no_english_in_the_chinese_ui(
    qtbot, chinese, tmp_path: Path, app_home: Path, why: str
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    (tmp_path / "policy.toml").write_text(
        f'public_mode = true\nidle_reset_minutes = 5\nlibrary_folders = ["{share.as_posix()}"]\n',
        encoding="utf-8",
    )
    policy = load_policy()
    library = open_library(extra_folders=policy.library_folders)
    place = IndexPlace(tmp_path / "index", why=why)
    dialog = AboutDialog(library, policy, Facts(place), None)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    paths = [str(f.path) for f in library.folders] + [str(tmp_path), str(app_home)]
    assert "检索索引" in text  # the dialog is in Chinese at all
    assert english_words(text, paths) == [], text


def test_a_user_folder_not_yet_created_says_so(qtbot, chinese, app_home: Path) -> None:
    library = open_library()
    user = next(f for f in library.folders if f.writable and not f.bundled)
    assert not user.path.exists()  # a fresh home: nothing imported yet
    dialog = AboutDialog(library, load_policy(), Facts(None, ready=False), None)
    qtbot.addWidget(dialog)
    line = next(x for x in dialog.text.toPlainText().splitlines() if str(user.path) in x)
    assert "尚未创建" in line and "无法访问" not in line
    user.path.mkdir(parents=True)
    dialog = AboutDialog(open_library(), load_policy(), Facts(None, ready=False), None)
    qtbot.addWidget(dialog)
    line = next(x for x in dialog.text.toPlainText().splitlines() if str(user.path) in x)
    assert "尚未创建" not in line and "无法访问" not in line
