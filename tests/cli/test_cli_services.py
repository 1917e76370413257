"""The real CLI in a subprocess: stats, readinglist and export (batch PDF)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from reader_app.core.app.session import open_library
from reader_app.core.machine.paths import app_dirs
from reader_app.core.services import stats
from reader_app.core.services.citation import citation
from reader_app.core.services.readinglists import ReadingList, write_file
from reader_app.core.text.markup import plain_markdown
from tests.cliutil import run_cli
from tests.gui.pdftext import RADICALS, pdfium_pages, poppler_pages

#: Articles of the bundled issue whose text has characters Qt stored as radicals.
WORDS = {"2022-18-ad35c6": "工信部", "2022-18-927026": "目录", "2022-18-e117e3": "金融"}


def seed_counts() -> None:
    import datetime as dt

    day = dt.date(2026, 11, 2)
    with stats.Statistics(app_dirs().data / stats.DB_NAME) as store:
        for query, hits in (("锂电", 4), ("锂电", 4), ("火星", 0), ("火星", 0), ("一次", 0)):
            store.search(query, hits, day=day)
        store.article_opened("2022-18-15c0fe", "热点关注", day=day)
        store.count(stats.SESSION, day=dt.date(2026, 11, 5))


def test_stats_report_json_csv_and_range() -> None:
    seed_counts()
    result = run_cli("stats", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["totals"]["search"] == 5 and data["totals"]["zero_hit"] == 3
    assert data["zero_hit_queries"] == [{"query": "火星", "count": 2}]
    assert "一次" not in result.stdout
    ranged = json.loads(run_cli("stats", "--json", "--from", "2026-11-03").stdout)
    assert ranged["totals"]["search"] == 0 and ranged["totals"]["session"] == 1
    rows = list(csv.reader(io.StringIO(run_cli("stats", "--csv").stdout)))
    assert rows[0] == ["day", *stats.DAILY_KINDS]
    assert rows[1][:3] == ["2026-11-02", "5", "3"]
    text = run_cli("stats").stdout
    assert "火星" in text and "锂电" in text


def test_stats_export_and_merge_twice_counts_once(tmp_path: Path) -> None:
    seed_counts()
    export = tmp_path / "ws1.json"
    assert run_cli("stats", "--export", str(export)).returncode == 0
    other = tmp_path / "other-home"
    env = {"READER_APP_HOME": str(other)}
    for _ in range(2):
        result = run_cli("stats", "--merge", str(export), env_extra=env)
        assert result.returncode == 0, result.stderr
    data = json.loads(run_cli("stats", "--json", env_extra=env).stdout)
    assert data["totals"]["search"] == 5


def test_stats_merge_of_a_bad_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    result = run_cli("stats", "--merge", str(bad))
    assert result.returncode == 1
    assert str(bad) in result.stderr and "Traceback" not in result.stderr


def test_stats_drop_folder_from_the_policy(tmp_path: Path) -> None:
    seed_counts()
    drop = tmp_path / "drop"
    (tmp_path / "policy.toml").write_text(f"statistics_drop_folder = '{drop}'\n", encoding="utf-8")
    assert run_cli("stats", "--export").returncode == 0
    files = list(drop.glob("statistics-*.json"))
    assert len(files) == 1
    result = run_cli("stats", "--merge")
    assert result.returncode == 0 and str(files[0]) in result.stdout


def test_stats_off_says_so_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "policy.toml").write_text('statistics = "off"\n', encoding="utf-8")
    result = run_cli("stats")
    assert result.returncode == 1
    assert "switched off" in result.stderr
    assert not (app_dirs().data / stats.DB_NAME).exists()


def test_stats_on_a_public_workstation_needs_a_machine_folder(tmp_path: Path) -> None:
    (tmp_path / "policy.toml").write_text("public_mode = true\n", encoding="utf-8")
    result = run_cli("stats")
    assert result.returncode == 1 and "statistics_folder" in result.stderr
    folder = tmp_path / "machine-stats"
    (tmp_path / "policy.toml").write_text(
        f"public_mode = true\nstatistics_folder = '{folder}'\n", encoding="utf-8"
    )
    assert run_cli("stats").returncode == 0
    assert (folder / stats.DB_NAME).exists()
    assert not (app_dirs().data / stats.DB_NAME).exists()


def make_list(tmp_path: Path) -> tuple[Path, list[str]]:
    articles = open_library().issues[0].articles
    reading_list = ReadingList("锂电专题", "馆员推荐")
    ids = [articles[5].id, articles[1].id]
    for article_id in ids:
        reading_list.add(article_id, note="值得一读")
    path = tmp_path / "list.json"
    write_file(reading_list, path)
    return path, ids


def test_readinglist_import_show_export(tmp_path: Path) -> None:
    path, ids = make_list(tmp_path)
    result = run_cli("readinglist", "import", str(path))
    assert result.returncode == 0, result.stderr
    assert run_cli("readinglist", "import", str(path)).returncode == 1  # exists already
    shown = run_cli("readinglist", "show", "锂电专题")
    assert shown.returncode == 0
    issue, article = open_library().find_article(ids[0])
    assert citation(article, issue) in shown.stdout and "值得一读" in shown.stdout
    assert shown.stdout.index(ids[0]) < shown.stdout.index(ids[1])
    out = tmp_path / "out.json"
    assert run_cli("readinglist", "export", "锂电专题", str(out)).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8"))["items"][0]["article"] == ids[0]
    assert "锂电专题" in run_cli("readinglist", "list").stdout
    missing = run_cli("readinglist", "show", "没有")
    assert missing.returncode == 4 and "no reading list" in missing.stderr


def test_readinglist_import_refused_on_a_public_workstation(tmp_path: Path) -> None:
    path, _ids = make_list(tmp_path)
    (tmp_path / "policy.toml").write_text("public_mode = true\n", encoding="utf-8")
    result = run_cli("readinglist", "import", str(path))
    assert result.returncode == 5
    assert not (app_dirs().data / "readinglists").exists()


def test_public_workstation_shows_published_lists(tmp_path: Path) -> None:
    path, _ids = make_list(tmp_path)
    folder = tmp_path / "published"
    folder.mkdir()
    path.rename(folder / "a.json")
    (tmp_path / "policy.toml").write_text(
        f"public_mode = true\nreading_lists_folder = '{folder}'\n", encoding="utf-8"
    )
    result = run_cli("readinglist", "list")
    assert "锂电专题" in result.stdout and "read only" in result.stdout


def pdf_text(path: Path) -> list[str]:
    """PDFium's text of each page, as a patron's viewer copies it: no folding of radicals."""
    return pdfium_pages(path)


def test_export_text_layer_is_the_text_printed(tmp_path: Path) -> None:
    """Qt stored one CJK character in nine as a look-alike radical (⼯ for 工, ⽬ for 目):
    the export of several articles reads back, in pdftotext and PDFium, as the articles."""
    issue = open_library().issues[0]
    chosen = [a for a in issue.articles if a.id in WORDS]
    out = tmp_path / "batch.pdf"
    result = run_cli("export", "--pdf", str(out), *(a.id for a in chosen))
    assert result.returncode == 0, result.stderr
    source = "".join(a.title + plain_markdown(a.body) for a in chosen)
    assert not RADICALS.search(source)  # so none may appear in the PDF either
    meant = Counter(ch for ch in source if "\u4e00" <= ch <= "\u9fff")
    for reader, pages in (("pdftotext", poppler_pages(out)), ("PDFium", pdfium_pages(out))):
        text = re.sub(r"\s+", "", "".join(pages))
        assert not RADICALS.search(text), (reader, sorted(set(RADICALS.findall(text))))
        got = Counter(text)
        short = {ch: (n, got[ch]) for ch, n in meant.items() if got[ch] < n}
        assert not short, (reader, short)  # every ideograph as often as the articles have it
        for article in chosen:
            assert re.sub(r"\s+", "", article.title) in text, (reader, article.title)
        for word in ("目录", *WORDS.values()):
            assert word in text, (reader, word)


def test_export_ids_to_one_pdf_with_contents_and_page_numbers(tmp_path: Path) -> None:
    articles = open_library().issues[0].articles
    ids = [articles[0].id, articles[3].id]
    out = tmp_path / "batch.pdf"
    result = run_cli("export", "--pdf", str(out), *ids)
    assert result.returncode == 0, result.stderr
    pages = pdf_text(out)
    total = len(pages)
    assert total >= 4
    assert "收录文章：2 篇" in pages[0]  # the compilation's cover, in the default language
    assert "目录" in pages[1]  # the contents page
    for article in (articles[0], articles[3]):
        assert article.title[:10] in pages[1].replace("\r\n", "")
    assert all(f"{n} / {total}" in page for n, page in enumerate(pages, 1))
    assert "《信息摘编》" in pages[2]  # the provenance header of the first article's page
    assert articles[0].url and articles[0].url[:25] in pages[2].replace("\r\n", "")


def test_export_a_list_and_a_query(tmp_path: Path) -> None:
    path, _ids = make_list(tmp_path)
    run_cli("readinglist", "import", str(path))
    out = tmp_path / "list.pdf"
    result = run_cli("export", "--pdf", str(out), "--list", "锂电专题")
    assert result.returncode == 0, result.stderr
    assert "2 article(s)" in result.stdout
    query_pdf = tmp_path / "q.pdf"
    result = run_cli("export", "--pdf", str(query_pdf), "--query", "锂电", "--limit", "3")
    assert result.returncode == 0, result.stderr
    assert query_pdf.stat().st_size > 1000


def test_bad_command_lines_exit_64(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    assert run_cli("export", "--pdf", str(out)).returncode == 64
    assert run_cli("export", "--pdf", str(out), "a-1", "--query", "锂电").returncode == 64
    result = run_cli("stats", "--from", "2026-11-05", "--to", "2026-11-01")
    assert result.returncode == 64 and "after" in result.stderr
    assert run_cli("stats", "--json", "--csv").returncode == 64
    assert not out.exists()


@pytest.mark.parametrize("args", [["2099-99-none"]])
def test_export_with_nothing_to_export_writes_nothing(tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "none.pdf"
    result = run_cli("export", "--pdf", str(out), *args)
    assert result.returncode == 1
    assert not out.exists() and "Traceback" not in result.stderr


def test_export_is_refused_by_the_policy_with_exit_5(tmp_path: Path) -> None:
    (tmp_path / "policy.toml").write_text("allow_export = false\n", encoding="utf-8")
    out = tmp_path / "x.pdf"
    result = run_cli("export", "--pdf", str(out), open_library().issues[0].articles[0].id)
    assert result.returncode == 5 and not out.exists()
    assert "turned off by the machine policy" in result.stderr


# ------------------------------------------------------------------ compilations (issue 24)


def docx_paragraphs(path: Path, style: str | None = None) -> list[str]:
    import docx

    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs if style is None or p.style.name == style]


def test_export_docx_of_a_list_sorted_with_title_and_compiler(tmp_path: Path) -> None:
    path, ids = make_list(tmp_path)
    run_cli("readinglist", "import", str(path))
    out = tmp_path / "汇编.docx"
    result = run_cli("export", "--docx", str(out), "--list", "锂电专题", "--title", "锂电产业观点摘编",
                     "--compiled-by", "天津港保税区文教局（图书档案馆）", "--compiler", "李明")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "2 article(s)" in result.stdout
    library = open_library()
    titles = [library.find_article(i)[1].title for i in ids]
    assert docx_paragraphs(out, "Heading 1") == titles  # the list's order
    cover = " ".join(docx_paragraphs(out)[:8])
    for word in ("锂电产业观点摘编", "编印单位：天津港保税区文教局（图书档案馆）", "编者：李明",
                 "收录文章：2 篇", "馆员推荐"):  # fmt: skip
        assert word in cover
    assert docx_paragraphs(out, "编者按") == ["编者按：值得一读"] * 2
    by_date = tmp_path / "by-date.docx"
    result = run_cli("export", "--docx", str(by_date), "--list", "锂电专题", "--sort", "date")
    assert result.returncode == 0, result.stderr
    dated = sorted((library.find_article(i)[1] for i in ids), key=lambda a: a.date)
    assert docx_paragraphs(by_date, "Heading 1") == [a.title for a in dated]


def test_export_docx_of_a_query_and_of_ids_by_issue(tmp_path: Path) -> None:
    out = tmp_path / "q.docx"
    result = run_cli("export", "--docx", str(out), "--query", "锂电", "--limit", "3")
    assert result.returncode == 0, result.stderr
    # Named after the query unless --title says (issue 26), hits counted
    hits = len(docx_paragraphs(out, "Heading 1"))
    assert hits and docx_paragraphs(out)[0] == f"检索：锂电 – {hits} 篇"
    articles = open_library().issues[0].articles
    chosen = [articles[7], articles[2], articles[4]]
    ids_out = tmp_path / "ids.docx"
    result = run_cli("export", "--docx", str(ids_out), *(a.id for a in chosen), "--sort", "issue")
    assert result.returncode == 0, result.stderr
    in_issue = sorted(chosen, key=lambda a: articles.index(a))
    assert docx_paragraphs(ids_out, "Heading 1") == [a.title for a in in_issue]


def test_export_reads_the_compiler_from_the_window_settings(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from reader_app.core.machine.paths import SETTINGS_FILE
    from reader_app.core.services.compilation import SETTING_COMPILED_BY, SETTING_COMPILER

    settings = QSettings(str(app_dirs().config / SETTINGS_FILE), QSettings.Format.IniFormat)
    settings.setValue(SETTING_COMPILED_BY, "天津港保税区文教局（图书档案馆）")
    settings.setValue(SETTING_COMPILER, "王芳")
    settings.sync()
    out = tmp_path / "c.docx"
    article = open_library().issues[0].articles[0]
    result = run_cli("export", "--docx", str(out), article.id, "--compiler", "赵强")
    assert result.returncode == 0, result.stderr
    cover = " ".join(docx_paragraphs(out)[:6])
    assert "天津港保税区文教局（图书档案馆）" in cover and "赵强" in cover and "王芳" not in cover


def test_export_pdf_of_a_list_has_the_cover_and_the_notes(tmp_path: Path) -> None:
    path, _ids = make_list(tmp_path)
    run_cli("readinglist", "import", str(path))
    out = tmp_path / "list.pdf"
    result = run_cli("export", "--pdf", str(out), "--list", "锂电专题", "--title", "锂电观点",
                     "--compiler", "李明")  # fmt: skip
    assert result.returncode == 0, result.stderr
    pages = [re.sub(r"\s+", "", p) for p in pdf_text(out)]
    assert "锂电观点" in pages[0] and "编者：李明" in pages[0] and "馆员推荐" in pages[0]
    assert "目录" in pages[1]
    assert sum(p.count("编者按：值得一读") for p in pages[2:]) == 2


def test_export_topic_and_usage_errors(tmp_path: Path) -> None:
    out = tmp_path / "t.docx"
    result = run_cli("export", "--docx", str(out), "--topic", "自贸区政策")
    assert result.returncode == 4 and "no topic named" in result.stderr and not out.exists()
    both = run_cli("export", "--docx", str(out), "--pdf", str(tmp_path / "x.pdf"), "a")
    assert both.returncode == 64
    assert run_cli("export", "--docx", str(out), "a", "--sort", "title").returncode == 64
    assert run_cli("export", "--docx", str(out), "--list", "x", "--topic", "y").returncode == 64
    assert not out.exists()


def pdf_title(path: Path) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return document.get_metadata_dict()["Title"]
    finally:
        document.close()


def test_export_pdf_title_names_what_is_printed(tmp_path: Path) -> None:
    """The PDF's /Title and its cover: the query, the list, the articles, never 目录."""
    out = tmp_path / "q.pdf"
    result = run_cli("export", "--pdf", str(out), "--query", "自贸区", "--limit", "4")
    assert result.returncode == 0, result.stderr
    assert pdf_title(out) == "检索：自贸区 – 4 篇"
    assert "检索：自贸区–4篇" in re.sub(r"\s+", "", pdf_text(out)[0])  # the cover says it too
    path, _ids = make_list(tmp_path)
    run_cli("readinglist", "import", str(path))
    listed = tmp_path / "list.pdf"
    assert run_cli("export", "--pdf", str(listed), "--list", "锂电专题").returncode == 0
    assert pdf_title(listed) == "锂电专题"
    articles = open_library().issues[0].articles
    ids = tmp_path / "ids.pdf"
    assert run_cli("export", "--pdf", str(ids), articles[0].id, articles[3].id).returncode == 0
    assert pdf_title(ids) == f"{articles[0].title} 等 2 篇"
    titled = tmp_path / "t.pdf"
    result = run_cli("export", "--pdf", str(titled), articles[1].id, "--title", "自贸  专题")
    assert result.returncode == 0, result.stderr
    assert pdf_title(titled) == "自贸 专题"
