"""The CLI's words: the core's messages and explanations, phrased for a terminal.

The core hands out keys and values (``core/base/messages.py``); the window phrases the
same keys through Qt translations (``gui/search/searchtext.py``, ``gui/base/errors.py``).
Search's messages are plain Chinese (``MESSAGES``); errors, library problems and import
warnings are the English lines staff scripts have always read (``ERRORS``), saying what
to type about them (``--replace``, ``reader-app-cli verify``). Scripts read this output,
so its wording is held byte for byte by ``tests/cli/test_golden_output.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from reader_app.core.base.errors import ReaderError, shorten
from reader_app.core.base.messages import Message

if TYPE_CHECKING:  # importing the search core costs ~50 ms: not for `list` or `show`
    from reader_app.core.importer.report import ImportReport, ReportItem
    from reader_app.core.search.query import Clause, ParsedQuery
    from reader_app.core.search.results import SearchResult

FIELD_LABELS = {"title": "标题", "source": "来源", "section": "栏目"}

MESSAGES: dict[str, str | Callable[[Mapping[str, Any]], str]] = {
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
    "partial_match": lambda p: (
        f"没有完全符合「{p['word']}」的结果，以下为部分匹配："
        + "".join(f"「{x}」" for x in p["pieces"])
    ),
    "scattered_match": lambda p: (
        f"没有文章包含「{p['word']}」，找到包含"
        + "".join(f"「{x}」" for x in p["pieces"])
        + "的文章"
    ),
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


def points_text(value: float) -> str:
    """A page size in points, as the core's figures say it (PDF code loaded only here)."""
    from reader_app.core.pdf.original import points_text as say

    return say(value)


def _source(p: Mapping[str, Any]) -> str:
    return f" ({p['source']})" if p["source"] else ""


def _more(count: int, wording: str) -> str:
    return wording.format(count) if count > 0 else ""


def _holder(p: Mapping[str, Any]) -> str:
    if not p["user"]:
        return "another machine"
    when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(p["since"]))
    return f"{p['user']} on {p['host']} (process {p['pid']}, since {when})"


_KINDS = {
    "text": "text in quotes",
    "integer": "a whole number",
    "date": "a date like 2022-11-21",
    "list": "a list [...]",
    "table": "a table",
}
_NOT_A_FILE = {
    "folder": "this is a folder",
    "pipe": "this is a pipe (FIFO), not a file",
    "socket": "this is a socket, not a file",
    "device": "this is a device, not a file",
}

