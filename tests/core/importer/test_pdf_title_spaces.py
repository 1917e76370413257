"""A title's meaningful space ("有色金属行业 碳达峰实施方案发布") through every typesetter.

Chinese headlines set two phrases apart with a space. On one line the space is a
space character or only a gap between glyph boxes; a long title broken at the
space (by hand, or by the typesetter at the margin) shows it as a short first
line, a space character kept at the line's end, or nothing at all, while a title
wrapped in the middle of a phrase fills its first line and takes no space. Each
digest here is set by a real typesetter (Qt, reportlab, LibreOffice) and
imported; the titles must come out as the contents print them (issue 26).
"""

from __future__ import annotations

import dataclasses
import shutil

import pypdfium2 as pdfium
import pytest

from reader_app.core.importer.pdfimport import parse_pdf_file
from reader_app.core.importer.pdftext import read_page
from reader_app.core.text.textnorm import match_key
from tests.fixtures.pdfmaker import load_articles, make_digest_pdf

ONE_LINE = "三部门：有色金属行业 碳达峰实施方案发布"
BY_HAND = "上海：打造未来产业创新高地推动科技成果加快转化 发展壮大未来产业集群"
SPACE_KEPT = "浙江：创新引领助推浙江自贸试验区特色产业加快发展 深化改革扩大开放"
SHORT_FIRST = "三部门：有色金属行业 碳达峰实施方案发布实施"
AFTER_MARK = "海南：三亚出台支持外贸高质量发展措施，推动自贸港建设再上新台阶"
FULL_WIDTH = (
    "国务院办公厅关于进一步优化营商环境降低市场主体制度性交易成本推动经济社会持续健康发展的实施意见"
)
MID_PHRASE = "国务院关于进一步优化营商环境降低市场主体制度性交易成本的若干意见"
# The heading as printed: "\n" a line break set by hand.
PRINTED = {
    BY_HAND: BY_HAND.replace(" ", "\n"),  # the break in place of the space
    SPACE_KEPT: SPACE_KEPT.replace(" ", " \n"),  # the space typed, then the break
    SHORT_FIRST: SHORT_FIRST.replace(" ", "\n"),  # a first line too short to join there
    AFTER_MARK: AFTER_MARK.replace("，", "，\n"),  # broken by hand after a mark: no space
    MID_PHRASE: "国务院关于进一步优化营商环境\n降低市场主体制度性交易成本的若干意见",
}
# How many CJK characters of the title's size each typesetter fits on a line: a
# first phrase that long puts the space exactly at the margin, where no typesetter
# leaves a trace of it in the text layer (only the contents show it).
MEASURE = {"qt-plain": 32, "rl-dash": 29, "office-field": 30}
_PHRASE = "国务院关于进一步优化营商环境降低市场主体制度性交易成本推动经济高质量发展"
LAYOUTS = ("qt-plain", "rl-dash", "rl-office", "office-field", "office-dash")


def _at_margin(layout: str) -> str:
    return f"{_PHRASE[: MEASURE[layout]]} 发展壮大未来产业集群"


def _expected(layout: str) -> list[str]:
    titles = [ONE_LINE, BY_HAND, SPACE_KEPT, SHORT_FIRST, AFTER_MARK, FULL_WIDTH, MID_PHRASE]
    if layout in MEASURE:
        titles.append(_at_margin(layout))
    return titles


