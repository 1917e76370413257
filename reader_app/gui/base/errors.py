"""User-facing errors in the window: one dialog, details in the log file.

The core's errors and a library's problems are Messages (``core/base/messages.py``);
``message_text`` words each key in the UI's language, saying what to do in the
window's terms (a check box, a menu, the problems button), never a command to type.
The CLI words the same keys in ``reader_app/cli/text.py``.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from reader_app.core.base.errors import ReaderError, os_reason, shorten
from reader_app.core.base.messages import Message
from reader_app.core.machine.logsetup import log_file
from reader_app.core.pdf.original import OriginalPageError, points_text
from reader_app.gui.base import plaintext
from reader_app.output.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

#: The window's words for each core key; ``{name}`` stands for the message's value.
#: (Keys of the search and the import report are worded in gui/search/searchtext.py and
#: gui/library/importdialog.py.)
# fmt: off
WORDS = {
    # statistics (core/services/stats.py)
    "stats_off": QT_TRANSLATE_NOOP("errors", "Statistics are switched off on this computer by the machine policy."),
    "stats_public_no_folder": QT_TRANSLATE_NOOP("errors", "Statistics are not kept on this public workstation: the machine policy names no folder for them. Ask IT to set statistics_folder."),
    "stats_folder_on_network": QT_TRANSLATE_NOOP("errors", "{path}: the statistics folder is on a network share, where it cannot be kept safely. Ask IT to name a local folder."),
    "stats_db_unopenable": QT_TRANSLATE_NOOP("errors", "{path}: the statistics cannot be opened ({reason}). Ask IT to check the folder's permissions."),
    "stats_db_damaged": QT_TRANSLATE_NOOP("errors", "{path}: the statistics file is damaged ({reason}). Ask IT to move it away; a new one is started."),
    "stats_export_not_json": QT_TRANSLATE_NOOP("errors", "{path}: this is not a statistics export."),
    "stats_rows_not_list": QT_TRANSLATE_NOOP("errors", "{path}: this statistics export is damaged (its rows are missing)."),
    "stats_bad_row": QT_TRANSLATE_NOOP("errors", "{path}: row {row} of this statistics export is damaged; nothing was merged."),
    "stats_export_needs_file": QT_TRANSLATE_NOOP("errors", "Choose a file to export the statistics to."),
    "stats_merge_needs_files": QT_TRANSLATE_NOOP("errors", "Choose the statistics files to merge."),
    "file_unreadable": QT_TRANSLATE_NOOP("errors", "{path}: cannot be read ({reason})."),
    # reading lists (core/services/readinglists.py)
    "list_needs_name": QT_TRANSLATE_NOOP("errors", "A reading list needs a name."),
    "list_name_too_long": QT_TRANSLATE_NOOP("errors", "A reading list's name may have at most {limit} characters."),
    "list_bad_name": QT_TRANSLATE_NOOP("errors", "{path}: this reading list has no valid name (1 to {limit} characters)."),
    "list_bad_description": QT_TRANSLATE_NOOP("errors", "{path}: this reading list's description is damaged."),
    "list_items_not_list": QT_TRANSLATE_NOOP("errors", "{path}: this reading list's items are missing or damaged."),
    "list_item_no_article": QT_TRANSLATE_NOOP("errors", "{path}: item {item} of this reading list names no article."),
    "list_item_bad_texts": QT_TRANSLATE_NOOP("errors", "{path}: item {item} of this reading list has a damaged note or title (a note may have at most {limit} characters)."),
    "list_item_twice": QT_TRANSLATE_NOOP("errors", "{path}: item {item} of this reading list names the article {article} a second time."),
    "list_not_json": QT_TRANSLATE_NOOP("errors", "{path}: this is not a reading list file."),
    "no_such_list": QT_TRANSLATE_NOOP("errors", "There is no reading list named “{name}”; the Reading lists tab shows them all."),
    "no_such_list_here": QT_TRANSLATE_NOOP("errors", "There is no reading list named “{name}”; the Reading lists tab shows them all."),
    "list_exists": QT_TRANSLATE_NOOP("errors", "A reading list named “{name}” exists already; choose another name."),
    "list_import_exists": QT_TRANSLATE_NOOP("errors", "A reading list named “{name}” exists already; nothing was changed. Rename or delete that list first."),
    # topics (定题: core/services/topics.py, topicfile.py, compilation.py); the Topics tab
    "no_such_topic": QT_TRANSLATE_NOOP("errors", "There is no topic named “{name}”; the Topics tab shows them all."),
    "no_such_topic_here": QT_TRANSLATE_NOOP("errors", "There is no topic named “{name}”; the Topics tab shows them all."),
    "not_a_topic": QT_TRANSLATE_NOOP("errors", "“{name}” is a reading list, not a topic; the Topics tab shows the topics."),
    "topic_exists": QT_TRANSLATE_NOOP("errors", "A topic named “{name}” exists already; nothing was changed. Choose another name, or select that topic in the Topics tab and click “Edit Query…” to give it this query."),
    "topic_name_is_a_list": QT_TRANSLATE_NOOP("errors", "A reading list named “{name}” exists already; nothing was changed. Choose another name for the topic."),
    "topic_file_exists": QT_TRANSLATE_NOOP("errors", "A file for the name “{name}” exists already; choose another name."),
    "topic_note_too_long": QT_TRANSLATE_NOOP("errors", "A note for the accepted articles may have at most {limit} characters; nothing was changed."),
    "topic_unknown_articles": QT_TRANSLATE_NOOP("errors", "These articles are not in the library: {articles}; nothing was changed. They may have been removed."),
    "topic_needs_query": QT_TRANSLATE_NOOP("errors", "A topic needs a query: the words to look for in every new issue."),
    "topic_query_too_long": QT_TRANSLATE_NOOP("errors", "A topic's query may have at most {limit} characters."),
    "topic_bad_date": QT_TRANSLATE_NOOP("errors", "“{value}” is not a date; write it as YYYY-MM-DD, for example 2022-11-21."),
    "topic_dates_reversed": QT_TRANSLATE_NOOP("errors", "The dates start ({start}) after they end ({end}); swap the From and To dates."),
    "topic_not_object": QT_TRANSLATE_NOOP("errors", "{path}: the topic in this reading list file is damaged."),
    "topic_bad_query": QT_TRANSLATE_NOOP("errors", "{path}: this topic's query is damaged: {reason}"),
    "topic_field_not_text": QT_TRANSLATE_NOOP("errors", "{path}: this topic's filter “{field}” is damaged (it must be a text)."),
    "topic_bad_dates": QT_TRANSLATE_NOOP("errors", "{path}: this topic's dates are damaged: {reason}"),
    "topic_bad_expand": QT_TRANSLATE_NOOP("errors", "{path}: this topic's related-terms switch is damaged."),
    "topic_bad_dismissed": QT_TRANSLATE_NOOP("errors", "{path}: this topic's list of dismissed articles is damaged."),
    "topic_new_not_list": QT_TRANSLATE_NOOP("errors", "{path}: this topic's list of new articles is damaged."),
    "topic_bad_new_entry": QT_TRANSLATE_NOOP("errors", "{path}: entry {entry} of this topic's new articles is damaged."),
    "topic_bad_checked": QT_TRANSLATE_NOOP("errors", "{path}: this topic's record of the issues it has searched is damaged."),
    # the library (core/library/)
    "issue_id_twice": QT_TRANSLATE_NOOP("errors", "{path}: the issue id {issue} is also used by {other}; only {shown} is shown."),
    "issue_id_hides": QT_TRANSLATE_NOOP("errors", "{path}: the issue id {issue} hides the issue in {other} ({articles} articles), which is not shown."),
    "article_id_twice": QT_TRANSLATE_NOOP("errors", "{path}: the article id {article} is also used by {other} (issue {issue}); only that one opens from a link or list."),
    "no_such_issue": QT_TRANSLATE_NOOP("errors", "The issue {issue} is not in the library; it may have been removed."),
    "article_damaged": QT_TRANSLATE_NOOP("errors", "The article {article} cannot be opened: its issue's files are damaged. The “⚠ … problem(s) in the library” button in the status bar lists what is wrong; importing the issue again repairs it."),
    "no_such_article": QT_TRANSLATE_NOOP("errors", "The article {article} is not in the library; it may have been removed, or this list was made for another library."),
    "issue_exists": QT_TRANSLATE_NOOP("errors", "Issue {issue} is already in the library; nothing was changed. Import it again and tick “Replace the issue already in the library” to replace it."),
    "issue_folder_exists": QT_TRANSLATE_NOOP("errors", "Issue {issue} is already in the library; nothing was changed. Import it again and tick “Replace the issue already in the library” to replace it."),
    "import_running": QT_TRANSLATE_NOOP("errors", "Another import is still running; nothing was changed. Try again when it has finished."),
    "issue_unwritable": QT_TRANSLATE_NOOP("errors", "{path}: the issue cannot be written ({reason}); the library is unchanged. Free some disk space or ask IT to check the folder's permissions."),
    "import_fails_verify": QT_TRANSLATE_NOOP("errors", "{path}: the issue read from this file is not sound ({problem}); nothing was written. A PDF whose layout is not understood can be imported as its text instead."),
    "unsafe_issue_id": QT_TRANSLATE_NOOP("errors", "The issue id {issue} cannot be a folder name."),
    "bundle_version": QT_TRANSLATE_NOOP("errors", "{path}: this issue was saved by a newer version of the program; update the program or import the issue again."),
    "bad_id": QT_TRANSLATE_NOOP("errors", "{path}: the id {id} may hold only letters, digits, - and _ (at most 64 characters)."),
    "bad_editors": QT_TRANSLATE_NOOP("errors", "{path}: the list of editors is damaged."),
    "no_articles_folder": QT_TRANSLATE_NOOP("errors", "{path}: the issue's articles folder is missing."),
    "listed_article_missing": QT_TRANSLATE_NOOP("errors", "{path}: an article of the issue is missing."),
    "article_id_in_issue_twice": QT_TRANSLATE_NOOP("errors", "{path}: the article id {article} is also used by {other} in the same issue."),
    "no_readable_articles": QT_TRANSLATE_NOOP("errors", "{path}: the issue has no readable article."),
    "bad_original_name": QT_TRANSLATE_NOOP("errors", "{path}: the name of the issue's original PDF is damaged."),
    "bad_pages_entry": QT_TRANSLATE_NOOP("errors", "{path}: page entry {entry} is damaged."),
    "bad_contents_entry": QT_TRANSLATE_NOOP("errors", "{path}: the contents entry {entry} is damaged."),
    "article_not_listed": QT_TRANSLATE_NOOP("errors", "{path}: this article is not in the issue's contents; it is shown after the others."),
    "not_utf8": QT_TRANSLATE_NOOP("errors", "{path}: the file is damaged (not UTF-8 text)."),
    "no_front_matter": QT_TRANSLATE_NOOP("errors", "{path}: the file is damaged (its header is missing)."),
    "front_matter_toml": QT_TRANSLATE_NOOP("errors", "{path}: the file's header is damaged at line {line}."),
    "bad_kind": QT_TRANSLATE_NOOP("errors", "{path}: the file is damaged (unknown kind {kind})."),
    "bad_pdf_pages": QT_TRANSLATE_NOOP("errors", "{path}: the article's PDF pages are damaged."),
    "issue_file_missing": QT_TRANSLATE_NOOP("errors", "{path}: the issue's description file is missing."),
    "not_toml": QT_TRANSLATE_NOOP("errors", "{path}: the issue's description file is damaged."),
    "field_missing": QT_TRANSLATE_NOOP("errors", "{path}: the field {field} is missing."),
    "field_kind": QT_TRANSLATE_NOOP("errors", "{path}: the field {field} has a value of the wrong kind ({value})."),
    "not_a_bundle": QT_TRANSLATE_NOOP("errors", "{path}: this folder is not an issue (it has no issue.toml)."),
    "id_not_folder_name": QT_TRANSLATE_NOOP("errors", "{path}: the issue id {issue} differs from its folder's name."),
    "source_missing": QT_TRANSLATE_NOOP("errors", "{path}: the issue's raw text is missing; importing the issue again restores it."),
    "source_checksum": QT_TRANSLATE_NOOP("errors", "{path}: the issue's raw text was changed after the import; importing the issue again restores it."),
    "empty_title": QT_TRANSLATE_NOOP("errors", "{path}: the article {article} has no title."),
    "empty_body": QT_TRANSLATE_NOOP("errors", "{path}: the article {article} has no text."),
    "original_missing": QT_TRANSLATE_NOOP("errors", "{path}: the issue's original PDF is missing; importing the issue again restores it."),
    "original_checksum": QT_TRANSLATE_NOOP("errors", "{path}: the issue's original PDF was changed after the import; importing the issue again restores it."),
    "ocr_missing": QT_TRANSLATE_NOOP("errors", "{path}: the scan's recognised text is missing; importing the issue again restores it."),
    "ocr_damaged": QT_TRANSLATE_NOOP("errors", "{path}: the scan's recognised text cannot be read ({reason}); importing the issue again restores it."),
    "ocr_other_scan": QT_TRANSLATE_NOOP("errors", "{path}: the recognised text belongs to another scan than the issue's PDF; importing the issue again restores it."),
    # the original PDF (core/pdf/original.py; the page view words these itself)
    "pdf_missing": QT_TRANSLATE_NOOP("errors", "the issue's PDF is missing; import the issue again to restore it"),
    "pdf_unreadable": QT_TRANSLATE_NOOP("errors", "the issue's PDF cannot be read; import the issue again to restore it"),
    "no_such_page": QT_TRANSLATE_NOOP("errors", "the issue's PDF has {pages} pages, not page {page}; import the issue again"),
    "page_too_large": QT_TRANSLATE_NOOP("errors", "page {page} is too large to show"),
    "page_too_small": QT_TRANSLATE_NOOP("errors", "page {page} is too small to show"),
    "no_original": QT_TRANSLATE_NOOP("errors", "This article has no printed pages: its issue was imported as text."),
    "bad_dpi": QT_TRANSLATE_NOOP("errors", "Choose a resolution from {low} to {high} dpi."),
    "no_original_pages": QT_TRANSLATE_NOOP("errors", "There are no printed pages to save."),
    "page_text_unreadable": QT_TRANSLATE_NOOP("errors", "{path}: a page of the issue's PDF cannot be read; import the issue again to restore it."),
    # the search index (reader_app/cli/trends.py: `related`)
    "not_in_index": QT_TRANSLATE_NOOP("errors", "The article {article} is not in the search index; it may have been removed."),
    # the reading-room share (core/share/)
    "share_busy": QT_TRANSLATE_NOOP("errors", "Another staff computer is publishing to the shared library; nothing was changed. Try again in a few minutes."),
    "share_unreachable": QT_TRANSLATE_NOOP("errors", "{path}: the shared library cannot be reached; nothing was changed. Check the network connection, or ask IT."),
    "share_unwritable": QT_TRANSLATE_NOOP("errors", "{path}: the shared library cannot be written ({reason}); workstations still see the last complete publication. Ask IT to check the share's space and your write access."),
    "share_index_failed": QT_TRANSLATE_NOOP("errors", "The shared library's search index could not be built; workstations still see the last complete publication."),
    "not_on_share": QT_TRANSLATE_NOOP("errors", "The issue {issue} is not on the shared library (or came with the program and cannot be removed); nothing was changed."),
    # staff files (core/base/fileformat.py), the search index (core/search/index.py)
    "wrong_format": QT_TRANSLATE_NOOP("errors", "{path}: this is not a {kind} file."),
    "wrong_version": QT_TRANSLATE_NOOP("errors", "{path}: this file was made by a newer version of the program; update the program."),
    "index_unwritable": QT_TRANSLATE_NOOP("errors", "{path}: the search index cannot be written ({reason}); the library is unchanged. Free some disk space or ask IT to check the folder's permissions."),
    # what cannot be imported (core/importer/, core/pdf/pdfengine.py)
    "at_line": QT_TRANSLATE_NOOP("errors", "line {line}"),
    "at_pdf_page": QT_TRANSLATE_NOOP("errors", "PDF page {page}"),
    "no_such_file": QT_TRANSLATE_NOOP("errors", "{path}: there is no such file."),
    "is_folder": QT_TRANSLATE_NOOP("errors", "{path}: this is a folder; choose the issue's PDF or text file."),
    "not_a_file": QT_TRANSLATE_NOOP("errors", "{path}: this is not a file; choose the issue's PDF or text file."),
    "import_unreadable": QT_TRANSLATE_NOOP("errors", "{path}: cannot be read ({reason})."),
    "empty_file": QT_TRANSLATE_NOOP("errors", "{path}: the file is empty; choose the issue's text file."),
    "binary_file": QT_TRANSLATE_NOOP("errors", "{path}: this is not an issue; choose the issue's PDF or its text (UTF-8, UTF-16 or GB18030)."),
    "unknown_encoding": QT_TRANSLATE_NOOP("errors", "{path}: the text's encoding cannot be read; save the file as UTF-8 and import it again."),
    "text_too_big": QT_TRANSLATE_NOOP("errors", "{path}: the file is {mb} MB; an issue's text may be at most {limit_mb} MB. Check that you chose the issue's text file."),
    "file_grew": QT_TRANSLATE_NOOP("errors", "{path}: the file grew past {limit_mb} MB while it was read; check that you chose the issue's text file."),
    "not_an_issue": QT_TRANSLATE_NOOP("errors", "{path}: this is not an issue of 《信息摘编》: it has no masthead (“2022年（总第十八期）”) and no table of contents."),
    "no_masthead": QT_TRANSLATE_NOOP("errors", "{path}: there is no issue line such as “2022年（总第十八期）” before the table of contents ({at}); add it at the top of the file."),
    "no_contents": QT_TRANSLATE_NOOP("errors", "{path}: there is no table of contents (目录, then one title and page number a line); this file cannot be imported."),
    "no_article_found": QT_TRANSLATE_NOOP("errors", "{path}: none of the {count} articles of the table of contents is in the text; this file cannot be imported."),
    "truncated": QT_TRANSLATE_NOOP("errors", "{path}: the file seems cut short: it ends at {at}, before the last {missing} of {count} articles of the table of contents (from “{title}”, page {page}). Export the issue again."),
    "text_twice": QT_TRANSLATE_NOOP("errors", "{path}: a second masthead and contents are at {at}: the issue's text seems to be in the file twice; keep one copy and import it again."),
    "article_too_long": QT_TRANSLATE_NOOP("errors", "{path}: the article “{title}” ({at}) has {chars} characters, more than the {limit} an article may have; check for a missing title or text pasted in by mistake."),
    "not_a_pdf": QT_TRANSLATE_NOOP("errors", "{path}: this file is named .pdf but is not a PDF; it is damaged or mislabelled: get the issue's PDF again."),
    "pdf_too_big": QT_TRANSLATE_NOOP("errors", "{path}: the PDF is {mb} MB, larger than the {limit_mb} MB an issue may have; check that you chose the issue's PDF."),
    "pdf_no_text": QT_TRANSLATE_NOOP("errors", "{path}: the PDF has no text (its pages are scanned images) and text recognition is not installed: install the staff package or run pip install -e \".[ocr]\", or import the PDF as exported by the typesetter."),
    "import_cancelled": QT_TRANSLATE_NOOP("errors", "{path}: the import was cancelled; nothing was added."),
    "pdf_too_many_pages": QT_TRANSLATE_NOOP("errors", "{path}: the PDF has {pages} pages, more than the {limit} an issue may have; check that you chose the issue's PDF."),
    "pdf_page_damaged": QT_TRANSLATE_NOOP("errors", "{path}: a page of the PDF is damaged; get the file again and import that."),
    "pdf_password": QT_TRANSLATE_NOOP("errors", "{path}: the PDF is protected by a password; ask the sender for the PDF without a password."),
    "pdf_encrypted": QT_TRANSLATE_NOOP("errors", "{path}: the PDF is encrypted in a way that cannot be opened; ask the sender for the PDF without encryption."),
    "pdf_damaged": QT_TRANSLATE_NOOP("errors", "{path}: the PDF is damaged or incomplete; get the file again (download or copy it anew) and import that."),
    "file_changed": QT_TRANSLATE_NOOP("errors", "{path}: the file changed while it was read; nothing was written. Wait until it has been copied completely and import it again."),
    "pdf_too_slow": QT_TRANSLATE_NOOP("errors", "{path}: this PDF takes longer than {seconds} s to read; nothing was written. Check that you chose the issue's PDF, or export it again."),
    "pdf_too_hungry": QT_TRANSLATE_NOOP("errors", "{path}: this PDF needs more than {mb} MB of memory to read; nothing was written. Check that you chose the issue's PDF, or export it again."),
    "pdf_reader_crashed": QT_TRANSLATE_NOOP("errors", "{path}: the PDF could not be read; the file is damaged: get the issue's PDF again."),
}
# fmt: on


#: The kinds of staff file a header check names (core/base/fileformat.py's ``kind``).
FILE_KINDS = {
    "reading list": QT_TRANSLATE_NOOP("errors", "reading list"),
    "statistics export": QT_TRANSLATE_NOOP("errors", "statistics export"),
}


def _value(value: Any) -> str:
    if isinstance(value, Message):
        return message_text(value)
    if isinstance(value, tuple | list):
        return QCoreApplication.translate("errors", ", ").join(_value(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def message_text(message: Message) -> str:
    """A core Message (an error, a library problem) in the UI's language.

    A key the window does not know (a newer core) is said as a generic line with the
    key, never as English prose.
    """
    wording = WORDS.get(message.key)
    if wording is None:
        log.warning("no window wording for %s", message)
        return QCoreApplication.translate("errors", "Something went wrong (%1).").replace(
            "%1", message.key
        )
    text = QCoreApplication.translate("errors", wording)
    for name, value in message.params:
        if name == "kind" and value in FILE_KINDS:
            value = QCoreApplication.translate("errors", FILE_KINDS[value])
        text = text.replace("{" + name + "}", _value(value))
    return text


def page_failure_reason(error: BaseException) -> str:
    """Why a page of the original PDF was not shown or printed, in the window's language.

    Never empty: a core OriginalPageError is worded from its ``code`` and figures,
    and any other failure (``MemoryError()`` has no text at all) by its kind.
    """
    if isinstance(error, OriginalPageError):
        figures = {name: points_text(value) for name, value in error.params.items()}
        if error.code == "page_too_large":
            text = QCoreApplication.translate(
                "errors", "the page is %1 × %2 pt, larger than the %3 pt a side this program shows"
            )
        elif error.code == "page_too_small":
            text = QCoreApplication.translate(
                "errors",
                "the page is %1 × %2 pt, smaller than the %3 pt a side this program shows",
            )
        elif error.code == "no_such_page":
            return (
                QCoreApplication.translate(
                    "errors", "the issue's PDF has %1 pages, not page %2; import the issue again"
                )
                .replace("%1", figures["pages"])
                .replace("%2", figures["page"])
            )
        elif error.code == "pdf_missing":
            return QCoreApplication.translate(
                "errors", "the issue's PDF is missing; import the issue again to restore it"
            )
        else:
            return QCoreApplication.translate(
                "errors", "the issue's PDF cannot be read; import the issue again to restore it"
            )
        return (
            text.replace("%1", figures["width"])
            .replace("%2", figures["height"])
            .replace("%3", figures["limit"])
        )
    if isinstance(error, MemoryError):
        return QCoreApplication.translate(
            "errors", "there is not enough memory to draw it; close other programs and try again"
        )
    if isinstance(error, OSError):
        what = f"{shorten(error.filename or '', 80)}: {os_reason(error)}".lstrip(": ")
        return QCoreApplication.translate("errors", "the PDF could not be read (%1)").replace(
            "%1", what
        )
    what = shorten(str(error), 120) or type(error).__name__
    return (
        QCoreApplication.translate(
            "errors", "the PDF could not be drawn (%1); details are in the log file:\n%2"
        )
        .replace("%1", what)
        .replace("%2", str(log_file()))
    )


def show_error(parent: QWidget | None, error: BaseException | str) -> None:
    """Show ``error`` as a dialog: a ReaderError's message, else a generic line + log path."""
    plaintext.critical(parent, QCoreApplication.translate("errors", "Error"), error_text(error))


def error_text(error: BaseException | str) -> str:
    """What the error dialog says: a ReaderError in the UI's words, else a generic line."""
    if isinstance(error, ReaderError):  # the CLI's advice is a command; ours, the window's
        message = message_text(error.message)
    elif isinstance(error, str):
        message = error
    else:
        log.error("unexpected error: %r", error)
        message = QCoreApplication.translate(
            "errors", "Something went wrong: %1\n\nDetails are in the log file:\n%2"
        )
        if isinstance(error, OSError):  # in words: never "[Errno 13] ...: '/...'"
            what = f"{shorten(error.filename or '', 80)}: {os_reason(error)}".lstrip(": ")
        else:
            what = shorten(str(error), 300) or type(error).__name__
        message = message.replace("%1", what).replace("%2", str(log_file()))
    return message


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log an uncaught exception and show a dialog instead of crashing the window."""
    log.critical("uncaught exception:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    try:
        show_error(QApplication.activeWindow(), value)
    except Exception:  # the dialog itself failed; the log has the details
        sys.__excepthook__(kind, value, tb)


def install_excepthook() -> None:
    sys.excepthook = excepthook
