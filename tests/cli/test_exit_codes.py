"""Every exit code the README documents, produced by the real CLI (issue 9)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.cliutil import run_cli as cli
from tests.conftest import REPO, SEED

Outcome = tuple[int, str]  # exit code, stderr


def documented_codes() -> dict[int, str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return {int(m[1]): m[2] for m in re.finditer(r"^\| (\d+) \| (.+) \|$", text, re.MULTILINE)}


def _run(*args: str) -> Outcome:
    result = cli(*args)
    return result.returncode, result.stderr


def ok(tmp_path: Path) -> Outcome:
    return _run("list")


def nothing_changed(tmp_path: Path) -> Outcome:
    return _run("import", str(SEED))  # the seed is bundled already


def cannot_import(tmp_path: Path) -> Outcome:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    return _run("import", str(empty))


def damaged_bundle(tmp_path: Path) -> Outcome:
    """``show`` of an article whose file is damaged: 3, naming the file (was 4)."""
    user = Path(os.environ["READER_APP_HOME"]) / "data" / "issues"
    assert cli("import", "--replace", str(SEED)).returncode == 0
    article = user / "2022-18" / "articles" / "015.md"
    article_id = re.search(r'^id = "(.+)"$', article.read_text("utf-8"), re.MULTILINE)[1]
    article.write_text(article.read_text("utf-8").replace("+++", "+++\nid = = broken", 1), "utf-8")
    code, err = _run("show", article_id)
    assert str(article) in err, err
    return code, err


def unknown_id(tmp_path: Path) -> Outcome:
    return _run("show", "2022-18-000000")


def policy_refused(tmp_path: Path) -> Outcome:
    Path(os.environ["READER_APP_POLICY"]).write_text("public_mode = true\n", encoding="utf-8")
    return _run("import", str(SEED))


def usage_error(tmp_path: Path) -> Outcome:
    return _run("list", "--no-such-option")


def internal_error(tmp_path: Path) -> Outcome:
    """A bug, injected into the real ``main`` in its own process."""
    script = (
        "import sys\n"
        "from reader_app import cli\n"
        "from reader_app.core.app.session import Session\n"
        "def bug(*args, **kwargs):\n"
        "    raise ZeroDivisionError('a bug')\n"
        "Session.open_library = bug\n"
        "sys.exit(cli.main(['list']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    return result.returncode, result.stderr


def interrupted(tmp_path: Path) -> Outcome:
    reader = subprocess.Popen(
        [sys.executable, "-m", "reader_app.cli", "search", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    reader.stdin.write("跨境\n")
    reader.stdin.flush()
    assert json.loads(reader.stdout.readline())["total"] > 0  # it waits for the next query
    reader.send_signal(signal.SIGINT)
    code = reader.wait(timeout=60)
    err = reader.stderr.read()
    for stream in (reader.stdin, reader.stdout, reader.stderr):
        stream.close()
    return code, err


SCENARIOS: dict[int, Callable[[Path], Outcome]] = {
    0: ok,
    1: nothing_changed,
    2: cannot_import,
    3: damaged_bundle,
    4: unknown_id,
    5: policy_refused,
    64: usage_error,
    70: internal_error,
    130: interrupted,
}


def test_readme_documents_exactly_the_codes_the_cli_gives():
    assert set(documented_codes()) == set(SCENARIOS)
    epilog = cli("--help").stdout.split("exit codes:")[1]
    assert {int(n) for n in re.findall(r"(?<![\w.])(\d+)\s", epilog)} == set(SCENARIOS)


def test_every_documented_code_is_produced(tmp_path, monkeypatch):
    for code, scenario in SCENARIOS.items():
        case = tmp_path / str(code)
        case.mkdir()
        monkeypatch.setenv("READER_APP_HOME", str(case / "home"))
        monkeypatch.setenv("READER_APP_POLICY", str(case / "policy.toml"))
        got, err = scenario(case)
        assert got == code, f"{scenario.__name__}: exit {got}, expected {code}; stderr: {err}"
        if code:
            assert "Traceback" not in err
            lines = [line for line in err.splitlines() if not line.startswith("usage:")]
            assert len(lines) == 1, f"{scenario.__name__}: {err}"


def test_internal_error_names_the_log():
    code, err = internal_error(Path())
    assert code == 70 and "internal error" in err and "reader-app.log" in err
