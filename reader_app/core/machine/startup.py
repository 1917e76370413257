"""What every entry point does first: read the policy, then log where the policy says."""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass
from pathlib import Path

from reader_app import __version__
from reader_app.core.machine.logsetup import setup_logging
from reader_app.core.machine.paths import AppDirs, app_dirs, portable_marker
from reader_app.core.machine.policy import Policy, load_policy, log_policy

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Startup:
    """The policy and folders in force for this run (``Session.start`` builds on it)."""

    policy: Policy
    dirs: AppDirs
    log_path: Path | None

    @property
    def index_root(self) -> Path:
        return self.policy.index_root(self.dirs)


def start(level: int = logging.INFO) -> Startup:
    """Load the policy before logging, so a public workstation never logs into the profile.

    Kept by no global: the entry point's session (core/app/session.py) holds it.
    """
    policy = load_policy()
    dirs = app_dirs()
    log_path = setup_logging(level, policy.log_dir(dirs), private=policy.public_mode)
    log.info("reader-app %s starting", __version__)
    marker = portable_marker()
    if marker is not None:
        log.info("portable mode (%s): state kept in %s", marker, dirs.data.parent)
    log_policy(policy)
    return Startup(policy, dirs, log_path)


def pause_gc() -> None:
    """No cyclic garbage collection while starting (an entry point's first call).

    A start makes some 300,000 long-lived objects (modules, classes, the catalogue, the
    widgets) and little garbage; the collector would walk them again and again (~50 ms
    of a window's start with 320 issues, ~20 ms of a CLI search).
    """
    gc.disable()


def resume_gc() -> None:
    """The start is over: what it made is moved out of later collections, which resume.

    The few garbage cycles a start leaves are kept (a full collection to find them would
    cost what pausing saved). Does nothing if collection was not paused (tests, tools).
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
