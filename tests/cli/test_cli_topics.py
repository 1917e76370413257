"""``reader-app-cli topic`` (定题, issue 23): the real CLI in a subprocess, on a library of
several issues where a second (and third) issue arrives by ``import``."""

from __future__ import annotations

import json
import os
from pathlib import Path

from reader_app.core.machine.paths import app_dirs
from reader_app.core.services import readinglists as rl
from tests.cliutil import run_cli
from tests.conftest import SEED
from tests.fixtures.compose import compose_issue

TOPIC = "自贸区政策"
QUERY = "自贸区"


def cli_json(*args: str) -> dict:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def composed(tmp_path: Path, number: int) -> tuple[Path, str]:
    """A new issue recombined from the seed's articles; returns the file and its issue id."""
    raw, _truth, meta = compose_issue(SEED, number)
    path = tmp_path / f"issue-{number}.txt"
    path.write_bytes(raw)
    return path, f"{meta['year']}-{meta['number']:02d}"


def search_ids(query: str, *options: str) -> set[str]:
    data = cli_json("search", query, "--json", "--limit", "100000", *options)
    return {hit["article"] for hit in data["hits"]}


def topic_row(name: str = TOPIC) -> dict:
    rows = cli_json("topic", "list", "--json")["topics"]
    return next(r for r in rows if r["name"] == name)


def new_ids(name: str = TOPIC) -> list[str]:
    return [h["article"] for h in cli_json("topic", "new", name, "--json")["hits"]]


def test_a_topic_follows_every_import_and_remembers_decisions(tmp_path: Path) -> None:
    added = run_cli("topic", "add", TOPIC, QUERY)
    assert added.returncode == 0, added.stderr
    first = set(new_ids())
    assert first == search_ids(QUERY)  # the first run: every match of the library is new
    assert topic_row()["new"] == len(first) and topic_row()["accepted"] == 0

    second, second_id = composed(tmp_path, 11)
    imported = run_cli("import", str(second))
    assert imported.returncode == 0, imported.stderr
    arrived = search_ids(QUERY, "--issue", second_id)
    assert arrived and f"topic {TOPIC}:" in imported.stdout
    now = set(new_ids())
    assert now == first | arrived  # the new issue's matches join the undecided ones

    # `topic new --json` has the shape of `search --json` where they overlap
    shown = cli_json("topic", "new", TOPIC, "--json")
    found = cli_json("search", QUERY, "--json", "--issue", second_id, "--limit", "1000")
    same = next(h for h in shown["hits"] if h["issue"] == second_id)
    twin = next(h for h in found["hits"] if h["article"] == same["article"])
    assert set(twin) == set(same)
    for key in ("article", "title", "issue", "section", "snippet"):
        assert same[key] == twin[key], key
    assert QUERY[:2] in same["snippet"] or same["via_expansion"]

    take = sorted(arrived)[:2]
    drop = sorted(arrived)[2]
    accepted = run_cli("topic", "accept", TOPIC, *take, "--note", "先读：新一期")
    assert accepted.returncode == 0, accepted.stderr
    assert run_cli("topic", "dismiss", TOPIC, drop).returncode == 0
    left = set(new_ids())
    assert left == now - set(take) - {drop}
    shown_list = cli_json("readinglist", "show", TOPIC, "--json")  # a topic is a reading list
    assert [i["article"] for i in shown_list["items"]] == take
    assert {i["note"] for i in shown_list["items"]} == {"先读：新一期"}
    assert topic_row()["accepted"] == 2 and topic_row()["new"] == len(left)

    # the same issue imported again (--replace): decided articles are not offered again
    again = run_cli("import", "--replace", str(second))
    assert again.returncode == 0, again.stderr
    assert set(new_ids()) == left

    # a third issue: only its matches are added
    third, third_id = composed(tmp_path, 12)
    assert run_cli("import", str(third)).returncode == 0
    assert set(new_ids()) == left | (search_ids(QUERY, "--issue", third_id) - set(take) - {drop})

    # re-run over the whole library: only what was never decided
    assert run_cli("topic", "run", TOPIC).returncode == 0
    assert set(new_ids()) == search_ids(QUERY) - set(take) - {drop}

    # a new query keeps the accepted articles and the dismissed ones
    edited = run_cli("topic", "add", TOPIC, "自贸港", "--replace", "--no-expand")
    assert edited.returncode == 0, edited.stderr
    row = topic_row()
    assert row["query"] == "自贸港" and row["expand"] is False and row["accepted"] == 2
    assert set(new_ids()) == search_ids("自贸港", "--no-expand") - set(take) - {drop}

    assert run_cli("topic", "remove", TOPIC).returncode == 0
    assert cli_json("topic", "list", "--json")["topics"] == []


