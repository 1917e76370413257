"""The actions' table in the real window: the policy hides exactly what it names, the
window's state enables exactly what each entry needs (gui/shell/actions.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reader_app.core.app.session import Session, open_library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import Action, Policy, parse_policy
from reader_app.gui.base.settings import Settings
from reader_app.gui.shell.actions import SPECS, TABLE, Need
from reader_app.gui.shell.mainwindow import MainWindow
from tests.fixtures.pdfpages import ONE_PAGE, digest_pdf, import_pdf

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

POLICIES = [
    "",
    "allow_printing = false\n",
    "allow_export = false\n",
    "allow_import = false\n",
    "public_mode = true\n",
    "public_mode = true\nallow_printing = false\n",
    'language = "en"\n',
    "allow_printing = 'yes'\n",  # a wrong value: the restrictive choice, printing off
]


def _window(qtbot, policy: Policy | None = None) -> MainWindow:
    window = MainWindow(
        Session(policy or Policy(), app_dirs(), library=open_library()), Settings(persistent=False)
    )
    qtbot.addWidget(window)
    return window


def _hidden(window: MainWindow) -> set[str]:
    return {spec.name for spec in TABLE if not window.actions_[spec.name].isVisible()}


@pytest.mark.parametrize("text", POLICIES)
def test_a_policy_hides_exactly_the_actions_whose_entry_it_forbids(
    qtbot, app_home: Path, tmp_path: Path, text: str
) -> None:
    policy = parse_policy(tomllib.loads(text), tmp_path / "policy.toml")
    window = _window(qtbot, policy)
    window.show()
    forbidden = {s.name for s in TABLE if s.policy is not None and not policy.allows(s.policy)}
    assert _hidden(window) == forbidden
    for name in forbidden:
        assert not window.actions_[name].isEnabled(), name
    window.open_article(ONE_PAGE)  # the article's state enables nothing the policy forbids
    for name in forbidden:
        assert not window.actions_[name].isEnabled(), name
    assert _hidden(window) == forbidden
    languages = window.actions_.languages.values()
    assert all(a.isEnabled() for a in languages) == policy.allows(Action.CHANGE_LANGUAGE)
    assert all(a.isVisible() for a in languages)  # the language in force stays readable


def test_what_each_policy_forbids(qtbot, app_home: Path, tmp_path: Path) -> None:
    """The table read the other way: the names a reader of the menus would expect."""
    printing_off = _window(qtbot, Policy(allow_printing=False))
    assert _hidden(printing_off) == {"print", "print_preview", "print_original", "batch_print"}
    export_off = _window(qtbot, Policy(allow_export=False))
    assert _hidden(export_off) == {
        "export_pdf",
        "export_original",
        "export_citation",
        "batch_export",
        "compile",  # a compilation is a file written (gui/export/compiledialog.py)
    }
    public = _window(qtbot, Policy(public_mode=True))
    assert _hidden(public) == {
        "import",
        "export_pdf",
        "export_original",
        "export_citation",
        "batch_export",
        "compile",
        "statistics",
        "quit",  # a patron cannot close a kiosk (allow_quit = true lets them)
    }
    assert _hidden(_window(qtbot, Policy(allow_read_aloud=False))) == {"read_aloud"}
    assert _hidden(_window(qtbot)) == set()


def _enabled(window: MainWindow) -> set[str]:
    return {spec.name for spec in TABLE if spec.needs and window.actions_[spec.name].isEnabled()}


def _needing(*present: Need) -> set[str]:
    return {spec.name for spec in TABLE if spec.needs and spec.needs <= set(present)}


@pytest.fixture(scope="module")
def digest(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return digest_pdf(tmp_path_factory.mktemp("digest"))


def test_enabling_follows_the_article_the_original_and_history(
    qtbot, app_home: Path, digest: Path
) -> None:
    import_pdf(digest)  # 2022-18 with its printed pages
    window = _window(qtbot)
    issue = window.library.issues[-1]
    assert issue.original_pdf is not None
    with_url = next(a for a in issue.articles if a.url and a.pdf_pages)
    without_url = next((a for a in issue.articles if not a.url), None)

    window.open_issue(issue.id)  # the cover: printable, no article
    assert _enabled(window) == _needing(Need.PAGE)
    window.open_article(with_url.id)
    have = [Need.PAGE, Need.ARTICLE, Need.ORIGINAL, Need.LINK, Need.BACK]
    assert _enabled(window) == _needing(*have)
    assert not window.actions_["bookmark"].isChecked()
    window.toggle_bookmark()
    assert window.actions_["bookmark"].isChecked()
    window.go_back()
    assert _enabled(window) == _needing(Need.PAGE, Need.FORWARD)
    assert not window.actions_["bookmark"].isChecked()
    window.go_forward()
    assert window.actions_["bookmark"].isChecked()
    if without_url is not None:
        window.open_article(without_url.id)
        enabled = _enabled(window)
        assert "copy_link" not in enabled and "copy_citation" in enabled


def test_an_article_without_printed_pages_cannot_print_them(qtbot, app_home: Path) -> None:
    window = _window(qtbot)  # the bundled, text-imported issue: no original PDF
    window.open_article(ONE_PAGE)
    enabled = _enabled(window)
    assert {"export_pdf", "copy_ris", "export_citation", "print"} <= enabled
    assert not enabled & {"print_original", "export_original"}


def test_the_table_keeps_one_entry_per_action_with_its_needs_declared() -> None:
    assert len(SPECS) == len(TABLE)
    assert {spec.name for spec in TABLE if Need.ORIGINAL in spec.needs} == {
        "print_original",
        "export_original",
    }
    for spec in TABLE:  # an action the policy governs shares its name, or says which it is
        if spec.name in {action.value for action in Action}:
            assert spec.policy is Action(spec.name), spec.name
