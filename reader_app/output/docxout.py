"""A compilation (专题汇编) as a Word document that staff edit, stamp and forward.

python-docx writes it (docs/decisions.md). Everything the document shows is set by
named styles (no run carries its own formatting), so staff restyle a whole
compilation at once in Word or WPS: 标题 1/2/3 for titles and sub-headings, 出处 for
the provenance line, 编者按 for the compiler's note, 参考文献 for the reference, and
so on. East Asian fonts are set on every style (``w:eastAsia``), the page is A4 with
the margins of GB/T 9704 (official documents), the footer holds a PAGE field and the
contents page a real TOC field that Word and WPS update on opening.

The article bodies go through the one Markdown converter (core/text/render.py), and
this module walks the safe HTML it gives: the same paragraphs, headings, tables and
captions the reading pane shows, so nothing is lost and nothing is parsed twice.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from reader_app.core.base.atomic import write_bytes_atomic
from reader_app.core.base.model import Article, Issue
from reader_app.core.services.batch import Entry
from reader_app.core.services.citation import citation, pages
from reader_app.core.services.compilation import Compilation, Cover
from reader_app.core.text.render import markdown_to_html
from reader_app.output import compilelabels as labels

log = logging.getLogger(__name__)

# GB/T 9704 (党政机关公文格式): A4, top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
PAGE_MM = (210, 297)
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
SERIF = "宋体"  # body text
SANS = "黑体"  # titles and headings
LATIN_SERIF = "Times New Roman"
LATIN_SANS = "Arial"
TOC_FIELD = ' TOC \\o "1-3" \\h \\z \\u '

# Paragraph styles this module defines (name -> what it is for). Built-in names
# (Heading 1-4, Caption, Quote, List Bullet, toc 1) keep their Word meaning.
COVER_TITLE = "汇编标题"
COVER_LINE = "汇编封面"
COVER_INTRO = "汇编说明"
CONTENTS_TITLE = "目录标题"
PROVENANCE = "出处"
NOTE = "编者按"
ORIGINAL_NOTE = "原文说明"
ABSTRACT = "摘要"
BODY = "汇编正文"
LIST_ITEM = "汇编列表"
PREFORMATTED = "原样文字"
TABLE_TEXT = "表格文字"
TABLE_HEAD = "表头文字"
LINK = "原文链接"
REFERENCE = "参考文献"
FOOTER = "Footer"
CAPTION = "Caption"
QUOTE = "Quote"
BULLET = "List Bullet"
TOC_1 = "toc 1"
HEADINGS = ("Heading 1", "Heading 2", "Heading 3", "Heading 4")
# Character styles (inline emphasis of the article's own Markdown, links, code).
EMPHASIS = "Emphasis"
STRONG = "Strong"
HYPERLINK = "Hyperlink"
CODE = "汇编代码"


# ------------------------------------------------------------------ the HTML, as a tree


@dataclass
class Node:
    """One element of the converter's HTML: tag, attributes, children (nodes or text)."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)


