"""Text copied from a printed page: reading order, joined lines, no running headers.

On digests set by different typesetters (reportlab, Qt, LibreOffice), the text of
every body page, read from the page model and joined by the importer's rules,
holds each imported article's paragraphs exactly; on a two-column page the
columns are read one after the other, under their full-width title.
"""

from __future__ import annotations

import itertools
import re
import shutil
from pathlib import Path

import pytest

from reader_app.core.importer.pagecopy import PrintedText, margin_boxes, printed_text
from reader_app.core.importer.pdfimport import parse_pdf_file
from reader_app.core.importer.pdflayout import join_line
from reader_app.core.importer.pdfmargins import printed_number
from reader_app.core.pdf.original import find_hits, page_count, read_layer
from tests.fixtures.pdfmaker import load_articles, make_digest_pdf

LAYOUTS = ["rl-dash", "rl-page", "qt-plain", "qt-emdash", "office-field"]


@pytest.fixture(scope="module")
def digests(qapp, tmp_path_factory):
    root = tmp_path_factory.mktemp("copy")
    _, articles = load_articles()
    made = {}
    for layout in LAYOUTS:
        if layout.startswith("office") and not shutil.which("soffice"):
            continue
        path = root / f"{layout}.pdf"
        make_digest_pdf(path, layout, articles=articles[:10])
        made[layout] = path
    return made


def _paragraphs(body: str) -> list[str]:
    """The imported body's plain paragraphs (headings, tables, captions aside)."""
    out = []
    for block in body.split("\n\n"):
        block = block.strip()
        if block and not block.startswith(("#", "|")) and "{:" not in block:
            out.append(re.sub(r"^\\", "", block))
    return out


@pytest.mark.parametrize("layout", LAYOUTS)
def test_page_text_holds_the_imported_paragraphs_and_no_running_header(digests, layout):
    if layout not in digests:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    pdf = digests[layout]
    issue = parse_pdf_file(pdf).issue
    margins = margin_boxes(pdf)
    body_pages = sorted({p for a in issue.articles for p in a.pdf_pages})
    lines: list[str] = []
    for number in body_pages:
        page = printed_text(read_layer(pdf, number), margins.get(number, []))
        assert page.margins, f"page {number}: its running header and page number were not found"
        lines += page.copy().split("\n")
    assert not any(printed_number(line) is not None for line in lines)
    assert not any(line.startswith(issue.title) and "期" in line for line in lines)
    # A paragraph a page end cuts is the last line of one page and the first of the next.
    whole = set(lines) | {join_line(a, b) for a, b in itertools.pairwise(lines)}
    paragraphs = [p for a in issue.articles for p in _paragraphs(a.body)]
    found = [p for p in paragraphs if p in whole]
    print(f"{layout}: {len(found)}/{len(paragraphs)} paragraphs copied exactly as imported")
    assert len(paragraphs) >= 20
    assert len(found) >= 0.9 * len(paragraphs), set(paragraphs) - set(found)
    titles = [a.title for a in issue.articles]
    assert sum(1 for t in titles if t in whole) >= 0.9 * len(titles)


def test_a_selection_inside_a_paragraph_copies_that_stretch_of_it(digests):
    pdf = digests["rl-dash"]
    issue = parse_pdf_file(pdf).issue
    article = issue.articles[0]
    number = article.pdf_pages[0]
    page = printed_text(read_layer(pdf, number), margin_boxes(pdf).get(number, []))
    layer = page.layer
    first = _paragraphs(article.body)[0]
    n = next(
        i
        for i, ln in enumerate(layer.lines)
        if i not in page.margins and first.startswith(page.copy(ln.start, ln.end))
    )
    start, end = layer.lines[n].start + 3, layer.lines[n + 1].start + 5  # over the line end
    copied = page.copy(start, end)
    assert "\n" not in copied and len(copied) >= 8
    assert copied in first and first.index(copied) == 3
    assert page.copy(start, start) == ""


def test_hits_are_found_in_the_page_model(digests):
    pdf = digests["qt-plain"]
    layer = read_layer(pdf, 4)
    hits = find_hits(pdf, 4, ["工业经济"])
    assert hits and hits == layer.find(["工业经济"])
    for rect in hits:
        assert 0 <= rect.x0 < rect.x1 <= layer.width and 0 <= rect.y0 < rect.y1 <= layer.height
    assert page_count(pdf) >= 4


