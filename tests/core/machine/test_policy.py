"""The machine policy: where it is found, what it sets, and how a broken file fails closed."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from reader_app.core.machine import logsetup
from reader_app.core.machine.paths import app_dirs
from reader_app.core.machine.policy import (
    DEFAULT_IDLE_MINUTES,
    Action,
    Policy,
    find_policy_file,
    load_policy,
    log_policy,
    read_policy,
)
from reader_app.core.machine.startup import start


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    """The file ``$READER_APP_POLICY`` names (set by the autouse fixture)."""
    return tmp_path / "policy.toml"


def test_no_policy_file_means_an_unmanaged_install() -> None:
    policy = load_policy()
    assert policy == Policy()
    assert policy.source is None
    assert (
        policy.allows(Action.IMPORT)
        and policy.allows(Action.EXPORT_PDF)
        and policy.allows(Action.PRINT)
    )
    assert (
        policy.allows(Action.OPEN_EXTERNAL_LINK)
        and policy.allows(Action.KEEP_STATE)
        and policy.allows(Action.CHANGE_LANGUAGE)
    )
    assert policy.idle_reset_ms is None


def test_every_key_is_read(policy_file: Path, tmp_path: Path) -> None:
    write(
        policy_file,
        f"""
library_folders = ["{(tmp_path / "share").as_posix()}", "~/digest"]
index_dir = "{(tmp_path / "idx").as_posix()}"
language = "en"
public_mode = true
idle_reset_minutes = 2.5
allow_import = true
allow_export = true
allow_printing = false
allow_external_links = true
thesaurus_folders = ["{(tmp_path / "terms").as_posix()}"]
public_log_folder = "{(tmp_path / "logs").as_posix()}"
""",
    )
    policy = load_policy()
    assert policy.source == policy_file
    assert policy.problems == ()
    assert policy.library_folders == (tmp_path / "share", Path.home() / "digest")
    assert policy.index_dir == tmp_path / "idx"
    assert policy.thesaurus_folders == (tmp_path / "terms",)
    assert policy.index_root(app_dirs()) == tmp_path / "idx"
    assert policy.log_dir(app_dirs()) == tmp_path / "logs"
    assert policy.language == "en"
    assert policy.idle_reset_ms == 150_000
    # Public mode wins over allow_import/allow_export: no file dialogs on a public machine.
    assert not policy.allows(Action.IMPORT) and not policy.allows(Action.EXPORT_PDF)
    assert not policy.allows(Action.PRINT)
    assert policy.allows(Action.OPEN_EXTERNAL_LINK)  # allowed explicitly
    assert not policy.allows(Action.KEEP_STATE) and not policy.allows(Action.CHANGE_LANGUAGE)


def test_public_mode_defaults(policy_file: Path) -> None:
    write(policy_file, "public_mode = true\n")
    policy = load_policy()
    assert policy.idle_reset_minutes == DEFAULT_IDLE_MINUTES
    assert policy.idle_reset_ms == 5 * 60_000
    assert not policy.allows(Action.OPEN_EXTERNAL_LINK)
    assert policy.allows(Action.PRINT)
    assert not policy.allows(Action.IMPORT) and not policy.allows(Action.FILE_DIALOG)


def test_staff_machine_can_switch_features_off(policy_file: Path) -> None:
    write(policy_file, "allow_import = false\nallow_external_links = false\n")
    policy = load_policy()
    assert not policy.public_mode and policy.allows(Action.KEEP_STATE)
    assert not policy.allows(Action.IMPORT) and not policy.allows(Action.OPEN_EXTERNAL_LINK)
    assert policy.allows(Action.EXPORT_PDF)


def test_idle_reset_zero_means_never(policy_file: Path) -> None:
    write(policy_file, "public_mode = true\nidle_reset_minutes = 0\n")
    assert load_policy().idle_reset_ms is None


def test_invalid_toml_fails_closed_and_names_file_and_line(policy_file: Path) -> None:
    write(policy_file, "public_mode = false\nallow_import = yes please\n")
    policy = load_policy()
    assert (
        policy.public_mode
        and not policy.allows(Action.IMPORT)
        and not policy.allows(Action.EXPORT_PDF)
    )
    assert not policy.allows(Action.OPEN_EXTERNAL_LINK)
    [message] = policy.problems
    assert str(policy_file) in message
    assert "line 2" in message
    assert "Fix the file" in message


def test_not_utf8_fails_closed(policy_file: Path) -> None:
    policy_file.write_bytes(b"public_mode = false\n# \xff\xfe\n")
    policy = load_policy()
    assert policy.public_mode
    assert "UTF-8" in policy.problems[0]


def test_bad_values_take_the_restrictive_choice_per_key(policy_file: Path) -> None:
    write(
        policy_file,
        """
