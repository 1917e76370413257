"""Original pages: rendering, hit rectangles from the PDF's text, PNG export."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from types import SimpleNamespace

import pytest

from reader_app.core.base.errors import BundleError
from reader_app.core.pdf import original
from reader_app.core.pdf.original import NoOriginalError, find_hits, page_size, render_page
from reader_app.core.pdf.pagetext import Rect
from reader_app.core.pdf.png import encode_png
from tests.fixtures.pdfpages import make_pdf
from tests.saidutil import raises_saying

LONG = "自由贸易试验区跨境电商综合试验区建设" * 8


@pytest.fixture(scope="module")
def pdf(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pdf")
    return make_pdf(
        folder / "original.pdf",
        [
            f"<h1>跨境电商</h1><p>{LONG}</p>",
            "<p>显示面板 OLED 出货量</p><p>港口物流</p>",
            "<p>封面</p>",
            "<p>三部门联合印发，页码见第二页，长江风电车马</p>",
        ],
    )


def _dark_pixels(pdf: Path, page: int, rect: Rect, scale: float = 2.0) -> int:
    image = render_page(pdf, page, scale)
    count = 0
    for y in range(int(rect.y0 * scale), int(rect.y1 * scale)):
        row = y * image.stride
        for x in range(int(rect.x0 * scale), int(rect.x1 * scale)):
            if image.data[row + 4 * x] < 128:
                count += 1
    return count


def test_render_page_size_follows_scale(pdf: Path) -> None:
    assert original.page_count(pdf) == 4
    width, height = page_size(pdf, 1)
    assert (round(width), round(height)) == (420, 595)  # A5 in points
    one, two = render_page(pdf, 1, 1.0), render_page(pdf, 1, 2.0)
    assert (one.width, one.height) == (420, 595)
    assert (two.width, two.height) == (840, 1190)
    assert one.stride >= one.width * 4 and len(one.data) == one.stride * one.height


def test_render_page_is_white_paper_with_black_text(pdf: Path) -> None:
    image = render_page(pdf, 1, 1.0)
    assert image.data[:4] == b"\xff\xff\xff\xff"  # top-left corner: white, X byte 0xFF
    pixels = {bytes(image.data[i : i + 3]) for i in range(0, len(image.data), 4 * 7)}
    assert any(max(p) < 100 for p in pixels)  # some text was drawn


def test_hit_on_one_line_is_one_rectangle_over_the_text(pdf: Path) -> None:
    hits = find_hits(pdf, 1, ["跨境电商"])
    title = hits[0]
    assert title.y0 < 100  # top-left origin: the heading is near the top
    assert title.x1 > title.x0 and title.y1 > title.y0
    assert _dark_pixels(pdf, 1, title) > 50  # the rectangle covers drawn glyphs
    assert len(hits) >= 9  # the heading and the eight repetitions


def test_hit_broken_across_a_line_end_is_marked_on_both_lines(pdf: Path) -> None:
    text_hits = find_hits(pdf, 1, ["试验区建设自由贸易"])
    lines = {round(r.y0) for r in text_hits}
    assert len(lines) >= 2  # the repetition wraps somewhere: both parts marked
    assert len(text_hits) >= 7


def test_hits_use_the_search_normalisation(pdf: Path) -> None:
    assert find_hits(pdf, 1, ["跨境電商"]) == find_hits(pdf, 1, ["跨境电商"])  # traditional
    oled = find_hits(pdf, 2, ["ｏｌｅｄ"])  # full width, lower case
    assert len(oled) == 1
    assert _dark_pixels(pdf, 2, oled[0]) > 10
    assert find_hits(pdf, 2, ["显示 面板"]) == find_hits(pdf, 2, ["显示面板"])


def test_radical_forms_in_the_text_layer_still_match(pdf: Path) -> None:
    """Qt's PDF writer maps 门, 页, 长, 风, 车, 马 … to radical code points (⻔, ⻚ …)."""
    for word in ("三部门", "页码", "长江风电车马"):
        assert len(find_hits(pdf, 4, [word])) == 1, word


