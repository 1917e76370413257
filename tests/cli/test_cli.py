"""reader-app-cli run for real, in a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cliutil import run_cli as cli
from tests.conftest import SEED


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_list_json_shape():
    result = cli("list", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    issue = data["issues"][0]
    assert set(issue) >= {"id", "title", "year", "number", "period", "bundled", "articles"}
    article = issue["articles"][0]
    assert set(article) >= {"id", "section", "title", "page", "source", "date", "url", "attachment"}
    # Absent values are null, never missing or empty strings.
    no_url = next(a for a in issue["articles"] if a["title"].startswith("工信部：我国显示面板"))
    assert no_url["url"] is None and no_url["attachment"] is None
    assert all(a["date"] is None or len(a["date"]) == 10 for a in issue["articles"])


def test_import_dry_run_writes_nothing(app_home, empty_bundled):
    result = cli("import", "--dry-run", str(SEED))
    assert result.returncode == 0, result.stderr
    assert "62 articles, 4 books, 7 sections" in result.stdout
    assert "热点关注: 7" in result.stdout
    assert "source.txt:879:" in result.stdout  # the date outside the period, with its line
    assert "nothing was written" in result.stdout
    assert snapshot(app_home / "data") == {}


def test_import_then_list_then_refuse_duplicate_then_replace(app_home, empty_bundled):
    first = cli("import", str(SEED))
    assert first.returncode == 0, first.stderr
    bundle = app_home / "data" / "issues" / "2022-18"
    assert (bundle / "issue.toml").exists() and (
        bundle / "source.txt"
    ).read_bytes() == SEED.read_bytes()
    listed = json.loads(cli("list", "--json").stdout)["issues"]
    assert [(i["id"], i["bundled"], len(i["articles"])) for i in listed] == [("2022-18", False, 66)]

    before = snapshot(bundle)
    again = cli("import", str(SEED))
    assert again.returncode != 0
    assert "already in the user library" in again.stderr and "--replace" in again.stderr
    assert snapshot(bundle) == before

    replaced = cli("import", "--replace", str(SEED))
    assert replaced.returncode == 0, replaced.stderr
    assert "replaced: 2022-18" in replaced.stdout
    assert snapshot(bundle) == before  # same input, same bundle: ids are stable
    assert not [p for p in bundle.parent.iterdir() if p.name.startswith((".tmp-", ".old-"))]


def test_importing_a_bundled_issue_says_so(app_home):
    result = cli("import", str(SEED))
    assert result.returncode == 1
    assert "already bundled with the app" in result.stderr
    assert snapshot(app_home / "data" / "issues") == {}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"\n\n  \r\n", "the file is empty"),
        ("binary.bin", bytes(range(256)) * 40, "binary file"),
        (
            "foreign.txt",
            b"Hello, this is a letter.\nNothing to see.\n",
            "not an issue of 《信息摘编》",
        ),
        ("undecodable.txt", b"abc \x81\x20 \x80\xff def" * 10, "encoding cannot be read"),
    ],
)
def test_bad_files_are_refused_with_exit_2(
    tmp_path, app_home, empty_bundled, name, content, message
):
    path = tmp_path / name
    path.write_bytes(content)
    result = cli("import", str(path))
    assert result.returncode == 2
    assert message in result.stderr
    assert str(path) in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(app_home / "data") == {}


def test_truncated_and_toc_less_files_are_refused(tmp_path, app_home, empty_bundled, seed_bytes):
    truncated = tmp_path / "truncated.txt"
    truncated.write_bytes(seed_bytes[: len(seed_bytes) // 3])
    result = cli("import", str(truncated))
    assert result.returncode == 2
    assert "looks truncated" in result.stderr and "line" in result.stderr

    no_toc = tmp_path / "no-toc.txt"
    text = seed_bytes.decode("utf-8")
    head = text[: text.index("目录 CONTENTS")]
    no_toc.write_text(head + "\n正文一段。\n", encoding="utf-8")
    result = cli("import", str(no_toc))
    assert result.returncode == 2
    assert "no table of contents" in result.stderr
    assert snapshot(app_home / "data") == {}


def test_missing_file_is_a_clear_error(tmp_path, empty_bundled):
    result = cli("import", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert "no such file" in result.stderr and "Traceback" not in result.stderr


def test_show_formats():
    listed = json.loads(cli("list", "--json").stdout)["issues"][0]["articles"]
    research = next(a for a in listed if a["title"].startswith("房地产"))
    md = cli("show", research["id"], "--format", "markdown")
    assert md.returncode == 0
    assert md.stdout.startswith("# 房地产“金融加速器”效应收缩的影响及对策")
    assert "| 广州 | 60 | 46% |" in md.stdout
    html = cli("show", research["id"], "--format", "html").stdout
    assert "<table>" in html and '<p class="caption">' in html and "<h2>一、" in html
    text = cli("show", research["id"], "--format", "text").stdout
    assert "广州\t60\t46%" in text and "<" not in text and "{:" not in text
    missing = cli("show", "2022-18-nothere")
    assert missing.returncode == 4 and "no article" in missing.stderr


def test_verify_names_each_problem(bundled_copy):
    assert cli("verify").returncode == 0
    articles = bundled_copy / "2022-18" / "articles"
    (articles / "003.md").write_text("+++\nid = 'x'\n+++\nno section or title\n", encoding="utf-8")
    (articles / "004.md").unlink()
    result = cli("verify")
    assert result.returncode == 1
    assert "003.md" in result.stderr and "'section' is missing" in result.stderr
    assert "004.md: listed in issue.toml contents but missing" in result.stderr
    # The CLI still starts and lists every healthy article, warning about the rest.
    listed = cli("list", "--json")
    assert listed.returncode == 0
    assert len(json.loads(listed.stdout)["issues"][0]["articles"]) == 64
    assert "003.md" in listed.stderr and "004.md" in listed.stderr