def _printed_lines(path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [ln.plain for n in range(len(pdf)) for ln in read_page(pdf, n).lines]
    finally:
        pdf.close()


def _heading(lines: list[str], title: str) -> list[str]:
    """The body lines the heading of ``title`` is printed on (the last match: the
    contents come first), a page's footer and header between them skipped."""
    key = match_key(title)
    found: list[str] = []
    for n, line in enumerate(lines):
        if not line or not key.startswith(match_key(line)):
            continue
        got, k, skipped = [line], n, 0
        while match_key("".join(got)) != key and k + 1 < len(lines) and skipped <= 3:
            k += 1
            if key.startswith(match_key("".join([*got, lines[k]]))):
                got.append(lines[k])
            else:
                skipped += 1
        if match_key("".join(got)) == key:
            found = got
    return found


@pytest.fixture(scope="module")
def digests(tmp_path_factory):
    """(PDF, titles) per typesetter; LibreOffice's layouts only where it is installed."""
    root = tmp_path_factory.mktemp("titles")
    articles = [a for a in load_articles()[1] if a.kind != "book"]
    made = {}
    for layout in LAYOUTS:
        if layout.startswith("office") and not shutil.which("soffice"):
            continue
        titles = _expected(layout)
        mine = [dataclasses.replace(a, title=t) for a, t in zip(articles, titles, strict=False)]
        path = root / f"{layout}.pdf"
        make_digest_pdf(path, layout, articles=mine, printed_titles=PRINTED)
        made[layout] = (path, titles)
    return made


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_titles_space_survives_every_typesetter(digests, layout):
    if layout not in digests:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    path, titles = digests[layout]
    # The digest really prints each heading as the case says.
    lines = _printed_lines(path)
    printed = {title: _heading(lines, title) for title in titles}
    assert len(printed[ONE_LINE]) == 1
    for title in (BY_HAND, SPACE_KEPT, SHORT_FIRST, AFTER_MARK, MID_PHRASE):
        assert printed[title] == PRINTED[title].replace(" ", "").split("\n"), layout
    assert len(printed[FULL_WIDTH]) == 2, layout
    assert " " not in "".join(printed[FULL_WIDTH])
    if layout in MEASURE:  # wrapped at the margin right where the space is
        assert printed[_at_margin(layout)] == _at_margin(layout).split(" "), layout
    got = [a.title for a in parse_pdf_file(path).issue.articles]
    assert got == titles


def test_a_title_broken_by_hand_mid_phrase_has_no_space_the_contents_lack():
    """The join reads a short first line as broken at a space; the contents, which
    print the title on one line without it, take it out again."""
    from reader_app.core.text.textnorm import tidy_title

    assert tidy_title(
        "国务院关于进一步优化营商环境 降低市场主体", "国务院关于进一步优化营商环境降低市场主体"
    ) == ("国务院关于进一步优化营商环境降低市场主体")
    assert tidy_title(ONE_LINE, ONE_LINE) == ONE_LINE


def test_a_gap_between_two_cjk_glyphs_of_a_title_is_its_space():
    """Qt draws no space character: half an em between 行业 and 碳达峰 is the space."""
    from tests.core.importer.test_pdf_import_typesetters import _line

    spec = [(ch, 0.0) for ch in "有色金属行业碳达峰"]
    spec[6] = ("碳", 0.5)
    assert _line(spec, em=15).text == "有色金属行业 碳达峰"
    assert _line([(ch, 0.0) for ch in "有色金属行业碳达峰"], em=15).text == "有色金属行业碳达峰"


def test_a_space_character_at_a_line_end_is_remembered():
    from tests.core.importer.test_pdf_import_typesetters import _line

    ended = _line([(ch, 0.0) for ch in "加快发展"] + [(" ", 0.0)])
    assert (ended.text, ended.space_after, ended.space_before) == ("加快发展", True, False)
    started = _line([(" ", 0.0)] + [(ch, 0.0) for ch in "深化改革"])
    assert (started.text, started.space_after, started.space_before) == ("深化改革", False, True)
    plain = _line([(ch, 0.0) for ch in "深化改革"])
    assert not plain.space_after and not plain.space_before


def _title_line(text: str, x0: float, x1: float, space_after: bool = False):
    from reader_app.core.importer.pdftext import Cell, TextLine

    line = TextLine([Cell(text, x0, x1)], 100, 115, 15.0, True, 1, 15.0)
    line.space_after = space_after
    return line


@pytest.mark.parametrize(
    ("first", "x0", "x1", "space_after", "front", "joined"),
    [
        # a full line wrapped mid-phrase: no space
        (
            "国务院关于进一步优化营商环境降低市场主体制",
            72,
            522,
            False,
            "",
            "国务院关于进一步优化营商环境降低市场主体制度性交易",
        ),
        # a full line ending with the space character the typesetter kept
        (
            "国务院关于进一步优化营商环境降低市场主体制",
            72,
            522,
            True,
            "",
            "国务院关于进一步优化营商环境降低市场主体制 度性交易",
        ),
        # a full line wrapped exactly at the space the contents print
        (
            "国务院关于进一步优化营商环境降低市场主体制",
            72,
            522,
            False,
            "优化营商环境降低市场主体制 度性交易",
            "国务院关于进一步优化营商环境降低市场主体制 度性交易",
        ),
        # a centred first line two em short of the measure: broken at a phrase
        (
            "国务院关于进一步优化营商环境降低市场主体制",
            87,
            507,
            False,
            "",
            "国务院关于进一步优化营商环境降低市场主体制 度性交易",
        ),
        # one em short (a character pushed down by the line-breaking rules): no space
        (
            "国务院关于进一步优化营商环境降低市场主体制",
            79.5,
            514.5,
            False,
            "",
            "国务院关于进一步优化营商环境降低市场主体制度性交易",
        ),
        # a mark at the join takes no space
        (
            "国务院关于进一步优化营商环境，",
            140,
            455,
            True,
            "",
            "国务院关于进一步优化营商环境，度性交易",
        ),
    ],
)
def test_title_lines_join_with_a_space_only_where_the_title_had_one(
    first, x0, x1, space_after, front, joined
):
    from reader_app.core.importer.pdflayout import _join_title, _Para

    last = _title_line(first, x0, x1, space_after)
    para = _Para(first, {1}, last, 72.0, 522.0, True)
    assert _join_title(para, _title_line("度性交易", 267, 327), front) == joined


def test_the_contents_space_at_a_break_is_kept_next_to_a_mark():
    """海南自贸港 “核心引领区”: a space before a quotation mark, shown only by the contents."""
    from reader_app.core.importer.pdflayout import _join_title, _Para

    first = "海南：26条措施助力海口打造海南自贸港"
    last = _title_line(first, 87, 507)
    para = _Para(first, {1}, last, 72.0, 522.0, True)
    more = _title_line("“核心引领区”", 250, 340)
    front = "海南：26条措施助力海口打造海南自贸港 “核心引领区”"
    assert _join_title(para, more, front) == f"{first} “核心引领区”"
    assert _join_title(para, more, "") == f"{first}“核心引领区”"