def test_filters_are_kept_and_applied(tmp_path: Path) -> None:
    second, _second_id = composed(tmp_path, 11)
    assert run_cli("import", str(second)).returncode == 0
    options = ("--section", "自贸专题", "--from", "2022-01-01", "--to", "2022-12-31")
    assert run_cli("topic", "add", "自贸专题", QUERY, *options).returncode == 0
    row = topic_row("自贸专题")
    assert (row["section"], row["from"], row["to"]) == ("自贸专题", "2022-01-01", "2022-12-31")
    assert set(new_ids("自贸专题")) == search_ids(QUERY, *options)
    assert {h["section"] for h in cli_json("topic", "new", "自贸专题", "--json")["hits"]} == {
        "自贸专题"
    }


def test_an_import_without_topics_writes_no_topic_and_says_nothing(tmp_path: Path) -> None:
    second, _ = composed(tmp_path, 11)
    result = run_cli("import", str(second))
    assert result.returncode == 0
    assert not any(line.startswith("topic ") for line in result.stdout.splitlines())
    assert not (app_dirs().data / rl.FOLDER).exists()


def test_exit_codes_of_topic_commands(tmp_path: Path) -> None:
    assert run_cli("topic", "add", TOPIC, QUERY).returncode == 0
    path = rl.ListStore.user(app_dirs()).path_for(TOPIC)
    before = path.read_bytes()
    for args in (
        ("new", "没有"),
        ("accept", "没有", "2022-18-171648"),
        ("dismiss", "没有", "2022-18-171648"),
        ("run", "没有"),
        ("remove", "没有"),
    ):
        result = run_cli("topic", *args)
        assert result.returncode == 4, (args, result.stderr)
        assert "没有" in result.stderr and "Traceback" not in result.stderr
    some = new_ids()[0]
    for action in ("accept", "dismiss"):  # one unknown id: nothing changes, exit 4
        result = run_cli("topic", action, TOPIC, some, "2022-18-nosuch")
        assert result.returncode == 4 and "2022-18-nosuch" in result.stderr
        assert path.read_bytes() == before
    exists = run_cli("topic", "add", TOPIC, "数字经济")
    assert exists.returncode == 1 and "--replace" in exists.stderr
    assert run_cli("topic", "add", "x", QUERY, "--from", "2022-13-01").returncode == 64
    reversed_range = run_cli(
        "topic", "add", "x", QUERY, "--from", "2023-01-01", "--to", "2022-01-01"
    )
    assert reversed_range.returncode == 1 and "after it ends" in reversed_range.stderr
    assert run_cli("topic", "add", "x", "   ").returncode == 1
    assert path.read_bytes() == before

    (tmp_path / "policy.toml").write_text("public_mode = true\n", encoding="utf-8")
    for args in (
        ("add", "y", QUERY),
        ("list",),
        ("new", TOPIC),
        ("accept", TOPIC, some),
        ("dismiss", TOPIC, some),
        ("run", TOPIC),
        ("remove", TOPIC),
    ):
        result = run_cli("topic", *args)
        assert result.returncode == 5, (args, result.stderr)
        assert "policy" in result.stderr
    assert path.read_bytes() == before


