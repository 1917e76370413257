"""Related terms in the window: shown with counts under the field, removable, toggled off."""

from __future__ import annotations


def _search(window, qtbot, text: str):
    window.actions_["search"].trigger()
    panel = window.search_panel
    panel.edit.setText(text)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.query == text, timeout=10000)
    return panel


def _rerun(panel, qtbot, action) -> None:
    before = panel.result
    action()
    qtbot.waitUntil(lambda: panel.result is not before and not panel.busy, timeout=10000)


def test_expansions_shown_with_counts_and_removed_with_one_click(window, qtbot):
    panel = _search(window, qtbot, "自贸区")
    bar = panel.expansions
    assert bar.isVisible()
    assert "也检索了：" in bar.text()  # Chinese is the default language
    assert "自由贸易试验区 (" in bar.text()
    assert "自贸港" in bar.terms()
    total = panel.result.total
    assert total > 2  # the two articles saying 自贸区, and those saying it otherwise
    link = f"expansion:{bar.terms().index('自贸港')}"
    assert f"href='{link}'" in bar.text()
    _rerun(panel, qtbot, lambda: bar.linkActivated.emit(link))  # what a click emits
    assert "自贸港" not in panel.expansions.terms()
    assert panel.edit.text() == "自贸区"  # the typed text is never edited
    assert panel.result.total <= total
    panel.edit.setText("自贸区 ")  # a new query: every related term again
    qtbot.waitUntil(lambda: "自贸港" in panel.expansions.terms(), timeout=10000)


def test_exact_hits_first_and_expanded_hits_marked_in_article(window, qtbot):
    panel = _search(window, qtbot, "双碳")  # no article says 双碳: all via 碳达峰/碳中和
    hits = panel.result.hits
    assert hits and all(h.via_expansion for h in hits)
    window.open_hit(hits[0].article, "双碳")
    assert window.view.mark_count > 0  # 碳达峰 / 碳中和 are marked
    panel = _search(window, qtbot, "AI")
    tiers = [h.via_expansion for h in panel.result.hits]
    assert tiers == sorted(tiers)  # every exact hit before every expanded one
    assert tiers[0] is False and tiers[-1] is True


def test_toggle_turns_expansion_off(window, qtbot):
    panel = _search(window, qtbot, "自贸区")
    expanded = panel.result.total
    _rerun(panel, qtbot, lambda: panel.expand.setChecked(False))
    assert panel.result.total < expanded
    assert not panel.result.expansions
    assert not panel.expansions.isVisible()


def test_about_lists_thesaurus_files_and_a_bad_one(make_window, qtbot):
    from reader_app.core.machine.paths import app_dirs

    bad = app_dirs().data / "thesaurus.toml"
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_text('[same]\n"甲" "乙"\n', encoding="utf-8")
    window = make_window()
    panel = _search(window, qtbot, "自贸区")  # the rest of the thesaurus still works
    assert "自贸港" in panel.expansions.terms()
    dialog = window.about_dialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "检索词表" in text and "reader_app/data/thesaurus.toml" in text
    assert str(bad) in text and "line 2" in text
