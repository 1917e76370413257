"""The keep/drop rules of the bundle, on Linux and Windows paths (fast, no build)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from freeze_rules import EXCLUDED_MODULES, keep, prune_unreachable

sys.path.pop(0)

from tests.saidutil import said

QT = "PySide6/Qt/"


def test_plugins_kept_and_dropped() -> None:
    assert keep(QT + "plugins/platforms/libqxcb.so")
    assert keep(QT + "plugins/platforms/qwindows.dll")
    assert keep(QT + "plugins/platforminputcontexts/libibusplatforminputcontextplugin.so")
    assert keep(QT + "plugins/printsupport/windowsprintersupport.dll")
    assert not keep(QT + "plugins/platforms/libqwayland-egl.so")
    assert not keep(QT + "plugins/platformthemes/libqgtk3.so")
    assert not keep(QT + "plugins/sqldrivers/libqsqlite.so")
    assert not keep(QT + "plugins/tls/libqopensslbackend.so")


def test_translations_and_libraries() -> None:
    assert keep(QT + "translations/qtbase_zh_CN.qm")
    assert not keep(QT + "translations/qtbase_de.qm")
    assert not keep(QT + "lib/libQt6Quick.so.6")
    assert not keep("PySide6/Qt6Qml.dll")
    assert not keep("PySide6/opengl32sw.dll")
    assert keep(QT + "lib/libQt6Widgets.so.6")
    assert keep("PySide6/Qt6Widgets.dll")
    assert keep("issues/2022-18/issue.toml")


def test_qt_own_translations_ship_for_both_languages() -> None:
    """File and print dialogs speak the UI's language in the frozen build too."""
    from PySide6.QtCore import QLibraryInfo

    shipped = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for language in ("zh_CN", "en"):
        assert (shipped / f"qtbase_{language}.qm").is_file()
        assert keep(QT + f"translations/qtbase_{language}.qm")  # Linux, macOS layout
        assert keep(f"PySide6/translations/qtbase_{language}.qm")  # Windows layout
    spec = (Path(__file__).parents[2] / "packaging" / "reader-app.spec").read_text("utf-8")
    assert '"user-guide.zh.md"' in spec  # Help → User Guide reads it from the bundle


def test_prune_drops_what_only_dropped_parts_needed() -> None:
    needs = {
        "/src/plugin.so": {"libkept.so", "libQt6Core.so.6"},
        "/src/libkept.so": {"libdeep.so"},
        "/src/libdeep.so": set(),
        "/src/liborphan.so": {"libonlyorphan.so"},
        "/src/libonlyorphan.so": set(),
    }
    binaries = [
        (QT + "plugins/platforms/plugin.so", "/src/plugin.so", "BINARY"),
        ("libkept.so", "/src/libkept.so", "BINARY"),
        ("libdeep.so", "/src/libdeep.so", "BINARY"),
        ("liborphan.so", "/src/liborphan.so", "BINARY"),
        ("libonlyorphan.so", "/src/libonlyorphan.so", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython", "BINARY"),
    ]
    kept = {entry[0] for entry in prune_unreachable(binaries, lambda src: needs.get(src, set()))}
    assert kept == {
        QT + "plugins/platforms/plugin.so",
        "libkept.so",
        "libdeep.so",
        "libpython3.11.so.1.0",
    }


def test_packaging_folder_is_not_a_package() -> None:
    """An __init__.py would make it shadow the PyPI ``packaging`` library."""
    assert not (Path(__file__).resolve().parents[2] / "packaging" / "__init__.py").exists()
    import packaging.version

    assert "site-packages" in str(Path(packaging.version.__file__))


def test_pillow_and_numpy_stay_out() -> None:
    """pypdfium2 names them in lazy imports; the reader renders to raw pixels instead."""
    assert {"PIL", "numpy"} <= set(EXCLUDED_MODULES)
    assert "pypdfium2" not in EXCLUDED_MODULES


@pytest.mark.parametrize("entry", ["entry_gui.py", "entry_cli.py"])
def test_frozen_entry_points_are_the_pdf_reader_child_when_asked(entry, tmp_path) -> None:
    """The frozen program is its own PDF reader child (core/importer/pdfsandbox.py): each entry
    point answers the child's command line, and loads no Qt for it."""
    import os
    import pickle
    import subprocess

    from reader_app.core.base.errors import ImportRefusedError
    from reader_app.core.importer import pdfsandbox
    from tests.fixtures.pdfbombs import many_pages_pdf

    pdf = many_pages_pdf(tmp_path / "not-an-issue.pdf", 3)
    result = tmp_path / "answer.pickle"
    repo = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(repo))
    env.pop("QT_QPA_PLATFORM", None)  # no display, no offscreen: the child needs neither
    env.pop("DISPLAY", None)
    run = subprocess.run(
        [sys.executable, "-X", "importtime", str(repo / "packaging" / entry),
         pdfsandbox.CHILD_FLAG, str(result), str(pdf)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    with result.open("rb") as stream:
        answer = pickle.load(stream)
    assert isinstance(answer, ImportRefusedError) and str(pdf) in said(answer)
    assert "PySide6" not in run.stderr  # -X importtime lists every module loaded


def test_frozen_program_starts_itself_as_the_pdf_reader(monkeypatch) -> None:
    from reader_app.core.importer import pdfsandbox

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert pdfsandbox.child_command() == [sys.executable, pdfsandbox.CHILD_FLAG]
    monkeypatch.setattr(sys, "frozen", False)
    assert pdfsandbox.child_command()[1:] == ["-m", "reader_app.core.importer.pdfsandbox"]


def test_the_bundle_takes_python_docx_and_its_template() -> None:
    """Compilations (output/docxout.py) need python-docx, lxml and the template it opens."""
    spec = (Path(__file__).parents[2] / "packaging" / "reader-app.spec").read_text("utf-8")
    assert '"docx"' in spec and "lxml.etree" in spec
    assert 'collect_data_files("docx", includes=["templates/*"])' in spec
    from PyInstaller.utils.hooks import collect_data_files

    files = {Path(dest, Path(src).name).as_posix() for src, dest in
             collect_data_files("docx", includes=["templates/*"])}  # fmt: skip
    assert "docx/templates/default.docx" in files and "docx/templates/default-footer.xml" in files
    for dest in files:
        assert keep(dest), dest
    assert "docx" not in EXCLUDED_MODULES and "lxml" not in EXCLUDED_MODULES


def test_the_bundle_takes_what_read_aloud_runs_on() -> None:
    """朗读 (gui/reading/speech.py) needs no library: QProcess (QtCore) and the stdlib's
    subprocess/shutil, none of which the rules drop; the voice is the machine's."""
    for module in ("subprocess", "shutil", "PySide6.QtCore"):
        assert not any(module == m or module.startswith(m + ".") for m in EXCLUDED_MODULES)
    assert keep("PySide6/Qt/lib/libQt6Core.so.6") and keep("PySide6/QtCore.abi3.so")