def test_version_1_lists_are_read_and_rewritten_only_when_changed(tmp_path: Path) -> None:
    store = rl.ListStore.user(app_dirs())
    store.folder.mkdir(parents=True)
    v1 = {
        "format": rl.FORMAT,
        "version": 1,
        "name": "旧书单",
        "description": "",
        "items": [{"article": "2022-18-171648", "title": "旧标题", "note": "旧注"}],
    }
    path = store.folder / "old.json"
    text = json.dumps(v1, ensure_ascii=False, indent=4)  # not how this program writes
    path.write_text(text, encoding="utf-8")
    os.utime(path, (1_000_000_000, 1_000_000_000))
    second, _ = composed(tmp_path, 11)
    for args in (
        ("readinglist", "list"),
        ("readinglist", "show", "旧书单"),
        ("topic", "add", TOPIC, QUERY),
        ("topic", "list"),
        ("import", str(second)),
        ("topic", "new", TOPIC),
    ):
        result = run_cli(*args)
        assert result.returncode == 0, (args, result.stderr)
    assert "旧书单" in run_cli("readinglist", "list").stdout
    assert path.read_text(encoding="utf-8") == text and path.stat().st_mtime == 1_000_000_000

    # changed (it becomes a topic): written in the current version, its items kept
    assert run_cli("topic", "add", "旧书单", "跨境电商", "--replace").returncode == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == rl.FORMAT_VERSION == 2
    assert data["items"] == v1["items"] and data["topic"]["query"] == "跨境电商"


def test_a_published_topic_is_read_only_on_a_workstation(tmp_path: Path) -> None:
    assert run_cli("topic", "add", TOPIC, QUERY).returncode == 0
    some = new_ids()[:2]
    assert run_cli("topic", "accept", TOPIC, some[0], "--note", "推荐").returncode == 0
    folder = tmp_path / "published"
    folder.mkdir()
    published = folder / "topic.json"
    assert run_cli("readinglist", "export", TOPIC, str(published)).returncode == 0
    before = published.read_bytes()
    assert json.loads(before)["topic"]["new"]  # the file keeps the whole topic

    (tmp_path / "policy.toml").write_text(
        f"public_mode = true\nreading_lists_folder = '{folder}'\n", encoding="utf-8"
    )
    listed = run_cli("readinglist", "list")
    assert f"{TOPIC}  [1 item(s), shared, read only]" in listed.stdout
    shown = run_cli("readinglist", "show", TOPIC)
    assert shown.returncode == 0 and "推荐" in shown.stdout
    assert some[1] not in shown.stdout  # accepted items only, never the undecided ones
    assert run_cli("topic", "accept", TOPIC, some[1]).returncode == 5
    assert published.read_bytes() == before


def test_a_topics_accepted_articles_make_a_word_compilation(tmp_path: Path) -> None:
    """Issue 24 ``export --docx --topic``: the real topic (issue 23), its accepted items in
    their order, each with the note staff gave it as 编者按."""
    import docx  # python-docx, as the recipient's tools read it

    assert run_cli("topic", "add", TOPIC, QUERY).returncode == 0
    new = cli_json("topic", "new", TOPIC, "--json")["hits"]
    assert len(new) >= 2
    chosen = [new[1]["article"], new[0]["article"]]
    assert run_cli("topic", "accept", TOPIC, chosen[0], "--note", "请重点阅读").returncode == 0
    assert run_cli("topic", "accept", TOPIC, chosen[1]).returncode == 0
    out = tmp_path / "汇编.docx"
    done = run_cli("export", "--docx", str(out), "--topic", TOPIC, "--title", "自贸区政策汇编")
    assert done.returncode == 0, done.stderr
    titles = {hit["article"]: hit["title"] for hit in new}
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [titles[a] for a in chosen]
    texts = [p.text for p in document.paragraphs]
    assert any("请重点阅读" in t for t in texts)
    assert "自贸区政策汇编" in texts
    missing = run_cli("export", "--docx", str(tmp_path / "x.docx"), "--topic", "没有这个定题")
    assert missing.returncode == 4 and "没有这个定题" in missing.stderr


