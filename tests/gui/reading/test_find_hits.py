"""Issue 21: a search hit never opens with the find bar saying "No matches".

The index, its snippets and the pane's marks must see the same words, and Find in
article must match as the search does. Driven through the real window: search box →
result row → article → hit counter, and keys typed into the find bar.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QTextDocument
from PySide6.QtWidgets import QApplication

from reader_app.core.search.normalize import compact
from reader_app.core.text.render import body_text
from reader_app.gui.search.resultsmodel import HIT_ROLE
from reader_app.output.articlehtml import article_html
from tests.conftest import FIXTURES

ARTICLE = "052.md"  # the hand-edited article of the bundled copy

#: Words the pane shows, each written in the body in a way the index once read otherwise
#: (or the find bar matched otherwise).
SHOWN = {
    "癸子丑": "正文癸&#23376;丑。",  # a character reference: the pane shows 癸子丑
    "寅卯辰": "正文&lbrack;寅&#x536F;辰&rbrack;。",  # names Qt does not know
    "巳午未": "正文巳**午**未。",
    "申酉戌": "正文申\u200b酉\u00ad戌。",  # zero-width space, soft hyphen
    "亥鼠牛": "正文亥鼠\n牛。",  # a soft line break: a space in the pane
    "虎兔龙": "| 虎兔龙 | 甲 |\n|---|---|\n| 乙 | 丙 |",
    "蛇马羊": "见[蛇马羊](https://example.cn/a)。",
    "猴鸡狗": "1. 猴鸡狗\n2. 另一项",
    "ＫＬＭＱＺ": "屏幕ＫＬＭＱＺ。",  # full-width; the search folds it
    "龜鱉黿": "正文龜鱉黿。",  # traditional; typed simplified in the find bar
}
#: Words the body holds but the pane does not show as words: no hit without marks.
HIDDEN = {
    "甲乙丙": "正文甲<em>乙</em>丙。",  # raw HTML is shown as text, tag and all
    "丁戊己": "见[此处](https://example.cn/丁戊己)。",  # only a link's address
    "庚辛壬": "见[1]。\n\n[1]: https://example.cn/庚辛壬",  # a reference definition
    "壹贰叁": "见![图](https://example.cn/壹贰叁.png)。",  # an image's address
}
#: What a patron types into the find bar for each shown word.
TYPED = {"ＫＬＭＱＺ": "klmqz", "龜鱉黿": "龟鳖鼋"}


def _type(qtbot, widget, text: str) -> None:
    """ASCII as key presses; each Chinese character as an input-method commit."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            QApplication.sendEvent(widget, QInputMethodEvent("li", []))  # pre-edit
            commit = QInputMethodEvent()
            commit.setCommitString(char)
            QApplication.sendEvent(widget, commit)


def _hostile_bundle(bundled: Path) -> str:
    """Article 052 of the bundled copy with every case as a paragraph; returns its id."""
    path = bundled / "2022-18" / "articles" / ARTICLE
    text = path.read_text(encoding="utf-8")
    end = text.index("+++", 3) + 3
    body = "\n\n".join([*SHOWN.values(), *HIDDEN.values()])
    path.write_text(text[:end] + "\n\n" + body + "\n", encoding="utf-8")
    match = re.search(r'^id = "([^"]+)"$', text[:end], re.MULTILINE)
    assert match is not None
    return match[1]


def _search(window, qtbot, query: str) -> list:
    panel = window.search_panel
    panel.edit.setText(query)
    panel.run_now()
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)
    hits = [panel.model.index(row, 0).data(HIT_ROLE) for row in range(panel.model.rowCount())]
    window.search.fill_snippets(hits)  # the rows below the first page, as scrolling does
    return hits


def _open_row(window, qtbot, row: int) -> None:
    panel = window.search_panel
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(row, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)  # the patron's Enter on the result


def _no_hit_opens_unmarked(window, qtbot, query: str, also: str = "") -> list[str]:
    """Open every hit of ``query`` whose snippet marks something (and the hit on article
    ``also`` in any case); the ids opened."""
    opened = []
    for row, hit in enumerate(_search(window, qtbot, query)):
        if not hit.snippet_spans and hit.article != also:
            continue
        _open_row(window, qtbot, row)
        assert window.view.article is not None and window.view.article.id == hit.article
        marked = [hit.snippet_text[a:b] for a, b in hit.snippet_spans]
        assert window.view.mark_count > 0, (query, hit.article, marked)
        assert window.find_bar.showing_hits
        assert window.find_bar.label.text() == f"1 / {window.view.mark_count}"
        opened.append(hit.article)
    return opened


def test_hostile_bundle_shown_words_are_found_and_open_marked(bundled_copy, make_window, qtbot):
    article_id = _hostile_bundle(bundled_copy)
    window = make_window(language="en")
    for word in SHOWN:
        opened = _no_hit_opens_unmarked(window, qtbot, word, also=article_id)
        assert article_id in opened, f"{word}: shown in the article but not found"


def test_hostile_bundle_words_not_shown_never_open_unmarked(bundled_copy, make_window, qtbot):
    _hostile_bundle(bundled_copy)
    window = make_window(language="en")
    for word in HIDDEN:
        _no_hit_opens_unmarked(window, qtbot, word)  # found or not, never unmarked


def test_find_in_article_finds_every_word_the_pane_shows(bundled_copy, make_window, qtbot):
    article_id = _hostile_bundle(bundled_copy)
    window = make_window(language="en")
    window.open_article(article_id)
    for word in SHOWN:
        qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert window.find_bar.edit.isVisible()
        window.find_bar.edit.clear()
        _type(qtbot, window.find_bar.edit, TYPED.get(word, word))
        assert window.view.mark_count >= 1, (word, window.find_bar.label.text())
        assert window.find_bar.label.text() != "No matches"


def test_real_issue_hits_of_the_quality_queries_open_marked(make_window, qtbot):
    """Every query of the search-quality list, every hit with marks in its snippet."""
    window = make_window(language="en")
    rows = (FIXTURES / "search_quality.tsv").read_text(encoding="utf-8").splitlines()[1:]
    queries = [line.split("\t")[1] for line in rows if "\t" in line]
    opened = sum(len(_no_hit_opens_unmarked(window, qtbot, q)) for q in queries)
    assert opened >= len(queries)  # most queries open one hit or more


@pytest.mark.parametrize(
    "body",
    [
        "a&#30005;b&#x7535;c",
        "&lbrack;x&rbrack; &NotEqualTilde; &hellip;&mdash;",
        "R&amp;D &lt;b&gt; &copy &copy; &#0; &#xD800; &#x1F600; &#99999999;",
        "[链接文字](https://a.cn/?a=1&b=2&copy=3)",
        "见[1]\n\n[1]: https://a.cn/隐",
        "甲<em>乙</em>丙 <img src=/dev/zero>",
        "{: .caption }\n\n## 标题 {: #abc }\n\n1. 第一\n2. 第二",
    ],
)
def test_the_pane_shows_the_words_the_index_holds(qapp, body: str) -> None:
    """Qt's HTML reader and the index's text of one rendered body agree on every word."""
    from reader_app.core.base.model import Article

    article = Article(
        id="2022-18-aaaaaa", issue_id="2022-18", section="热点关注", title="标题", body=body
    )
    document = QTextDocument()
    document.setHtml(f"<html><body>{article_html(article, None, with_qr=False)}</body></html>")
    shown = document.toPlainText()
    assert compact(body_text(body)) in compact(shown)
    assert compact(shown).endswith(compact(body_text(body)))
