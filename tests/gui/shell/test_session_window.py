"""The window gets its policy, folders, library and search from the session it is given.

No policy file is written here, so the machine is a staff one: a public window can only
come from the public session handed to ``build_window`` (gui/app.py), never a global.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from reader_app.core.app.session import Session
from reader_app.core.machine.paths import AppDirs, app_dirs
from reader_app.core.machine.policy import Policy, load_policy
from reader_app.gui.app import build_window
from tests.conftest import REPO


def _close(window) -> None:
    window.pool.waitForDone()
    window.search_pool.waitForDone()
    window.close()


def test_a_public_session_gives_a_public_window_and_a_staff_one_a_staff_window(qtbot) -> None:
    assert not load_policy().public_mode  # this machine's own policy: staff
    public = Session(Policy(public_mode=True), app_dirs())
    window = build_window(public)
    qtbot.addWidget(window)
    try:
        assert window.session is public and window.policy is public.policy
        assert window.library is public.library and window.search is public.search
        assert window.library.catalogue is None  # a public start keeps none
        assert not window.actions_["import"].isVisible()
    finally:
        _close(window)
    staff = build_window(Session(Policy(), app_dirs()))  # the next one is not public
    qtbot.addWidget(staff)
    try:
        assert not staff.policy.public_mode
        assert staff.actions_["import"].isVisible()
    finally:
        _close(staff)


def test_windows_of_two_sessions_show_only_their_own_issues(qtbot, tmp_path: Path) -> None:
    homes = []
    for name, issue_id in (("one", "2099-01"), ("two", "2099-02")):
        root = tmp_path / name
        dirs = AppDirs(root / "data", root / "cache", root / "config", root / "log")
        target = dirs.user_issues / issue_id
        shutil.copytree(REPO / "issues" / "2022-18", target)
        toml = target / "issue.toml"
        text = toml.read_text(encoding="utf-8").replace('id = "2022-18"', f'id = "{issue_id}"')
        toml.write_text(text, encoding="utf-8")
        homes.append(dirs)
    windows = [build_window(Session(Policy(), dirs)) for dirs in homes]
    try:
        for window in windows:
            qtbot.addWidget(window)
        ids = [{i.id for i in w.library.issues} for w in windows]
        assert "2099-01" in ids[0] and "2099-02" not in ids[0]
        assert "2099-02" in ids[1] and "2099-01" not in ids[1]
        found = [{hit.issue for hit in w.search.search("自贸试验区").hits} for w in windows]
        assert "2099-01" in found[0] and "2099-02" not in found[0]
        assert "2099-02" in found[1] and "2099-01" not in found[1]
        assert windows[0].session.dirs != windows[1].session.dirs
    finally:
        for window in windows:
            _close(window)
