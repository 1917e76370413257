"""Run the real CLI as a user whom file permissions bind (tests run as root in CI).

Root ignores ``chmod``, so a read-only folder is only read-only for another
user: as root, the CLI runs as ``nobody`` through ``setpriv`` (util-linux) or
``runuser``, in a folder tree outside pytest's private (0700) temp folder.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


def _prefix() -> list[str] | None:
    if os.name != "posix":
        return None
    if os.geteuid() != 0:
        return []  # permissions already bind this user
    import pwd

    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        return None
    setpriv = shutil.which("setpriv")
    if setpriv:
        return [setpriv, f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups"]
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", "nobody", "--"]
    return None


@dataclass
class User:
    """Where the unprivileged CLI keeps its state, and how to run it."""

    prefix: list[str]
    world: Path  # readable by the user; give() hands folders over to it
    env: dict[str, str]

    @property
    def home(self) -> Path:
        return Path(self.env["READER_APP_HOME"])

    @property
    def temp(self) -> Path:
        return Path(self.env["TMPDIR"])

    def give(self, path: Path) -> None:
        """Make ``path`` (and everything under it) the user's own."""
        if os.geteuid() != 0:
            return
        import pwd

        nobody = pwd.getpwnam("nobody")
        for item in [path, *path.rglob("*")]:
            os.lchown(item, nobody.pw_uid, nobody.pw_gid)

    def cli(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*self.prefix, sys.executable, "-m", "reader_app.cli", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            env=self.env,
            check=False,
        )

    def popen(self, *args: str, **kwargs: object) -> subprocess.Popen:
        return subprocess.Popen(
            [*self.prefix, sys.executable, "-m", "reader_app.cli", *args], env=self.env, **kwargs
        )


def _works(prefix: list[str]) -> bool:
    try:
        probe = subprocess.run(
            [*prefix, sys.executable, "-c", "import reader_app.cli"],
            capture_output=True,
            timeout=60,
            check=False,
        )
    except OSError:
        return False
    return probe.returncode == 0


@contextlib.contextmanager
def unprivileged_user() -> Iterator[User]:
    """A User with an empty state folder; skips the test if no such user can be had."""
    prefix = _prefix()
    if prefix is None:
        pytest.skip("needs a user whom permissions bind: a non-root run, or setpriv/runuser")
    if not _works(prefix):
        pytest.skip(
            f"'nobody' cannot run {sys.executable} with reader_app: the checkout and the "
            "virtual environment must be readable by others"
        )
    world = Path(tempfile.mkdtemp(prefix="reader-app-test-", dir="/tmp"))
    world.chmod(0o755)
    temp = world / "tmp"
    temp.mkdir()
    env = dict(os.environ)
    env.update(
        READER_APP_HOME=str(world / "home"),
        READER_APP_POLICY=str(world / "no-policy.toml"),
        XDG_CONFIG_DIRS=str(world / "site-config"),
        TMPDIR=str(temp),
        HOME=str(world),
    )
    env.pop("READER_APP_BUNDLED_ISSUES", None)
    made = User(prefix, world, env)
    made.give(temp)
    try:
        yield made
    finally:
        for path in [world, *world.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(world, ignore_errors=True)