#: Errors, library problems and import warnings, by key: a ``str.format`` template of the
#: message's values, or a function of them where the sentence depends on a value.
ERRORS: dict[str, str | Callable[[Mapping[str, Any]], str]] = {
    # core/services/stats.py
    "stats_off": lambda p: (
        f'statistics are switched off by the machine policy{_source(p)} (statistics = "off")'
    ),
    "stats_public_no_folder": lambda p: (
        f"statistics are not kept on this public workstation: the machine policy{_source(p)} "
        "names no statistics_folder (a local machine-wide folder; see docs/deployment.md)"
    ),
    "stats_folder_on_network": "{path}: statistics_folder is on a network share, where SQLite "
    "is not safe; name a local folder and collect the files with statistics_drop_folder instead",
    "stats_db_unopenable": "{path}: the statistics database cannot be opened ({reason}); "
    "check the folder's permissions or remove a damaged file",
    "file_unreadable": "{path}: cannot be read ({reason})",
    "stats_export_not_json": "{path}: not a statistics export (not JSON: {reason})",
    "stats_rows_not_list": '{path}: field "rows" must be a list',
    "stats_bad_row": "{path}: row {row} must be [day YYYY-MM-DD, machine, kind, item, "
    "count ≥ 0], not {value}; nothing was merged",
    # core/services/readinglists.py
    "list_needs_name": "a reading list needs a name",
    "list_name_too_long": "a reading list name may have at most {limit} characters",
    "list_bad_name": '{path}: field "name" must be a text of 1–{limit} characters',
    "list_bad_description": '{path}: field "description" must be a text',
    "list_items_not_list": '{path}: field "items" must be a list',
    "list_item_no_article": '{path}: item {item} needs "article" (an article id)',
    "list_item_bad_texts": '{path}: item {item}: "note" and "title" must be texts '
    "(a note at most {limit} characters)",
    "list_item_twice": "{path}: item {item}: article {article!r} is listed twice",
    "list_not_json": "{path}: not a reading list (not JSON: {reason})",
    "no_such_list": "no reading list named {name!r}; `reader-app-cli readinglist list`",
    "no_such_list_here": lambda p: (
        f"no reading list named {p['name']!r} (lists here: {', '.join(p['known']) or 'none'})"
    ),
    "list_exists": "a reading list named {name!r} exists already; choose another name",
    "list_import_exists": "{path}: a reading list named {name!r} exists already; "
    "nothing was changed (use --replace to overwrite it)",
    # core/services/topics.py, topicfile.py, compilation.py: topics (定题)
    "no_such_topic": lambda p: (
        f"no topic named {p['name']!r} (topics here: {', '.join(p['known']) or 'none'}); "
        "`reader-app-cli topic list`"
    ),
    "no_such_topic_here": lambda p: (
        f"no topic named {p['name']!r} (topics here: {', '.join(p['known']) or 'none'})"
    ),
    "not_a_topic": "{name!r} is a reading list, not a topic",
    "topic_exists": "a topic named {name!r} exists already; nothing was changed "
    "(use --replace to give it this query: its accepted articles are kept)",
    "topic_name_is_a_list": "a reading list named {name!r} exists already; nothing was changed "
    "(use --replace to give it this query: its accepted articles are kept)",
    "topic_file_exists": "a file for {name!r} exists already; choose another name",
    "topic_note_too_long": "a note may have at most {limit} characters; nothing was changed",
    "topic_unknown_articles": lambda p: (
        f"no article {', '.join(map(repr, p['articles']))} in this library; nothing was changed "
        "(`reader-app-cli topic new NAME` lists the new articles' ids)"
    ),
    "topic_needs_query": "a topic needs a query (the words to look for in every new issue)",
    "topic_query_too_long": "a topic's query may have at most {limit} characters",
    "topic_bad_date": "not a date (YYYY-MM-DD): {value!r}",
    "topic_dates_reversed": "the date range starts ({start}) after it ends ({end})",
    "topic_not_object": '{path}: field "topic" must be an object (docs/reading-lists.md)',
    "topic_bad_query": '{path}: field "topic": "query": {reason}',
    "topic_field_not_text": '{path}: field "topic": "{field}" must be a text or null',
    "topic_bad_dates": '{path}: field "topic": "from"/"to": {reason}',
    "topic_bad_expand": '{path}: field "topic": "expand" must be true or false',
    "topic_bad_dismissed": '{path}: field "topic": "dismissed" must be a list of article ids',
    "topic_new_not_list": '{path}: field "topic": "new" must be a list',
    "topic_bad_new_entry": '{path}: field "topic": "new" entry {entry} needs "article" and "issue"',
    "topic_bad_checked": '{path}: field "topic": "checked" must map issue ids to content hashes',
    # core/library/library.py
    "issue_id_twice": "{path}: issue id {issue!r} is also used by {other}; the library shows "
    "{shown} and ignores this folder. Give a copy its own id and folder name, or move it out "
    "of the library folder",
    "issue_id_hides": "{path}: issue id {issue!r} hides the issue in {other} ({articles} "
    "articles), which is not shown. If this folder is a copy or its id was edited, give it its "
    "own id (the folder name)",
    "article_id_twice": "{path}: article id {article!r} is also used by {other} (issue "
    "{issue}); only that one can be opened by its id. Give one of them a new id",
    "no_such_issue": "no issue {issue!r} in the library; `reader-app-cli list` shows them",
    "article_damaged": lambda p: (
        f"no readable article {p['article']!r}: its issue's bundle is damaged "
        f"({p['damage']}{_more(p['more'], '; and {} more problem(s)')}). Fix that file or "
        "re-import the issue; `reader-app-cli verify` lists every problem"
    ),
    "no_such_article": "no article {article!r} in the library; `reader-app-cli list` shows the ids",
    "issue_exists": lambda p: (
        f"{p['path']}: issue {p['issue']} ({p['title']}) is already "
        f"{'bundled with the app' if p['bundled'] else 'in the user library'}; nothing was "
        "changed. Use --replace to replace it."
    ),
    "issue_folder_exists": "{path}: already exists; nothing was changed. Use --replace to "
    "replace it.",
    "import_running": "{path}: another import is still running; nothing was changed. "
    "Try again when it has finished.",
    "issue_unwritable": "{path}: cannot write the issue ({reason}); the library is unchanged. "
    "Free some disk space or check the folder's permissions.",
    "import_fails_verify": lambda p: (
        f"{p['path']}: the issue read from this file fails `verify`: "
        f"{shorten(p['problem'], 200)}{_more(p['more'], ' (and {} more problem(s))')}; nothing "
        "was written. Check that part of the file; a PDF whose layout is not understood can be "
        "imported as its text instead."
    ),
    # core/library/bundle.py
    "unsafe_issue_id": "issue id {issue!r} is not a safe folder name",
    "bundle_version": lambda p: (
        f"{p['path']}: format_version is {p['version']}, this program reads "
        f"{' and '.join(map(str, p['readable']))}; update the program or re-import the issue"
    ),
    "bad_id": "{path}: id {id!r} may hold only letters, digits, - and _ (at most 64 characters)",
    "bad_editors": "{path}: each [[editors]] needs a role and names",
    "no_articles_folder": "{path}: the articles folder is missing",
    "listed_article_missing": "{path}: listed in issue.toml contents but missing; restore the "
    "file or remove it from contents",
    "article_id_in_issue_twice": "{path}: id {article!r} is also used by {other}; give one of "
    "them a new id",
    "no_readable_articles": "{path}: no readable article files (*.md)",
    "bad_original_name": '{path}: original must be a file name in the issue folder, like "{example}"',
    "bad_pages_entry": "{path}: [[pages]] entry {entry} needs pdf = a page number from 1 and, "
    'optionally, printed = a whole number and footer = a text ("1")',
    "bad_contents_entry": '{path}: contents entry {entry} is not a file name like "001.md"',
    "article_not_listed": "{path}: not listed in issue.toml contents; it is shown after the "
    "listed articles (add it to contents to place it)",
    "not_utf8": "{path}: not UTF-8 text; save it as UTF-8",
    "no_front_matter": "{path}: the file must start with front matter between +++ lines",
    "front_matter_toml": lambda p: (
        f"{p['path']}, line {p['line']}{_more(p['column'], ', column {}')}: "
        f"front matter is not valid TOML ({p['reason']})"
    ),
    "bad_kind": '{path}: kind must be "article" or "book", not {kind!r}',
    "bad_pdf_pages": "{path}: pdf_pages must be a list of page numbers from 1, like [5, 6]",
    "issue_file_missing": "{path}: missing; every issue folder needs an {name}",
    "not_toml": "{path}: not valid TOML ({reason})",
    "field_missing": "{path}: the field {field!r} is missing",
    "field_kind": lambda p: (
        f"{p['path']}: the field {p['field']!r} must be {_KINDS.get(p['kind'], p['kind'])}, "
        f"not {p['value']}"
    ),
    # core/library/verify.py
    "not_a_bundle": "{path}: not an issue bundle (no issue.toml)",
    "id_not_folder_name": "{path}: id {issue!r} differs from the folder name",
    "source_missing": "{path}: the raw source is missing; re-import the issue to restore it",
    "source_checksum": "{path}: does not match source_sha256 in issue.toml",
    "empty_title": "{path}: article {article} has an empty title",
    "empty_body": lambda p: (
        f"{p['path']}: article {p['article']}{' (“' + p['title'] + '”)' if p['title'] else ''} "
        "has an empty body"
    ),
    "original_missing": "{path}: the original PDF is missing; re-import the issue to restore it",
    "original_checksum": "{path}: does not match original_sha256 in issue.toml; re-import the "
    "issue",
    "ocr_missing": "{path}: the scan's recognised text is missing; re-import the issue to "
    "restore it",
    "ocr_damaged": "{path}: the scan's recognised text cannot be read ({reason}); re-import the "
    "issue",
    "ocr_other_scan": "{path}: was recognised from another scan than original.pdf; re-import "
    "the issue",
    # core/pdf/original.py
    "pdf_missing": "{path}: the original PDF is missing; re-import the issue to restore it",
    "pdf_unreadable": "{path}: the original PDF cannot be read ({reason}); re-import the issue "
    "to restore it",
    "no_such_page": "{path}: has {pages} pages, not page {page}; check pdf_pages in the "
    "article's front matter",
    "page_too_large": lambda p: (
        f"{p['path']}: page {p['page']} is {points_text(p['width'])} × "
        f"{points_text(p['height'])} pt, larger than the {points_text(p['limit'])} pt a side "
        "that PDF allows; it is not shown"
    ),
    "page_too_small": lambda p: (
        f"{p['path']}: page {p['page']} is {points_text(p['width'])} × "
        f"{points_text(p['height'])} pt, smaller than the {points_text(p['limit'])} pt a side "
        "that PDF allows; it is not shown"
    ),
    "no_original": "{article}: this article has no original pages (issue {issue} was imported "
    "as text)",
    "bad_dpi": "--dpi {dpi:g}: choose a resolution from {low} to {high} dpi",
    "no_original_pages": "{path}: there are no original pages to export",
    # core/importer/pagecopy.py: a printed page's text (copy, `show --text`)
    "page_text_unreadable": "{path}: a page cannot be read ({reason})",
    # core/share/
    "share_busy": lambda p: (
        f"{p['path']}: {_holder(p)} is publishing to this share; nothing was changed. Try "
        f"again when it has finished (a lock left by a crashed machine expires after "
        f"{p['minutes']} minutes: {p['lock']})"
    ),
    "share_unreachable": "{path}: the shared library folder cannot be reached; nothing was "
    "changed. Check the network share and the policy's library_folders",
    "share_unwritable": "{path}: cannot write the shared library ({reason}). Workstations still "
    "see the last complete publication; check the share's space and this account's write "
    "access, then run `reader-app-cli publish`",
    "share_index_failed": "{path}: the new search index could not be built",
    "not_on_share": lambda p: (
        f"{p['path']}: no issue {p['issue']!r} on the shared library"
        + (" (it is bundled with the app and cannot be removed)" if p["bundled"] else "")
        + "; nothing was changed. `reader-app-cli list` shows the ids"
    ),
    # core/base/fileformat.py, core/search/index.py
    "wrong_format": '{path}: not a {kind} (no "format": "{format}")',
    "wrong_version": "{path}: {kind} version {version} is not supported (this program reads "
    "version {readable}); update the program",
    "index_unwritable": "{path}: cannot write the search index ({reason}); the library is "
    "unchanged. Free some disk space or check the folder's permissions, then try again.",
    # core/importer/, core/pdf/pdfengine.py: refusals
    "at_line": "line {line}",
    "at_pdf_page": "PDF page {page}",
    "no_such_file": "{path}: no such file; check the path.",
    "is_folder": lambda p: (
        f"{p['path']}: this is a folder; choose the issue's "
        f"{'PDF' if p['want'] == 'pdf' else 'text file'}."
    ),
    "not_a_file": lambda p: (
        f"{p['path']}: {_NOT_A_FILE.get(p['kind'], 'this is not a regular file')}; choose the "
        "issue's text file."
    ),
    "import_unreadable": "{path}: cannot be read ({reason}).",
    "empty_file": "{path}: the file is empty; choose the issue's text file.",
    "binary_file": "{path}: this is a binary file, not an issue; import the issue's PDF itself "
    "or its text (UTF-8, UTF-16 or GB18030).",
    "unknown_encoding": "{path}: the text encoding cannot be read (tried UTF-8, UTF-16, "
    "GB18030); save the file as UTF-8 and import it again.",
    "text_too_big": "{path}: the file is {mb} MB; an issue's text file may be at most "
    "{limit_mb} MB. Check that you chose the issue's text file.",
    "file_grew": "{path}: the file is larger than {limit_mb} MB (it grew while it was read), "
    "far larger than an issue; check that you chose the issue's text file.",
    "not_an_issue": "{path}: this is not an issue of 《信息摘编》: no masthead "
    '("2022年（总第十八期）") and no table of contents were found.',
    "no_masthead": '{path}: no issue line such as "2022年（总第十八期）" was found before the '
    "table of contents ({at}); add it at the top of the file.",
    "no_contents": "{path}: no table of contents (目录, then one title and page number per "
    "line) was found; this file cannot be imported.",
    "no_article_found": "{path}: none of the {count} articles in the table of contents was "
    "found in the text; this file cannot be imported.",
    "truncated": "{path}: the file looks truncated: it ends at {at} before the last {missing} "
    "of {count} articles in the table of contents (from “{title}”, page {page}); export the "
    "issue again or remove those entries from the table of contents.",
    "text_twice": "{path}: a second masthead/contents was found at {at}: the issue's text "
    "seems to be in the file twice; keep one copy and import it again.",
    "article_too_long": "{path}: the article “{title}” ({at}) has {chars:,} characters, more "
    "than the limit of {limit:,} per article; check for a missing title or text pasted in by "
    "mistake, then import again.",
    "not_a_pdf": "{path}: named .pdf but is not a PDF (no %PDF header); the file is damaged or "
    "mislabelled: get the issue's PDF again.",
    "pdf_too_big": "{path}: the PDF is {mb} MB, larger than the {limit_mb} MB an issue may "
    "have; check that you chose the issue's PDF.",
    "pdf_no_text": "{path}: the PDF has no text layer (scanned pages are images) and text "
    'recognition is not installed: on a staff machine run pip install -e ".[ocr]" (or use '
    "the staff package), or import the PDF as exported by the typesetter.",
    "import_cancelled": "{path}: the import was cancelled; nothing was added.",
    "pdf_too_many_pages": "{path}: the PDF has {pages:,} pages, more than the {limit:,} an "
    "issue may have; nothing was written. Check that you chose the issue's PDF.",
    "pdf_page_damaged": "{path}: a page of the PDF is damaged and cannot be read; get the file "
    "again and import that.",
    "pdf_password": "{path}: the PDF is protected by a password; ask the sender for the PDF "
    "without a password and import that.",
    "pdf_encrypted": "{path}: the PDF is encrypted in a way that cannot be opened; ask the "
    "sender for the PDF without encryption.",
    "pdf_damaged": "{path}: the PDF is damaged or truncated and cannot be read; get the file "
    "again (download or copy it anew) and import that.",
    "file_changed": "{path}: the file changed while it was being read; nothing was written. "
    "Wait until it has been copied completely and import it again.",
    "pdf_too_slow": "{path}: this PDF needs more than {seconds:g} s to read, the time an import "
    "may take; nothing was written. Check that you chose the issue's PDF, or export it again "
    "from the typesetting program.",
    "pdf_too_hungry": "{path}: this PDF needs more than {mb} MB of memory to read (the memory "
    "an import may use); nothing was written. Check that you chose the issue's PDF, or export "
    "it again from the typesetting program.",
    "pdf_reader_crashed": "{path}: the PDF reader crashed on this file ({how}); nothing was "
    "written. The file is damaged: get the issue's PDF again.",
    # core/importer/: the report's warnings (keys are the warnings' codes)
    "cut-character": "the file ends in the middle of a character: line {line} was cut short; "
    "check that the whole issue was exported",
    "no-period": "the masthead gives no collection period (搜集时间)",
    "toc-entry-missing": "TOC entry “{title}” (page {page}) has no article in the body",
    "title-not-in-toc": "article “{title}” is not in the table of contents",
    "no-source": "“{title}” has no source line (outlet and date)",
    "no-url": "“{title}” has no original URL",
    "empty-body": "“{title}” has no text",
    "cut-sentence": "“{title}” ends in the middle of a sentence; check the raw text",
    "date-outside-period": "“{title}”: date {date} is outside the collection period "
    "{start} – {end}",
    "no-books": "图书推荐 lists no book with 书名",
    "control-characters": "{what} “{title}”: control characters removed; check the raw text",
    "duplicate-article": "“{title}” at line {line} repeats the article at line {first} word "
    "for word; both were kept: delete one copy from the raw text and import again with "
    "--replace",
    "toc-page-differs": "“{title}” starts on printed page {printed}, the table of contents "
    "says {toc}; page {printed} is kept",
    "kept-correction": "“{title}”: staff's hand correction kept over the new recognition",
    "ocr-unsure": "recognition unsure ({confidence} %) of the line “{text}”: check it against "
    "the scan",
    "footers-restart": "the page footers start again at PDF page {pdf}; the pages are numbered "
    "{first}–{last} as the table of contents numbers them, each footer's own number is kept "
    "beside it",
    # reader_app/cli/trends.py
    "not_in_index": "no article {article!r} in the search index; `reader-app-cli list ISSUE` "
    "shows the ids",
    # reader_app/cli/services.py
    "stats_db_damaged": "{path}: the statistics database is damaged ({reason}); move the file "
    "away (a new one is started) and merge a recent export back",
    "stats_export_needs_file": "stats --export needs a FILE (no statistics_drop_folder in the "
    "machine policy)",
    "stats_merge_needs_files": "stats --merge needs FILE… (or a statistics_drop_folder in the "
    "policy)",
}


