"""The text format: attachment lines in their variant forms, and masthead names."""

from __future__ import annotations

import pytest

from reader_app.core.base.model import BOOK
from reader_app.core.importer import parse_issue_text


@pytest.mark.parametrize("form", ["附件：", "附件1：", "附 件 2 ：", "附件一:", "**附件：**"])
def test_every_form_of_the_attachment_line_is_the_attachment(seed_text, form):
    # The seed's attachment lines in another form, after a paragraph the page cut
    # (ending mid-sentence: the importer joins such a paragraph to the next text).
    lines = seed_text.split("\n")
    at = [n for n, line in enumerate(lines) if line.startswith(("附：", "附:"))]
    for n in at:
        lines[n] = form + lines[n][2:]
        before = next(k for k in range(n - 1, 0, -1) if lines[k].strip())
        lines[before] = lines[before].rstrip("。；") + "，详见"
    issue, _ = parse_issue_text("\n".join(lines), "variant.txt")
    original, _ = parse_issue_text(seed_text, "seed.txt")
    got = [a.attachment for a in issue.articles if a.kind != BOOK]
    expected = [a.attachment for a in original.articles if a.kind != BOOK]
    assert sum(1 for a in expected if a) == len(at) == 44
    assert got == expected
    assert not any(form.strip("*") in a.body for a in issue.articles)


def test_masthead_names_separated_by_spaces_stay_apart(seed_text):
    text = seed_text.replace("主 编：沈习春\n薛晓莹\n", "主 编：沈习春 薛晓莹\n").replace(
        "副主编：张 欣\n朱丹丹\n", "副主编：张　欣　　朱丹丹\n"
    )
    assert text != seed_text
    issue, _ = parse_issue_text(text, "one-line.txt")
    assert [(e.role, e.names) for e in issue.editors] == [
        ("主编", ["沈习春", "薛晓莹"]),
        ("副主编", ["张欣", "朱丹丹"]),
    ]
    seed, _ = parse_issue_text(seed_text, "seed.txt")  # one name a line, "张 欣": as before
    assert seed.editors == issue.editors


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (["沈习春  薛晓莹"], ["沈习春", "薛晓莹"]),  # several spaces
        (["沈习春\u3000薛晓莹、张欣"], ["沈习春", "薛晓莹", "张欣"]),  # U+3000, 、
        (["张 欣"], ["张欣"]),  # one name spaced out to align
        (["沈 习 春", "朱丹丹"], ["沈习春", "朱丹丹"]),
        (["沈习春 薛晓", "莹"], ["沈习春", "薛晓莹"]),  # cut by the line end
        (["沈习春 薛", "晓莹 张欣"], ["沈习春", "薛晓莹", "张欣"]),
        (["沈习春", "张 欣"], ["沈习春", "张欣"]),  # a spaced name is not a cut one
        (["John Smith"], ["John Smith"]),
    ],
)
def test_split_names(lines, names):
    from reader_app.core.importer.masthead import split_names

    assert split_names(lines) == names
