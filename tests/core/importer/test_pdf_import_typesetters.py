"""The PDF importer on digests set by outside typesetters: LibreOffice and XeLaTeX.

These PDFs come from the tools staff's PDFs really come from (an office suite,
a TeX engine), not from code written for this test; each test skips, naming what
to install, when its tool is absent (CI installs LibreOffice, not TeX Live).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from reader_app.core.importer.pdfimport import parse_pdf_file
from tests.core.importer.test_pdf_import import _paragraph_agreement
from tests.fixtures.pdfmaker import OTHER_LAYOUTS, fidelity, make_digest_pdf


def _missing(layout: str) -> str | None:
    """Why ``layout`` cannot be typeset here, or None."""
    if layout.startswith("office"):
        if not (shutil.which("soffice") or shutil.which("libreoffice")):
            return "LibreOffice is not installed (apt-get install libreoffice-writer-nogui)"
        return None
    if shutil.which("xelatex") is None:
        return "XeLaTeX is not installed (apt-get install texlive-xetex texlive-lang-chinese)"
    found = subprocess.run(["kpsewhich", "ctexart.cls"], capture_output=True, text=True)
    if not found.stdout.strip():
        return "the ctex package is not installed (apt-get install texlive-lang-chinese)"
    return None


@pytest.mark.parametrize("layout", OTHER_LAYOUTS)
def test_every_field_right_on_pdfs_from_other_typesetters(layout, tmp_path):
    reason = _missing(layout)
    if reason:
        pytest.skip(reason)
    truth = make_digest_pdf(tmp_path / f"{layout}.pdf", layout)
    issue = parse_pdf_file(truth.path).issue
    right, total, wrong = fidelity(issue, truth)
    same, paragraphs = _paragraph_agreement(issue)
    print(f"{layout}: field fidelity {right}/{total}, paragraphs {same}/{paragraphs}")
    assert len(truth.articles) == 62 and len(truth.books) == 4
    assert wrong == []
    assert same >= 0.97 * paragraphs
    numbered = [p.printed for p in issue.pages if p.printed is not None]
    assert numbered == list(range(1, len(numbered) + 1))
    assert all(p.printed is None for p in issue.pages[: truth.pages - len(numbered)])


# What those typesetters do to the text layer, one trait at a time.


def _line(spec: list[tuple[str, float]], em: float = 10.5, heights: list[float] | None = None):
    """A measured line from (character, gap before it in em) pairs."""
    from reader_app.core.importer.pdftext import Char, PageText, _lines

    chars, x = [], 72.0
    for n, (ch, gap) in enumerate(spec):
        x += gap * em
        width = em if ord(ch) > 0x2E80 else 0.55 * em
        height = heights[n] if heights else em
        chars.append(Char(ch, x, x + width, 100 - height, 102, height, 101, seq=n))
        x += width
    (line,) = _lines(chars, PageText(1, 595, 842))
    return line


def test_spread_between_cjk_characters_is_not_a_space():
    # A loose justified line (TeX's inter-character glue): every gap a third of an em.
    assert _line([(ch, 0.3) for ch in "加快发展新兴产业新产品"]).text == "加快发展新兴产业新产品"


def test_a_narrow_cjk_space_is_a_space():
    # Noto CJK's space is 0.22 em: "粤造粤强 粤贸全球" set ragged, and justified.
    for spread in (0.0, 0.15):
        spec = [(ch, spread) for ch in "粤造粤强"] + [(ch, spread) for ch in "粤贸全球"]
        spec[4] = ("粤", spread + 0.22)
        assert _line(spec).text == "粤造粤强 粤贸全球"


def test_no_space_at_a_bracket_before_chinese():
    spec = [("[", 0), ("日", 0), ("]", 0), ("清", 0.3), ("水", 0), ("胜", 0), ("彦", 0)]
    assert _line(spec).text == "[日]清水胜彦"


def test_compressed_punctuation_keeps_its_order():
    """xeCJK kerns "》《" together: the second mark starts a hair left of the first."""
    spec = [("见", 0), ("》", 0), ("《", -1.007), ("2", 0), ("0", 0)]
    assert _line(spec).text == "见》《20"


def test_midline_ellipsis_of_cjk_fonts_is_the_chinese_one():
    from reader_app.core.importer.pdftext import _tidy

    assert _tidy("智慧中药房⋯⋯近年来") == "智慧中药房……近年来"


def test_glyph_tight_boxes_do_not_change_the_style():
    """LibreOffice's character boxes are each glyph's own: digits lower, 一 flat."""
    from reader_app.core.importer.pdfoutput import same_style

    text = "2022长三角企业100强等系列排行榜和发展报告"
    tight = [8.66 if ch.isdigit() else 9.1 + (n % 5) * 0.25 for n, ch in enumerate(text)]
    digits = _line([(ch, 0) for ch in text], heights=tight)
    plain = _line([(ch, 0) for ch in "报告显示以上一年度企业营收为统计标准"], heights=[10.1] * 18)
    assert same_style(digits, plain)


def test_first_line_indents_are_measured_from_the_common_left_edge():
    """A table sticking out left of the text column does not hide the indents."""
    from reader_app.core.importer.pdflayout import _uses_indents
    from reader_app.core.importer.pdftext import Cell, PageText, TextLine

    page = PageText(1, 595, 842)
    for n in range(40):
        x = 74 + (21 if n % 5 == 0 else 0)
        page.lines.append(
            TextLine([Cell("正文", x, 520)], 100 + n * 17, 111 + n * 17, 10.5, False, 1, 10.5)
        )
    page.lines += [
        TextLine([Cell("表格", 66, 300)], 800 + n, 811 + n, 10.5, False, 1, 10.5) for n in range(3)
    ]
    assert _uses_indents([page], 66.0)


def test_a_number_cut_at_a_line_end_joins_without_a_space():
    from reader_app.core.importer.pdflayout import _join

    assert _join("能效先进水平(2", "022年版)》") == "能效先进水平(2022年版)》"
    assert _join("the year", "2022 saw") == "the year 2022 saw"


def test_a_header_naming_the_section_is_removed_and_the_heading_kept():
    """TeX's \\markright: the header names the section; its heading opens a page."""
    from reader_app.core.importer.pdfmargins import strip_margins
    from reader_app.core.importer.pdftext import Cell, PageText, TextLine

    def line(text: str, top: float, page: int, x0: float = 74) -> TextLine:
        return TextLine([Cell(text, x0, x0 + 10 * len(text))], top, top + 10, 10, False, page, 10)

    headers = ["热点关注", "热点关注", "热点关注", "行业动态", "行业动态", "行业动态", "图书推荐"]
    pages = []
    for n, header in enumerate(headers, start=1):
        page = PageText(n, 595, 842)
        page.lines = [line(header, 50, n, 260)]
        if n in (1, 4, 7):
            page.lines.append(line(header, 90, n, 260))  # the section's heading
        page.lines += [
            line(f"正文{chr(0x4E00 + 40 * n + k)}。", 120 + 17 * k, n) for k in range(30)
        ]
        page.lines.append(line(f"- {n} -", 800, n, 280))
        pages.append(page)
    page_map = strip_margins(pages)
    assert [p.printed for p in page_map] == list(range(1, 8))
    assert [p.lines[0].plain for p in pages] == [
        "热点关注",
        "正文\u4e50。",
        "正文\u4e78。",
        "行业动态",
        "正文\u4ec8。",
        "正文\u4ef0。",
        "图书推荐",
    ]
    assert all(p.lines[0].top == 90 for p in (pages[0], pages[3], pages[6]))
    assert all(p.lines[-1].top == 120 + 17 * 29 for p in pages)


@pytest.mark.parametrize(("layout", "count"), [("qt-plain", 3), ("office-field", 8)])
def test_a_short_issue_keeps_its_first_section(layout, count, tmp_path, qapp):
    # With five body pages, "热点关注" at the top of the contents page and again at the
    # top of its first article's page was taken for a running header (seen on two
    # pages, in two places) and dropped from both: every article of the first
    # section came out 未分栏目.
    if layout.startswith("office") and (reason := _missing(layout)):
        pytest.skip(reason)
    from tests.fixtures.pdfmaker import load_articles

    _, articles = load_articles()
    truth = make_digest_pdf(tmp_path / f"{layout}.pdf", layout, articles=articles[:count])
    right, total, wrong = fidelity(parse_pdf_file(truth.path).issue, truth)
    assert wrong == [] and right == total == 7 * count
