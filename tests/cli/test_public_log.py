"""A public workstation's log: private to its user, never reached through a planted link.

The real CLI in public mode, in a subprocess; the temp folder is one another local
user could have prepared (issue 21: "The public log").
"""

from __future__ import annotations

import getpass
import logging
import os
import stat
from pathlib import Path

import pytest

from reader_app.core.machine import logsetup
from reader_app.core.machine.startup import start
from tests.cliutil import run_cli
from tests.unprivileged import unprivileged_user

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX owners, modes and links")

VICTIM_TEXT = "the patron's own file\n"


def _public(tmp_path: Path, extra: str = "") -> dict[str, str]:
    policy = tmp_path / "public-policy.toml"
    policy.write_text(f"public_mode = true\n{extra}", encoding="utf-8")
    return {"READER_APP_POLICY": str(policy)}


def _logs(folder: Path) -> list[Path]:
    """Every log file in a real (not linked) folder directly under ``folder``."""
    found = []
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            found += [p for p in entry.iterdir() if p.name == logsetup.LOG_NAME]
    return found


def _assert_private(log: Path, uid: int | None = None) -> None:
    uid = os.getuid() if uid is None else uid
    folder = os.lstat(log.parent)
    held = os.lstat(log)
    assert stat.S_ISDIR(folder.st_mode) and folder.st_uid == uid
    assert stat.S_IMODE(folder.st_mode) == 0o700
    assert stat.S_ISREG(held.st_mode) and held.st_uid == uid
    assert stat.S_IMODE(held.st_mode) == 0o600
    assert "reader-app " in log.read_text("utf-8") and "starting" in log.read_text("utf-8")


@pytest.fixture
def temp() -> Path:
    """The temp folder the CLI uses ($TMPDIR, set by the autouse fixture)."""
    return Path(os.environ["TMPDIR"])


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    path = tmp_path / "victim.txt"
    path.write_text(VICTIM_TEXT, encoding="utf-8")
    return path


def _plant(kind: str, temp: Path, victim: Path, tmp_path: Path) -> Path:
    """The predictable folder as someone else prepared it; returns what must stay untouched."""
    planted = temp / f"reader-app-public-log-{getpass.getuser()}"
    if kind == "link_inside":  # ours and private, but the log's name links elsewhere
        planted.mkdir(mode=0o700)
        (planted / logsetup.LOG_NAME).symlink_to(victim)
        return planted
    if kind == "open_to_all":  # anyone may add a link in it later, or read the log
        planted.mkdir()
        planted.chmod(0o777)
        return planted
    attacker = tmp_path / "attacker"  # the folder's name is itself a link
    attacker.mkdir()
    attacker.chmod(0o777)
    planted.symlink_to(attacker, target_is_directory=True)
    return attacker


