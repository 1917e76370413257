"""A scan's bundle (format 3): ocr.json beside original.pdf, older bundles read as before,
and re-recognition (``import --replace``) keeping staff's hand corrections."""

from __future__ import annotations

import hashlib
from pathlib import Path

from reader_app.core.importer import parse_issue_file
from reader_app.core.importer.report import ImportReport
from reader_app.core.library.bundle import corrected_articles, read_bundle, write_bundle
from reader_app.core.library.library import _keep_corrections
from reader_app.core.library.verify import check_original
from reader_app.core.pdf.ocrfile import OcrPage, ocr_json
from tests.conftest import SEED


def _blank_pdf(path: Path) -> bytes:
    import pypdfium2

    pdf = pypdfium2.PdfDocument.new()
    pdf.new_page(420, 595)
    pdf.save(str(path))
    pdf.close()
    return path.read_bytes()


def _scan_bundle(parent: Path, scratch: Path) -> Path:
    issue, _ = parse_issue_file(SEED)
    pdf = _blank_pdf(scratch / "scan.pdf")
    sha = hashlib.sha256(pdf).hexdigest()
    ocr = ocr_json([OcrPage(1, 420, 595)], "test", 216, sha)
    return write_bundle(issue, SEED.read_bytes(), parent, original=pdf, ocr=ocr)


def test_a_scan_bundle_is_format_3_its_ocr_checked_against_the_scan(tmp_path):
    folder = _scan_bundle(tmp_path / "lib", tmp_path)
    issue = read_bundle(folder)
    assert issue.format_version == 3 and issue.ocr_file == "ocr.json"
    assert (folder / "ocr.json").is_file() and check_original(folder, issue) == []
    (folder / "original.pdf").write_bytes(_blank_pdf(tmp_path / "other.pdf") + b"\n%x")
    issue.original_sha256 = hashlib.sha256((folder / "original.pdf").read_bytes()).hexdigest()
    assert [m.key for m in check_original(folder, issue)] == ["ocr_other_scan"]
    (folder / "ocr.json").unlink()
    assert [m.key for m in check_original(folder, issue)] == ["ocr_missing"]


def test_a_text_pdf_bundle_stays_format_2(tmp_path):
    issue, _ = parse_issue_file(SEED)
    pdf = _blank_pdf(tmp_path / "born.pdf")
    folder = write_bundle(issue, SEED.read_bytes(), tmp_path / "lib", original=pdf)
    again = read_bundle(folder)
    assert again.format_version == 2 and again.ocr_file is None
    assert not (folder / "ocr.json").exists()


def test_re_recognition_keeps_the_articles_staff_corrected_and_only_those(tmp_path):
    folder = _scan_bundle(tmp_path / "lib", tmp_path)
    old = read_bundle(folder)
    assert corrected_articles(folder, old) == []
    target = old.articles[2]
    assert target.path is not None
    fixed = target.path.read_text(encoding="utf-8").replace(target.title, "【校正】" + target.title)
    target.path.write_text(fixed, encoding="utf-8")
    assert [a.id for a in corrected_articles(folder, read_bundle(folder))] == [target.id]

    fresh, _ = parse_issue_file(SEED)  # what a better engine recognised
    report = ImportReport("scan.pdf")
    _keep_corrections(read_bundle(folder), fresh, report)
    assert fresh.articles[2].title == "【校正】" + target.title
    assert fresh.articles[3].title == old.articles[3].title
    assert [w.code for w in report.warnings] == ["kept-correction"]

    pdf = (folder / "original.pdf").read_bytes()
    again = write_bundle(
        fresh, SEED.read_bytes(), tmp_path / "lib", replace=True, original=pdf,
        ocr=(folder / "ocr.json").read_bytes(),
    )  # fmt: skip
    kept = read_bundle(again)
    assert kept.articles[2].title == "【校正】" + target.title
    # still a correction for the next re-recognition, the others are not
    assert [a.id for a in corrected_articles(again, kept)] == [target.id]
