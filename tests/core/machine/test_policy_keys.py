"""Policy keys are declared once (Policy's fields): parsing, KNOWN_KEYS, summary and docs follow."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from reader_app.core.machine import policy as policy_module
from reader_app.core.machine.policy import KEYS, KNOWN_KEYS, Action, Policy, parse_policy

DEPLOYMENT = Path(__file__).parents[3] / "docs" / "deployment.md"
KINDS = [value for value in vars(policy_module).values() if isinstance(value, policy_module.Kind)]


def _documented_rows() -> dict[str, str]:
    """The key table of docs/deployment.md: key -> its type cell (backticks dropped)."""
    text = DEPLOYMENT.read_text(encoding="utf-8")
    table = text.split("### 键 / Keys", 1)[1].split("\n\n", 2)[1]
    rows = {}
    for line in table.splitlines()[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        match = re.fullmatch(r"`([a-z_]+)`", cells[0])
        assert match, f"a row of the key table names no key: {line[:60]}"
        rows[match[1]] = cells[1].replace("`", "")
    return rows


def test_every_key_is_documented_and_the_doc_names_no_other() -> None:
    rows = _documented_rows()
    assert sorted(rows) == sorted(KNOWN_KEYS)


def test_the_documented_type_is_the_declared_kind() -> None:
    for name, cell in _documented_rows().items():
        key = next(k for k in KEYS if k.name == name)
        named = [kind for kind in KINDS if kind.type_doc in cell]
        assert named, f"{name}: the type {cell!r} names no kind"
        assert max(named, key=lambda kind: len(kind.type_doc)) is key.kind, name


def test_every_policy_field_is_a_declared_key() -> None:
    names = [f.name for f in fields(Policy) if f.name not in ("source", "problems")]
    assert tuple(names) == KNOWN_KEYS
    for key in KEYS:
        assert key.label and key.doc, key.name
        assert key.default == getattr(Policy(), key.name)
    assert sorted(key.row for key in KEYS) == list(range(1, len(KEYS) + 1))


def test_summary_has_one_line_per_key_in_its_row() -> None:
    lines = Policy().summary()
    assert lines[0][0] == "Policy file"
    assert [label for label, _ in lines[1:]] == [k.label for k in sorted(KEYS, key=lambda k: k.row)]


def _allowed(policy: Policy) -> set[Action]:
    return {action for action in Action if policy.allows(action)}


@pytest.mark.parametrize("key", KEYS, ids=lambda key: key.name)
def test_a_wrong_value_takes_the_fallback_and_never_unlocks(key, tmp_path: Path) -> None:
    """No kind reads a table: each key falls back, says so, and allows no more than unset."""
    path = tmp_path / "policy.toml"
    for base in ({}, {"public_mode": True}):
        if key.name in base:
            continue
        policy = parse_policy({**base, key.name: {"a": 1}}, path)
        assert getattr(policy, key.name) == key.fallback
        (problem,) = policy.problems
        assert f"key '{key.name}' {key.kind.must}, not {{'a': 1}}" in problem
        assert f"using {key.kind.spell(key.fallback)}." in problem
        assert _allowed(policy) <= _allowed(parse_policy(base, path))
        if key.restrictive:  # locks down: a different, safer value than the default
            assert getattr(policy, key.name) != key.default


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("public_mode", True, True),
        ("allow_printing", False, False),
        ("statistics", "off", False),
        ("idle_reset_minutes", 0, 0.0),
        ("language", "en", "en"),
        ("library_folders", "~/share", (Path("~/share").expanduser(),)),
        ("index_dir", "~/idx", Path("~/idx").expanduser()),
    ],
)
def test_a_good_value_is_read_by_its_kind(name, value, expected, tmp_path: Path) -> None:
    policy = parse_policy({name: value}, tmp_path / "policy.toml")
    assert policy.problems == ()
    assert getattr(policy, name) == expected


def test_the_restrictive_keys_are_those_that_lock_down() -> None:
    restrictive = {key.name for key in KEYS if key.restrictive}
    assert restrictive == {
        "public_mode",
        "allow_import",
        "allow_export",
        "allow_printing",
        "allow_external_links",
        "statistics",
        "allow_read_aloud",  # a wrong value: silence, as IT may have meant (a quiet room)
        "allow_quit",  # a wrong value must not let a patron close a kiosk
    }
