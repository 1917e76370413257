"""The thesaurus: the shipped list, staff additions (user folder, policy folders), bad files."""

from __future__ import annotations

from pathlib import Path

from reader_app.core.search.thesaurus import load_thesaurus, shipped_text

REPO = Path(__file__).resolve().parents[3]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_list_is_clean_and_broad() -> None:
    thesaurus = load_thesaurus()
    assert thesaurus.problems == []
    assert len(thesaurus) >= 400  # terms that expand (both sides of every [same] group)
    assert {"碳达峰", "碳中和"} <= set(thesaurus.lookup("双碳"))
    assert "人工智能" in thesaurus.lookup("AI") and "AI" in thesaurus.lookup("人工智能")
    assert "人工智能" in thesaurus.lookup("ａｉ")  # width and case folded
    assert "保障性租赁住房" in thesaurus.lookup("保租房")
    assert {"集成电路", "半导体"} <= set(thesaurus.lookup("芯片"))
    assert {"疫情", "新冠肺炎"} <= set(thesaurus.lookup("新冠"))
    assert {"自贸试验区", "自由贸易试验区", "自贸港", "自由贸易港", "自贸片区"} <= set(
        thesaurus.lookup("自贸区")
    )
    assert thesaurus.lookup("碳中和") == []  # [narrower] is one way
    assert "跨境电子商务" in thesaurus.lookup("跨境电商")


def test_shipped_file_is_package_data_and_frozen() -> None:
    assert "[same]" in shipped_text()  # read through importlib.resources
    pyproject = (REPO / "pyproject.toml").read_text("utf-8")
    assert '"data/*.toml"' in pyproject
    spec = (REPO / "packaging" / "reader-app.spec").read_text("utf-8")
    assert '"thesaurus.toml"), "reader_app/data"' in spec


def test_staff_files_extend_it(tmp_path: Path) -> None:
    policy_folder = tmp_path / "share" / "thesaurus"
    write(policy_folder / "library.toml", '[same]\n"津港" = ["天津港"]\n')
    write(tmp_path / "data" / "thesaurus.toml", '[narrower]\n"港口" = ["码头", "天津港"]\n')
    thesaurus = load_thesaurus([policy_folder], tmp_path / "data")
    assert thesaurus.problems == []
    assert "天津港" in thesaurus.lookup("津港")
    assert thesaurus.lookup("港口") == ["码头", "天津港"]
    assert "人工智能" in thesaurus.lookup("AI")  # the shipped list still in use


def test_bad_files_warn_once_naming_file_and_line_or_key(tmp_path: Path) -> None:
    folder = tmp_path / "policy"
    broken = write(folder / "a-broken.toml", '[same]\n"甲" "乙"\n')
    write(folder / "b-good.toml", '[same]\n"津港" = ["天津港"]\n')
    user = write(
        tmp_path / "data" / "thesaurus.toml",
        '[same]\n"坏" = 3\n"好" = ["佳"]\n[extra]\nx = 1\n',
    )
    thesaurus = load_thesaurus([folder, tmp_path / "missing"], tmp_path / "data")
    problems = thesaurus.problems
    assert len(problems) == 4, problems
    assert str(broken) in problems[0] and "line 2" in problems[0]
    assert "missing" in problems[1]
    assert str(user) in problems[2] and "[extra]" in problems[2]
    assert str(user) in problems[3] and "'坏'" in problems[3]
    assert "天津港" in thesaurus.lookup("津港")  # the rest is still used
    assert thesaurus.lookup("好") == ["佳"]
    assert "人工智能" in thesaurus.lookup("AI")


def test_not_utf8_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "data" / "thesaurus.toml"
    path.parent.mkdir(parents=True)
    path.write_bytes('[same]\n"双碳" = ["碳中和"]\n'.encode("gbk"))
    thesaurus = load_thesaurus(data_dir=tmp_path / "data")
    assert len(thesaurus.problems) == 1 and "UTF-8" in thesaurus.problems[0]


def test_a_missing_policy_folder_is_a_problem_naming_it(tmp_path: Path) -> None:
    gone = tmp_path / "share" / "no-such-folder"
    kept = write(tmp_path / "share" / "thesaurus" / "library.toml", '[same]\n"津港" = ["天津港"]\n')
    thesaurus = load_thesaurus([gone, kept.parent], shipped=False)
    assert thesaurus.problems == [
        f"{gone}: thesaurus folder not found; ignored. See docs/search.md (thesaurus)."
    ]
    assert "天津港" in thesaurus.lookup("津港")  # the next folder still read
