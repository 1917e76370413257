"""`reader-app-cli import ISSUE.pdf` through the real CLI: report, dry run, replace, refusals."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest

from reader_app.core.library.bundle import read_bundle
from tests.cliutil import run_cli
from tests.fixtures.pdfmaker import load_articles, make_digest_pdf

pytestmark = pytest.mark.usefixtures("empty_bundled")


@pytest.fixture(scope="module")
def small_pdf(tmp_path_factory) -> Path:
    """A short issue (a few articles of each kind and the books), as reportlab sets it."""
    _, articles = load_articles()
    chosen = articles[:4] + articles[7:9] + [a for a in articles if a.kind == "book"]
    path = tmp_path_factory.mktemp("pdf") / "2022年第18期.pdf"
    make_digest_pdf(path, "rl-dash", articles=chosen)
    return path


def _library(app_home: Path) -> list[str]:
    folder = app_home / "data" / "issues"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_pdf_dry_run_import_replace_and_verify(small_pdf, app_home):
    dry = run_cli("import", str(small_pdf), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "(PDF, " in dry.stdout and "6 articles, 4 books" in dry.stdout
    assert "dry run: nothing was written" in dry.stdout
    assert _library(app_home) == []

    done = run_cli("import", str(small_pdf))
    assert done.returncode == 0, done.stderr
    bundle = app_home / "data" / "issues" / "2022-18"
    assert (bundle / "original.pdf").read_bytes() == small_pdf.read_bytes()
    issue = read_bundle(bundle)
    assert issue.format_version == 2
    assert issue.original_sha256 == hashlib.sha256(small_pdf.read_bytes()).hexdigest()
    assert issue.source_file == small_pdf.name
    assert all(a.pdf_pages for a in issue.articles)
    assert issue.pages[0].printed is None and issue.pdf_page_for_printed(1) is not None

    listed = json.loads(run_cli("list", "--json").stdout)["issues"]
    assert [(i["id"], len(i["articles"])) for i in listed] == [("2022-18", 10)]
    assert run_cli("verify").returncode == 0

    again = run_cli("import", str(small_pdf))
    assert again.returncode == 1 and "--replace" in again.stderr
    replaced = run_cli("import", str(small_pdf), "--replace")
    assert replaced.returncode == 0 and "replaced: 2022-18" in replaced.stdout


def test_pdf_named_otherwise_is_still_read_as_pdf(small_pdf, tmp_path):
    renamed = tmp_path / "issue.bin"
    renamed.write_bytes(small_pdf.read_bytes())
    result = run_cli("import", str(renamed), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "(PDF, " in result.stdout


def _encrypted(path: Path) -> None:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    pdf.drawString(72, 720, "locked")
    pdf.save()


def _scanned(path: Path, source: Path) -> None:
    """The small issue's pages as images only: what a scanner makes."""
    import pypdfium2
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from reader_app.core.pdf.pdfengine import PDFIUM_LOCK

    out = canvas.Canvas(str(path))
    with PDFIUM_LOCK:
        pdf = pypdfium2.PdfDocument(str(source))
        for n in range(3):
            image = pdf[n].render(scale=0.5).to_pil()
            out.drawImage(ImageReader(image), 0, 0, 595, 842)
            out.showPage()
        pdf.close()
    out.save()


def _without_last_pages(source: Path, path: Path, count: int) -> None:
    """A whole PDF whose last pages were lost (a partial download saved as a PDF)."""
    import pypdfium2

    from reader_app.core.pdf.pdfengine import PDFIUM_LOCK

    with PDFIUM_LOCK:
        pdf = pypdfium2.PdfDocument(str(source))
        for _ in range(count):
            pdf.del_page(len(pdf) - 1)
        pdf.save(str(path))
        pdf.close()


def _foreign(path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = canvas.Canvas(str(path))
    out.setFont("STSong-Light", 12)
    for n in range(30):
        out.drawString(72, 760 - n * 20, f"第{n}条 会议纪要：讨论了下一年度的工作计划和预算安排。")
    out.save()


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("encrypted", "protected by a password"),
        ("scanned", 'pip install -e ".[ocr]"'),
        ("foreign", "not an issue of 《信息摘编》"),
        ("truncated", "truncated"),
        ("last-pages-missing", "looks truncated: it ends at PDF page"),
        ("garbage", "damaged or truncated"),
        ("misnamed", "not a PDF"),
        ("huge", "larger than the 100 MB"),
    ],
)
def test_bad_pdfs_are_refused_in_one_line(case, message, small_pdf, tmp_path, app_home):
    path = tmp_path / f"{case}.pdf"
    if case == "scanned":
        from reader_app.core.importer.pdfocr import ocr_available

        if ocr_available():  # then it is recognised (tests/cli/test_cli_scan.py)
            pytest.skip("recognition installed: the refusal without it is in test_pdf_ocr.py")
    if case == "encrypted":
        _encrypted(path)
    elif case == "scanned":
        _scanned(path, small_pdf)
    elif case == "foreign":
        _foreign(path)
    elif case == "truncated":
        path.write_bytes(small_pdf.read_bytes()[: small_pdf.stat().st_size * 2 // 5])
    elif case == "last-pages-missing":
        _without_last_pages(small_pdf, path, 3)
    elif case == "garbage":
        path.write_bytes(b"%PDF-1.7\n" + random.Random(7).randbytes(20_000))
    elif case == "misnamed":
        path.write_text("这不是 PDF，只是改了扩展名的文本。\n" * 20, encoding="utf-8")
    elif case == "huge":
        with path.open("wb") as stream:
            stream.write(b"%PDF-1.7\n")
            stream.truncate(101 * 1024 * 1024)  # sparse: quick to make
    result = run_cli("import", str(path))
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], lines
    assert "Traceback" not in result.stderr
    assert _library(app_home) == []


def test_binary_refusal_names_what_is_accepted(tmp_path):
    path = tmp_path / "scan.bin"
    path.write_bytes(bytes(range(256)) * 40)
    result = run_cli("import", str(path))
    assert result.returncode == 2
    assert "PDF" in result.stderr and "convert the PDF" not in result.stderr
