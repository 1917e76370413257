"""The About dialog's content: version, library folders, index, policy problems, log path."""

from __future__ import annotations

from pathlib import Path

from reader_app import __version__
from reader_app.core.app.diagnostics import about_sections, about_text
from reader_app.core.app.indexplace import IndexPlace
from reader_app.core.app.session import open_library
from reader_app.core.machine.policy import load_policy


def test_about_reports_everything_it_should(tmp_path: Path, app_home: Path) -> None:
    (tmp_path / "policy.toml").write_text(
        f'public_mode = true\nlibrary_folders = ["{(tmp_path / "gone").as_posix()}"]\n'
        "allow_prints = false\n",
        encoding="utf-8",
    )
    policy = load_policy()
    library = open_library(extra_folders=policy.library_folders)
    place = IndexPlace(tmp_path / "idx", shipped=True, why="shipped with the app, read-only")
    text = about_text(about_sections(library, policy, place, 66))
    assert f"reader-app {__version__}" in text
    assert "Issues: 1" in text
    assert f"{tmp_path / 'gone'} — not reachable" in text
    assert "66 articles indexed" in text and "shipped with the app" in text
    assert f"Policy file: {tmp_path / 'policy.toml'}" in text
    assert "Public mode: on" in text
    assert "PROBLEM:" in text and "'allow_prints'" in text
    assert "Log file:" in text


def test_about_without_policy_or_index() -> None:
    text = about_text(about_sections(open_library(), load_policy()))
    assert "Policy file: none" in text
    assert "not opened yet" in text
    assert "PROBLEM" not in text
