"""Importer checks for hostile raw text, at the function level (the CLI tests cover the rest)."""

from __future__ import annotations

import pytest

from reader_app.core.base.errors import ImportRefusedError
from reader_app.core.importer import parse_issue_text
from reader_app.core.importer.parse import UNTITLED
from reader_app.core.text.textnorm import match_key, strip_controls
from tests.saidutil import raises_saying, said


def test_strip_controls_keeps_text_and_drops_controls_and_overrides() -> None:
    assert strip_controls("a\x00b\x1b[1mc\x85d\u202ee\u2066f\ufeffg\th") == "ab[1mcdefg h"
    assert strip_controls("跨境电商 5G PM2.5 “引号” 😀") == "跨境电商 5G PM2.5 “引号” 😀"


def test_a_title_of_control_characters_only_gets_a_placeholder(seed_text: str) -> None:
    lines = seed_text.split("\n")
    lines[180] = "\x00\u202e\x01"
    issue, report = parse_issue_text("\n".join(lines), "x.txt")
    assert all(a.title.strip() for a in issue.articles)
    assert UNTITLED in [a.title for a in issue.articles]
    assert any(w.line == 181 and w.code == "control-characters" for w in report.warnings)
    assert not any("\x00" in said(w.message) for w in report.warnings)


def test_a_stray_contents_heading_in_the_body_is_no_second_copy(seed_text: str) -> None:
    lines = seed_text.split("\n")
    lines[186:186] = ["目录", ""]  # a lone heading: no contents repeated after it
    issue, _ = parse_issue_text("\n".join(lines), "x.txt")
    assert len(issue.articles) == 66


def test_a_repeated_contents_alone_is_a_second_copy(seed_text: str) -> None:
    lines = seed_text.split("\n")
    start = lines.index("目录 CONTENTS")
    contents = lines[start : start + 40]
    lines[186:186] = contents
    with raises_saying(ImportRefusedError, "second masthead/contents was found at line 187"):
        parse_issue_text("\n".join(lines), "x.txt")


@pytest.mark.parametrize("text", ["五部门:联合发布", "33 地", "ＰＭ_{2.5}", "a_b**c**", "Ⅻ ½ ²"])
def test_match_key_keeps_exactly_the_alphanumerics(text: str) -> None:
    import unicodedata

    folded = unicodedata.normalize("NFKC", text.replace("**", "")).casefold()
    assert match_key(text) == "".join(ch for ch in folded if ch.isalnum())


MARKUP_TITLES = [
    '<img src="/dev/zero">三部门联合印发',
    "<b>三部门</b>：联合印发《通知》",
    "<font color=red>电脑已中毒，请拨打…</font>",
    "&lt;b&gt;x&amp;y：三部门",  # (";" or a space beside a CJK character is normalised)
    "<table width=9000><tr><td>三部门</td></tr></table>",
    "<style>p{color:red}</style><a href='https://example.org/'>三部门</a>",  # (and drops "*")
]


@pytest.mark.parametrize("title", MARKUP_TITLES)
def test_a_title_with_markup_characters_imports_unchanged_and_without_warning(
    seed_text: str, title: str
) -> None:
    """Markup in a title may be real text; the window shows it as text (issue 21)."""
    original = "三部门：联合印发《关于巩固回升向好趋势加力振作工业经济的通知》"
    _issue, plain_report = parse_issue_text(seed_text, "x.txt")
    text = seed_text.replace(f"{original}\t1", f"{title}\t1", 1).replace(
        f"\n{original}\n", f"\n{title}\n", 1
    )
    assert text.count(title) == 2  # the contents line and the article's title line
    issue, report = parse_issue_text(text, "x.txt")
    assert issue.articles[0].title == title
    assert [said(w.message) for w in report.warnings] == [
        said(w.message) for w in plain_report.warnings
    ]
