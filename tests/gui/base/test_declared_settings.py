"""Settings are declared once (gui/base/settings.py): a bad INI value reads as the default or
is clamped, never crashes the window; and every policy label is worded by the About dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from reader_app import LANGUAGES
from reader_app.core.machine.policy import KEYS, Policy
from reader_app.core.services.citation import DEFAULT_STYLE
from reader_app.gui.base.settings import ZOOM_DEFAULT, ZOOM_MAX, ZOOM_MIN, Setting, Settings

BAD_INI = """[view]
zoom=9999
theme=purple
fullScreen=maybe
largeType=1
themeBefore=neon
zoomBefore=12
[ui]
language=fr
[reading]
lastScroll=-40
lastArticle=
bookmarks=a,,b,
[cite]
style=apa
[window]
geometry=not-a-state
"""


def test_every_setting_is_one_declaration_with_its_own_key() -> None:
    declared = Settings.declared()
    keys = [setting.key for setting in declared]
    assert len(keys) == len(set(keys))
    assert {setting.name for setting in declared} >= {"zoom", "theme", "theme_before"}
    assert isinstance(Settings.zoom, Setting) and Settings.zoom.key == "view/zoom"


def test_bad_ini_values_are_clamped_or_take_the_default(tmp_path: Path, qapp) -> None:
    path = tmp_path / "reader-app.ini"
    path.write_text(BAD_INI, encoding="utf-8")
    s = Settings(path=path)
    assert s.zoom == ZOOM_MAX
    assert s.zoom_before == ZOOM_MIN
    assert s.theme == "system" and s.theme_before == "system"
    assert s.language == LANGUAGES[0]
    assert s.full_screen is False and s.large_type is False
    assert s.last_scroll == 0
    assert s.last_article is None
    assert s.bookmarks == ["a", "b"]
    assert s.citation_style == DEFAULT_STYLE
    assert s.geometry is None and s.splitter is None


def test_unreadable_numbers_take_the_default(tmp_path: Path, qapp) -> None:
    path = tmp_path / "reader-app.ini"
    path.write_text("[view]\nzoom=big\nzoomBefore=@ByteArray(x)\n[reading]\nlastScroll=far\n")
    s = Settings(path=path)
    assert s.zoom == ZOOM_DEFAULT and s.zoom_before == ZOOM_DEFAULT and s.last_scroll == 0


def test_values_round_trip_and_bad_ones_are_never_written(tmp_path: Path, qapp) -> None:
    path = tmp_path / "reader-app.ini"
    s = Settings(path=path)
    s.zoom, s.theme, s.language, s.full_screen = 10, "neon", "xx", True
    s.bookmarks, s.last_article, s.citation_style = ["x", "y"], None, "apa"
    s.geometry = QByteArray(b"state")
    s.sync()
    again = Settings(path=path)
    assert again.zoom == ZOOM_MIN and again.theme == "system" and again.language == LANGUAGES[0]
    assert again.full_screen is True and again.bookmarks == ["x", "y"]
    assert again.last_article is None and again.citation_style == DEFAULT_STYLE
    assert again.geometry == QByteArray(b"state")
    raw = path.read_text(encoding="utf-8")
    assert "neon" not in raw and "apa" not in raw and "zoom=50" in raw


def test_memory_settings_give_each_reader_a_fresh_default(qapp) -> None:
    s = Settings(persistent=False)
    s.bookmarks.append("leak")
    assert s.bookmarks == [] and Settings(persistent=False).bookmarks == []


def test_every_policy_line_is_worded_by_the_about_dialog(qapp) -> None:
    """The About dialog translates each summary label (and each fixed value) it shows."""
    from reader_app.gui.dialogs.about import LABELS

    for key in KEYS:
        assert key.label in LABELS, key.name
    for policy in (Policy(), Policy(public_mode=True, idle_reset_minutes=0)):
        for _label, value in policy.summary():
            if not value.startswith("/") and "min" not in value:
                assert value in LABELS, value