#: Each kind of import warning (core/importer/report.py: the codes) as its group's head.
GROUP_LABELS = {
    "toc-page-differs": "article's page differs from the table of contents",
    "title-not-in-toc": "article not in the table of contents",
    "toc-entry-missing": "table-of-contents entry without an article",
    "duplicate-article": "article repeated word for word",
    "date-outside-period": "date outside the collection period",
    "no-url": "no original URL",
    "no-source": "no source line",
    "empty-body": "article without text",
    "cut-sentence": "article ends in the middle of a sentence",
    "cut-character": "file cut in the middle of a character",
    "no-period": "no collection period",
    "no-books": "no book in 图书推荐",
    "control-characters": "control characters removed",
    "kept-correction": "hand correction kept",
    "ocr-unsure": "recognition unsure",
    "footers-restart": "page footers restart",
}


def text(message: Message) -> str:
    """One message in the CLI's words (a value that is itself a Message is worded first)."""
    values = {k: text(v) if isinstance(v, Message) else v for k, v in message.params}
    wording = MESSAGES.get(message.key) or ERRORS.get(message.key)
    if wording is None:  # a key this CLI does not know (a newer core): still say something
        return str(message)
    said = wording(values) if callable(wording) else wording.format(**values)
    # A path taken out of a staged bundle's problem (the bundle itself) leaves ": ".
    return said[2:] if said.startswith(": ") else said


