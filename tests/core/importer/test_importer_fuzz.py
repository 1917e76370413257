"""Property-based: whatever happens to the raw text, an import is complete or refused."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader_app.core.app.session import open_library
from reader_app.core.base.errors import ImportRefusedError, ReaderError
from reader_app.core.library.bundle import read_bundle
from tests.conftest import SEED
from tests.saidutil import said

SEED_LINES = SEED.read_text(encoding="utf-8").split("\n")
EXAMPLES = int(os.environ.get("READER_APP_FUZZ_EXAMPLES", "120"))
GARBAGE = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40
) | st.sampled_from(
    ["\x00", "\x1b[31m", "\ufeff", "\u202e", "**", "<p>", "\t\t", "目录", "附：", "1.1 "]
)


@st.composite
def mutated_issue(draw) -> bytes:
    lines = list(SEED_LINES)
    for _ in range(draw(st.integers(0, 12))):
        op = draw(st.sampled_from(["drop", "swap", "dup", "garbage", "cut-line"]))
        i = draw(st.integers(0, len(lines) - 1))
        if op == "drop":
            del lines[i]
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "garbage":
            lines.insert(i, draw(GARBAGE))
        else:
            cut = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:cut]
        if not lines:
            lines = [""]
    if draw(st.integers(0, 9)) == 0:  # the whole text pasted twice
        lines = lines + lines
    text = "\n".join(lines)
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 4)) == 0:  # cut the file anywhere, even inside a character
        data = data[: draw(st.integers(0, len(data)))]
    return data


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=mutated_issue())
def test_mutated_issue_is_imported_whole_or_refused(workspace, monkeypatch, data):
    home = workspace / "home"
    bundled = workspace / "bundled"
    shutil.rmtree(home, ignore_errors=True)
    bundled.mkdir(exist_ok=True)
    monkeypatch.setenv("READER_APP_HOME", str(home))
    monkeypatch.setenv("READER_APP_BUNDLED_ISSUES", str(bundled))
    raw = workspace / "issue.txt"
    raw.write_bytes(data)
    library = open_library()
    try:
        result = library.import_file(raw)
    except ImportRefusedError as exc:
        assert str(raw) in said(exc)
        assert "\n" not in said(exc).strip()
        assert _user_bundles(home) == []
        return
    except ReaderError as exc:  # pragma: no cover - any other refusal must still be clean
        pytest.fail(f"unexpected refusal: {exc}")
    bundles = _user_bundles(home)
    assert bundles == [result.path]
    issue = read_bundle(result.path)
    assert len(issue.articles) == len(result.issue.articles) > 0
    assert (result.path / "source.txt").read_bytes() == data


def _user_bundles(home: Path) -> list[Path]:
    folder = home / "data" / "issues"
    if not folder.exists():
        return []
    # The write lock may stay; anything else must be a complete bundle.
    return sorted(p for p in folder.iterdir() if p.name != ".write.lock")