@pytest.mark.parametrize("kind", ["link_inside", "open_to_all", "folder_is_link"])
def test_planted_log_folder_is_not_used(
    kind: str, tmp_path: Path, temp: Path, victim: Path
) -> None:
    untouched = _plant(kind, temp, victim, tmp_path)
    before = sorted(p.name for p in untouched.iterdir())
    result = run_cli("list", env_extra=_public(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "log" not in result.stderr
    assert victim.read_text("utf-8") == VICTIM_TEXT
    assert sorted(p.name for p in untouched.iterdir()) == before  # nothing added there
    logs = [p for p in _logs(temp) if p.parent.resolve() != untouched.resolve()]
    assert len(logs) == 1, logs
    _assert_private(logs[0])
    assert "not private" in logs[0].read_text("utf-8")  # IT can tell from the log


def test_a_folder_of_another_user_is_not_used() -> None:
    """The real attack: root plants the patron's folder and a link to the patron's file."""
    if os.geteuid() != 0:
        pytest.skip("needs root to plant a folder that another user owns")
    with unprivileged_user() as user:
        user.home.mkdir()
        user.give(user.home)
        user.env.update(USER="nobody", LOGNAME="nobody")
        policy = user.world / "public-policy.toml"
        policy.write_text("public_mode = true\n", encoding="utf-8")
        policy.chmod(0o644)
        user.env["READER_APP_POLICY"] = str(policy)
        victim = user.home / "bookmarks.json"  # the patron's own: the patron may write it
        victim.write_text(VICTIM_TEXT, encoding="utf-8")
        user.give(victim)
        planted = user.temp / "reader-app-public-log-nobody"
        planted.mkdir(mode=0o755)  # not the patron's
        (planted / logsetup.LOG_NAME).symlink_to(victim)
        result = user.cli("list")
        assert result.returncode == 0, result.stderr
        assert victim.read_text("utf-8") == VICTIM_TEXT
        logs = [p for p in _logs(user.temp) if p.parent != planted]
        assert len(logs) == 1, logs
        _assert_private(logs[0], uid=os.stat(user.home).st_uid)


def test_runtime_dir_is_preferred_when_private(tmp_path: Path, temp: Path) -> None:
    runtime = tmp_path / "run-user"
    runtime.mkdir(mode=0o700)
    env = {**_public(tmp_path), "XDG_RUNTIME_DIR": str(runtime)}
    assert run_cli("list", env_extra=env).returncode == 0
    log = runtime / "reader-app-public-log" / logsetup.LOG_NAME
    _assert_private(log)
    assert _logs(temp) == []
    runtime.chmod(0o777)  # not private: not used, and the log says why
    assert run_cli("list", env_extra=env).returncode == 0
    (other,) = _logs(temp)
    _assert_private(other)
    assert f"$XDG_RUNTIME_DIR {runtime} can be written by others" in other.read_text("utf-8")


def test_temp_folder_anyone_can_swap_in_means_no_log(tmp_path: Path) -> None:
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    shared.chmod(0o777)  # no sticky bit: another user could rename our folder away
    env = {**_public(tmp_path), "TMPDIR": str(shared)}
    result = run_cli("list", env_extra=env)
    assert result.returncode == 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"cannot write the log file in {shared}" in lines[0] and "no log is kept" in lines[0]
    assert list(shared.iterdir()) == []


def test_the_policy_may_name_the_folder(tmp_path: Path, temp: Path, victim: Path) -> None:
    named = tmp_path / "logs"
    env = _public(tmp_path, f"public_log_folder = '{named}'\n")
    result = run_cli("list", env_extra=env)
    assert result.returncode == 0 and result.stderr == ""
    _assert_private(named / logsetup.LOG_NAME)
    assert _logs(temp) == []
    (named / logsetup.LOG_NAME).unlink()
    (named / logsetup.LOG_NAME).symlink_to(victim)  # even there, never through a link
    result = run_cli("list", env_extra=env)
    assert result.returncode == 0
    assert victim.read_text("utf-8") == VICTIM_TEXT
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot write the log file" in lines[0], result.stderr
    policy = run_cli("policy", env_extra=env)
    assert f"Public log folder:      {named}" in policy.stdout


@pytest.fixture
def fresh_logging(monkeypatch: pytest.MonkeyPatch):
    root = logging.getLogger()
    ours = [h for h in root.handlers if getattr(h, "_reader_app", False)]
    for handler in ours:
        root.removeHandler(handler)
    monkeypatch.setattr(logsetup, "_current", None)
    yield
    for handler in list(root.handlers):
        if getattr(handler, "_reader_app", False) or getattr(handler, "_reader_app_off", False):
            root.removeHandler(handler)
            handler.close()
    for handler in ours:
        root.addHandler(handler)


def test_rotation_reopens_the_log_privately(
    tmp_path: Path, temp: Path, fresh_logging, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(temp))  # this process read $TMPDIR earlier
    (tmp_path / "policy.toml").write_text("public_mode = true\n", "utf-8")  # $READER_APP_POLICY
    old = os.umask(0o022)
    try:
        path = start().log_path
        assert path is not None
        handler = next(h for h in logging.getLogger().handlers if getattr(h, "_reader_app", 0))
        handler.maxBytes = 2_000  # type: ignore[attr-defined]
        for n in range(40):
            logging.getLogger("test").warning("record %d %s", n, "x" * 100)
        handler.flush()
    finally:
        os.umask(old)
    rotated = path.with_name(path.name + ".1")
    assert rotated.exists()
    _assert_private_file(path)
    _assert_private_file(rotated)
    assert path.parent.parent == temp


def _assert_private_file(path: Path) -> None:
    held = os.lstat(path)
    assert stat.S_ISREG(held.st_mode) and stat.S_IMODE(held.st_mode) == 0o600
