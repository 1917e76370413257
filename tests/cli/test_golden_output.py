"""The CLI's words, byte for byte: its text and JSON compared with committed references.

The faces render what the core hands out (docs/architecture.md); moving wording
out of the core must not change a byte of what scripts and IT read. Each case's
exit code, stdout and stderr are kept in ``tests/_reference/cli/<case>.txt``
(as novelWriter keeps ``tests/_reference``). Only what varies from run to run is
masked: timings and temporary folders. After an intended change of wording,
regenerate with ``READER_APP_REGENERATE=1`` and review the diff.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from tests.cliutil import run_cli
from tests.conftest import REPO, SEED

REFERENCE = Path(__file__).resolve().parents[1] / "_reference" / "cli"
REGENERATE = os.environ.get("READER_APP_REGENERATE") == "1"

SEARCHES = {
    "hits": ["跨境电商"],
    "expanded": ["自贸区"],
    "no_expand": ["自贸区", "--no-expand"],
    "exact": ["=自贸区"],
    "no_hits_suggestions": ["量子引力弦论"],
    "partial_match": ["跨境电商 量子引力"],
    "either": ["跨境 OR 物流", "--limit", "3"],
    "phrase": ['"跨境电商"', "--sort", "date", "--limit", "3"],
    "filtered_empty": ["锂电", "--section", "没有这个栏目"],
    "latin": ["RCEP", "--limit", "2"],
}


def _mask(text: str, tmp: Path) -> str:
    text = text.replace(str(tmp), "<TMP>").replace(str(REPO), "<REPO>")
    text = re.sub(r"\d+ ms\b", "<N> ms", text)
    text = re.sub(r"file\(s\) in [0-9.]+ s\b", "file(s) in <N> s", text)  # import's time
    text = re.sub(r'"seconds": [0-9.]+', '"seconds": <N>', text)
    return re.sub(r'"took_ms": [0-9.]+', '"took_ms": <N>', text)


def _record(cases: dict[str, str], name: str, tmp: Path, *args: str, stdin: str | None = None):
    result = run_cli(*args, stdin=stdin)
    shown = " ".join(a.replace(str(tmp), "<TMP>").replace(str(REPO), "<REPO>") for a in args)
    cases[name] = _mask(
        f"$ reader-app-cli {shown}\n--- exit {result.returncode}\n--- stdout\n"
        f"{result.stdout}--- stderr\n{result.stderr}",
        tmp,
    )


def _compare(cases: dict[str, str]) -> None:
    differ = []
    for name, text in cases.items():
        path = REFERENCE / f"{name}.txt"
        if REGENERATE:
            REFERENCE.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        elif not path.exists() or path.read_text(encoding="utf-8") != text:
            differ.append(name)
    assert not differ, f"CLI output differs from tests/_reference/cli/ for: {differ}"


def test_search_output_is_unchanged(tmp_path):
    cases: dict[str, str] = {}
    _record(cases, "index", tmp_path, "index")
    for name, args in SEARCHES.items():
        _record(cases, f"search_{name}", tmp_path, "search", *args)
        _record(cases, f"search_{name}_json", tmp_path, "search", "--json", *args)
    queries = "".join(args[0] + "\n" for args in SEARCHES.values())
    _record(cases, "search_stdin", tmp_path, "search", "-", stdin=queries)
    _compare(cases)


def test_import_list_verify_output_is_unchanged(tmp_path, empty_bundled):
    cases: dict[str, str] = {}
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 200)
    truncated = tmp_path / "truncated.txt"
    truncated.write_bytes(SEED.read_bytes()[:4000])
    _record(cases, "import_dry_run", tmp_path, "import", "--dry-run", str(SEED))
    _record(cases, "import_dry_run_json", tmp_path, "import", "--dry-run", "--json", str(SEED))
    _record(cases, "import_first", tmp_path, "import", str(SEED))
    _record(cases, "import_duplicate", tmp_path, "import", str(SEED))
    _record(cases, "import_duplicate_json", tmp_path, "import", "--json", str(SEED))
    _record(cases, "import_duplicate_dry_run", tmp_path, "import", "--dry-run", str(SEED))
    _record(cases, "import_replace", tmp_path, "import", "--replace", str(SEED))
    _record(cases, "import_refused", tmp_path, "import", str(binary), str(truncated))
    _record(cases, "import_refused_json", tmp_path, "import", "--json", str(binary))
    _record(cases, "import_missing", tmp_path, "import", str(tmp_path / "nope.txt"))
    _record(cases, "list", tmp_path, "list")
    _record(cases, "list_json", tmp_path, "list", "--json")
    _record(cases, "verify_ok", tmp_path, "verify")
    folder = next(p for p in (tmp_path / "home").rglob("issue.toml")).parent
    (folder / "source.txt").write_text("changed", encoding="utf-8")
    shutil.copytree(folder, folder.with_name("not-an-issue"))
    (folder.with_name("not-an-issue") / "issue.toml").unlink()
    _record(cases, "verify_problems", tmp_path, "verify")
    _compare(cases)


def test_policy_output_is_unchanged(tmp_path):
    cases: dict[str, str] = {}
    _record(cases, "policy_none", tmp_path, "policy")
    policy = tmp_path / "policy.toml"
    policy.write_text(
        'public_mode = true\nlanguage = "en"\nallow_printing = "yes"\nbogus = 1\n'
        f'library_folders = ["{(tmp_path / "share").as_posix()}"]\n',
        encoding="utf-8",
    )
    _record(cases, "policy_public", tmp_path, "policy")
    _record(cases, "policy_public_json", tmp_path, "policy", "--json")
    _record(cases, "import_policy_refused", tmp_path, "import", str(SEED))
    _record(cases, "original_policy_refused", tmp_path, "original", "x", "--out", str(tmp_path))
    _compare(cases)
