"""Make the PNGs in docs/screenshots/ from the real window (bundled issue, CJK font).

Run:  QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py
(or under xvfb-run); needs a CJK font such as fonts-noto-cjk.
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


def main() -> int:
    from reader_app.gui.app import build_window, create_app

    app = create_app(["reader-app"])
    window = build_window("zh_CN")
    window.resize(1360, 860)
    window.show()
    window.start()
    while not window.index_ready:
        app.processEvents()
        time.sleep(0.01)
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
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
