"""The time budget of one query, shared by matching, ranking, snippets and highlights."""

from __future__ import annotations

import time


class Deadline:
    """A time budget for one query; ``expired`` is checked in the long loops."""

    def __init__(self, seconds: float) -> None:
        self.end = time.perf_counter() + seconds
        self.hit = False

    def expired(self) -> bool:
        if not self.hit and time.perf_counter() > self.end:
            self.hit = True
        return self.hit


#: A budget that never runs out: for callers outside a query (the article view).
class NoDeadline(Deadline):
    def __init__(self) -> None:
        super().__init__(0.0)

    def expired(self) -> bool:
        return False
