"""The compilation as Word reads it: python-docx reads it back, LibreOffice converts it.

The articles are the seed issue's (tables, captions, source notes, books) and one
made here with every kind of Markdown a hand-edited bundle may hold.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from reader_app.core.app.session import open_library
from reader_app.core.base.model import Article
from reader_app.core.services import batch as batches
from reader_app.core.services import compilation as compilations
from reader_app.core.services.citation import citation
from reader_app.core.text.render import html_to_text, markdown_to_html
from reader_app.output import docxout

BODY = "天津港保税区文教局（图书档案馆）"
MIXED = """引言段落，含*强调*与**加粗**，以及[链接](https://example.org/a)和<b>原样标签</b>。

## 一、总体情况

第一段。{hard_break}
同一段的第二行。

### （一）分项

1. 第一项
2. 第二项，含 `代码`

- 要点甲
- 要点乙

> 引用的一段话。

#### 1.1.1 更细的标题

| 指标 | 2021 | 2022 | 备注 |
| --- | ---: | ---: | --- |
| 产量 | 1 | 2 | |
| 销量 | 3 | 4 | 增长 |

图1：上半年新增贷款比重
{: .caption }

数据来源：国家统计局
{: .caption }

    原样 保留 的 文字

结语段落 &#30005; 与 &lbrack;方括号&rbrack;。
""".replace("{hard_break}", "  ")  # two spaces at a line's end: a line break


def seed_compilation(note: str = "编者按：值得细读。") -> compilations.Compilation:
    library = open_library()
    issue = library.issues[0]
    with_tables = [a for a in issue.articles if "\n|" in a.body]
    captions = [a for a in issue.articles if ".caption" in a.body and a not in with_tables]
    books = [a for a in issue.articles if a.kind == "book"][:1]
    chosen = [*with_tables, *captions[:2], *books, issue.articles[0]]
    ids = list(dict.fromkeys(a.id for a in chosen))
    batch = batches.from_ids(library, ids, "锂电与数字经济专题")
    mixed = Article(
        "2022-18-mixed", issue.id, "热点关注", "各种写法的文章", body=MIXED, page=3,
        source="人民日报", date=dt.date(2022, 11, 1), url="https://example.org/mixed",
        abstract="一段摘要。", keywords=["甲", "乙"], flags=["date is odd"],
    )  # fmt: skip
    entries = [batches.Entry(issue, mixed, note)]
    entries += [batches.Entry(e.issue, e.article, f"第{n}篇的编者按") for n, e in
                enumerate(batch.entries, 1)]  # fmt: skip
    batch.entries = entries
    batch.notes_heading = "本汇编供领导参阅。"
    return compilations.make(batch, compiled_by=BODY, compiler="李明", made=dt.date(2026, 11, 30))


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[compilations.Compilation, Path]:
    compilation = seed_compilation()
    path = tmp_path_factory.mktemp("docx") / "汇编.docx"
    assert docxout.write_docx(path, compilation) == len(compilation.entries)
    return compilation, path


def rendered(article: Article) -> str:
    return markdown_to_html(article.body.strip())


def expected_headings(article: Article) -> list[tuple[int, str]]:
    """(Word level, text) of the article's own sub-headings, as the pane renders them."""
    found = re.findall(r"<h([1-6])[^>]*>(.*?)</h\1>", rendered(article), re.S)
    return [(min(max(int(n), 2), 4), " ".join(html_to_text(t).split())) for n, t in found]


def expected_tables(article: Article) -> list[tuple[int, int]]:
    shapes = []
    for table in re.findall(r"<table>(.*?)</table>", rendered(article), re.S):
        rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
        shapes.append((len(rows), max(len(re.findall(r"<t[dh][ >]", r)) for r in rows)))
    return shapes


def by_article(document: docx.document.Document) -> list[list[object]]:
    """The body's paragraphs and tables, cut at each Heading 1 (an article's title)."""
    parts: list[list[object]] = []
    for block in document.iter_inner_content():
        if isinstance(block, docx.text.paragraph.Paragraph) and block.style.name == "Heading 1":
            parts.append([])
        if parts:
            parts[-1].append(block)
    return parts


def test_titles_headings_notes_and_references(written) -> None:
    compilation, path = written
    document = docx.Document(str(path))
    parts = by_article(document)
    assert len(parts) == len(compilation.entries)
    for entry, part in zip(compilation.entries, parts, strict=True):
        paragraphs = [b for b in part if isinstance(b, docx.text.paragraph.Paragraph)]
        assert paragraphs[0].text == entry.article.title
        styles = [(p.style.name, p.text) for p in paragraphs]
        headings = [
            (int(name[-1]), " ".join(text.split()))
            for name, text in styles[1:]
            if name.startswith("Heading ")
        ]
        assert headings == expected_headings(entry.article)
        provenance = [t for n, t in styles if n == docxout.PROVENANCE]
        assert len(provenance) == 1 and "《信息摘编》2022年" in provenance[0]
        assert entry.article.section in provenance[0]
        notes = [t for n, t in styles if n == docxout.NOTE]
        assert notes == [f"编者按：{entry.note}"] or notes == [f"Editor's note: {entry.note}"]
        references = [t for n, t in styles if n == docxout.REFERENCE]
        assert len(references) == 1 and references[0].endswith(citation(entry.article, entry.issue))
        assert styles[-1][0] == docxout.REFERENCE  # the reference closes the article
        if entry.article.url:
            links = [t for n, t in styles if n == docxout.LINK]
            assert links and links[0].endswith(entry.article.url)


def test_tables_are_real_tables_of_the_articles_shape(written) -> None:
    compilation, path = written
    parts = by_article(docx.Document(str(path)))
    seen = 0
    for entry, part in zip(compilation.entries, parts, strict=True):
        tables = [b for b in part if isinstance(b, docx.table.Table)]
        assert [(len(t.rows), len(t.columns)) for t in tables] == expected_tables(entry.article)
        for table, source in zip(tables, re.findall(r"<table>(.*?)</table>",
                                                   rendered(entry.article), re.S), strict=True):  # fmt: skip
            for row, raw in zip(table.rows, re.findall(r"<tr>(.*?)</tr>", source, re.S),
                                strict=True):  # fmt: skip
                cells = [" ".join(html_to_text(c).split()) for c in
                         re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", raw, re.S)]  # fmt: skip
                assert [c.text for c in row.cells][: len(cells)] == cells
        seen += len(tables)
    assert seen >= 3  # the seed's tables and the mixed article's


def test_captions_lists_quotes_and_inline_marks_keep_their_words(written) -> None:
    _compilation, path = written
    document = docx.Document(str(path))
    first = by_article(document)[0]
    styles = {p.text: p.style.name for p in first if isinstance(p, docx.text.paragraph.Paragraph)}
    assert styles["图1：上半年新增贷款比重"] == "Caption"
    assert styles["数据来源：国家统计局"] == "Caption"
    assert styles["1. 第一项"] == docxout.LIST_ITEM
    assert styles["要点甲"] == "List Bullet"
    assert styles["引用的一段话。"] == "Quote"
    assert styles["原样 保留 的 文字"] == docxout.PREFORMATTED
    assert "结语段落 电 与 [方括号]。" in styles
    intro = next(p for p in first if getattr(p, "text", "").startswith("引言段落"))
    assert intro.text == "引言段落，含强调与加粗，以及链接和<b>原样标签</b>。"
    run_styles = {r.text: r.style.name for r in intro.runs}
    assert run_styles["强调"] == "Emphasis" and run_styles["加粗"] == "Strong"
    assert "同一段的第二行" in next(t for t in styles if t.startswith("第一段"))


def test_no_direct_formatting_and_east_asian_fonts_everywhere(written) -> None:
    _compilation, path = written
    document = docx.Document(str(path))
    parts = [document.element.body]
    parts += [s.footer._element for s in document.sections]
    for part in parts:
        for rpr in part.iter(qn("w:rPr")):
            if rpr.getparent().tag == qn("w:r"):
                assert [c.tag for c in rpr] == [qn("w:rStyle")], "a run formatted by hand"
        for ppr in part.iter(qn("w:pPr")):
            assert {c.tag for c in ppr} <= {qn("w:pStyle")}, "a paragraph formatted by hand"
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        paragraphs += [p for row in table.rows for c in row.cells for p in c.paragraphs]
    used = list({p.style.style_id: p.style for p in paragraphs}.values())
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(f".//{qn('w:rFonts')}").get(qn("w:eastAsia")) == "宋体"
    for style in used:
        face, chain = None, style
        while chain is not None and face is None:
            fonts = chain.element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
            face = fonts.get(qn("w:eastAsia")) if fonts is not None else None
            chain = chain.base_style
        assert face in ("宋体", "黑体", "楷体", "仿宋"), style.name
    names = {s.name for s in used}
    assert {"Heading 1", "Heading 2", "Heading 3", docxout.NOTE, docxout.REFERENCE} <= names


def test_page_toc_field_footer_and_cover(written) -> None:
    compilation, path = written
    document = docx.Document(str(path))
    section = document.sections[0]
    sizes = (section.page_width, section.page_height, section.top_margin,
             section.bottom_margin, section.left_margin, section.right_margin)  # fmt: skip
    assert [round(s.mm, 1) for s in sizes] == [210, 297, 37, 35, 28, 26]  # A4, GB/T 9704
    footer = section.footer._element
    assert any(f.get(qn("w:instr")).strip() == "PAGE" for f in footer.iter(qn("w:fldSimple")))
    body = document.element.body
    instructions = [t.text for t in body.iter(qn("w:instrText"))]
    assert instructions == [' TOC \\o "1-3" \\h \\z \\u ']
    begin = next(f for f in body.iter(qn("w:fldChar")) if f.get(qn("w:fldCharType")) == "begin")
    assert begin.get(qn("w:dirty")) == "true"
    kinds = [f.get(qn("w:fldCharType")) for f in body.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"]
    static = [p.text for p in document.paragraphs if p.style.name == "toc 1"]
    assert static == [e.article.title for e in compilation.entries]
    cover = " ".join(p.text for p in document.paragraphs[:8])
    for word in ("锂电与数字经济专题", BODY, "李明", "2026-11-30", str(len(compilation.entries)),
                 "本汇编供领导参阅。"):  # fmt: skip
        assert word in cover
    first, last = compilations.period(compilation.entries)
    assert first is not None and last is not None
    assert first.isoformat() in cover and last.isoformat() in cover


def test_an_empty_compilation_writes_nothing(tmp_path: Path) -> None:
    empty = compilations.make(batches.Batch("空", [], []))
    with pytest.raises(ValueError):
        docxout.write_docx(tmp_path / "x.docx", empty)
    assert not list(tmp_path.iterdir())


# ------------------------------------------------------------------ LibreOffice


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def libreoffice_text(path: Path, tmp_path: Path) -> tuple[Path, str]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    profile = tmp_path / "lo-profile"  # its own profile: other soffice runs do not lock it
    run = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    pdf = tmp_path / (path.stem + ".pdf")
    assert run.returncode == 0 and pdf.is_file(), run.stderr
    # A4 is 595 x 842 pt; the footer (page number) sits in the 35 mm bottom margin: left out.
    text = subprocess.run(
        ["pdftotext", "-x", "0", "-y", "0", "-W", "595", "-H", "752", str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return pdf, _squash(text)


def test_libreoffice_shows_every_paragraph_in_order(written, tmp_path: Path) -> None:
    compilation, path = written
    pdf, text = libreoffice_text(path, tmp_path)
    at = 0
    for entry in compilation.entries:
        article = entry.article
        tables = re.findall(r"<table>.*?</table>", rendered(article), re.S)
        prose = re.sub(r"<table>.*?</table>", "", rendered(article), flags=re.S)
        wanted = [article.title, entry.note]
        wanted += [b for b in html_to_text(prose).split("\n\n") if b.strip()]
        wanted.append(citation(article, entry.issue))
        start = at
        for piece in wanted:  # every paragraph, in order
            found = text.find(_squash(html.unescape(piece)), at)
            assert found >= 0, (article.id, piece[:40])
            at = found
        region = text[start:at]
        for table in tables:  # every cell, inside the article (read column by column)
            for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", table, re.S):
                assert _squash(html_to_text(cell)) in region, (article.id, cell[:40])
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", pages)[1]) > len(compilation.entries)
