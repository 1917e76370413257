"""A publisher that died mid-publish: its lock and a bundle its index lacks stay on the share.

The workstation's warning must give the real figures (issue 21: it said "the library
holds 0"): the articles its index holds and the articles its library holds.
"""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

from reader_app.core.search import store
from reader_app.core.share import sharelock
from tests.cliutil import run_cli
from tests.core.share.shareutil import make_staff, tree_state, workstation_policy


def _articles(listing: dict, issue: str | None = None) -> int:
    return sum(len(i["articles"]) for i in listing["issues"] if issue in (None, i["id"]))


def _crashed_publish(tmp_path: Path, lock: dict) -> tuple[Path, str]:
    """Issue 1 published; issue 2's bundle copied, its index never made current; a lock left."""
    staff = make_staff(tmp_path)
    staff.publish_issue(1)
    root = staff.share / ".reader-index"
    before = (root / store.CURRENT).read_text("utf-8")
    second = staff.publish_issue(2)
    (root / store.CURRENT).write_text(before, "utf-8")  # died before switching the pointer
    (root / sharelock.LOCK_NAME).write_text(json.dumps(lock), "utf-8")
    return workstation_policy(tmp_path, staff.share, "ws.toml"), second


def _warning(policy: Path, *args: str) -> tuple[str, dict]:
    env = {"READER_APP_POLICY": str(policy)}
    listing = run_cli("list", "--json", env_extra=env)
    assert listing.returncode == 0, listing.stderr
    result = run_cli(*args, env_extra=env)
    assert result.returncode == 0, result.stderr
    lines = [x for x in result.stderr.splitlines() if "out of date" in x]
    assert len(lines) == 1, result.stderr
    return lines[0], json.loads(listing.stdout)


def test_leftover_lock_of_a_dead_publisher_gives_the_real_counts(tmp_path: Path) -> None:
    dead = {"host": socket.gethostname(), "pid": 2**22 + 7, "user": "staff", "since": 0,
            "token": "t"}  # fmt: skip
    policy, second = _crashed_publish(tmp_path, dead)
    share = tmp_path / "share"
    before = tree_state(share)
    line, listing = _warning(policy, "search", "锂电", "--json")
    held = _articles(listing)
    indexed = held - _articles(listing, second)
    assert 0 < indexed < held
    assert f"({indexed} articles indexed, the library holds {held})" in line
    # Nobody is publishing: the warning says what to do instead of "try again".
    assert "being published" not in line and "reader-app-cli publish" in line
    assert tree_state(share) == before  # the workstation wrote nothing on the share


def test_a_publish_under_way_says_so_with_the_real_counts(tmp_path: Path) -> None:
    alive = {"host": socket.gethostname(), "pid": os.getpid(), "user": "staff",
             "since": time.time(), "token": "t"}  # fmt: skip
    policy, second = _crashed_publish(tmp_path, alive)
    line, listing = _warning(policy, "index")
    held = _articles(listing)
    indexed = held - _articles(listing, second)
    assert f"({indexed} articles indexed, the library holds {held})" in line
    assert "being published" in line and "try again when it has finished" in line


def test_window_of_a_workstation_says_the_publish_did_not_finish(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from reader_app.core.app.session import Session
    from reader_app.core.machine.paths import app_dirs
    from reader_app.core.machine.policy import read_policy
    from reader_app.gui.app import build_window

    dead = {"host": "another-pc", "pid": 1, "user": "staff", "since": 0, "token": "t"}
    policy, _ = _crashed_publish(tmp_path, dead)
    lock = tmp_path / "share" / ".reader-index" / sharelock.LOCK_NAME
    os.utime(lock, (0, 0))  # not refreshed for hours: its machine died
    window = build_window(Session(read_policy(policy), app_dirs()))
    qtbot.addWidget(window)
    window.show()
    window.start()
    try:
        qtbot.waitUntil(lambda: window.index_ready, timeout=120_000)
        text = window.status_label.text()
        assert "检索索引不是最新的" in text and "上次发布未完成" in text, text
        assert "正在更新" not in text and "无法写入" not in text
    finally:
        window.pool.waitForDone()
        window.search_pool.waitForDone()
        window.close()
