"""Longest main-thread pause while the window imports, indexes and searches.

A 5 ms heartbeat timer runs on the GUI thread; the longest gap between two beats
is the longest time the window could not paint or take input. Target (issue 4):
no pause over 100 ms during import, indexing or search. Opening an article
(rendering it in the pane) is measured too, for information.

Run:  QT_QPA_PLATFORM=offscreen python benchmarks/responsiveness_bench.py
Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["READER_APP_HOME"] = tempfile.mkdtemp(prefix="reader-resp-")


class Heartbeat:
    def __init__(self, app) -> None:
        from PySide6.QtCore import QTimer

        self.app = app
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self.last = time.perf_counter()
        self.worst = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def measure(self, start, done, limit: float = 120.0) -> float:
        """Run ``start()``, spin the event loop until ``done()``; the worst gap in ms."""
        self.worst, self.last = 0.0, time.perf_counter()
        self.timer.start()
        start()
        deadline = time.monotonic() + limit
        while not done() and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.001)
        for _ in range(20):  # let the last results land
            self.app.processEvents()
            time.sleep(0.002)
        self.timer.stop()
        return self.worst * 1000


def main() -> int:
    from reader_app.gui.app import build_window, create_app
    from reader_app.gui.library.importdialog import ImportDialog
    from tests.fixtures.compose import compose_issue

    app = create_app(["reader-app"])
    window = build_window(language="zh_CN")
    window.resize(1280, 820)
    window.show()
    beat = Heartbeat(app)
    results = {}
    started = time.perf_counter()
    for _ in range(10):  # the first paint: fonts, layout (start-up, not indexing)
        app.processEvents()
    first_paint_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    window.start()  # restores the reading position, then starts indexing in the background
    start_ms = (time.perf_counter() - started) * 1000
    results["first index build (66 articles)"] = beat.measure(
        lambda: None, lambda: window.index_ready
    )

    panel = window.search_panel
    queries = [
        "跨",
        "跨境",
        "跨境电商",
        "海南 自贸港",
        '"金融加速器"',
        "PM2.5",
        "title:上海",
        "经济",
    ]

    def type_queries() -> None:
        for query in queries:
            panel.edit.setText(query)
            panel.run_now()
            app.processEvents()

    results[f"search as you type ({len(queries)} queries)"] = beat.measure(
        type_queries, lambda: not panel.busy
    )

    raw = Path(tempfile.mkdtemp()) / "composed.txt"
    raw.write_bytes(compose_issue(ROOT / "issues" / "2022-18" / "source.txt", 7)[0])
    dialogs: list[ImportDialog] = []

    def open_dialog() -> None:  # the dialog starts the dry run at once
        dialogs.append(ImportDialog(raw, window.library, window.pool, window))
        dialogs[0].imported.connect(window.on_imported)

    results["import dry run (report)"] = beat.measure(
        open_dialog, lambda: bool(dialogs) and not dialogs[0].busy
    )
    dialog = dialogs[0]
    window.index_ready = False
    results["import + re-index"] = beat.measure(
        dialog.confirm, lambda: window.index_ready and not dialog.busy
    )
    window.focus_search()  # the result list shown (its rows are laid out and painted)
    app.processEvents()

    def broad_search() -> None:
        panel.edit.setText("发展")
        panel.run_now()

    results["broad search, result list laid out"] = beat.measure(
        broad_search, lambda: not panel.busy
    )
    bar = panel.view.verticalScrollBar()

    def scroll_through() -> None:  # a page at a time, as a patron reads down the list
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep())
            for _ in range(5):
                app.processEvents()
                time.sleep(0.002)

    rows = panel.model.rowCount()
    results[f"scrolling through its {rows} results"] = beat.measure(scroll_through, lambda: True)
    ids = [a.id for a in window.library.articles()]
    slowest = 0.0
    for article_id in ids[:66]:
        started = time.perf_counter()
        window.open_article(article_id)
        app.processEvents()
        slowest = max(slowest, time.perf_counter() - started)
    for name, worst in results.items():
        verdict = "ok" if worst <= 100 else "OVER"
        print(f"{name:40s} longest pause {worst:6.1f} ms  (target ≤ 100 ms: {verdict})")
    print(f"{'first paint of the window (info)':40s} took          {first_paint_ms:6.1f} ms")
    print(f"{'window.start() itself (info)':40s} took          {start_ms:6.1f} ms")
    print(f"{'opening an article (render, info)':40s} slowest       {slowest * 1000:6.1f} ms")
    dialog.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
