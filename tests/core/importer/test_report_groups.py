"""The import report groups its warnings by kind: conflicts first, then by count (issue 26)."""

from __future__ import annotations

from reader_app.core.importer import parse_issue_text
from reader_app.core.importer.report import ImportReport
from tests.conftest import SEED
from tests.fixtures.reports import drowned_issue


def test_groups_put_conflicts_first_then_the_most_frequent():
    issue, report = parse_issue_text(drowned_issue(), "drowned.txt")
    groups = report.groups()
    codes = [g.code for g in groups]
    dated = sum(1 for a in issue.articles if a.date is not None)
    assert codes[:2] == ["title-not-in-toc", "toc-entry-missing"]
    assert all(g.conflict for g in groups[:2]) and not any(g.conflict for g in groups[2:])
    rest = groups[2:]
    assert rest[0].code == "date-outside-period" and rest[0].count == dated > 50
    assert [g.count for g in rest] == sorted((g.count for g in rest), reverse=True)
    # every warning is in exactly one group, in the order the importer found them
    assert sum(g.count for g in groups) == len(report.warnings)
    for g in groups:
        assert list(g.items) == [w for w in report.warnings if w.code == g.code]
    assert "八部门" in str(groups[0].items[0].message)


def test_no_warnings_no_groups_and_ties_keep_their_order():
    assert ImportReport("x.txt").groups() == []
    _, report = parse_issue_text(SEED.read_text("utf-8"), "seed.txt")
    codes = [g.code for g in report.groups()]
    counts = {g.code: g.count for g in report.groups()}
    assert codes[0] == "no-url" and counts["no-url"] == 18
    firsts = [c for c in dict.fromkeys(w.code for w in report.warnings) if counts[c] == 1]
    assert [c for c in codes if counts[c] == 1] == firsts
