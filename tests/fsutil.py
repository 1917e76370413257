"""File-system proofs for tests: 'nothing was written here'."""

from __future__ import annotations

from pathlib import Path


def tree_state(folder: Path) -> dict[str, tuple[int, int]]:
    """Path -> (size, mtime) for everything under ``folder``: a 'nothing written' proof."""
    if not folder.exists():
        return {}
    state = {".": (0, folder.stat().st_mtime_ns)}
    for path in sorted(folder.rglob("*")):
        stat = path.lstat()
        state[str(path.relative_to(folder))] = (stat.st_size, stat.st_mtime_ns)
    return state
