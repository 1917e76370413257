"""The program opens no network connection at all (issue 6).

Two views: inside this process every Python socket entry point is made to
fail and record the attempt; and a whole window session in a subprocess runs
under strace, which sees what Qt's C++ code does too.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from tests.conftest import REPO


@pytest.fixture
def socket_guard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(name: str):
        def guarded(*args: object, **kwargs: object) -> object:
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(101, "network use is forbidden in this test")

        return guarded

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    return attempts


def test_guard_would_notice_a_connection(socket_guard):
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    assert socket_guard == ["create_connection(('127.0.0.1', 9),)"]


def test_browse_search_print_session_touches_no_network(
    window, qtbot, socket_guard, tmp_path, message_boxes, monkeypatch
):
    opened_urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url) or True)
    window.open_issue("2022-18")
    assert window.open_article("2022-18-15c0fe")  # has a URL: the QR code is drawn
    window.focus_search()
    window.search_panel.edit.setText("跨境电商")
    window.search_panel.run_now()
    qtbot.waitUntil(lambda: not window.search_panel.busy, timeout=20000)
    window.search_panel.open_top_hit()
    assert window.mark_query("跨境电商") > 0
    window.go_back()
    window.go_forward()
    pdf = tmp_path / "article.pdf"
    assert window.export_pdf(pdf) >= 1 and pdf.stat().st_size > 1000
    window.copy_citation()
    # An external link asks first; the stubbed answer is No, so nothing opens.
    window.open_external(QUrl("https://mp.weixin.qq.com/s/Ffgthag2WLjR01D_9-S02A"))
    assert [kind for kind, _ in message_boxes] == ["question"]
    assert opened_urls == []
    assert socket_guard == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="strace is Linux-only")
def test_smoke_session_under_strace_makes_no_inet_connection(tmp_path):
    strace = shutil.which("strace")
    assert strace, "strace is needed (apt-get install strace; .ci/run installs it)"
    trace = tmp_path / "trace.txt"
    env = dict(os.environ, READER_APP_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [
            strace,
            "-f",
            "-qq",
            "-e",
            "trace=connect,sendto,sendmsg",
            "-o",
            str(trace),
            sys.executable,
            "-m",
            "reader_app.gui.app",
            "--smoke-test",
            "跨境电商",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert '"hits"' in done.stdout
    calls = trace.read_text(encoding="utf-8", errors="replace")
    inet = [line for line in calls.splitlines() if re.search(r"AF_INET6?\b", line)]
    assert inet == [], "\n".join(inet[:5])


def test_strace_check_can_fail(tmp_path):
    """The same trace check notices a real (refused) connection to localhost."""
    strace = shutil.which("strace")
    if not strace or not sys.platform.startswith("linux"):
        pytest.skip("strace is Linux-only")
    trace = tmp_path / "trace.txt"
    code = "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\nexcept OSError:\n    pass\n"
    subprocess.run(
        [strace, "-f", "-qq", "-e", "trace=connect", "-o", str(trace), sys.executable, "-c", code],
        check=True,
        timeout=60,
    )
    assert re.search(r"AF_INET\b", Path(trace).read_text())
