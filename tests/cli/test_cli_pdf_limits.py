"""PDFs that cost too much, through the real CLI: bombs, page counts, bundles verify rejects.

The PDF reader child's budgets are set low through the environment
(``READER_APP_PDF_MEMORY_MB``, ``READER_APP_PDF_SECONDS``, docs/deployment.md) so
that a bomb a few hundred MB deep trips them and the test stays cheap.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cliutil import run_cli
from tests.fixtures.pdfbombs import inflate_bomb_pdf, many_pages_pdf, nested_forms_pdf
from tests.fixtures.pdfmaker import load_articles, make_digest_pdf

pytestmark = pytest.mark.usefixtures("empty_bundled")


def _library(app_home: Path) -> list[str]:
    """Everything in the user library but its write lock (a staged bundle would show)."""
    folder = app_home / "data" / "issues"
    names = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
    return [name for name in names if name != ".write.lock"]


def _refused(result, path: Path) -> str:
    """The one line of a refusal (exit 2) that names the file."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: {path}: "), lines
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.parametrize("budget", [100, 150])
def test_inflate_bomb_is_refused_by_the_memory_budget(tmp_path, app_home, budget):
    """200 MB of content stream (the reader holds it twice) against a small budget.

    On Linux x86-64 a 100 MB budget ends in Python's MemoryError, 150 MB in PDFium's
    abort() (SIGABRT, the crash that took the process down): both are one refusal.
    """
    bomb = inflate_bomb_pdf(tmp_path / "bomb.pdf", 200)
    assert bomb.stat().st_size < 1024 * 1024
    for args in (["--dry-run"], []):
        env = {"READER_APP_PDF_MEMORY_MB": str(budget)}
        line = _refused(run_cli("import", str(bomb), *args, env_extra=env), bomb)
        assert f"needs more than {budget} MB of memory" in line and "nothing was written" in line
    assert _library(app_home) == []


def test_nested_forms_bomb_is_refused_by_the_time_budget(tmp_path, app_home):
    """A 2 KB PDF that draws a line of text 10,000 times: about 8 s and 430 MB to read
    whole, so a 1 s budget (with memory to spare) ends it on time, not on memory."""
    bomb = nested_forms_pdf(tmp_path / "forms.pdf", depth=4)
    env = {"READER_APP_PDF_SECONDS": "1", "READER_APP_PDF_MEMORY_MB": "1024"}
    line = _refused(run_cli("import", str(bomb), env_extra=env), bomb)
    assert "needs more than 1 s to read" in line
    assert _library(app_home) == []


def test_pdf_with_too_many_pages_is_refused_before_its_pages_are_read(tmp_path, app_home):
    many = many_pages_pdf(tmp_path / "many.pdf", 2000)
    line = _refused(run_cli("import", str(many)), many)
    assert "2,000 pages" in line and "more than the 1,000 an issue may have" in line
    assert _library(app_home) == []


def _huge_mediabox(source: Path, target: Path, size: float, keep_top: bool) -> None:
    """The same pages on a ``size``-pt square MediaBox (the text stays where it was)."""
    import pypdfium2

    from reader_app.core.pdf.pdfengine import PDFIUM_LOCK

    with PDFIUM_LOCK:
        pdf = pypdfium2.PdfDocument(str(source))
        for n in range(len(pdf)):
            page = pdf[n]
            left, bottom, _right, top = page.get_mediabox()
            box = (
                (left, top - size, left + size, top)
                if keep_top
                else (left, bottom, left + size, bottom + size)
            )
            page.set_mediabox(*box)
            page.set_cropbox(*box)
            page.close()
        pdf.save(str(target))
        pdf.close()


@pytest.fixture(scope="module")
def digest_pdf(tmp_path_factory) -> Path:
    """A short issue with running headers and footers, as reportlab sets it."""
    _, articles = load_articles()
    chosen = articles[:4] + articles[7:9] + [a for a in articles if a.kind == "book"]
    path = tmp_path_factory.mktemp("pdf") / "issue.pdf"
    make_digest_pdf(path, "rl-dash", articles=chosen)
    return path


@pytest.mark.parametrize("keep_top", [False, True], ids=["text-at-the-bottom", "text-at-the-top"])
def test_huge_mediabox_imports_what_verify_accepts(digest_pdf, tmp_path, app_home, keep_top):
    """Headers and footers are found from the text, not from a 400,000-pt MediaBox."""
    huge = tmp_path / "huge.pdf"
    _huge_mediabox(digest_pdf, huge, 400_000, keep_top)
    result = run_cli("import", str(huge))
    assert result.returncode == 0, result.stderr
    verified = run_cli("verify")
    assert verified.returncode == 0, verified.stderr
    bundle = app_home / "data" / "issues" / "2022-18"
    huge_articles = sorted(p.read_text("utf-8") for p in (bundle / "articles").iterdir())
    normal = run_cli("import", str(digest_pdf), "--replace")
    assert normal.returncode == 0, normal.stderr
    assert huge_articles == sorted(p.read_text("utf-8") for p in (bundle / "articles").iterdir())


def test_import_refuses_what_verify_would_reject(seed_text, tmp_path, app_home):
    """An article whose body is missing used to import with a warning; verify rejected it."""
    lines = seed_text.split("\n")
    start = lines.index("八部门：推进五地科创金融改革", 100)  # its title in the body
    url = next(n for n in range(start, len(lines)) if lines[n].startswith("http"))
    raw = tmp_path / "no-body.txt"
    raw.write_text("\n".join(lines[: start + 4] + lines[url:]), encoding="utf-8")
    for args in (["--dry-run"], []):
        line = _refused(run_cli("import", str(raw), *args), raw)
        assert "fails `verify`" in line and "empty body" in line, line
        assert "八部门：推进五地科创金融改革" in line
    assert _library(app_home) == []
    assert run_cli("verify").returncode == 0
