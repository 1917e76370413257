"""Raw files that used to hang the import, fill memory or slip through, via the real CLI."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cliutil import run_cli as cli
from tests.hostileutil import make_huge_article

#: Allowance over the query's own limit for process noise on a loaded machine.
SLACK_MS = 10_000


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _cli_with_memory_cap(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """The CLI with its address space capped: a regression must fail, not swamp the machine."""

    def cap() -> None:
        limit = 2 * 1024**3
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "reader_app.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        env=dict(os.environ),
        preexec_fn=cap,
        check=False,
    )


def _assert_refused(result: subprocess.CompletedProcess, path: Path | str, words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] and words in lines[0]
    assert "choose the issue's text file" in lines[0]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_import_of_dev_zero_is_refused_without_reading_it(app_home, empty_bundled):
    result = _cli_with_memory_cap("import", "/dev/zero")
    _assert_refused(result, "/dev/zero", "this is a device, not a file")
    assert snapshot(app_home / "data") == {}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_import_of_a_fifo_is_refused_without_waiting(tmp_path, app_home, empty_bundled):
    fifo = tmp_path / "issue.txt"
    os.mkfifo(fifo)
    # No writer ever opens the FIFO: a program that opens it to read waits forever.
    result = cli("import", str(fifo), timeout=60)
    _assert_refused(result, fifo, "this is a pipe (FIFO), not a file")
    dry = cli("import", "--dry-run", str(fifo), timeout=60)
    _assert_refused(dry, fifo, "pipe")
    assert snapshot(app_home / "data") == {}


def test_import_of_a_folder_is_refused(tmp_path, app_home, empty_bundled):
    folder = tmp_path / "issue-folder"
    folder.mkdir()
    result = cli("import", str(folder), timeout=60)
    _assert_refused(result, folder, "this is a folder")
    assert snapshot(app_home / "data") == {}


def test_search_over_a_huge_hand_edited_article_keeps_its_time_limit(bundled_copy):
    """A 1 MB article (hand-edited bundle): snippets once took minutes with timed_out false."""
    from reader_app.core.search.engine import TIME_LIMIT

    make_huge_article(bundled_copy)
    built = cli("index", "--rebuild", timeout=300)
    assert built.returncode == 0, built.stderr
    result = cli("search", "跨境", "--json", timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["total"] >= 1
    # All query work, snippets included, ends within the limit or says it was cut short.
    assert data["timed_out"] or data["took_ms"] <= TIME_LIMIT * 1000 + SLACK_MS
    huge = next(h for h in data["hits"] if h["title"].startswith("海南自贸港跨境电商"))
    assert "跨境" in huge["snippet"] and len(huge["snippet"]) < 1000


# ------------------------------------------------------------ raw text that slipped through
ARTICLE = slice(180, 202)  # lines 181-202 of the seed: “国务院：33地获批…”, title to URL
TITLE = "国务院：33地获批新设跨境电商综合试验区"


def _write(tmp_path: Path, lines: list[str], name: str = "issue.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_file_cut_inside_a_character_imports_with_a_warning(
    tmp_path, seed_text, app_home, empty_bundled, encoding
):
    text = seed_text.removesuffix("</p>")
    assert text.endswith("。")
    data = text.encode(encoding)[:-1]  # the last "。" loses its last byte
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    last = text.count("\n") + 1
    result = cli("import", str(path))
    assert result.returncode == 0, result.stderr
    assert f"{path}:{last}: the file ends in the middle of a character" in result.stdout
    assert (app_home / "data" / "issues" / "2022-18" / "source.txt").read_bytes() == data


def test_an_article_printed_twice_is_imported_with_a_warning(tmp_path, seed_text, empty_bundled):
    lines = seed_text.split("\n")
    lines[ARTICLE.stop : ARTICLE.stop] = lines[ARTICLE]
    path = _write(tmp_path, lines)
    result = cli("import", "--json", str(path))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)["imports"][0]
    duplicates = [w for w in report["warnings"] if w["code"] == "duplicate-article"]
    assert [
        (w["line"], "line 203" in w["message"], "line 181" in w["message"]) for w in duplicates
    ] == [(203, True, True)]
    assert report["articles"] == 63  # both kept: staff decide which to delete


def test_an_issue_pasted_twice_is_refused(tmp_path, seed_text, app_home, empty_bundled):
    path = _write(tmp_path, [seed_text, seed_text])  # the copy starts on line 1592
    result = cli("import", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0]
    assert "a second masthead/contents was found at line 1602" in lines[0]
    assert "keep one copy" in lines[0]
    assert snapshot(app_home / "data") == {}


def test_control_characters_in_titles_are_removed_with_a_warning(
    tmp_path, seed_text, empty_bundled
):
    lines = seed_text.split("\n")
    assert lines[180] == TITLE
    lines[180] = "国务院：33地获批\x00新设跨境电商\u202e综合\x85试验区\x1b"
    lines[182] = "光明\x07日报 2022-11-28"  # the source line
    path = _write(tmp_path, lines)
    result = cli("import", "--verbose", str(path))  # every warning, not one line per kind
    assert result.returncode == 0, result.stderr
    assert f"{path}:181: title “{TITLE}”: control characters removed" in result.stdout
    assert f"{path}:183: source “光明日报”: control characters removed" in result.stdout
    articles = json.loads(cli("list", "--json").stdout)["issues"][0]["articles"]
    article = next(a for a in articles if a["title"].startswith("国务院：33地"))
    assert article["title"] == TITLE and article["source"] == "光明日报"
    shown = cli("show", article["id"], "--format", "text")
    assert not set(shown.stdout) & {"\x00", "\x1b", "\x07", "\x85", "\u202e"}


def test_an_article_over_the_size_limit_is_refused(tmp_path, seed_text, app_home, empty_bundled):
    from reader_app.core.base.model import MAX_ARTICLE_CHARS

    lines = seed_text.split("\n")
    paragraph = "跨境电商综合试验区建设要复制推广成熟经验做法。" * 5
    padding = [paragraph, ""] * (MAX_ARTICLE_CHARS // len(paragraph) + 1)
    lines[188:188] = padding  # inside the article titled on line 181
    path = _write(tmp_path, lines)
    result = cli("import", "--dry-run", str(path))
    assert result.returncode == 2
    message = result.stderr.strip()
    assert "\n" not in message and str(path) in message
    assert f"“{TITLE}” (line 181)" in message
    assert f"the limit of {MAX_ARTICLE_CHARS:,} per article" in message
    assert snapshot(app_home / "data") == {}