_VOID = frozenset({"br", "hr", "img"})


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("body")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def html_tree(fragment: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(fragment)
    builder.close()
    return builder.root


def body_tree(markdown_text: str) -> Node:
    """An article body as the reading pane renders it (raw HTML shown as text)."""
    return html_tree(markdown_to_html(markdown_text))


def table_rows(table: Node) -> list[tuple[list[str], bool]]:
    """(cell texts, is a header row) for each row of ``table``, in order."""
    rows: list[tuple[list[str], bool]] = []

    def walk(node: Node, head: bool) -> None:
        for child in node.children:
            if not isinstance(child, Node):
                continue
            if child.tag == "tr":
                cells = [c for c in child.children if isinstance(c, Node) and c.tag in ("td", "th")]
                is_head = head or (bool(cells) and all(c.tag == "th" for c in cells))
                rows.append(([_flat(c.text()) for c in cells], is_head))
            elif child.tag != "table":  # a nested table is not the article's table
                walk(child, head or child.tag == "thead")

    walk(table, False)
    return rows


def _flat(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------------------------ the document


def _w(name: str) -> str:
    from docx.oxml.ns import qn

    return qn(f"w:{name}")


def _fonts(rpr: Any, latin: str, east: str) -> None:
    """Explicit Latin and East Asian faces on a style's run properties (theme fonts off)."""
    from docx.oxml import OxmlElement

    old = rpr.find(_w("rFonts"))
    if old is not None:
        rpr.remove(old)
    fonts = OxmlElement("w:rFonts")
    for attr, value in (("ascii", latin), ("hAnsi", latin), ("eastAsia", east), ("cs", latin)):
        fonts.set(_w(attr), value)
    rpr.insert(0, fonts)


class _Styles:
    """The document's named styles, made once; paragraphs refer to them by object."""

    def __init__(self, doc: Any) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt, RGBColor

        self.doc = doc
        styles = doc.styles
        self.by_name: dict[str, Any] = {}
        defaults = styles.element.find(_w("docDefaults"))
        rpr = defaults.find(_w("rPrDefault")).find(_w("rPr"))
        _fonts(rpr, LATIN_SERIF, SERIF)
        lang = rpr.find(_w("lang"))
        if lang is not None:
            lang.set(_w("val"), "zh-CN")
            lang.set(_w("eastAsia"), "zh-CN")
        normal = styles["Normal"]
        normal.font.size = Pt(12)
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.line_spacing = 1.5
        self.by_name["Normal"] = normal
        black = RGBColor(0, 0, 0)
        center = WD_ALIGN_PARAGRAPH.CENTER

        def para(name: str, *, base: str = "Normal", **props: Any) -> Any:
            try:
                style = styles[name]
            except KeyError:
                style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
                style.base_style = self.by_name.get(base) or styles[base]
                style.quick_style = True
            self._shape(style, props)
            self.by_name[name] = style
            return style

        for level, (name, size) in enumerate(zip(HEADINGS, (16, 14, 13, 12), strict=True), 1):
            para(name, font=(LATIN_SANS, SANS), size=size, bold=True, color=black,
                 before=12 if level > 1 else 0, after=12 if level == 1 else 6,
                 page_break=level == 1, align=center if level == 1 else None)  # fmt: skip
        para(COVER_TITLE, font=(LATIN_SANS, SANS), size=26, bold=True, align=center,
             before=150, after=36, line=1.2)  # fmt: skip
        para(COVER_LINE, size=15, align=center, after=6, font=(LATIN_SERIF, "仿宋"))
        para(COVER_INTRO, size=12, before=36, first_indent=24)
        para(CONTENTS_TITLE, font=(LATIN_SANS, SANS), size=16, bold=True, align=center,
             page_break=True, after=12)  # fmt: skip
        para(TOC_1, size=12, after=3)
        para(PROVENANCE, size=10.5, align=center, after=12, color=RGBColor(0x40, 0x40, 0x40),
             font=(LATIN_SERIF, "楷体"))  # fmt: skip
        para(NOTE, size=12, before=6, after=12, font=(LATIN_SERIF, "楷体"), left=24, right=24)
        para(ORIGINAL_NOTE, size=10.5, after=6, font=(LATIN_SERIF, "楷体"))
        para(ABSTRACT, size=12, after=6, font=(LATIN_SERIF, "楷体"))
        para(BODY, size=12, first_indent=24)
        para(LIST_ITEM, size=12, left=24, hanging=18)
        para(BULLET, size=12)
        para(QUOTE, size=12, left=24, right=24, font=(LATIN_SERIF, "楷体"), color=black)
        para(PREFORMATTED, size=10.5, font=("Courier New", SERIF), line=1.0)
        para(CAPTION, size=10.5, bold=False, align=center, color=black, after=6,
             font=(LATIN_SANS, SANS))  # fmt: skip
        para(TABLE_TEXT, size=10.5, line=1.0)
        para(TABLE_HEAD, base=TABLE_TEXT, size=10.5, bold=True, font=(LATIN_SANS, SANS))
        para(LINK, size=10.5, before=12, font=(LATIN_SERIF, SERIF))
        para(REFERENCE, size=10.5, before=6, hanging=21, left=21)
        para(FOOTER, size=10.5, align=center)

        def char(name: str, **props: Any) -> Any:
            try:
                style = styles[name]
            except KeyError:
                style = styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
                style.base_style = styles["Default Paragraph Font"]
            self._font(style, props)
            self.by_name[name] = style
            return style

        char(EMPHASIS, font=(LATIN_SERIF, "楷体"))
        char(STRONG, bold=True, font=(LATIN_SANS, SANS))
        char(HYPERLINK, color=RGBColor(0x1F, 0x4E, 0x9A), underline=True)
        char(CODE, font=("Courier New", SERIF))

    def __getitem__(self, name: str) -> Any:
        return self.by_name[name]

    def id(self, name: str) -> str:
        return str(self.by_name[name].style_id)

    @staticmethod
    def _font(style: Any, props: dict[str, Any]) -> None:
        from docx.shared import Pt

        font = style.font
        if "size" in props:
            font.size = Pt(props["size"])
        if "bold" in props:
            font.bold = props["bold"]
        if "color" in props:
            font.color.rgb = props["color"]
        if "underline" in props:
            font.underline = props["underline"]
        if "font" in props:
            latin, east = props["font"]
            _fonts(style.element.get_or_add_rPr(), latin, east)

    def _shape(self, style: Any, props: dict[str, Any]) -> None:
        from docx.shared import Pt

        self._font(style, props)
        if "font" not in props:
            _fonts(style.element.get_or_add_rPr(), LATIN_SERIF, SERIF)
        pf = style.paragraph_format
        if props.get("align") is not None:
            pf.alignment = props["align"]
        if "before" in props:
            pf.space_before = Pt(props["before"])
        if "after" in props:
            pf.space_after = Pt(props["after"])
        if "line" in props:
            pf.line_spacing = props["line"]
        if "first_indent" in props:
            pf.first_line_indent = Pt(props["first_indent"])
        if "left" in props:
            pf.left_indent = Pt(props["left"])
        if "right" in props:
            pf.right_indent = Pt(props["right"])
        if "hanging" in props:
            pf.first_line_indent = Pt(-props["hanging"])
        if "page_break" in props:
            pf.page_break_before = props["page_break"]


@dataclass
class _Run:
    text: str
    style: str | None = None
    href: str | None = None


class _Writer:
    """Appends the compilation to a python-docx Document, one part after the other."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.styles = _Styles(doc)
        self.body = doc.element.body

    # -------------------------------------------------------------- paragraphs
    def para(self, style: str, text: str = "", runs: list[_Run] | None = None) -> Any:
        # The style's id straight into w:pStyle: python-docx's by-object lookup reads
        # every style of the document per paragraph (two thirds of the time).
        paragraph = self.doc.add_paragraph()
        paragraph._p.style = self.styles.id(style)
        if text:
            paragraph.add_run(text)
        for run in runs or []:
            self.run(paragraph, run)
        return paragraph

    def run(self, paragraph: Any, run: _Run) -> None:
        if run.href:
            self.hyperlink(paragraph, run.href, run.text)
            return
        added = paragraph.add_run(run.text)
        if run.style:
            added._r.style = self.styles.id(run.style)

    def labelled(self, style: str, label: str, text: str) -> Any:
        """``label`` then ``text`` in one paragraph; the style alone formats both."""
        return self.para(style, label + text)

    def hyperlink(self, paragraph: Any, url: str, text: str) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.oxml import OxmlElement

        rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id", rel)
        run = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        rstyle = OxmlElement("w:rStyle")
        rstyle.set(_w("val"), self.styles[HYPERLINK].style_id)
        rpr.append(rstyle)
        run.append(rpr)
        t = OxmlElement("w:t")
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(t)
        link.append(run)
        paragraph._p.append(link)

    # -------------------------------------------------------------- page setup
    def page(self) -> None:
        from docx.oxml import OxmlElement
        from docx.shared import Mm

        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
        section.top_margin = Mm(MARGINS_MM["top"])
        section.bottom_margin = Mm(MARGINS_MM["bottom"])
        section.left_margin = Mm(MARGINS_MM["left"])
        section.right_margin = Mm(MARGINS_MM["right"])
        section.different_first_page_header_footer = True  # the cover has no number
        footer = section.footer.paragraphs[0]
        footer._p.style = self.styles.id(FOOTER)
        field_ = OxmlElement("w:fldSimple")
        field_.set(_w("instr"), " PAGE ")
        run = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        run.append(t)
        field_.append(run)
        footer._p.append(field_)

    # -------------------------------------------------------------- parts
    def cover(self, cover: Cover, intro: str) -> None:
        self.para(COVER_TITLE, labels.cover_title(cover))
        lines = labels.cover_lines(cover)
        for line in lines:
            self.para(COVER_LINE, line)
        for part in (p for p in intro.splitlines() if p.strip()):
            self.para(COVER_INTRO, part.strip())

    def contents(self, entries: list[Entry]) -> None:
        """A real TOC field (dirty: Word and WPS fill in the pages on opening) whose
        result, until then, is the list of titles: the page is never empty."""
        from docx.oxml import OxmlElement

        self.para(CONTENTS_TITLE, QCoreApplication.translate("Compilation", "Contents"))

        def char(kind: str, paragraph: Any, dirty: bool = False) -> None:
            run = OxmlElement("w:r")
            fld = OxmlElement("w:fldChar")
            fld.set(_w("fldCharType"), kind)
            if dirty:
                fld.set(_w("dirty"), "true")
            run.append(fld)
            paragraph._p.append(run)

        titles = [e.article.title for e in entries] or [""]
        for number, title in enumerate(titles):
            paragraph = self.para(TOC_1)
            if number == 0:
                char("begin", paragraph, dirty=True)
                run = OxmlElement("w:r")
                instr = OxmlElement("w:instrText")
                instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                instr.text = TOC_FIELD
                run.append(instr)
                paragraph._p.append(run)
                char("separate", paragraph)
            paragraph.add_run(title)
            if number == len(titles) - 1:
                char("end", paragraph)

    def article(self, entry: Entry) -> None:
        article, issue = entry.article, entry.issue
        self.para(HEADINGS[0], article.title)
        self.para(PROVENANCE, provenance(article, issue))
        for flag in article.flags:
            self.labelled(
                ORIGINAL_NOTE,
                QCoreApplication.translate("Compilation", "Note on the original: "),
                flag,
            )
        if entry.note.strip():
            self.labelled(NOTE, labels.note_label(), entry.note.strip())
        if article.abstract:
            self.labelled(
                ABSTRACT, QCoreApplication.translate("Compilation", "Abstract: "), article.abstract
            )
        if article.keywords:
            self.labelled(
                ABSTRACT,
                QCoreApplication.translate("Compilation", "Keywords: "),
                "；".join(article.keywords),
            )
        self.blocks(body_tree(article.body.strip()), BODY)
        if article.attachment and article.attachment not in article.body:
            self.labelled(
                BODY, QCoreApplication.translate("Compilation", "Attachment: "), article.attachment
            )
        if article.url:
            paragraph = self.para(
                LINK, QCoreApplication.translate("Compilation", "Original article: ")
            )
            self.hyperlink(paragraph, article.url, article.url)
        self.labelled(
            REFERENCE,
            QCoreApplication.translate("Compilation", "Reference: "),
            citation(article, issue),
        )

    # -------------------------------------------------------------- the body
    def blocks(self, node: Node, style: str) -> None:
        """Block elements of the converter's HTML as paragraphs and tables."""
        loose: list[_Run] = []

        def flush() -> None:
            if any(r.text.strip() for r in loose):
                self.para(style, runs=_trim(loose))
            loose.clear()

        for child in node.children:
            if isinstance(child, str) or child.tag in _INLINE:
                loose += _runs(child)
                continue
            flush()
            tag = child.tag
            if tag == "p":
                caption = "caption" in child.attrs.get("class", "").split()
                runs = _trim(_runs_of(child))
                if runs:
                    self.para(CAPTION if caption else style, runs=runs)
            elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                level = min(max(int(tag[1]), 2), 4)  # the article's own title is Heading 1
                runs = _trim(_runs_of(child))
                if runs:
                    self.para(HEADINGS[level - 1], runs=runs)
            elif tag == "table":
                self.table(child)
            elif tag in ("ul", "ol"):
                self.items(child, ordered=tag == "ol")
            elif tag == "blockquote":
                self.blocks(child, QUOTE)
            elif tag == "pre":
                text = child.text().rstrip("\n")
                if text.strip():
                    self.para(PREFORMATTED, text)
            elif tag == "hr":
                continue
            else:  # div, li content, anything else: its blocks in the same style
                self.blocks(child, style)
        flush()

    def items(self, node: Node, ordered: bool) -> None:
        start = node.attrs.get("start", "1")
        number = int(start) if start.isdigit() else 1
        for child in node.children:
            if not isinstance(child, Node) or child.tag != "li":
                continue
            if ordered:
                # The number is the reader's text, not Word's list counter: a
                # counter would run on from one article's list into the next.
                inner = Node("li", children=[f"{number}. ", *child.children])
                self.blocks(_wrap_inline(inner), LIST_ITEM)
                number += 1
            else:
                self.blocks(_wrap_inline(child), BULLET)

    def table(self, node: Node) -> None:
        rows = table_rows(node)
        columns = max((len(cells) for cells, _head in rows), default=0)
        if not rows or columns == 0:
            return
        table = self.doc.add_table(rows=len(rows), cols=columns)
        table.style = self.doc.styles["Table Grid"]
        head, text = self.styles.id(TABLE_HEAD), self.styles.id(TABLE_TEXT)
        for row, (cells, is_head) in zip(table.rows, rows, strict=True):
            if is_head:
                _repeat_header(row)
            for number, cell in enumerate(row.cells):
                paragraph = cell.paragraphs[0]
                paragraph._p.style = head if is_head and number < len(cells) else text
                if number < len(cells) and cells[number]:
                    paragraph.add_run(cells[number])
        self.para(BODY)  # Word joins two tables that touch; a paragraph keeps them apart


_INLINE = frozenset({"em", "strong", "a", "code", "span", "br", "b", "i", "img"})
_INLINE_STYLES = {"em": EMPHASIS, "i": EMPHASIS, "strong": STRONG, "b": STRONG, "code": CODE}


def _wrap_inline(node: Node) -> Node:
    """An ``li`` whose text is inline becomes one paragraph; its blocks stay blocks."""
    if all(isinstance(c, str) or c.tag in _INLINE for c in node.children):
        return Node("div", children=[Node("p", children=node.children)])
    return node


def _runs(node: Node | str, style: str | None = None, href: str | None = None) -> list[_Run]:
    if isinstance(node, str):
        return [_Run(node, style, href)] if node else []
    if node.tag == "br":
        return [_Run("\n", style)]
    style = _INLINE_STYLES.get(node.tag, style)
    if node.tag == "a" and node.attrs.get("href"):
        href = node.attrs["href"]
    out: list[_Run] = []
    for child in node.children:
        out += _runs(child, style, href)
    return out


def _runs_of(node: Node) -> list[_Run]:
    out: list[_Run] = []
    for child in node.children:
        out += _runs(child)
    return out


def _trim(runs: list[_Run]) -> list[_Run]:
    """Runs with source line ends as spaces; a paragraph's outer white space dropped."""
    out = [
        _Run(r.text if r.text == "\n" else re.sub(r"\s*\n\s*", " ", r.text), r.style, r.href)
        for r in runs
    ]
    while out and not out[0].text.strip():
        out.pop(0)
    while out and not out[-1].text.strip():
        out.pop()
    if out:
        out[0] = _Run(out[0].text.lstrip(), out[0].style, out[0].href)
        out[-1] = _Run(out[-1].text.rstrip(), out[-1].style, out[-1].href)
    return out


def _repeat_header(row: Any) -> None:
    """A header row repeats on every page the table runs over (a table property)."""
    from docx.oxml import OxmlElement

    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))


