"""PDF issues whose footers restart in each section, whose 附： lines follow a line
that fills the measure, and whose masthead prints several editors on one line.

Each issue is set by three typesetters (reportlab, Qt, LibreOffice), imported by
the real importer into the user library, and read back from its bundle.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import tomllib

from reader_app.core.app.session import open_library
from reader_app.core.base.model import BOOK, Issue
from reader_app.core.library.bundle import read_bundle
from reader_app.core.services.citation import pages as citation_pages
from reader_app.output.labels import page_range
from tests.cliutil import run_cli
from tests.fixtures.pdfmaker import DigestTruth, load_articles, make_digest_pdf

LAYOUTS = ("rl-page", "qt-plain", "office-dash")
#: The 编审名单 as printed: two names on one line (a space, full-width spaces and a
#: two-character name spaced out to align), and a name the line end cut in two.
MASTHEAD = ["主 编：沈习春 薛晓莹", "副主编：张　欣　朱丹丹", "责任编辑：王小", "明　李四海"]
EDITORS = [
    ("主编", ["沈习春", "薛晓莹"]),
    ("副主编", ["张欣", "朱丹丹"]),
    ("责任编辑", ["王小明", "李四海"]),
]


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, DigestTruth]:
    """Four sections of three articles, set with both traits by every typesetter."""
    _, articles = load_articles()
    sections: dict[str, list] = {}
    for article in articles:
        if article.kind != BOOK:
            sections.setdefault(article.section, []).append(article)
    chosen = [a for name in list(sections)[:4] for a in sections[name][:3]]
    root = tmp_path_factory.mktemp("sections")
    out = {}
    for layout in LAYOUTS:
        if layout.startswith("office") and shutil.which("soffice") is None:
            continue
        out[layout] = make_digest_pdf(
            root / f"{layout}.pdf",
            layout,
            articles=chosen,
            traits=frozenset({"restart-footers", "full-lines"}),
            masthead=MASTHEAD,
        )
    return out


def _imported(made: dict[str, DigestTruth], layout: str, tmp_path: Path) -> tuple[Issue, list]:
    if layout not in made:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    pdf = tmp_path / "2022年第18期.pdf"
    shutil.copyfile(made[layout].path, pdf)
    result = open_library().import_file(pdf, replace=True)
    assert result.path is not None
    return read_bundle(result.path), result.report.warnings


def _articles(issue: Issue) -> list:
    return [a for a in issue.articles if a.kind != BOOK]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_attachment_after_a_full_line_is_the_articles_attachment(made, layout, tmp_path):
    issue, _ = _imported(made, layout, tmp_path)
    truth = made[layout]
    full, at_top = _full_lines_before_attachments(truth.path)
    # The PDF does what the test is about: 附： after lines that fill the measure,
    # on the same page and as the first line of the next page.
    assert full["same page"] >= 3 and full["next page"] >= 3, full
    assert at_top >= 3
    got = [(a.title, a.attachment, a.url) for a in _articles(issue)]
    expected = [(t["title"], t["attachment"], t["url"]) for t in truth.articles]
    assert sum(1 for _, attachment, _ in expected if attachment) >= 8
    assert got == expected
    for article in _articles(issue):  # nor is the 附： line left in the body
        assert "附：" not in article.body and "附件" not in article.body


@pytest.mark.parametrize("layout", LAYOUTS)
def test_pages_follow_the_contents_when_the_footers_restart(made, layout, tmp_path):
    issue, warnings = _imported(made, layout, tmp_path)
    truth = made[layout]
    articles = _articles(issue)
    assert [a.page for a in articles] == [t["page"] for t in truth.articles]
    body = [p for p in issue.pages if p.printed is not None]
    assert [p.printed for p in body] == list(range(1, len(body) + 1))
    assert body[0].pdf == 4 and len(body) == truth.pages - 3
    # Each footer's own number is kept: it restarts where each section starts.
    starts = _section_starts(truth)
    assert len(starts) == 4 and min(starts) == 1
    for page in body:
        section_start = max(s for s in starts if s <= page.printed)
        assert page.footer == str(page.printed - section_start + 1)
        assert issue.footer_number(page.pdf) == page.footer
    assert [p.footer for p in body].count("1") == 4
    # The citation, the go-to-page mapping and the page view use the issue's numbers.
    for article in articles:
        last = max(p for p in (issue.printed_page(n) for n in article.pdf_pages) if p)
        span = str(article.page) if last == article.page else f"{article.page}-{last}"
        assert citation_pages(article, issue) == span
    assert page_range(issue) == (1, len(body))  # what Go to Page offers
    library = open_library()
    for page in body:
        assert issue.pdf_page_for_printed(page.printed) == page.pdf
    for article in articles:
        found = library.article_at_page(issue.id, article.page)
        assert found is not None and found.page == article.page
    codes = [w.code for w in warnings]
    assert "toc-page-differs" not in codes and codes.count("footers-restart") == 1
    # The bundle keeps both numbers; the page map says which is which.
    table = tomllib.loads((Path(issue.path) / "issue.toml").read_text(encoding="utf-8"))
    assert {"pdf": body[-1].pdf, "printed": len(body), "footer": body[-1].footer} in table["pages"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_masthead_names_on_one_line_stay_apart(made, layout, tmp_path):
    issue, _ = _imported(made, layout, tmp_path)
    assert [(e.role, e.names) for e in issue.editors] == EDITORS


@pytest.mark.usefixtures("empty_bundled")
def test_cli_import_keeps_attachments_pages_footers_and_editors(made, app_home):
    truth = made["rl-page"]
    done = run_cli("import", str(truth.path))
    assert done.returncode == 0, done.stderr
    issue = read_bundle(app_home / "data" / "issues" / "2022-18")
    assert [(a.page, a.attachment) for a in _articles(issue)] == [
        (t["page"], t["attachment"]) for t in truth.articles
    ]
    assert [(e.role, e.names) for e in issue.editors] == EDITORS
    footers = [p.footer for p in issue.pages if p.printed is not None]
    assert footers.count("1") == 4 and None not in footers
    assert "footers start again" in done.stdout  # the report says what was done


def _section_starts(truth: DigestTruth) -> set[int]:
    """The printed page of each section's first article (every section starts a page)."""
    seen: dict[str, int] = {}
    for t in truth.articles:
        seen.setdefault(str(t["section"]), int(t["page"]))  # type: ignore[call-overload]
    return set(seen.values())


