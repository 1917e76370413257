"""Bundle format 2: the original PDF kept byte for byte, the page map, v1 still read."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from reader_app.core.base.errors import BundleError
from reader_app.core.base.model import PageInfo
from reader_app.core.importer import parse_issue_file
from reader_app.core.library.bundle import FORMAT_VERSION, read_bundle, write_bundle
from tests.cliutil import run_cli
from tests.conftest import REPO, SEED
from tests.saidutil import raises_saying, said


def _tiny_pdf(path, pages=3):
    import pypdfium2

    from reader_app.core.pdf.pdfengine import PDFIUM_LOCK

    with PDFIUM_LOCK:
        pdf = pypdfium2.PdfDocument.new()
        for _ in range(pages):
            pdf.new_page(595, 842).close()
        pdf.save(str(path))
        pdf.close()
    return path


@pytest.fixture
def v2_issue(tmp_path):
    issue, _ = parse_issue_file(SEED)
    issue.pages = [PageInfo(1), PageInfo(2), PageInfo(3, 1)]
    issue.articles[0].pdf_pages = [3]
    issue.articles[1].pdf_pages = [3, 4]
    original = _tiny_pdf(tmp_path / "in.pdf")
    folder = write_bundle(issue, SEED.read_bytes(), tmp_path / "lib", original=original)
    return folder, original


def test_v2_round_trip_keeps_pdf_and_page_map(v2_issue):
    folder, original = v2_issue
    assert (folder / "original.pdf").read_bytes() == original.read_bytes()
    loaded = read_bundle(folder)
    assert loaded.format_version == FORMAT_VERSION == 2
    assert loaded.original_file == "original.pdf"
    assert loaded.original_pdf == folder / "original.pdf"
    assert loaded.original_sha256 == hashlib.sha256(original.read_bytes()).hexdigest()
    assert loaded.pages == [PageInfo(1, None), PageInfo(2, None), PageInfo(3, 1)]
    assert loaded.printed_page(3) == 1 and loaded.printed_page(1) is None
    assert loaded.pdf_page_for_printed(1) == 3 and loaded.pdf_page_for_printed(9) is None
    assert loaded.articles[0].pdf_pages == [3]
    assert loaded.articles[1].pdf_pages == [3, 4]
    assert loaded.articles[2].pdf_pages == []
    toml = (folder / "issue.toml").read_text("utf-8")
    assert "format_version = 2" in toml and 'original = "original.pdf"' in toml


def test_version_1_bundles_are_still_read():
    issue = read_bundle(REPO / "issues" / "2022-18")
    assert issue.format_version == 1
    assert (issue.pages, issue.original_file, issue.original_pdf) == ([], None, None)
    assert all(a.pdf_pages == [] for a in issue.articles)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("printed = 1", 'printed = "1"', "[[pages]] entry 3"),
        ('original = "original.pdf"', 'original = "../x.pdf"', "original must be a file name"),
    ],
)
def test_damaged_v2_fields_are_named(v2_issue, old, new, message):
    folder, _ = v2_issue
    toml = folder / "issue.toml"
    toml.write_text(toml.read_text("utf-8").replace(old, new, 1), "utf-8")
    with raises_saying(BundleError, message.replace("[", r"\[").replace("]", r"\]")):
        read_bundle(folder)


def test_bad_pdf_pages_in_an_article_is_named(v2_issue):
    folder, _ = v2_issue
    path = folder / "articles" / "001.md"
    path.write_text(path.read_text("utf-8").replace("pdf_pages = [", 'pdf_pages = ["x", '), "utf-8")
    issue = read_bundle(folder)
    assert any("pdf_pages must be a list" in said(p) for p in issue.problems)


def test_verify_checks_the_original_pdf(v2_issue, app_home):
    folder, _ = v2_issue
    user_issues = app_home / "data" / "issues"
    user_issues.mkdir(parents=True, exist_ok=True)
    target = user_issues / folder.name
    shutil.copytree(folder, target)
    assert run_cli("verify").returncode == 0
    with (target / "original.pdf").open("ab") as stream:
        stream.write(b"\n% tampered\n")
    result = run_cli("verify")
    assert result.returncode == 1
    assert "original.pdf: does not match original_sha256" in result.stderr
    (target / "original.pdf").unlink()
    result = run_cli("verify")
    assert "original PDF is missing" in result.stderr