public_mode = "no"
allow_external_links = 1
idle_reset_minutes = -3
language = "fr"
library_folders = [1, 2]
index_dir = ""
""",
    )
    policy = read_policy(policy_file)
    assert policy.public_mode is True
    assert policy.allow_external_links is False
    assert policy.idle_reset_minutes == DEFAULT_IDLE_MINUTES
    assert policy.language is None
    assert policy.library_folders == ()
    assert policy.index_dir is None
    keys = ["public_mode", "allow_external_links", "idle_reset_minutes", "language"]
    keys += ["library_folders", "index_dir"]
    assert len(policy.problems) == len(keys)
    for key, message in zip(keys, policy.problems, strict=True):
        assert f"key '{key}'" in message
        assert str(policy_file) in message


def test_unknown_key_is_reported_with_a_suggestion(policy_file: Path) -> None:
    write(policy_file, "public_mod = true\nallow_export = false\n")
    policy = load_policy()
    assert not policy.allows(Action.EXPORT_PDF)
    assert not policy.public_mode
    [message] = policy.problems
    assert "'public_mod'" in message and "did you mean 'public_mode'" in message


def test_a_single_folder_may_be_a_string(policy_file: Path, tmp_path: Path) -> None:
    write(policy_file, f'library_folders = "{tmp_path.as_posix()}"\n')
    assert load_policy().library_folders == (tmp_path,)


def test_machine_wide_file_wins_over_the_environment(
    policy_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(policy_file, "public_mode = false\n")
    site = write(tmp_path / "site-config" / "reader-app" / "policy.toml", "public_mode = true\n")
    assert find_policy_file() == site
    assert load_policy().public_mode


def test_file_beside_the_executable_wins_over_site_config(tmp_path: Path) -> None:
    write(tmp_path / "site-config" / "reader-app" / "policy.toml", "public_mode = true\n")
    beside = write(tmp_path / "app" / "policy.toml", "public_mode = false\n")
    assert find_policy_file(tmp_path / "app") == beside
    assert not load_policy(tmp_path / "app").public_mode


def test_frozen_executable_dir_is_searched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    beside = write(tmp_path / "app" / "policy.toml", "allow_printing = false\n")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "app" / "reader-app"))
    assert find_policy_file() == beside.resolve()


def test_problems_are_logged(policy_file: Path, caplog: pytest.LogCaptureFixture) -> None:
    write(policy_file, "allow_import = maybe\n")
    with caplog.at_level(logging.INFO, logger="reader_app.core.machine.policy"):
        log_policy(load_policy())
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert str(policy_file) in warnings[0].getMessage()


@pytest.fixture
def fresh_logging(monkeypatch: pytest.MonkeyPatch):
    """Let start() install its own handler, and remove it afterwards."""
    root = logging.getLogger()
    before = list(root.handlers)
    for handler in before:
        if getattr(handler, "_reader_app", False):
            root.removeHandler(handler)
    monkeypatch.setattr(logsetup, "_current", None)
    yield
    for handler in list(root.handlers):
        if getattr(handler, "_reader_app", False):
            root.removeHandler(handler)
            handler.close()
    for handler in before:
        if handler not in root.handlers:
            root.addHandler(handler)


def test_public_workstation_logs_outside_the_profile(
    policy_file: Path, app_home: Path, tmp_path: Path, monkeypatch, fresh_logging
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    write(policy_file, "public_mode = true\nallow_import = 3\n")
    startup = start()
    logging.getLogger("test").warning("hello")
    assert startup.log_path is not None
    assert not startup.log_path.is_relative_to(app_home)
    assert startup.log_path.is_relative_to(tmp_path / "tmp")
    assert "key 'allow_import'" in startup.log_path.read_text(encoding="utf-8")
    assert not app_home.exists()


def test_staff_machine_logs_in_the_profile(app_home: Path, fresh_logging) -> None:
    startup = start()
    assert startup.log_path == app_home / "log" / "reader-app.log"


def test_one_question_answers_every_action() -> None:
    """Both faces ask ``allows``; public mode (forced or from the file) closes the same doors."""
    staff, public = Policy(), Policy().public()
    assert all(staff.allows(action) for action in Action)
    assert public.public_mode and Policy(public_mode=True).public() == Policy(public_mode=True)
    closed = {a for a in Action if not public.allows(a)}
    open_ = {Action.PRINT, Action.PRINT_ORIGINAL, Action.BATCH_PRINT, Action.READ_ALOUD}
    assert closed == set(Action) - open_  # read-aloud is for patrons too; quitting is not
    assert not Policy(public_mode=True, allow_read_aloud=False).allows(Action.READ_ALOUD)
    assert not Policy(allow_read_aloud=False).allows(Action.READ_ALOUD)
    assert Policy(public_mode=True, allow_quit=True).allows(Action.QUIT)
    assert not Policy(allow_quit=False).allows(Action.QUIT)
    assert not Policy(language="en").allows(Action.CHANGE_LANGUAGE)
