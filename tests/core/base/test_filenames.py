from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath

import pytest

from reader_app.core.base.filenames import MAX_STEM, safe_file_name


@pytest.mark.parametrize(
    "title",
    [
        "../../etc/passwd",
        "/absolute/path",
        "C:\\Windows\\system32",
        "CON",
        "con.txt",
        "LPT1",
        "..",
        ".",
        "",
        "   ",
        "a\x00b\x1fc\u202ed",
        "深圳：《低空经济白皮书——深圳方案》重磅发布" * 20,
        'what?<>|*"',
    ],
)
def test_names_stay_one_harmless_component(title):
    name = safe_file_name(title, ".pdf")
    assert name.endswith(".pdf")
    stem = name[: -len(".pdf")]
    assert stem and len(stem) <= MAX_STEM
    for flavour in (PurePosixPath, PureWindowsPath):
        path = flavour(name)
        assert len(path.parts) == 1 and not path.is_absolute()
    assert stem.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "LPT1"}
    assert stem not in (".", "..")
    assert not any(ord(ch) < 32 or ch in '<>:"/\\|?*\u202e' for ch in name)


def test_ordinary_titles_are_kept_readable():
    # The full-width colon is an ordinary character on every system.
    assert (
        safe_file_name("国务院：33地获批新设跨境电商综合试验区", ".pdf")
        == "国务院：33地获批新设跨境电商综合试验区.pdf"
    )
    assert safe_file_name("2022机器人企业创新50强", ".pdf") == "2022机器人企业创新50强.pdf"
