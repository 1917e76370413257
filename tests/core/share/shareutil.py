"""A real folder standing for the reading-room share, a staff publisher and workstations.

The publisher is the real CLI (as root, with a staff policy); workstations run
as ``nobody`` (tests/unprivileged.py) so that the share is really read-only for
them, exactly as file-server permissions make it.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from tests.cliutil import run_cli
from tests.conftest import REPO
from tests.fixtures.compose import compose_issue

SEED = REPO / "issues" / "2022-18" / "source.txt"
#: compose_issue seeds giving distinct issue ids (checked by the tests that use them).
RAW_SEEDS = (1, 2, 3, 5)


def tree_state(root: Path) -> dict[str, str]:
    """Every file under ``root`` (hidden ones too) with its content hash."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@dataclass
class Staff:
    """The staff machine: publishes onto ``share`` through the real CLI."""

    share: Path
    home: Path
    policy: Path
    raws: Path

    def env(self) -> dict[str, str]:
        return {"READER_APP_HOME": str(self.home), "READER_APP_POLICY": str(self.policy)}

    def cli(self, *args: str):
        return run_cli(*args, env_extra=self.env())

    def raw(self, seed: int) -> Path:
        path = self.raws / f"raw{seed}.txt"
        if not path.exists():
            path.write_bytes(compose_issue(SEED, seed)[0])
        return path

    def publish_issue(self, seed: int, *extra: str) -> str:
        """Import one composed issue onto the share; returns its id."""
        result = self.cli("import", str(self.raw(seed)), "--json", *extra)
        assert result.returncode == 0, result.stderr
        import json

        return json.loads(result.stdout)["imports"][0]["issue"]


def make_staff(world: Path) -> Staff:
    share = world / "share"
    share.mkdir(mode=0o755)
    os.chmod(share, 0o755)
    policy = world / "staff-policy.toml"
    policy.write_text(f'library_folders = ["{share}"]\npublish_library = true\n', "utf-8")
    raws = world / "raws"
    raws.mkdir()
    return Staff(share, world / "staff-home", policy, raws)


def workstation_policy(world: Path, share: Path, name: str = "ws-policy.toml") -> Path:
    path = world / name
    path.write_text(f'public_mode = true\nlibrary_folders = ["{share}"]\n', "utf-8")
    path.chmod(0o644)
    return path
