"""``reader-app-cli import`` says each kind of warning once, with a count (issue 26)."""

from __future__ import annotations

import json

import pytest

from tests.cliutil import run_cli as cli
from tests.fixtures.reports import drowned_issue


@pytest.mark.usefixtures("app_home", "empty_bundled")
def test_import_report_one_line_per_kind_conflicts_first(tmp_path):
    raw = tmp_path / "drowned.txt"
    raw.write_text(drowned_issue(), "utf-8")
    result = cli("import", "--dry-run", str(raw))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    head = next(i for i, line in enumerate(lines) if "warning(s) of" in line)
    total = int(lines[head].split()[0])
    assert total > 80 and "of 5 kind(s)" in lines[head]
    # the two conflicts first, each with its warning in full
    assert "is not in the table of contents" in lines[head + 1] and "八部门" in lines[head + 1]
    assert "本刊不存在的一篇文章" in lines[head + 2] and "has no article" in lines[head + 2]
    dates = lines[head + 3]
    assert dates.lstrip().startswith("62 × date outside the collection period (first: ")
    assert "--verbose lists all" in dates
    assert result.stdout.count("is outside the collection period") == 1
    # --verbose: every warning, under its group's head
    verbose = cli("import", "--dry-run", "--verbose", str(raw))
    assert verbose.stdout.count("is outside the collection period") == 62
    assert "    62 × date outside the collection period:\n" in verbose.stdout
    # JSON: the groups beside the flat list, which stays as it was
    data = json.loads(cli("import", "--dry-run", "--json", str(raw)).stdout)["imports"][0]
    groups = data["warning_groups"]
    assert [g["code"] for g in groups[:3]] == [
        "title-not-in-toc",
        "toc-entry-missing",
        "date-outside-period",
    ]
    assert sum(g["count"] for g in groups) == len(data["warnings"]) == total
    assert groups[2]["count"] == len(groups[2]["items"]) == 62
    assert groups[2]["items"][0]["message"] in {w["message"] for w in data["warnings"]}
