"""Back/forward history of what the pane showed (articles and issue covers)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    kind: str  # "article" | "issue"
    id: str


class History:
    def __init__(self, limit: int = 200) -> None:
        self.back: list[Location] = []
        self.forward: list[Location] = []
        self.current: Location | None = None
        self.limit = limit

    def reset(self) -> None:
        """Forget everything (the next patron on a public workstation)."""
        self.back.clear()
        self.forward.clear()
        self.current = None

    def visit(self, location: Location) -> None:
        if location == self.current:
            return
        if self.current is not None:
            self.back.append(self.current)
            del self.back[: -self.limit]
        self.current = location
        self.forward.clear()

    def go_back(self) -> Location | None:
        if not self.back:
            return None
        if self.current is not None:
            self.forward.append(self.current)
        self.current = self.back.pop()
        return self.current

    def go_forward(self) -> Location | None:
        if not self.forward:
            return None
        if self.current is not None:
            self.back.append(self.current)
        self.current = self.forward.pop()
        return self.current
