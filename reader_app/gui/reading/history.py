"""Back/forward history of what the pane showed (articles and issue covers)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader_app.gui.base.theme import Theme


@dataclass(frozen=True)
class Location:
    kind: str  # "article" | "issue"
    id: str
    # Where the reader was when leaving it, so Back returns to the same place:
    scroll: int = field(default=0, compare=False)
    query: str = field(default="", compare=False)  # the search whose hits were marked
    terms: tuple[str, ...] = field(default=(), compare=False)
    mark: int = field(default=-1, compare=False)  # the current hit
    exact: bool = field(default=False, compare=False)  # how the hits were marked (marks.py)


class History:
    def __init__(self, limit: int = 200) -> None:
        self.back: list[Location] = []
        self.forward: list[Location] = []
        self.current: Location | None = None
        self.limit = limit

    def remember(
        self,
        scroll: int,
        query: str = "",
        terms: tuple[str, ...] = (),
        mark: int = -1,
        exact: bool = False,
    ) -> None:
        """Note the place in what is shown now, before the pane moves away from it."""
        if self.current is not None:
            self.current = replace(
                self.current, scroll=scroll, query=query, terms=terms, mark=mark, exact=exact
            )

    def set_theme(self, theme: Theme) -> None:
        """The window part's contract (gui/base/parts.py): nothing here follows the theme."""

    def retranslate(self) -> None:
        """The window part's contract (gui/base/parts.py): no texts of its own."""

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
