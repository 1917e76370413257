"""HTML for the reading pane: an article with its provenance, or an issue's cover.

Bodies go through the core's Markdown renderer (raw HTML escaped); this module
only wraps them with the labels the window translates.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from reader_app.core.base.model import Article, Issue
from reader_app.core.text.render import escape, markdown_to_html
from reader_app.output.i18n import QT_TRANSLATE_NOOP
from reader_app.output.labels import issue_label

QR_URL = "qr:article"
ARTICLE_SCHEME = "article"

_FLAG_DATE = re.compile(r"date (\S+) is outside the collection period (\S+) – (\S+)")


def flag_text(flag: str) -> str:
    """A flag of the original in the UI language (known patterns), else as recorded."""
    m = _FLAG_DATE.search(flag)
    if m:
        return (
            QCoreApplication.translate(
                "ArticleHtml", "The date %1 lies outside this issue's collection period %2 – %3."
            )
            .replace("%1", m.group(1))
            .replace("%2", m.group(2))
            .replace("%3", m.group(3))
        )
    return flag


#: Masthead roles as printed → their English names (the Chinese UI shows them as printed).
ROLES = {
    "主编": QT_TRANSLATE_NOOP("ArticleHtml", "Editor-in-chief"),
    "副主编": QT_TRANSLATE_NOOP("ArticleHtml", "Deputy editor-in-chief"),
    "执行主编": QT_TRANSLATE_NOOP("ArticleHtml", "Executive editor"),
    "责任编辑": QT_TRANSLATE_NOOP("ArticleHtml", "Editor in charge"),
    "编辑": QT_TRANSLATE_NOOP("ArticleHtml", "Editors"),
}


def role_name(role: str) -> str:
    """A masthead role in the UI's language: known roles translated, others as printed."""
    if role in ROLES and QLocale().language() != QLocale.Language.Chinese:
        return QCoreApplication.translate("ArticleHtml", ROLES[role])
    return role


def meta_line(article: Article, issue: Issue | None) -> str:
    parts = []
    if issue is not None:
        parts.append(issue_label(issue))
    parts.append(article.section)
    if article.source:
        parts.append(article.source)
    if article.date:
        parts.append(article.date.isoformat())
    if article.page is not None:
        parts.append(
            QCoreApplication.translate("ArticleHtml", "page %1").replace("%1", str(article.page))
        )
    return " · ".join(escape(p) for p in parts)


def _body_html(markdown_text: str) -> str:
    body = markdown_to_html(markdown_text)
    return body.replace("<table>", '<table class="data" cellspacing="0" cellpadding="4">')


def article_html(article: Article, issue: Issue | None, with_qr: bool, note: str = "") -> str:
    """The whole article; the QR image is loaded by the view from ``QR_URL``.

    ``note``: a compiler's note (编者按) from a reading list, printed under the provenance.
    """
    out = [f"<h1>{escape(article.title)}</h1>", f'<p class="meta">{meta_line(article, issue)}</p>']
    if note.strip():
        label = escape(QCoreApplication.translate("Compilation", "Editor's note: "))
        out.append(f'<p class="note"><b>{label}</b>{escape(note.strip())}</p>')
    for flag in article.flags:
        label = escape(QCoreApplication.translate("ArticleHtml", "Note on the original:"))
        out.append(f'<p class="flag">⚠ <b>{label}</b> {escape(flag_text(flag))}</p>')
    if article.abstract:
        out.append(f'<p class="abstract"><b>摘要：</b>{escape(article.abstract)}</p>')
    if article.keywords:
        out.append(f"<p><b>关键词：</b>{escape('；'.join(article.keywords))}</p>")
    out.append(_body_html(article.body.strip()))
    if article.attachment and article.attachment not in article.body:
        out.append(f"<p>附：{escape(article.attachment)}</p>")
    if article.url:
        url = escape(article.url)
        label = escape(QCoreApplication.translate("ArticleHtml", "Original article"))
        hint = escape(
            QCoreApplication.translate("ArticleHtml", "Scan the code to open it on a phone")
        )
        link = f'<a href="{url}">{url}</a>'
        if with_qr:
            out.append(
                '<table cellspacing="0" cellpadding="6" style="margin-top: 12px;"><tr>'
                f'<td><img src="{QR_URL}" width="116" height="116"></td>'
                f'<td valign="middle"><p class="link"><b>{label}</b><br>{hint}<br>{link}</p></td>'
                "</tr></table>"
            )
        else:
            out.append(f'<p class="link"><b>{label}：</b>{link}</p>')
    return "\n".join(out)


def cover_html(issue: Issue) -> str:
    """The issue's masthead, editors, period and a linked table of contents."""
    out = [
        f"<h1>《{escape(issue.title)}》</h1>",
        f"<p><b>{escape(issue_label(issue))}</b></p>",
    ]
    colon = "：" if QLocale().language() == QLocale.Language.Chinese else ": "
    if issue.period_start or issue.period_end:
        start = issue.period_start.isoformat() if issue.period_start else "?"
        end = issue.period_end.isoformat() if issue.period_end else "?"
        label = escape(QCoreApplication.translate("ArticleHtml", "Collection period"))
        out.append(f'<p class="masthead">{label}{colon}{start} – {end}</p>')
    if issue.editing_unit or issue.publisher:
        label = escape(QCoreApplication.translate("ArticleHtml", "Compiled by"))
        out.append(
            f'<p class="masthead">{label}{colon}{escape(issue.editing_unit or issue.publisher or "")}</p>'
        )
    for role in issue.editors:
        name = escape(role_name(role.role))
        names = escape(("、" if colon == "：" else ", ").join(role.names))
        out.append(f'<p class="masthead">{name}{colon}{names}</p>')
    contents = QCoreApplication.translate("ArticleHtml", "Contents")
    out.append(f"<h2>{escape(contents)}</h2>")
    for section in issue.sections():
        out.append(f'<h3 class="toc-section">{escape(section)}</h3>')
        out.append('<table width="100%" cellspacing="0" cellpadding="3">')
        for article in (a for a in issue.articles if a.section == section):
            page = "" if article.page is None else str(article.page)
            title = escape(article.toc_title or article.title)
            out.append(
                f'<tr><td class="toc-title"><a class="toc" href="{ARTICLE_SCHEME}:{escape(article.id)}">'
                f'{title}</a></td><td class="toc-page" width="48">{page}</td></tr>'
            )
        out.append("</table>")
    return "\n".join(out)
