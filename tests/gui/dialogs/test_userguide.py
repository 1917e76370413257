"""F1 guide: screenshots fit the dialog and are framed with a caption."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from reader_app.gui.dialogs.userguide import UserGuideDialog, _image_fragments, guide_path


def drawn_spans(browser) -> list[tuple[str, int, int]]:
    """(name, left, right) of each picture as laid out in the viewport."""
    spans = []
    for pos, image in _image_fragments(browser.document()):
        cursor = QTextCursor(browser.document())
        cursor.setPosition(pos)
        left = browser.cursorRect(cursor).left()
        cursor.setPosition(pos + 1)
        right = browser.cursorRect(cursor).left()
        spans.append((image.name(), left, right))
    return spans


def test_screenshots_fit_the_viewport_and_follow_a_resize(qtbot):
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    dialog.resize(800, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    browser = dialog.browser
    viewport = browser.viewport().width()
    assert viewport < 800
    spans = drawn_spans(browser)
    names = {name for name, _, _ in spans}
    assert "screenshots/search-facets.png" in names and len(spans) >= 10
    for name, left, right in spans:
        assert 0 <= left < right <= viewport, (name, left, right, viewport)
        # The 1360 px screenshots are scaled down, not cropped: the picture fills
        # the room it has.
        assert right - left > viewport * 0.8, name
    for _pos, image in _image_fragments(browser.document()):
        if image.name().endswith("search-facets.png"):  # 1360×860: aspect kept
            assert abs(image.height() / image.width() - 860 / 1360) < 0.01

    dialog.resize(1200, 800)
    qtbot.waitUntil(lambda: browser.viewport().width() > viewport + 300)
    wider = browser.viewport().width()
    spans = drawn_spans(browser)
    assert max(right - left for _, left, right in spans) > viewport
    assert all(right <= wider for _, _, right in spans)


def test_each_screenshot_is_framed_with_its_alt_text_as_caption(qtbot):
    dialog = UserGuideDialog()
    qtbot.addWidget(dialog)
    document = dialog.browser.document()
    markdown = guide_path().read_text(encoding="utf-8")
    assert "![检索与分面](screenshots/search-facets.png)" in markdown
    tables = 0
    for pos, image in _image_fragments(document):
        cursor = QTextCursor(document)
        cursor.setPosition(pos)
        table = cursor.currentTable()
        assert table is not None, image.name()
        assert table.format().border() >= 1
        tables += 1
        if image.name() == "screenshots/search-facets.png":
            caption = table.cellAt(1, 0).firstCursorPosition().block().text()
            assert caption == "检索与分面"
    assert tables >= 10
    # The caption is text after the picture, so the alt text is in the guide's text.
    assert "专题汇编：封面、目录" in dialog.browser.toPlainText()
