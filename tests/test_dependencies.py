"""Each version constraint in pyproject.toml keeps its reason (docs/decisions.md).

A constraint nobody can explain gets lifted; these tests say what breaks if it
is, and check the installed environment against it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import metadata, resources
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from tests.conftest import REPO

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib

SUPPORTED_PYTHONS = ("3.10", "3.11", "3.12", "3.13", "3.14")
BROKEN_PYSIDE = "6.12.0"  # drops a reference to None per Qt call returning nothing
NONE_TOLERANCE = 5
QT_CALLS = 2000


def requirements() -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(text) for text in project["dependencies"]]


def applying(name: str, python: str) -> list[Requirement]:
    """The requirements on ``name`` that pip would use on Python ``python``."""
    env = {"python_version": python, "python_full_version": f"{python}.0"}
    return [
        req
        for req in requirements()
        if req.name.lower() == name.lower() and (req.marker is None or req.marker.evaluate(env))
    ]


# ------------------------------------------------------------ PySide6-Essentials

# Runs in its own process: a broken binding aborts the interpreter
# ("Fatal Python error: none_dealloc"), which must fail this test, not kill pytest.
NONE_REFCOUNT_PROBE = f"""
import gc, json, sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel()
timer = QTimer()

def calls():  # Qt calls that return nothing (void in C++): the ones 6.12.0 got wrong
    app.processEvents()
    label.setText("锂电")
    label.setEnabled(True)
    label.setToolTip("x")
    timer.setInterval(5)
    QCoreApplication.sendPostedEvents()

for _ in range(50):  # warm-up: caches fill once
    calls()
gc.collect()
before = sys.getrefcount(None)
for _ in range({QT_CALLS // 5}):  # about {QT_CALLS} calls
    calls()
gc.collect()
after = sys.getrefcount(None)
print(json.dumps({{"before": before, "after": after}}))
"""


def test_qt_calls_keep_the_reference_count_of_none() -> None:
    """The installed binding neither drops nor leaks references to None.

    On Python < 3.12, PySide6 6.12.0 drops one per call, so the count falls by
    about 2,000 here and the interpreter aborts once it reaches zero. From 3.12
    None is immortal and its count never moves: the test passes there by design.
    """
    done = subprocess.run(
        [sys.executable, "-c", NONE_REFCOUNT_PROBE],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"Qt calls crashed Python: {done.stderr[-1500:]}"
    counts = json.loads(done.stdout.strip().splitlines()[-1])
    change = counts["after"] - counts["before"]
    assert abs(change) <= NONE_TOLERANCE, (
        f"sys.getrefcount(None) moved by {change} over {QT_CALLS} Qt calls "
        f"with PySide6 {metadata.version('PySide6-Essentials')} (docs/decisions.md)"
    )


@pytest.mark.parametrize("python", SUPPORTED_PYTHONS)
def test_pyside_constraint_excludes_the_broken_release(python: str) -> None:
    reqs = applying("PySide6-Essentials", python)
    assert reqs, f"no PySide6-Essentials requirement applies on Python {python}"
    for req in reqs:
        assert not req.specifier.contains(BROKEN_PYSIDE, prereleases=True), (python, str(req))
        assert req.specifier.contains("6.11.3"), f"the known good release is excluded: {req}"


@pytest.mark.parametrize("python", ("3.10", "3.11"))
def test_pyside_is_capped_where_none_is_mortal(python: str) -> None:
    """Until a 6.12.x passes the probe above, no 6.12 release on 3.10/3.11."""
    for req in applying("PySide6-Essentials", python):
        assert not req.specifier.contains("6.12.1", prereleases=True), str(req)


def test_installed_packages_meet_pyproject() -> None:
    """The environment the tests run in is one pip would build from pyproject.toml."""
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    env = {
        "python_version": python,
        "python_full_version": ".".join(map(str, sys.version_info[:3])),
    }
    for req in requirements():
        if req.marker is not None and not req.marker.evaluate(env):
            continue
        installed = metadata.version(req.name)
        assert req.specifier.contains(installed, prereleases=True), f"{req.name} {installed}: {req}"


# ------------------------------------------------------------ the others


def test_whoosh_reloaded_is_the_pinned_release_and_alone() -> None:
    """Pinned exactly: the index format and the analyzer output belong to the schema version."""
    (req,) = applying("Whoosh-Reloaded", "3.11")
    pins = [spec for spec in req.specifier if spec.operator == "=="]
    assert len(pins) == 1, f"Whoosh-Reloaded must be pinned exactly: {req}"
    assert Version(metadata.version("Whoosh-Reloaded")) == Version(pins[0].version)
    with pytest.raises(metadata.PackageNotFoundError):
        metadata.version("Whoosh")  # the unmaintained original owns the same import name


def test_whoosh_imports_with_warnings_as_errors() -> None:
    """The reason for the fork: the original warns (invalid escapes) on Python 3.12+."""
    code = (
        "import whoosh, whoosh.analysis, whoosh.fields, whoosh.highlight, whoosh.index, "
        "whoosh.qparser, whoosh.query, whoosh.searching, whoosh.writing"
    )
    done = subprocess.run(
        [sys.executable, "-W", "error", "-X", "dev", "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(__file__).parent,  # not the repo: byte-compile from site-packages
    )
    assert done.returncode == 0, done.stderr[-1500:]


def test_opencc_ships_the_table_the_search_reads() -> None:
    """opencc-python-reimplemented is there for TSCharacters.txt alone."""
    table = resources.files("opencc").joinpath("dictionary/TSCharacters.txt")
    assert "鋰\t锂" in table.read_text(encoding="utf-8")


def test_segno_stays_dependency_free() -> None:
    """segno was chosen because it is pure Python with no dependencies of its own."""
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    needs = [Requirement(text) for text in metadata.requires("segno") or []]
    active = [r for r in needs if r.marker is None or r.marker.evaluate({"python_version": python})]
    assert active == [], active


def test_tomli_only_where_tomllib_is_missing() -> None:
    assert applying("tomli", "3.10"), "Python 3.10 has no tomllib"
    assert not applying("tomli", "3.11"), "tomllib is in the standard library from 3.11"
