"""Build the frozen reader (one folder), smoke-test it and report its size and start time.

    python packaging/build.py            # bundle in packaging/dist/reader-app + .tar.gz
    python packaging/build.py --deb      # ... and the Debian package

Steps: prebuild the search index of the bundled issues (so the first start on a
workstation never rebuilds it), run PyInstaller on reader-app.spec, run the
frozen ``reader-app --smoke-test 锂电`` offscreen, import a small digest PDF
with the frozen ``reader-app-cli`` and render one of its pages with
``reader-app-cli original`` (the PDF engine is in the bundle), then print the unpacked and
compressed sizes and the start time against the targets. Exits non-zero when a
step fails; sizes and times are reported, not enforced.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SPEC = HERE / "reader-app.spec"
BUILD = HERE / "build"
DIST = HERE / "dist"
BUNDLE = DIST / "reader-app"
INDEX_STAGING = BUILD / "index"
SMOKE_QUERY = "锂电"
TARGET_UNPACKED_MB = 150
TARGET_COMPRESSED_MB = 70
EXE = ".exe" if sys.platform == "win32" else ""

sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))


def say(message: str) -> None:
    sys.stdout.write(f"[build] {message}\n")
    sys.stdout.flush()


def version() -> str:
    from reader_app import __version__

    return __version__


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    """No machine policy, a throwaway profile, offscreen Qt (as the start-up benchmark)."""
    from startup import isolated_env as first_start_env

    env = first_start_env(home)
    env["PYTHONPATH"] = str(REPO)
    env.pop("READER_APP_BUNDLED_ISSUES", None)
    env.update(extra)
    return env


# --------------------------------------------------------------------- steps


_INDEX_SCRIPT = """
import sys
from pathlib import Path
from reader_app.core.app.session import open_library
from reader_app.core.search.index import SearchIndex
library = open_library()
with SearchIndex.open(library, root=Path(sys.argv[1])) as index:
    print(len(library.issues), index.doc_count())
