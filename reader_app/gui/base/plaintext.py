"""Text from files shown as text: labels, tooltips and message boxes that never parse markup.

Qt shows a string as rich text in a ``QLabel`` (``AutoText``), a tooltip and a
``QMessageBox`` as soon as its first line looks like HTML (``Qt.mightBeRichText``: a
known tag or ``&lt;`` anywhere on it), and rich text loads ``<img src>`` from local
paths: ``/dev/zero`` aborts the process, a FIFO blocks the main thread for good, a
large ``width`` widens the window, a local picture is read and shown. Titles,
sections, sources, reading lists, notes, file names and error messages come from
issues, bundles and shares, so every widget that shows them is made here.

The rule: a label is plain text (``label``); a tooltip is escaped and wrapped so Qt
renders exactly the text (``tooltip``); a message box is plain text (``critical``,
``warning``, ``question``). Rich text that must stay rich (links in the expansion bar,
the search message, the reading pane) escapes every value it inserts.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def label(parent: QWidget | None = None, text: str = "") -> QLabel:
    """A label that shows its text as typed, whoever fills it later."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # before any text: none is ever parsed
    if text:
        widget.setText(text)
    return widget


def tooltip(text: str) -> str:
    """``text`` as a tooltip Qt renders literally: markup, entities, spaces and line breaks.

    A plain tooltip is not enough: Qt decides per string whether it is rich text, and
    ``<img src=…>`` or ``&lt;`` in a title makes it so. Rich text that holds only
    escaped text is always taken as rich and shows exactly the characters.
    """
    if not text:
        return ""  # an empty tooltip means none
    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=False)}</p>'


def message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
) -> Button:
    """A modal message box showing ``text`` as plain text; the button pressed."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # before the text: it is never parsed
    box.setText(text)
    box.setStandardButtons(buttons)
    answer = Button(box.exec())
    box.deleteLater()  # as the static functions do: no box stays behind as a child
    return answer


def critical(parent: QWidget | None, title: str, text: str) -> None:
    message(parent, QMessageBox.Icon.Critical, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    message(parent, QMessageBox.Icon.Warning, title, text)


def question(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or No (Escape and closing the box are No)."""
    buttons = Button.Yes | Button.No
    return message(parent, QMessageBox.Icon.Question, title, text, buttons) == Button.Yes