def error_text(exc: ReaderError) -> str:
    """A core error in the CLI's words: the fact, and what to type about it."""
    return text(exc.message)


def warning_text(item: ReportItem) -> str:
    """One import warning as the report's JSON says it (a PDF's page first)."""
    if item.pdf_page is None:
        return text(item.message)
    printed = f" (printed page {item.printed_page})" if item.printed_page else ""
    return f"PDF page {item.pdf_page}{printed}: {text(item.message)}"


def report_encoding(report: ImportReport) -> str:
    if report.pdf_pages is not None:
        return f"{report.encoding}, {report.pdf_pages} pages"
    return report.encoding


def report_data(report: ImportReport) -> dict[str, object]:
    """The import report as ``import --json`` gives it."""
    issue = report.issue
    return {
        "file": report.file_name,
        "encoding": report_encoding(report),
        "issue": issue.id if issue else None,
        "title": issue.display_title if issue else None,
        "articles": report.article_count(),
        "books": report.book_count(),
        "sections": report.section_counts(),
        **({"recognised": report.recognised} if report.recognised else {}),
        "warnings": [
            {"line": w.line, "code": w.code, "message": warning_text(w)} for w in report.warnings
        ],
        "warning_groups": [
            {
                "code": g.code,
                "label": group_label(g.code),
                "count": g.count,
                "items": [{"line": w.line, "message": warning_text(w)} for w in g.items],
            }
            for g in report.groups()
        ],
    }


