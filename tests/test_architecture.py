"""House rules that a test can hold: layers import downwards only; ruff is clean."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import REPO


def test_core_never_imports_qt():
    offenders = []
    for path in (REPO / "reader_app" / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path}: {n}"
                for n in names
                if n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6")
            ]
    assert offenders == []


def _imports(path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
    return names


def _layer_offenders(files, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(REPO)}: imports {name}"
        for path in files
        for name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


def test_layers_import_downwards_only():
    """gui -> output -> core, cli -> output -> core: nothing reaches up or across a face.

    output (documents typeset with Qt, no widgets) is shared by the window and the
    CLI; the CLI reaches Qt only through it and never imports the window.
    """
    package = REPO / "reader_app"
    core = list((package / "core").rglob("*.py"))
    output = list((package / "output").rglob("*.py"))
    cli = [p for p in package.glob("cli*.py")] + list((package / "cli").rglob("*.py"))
    assert core and output and cli
    offenders = _layer_offenders(core, ("reader_app.gui", "reader_app.cli", "reader_app.output"))
    offenders += _layer_offenders(output, ("reader_app.gui", "reader_app.cli", "PySide6.QtWidgets"))
    offenders += _layer_offenders(cli, ("reader_app.gui", "PySide6"))
    assert offenders == [], "imports against the layering (docs/architecture.md)"


def test_file_dialogs_have_one_home():
    """Every file dialog goes through gui/base/filedialogs.py (start folder, fitted columns)."""
    home = REPO / "reader_app" / "gui" / "base" / "filedialogs.py"
    offenders = [
        f"{path.relative_to(REPO)}:{number}"
        for path in (REPO / "reader_app").rglob("*.py")
        if path != home
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "QFileDialog" in line and "QT_TRANSLATE_NOOP" not in line
    ]
    assert offenders == [], "use reader_app.gui.base.filedialogs.open_file / save_file"


def test_ruff_is_clean():
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", str(REPO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert lint.returncode == 0, lint.stdout
    fmt = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", str(REPO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert fmt.returncode == 0, fmt.stdout


def test_no_dead_code():
    """vulture finds no unused code beyond the reviewed tests/vulture_allowlist.py."""
    found = subprocess.run(
        [
            sys.executable,
            "-m",
            "vulture",
            str(REPO / "reader_app"),
            str(REPO / "tests" / "vulture_allowlist.py"),
            "--min-confidence",
            "60",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert found.returncode == 0, found.stdout + found.stderr
