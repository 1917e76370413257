"""Make the PNGs in docs/screenshots/ from the real window (bundled issue, CJK font).

Run:  QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py [NAME ...]
(or under xvfb-run with QT_QPA_PLATFORM=xcb); needs a CJK font such as fonts-noto-cjk. NAME limits the run
to some shots (e.g. ``original-view``, which makes ``original-copy`` too). The original-page view needs an issue that
came as a PDF: the script typesets the bundled issue as the digest is printed
(tests/fixtures/pdfmaker.py) and imports it into its throwaway library.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["READER_APP_HOME"] = tempfile.mkdtemp(prefix="reader-shots-")


def settle(app, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait_index(app, window) -> None:
    while not window.index_ready:
        app.processEvents()
        time.sleep(0.01)


def original_view(app, window) -> None:
    """The printed page of a search hit, from the bundled issue typeset as a PDF: the
    thumbnail strip, the page box (第 N 页 / 共 M 页), fit width / fit page, the current
    hit outlined."""
    from reader_app.core.app.session import open_library
    from tests.fixtures.pdfmaker import make_digest_pdf

    pdf = Path(os.environ["READER_APP_HOME"]) / "2022年第18期.pdf"
    make_digest_pdf(pdf, "qt-plain")
    result = open_library().import_file(pdf, replace=True)
    window.library.reload()
    window.on_imported(result)
    wait_index(app, window)
    window.open_hit("2022-18-171648", "跨境电商")  # 国务院：33地获批新设跨境电商综合试验区
    window.set_original_view(True)
    while window.original.busy:
        app.processEvents()
    settle(app, 0.5)
    strip = window.original.strip  # the thumbnails in sight, drawn by their own worker
    strip.draw_visible()
    strip.wait_idle()
    settle(app, 0.5)
    window.grab().save(str(HERE / "original-view.png"))
    select_on_page(app, window)
    window.grab().save(str(HERE / "original-copy.png"))
    window.set_original_view(False)


def scan_view(app, window) -> None:
    """A scanned issue (issue 25): a search hit marked on the scan itself."""
    from reader_app.core.app.session import open_library
    from tests.fixtures.pdfmaker import load_articles, make_digest_pdf
    from tests.fixtures.scans import make_scan

    home = Path(os.environ["READER_APP_HOME"])
    _, articles = load_articles()
    truth = make_digest_pdf(home / "born.pdf", "rl-dash", articles=articles[:4])
    scan = make_scan(truth.path, home / "扫描版.pdf", dpi=200)
    result = open_library().import_file(scan, replace=True)
    window.library.reload()
    window.on_imported(result)
    wait_index(app, window)
    article = next(a for a in result.issue.articles if a.source == "经济参考报")
    window.open_hit(article.id, "科创金融")
    window.set_original_view(True)
    while window.original.busy:
        app.processEvents()
    settle(app, 0.5)
    window.grab().save(str(HERE / "scan-view.png"))
    window.set_original_view(False)


def select_on_page(app, window) -> None:
    """A drag with the real mouse over three lines of a paragraph, then Ctrl+C."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    view = window.original
    window.original.set_terms([])
    while view.busy:
        app.processEvents()
    settle(app, 0.3)
    canvas, layer = view.canvas, view.canvas.layer
    k = canvas.points_to_pixels
    body = [n for n, ln in enumerate(layer.lines) if ln.box.x1 - ln.box.x0 > layer.width * 0.6]
    first, last = layer.lines[body[2]], layer.lines[body[4]]
    start = QPoint(round(first.box.x0 * k) + 40, round((first.box.y0 + first.box.y1) / 2 * k))
    end = QPoint(round(last.box.x1 * k) - 60, round((last.box.y0 + last.box.y1) / 2 * k))
    scroll = view.page_scroll
    scroll.ensureVisible(start.x(), start.y(), 50, 200)
    settle(app, 0.2)
    none = Qt.KeyboardModifier.NoModifier
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, none, start)
    QTest.mouseMove(canvas, (start + end) / 2)
    QTest.mouseMove(canvas, end)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, none, end)
    QTest.keyClick(scroll, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    settle(app, 0.3)


SERVICE_SHOTS = {"statistics", "reading-lists", "recommended"}


def recommended(app) -> None:
    """A public workstation: the staff list published for the room, read only (馆员推荐)."""
    from dataclasses import replace

    from reader_app.core.app.session import Session, open_library
    from reader_app.core.machine.paths import app_dirs
    from reader_app.core.services import readinglists as rl
    from reader_app.gui.base.settings import Settings
    from reader_app.gui.shell.mainwindow import MainWindow

    folder = Path(os.environ["READER_APP_HOME"]) / "published"
    own = rl.ListStore.user(app_dirs()).get("自贸区与跨境电商专题")
    own.description = "馆员推荐：了解自贸区与跨境电商政策，从这四篇读起。"
    rl.write_file(own, folder / "ftz.json")
    machine = replace(Session.machine().policy, public_mode=True, reading_lists_folder=folder)
    window = MainWindow(
        Session(machine, app_dirs(), library=open_library()), Settings(persistent=False)
    )
    window.resize(1360, 860)
    window.show()
    panel = window.reading_lists
    window.open_article(own.items[0].article)
    window.tabs.setCurrentWidget(panel)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    settle(app, 0.5)
    window.grab().save(str(HERE / "recommended.png"))
    window.close()


def services(app, window, only: set[str]) -> None:
    """The statistics page over a month of made-up counts, and a staff reading list."""
    import datetime as dt
    import random

    from reader_app.core.services import stats
    from reader_app.gui.room import services as window_services

    rng = random.Random(18)
    store = window.stats.store
    articles = window.library.issues[-1].articles
    queries = ["锂电", "跨境电商", "自贸区", "5G", "数字经济", "碳达峰", "冷链物流", "航运指数"]
    missing = ["元宇宙港口", "低空经济", "氢能重卡"]
    today = dt.date.today()
    for back in range(30):
        day = today - dt.timedelta(days=back)
        weekend = day.weekday() >= 5
        for _ in range(rng.randint(2, 6) if weekend else rng.randint(8, 24)):
            store.search(rng.choice(queries), rng.randint(1, 9), day=day)
        for _ in range(rng.randint(0, 4)):
            store.search(rng.choice(missing), 0, day=day)
        for _ in range(rng.randint(5, 20)):
            article = rng.choice(articles[:12])
            store.article_opened(article.id, article.section, day=day)
        store.count(stats.SESSION, day=day, n=rng.randint(3, 9))
        store.count(stats.PRINT, day=day, n=rng.randint(0, 3))
    if "statistics" in only:
        page = window_services.open_statistics(window)
        page.resize(1100, 820)
        settle(app, 0.5)
        page.grab().save(str(HERE / "statistics.png"))
        page.close()
    if "reading-lists" in only:
        panel = window.reading_lists
        panel.new_list("自贸区与跨境电商专题")
        notes = ["先读：政策全貌", "", "数据翔实，适合引用", "地方做法"]
        for article, note in zip(articles[3:7], notes, strict=True):
            window.open_article(article.id)
            panel.add_article(article.id)
            panel.note.setText(note)  # the added row is the current one
            panel.note.editingFinished.emit()  # as when typed: sets the note, saves the list
        window.open_article(articles[3].id)
        window.tabs.setCurrentWidget(panel)
        panel.view.setCurrentIndex(panel.model.index(0, 0))
        settle(app, 0.5)
        window.grab().save(str(HERE / "reading-lists.png"))
    if "recommended" in only:
        recommended(app)


def large_type(app, window) -> None:
    """适老化 at the smallest common laptop screen: 1366×768, large type, high contrast."""
    from reader_app.gui.shell import access

    window.resize(1366, 768)
    access.set_large_type(window, True)
    settle(app)
    window.focus_search()
    window.search_panel.edit.setText("跨境电商")
    window.search_panel.run_now()
    while window.search_panel.busy:
        app.processEvents()
    settle(app, 0.5)
    window.grab().save(str(HERE / "large-type-search.png"))
    window.search_panel.open_top_hit()
    settle(app, 0.5)
    window.grab().save(str(HERE / "large-type-article.png"))
    window.actions_["show_library"].trigger()
    settle(app)
    window.grab().save(str(HERE / "large-type-library.png"))
    access.set_large_type(window, False)
    window.resize(1360, 860)
    settle(app)


def file_dialog(app, window) -> None:
    """The import dialog (Qt's own, as on Linux desktops without a native one), in Chinese."""
    from PySide6.QtWidgets import QFileDialog

    from reader_app.gui.base import filedialogs

    folder = HERE.parents[1] / "issues" / "2022-18"
    dialog = filedialogs.build(window, window.tr("Import Issue"), str(folder), "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    settle(app, 1.0)
    dialog.grab().save(str(HERE / "file-dialog.png"))
    dialog.close()


def topics(app, window) -> None:
    """The topics tab (定题跟踪): a topic decided on once, then a new issue arrives."""
    from reader_app.core.app.session import open_library
    from reader_app.core.services import topics as core_topics
    from reader_app.core.services.topicfile import StandingQuery
    from tests.conftest import SEED
    from tests.fixtures.compose import compose_issue

    panel = window.topics
    for name, query in (("数字经济", "数字经济"), ("双碳", "双碳"), ("自贸区政策", "自贸区")):
        panel.save_topic(name, StandingQuery(query))
        while panel.busy:
            app.processEvents()
    topic = core_topics.find(panel.store, "自贸区政策")
    assert topic.topic is not None
    core_topics.accept(topic, topic.topic.new_ids()[:4], window.library, "先读：政策全貌")
    core_topics.dismiss(topic, topic.topic.new_ids(), window.library)  # the rest: seen
    panel.store.save(topic)
    raw = Path(os.environ["READER_APP_HOME"]) / "新一期.txt"
    raw.write_bytes(compose_issue(SEED, 11)[0])
    result = open_library().import_file(raw)
    window.library.reload()
    window.on_imported(result)
    wait_index(app, window)
    settle(app, 0.5)
    while panel.busy:
        app.processEvents()
    window.tabs.setCurrentWidget(panel)
    panel.reload(select="自贸区政策")
    while panel.busy:
        app.processEvents()
    settle(app, 0.5)
    panel.view.setCurrentIndex(panel.model.index(0))
    window.open_article(panel.model.hit(0).article)
    settle(app, 0.5)
    window.grab().save(str(HERE / "topics.png"))


def trend_related(app, window) -> None:
    """热度 above the results (the seed and three composed issues) and 相关文章 under the pane."""
    from reader_app.core.app.session import open_library
    from tests.conftest import SEED
    from tests.fixtures.compose import compose_issue

    for n in range(3):
        raw = Path(os.environ["READER_APP_HOME"]) / f"composed-{n}.txt"
        raw.write_bytes(compose_issue(SEED, 300 + n)[0])
        result = open_library().import_file(raw, replace=True)
        window.library.reload()
        window.on_imported(result)
        wait_index(app, window)
    panel = window.search_panel
    window.focus_search()
    panel.edit.setText("跨境电商")
    panel.run_now()
    while panel.busy or not panel.trend_chart.isVisible():
        app.processEvents()
    window.open_hit("2022-18-171648", "跨境电商")
    while not window.related_bar.isVisible():
        app.processEvents()
    settle(app, 0.5)
    window.grab().save(str(HERE / "trend-related.png"))


def read_aloud(app, window) -> None:
    """朗读: the first sentence of the text marked while espeak-ng speaks (into a WAV file here)."""
    from reader_app.gui.reading.speech import EspeakEngine

    folder = Path(os.environ["READER_APP_HOME"]) / "speech"
    folder.mkdir(exist_ok=True)
    window.read_aloud.set_engine(EspeakEngine(wav_dir=folder, parent=window))
    window.open_article("2022-18-348142")
    settle(app)
    window.actions_["read_aloud"].trigger()
    while window.read_aloud.index < 3:  # the first sentence of the text
        app.processEvents()
        time.sleep(0.01)
    window.read_aloud.toggle_pause()  # hold the mark still for the picture
    settle(app)
    window.grab().save(str(HERE / "read-aloud.png"))
    window.read_aloud.stop()


def main() -> int:
    from reader_app.gui.app import build_window, create_app

    only = set(sys.argv[1:])
    app = create_app(["reader-app"])
    window = build_window("zh_CN")
    window.resize(1360, 860)
    window.show()
    window.start()
    wait_index(app, window)
    if only and only <= SERVICE_SHOTS:
        services(app, window, only)
        window.close()
        return 0
    if only and only <= {"original-view", "original-copy"}:
        original_view(app, window)
        window.close()
        return 0
    if only == {"scan-view"}:
        scan_view(app, window)
        window.close()
        return 0
    if only == {"trend-related"}:
        trend_related(app, window)
        window.close()
        return 0
    if only == {"file-dialog"}:
        file_dialog(app, window)
        window.close()
        return 0
    if only == {"large-type"}:
        large_type(app, window)
        window.close()
        return 0
    if only == {"read-aloud"}:
        read_aloud(app, window)
        window.close()
        return 0
    if only == {"topics"}:
        topics(app, window)
        window.close()
        return 0
    window.open_issue("2022-18")
    settle(app)
    window.grab().save(str(HERE / "issue-cover.png"))

    window.focus_search()
    window.search_panel.edit.setText("跨境电商")
    window.search_panel.run_now()
    while window.search_panel.busy:
        app.processEvents()
    settle(app)
    window.grab().save(str(HERE / "search-facets.png"))

    window.search_panel.open_top_hit()
    settle(app)
    window.grab().save(str(HERE / "article-hits.png"))

    window.set_theme("dark")
    window.open_article("2022-18-348142")
    settle(app)
    window.grab().save(str(HERE / "dark-theme.png"))
    window.set_theme("system")
    services(app, window, SERVICE_SHOTS)
    large_type(app, window)
    original_view(app, window)
    file_dialog(app, window)
    topics(app, window)
    read_aloud(app, window)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