def recognition_progress_text(name: str, done: int, total: int, left: float | None) -> str:
    """One line of a scan's recognition: "2022-18.pdf: recognising page 3 of 48, about 2 min left"."""
    if done == 0:
        return f"{name}: a scan: recognising its text, {total} page(s)…"
    when = ""
    if left is not None and done < total:
        when = f", about {left / 60:.0f} min left" if left >= 90 else f", about {left:.0f} s left"
    return f"{name}: recognised page {done} of {total}{when}"


def _where(report: ImportReport, item: ReportItem) -> str:
    where = f"{report.file_name}:{item.line}" if item.line else report.file_name
    return f"{where}: {warning_text(item)}"


def group_label(code: str) -> str:
    """A kind of import warning, as the head of its group ("no original URL")."""
    return GROUP_LABELS.get(code, code)


def report_text(report: ImportReport, verbose: bool = False) -> str:
    """The report as staff read it in a terminal: one line per kind of warning.

    A kind seen more than once is counted with its first warning; conflicts (and every
    kind, ``verbose``) list all of theirs.
    """
    lines = [f"{report.file_name} ({report_encoding(report)})"]
    if report.issue is not None:
        counts = report.section_counts()
        lines.append(
            f"  {report.issue.display_title}: {report.article_count()} articles, "
            f"{report.book_count()} books, {len(counts)} sections"
        )
        lines.extend(f"    {name}: {count}" for name, count in counts.items())
    if report.recognised:
        unsure = sum(1 for w in report.warnings if w.code == "ocr-unsure")
        lines.append(
            f"  a scan: its text was recognised by {report.recognised}; "
            f"{unsure} line(s) unsure (listed below)"
        )
    if report.warnings:
        groups = report.groups()
        lines.append(f"  {len(report.warnings)} warning(s) of {len(groups)} kind(s):")
        for g in groups:
            if g.count == 1:
                lines.append(f"    {_where(report, g.items[0])}")
            elif g.conflict or verbose:  # the parts disagree: every one is worth reading
                lines.append(f"    {g.count} × {group_label(g.code)}:")
                lines.extend(f"      {_where(report, w)}" for w in g.items)
            else:
                lines.append(
                    f"    {g.count} × {group_label(g.code)} "
                    f"(first: {_where(report, g.items[0])}; --verbose lists all)"
                )
    else:
        lines.append("  no warnings")
    return "\n".join(lines)


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
