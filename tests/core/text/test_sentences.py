"""Sentences for read-aloud: spans into the pane's own text, Chinese and Latin ends."""

from __future__ import annotations

from reader_app.core.text.sentences import split_sentences


def _texts(text: str, **kw: int) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, **kw)]


def test_chinese_ends_keep_their_closing_quotes() -> None:
    text = "他说：“自贸区要扩大开放。”随后宣布新措施！这可行吗？当然……"
    assert _texts(text) == [
        "他说：“自贸区要扩大开放。”",
        "随后宣布新措施！",
        "这可行吗？",
        "当然……",
    ]


def test_line_breaks_end_sentences_and_blank_runs_are_skipped() -> None:
    text = "热点关注\n\n  第一段没有句号\n第二段。 \n——\n"
    assert _texts(text) == ["热点关注", "第一段没有句号", "第二段。"]


def test_latin_full_stop_only_before_a_space() -> None:
    text = "PM2.5 fell by 3.5 per cent. Growth was 5.2%. 增长5.2%。"
    assert _texts(text) == ["PM2.5 fell by 3.5 per cent.", "Growth was 5.2%.", "增长5.2%。"]


def test_spans_are_offsets_into_the_text_without_outer_spaces() -> None:
    text = "  第一句。  第二句？\n"
    spans = split_sentences(text)
    assert spans == [(2, 6), (8, 12)]
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)


def test_a_run_without_an_end_is_cut_at_a_comma() -> None:
    text = "，".join(f"第{i}项内容" for i in range(60)) + "。"
    pieces = split_sentences(text, limit=40)
    assert len(pieces) > 1
    assert all(e - s <= 40 for s, e in pieces)
    assert "".join(text[s:e] for s, e in pieces) == text  # nothing dropped, nothing twice
    assert all(text[e - 1] in "，。" for s, e in pieces)


def test_a_long_sentence_is_cut_at_a_comma_before_an_enumeration_comma() -> None:
    text = "甲" * 30 + "，" + "、".join(["乙乙乙"] * 20) + "。"
    first = split_sentences(text, limit=60)[0]
    assert text[first[0] : first[1]] == "甲" * 30 + "，"  # a pause in speech, not mid-list
