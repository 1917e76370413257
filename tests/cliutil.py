"""Run the real reader-app-cli in a subprocess, as staff scripts and IT do."""

from __future__ import annotations

import os
import subprocess
import sys


def run_cli(
    *args: str,
    stdin: str | None = None,
    env_extra: dict[str, str] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "reader_app.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=stdin,
        timeout=timeout,
        env=env,
        check=False,
    )
