"""``reader-app``: the QApplication, command-line options and the smoke test."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from reader_app import LANGUAGES, __version__
from reader_app.core.machine.policy import Action
from reader_app.gui.base import desktop

if TYPE_CHECKING:  # imported when needed, after the display check (start-up time)
    from PySide6.QtCore import QCoreApplication

    from reader_app.core.app.session import Session
    from reader_app.gui.shell.mainwindow import MainWindow

log = logging.getLogger(__name__)
SMOKE_TIMEOUT_S = 120.0


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="reader-app", description="《信息摘编》阅读器")
    parser.add_argument("--version", action="version", version=f"reader-app {__version__}")
    parser.add_argument(
        "--smoke-test",
        metavar="QUERY",
        help="open the window, search QUERY, open the top hit, print one JSON line, exit",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="UI language for this run")
    parser.add_argument("--public", action="store_true", help=argparse.SUPPRESS)
    args, _qt_args = parser.parse_known_args(argv)
    return args


def create_app(argv: Sequence[str]) -> QCoreApplication:
    from PySide6.QtWidgets import QApplication

    from reader_app.gui.base import fonts
    from reader_app.gui.base.theme import set_style

    app = QApplication.instance() or QApplication(list(argv))
    if isinstance(app, QApplication):
        set_style(app)  # before any widget exists (theme.set_style says why)
        fonts.apply(app)  # the same: access.install() finds it set
    app.setApplicationName("reader-app")
    app.setOrganizationName("TJFTZ-Library")
    app.setApplicationVersion(__version__)
    return app


def build_window(session: Session | None = None, language: str | None = None) -> MainWindow:
    """The main window over the session's library, translations and theme applied.

    ``session``: the entry point's (None: this machine's, ``Session.machine()``: tools).
    """
    from reader_app.core.app.session import Session
    from reader_app.gui.base.settings import Settings
    from reader_app.gui.shell.mainwindow import MainWindow
    from reader_app.output import i18n

    if session is None:
        session = Session.machine()
    policy = session.policy
    settings = Settings(persistent=policy.allows(Action.KEEP_STATE))
    if policy.language:  # IT's choice; the Language menu is disabled
        settings.language = policy.language
    elif language:
        settings.language = language
    i18n.install(settings.language)
    return MainWindow(session, settings)


def wait_until(app: QCoreApplication, condition: Callable[[], bool], timeout: float) -> bool:
    """Spin the event loop until ``condition()`` or the timeout (for the smoke test)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.005)
    return True


def smoke_test(app: QCoreApplication, window: MainWindow, query: str) -> int:
    """Drive the real window once; print one JSON line; 0 on success."""
    w = window  # MainWindow
    w.start()
    _resume_gc_later()
    if not wait_until(app, lambda: w.index_ready, SMOKE_TIMEOUT_S):
        raise RuntimeError("the search index did not become ready")
    launched = os.environ.get("READER_APP_LAUNCHED_AT")  # time.time() of the launcher
    ready = round(time.time() - float(launched), 3) if launched else None
    panel = w.search_panel
    w.focus_search()
    panel.edit.setText(query)
    panel.run_now()
    if not wait_until(app, lambda: panel.result is not None and not panel.busy, SMOKE_TIMEOUT_S):
        raise RuntimeError("the search did not answer")
    result = panel.result
    opened = None
    highlights = 0
    if result.hits:
        panel.open_top_hit()
        app.processEvents()
        article = w.view.article
        opened = article.title if article else None
        highlights = w.view.mark_count
    line = {
        "articles": w.library.article_count(),
        "query": query,
        "hits": result.total,
        "opened": opened,
        "highlights": highlights,
        "ready_s": ready,  # launch (benchmarks/startup.py's clock) to a usable window
        "rss_mb": _rss_mb(),
    }
    sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    w.close()
    if not result.hits or opened is None:
        return 1
    return 0


def _rss_mb() -> float | None:
    """Peak resident memory of this process in MB (None where the OS does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def main(argv: Sequence[str] | None = None) -> int:
    from reader_app.core.machine.startup import pause_gc, resume_gc

    pause_gc()  # until the search index is ready (MainWindow._on_index_ready), at most 5 s
    try:
        return _main(argv)
    finally:
        resume_gc()


def _resume_gc_later() -> None:
    """Resume collection 5 s after the window started, if the index is not ready by then
    (a first start indexing many issues), so a long build runs with the collector on."""
    from PySide6.QtCore import QTimer

    from reader_app.core.machine.startup import resume_gc

    QTimer.singleShot(5000, resume_gc)


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    if args.smoke_test is not None and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    problem = desktop.missing_display()
    if problem is not None:  # Qt would abort with "could not connect to display"
        sys.stderr.write(problem + "\n")
        return desktop.NO_DISPLAY_EXIT
    desktop.no_bus_autolaunch()
    from reader_app.core.app.session import Session
    from reader_app.gui.base.errors import install_excepthook, show_error

    session = Session.start()  # the machine policy first: it decides where the log goes
    if args.public:
        session = session.public()
    app = create_app(argv[:1])
    if args.smoke_test is not None:
        try:
            window = build_window(session, args.lang)
            return smoke_test(app, window, args.smoke_test)
        except Exception as exc:
            log.exception("smoke test failed")
            sys.stderr.write(f"smoke test failed: {exc}\n")
            return 1
    install_excepthook()
    try:
        window = build_window(session, args.lang)
    except Exception as exc:
        log.exception("cannot start")
        show_error(None, exc)
        return 1
    window.show()
    window.start()
    _resume_gc_later()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