def provenance(article: Article, issue: Issue) -> str:
    """Digest issue, section, printed page, source, date: where the article was read."""
    parts = [f"《{issue.title}》{issue.year}年（{issue.label}）", article.section]
    where = pages(article, issue)
    if where:
        parts.append(QCoreApplication.translate("Compilation", "page %1").replace("%1", where))
    if article.source:
        parts.append(article.source)
    if article.date:
        parts.append(article.date.isoformat())
    return " · ".join(p for p in parts if p)


def document(compilation: Compilation) -> Any:
    """The compilation as a python-docx Document (not yet saved)."""
    import docx

    if not compilation.entries:
        raise ValueError(QCoreApplication.translate("Compilation", "No articles to compile."))
    doc = docx.Document()
    writer = _Writer(doc)
    writer.page()
    writer.cover(compilation.cover(), compilation.batch.notes_heading)
    writer.contents(compilation.entries)
    for entry in compilation.entries:
        writer.article(entry)
    props = doc.core_properties
    props.title = compilation.title
    props.author = compilation.compiler or compilation.compiled_by
    props.comments = "reader-app"
    props.language = "zh-CN"
    return doc


def write_docx(
    path: Path,
    compilation: Compilation,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the compilation at ``path`` atomically; returns the number of articles."""
    import io

    doc = document(labels.titled(compilation))
    buffer = io.BytesIO()
    doc.save(buffer)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, buffer.getvalue(), 0o644)  # a failure leaves no half-written file
    if progress is not None:
        progress(len(compilation.entries), len(compilation.entries))
    log.info("compilation: %d articles to %s", len(compilation.entries), path)
    return len(compilation.entries)
