"""The CLI's words: the core's messages and explanations, phrased in plain Chinese.

The core hands out keys and values (``core/base/messages.py``); the window phrases the
same keys through Qt translations (``gui/search/searchtext.py``). Scripts read this output,
so its wording is held byte for byte by ``tests/cli/test_golden_output.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader_app.core.base.messages import Message

if TYPE_CHECKING:  # importing the search core costs ~50 ms: not for `list` or `show`
    from reader_app.core.search.query import Clause, ParsedQuery
    from reader_app.core.search.results import SearchResult

FIELD_LABELS = {"title": "标题", "source": "来源", "section": "栏目"}

MESSAGES = {
    # how a malformed query was read (core/search/query.py)
    "query_too_long": "查询过长，只用前{limit}个字符",
    "no_grouping": "不支持括号分组，已忽略括号",
    "unclosed_quote": "引号未闭合，按普通词处理",
    "no_wildcards": "不支持通配符，已忽略 * 和 ?",
    "empty_field": "字段前缀后没有内容，已忽略",
    "unsearchable": "忽略了无法查找的字符“{text}”",
    "or_needs_two": "OR 两边需要各有一个词，已忽略",
    "or_then_excluded": "OR 后面是排除词，已按排除处理",
    "only_excluded": "只有排除词，需要至少一个要查找的词",
    # how the answer was found (core/search/engine.py)
    "partial_match": "没有完全符合的结果，以下为部分匹配",
    "timed_out": "查询超过{seconds:g}秒被中止，结果可能不完整",
    # what to try when nothing matched
    "enter_a_word": "请输入要查找的词，例如「跨境电商」或「5G」",
    "drop_filters": "去掉筛选条件（期、栏目、来源、日期）再试",
    "drop_excluded": "去掉排除词再试",
    "drop_quotes": "去掉引号，按普通词查找",
    "fewer_words": "减少词语，例如只查「{word}」",
    "any_field": "不限字段，直接查「{word}」",
    "shorter_word": "试试更短的词，例如「{first}」或「{last}」",
    "rephrase": "换一个说法，或检查是否有错别字",
    "index_unavailable": "搜索索引不可用，请稍后再试",
    # progress of an index build (core/search/index.py)
    "index_starting": "正在建立索引…",
    "index_issue": "正在索引 {issue}",
    "index_issue_done": "已索引 {issue}",
    "index_writing": "正在写入索引…",
    "index_built": "索引已建好",
    "index_updated": "索引已更新",
}


def text(message: Message) -> str:
    """One message in the CLI's words."""
    return MESSAGES[message.key].format(**dict(message.params))


def clause(c: Clause) -> str:
    quoted = f"“{c.text}”" if c.phrase else f"「{c.text}」"
    label = "精确短语" if c.phrase else ""
    if c.field:
        return f"{FIELD_LABELS[c.field]}含{label}{quoted}"
    return f"{label}{quoted}"


def query(parsed: ParsedQuery) -> str:
    """How the query was read: 「跨境电商」 且 （「物流」 或 「仓储」），不含「海南」."""
    parts = []
    for group in parsed.groups:
        words = " 或 ".join(clause(c) for c in group)
        parts.append(f"（{words}）" if len(group) > 1 and len(parsed.groups) > 1 else words)
    out = " 且 ".join(parts) if parts else "（没有可查找的词）"
    if parsed.excluded:
        out += "，不含" + "、".join(clause(c) for c in parsed.excluded)
    if parsed.notes:
        out += "。" + "；".join(dict.fromkeys(text(n) for n in parsed.notes))
    return out


def understood(result: SearchResult) -> str:
    """The query as read, then how it was answered (partial match, cut short)."""
    return query(result.parsed) + "".join("。" + text(n) for n in result.notes)