#: topics of the arriving-issue test: query and options (filters, expansion switch)
ARRIVING = {
    "自贸": (QUERY, ()),
    "跨境": ("跨境电商", ("--no-expand",)),
    "政策年": ("政策", ("--from", "2020-01-01")),
    "无匹配": ("龘靐齉", ()),  # matches nothing: its file must not be written by a catch-up
}


def test_topic_matches_of_an_arriving_issue_equal_search_issue(tmp_path: Path) -> None:
    """On a library of several issues, each topic's new articles from the issue an
    ``import`` brought are exactly ``search QUERY --issue ID`` with the topic's options;
    a topic whose new articles did not change is not written, its record of the issues
    searched goes to the side file."""
    first, _first_id = composed(tmp_path, 12)
    assert run_cli("import", str(first)).returncode == 0  # the library: bundled + 2022-12
    for name, (query, options) in ARRIVING.items():
        result = run_cli("topic", "add", name, query, *options)
        assert result.returncode == 0, result.stderr
    store = rl.ListStore.user(app_dirs())
    idle = store.path_for("无匹配")
    idle_bytes, idle_stamp = idle.read_bytes(), idle.stat().st_mtime_ns

    arriving, arriving_id = composed(tmp_path, 11)
    imported = run_cli("import", str(arriving))
    assert imported.returncode == 0, imported.stderr
    assert idle.read_bytes() == idle_bytes and idle.stat().st_mtime_ns == idle_stamp
    side = json.loads((store.folder / "topics-checked.state").read_text(encoding="utf-8"))
    key = json.loads(idle_bytes)["topic"]["checked_key"]
    assert arriving_id in side["topics"][key]  # searched, recorded once for every topic
    assert "checked" not in json.loads(idle_bytes)["topic"]

    found_some = 0
    for name, (query, options) in ARRIVING.items():
        hits = cli_json("topic", "new", name, "--json")["hits"]
        offered = {h["article"] for h in hits if h["issue"] == arriving_id}
        assert offered == search_ids(query, *options, "--issue", arriving_id), name
        found_some += bool(offered)
    assert found_some >= 2  # the test compares real matches, not empty sets


def test_older_topic_files_and_a_lost_side_file_offer_nothing_twice(tmp_path: Path) -> None:
    """A topic file with its ``checked`` map inline (written before the side file) is read
    and follows imports; a damaged side file makes the topics search every issue again,
    which offers no article decided or already new."""
    assert run_cli("topic", "add", TOPIC, QUERY).returncode == 0
    store = rl.ListStore.user(app_dirs())
    path, side = store.path_for(TOPIC), store.folder / "topics-checked.state"
    data = json.loads(path.read_text(encoding="utf-8"))
    maps = json.loads(side.read_text(encoding="utf-8"))["topics"]
    data["topic"]["checked"] = maps.pop(data["topic"].pop("checked_key"))  # as before
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    side.unlink()
    old = path.read_bytes()
    assert run_cli("topic", "list").returncode == 0  # not behind: nothing run, nothing written
    assert path.read_bytes() == old and not side.exists()
    before = new_ids()
    assert path.read_bytes() == old  # listing it changed nothing

    arriving, arriving_id = composed(tmp_path, 11)
    assert run_cli("import", str(arriving)).returncode == 0  # the older file follows it
    arrived = search_ids(QUERY, "--issue", arriving_id)
    assert arrived and set(new_ids()) == set(before) | arrived
    moved = json.loads(path.read_text(encoding="utf-8"))["topic"]  # its map moved out
    assert "checked" not in moved
    assert arriving_id in json.loads(side.read_text())["topics"][moved["checked_key"]]
    dismissed, accepted = before[0], before[1]
    assert run_cli("topic", "dismiss", TOPIC, dismissed).returncode == 0
    assert run_cli("topic", "accept", TOPIC, accepted).returncode == 0
    now = new_ids()
    assert set(now) == (set(before) | arrived) - {dismissed, accepted}

    side.write_text("{damaged", encoding="utf-8")
    again = new_ids()  # every issue searched again: the same new articles, once each
    assert set(again) == set(now) and len(again) == len(now)
    assert json.loads(side.read_text())["topics"][moved["checked_key"]]  # rewritten whole
