"""Every string the window shows is translated, and the .ts files match the code."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO

TRANSLATIONS = REPO / "resources" / "translations"


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            found[(name, message.findtext("source"))] = (translation.text, translation.get("type"))
    return found


def test_every_chinese_string_is_translated():
    messages = _messages(TRANSLATIONS / "reader_app_zh_CN.ts")
    assert len(messages) > 50
    unfinished = [key for key, (text, kind) in messages.items() if not text or kind == "unfinished"]
    assert unfinished == []


def test_ts_files_match_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
    if not lupdate:
        pytest.fail("pyside6-lupdate is missing: PySide6 is not installed properly")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "reader_app" / "gui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(_messages(fresh))
    for ts in ("reader_app_zh_CN.ts", "reader_app_en.ts"):
        committed = {
            key for key, (_, kind) in _messages(TRANSLATIONS / ts).items() if kind != "obsolete"
        }
        assert in_code - committed == set(), f"{ts}: run resources/translations/update.py"
    assert (TRANSLATIONS / "reader_app_zh_CN.qm").stat().st_mtime > 0


def _strings_in_code() -> set[tuple[str, str]]:
    """(context, source) of every translate("Ctx", "...") and self.tr("...") call."""
    found = set()
    for path in (REPO / "reader_app" / "gui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for call in [n for n in ast.walk(cls) if isinstance(n, ast.Call)]:
                func, args = call.func, call.args
                is_tr = isinstance(func, ast.Attribute) and func.attr == "tr" and args
                if is_tr and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                    found.add((cls.name, args[0].value))
        for call in [n for n in ast.walk(tree) if isinstance(n, ast.Call)]:
            func = call.func
            if isinstance(func, ast.Attribute) and func.attr == "translate" and len(call.args) >= 2:
                context, source = call.args[0], call.args[1]
                if all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str)
                    for a in (context, source)
                ):
                    found.add((context.value, source.value))
    return found


def test_every_string_in_the_code_has_a_chinese_translation():
    """Also catches calls that lupdate cannot see (inside f-strings, say)."""
    strings = _strings_in_code()
    assert len(strings) > 50
    messages = _messages(TRANSLATIONS / "reader_app_zh_CN.ts")
    missing = sorted(key for key in strings if not (messages.get(key) or (None, None))[0])
    assert missing == []


def test_no_translation_call_hides_its_string_from_lupdate():
    """lupdate only sees literal strings: a wrapper like _tr(text) would drop them."""
    hidden = []
    for path in (REPO / "reader_app" / "gui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        marks_literals = (
            "QT_TRANSLATE_NOOP" in source
        )  # literals marked elsewhere, translated later
        for call in [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call)]:
            func = call.func
            if not (isinstance(func, ast.Attribute) and func.attr in ("tr", "translate")):
                continue
            if func.attr == "translate" and not (
                isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication"
            ):
                continue  # QPainter.translate and friends
            text_arg = (
                call.args[1] if func.attr == "translate" and len(call.args) > 1 else call.args[0]
            )
            literal = isinstance(text_arg, ast.Constant) and isinstance(text_arg.value, str)
            if not literal and not marks_literals:
                hidden.append(f"{path.name}:{call.lineno}")
    assert hidden == []


def test_ui_languages_are_declared_once():
    from reader_app import LANGUAGES
    from reader_app.output.i18n import LANGUAGE_NAMES

    assert list(LANGUAGE_NAMES) == list(LANGUAGES)
    assert all((TRANSLATIONS / f"reader_app_{code}.ts").exists() for code in LANGUAGES)