def test_words_carets_and_boxes(digests):
    pdf = digests["rl-page"]
    layer = read_layer(pdf, 5)
    text = "".join(c.ch for c in layer.chars)
    at = text.index("https://")
    start, end = layer.word_at(at + 1)  # "https" up to the colon
    assert text[start:end] == "https"
    cjk = next(i for i, c in enumerate(layer.chars) if "\u4e00" <= c.ch <= "\u9fff")
    a, b = layer.word_at(cjk)
    assert b > a + 1 and all("\u2e80" <= ch <= "\u9fff" for ch in text[a:b])
    box = layer.chars[cjk].box
    assert layer.char_at((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2) == cjk
    assert layer.caret_at(box.x0 + 0.1, (box.y0 + box.y1) / 2) == cjk
    assert layer.caret_at(-50, -50) == layer.lines[0].start  # off the page: nearest line
    assert len(layer.boxes(0, len(layer.chars))) == len(layer.lines)


def _two_columns(path: Path) -> tuple[str, list[str], list[str]]:
    """A reportlab page: a full-width title, then two columns of Chinese paragraphs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle(
        "b", fontName="STSong-Light", fontSize=10.5, leading=18, firstLineIndent=21
    )
    head = ParagraphStyle("h", fontName="STSong-Light", fontSize=16, leading=24, alignment=1)
    title = "两栏排版的页面：先读标题，再读左栏，最后读右栏"
    left = [
        "左栏第一段：制造业数字化转型持续推进，工业互联网平台连接设备数量不断增加，"
        "企业上云用数赋智的步伐明显加快，新型基础设施建设为产业升级提供了有力支撑。",
        "左栏第二段：各地加快培育先进制造业集群，推动产业链上下游协同创新，"
        "中小企业专精特新发展水平进一步提高，创新能力和竞争力持续增强。",
    ]
    right = [
        "右栏第一段：数据要素市场建设稳步推进，公共数据开放共享机制逐步完善，"
        "数据安全管理制度不断健全，数字经济与实体经济深度融合的态势更加明显。",
        "右栏第二段：绿色低碳转型取得积极进展，重点行业能效水平持续提升，"
        "清洁能源装机规模稳步扩大，资源循环利用体系建设加快推进。",
    ]
    width, height = A4
    margin, gap = 60, 24
    column = (width - 2 * margin - gap) / 2
    frames = [
        Frame(margin, height - 140, width - 2 * margin, 80, id="title"),
        Frame(margin, 80, column, height - 230, id="left"),
        Frame(margin + column + gap, 80, column, height - 230, id="right"),
    ]
    doc = BaseDocTemplate(str(path), pagesize=A4)
    doc.addPageTemplates([PageTemplate(frames=frames)])
    story = [Paragraph(title, head), FrameBreak()]
    story += [Paragraph(p, body) for p in left] + [FrameBreak()]
    story += [Paragraph(p, body) for p in right]
    doc.build(story)
    return title, left, right


def test_two_columns_are_read_one_after_the_other(tmp_path):
    pdf = tmp_path / "columns.pdf"
    title, left, right = _two_columns(pdf)
    layer = read_layer(pdf, 1)
    blocks = {ln.block for ln in layer.lines}
    assert len(blocks) == 3  # the title, the left column, the right column
    text = PrintedText(layer, frozenset()).copy()
    assert text.split("\n") == [title, *left, *right]
    hits = layer.find(["企业上云用数赋智"])  # a phrase broken over a line end of the left column
    assert hits and all(r.x1 <= layer.width / 2 for r in hits)


def test_an_unreadable_page_is_one_line_naming_the_pdf(tmp_path: Path, monkeypatch, caplog) -> None:
    """PDFium failing on a page mid-document: no margins (the copy keeps every line), and
    one log line whose reason is a Message naming the file, never PDFium's exception."""
    import pypdfium2

    from reader_app.core.base.errors import ReaderError
    from reader_app.core.importer import pagecopy
    from tests.saidutil import said

    _, articles = load_articles()
    path = tmp_path / "digest.pdf"
    make_digest_pdf(path, "rl-dash", articles=articles[:2])
    read = pagecopy.read_page

    def fail_on_the_second(pdf: object, index: int) -> object:
        if index == 1:
            raise pypdfium2.PdfiumError("Failed to load page.")
        return read(pdf, index)

    monkeypatch.setattr(pagecopy, "read_page", fail_on_the_second)
    assert margin_boxes(path) == {}
    [record] = [r for r in caplog.records if r.name == pagecopy.__name__]
    assert isinstance(record.args, tuple)
    reason = record.args[1]
    assert isinstance(reason, ReaderError) and reason.key == "page_text_unreadable"
    assert said(reason) == f"{path}: a page cannot be read (Failed to load page.)"
    monkeypatch.setattr(pagecopy, "read_page", read)
    assert margin_boxes(path)  # nothing half-read was remembered
