"""reader-app-cli original: PNG images of an article's printed pages, via the real CLI."""

from __future__ import annotations

import os
import resource
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from reader_app.core.machine.paths import app_dirs
from reader_app.core.pdf import original
from tests.cliutil import run_cli
from tests.fixtures.pdfboxes import Box, box_pdf
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


@pytest.mark.parametrize("dpi", ["2400", "5000", "9", "0", "-150", "nan", "inf", "1e400", "x"])
def test_dpi_out_of_range_is_a_bad_command_line(tmp_path, dpi) -> None:
    """Issue 21: ``--dpi 2400`` exited 1 ("nothing changed"); it is a usage error (64)."""
    low, high = original.DPI_RANGE
    result = run_cli("original", ONE_PAGE, "--out", str(tmp_path / "out"), "--dpi", dpi)
    assert result.returncode == 64, result.stderr
    error = result.stderr.strip().splitlines()[-1]
    assert error.startswith("reader-app-cli original: error: argument --dpi: ")
    assert f"from {low} to {high} dpi" in error and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()
    assert f"{low} to {high}" in run_cli("original", "--help").stdout


def _cli_with_memory_cap(*args: str) -> subprocess.CompletedProcess:
    """The CLI under a 2 GiB address space: a page that escapes the cap fails the test
    with a MemoryError instead of taking the machine's memory (it took 4.7 GB)."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))

    return subprocess.run(
        [sys.executable, "-m", "reader_app.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        env=dict(os.environ),
        preexec_fn=cap,
        check=False,
    )


def _odd_issue(tmp_path: Path, box: Box) -> Path:
    """Issue 2022-18 whose PDF page 2 (the first article's first page) has ``box``."""
    pdf = box_pdf(tmp_path / "odd.pdf", [Box(), box, Box(), Box()])
    return write_pdf_issue(app_dirs().user_issues, tmp_path / "scratch", pdf=pdf)


def _png_dpi(path: Path) -> float:
    data = path.read_bytes()
    at = data.index(b"pHYs")
    return struct.unpack(">I", data[at + 4 : at + 8])[0] * 0.0254


@pytest.mark.parametrize(
    ("box", "size", "word"),
    [
        (Box("0 0 400000 400000"), "400,000 × 400,000 pt", "larger than the 14,400 pt"),
        (Box("0 0 10000000 10000000"), "10,000,000 × 10,000,000 pt", "larger"),
        (Box("0 0 400000 30", rotate=90), "30 × 400,000 pt", "larger"),  # as displayed
        (Box("0 0 100000 3"), "100,000 × 3 pt", "larger"),
        (Box("0 0 400000 400000", crop="0 0 400000 800"), "400,000 × 800 pt", "larger"),
        (Box("0 0 0.01 0.01"), "0.01 × 0.01 pt", "smaller than the 3 pt"),
        (Box(crop="100 100 100.5 100.5"), "0.5 × 0.5 pt", "smaller"),
    ],
)
def test_page_beyond_what_pdf_allows_is_refused_in_one_line(
    app_home, tmp_path, box, size, word
) -> None:
    """Issue 21: a 400,000-pt page took 41 s and 4.7 GB; a 10⁷-pt one gave ``internal error``."""
    bundle = _odd_issue(tmp_path, box)
    out = tmp_path / "out"
    result = _cli_with_memory_cap("original", FIRST, "--out", str(out), "--dpi", "150")
    assert result.returncode == 3, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(bundle / "original.pdf") in lines[0] and "page 2 is " + size in lines[0]
    assert word in lines[0] and "it is not shown" in lines[0]
    assert not out.exists()  # the article's other page is not written either


@pytest.mark.parametrize(
    "box",
    [
        Box("0 0 14400 14400"),  # the largest page PDF allows
        Box("0 0 14400 3"),
        Box("0 0 1190.55 1683.78"),  # A2
        Box("0 0 0 0"),  # PDFium reads these as US Letter
        Box("0 0 1e999 5"),
        Box("0 0 nan 5"),
        Box(""),
        Box("0 0 -500 -700"),  # drawn the right way round
        Box("0 0 3 3"),
        Box(crop="0 0 400000 400000"),  # a crop box past the media box: the media box
        Box("0 0 14400 14400", rotate=270),
    ],
)
def test_any_allowed_page_is_written_within_the_pixel_and_memory_cap(
    app_home, tmp_path, box
) -> None:
    """Issue 21: the 12,000-pixel cap was undone by a 0.05 scale floor; pixels and bytes
    are capped whatever the page, and the PNG says the resolution it was written at."""
    _odd_issue(tmp_path, box)
    out = tmp_path / "out"
    result = _cli_with_memory_cap("original", FIRST, "--out", str(out), "--dpi", "1200")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    pages = [Path(line) for line in result.stdout.split()]
    assert [p.name for p in pages] == ["p001.png", "p002.png"]
    for page in pages:
        width, height = _png_size(page)
        assert 1 <= width <= original.MAX_SIDE and 1 <= height <= original.MAX_SIDE
        assert width * height * 4 <= original.MAX_BITMAP_BYTES
    notes = [line for line in result.stderr.splitlines() if line.startswith("note: p001.png:")]
    dpi = _png_dpi(pages[0])
    if dpi < 1199:  # drawn smaller: the line says so, and at what resolution
        assert len(notes) == 1 and f"written at {dpi:.0f} dpi, not 1200" in notes[0], notes
        assert f"{original.MAX_SIDE} pixels" in notes[0]
    else:
        assert notes == []


def test_a_page_larger_than_the_cap_at_the_asked_dpi_is_written_smaller(pdf_library, tmp_path):
    """A4 at 1200 dpi is 139 million pixels: written at the largest resolution that fits."""
    out = tmp_path / "out"
    result = _cli_with_memory_cap("original", ONE_PAGE, "--out", str(out), "--dpi", "1200")
    assert result.returncode == 0, result.stderr
    width, height = _png_size(out / "p001.png")
    assert width * height * 4 <= original.MAX_BITMAP_BYTES
    assert width * height * 4 > original.MAX_BITMAP_BYTES * 0.99  # not smaller than need be
    dpi = _png_dpi(out / "p001.png")
    assert width == pytest.approx(595 * dpi / 72, abs=2)  # the pHYs tells the true size
    assert result.stderr.splitlines() == [
        f"note: p001.png: written at {dpi:.0f} dpi, not 1200: a page image is at most "
        f"{original.MAX_SIDE} pixels a side and {original.MAX_BITMAP_BYTES // 4 / 1e6:.0f} "
        "million pixels"
    ]


@pytest.mark.parametrize(
    ("args", "option", "range_"),
    [
        (["search", "锂电", "--limit", "-1"], "--limit", "from 0 to 100000"),
        (["search", "锂电", "--limit", "100000000000000000000"], "--limit", "from 0 to 100000"),
        (["search", "锂电", "--limit", "many"], "--limit", "from 0 to 100000"),
        (["search", "锂电", "--limit", "2.5"], "--limit", "from 0 to 100000"),
        (["export", "--pdf", "x.pdf", "--query", "锂电", "--limit", "0"], "--limit", "from 1 to"),
        (["export", "--pdf", "x.pdf", "--query", "锂电", "--limit", "-5"], "--limit", "from 1 to"),
        (["publish", "--wait", "-3"], "--wait", "from 0 to 3600 seconds"),
        (["publish", "--wait", "nan"], "--wait", "from 0 to 3600 seconds"),
        (["publish", "--wait", "inf"], "--wait", "from 0 to 3600 seconds"),
        (["remove", "2022-18", "--wait", "1e999"], "--wait", "from 0 to 3600 seconds"),
    ],
)
def test_every_numeric_option_out_of_range_is_a_bad_command_line(
    app_home, tmp_path, args, option, range_
) -> None:
    """The class of ``--dpi 2400``: a huge ``search --limit`` was an internal error (70), a
    negative one exit 1, ``--wait nan`` waited for ever; each is now 64, saying the range."""
    result = run_cli(*(str(tmp_path / a) if a == "x.pdf" else a for a in args))
    assert result.returncode == 64, result.stderr
    error = result.stderr.strip().splitlines()[-1]
    assert f"error: argument {option}: " in error and range_ in error, error
    assert not (tmp_path / "x.pdf").exists()
