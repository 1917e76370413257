"""reader-app-cli original --text / --json: the printed pages' text, via the real CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pypdfium2
import pytest

from reader_app.core.importer.pdfmargins import printed_number
from reader_app.core.library.bundle import read_bundle
from tests.cliutil import run_cli
from tests.fixtures.pdfpages import FIRST, ONE_PAGE, TWO_PAGES, digest_pdf


@pytest.fixture(scope="module")
def digest(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return digest_pdf(tmp_path_factory.mktemp("digest"))


@pytest.fixture
def pdf_library(digest: Path, app_home: Path) -> Path:
    """The digest PDF imported through the real CLI; the bundle folder."""
    result = run_cli("import", str(digest), "--replace", "--json")
    assert result.returncode == 0, result.stderr
    return next((app_home).rglob("original.pdf")).parent


def _article(bundle: Path, article_id: str):
    issue = read_bundle(bundle)
    return issue, next(a for a in issue.articles if a.id == article_id)


def test_text_is_the_pages_in_reading_order_without_running_headers(pdf_library) -> None:
    result = run_cli("original", TWO_PAGES, "--text")
    assert result.returncode == 0, result.stderr
    issue, article = _article(pdf_library, TWO_PAGES)
    heads = re.findall(r"^--- page (\d+) \(PDF page (\d+)\) ---$", result.stdout, re.M)
    assert [(int(a), int(b)) for a, b in heads] == [
        (issue.printed_page(p), p) for p in article.pdf_pages
    ]
    lines = [ln for ln in result.stdout.splitlines() if ln and not ln.startswith("--- ")]
    assert article.title in lines
    assert not any(printed_number(ln) is not None for ln in lines)  # no page numbers
    assert issue.title not in lines  # the running header ("信息摘编") is left out
    # The article's paragraphs, one a line, joined as the import joined them.
    paragraphs = [p for p in article.body.split("\n\n") if p and not p.startswith(("#", "|"))]
    assert paragraphs and all(p.strip() in lines for p in paragraphs[:3])
    assert lines.index(article.title) < lines.index(paragraphs[0].strip())


def test_page_picks_one_printed_page(pdf_library) -> None:
    issue, article = _article(pdf_library, TWO_PAGES)
    second = issue.printed_page(article.pdf_pages[1])
    result = run_cli("original", TWO_PAGES, "--text", "--page", str(second))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"--- page {second} (PDF page {article.pdf_pages[1]}) ---")
    assert result.stdout.count("--- page") == 1
    missing = run_cli("original", TWO_PAGES, "--text", "--page", "999")
    assert missing.returncode == 1
    assert "not printed on page 999" in missing.stderr and "Traceback" not in missing.stderr


def test_json_gives_page_numbers_text_and_line_boxes_inside_the_page(pdf_library) -> None:
    result = run_cli("original", TWO_PAGES, "--json")
    assert result.returncode == 0, result.stderr
    pages = json.loads(result.stdout)
    issue, article = _article(pdf_library, TWO_PAGES)
    assert [p["pdf_page"] for p in pages] == list(article.pdf_pages)
    assert [p["printed_page"] for p in pages] == [issue.printed_page(p) for p in article.pdf_pages]
    pdf = pypdfium2.PdfDocument(str(pdf_library / "original.pdf"))
    try:
        for page in pages:
            width, height = pdf[page["pdf_page"] - 1].get_size()
            assert (page["width"], page["height"]) == (round(width, 2), round(height, 2))
            assert page["lines"] and page["text"]
            for line in page["lines"]:
                x0, y0, x1, y1 = line["box"]
                assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= height, line
                assert line["text"]
            # Every line's text is in the page's text, in the same order.
            compact = re.sub(r"\s", "", page["text"])
            at = 0
            for line in page["lines"]:
                found = compact.find(line["text"].replace(" ", "")[:6], at)
                assert found >= 0, line["text"]
                at = found
    finally:
        pdf.close()
    assert article.title in [ln["text"] for ln in pages[0]["lines"]]


def test_unknown_id_exits_4(pdf_library) -> None:
    result = run_cli("original", "2022-18-nosuch", "--text")
    assert result.returncode == 4
    assert result.stderr.count("\n") == 1 and "2022-18-nosuch" in result.stderr


def test_text_only_issue_says_there_are_no_original_pages(app_home) -> None:
    result = run_cli("original", FIRST, "--text")  # the bundled issue: imported as text
    assert result.returncode == 1
    assert "no original pages" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_without_out_or_text_is_a_bad_command_line(app_home) -> None:
    result = run_cli("original", ONE_PAGE)
    assert result.returncode == 64
    assert "--out" in result.stderr and "--text" in result.stderr
