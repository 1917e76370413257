"""Issue 26: switching the language keeps what the reader had and says it in the new one."""

from __future__ import annotations


def test_switching_language_keeps_the_reading_list_item_and_rewords_the_status(
    qtbot, make_window
) -> None:
    window = make_window(language="zh_CN")
    panel = window.reading_lists
    window.actions_["show_reading_lists"].trigger()
    assert panel.new_list("自贸区专题") is not None
    for article in window.library.issues[0].articles[:3]:
        assert panel.add_article(article.id)
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    panel.note.setText("先读这篇")
    panel.note.editingFinished.emit()
    assert "检索已就绪" in window.status_label.text()
    window.set_language("en")
    assert "search is ready" in window.status_label.text()
    assert "检索" not in window.status_label.text()
    assert panel.view.currentIndex().row() == 1  # still selected
    assert panel.note.text() == "先读这篇"  # its note, not the placeholder
    window.set_language("zh_CN")
    assert "检索已就绪" in window.status_label.text()
    assert panel.view.currentIndex().row() == 1 and panel.note.text() == "先读这篇"
