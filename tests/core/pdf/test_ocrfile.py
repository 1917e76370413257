"""A scan's page in the page view's model: its recognised lines (ocr.json) give the hits
marked on the scan and the text selected and copied from it; no recogniser needed."""

from __future__ import annotations

from pathlib import Path

from reader_app.core.importer.pagecopy import margin_boxes, printed_text
from reader_app.core.pdf.ocrfile import OcrLine, OcrPage, ocr_json
from reader_app.core.pdf.original import find_hits, read_layer


def _blank_pdf(path: Path, pages: int = 1) -> Path:
    """A PDF of blank pages: no text layer, as a scan has none."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(420, 595)
    pdf.save(str(path))
    pdf.close()
    return path


def _boxes(x: float, y0: float, y1: float, text: str, step: float = 11.0, ink: float = 8.0):
    """Ink-tight character boxes, as the recogniser gives them: gaps between them."""
    return [(x + n * step, y0, x + n * step + ink, y1) for n in range(len(text))]


def _scan(folder: Path) -> Path:
    pdf = _blank_pdf(folder / "original.pdf", pages=2)
    title = "八部门:推进五地科创金融改革"  # the recogniser's ASCII colon
    body = "中国人民银行等八部门21日对外公布"
    page = OcrPage(2, 420, 595)
    page.lines = [
        OcrLine(title, (40, 60, 40 + 11 * len(title), 72), 0.97, _boxes(40, 60, 72, title)),
        OcrLine(body, (40, 90, 40 + 11 * len(body), 101), 0.99, _boxes(40, 90, 101, body)),
        OcrLine("金融改革,加大金融支持创新力度。", (40, 105, 216, 116), 0.99),  # no char boxes
    ]
    (folder / "ocr.json").write_bytes(ocr_json([OcrPage(1, 420, 595), page], "test", 216, ""))
    return pdf


def test_the_page_model_of_a_scan_is_its_recognised_text_normalised(tmp_path):
    pdf = _scan(tmp_path)
    layer = read_layer(pdf, 2)
    assert layer.text.splitlines() == [
        "八部门：推进五地科创金融改革",
        "中国人民银行等八部门21日对外公布",
        "金融改革，加大金融支持创新力度。",
    ]
    assert read_layer(pdf, 1).text == ""


def test_hits_are_marked_on_the_scan_where_the_recogniser_saw_them(tmp_path):
    pdf = _scan(tmp_path)
    rects = find_hits(pdf, 2, ["科创金融"])
    assert len(rects) == 1
    hit = rects[0]
    assert (hit.y0, hit.y1) == (60, 72)
    assert hit.x0 == 40 + 11 * len("八部门：推进五地") and hit.x1 > hit.x0 + 3 * 11
    assert len(find_hits(pdf, 2, ["金融改革"])) == 2  # the title and the third line


def test_a_selection_copies_as_the_import_reads_it_no_spaces_between_ink(tmp_path):
    pdf = _scan(tmp_path)
    layer = read_layer(pdf, 2)
    page = printed_text(layer, margin_boxes(pdf).get(2, []))
    start = layer.lines[1].start
    assert page.copy(start, len(layer.chars)) == (
        "中国人民银行等八部门21日对外公布金融改革，加大金融支持创新力度。"
    )
    word = layer.word_at(start + layer.line_text(1).index("21"))
    assert "".join(c.ch for c in layer.chars[word[0] : word[1]]) == "21"