_ATTACH_LINE = re.compile(r"^附\s*(?:件\s*\d*)?\s*[：:]")  # the forms the fixture prints


def _full_lines_before_attachments(pdf: Path) -> tuple[dict[str, int], int]:
    """How many 附： lines follow a body line that reaches the measure, on the same page
    and from the bottom of the page before; how many 附： lines start their page."""
    import pypdfium2 as pdfium

    from reader_app.core.importer.pdftext import read_page

    document = pdfium.PdfDocument(str(pdf))
    try:
        pages = [read_page(document, i) for i in range(3, len(document))]
    finally:
        document.close()
    bodies = [
        [ln for ln in p.lines if 0.085 * p.height < ln.top and ln.bottom < 0.915 * p.height]
        for p in pages
    ]
    edges = Counter(round(ln.x1) for lines in bodies for ln in lines if len(ln.cells) == 1)
    right = edges.most_common(1)[0][0]  # where full lines end: the measure
    counts = {"same page": 0, "next page": 0}
    at_top = 0
    for n, lines in enumerate(bodies):
        for i, line in enumerate(lines):
            if not _ATTACH_LINE.match(line.plain):
                continue
            if i == 0:
                at_top += 1
            before = lines[i - 1] if i else (bodies[n - 1][-1] if n else None)
            # Full: no character more would fit (a final 。 draws in the em's left half).
            if before is not None and before.x1 > right - before.size:
                counts["same page" if i else "next page"] += 1
    return counts, at_top
