"""``reader-app-cli cite`` in a subprocess, as researchers' scripts run it."""

import bibtexparser
import rispy

from reader_app.core.app.session import open_library
from tests.cliutil import run_cli


def _first_article_id() -> str:
    return open_library().issues[0].articles[0].id


def test_cite_default_is_gb7714_2025():
    result = run_cli("cite", _first_article_id(), "--accessed", "2026-11-29")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "工信微报. 三部门：联合印发《关于巩固回升向好趋势加力振作工业经济的通知》[EB/OL]. "
        "（2022-11-21）[2026-11-29]. https://mp.weixin.qq.com/s/Ffgthag2WLjR01D_9-S02A. "
        "转引自：信息摘编，2022（18）：1.\n"
    )


def test_cite_2015_ris_bibtex():
    article_id = _first_article_id()
    old = run_cli("cite", article_id, "--style", "gb7714-2015", "--accessed", "2026-11-29")
    assert "[EB/OL]. (2022-11-21)[2026-11-29]." in old.stdout
    assert old.stdout.rstrip().endswith("转引自: 信息摘编, 2022(18): 1.")
    (entry,) = rispy.loads(run_cli("cite", article_id, "--style", "ris").stdout)
    assert entry["secondary_title"] == "工信微报"
    parsed = bibtexparser.parse_string(run_cli("cite", article_id, "--style", "bibtex").stdout)
    assert parsed.entries[0].entry_type == "online"


def test_cite_unknown_id_exits_4_with_one_line():
    result = run_cli("cite", "2022-18-nosuch")
    assert result.returncode == 4
    assert result.stderr.strip().count("\n") == 0
    assert "no article '2022-18-nosuch'" in result.stderr


def test_cite_unknown_style_is_a_usage_error():
    result = run_cli("cite", _first_article_id(), "--style", "apa")
    assert result.returncode == 64
    assert "invalid choice" in result.stderr