"""


def prebuild_index() -> bool:
    """Index the bundled issues (and nothing else) into packaging/build/index."""
    shutil.rmtree(INDEX_STAGING, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="reader-index-") as tmp:
        env = isolated_env(Path(tmp), READER_APP_BUNDLED_ISSUES=str(REPO / "issues"))
        built = Path(tmp) / "index"
        result = subprocess.run(
            [sys.executable, "-c", _INDEX_SCRIPT, str(built)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
        )
        if result.returncode != 0 or not built.is_dir():
            say(f"WARNING: no prebuilt index: {result.stderr.strip()[-800:]}")
            return False
        shutil.copytree(built, INDEX_STAGING, ignore=shutil.ignore_patterns("*.lock", ".*"))
    issues, docs = result.stdout.split()
    size = folder_size(INDEX_STAGING) / 1e6
    say(f"prebuilt index: {issues} issue(s), {docs} articles, {size:.1f} MB")
    return True


def freeze(dist: Path = DIST, staff: bool = False) -> None:
    say(f"PyInstaller: building the one-folder {'staff ' if staff else ''}bundle ...")
    started = time.perf_counter()
    env = dict(os.environ, READER_APP_PREBUILT_INDEX=str(INDEX_STAGING))
    env["READER_APP_STAFF_BUILD"] = "1" if staff else "0"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(BUILD / ("work-staff" if staff else "work")),
            str(SPEC),
        ],
        check=True,
        cwd=REPO,
        env=env,
    )
    say(f"PyInstaller done in {time.perf_counter() - started:.0f} s: {dist / 'reader-app'}")


def smoke_test(bundle: Path = BUNDLE) -> dict:
    """Run the frozen window's smoke test the way a first start on a workstation would."""
    with tempfile.TemporaryDirectory(prefix="reader-smoke-") as tmp:
        env = isolated_env(Path(tmp))
        env.pop("PYTHONPATH")
        version_out = subprocess.run(
            [str(bundle / f"reader-app-cli{EXE}"), "--version"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout.strip()
        result = subprocess.run(
            [str(bundle / f"reader-app{EXE}"), "--smoke-test", SMOKE_QUERY],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
        )
        if result.returncode != 0:
            raise SystemExit(f"smoke test failed ({result.returncode}):\n{result.stderr}")
        line = [x for x in result.stdout.splitlines() if x.startswith("{")][-1]
        data = json.loads(line)
        if not (data.get("articles", 0) > 0 and data.get("hits", 0) > 0):
            raise SystemExit(f"smoke test found nothing: {line}")
        rebuilt = Path(tmp) / "home" / "cache" / "index"
        data["user_index_written"] = rebuilt.exists()
    say(f"{version_out}; smoke test: {line}")
    if data["user_index_written"]:
        say("WARNING: the first start wrote an index into the user cache")
    return data


def smoke_input(script: str, target: Path, what: str) -> Path:
    """Make a smoke test's input file with this Python and the repo's test fixtures."""
    made = subprocess.run(
        [sys.executable, "-c", script, str(target)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=isolated_env(target.parent),
        cwd=REPO,
    )
    if made.returncode != 0 or not target.is_file():
        raise SystemExit(f"cannot make the smoke-test {what}:\n{made.stderr[-800:]}")
    return target


def frozen_cli(bundle: Path, home: Path, timeout: float) -> Callable[..., CompletedProcess[str]]:
    """``run(*args, **env)``: the bundle's ``reader-app-cli`` with a throwaway profile under
    ``home`` and nothing of the repo on its path; ``env``: variables for that one run."""
    env = isolated_env(home)
    env.pop("PYTHONPATH")
    cli = str(bundle / f"reader-app-cli{EXE}")

    def run(*args: str, **extra: str) -> CompletedProcess[str]:
        return subprocess.run(
            [cli, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**env, **extra},
            timeout=timeout,
        )

    return run


def timed(
    run: Callable[..., CompletedProcess[str]], *args: str
) -> tuple[CompletedProcess[str], float]:
    """``run(*args)`` and the seconds it took."""
    started = time.perf_counter()
    result = run(*args)
    return result, time.perf_counter() - started


_PDF_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tests.fixtures.pdfmaker import load_articles, make_digest_pdf
_, articles = load_articles()
make_digest_pdf(Path(sys.argv[1]), "qt-plain", articles=articles[:3])
"""


def pdf_smoke_test(bundle: Path = BUNDLE) -> dict:
    """The frozen CLI imports a small digest PDF, then renders its first article's page;
    a PDF bomb is refused by the frozen PDF reader child within its memory budget."""
    from tests.fixtures.pdfbombs import inflate_bomb_pdf

    with tempfile.TemporaryDirectory(prefix="reader-pdf-smoke-") as tmp:
        root = Path(tmp)
        pdf = smoke_input(_PDF_SCRIPT, root / "smoke.pdf", "PDF")
        run = frozen_cli(bundle, root, timeout=120)
        imported, import_s = timed(run, "import", str(pdf), "--replace")
        if imported.returncode != 0:
            raise SystemExit(
                f"frozen PDF import failed ({imported.returncode}):\n{imported.stderr}"
            )
        listed = run("list", "--json")
        issue = json.loads(listed.stdout)["issues"][-1]
        article = issue["articles"][0]["id"]
        out = root / "pages"
        rendered, render_s = timed(run, "original", article, "--out", str(out), "--dpi", "96")
        pngs = sorted(out.glob("*.png")) if out.is_dir() else []
        if rendered.returncode != 0 or not pngs:
            raise SystemExit(f"frozen original failed ({rendered.returncode}):\n{rendered.stderr}")
        if not all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs):
            raise SystemExit(f"frozen original wrote something that is not a PNG: {pngs}")
        bomb = inflate_bomb_pdf(root / "bomb.pdf", 200)  # the PDF reader child's budget
        refused = run("import", str(bomb), READER_APP_PDF_MEMORY_MB="100")
        if refused.returncode != 2 or "more than 100 MB" not in refused.stderr:
            raise SystemExit(
                f"frozen import of a PDF bomb ({refused.returncode}):\n{refused.stderr}"
            )
        data = {
            "issue": issue["id"],
            "article": article,
            "pages": [p.name for p in pngs],
            "import_s": round(import_s, 2),
            "original_s": round(render_s, 2),
            "bomb_refused": refused.stderr.strip()[:60],
        }
    say(f"PDF smoke test: {json.dumps(data, ensure_ascii=False)}")
    return data


def scan_smoke_test(bundle: Path = BUNDLE) -> dict:
    """The staff build's CLI imports a scanned page: recognised, searchable, verified."""
    with tempfile.TemporaryDirectory(prefix="reader-scan-smoke-") as tmp:
        root = Path(tmp)
        scan = smoke_input(_SCAN_SCRIPT, root / "scan.pdf", "scan")
        run = frozen_cli(bundle, root, timeout=600)
        imported, import_s = timed(run, "import", str(scan), "--replace")
        if imported.returncode != 0 or "recognised by RapidOCR" not in imported.stdout:
            raise SystemExit(
                f"frozen scan import failed ({imported.returncode}):\n{imported.stderr}"
            )
        found = run("search", "科创金融", "--json")
        hits = json.loads(found.stdout)["hits"] if found.returncode == 0 else []
        verified = run("verify")
        if not hits or verified.returncode != 0:
            raise SystemExit(f"frozen scan not searchable or not verified:\n{found.stderr}")
        data = {"import_s": round(import_s, 1), "hits": len(hits)}
    say(f"scan smoke test: {json.dumps(data, ensure_ascii=False)}")
    return data


_SCAN_SCRIPT = """
import sys
from pathlib import Path
from tests.fixtures.pdfmaker import load_articles, make_digest_pdf
from tests.fixtures.scans import make_scan
target = Path(sys.argv[1])
_, articles = load_articles()
truth = make_digest_pdf(target.with_name("born.pdf"), "rl-dash", articles=articles[:2])
make_scan(truth.path, target, dpi=200)
"""


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def archive(bundle: Path = BUNDLE) -> Path:
    """The compressed artifact: reader-app-<version>-<os>-<arch>.tar.gz (.zip on Windows)."""
    stem = bundle.parent / f"reader-app-{version()}-{sys.platform}-{platform.machine().lower()}"
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(stem), "zip", bundle.parent, bundle.name))
    target = stem.with_name(stem.name + ".tar.gz")
    with tarfile.open(target, "w:gz", compresslevel=9) as tar:
        tar.add(bundle, arcname="reader-app")
    return target


def report_size(bundle: Path, artifacts: list[Path]) -> None:
    unpacked = folder_size(bundle) / 1e6
    mark = "ok" if unpacked <= TARGET_UNPACKED_MB else "OVER"
    say(f"size unpacked: {unpacked:.1f} MB (target <= {TARGET_UNPACKED_MB} MB: {mark})")
    for path in artifacts:
        size = path.stat().st_size / 1e6
        mark = "ok" if size <= TARGET_COMPRESSED_MB else "OVER"
        say(
            f"size compressed: {size:.1f} MB {path.name} (target <= {TARGET_COMPRESSED_MB} MB: {mark})"
        )
    biggest = sorted(
        (p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()),
        key=lambda p: p.stat().st_size,
        reverse=True,
    )[:8]
    for path in biggest:
        say(f"  {path.stat().st_size / 1e6:6.1f} MB  {path.relative_to(bundle)}")


def report_start_time(bundle: Path, runs: int) -> None:
    from startup import measure

    figures = measure([str(bundle / f"reader-app{EXE}")], runs)
    mark = "ok" if figures["warm_median_s"] <= 2 else "OVER"
    say(
        f"start to usable window (smoke test, offscreen): first start "
        f"{figures['first_start_s']:.2f} s, warm median {figures['warm_median_s']:.2f} s, "
        f"max {figures['warm_max_s']:.2f} s over {runs} runs (target <= 2 s: {mark})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deb", action="store_true", help="also build the Debian package")
    parser.add_argument("--no-index", action="store_true", help="ship without a prebuilt index")
    parser.add_argument("--no-freeze", action="store_true", help="reuse the existing bundle")
    parser.add_argument("--runs", type=int, default=5, help="start-time runs (0: skip)")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder")
    parser.add_argument(
        "--staff", action="store_true", help="the staff build: with text recognition of scans"
    )
    args = parser.parse_args(argv)
    bundle = args.dist / "reader-app"

    if not args.no_freeze:
        if args.no_index:
            shutil.rmtree(INDEX_STAGING, ignore_errors=True)
        else:
            prebuild_index()
        freeze(args.dist, staff=args.staff)
    smoke_test(bundle)
    pdf_smoke_test(bundle)
    if args.staff:
        scan_smoke_test(bundle)
    artifacts = [] if args.no_archive else [archive(bundle)]
    if args.deb:
        sys.path.insert(0, str(HERE / "linux"))
        from build_deb import build_deb

        artifacts.append(build_deb(bundle, args.dist, version()))
        say(f"Debian package: {artifacts[-1]}")
    report_size(bundle, artifacts)
    if args.runs:
        report_start_time(bundle, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
