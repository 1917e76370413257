"""Regenerate the translation sources (.ts) from the code and build the .qm files.

Run from anywhere:  python resources/translations/update.py
Translate new strings in reader_app_zh_CN.ts (Qt Linguist or by hand), run again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
from reader_app import LANGUAGES  # noqa: E402  the UI languages, declared once


def tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 (pyside6-lupdate, pyside6-lrelease)")
    return found


def main() -> int:
    sources = sorted(
        str(p.relative_to(ROOT))
        for layer in ("gui", "output")  # the window and the documents it shares with the CLI
        for p in (ROOT / "reader_app" / layer).rglob("*.py")
    )
    for lang in LANGUAGES:
        ts = HERE / f"reader_app_{lang}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-target-language",
                lang,
                "-ts",
                str(ts),
            ],
            check=True,
            cwd=ROOT,
        )
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
