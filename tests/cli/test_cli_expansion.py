"""reader-app-cli search says what it also searched; --no-expand, =word; staff thesauri."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cliutil import run_cli


def _env(tmp_path: Path) -> dict[str, str]:
    return {"READER_APP_HOME": str(tmp_path / "home")}


def test_text_and_json_show_the_expansions(tmp_path: Path) -> None:
    env = _env(tmp_path)
    text = run_cli("search", "自贸区", "--limit", "3", env_extra=env)
    assert text.returncode == 0, text.stderr
    line = next(x for x in text.stdout.splitlines() if x.startswith("也检索了："))
    assert "自由贸易试验区 (" in line and "自贸港 (" in line
    data = json.loads(run_cli("search", "双碳", "--json", env_extra=env).stdout)
    terms = {e["term"]: e["count"] for e in data["expansions"]}
    assert terms["碳达峰"] >= 1 and terms["碳中和"] >= 1
    assert data["total"] >= 2 and all(h["via_expansion"] for h in data["hits"])


def test_no_expand_and_equals_sign_turn_it_off(tmp_path: Path) -> None:
    env = _env(tmp_path)
    for args in (("自贸区", "--no-expand"), ("=自贸区",)):
        result = run_cli("search", *args, "--json", env_extra=env)
        data = json.loads(result.stdout)
        assert data["expansions"] == [] and data["total"] == 2, args
    plain = run_cli("search", "自贸区", "--no-expand", env_extra=env).stdout
    assert "也检索了" not in plain


def test_staff_thesauri_and_a_bad_file(tmp_path: Path) -> None:
    env = _env(tmp_path)
    share = tmp_path / "share"
    share.mkdir()
    (share / "bad.toml").write_text('[same]\n"甲" "乙"\n', encoding="utf-8")
    (share / "good.toml").write_text('[same]\n"数智" = ["数字化转型"]\n', encoding="utf-8")
    policy = tmp_path / "policy.toml"
    policy.write_text(f'thesaurus_folders = ["{share.as_posix()}"]\n', encoding="utf-8")
    user = tmp_path / "home" / "data" / "thesaurus.toml"
    user.parent.mkdir(parents=True)
    user.write_text('[narrower]\n"南海明珠" = ["三亚"]\n', encoding="utf-8")
    env["READER_APP_POLICY"] = str(policy)
    result = run_cli("search", "数智", "--json", env_extra=env)
    assert result.returncode == 0
    warnings = [x for x in result.stderr.splitlines() if x.startswith("warning:")]
    assert len(warnings) == 1 and "bad.toml" in warnings[0] and "line 2" in warnings[0]
    assert "Traceback" not in result.stderr
    assert {e["term"] for e in json.loads(result.stdout)["expansions"]} == {"数字化转型"}
    result = run_cli("search", "南海明珠", "--json", env_extra=env)  # the user's own file
    assert {e["term"] for e in json.loads(result.stdout)["expansions"]} == {"三亚"}
    assert "人工智能" in {  # the shipped list is still in use
        e["term"]
        for e in json.loads(run_cli("search", "AI", "--json", env_extra=env).stdout)["expansions"]
    }
