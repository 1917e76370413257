"""reader-app-cli original: PNG images of an article's printed pages, via the real CLI."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from reader_app.core.paths import app_dirs
from tests.cliutil import run_cli
from tests.fixtures.pdfpages import (
    FIRST,
    ONE_PAGE,
    TWO_PAGES,
    digest_pdf,
    write_pdf_issue,
)


@pytest.fixture(scope="module")
def digest(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return digest_pdf(tmp_path_factory.mktemp("digest"))


@pytest.fixture
def pdf_library(digest: Path, app_home: Path) -> None:
    """The digest PDF imported through the real CLI."""
    result = run_cli("import", str(digest), "--replace")
    assert result.returncode == 0, result.stderr


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_writes_one_png_per_page_named_by_printed_page(pdf_library, tmp_path) -> None:
    out = tmp_path / "out"
    result = run_cli("original", TWO_PAGES, "--out", str(out), "--dpi", "72")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["p001.png", "p002.png"]
    assert result.stdout.split() == [str(out / "p001.png"), str(out / "p002.png")]
    width, height = _png_size(out / "p001.png")
    assert abs(width - 595) <= 1 and abs(height - 842) <= 1  # A4 at 72 dpi
    result = run_cli("original", ONE_PAGE, "--out", str(tmp_path / "one"))  # default 150 dpi
    assert result.returncode == 0, result.stderr
    assert [p.name for p in (tmp_path / "one").iterdir()] == ["p001.png"]
    assert _png_size(tmp_path / "one" / "p001.png")[0] == pytest.approx(595 * 150 / 72, abs=1)


def test_unnumbered_pages_are_named_by_pdf_page(app_home, qapp, tmp_path) -> None:
    write_pdf_issue(app_dirs().user_issues, tmp_path / "scratch", first_pages=(1, 2))
    result = run_cli("original", FIRST, "--out", str(tmp_path / "out"), "--dpi", "30")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["p001.png", "pdf-001.png"]


def test_unknown_id_exits_4(pdf_library, tmp_path) -> None:
    result = run_cli("original", "2022-18-nosuch", "--out", str(tmp_path / "out"))
    assert result.returncode == 4
    assert result.stderr.count("\n") == 1 and "2022-18-nosuch" in result.stderr
    assert not (tmp_path / "out").exists()


def test_article_without_original_exits_1(tmp_path) -> None:
    result = run_cli("original", FIRST, "--out", str(tmp_path / "out"))  # bundled: text only
    assert result.returncode == 1
    assert "no original pages" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_policy_forbids_export_exits_5(pdf_library, tmp_path) -> None:
    (tmp_path / "policy.toml").write_text("allow_export = false\n", encoding="utf-8")
    result = run_cli("original", ONE_PAGE, "--out", str(tmp_path / "out"))
    assert result.returncode == 5
    assert "turned off by the machine policy" in result.stderr
    assert not (tmp_path / "out").exists()


def test_bad_dpi_is_one_line(pdf_library, tmp_path) -> None:
    result = run_cli("original", ONE_PAGE, "--out", str(tmp_path / "out"), "--dpi", "5000")
    assert result.returncode == 1
    assert result.stderr.startswith("error: --dpi") and "Traceback" not in result.stderr
