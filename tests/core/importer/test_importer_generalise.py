"""Issues the importer has never seen, composed from the seed's parts in new ways."""

from __future__ import annotations

import pytest

from reader_app.core.base.model import ARTICLE, BOOK
from reader_app.core.importer import parse_issue_file
from reader_app.core.text.textnorm import match_key
from tests.conftest import SEED
from tests.fixtures.compose import SECTIONS, compose_issue

VARIANTS = [
    # rng seed, encoding, CRLF, TOC leader, section names printed in the body
    (1, "utf-8", False, "\t", False),
    (2, "utf-8-sig", True, "dots", False),
    (3, "gb18030", False, "spaces", True),
    (4, "utf-16", True, "mixed", False),
    (5, "gbk", False, "\t", True),
    (6, "utf-16-le", False, "dots", False),
    (7, "utf-8", True, "mixed", True),
    (8, "gb18030", True, "dots", False),
]


def fidelity(truths, issue) -> tuple[float, list[str]]:
    """Share of fields (title found, section, page, source, date, URL, attachment) that match."""
    imported = {match_key(a.title): a for a in issue.articles if a.kind == ARTICLE}
    total = matched = 0
    misses = []
    for truth in truths:
        article = imported.get(match_key(truth.title))
        checks = {
            "title": article is not None,
            "section": article is not None and article.section == truth.section,
            "page": article is not None and article.page == truth.page,
            "source": article is not None and article.source == truth.source,
            "date": article is not None and article.date == truth.date,
            "url": article is not None and article.url == truth.url,
            "attachment": article is not None
            and match_key(article.attachment or "") == match_key(truth.attachment or ""),
        }
        total += len(checks)
        matched += sum(checks.values())
        misses += [f"{truth.title[:20]}: {name}" for name, ok in checks.items() if not ok]
    return matched / total, misses


@pytest.mark.parametrize(("rng_seed", "encoding", "crlf", "leader", "body_sections"), VARIANTS)
def test_composed_issue_imports_faithfully(
    tmp_path, rng_seed, encoding, crlf, leader, body_sections
):
    data, truths, meta = compose_issue(
        SEED, rng_seed, encoding=encoding, crlf=crlf, leader=leader, body_sections=body_sections
    )
    path = tmp_path / f"composed-{rng_seed}.txt"
    path.write_bytes(data)
    issue, report = parse_issue_file(path)
    assert (issue.year, issue.number) == (meta["year"], meta["number"])
    assert (issue.period_start, issue.period_end) == (meta["start"], meta["end"])
    assert len([a for a in issue.articles if a.kind == ARTICLE]) == len(truths)
    assert len([a for a in issue.articles if a.kind == BOOK]) == 4
    score, misses = fidelity(truths, issue)
    print(f"variant {rng_seed} ({encoding}, crlf={crlf}, {leader!r}): fidelity {score:.3f}")
    assert score >= 0.95, misses
    # Dates were composed inside the period: nothing may be flagged.
    assert not [w for w in report.warnings if w.code == "date-outside-period"]
    # Section names printed in the body never end up in an article's text.
    for article in issue.articles:
        assert not any(line.strip() in SECTIONS for line in article.body.splitlines()), (
            article.title
        )


def test_fidelity_measure_can_fail(tmp_path):
    """The measure itself notices wrong pages and a missing article."""
    data, truths, _ = compose_issue(SEED, 11)
    path = tmp_path / "composed.txt"
    path.write_bytes(data)
    issue, _ = parse_issue_file(path)
    for article in issue.articles:
        if article.page is not None:
            article.page += 1
    issue.articles.pop(0)
    score, misses = fidelity(truths, issue)
    assert score < 0.9
    assert any(m.endswith(": page") for m in misses)