def test_no_hits_and_empty_terms(pdf: Path) -> None:
    assert find_hits(pdf, 2, ["跨境电商"]) == []
    assert find_hits(pdf, 2, ["", "  ", "。"]) == []


def test_missing_damaged_and_out_of_range(pdf: Path, tmp_path: Path) -> None:
    with raises_saying(BundleError, "missing"):
        render_page(tmp_path / "nope.pdf", 1, 1.0)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(pdf.read_bytes()[:300])
    with raises_saying(BundleError, "cannot be read"):
        render_page(broken, 1, 1.0)
    with raises_saying(BundleError, "has 4 pages, not page 5"):
        find_hits(pdf, 5, ["港口"])


def _decode_png(data: bytes) -> tuple[int, int, bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, size = 8, b"", (0, 0)
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        crc = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])[0]
        assert zlib.crc32(kind + body) & 0xFFFFFFFF == crc
        if kind == b"IHDR":
            size = struct.unpack(">II", body[:8])
            assert body[8:10] == b"\x08\x02"  # 8-bit RGB
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return size[0], size[1], zlib.decompress(idat)


def test_png_encoder_round_trip() -> None:
    width, height, stride = 3, 2, 16
    rows = [bytes([10, 20, 30, 255, 40, 50, 60, 255, 70, 80, 90, 255]) + b"\0" * 4, bytes(16)]
    w, h, raw = _decode_png(encode_png(width, height, stride, b"".join(rows), 4, dpi=150))
    assert (w, h) == (3, 2)
    assert raw == b"\x00" + bytes([10, 20, 30, 40, 50, 60, 70, 80, 90]) + b"\x00" + bytes(9)
    with pytest.raises(ValueError):
        encode_png(3, 2, 8, bytes(16))


def test_png_opens_in_qt(pdf: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    image = render_page(pdf, 1, 1.0)
    path = tmp_path / "page.png"
    path.write_bytes(encode_png(image.width, image.height, image.stride, image.data, 4, 72))
    loaded = QImage(str(path))
    assert (loaded.width(), loaded.height()) == (420, 595)
    assert loaded.pixelColor(0, 0).name() == "#ffffff"
    assert round(loaded.dotsPerMeterX() * 0.0254) == 72


def _issue(pdf: Path | None) -> SimpleNamespace:
    printed = {1: None, 2: 1, 3: 2}
    return SimpleNamespace(id="2023-19", original_pdf=pdf, printed_page=printed.get)


def test_export_pages_names_by_printed_page(pdf: Path, tmp_path: Path) -> None:
    article = SimpleNamespace(id="2023-19-abc", pdf_pages=[1, 2])
    pages = original.export_pages(_issue(pdf), article, tmp_path / "out", 100)
    paths = [page.path for page in pages]
    assert [p.name for p in paths] == ["pdf-001.png", "p001.png"]
    assert [(page.dpi, page.reduced) for page in pages] == [(pytest.approx(100), False)] * 2
    w, h, _ = _decode_png(paths[1].read_bytes())
    assert abs(w - 420 * 100 / 72) <= 1 and abs(h - 595 * 100 / 72) <= 1


def test_export_without_original_is_refused(tmp_path: Path) -> None:
    article = SimpleNamespace(id="2022-18-abc", pdf_pages=[])
    with raises_saying(NoOriginalError, "imported as text"):
        original.export_pages(_issue(None), article, tmp_path / "out", 100)
    assert not (tmp_path / "out").exists()


def test_extract_pages_copies_the_pages_themselves(pdf: Path, tmp_path: Path) -> None:
    target = tmp_path / "pages.pdf"
    assert original.extract_pages(pdf, [2, 1], target) == 2
    assert page_size(target, 1) == page_size(pdf, 2)
    assert len(find_hits(target, 1, ["港口物流"])) == 1  # still text, not a picture
    assert len(find_hits(target, 2, ["跨境电商"])) >= 9
    with raises_saying(BundleError, "not page 7"):
        original.extract_pages(pdf, [1, 7], tmp_path / "bad.pdf")
    assert not (tmp_path / "bad.pdf").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["pages.pdf"]
