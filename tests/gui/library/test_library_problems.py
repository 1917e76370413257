"""A damaged bundle: the window starts, shows every healthy article, and says so."""

from __future__ import annotations


def test_damaged_article_is_reported_visibly(bundled_copy, make_window, message_boxes):
    (bundled_copy / "2022-18" / "articles" / "003.md").write_text("no front matter", "utf-8")
    window = make_window(wait_index=False)
    assert len(window.library.issues[0].articles) == 65
    button = window.problems_button
    assert button.isVisible() and "1" in button.text()
    button.click()
    kind, text = message_boxes[-1]
    assert kind == "warning" and "003.md" in text
    assert window.open_article("2022-18-15c0fe")  # a healthy article still opens


def test_no_warning_for_a_healthy_library(make_window):
    window = make_window(wait_index=False)
    assert window.library.problems == []
    assert not window.problems_button.isVisible()
