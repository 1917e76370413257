"""The real frozen bundle: what it contains, and that it runs without the source tree."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from reader_app import __version__
from tests.packaging.conftest import (
    LINUX,
    SMOKE_QUERY,
    Build,
    isolated_env,
    run_smoke,
    tree_state,
)

pytestmark = pytest.mark.slow
REPO_RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def internal(build: Build) -> Path:
    return build.bundle / "_internal"


def test_bundle_holds_issues_resources_and_translations(frozen_build: Build) -> None:
    root = internal(frozen_build)
    assert (root / "issues" / "2022-18" / "issue.toml").is_file()
    assert (root / "resources" / "icons" / "reader-app.svg").is_file()
    assert (root / "resources" / "icons" / "reader-app-256.png").is_file()
    qt_translations = root / "PySide6" / "Qt" / "translations"
    assert (qt_translations / "qtbase_zh_CN.qm").is_file()
    assert sorted(p.name for p in qt_translations.iterdir()) == sorted(
        ["qtbase_zh_CN.qm", "qtbase_en.qm", "qt_zh_CN.qm", "qt_en.qm"]
    )
    ours = sorted((REPO_RESOURCES / "translations").glob("*.qm"))
    for qm in ours:
        assert (root / "resources" / "translations" / qm.name).is_file()


@pytest.mark.skipif(not LINUX, reason="library and plugin names are those of Linux")
def test_unused_qt_parts_are_left_out(frozen_build: Build) -> None:
    names = {p.name for p in frozen_build.bundle.rglob("*")}
    unwanted_names = ("libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6Network.so.6", "libqgtk3.so")
    for unwanted in (*unwanted_names, "libcups.so.2", "libgnutls.so.30"):
        assert unwanted not in names
    assert not list(frozen_build.bundle.rglob("qml"))
    plugins = internal(frozen_build) / "PySide6" / "Qt" / "plugins"
    assert (plugins / "platforms" / "libqxcb.so").is_file()
    assert (plugins / "platforms" / "libqoffscreen.so").is_file()
    assert list((plugins / "platforminputcontexts").glob("*ibus*"))  # typing Chinese


def test_frozen_window_smoke_test(frozen_build: Build, tmp_path: Path) -> None:
    """The acceptance test: the built window finds and opens an article offscreen."""
    data = run_smoke([frozen_build.window], isolated_env(tmp_path), tmp_path)
    assert data["query"] == SMOKE_QUERY
    assert data["articles"] >= 60
    assert data["hits"] >= 1
    assert "锂" in data["opened"]
    assert data["highlights"] >= 1


def test_frozen_search_folds_traditional_characters(frozen_build: Build, tmp_path: Path) -> None:
    """OpenCC's table is data loaded at run time: the bundle must carry it."""
    assert list(internal(frozen_build).rglob("TSCharacters.txt"))
    env = isolated_env(tmp_path)
    out = subprocess.run(
        [frozen_build.cli, "search", "鋰電池", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=True,
    )
    assert '"total": 0' not in out.stdout and "锂" in out.stdout


def test_frozen_start_leaves_the_bundle_untouched(frozen_build: Build, tmp_path: Path) -> None:
    before = tree_state(frozen_build.bundle)
    run_smoke([frozen_build.window], isolated_env(tmp_path), tmp_path)
    assert tree_state(frozen_build.bundle) == before


def test_frozen_cli_version_and_list(frozen_build: Build, tmp_path: Path) -> None:
    cli = frozen_build.cli
    env = isolated_env(tmp_path)
    out = subprocess.run([cli, "--version"], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == f"reader-app {__version__}"
    listing = subprocess.run(
        [cli, "list"], capture_output=True, text=True, encoding="utf-8", env=env, check=True
    )
    assert "2022-18" in listing.stdout


def test_portable_marker_keeps_state_beside_the_bundle(frozen_build: Build, tmp_path: Path) -> None:
    """A copy of the bundle with portable.txt writes only into reader-app-data/ beside it."""
    import shutil

    stick = tmp_path / "usb" / "reader-app"
    shutil.copytree(frozen_build.bundle, stick, symlinks=True)
    (stick / "portable.txt").write_text("", encoding="utf-8")
    env = isolated_env(tmp_path)
    del env["READER_APP_HOME"]
    env["HOME"] = str(tmp_path / "user-home")
    env["XDG_DATA_HOME"] = str(tmp_path / "user-home" / "data")
    env["XDG_CACHE_HOME"] = str(tmp_path / "user-home" / "cache")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "user-home" / "config")
    env["XDG_STATE_HOME"] = str(tmp_path / "user-home" / "state")
    (tmp_path / "user-home").mkdir()
    cli = stick / Path(frozen_build.cli).name
    subprocess.run([str(cli), "list"], capture_output=True, env=env, check=True)
    assert (stick / "reader-app-data" / "log" / "reader-app.log").is_file()
    assert list((tmp_path / "user-home").iterdir()) == []


def test_shipped_index_is_used_without_rebuilding(frozen_build: Build, tmp_path: Path) -> None:
    """The first search on a fresh profile reads the prebuilt index in place."""
    import json

    assert (internal(frozen_build) / "index" / "CURRENT").is_file()
    env = isolated_env(tmp_path)
    before = tree_state(frozen_build.bundle)
    result = subprocess.run(
        [frozen_build.cli, "search", SMOKE_QUERY, "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["total"] >= 1
    assert not (tmp_path / "home" / "cache" / "index").exists()
    assert tree_state(frozen_build.bundle) == before


def test_frozen_public_workstation_keeps_nothing(frozen_build: Build, tmp_path: Path) -> None:
    """The machine policy reaches the frozen window: a public session leaves no trace."""
    (tmp_path / "policy.toml").write_text("public_mode = true\n", encoding="utf-8")
    data = run_smoke([frozen_build.window], isolated_env(tmp_path), tmp_path)
    assert data["hits"] >= 1
    assert not (tmp_path / "home").exists()


def test_frozen_import_reads_pdfs_in_a_child_within_its_budget(
    frozen_build: Build, tmp_path: Path
) -> None:
    """Both programs are their own PDF reader child (core/importer/pdfsandbox.py): the CLI refuses
    a bomb within a small budget; the window's program reads a PDF without a display."""
    import pickle

    from reader_app.core.importer.pdfsandbox import CHILD_FLAG
    from tests.fixtures.pdfbombs import inflate_bomb_pdf, many_pages_pdf

    bomb = inflate_bomb_pdf(tmp_path / "bomb.pdf", 200)
    env = isolated_env(tmp_path, READER_APP_PDF_MEMORY_MB="150")
    refused = subprocess.run(
        [frozen_build.cli, "import", str(bomb)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, check=False,
    )  # fmt: skip
    assert refused.returncode == 2 and "needs more than 150 MB" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    pdf = many_pages_pdf(tmp_path / "other.pdf", 3)
    answer = tmp_path / "answer.pickle"
    env.pop("QT_QPA_PLATFORM")
    child = subprocess.run(
        [frozen_build.window, CHILD_FLAG, str(answer), str(pdf)],
        capture_output=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr[-2000:]
    with answer.open("rb") as stream:
        assert str(pdf) in str(pickle.load(stream))


def test_frozen_cli_writes_a_compilation_docx(frozen_build: Build, tmp_path: Path) -> None:
    """python-docx and its template travel in the bundle (packaging/reader-app.spec)."""
    import docx

    out = tmp_path / "汇编.docx"
    run = subprocess.run(
        [frozen_build.cli, "export", "--docx", str(out), "--query", "锂电", "--title", "锂电专题"],
        capture_output=True, text=True, encoding="utf-8", env=isolated_env(tmp_path), check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    paragraphs = docx.Document(str(out)).paragraphs
    assert paragraphs[0].text == "锂电专题"
    assert any(p.style.name == "Heading 1" for p in paragraphs)
