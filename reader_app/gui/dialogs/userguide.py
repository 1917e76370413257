"""Help → User Guide (F1): the staff and patron guide, shown inside the app.

The guide is written in Chinese (docs/user-guide.zh.md, shipped in the frozen
build with its screenshots); Qt renders its Markdown, pictures included. Each
screenshot is framed with its alt text as a caption below it, so it does not
pass for a live control, and is scaled down to the viewport's width (re-scaled
on resize) so the reader never scrolls sideways.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QImageReader,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextTableFormat,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from reader_app.core.machine.paths import install_root

_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")
_OBJECT = "\ufffc"  # how a QTextDocument holds an inline image
FRAME_PADDING = 6
FRAME_BORDER = 1
INDENT = QTextFormat.Property.UserProperty + 1  # px a picture's paragraph is indented by


def guide_path() -> Path:
    return install_root() / "docs" / "user-guide.zh.md"


def image_captions(markdown: str) -> dict[str, str]:
    """Map each picture's file name to its alt text, the caption shown below it."""
    return {src: alt.strip() for alt, src in _IMAGE.findall(markdown)}


def _image_fragments(document: QTextDocument) -> list[tuple[int, QTextImageFormat]]:
    """(position, format) of every inline image, table cells included."""
    found = []
    block: QTextBlock = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                for offset in range(fragment.length()):
                    found.append(
                        (fragment.position() + offset, fragment.charFormat().toImageFormat())
                    )
            it += 1
        block = block.next()
    return found


def _indent(document: QTextDocument, block: QTextBlock) -> float:
    """How far right of the page's margin a paragraph starts (lists, quotes)."""
    step = document.indentWidth()
    shift = block.blockFormat().leftMargin() + block.blockFormat().indent() * step
    text_list = block.textList()
    if text_list is not None:
        shift += text_list.format().indent() * step
    return shift


def _set_format(document: QTextDocument, pos: int, image: QTextImageFormat) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(pos)
    cursor.setPosition(pos + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.setCharFormat(image)


class GuideBrowser(QTextBrowser):
    """The guide's text; owns the framing and the fitting of its screenshots."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuideText")
        self.setOpenExternalLinks(False)
        self._natural: dict[str, tuple[int, int]] = {}

    def show_guide(self, markdown: str, folder: Path) -> None:
        self.setSearchPaths([str(folder)])
        self.document().setUndoRedoEnabled(False)
        self.setMarkdown(markdown)
        for _pos, image in _image_fragments(self.document()):
            size = QImageReader(str(folder / image.name())).size()
            if size.isValid() and size.width() > 0:
                self._natural[image.name()] = (size.width(), size.height())
        self._frame_images(image_captions(markdown))
        self.fit_images()

    def _frame_images(self, captions: dict[str, str]) -> None:
        """Put each picture that stands alone in its paragraph into a bordered
        one-column table: the picture, then its caption."""
        document = self.document()
        border = self.palette().color(QPalette.ColorRole.Mid)
        caption_colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        # Work from the end so earlier positions stay valid.
        for pos, image in reversed(_image_fragments(document)):
            block = document.findBlock(pos)
            image.setProperty(INDENT, _indent(document, block))
            if block.text().strip() != _OBJECT:
                _set_format(document, pos, image)  # inline: only fitted, not framed
                continue
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.removeSelectedText()
            table_format = QTextTableFormat()
            table_format.setBorder(FRAME_BORDER)
            table_format.setBorderBrush(border)
            table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            table_format.setBorderCollapse(True)
            table_format.setCellPadding(FRAME_PADDING)
            table_format.setCellSpacing(0)
            table_format.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            table_format.setMargin(4)
            table = cursor.insertTable(2, 1, table_format)
            picture = table.cellAt(0, 0).firstCursorPosition()
            centred = picture.blockFormat()
            centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            picture.setBlockFormat(centred)
            picture.insertImage(image)
            caption = captions.get(image.name(), "")
            if caption:
                below = table.cellAt(1, 0).firstCursorPosition()
                below.setBlockFormat(centred)
                words = QTextCharFormat()
                words.setForeground(QColor(caption_colour))
                font = self.font()
                words.setFontPointSize(max(font.pointSizeF() * 0.9, 8.0))
                below.insertText(caption, words)  # insertText: plain text, never markup
            else:
                table.removeRows(1, 1)

    def available_width(self, indent: float = 0.0) -> int:
        """Room for a picture inside its frame in the current viewport."""
        margin = self.document().documentMargin()
        frame = 2 * (FRAME_PADDING + FRAME_BORDER + 4)
        return max(int(self.viewport().width() - 2 * margin - frame - indent - 4), 32)

    def fit_images(self) -> None:
        document = self.document()
        for pos, image in _image_fragments(document):
            natural = self._natural.get(image.name())
            if natural is None:
                continue
            indent = float(image.property(INDENT) or 0.0)
            drawn = min(natural[0], self.available_width(indent))
            height = round(drawn * natural[1] / natural[0])
            if round(image.width()) == drawn and round(image.height()) == height:
                continue
            image.setWidth(drawn)
            image.setHeight(height)
            _set_format(document, pos, image)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_images()


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("User Guide"))
        self.browser = GuideBrowser(self)
        path = guide_path()
        try:
            self.browser.show_guide(path.read_text(encoding="utf-8"), path.parent)
        except OSError:
            self.browser.setPlainText(
                self.tr("The user guide is missing from this installation: %1").replace(
                    "%1", str(path)
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.browser, 1)
        box.addWidget(buttons)
        self.resize(860, 680)
