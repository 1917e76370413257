"""Background jobs: a QRunnable on a QThreadPool that signals back to the GUI thread.

Parsing, indexing and searching never run on the GUI thread, so the window keeps
painting while they work (novelWriter's runnables are the model).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader_app.core.base.messages import Progress

log = logging.getLogger(__name__)


#: Workers queued or running; kept alive until their result has been delivered.
_live: set[Worker] = set()


class WorkerSignals(QObject):
    """Signals of one job; emitted from the pool thread, delivered queued to receivers."""

    progress = Signal(int, int, object)  # done, total, a core Message
    finished = Signal(object)
    failed = Signal(object)  # the exception


class Worker(QRunnable):
    """Run ``fn(*args, progress=..., **kwargs)`` (progress only if ``with_progress``)."""

    def __init__(
        self, fn: Callable[..., Any], *args: Any, with_progress: bool = False, **kwargs: Any
    ) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.with_progress = with_progress
        self.signals = WorkerSignals()
        # Python owns the runnable: the pool must not delete it (and its signals)
        # before the queued results reach the GUI thread.
        self.setAutoDelete(False)

    def run(self) -> None:
        signals = self.signals
        try:
            if self.with_progress:
                self.kwargs["progress"] = signals.progress.emit
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:
            log.error("background job failed:\n%s", traceback.format_exc())
            signals.failed.emit(exc)
        else:
            signals.finished.emit(result)


def start(
    pool: QThreadPool,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    on_progress: Progress | None = None,
    **kwargs: Any,
) -> Worker:
    """Queue ``fn`` on ``pool`` and connect the callbacks; returns the worker."""
    worker = Worker(fn, *args, with_progress=on_progress is not None, **kwargs)
    _live.add(worker)
    worker.signals.finished.connect(lambda _result: _live.discard(worker))
    worker.signals.failed.connect(lambda _exc: _live.discard(worker))
    if on_done is not None:
        worker.signals.finished.connect(on_done)
    if on_error is not None:
        worker.signals.failed.connect(on_error)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress)
    pool.start(worker)
    return worker
