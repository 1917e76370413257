"""The line under the search field saying which related terms were also searched.

"Also searched: 自由贸易试验区 (5) ✕、自贸港 (4) ✕": each term is a link that
removes it with one click (the panel reruns the search without it; the typed
text is never edited). A wrapping label, so a long list never widens the panel;
links are reachable with Tab. The core hands out (term, count); texts are made here.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

LINK_PREFIX = "expansion:"


class ExpansionBar(QLabel):  # rich text on purpose: every value in it is escaped
    removed = Signal(str)  # the expanded term the patron clicked away

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expansionBar")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(self._clicked)
        self._expansions: list[Any] = []
        self.hide()

    def retranslate(self) -> None:
        self.set_expansions(self._expansions)

    def set_expansions(self, expansions: list[Any]) -> None:
        """Show one removable link per expanded term (``Expansion``: term, count)."""
        self._expansions = list(expansions)
        links = [
            f"<a href='{LINK_PREFIX}{n}' style='text-decoration:none'>"
            f"{html.escape(e.term)} ({e.count}) ✕</a>"
            for n, e in enumerate(self._expansions)
        ]
        label = html.escape(self.tr("Also searched:"))
        self.setText(f"{label} {'、'.join(links)}" if links else "")
        self.setToolTip(self.tr("Click a term to search again without it"))
        self.setAccessibleName(self.tr("Also searched:") + " " + "、".join(self.terms()))
        self.setVisible(bool(links))

    def terms(self) -> list[str]:
        return [e.term for e in self._expansions]

    def remove(self, term: str) -> None:
        """What a click on the term's link does."""
        self.removed.emit(term)

    def _clicked(self, link: str) -> None:
        if link.startswith(LINK_PREFIX):
            index = int(link[len(LINK_PREFIX) :])
            if 0 <= index < len(self._expansions):
                self.remove(self._expansions[index].term)
