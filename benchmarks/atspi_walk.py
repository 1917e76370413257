"""Walk the running window's accessibility tree over AT-SPI, as Orca does, and read an article.

Linux screen readers do not look at Qt objects: they talk to the AT-SPI registry on
the accessibility bus. This script starts that bus, starts the real reader window
(its own READER_APP_HOME, the bundled issue), finds the library tree and the reading
pane by what they announce, opens an article through AT-SPI and reads its text.

Run it with Debian's Python, which has pyatspi (python3-pyatspi, gir1.2-atspi-2.0):

    xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- \\
        /usr/bin/python3 benchmarks/atspi_walk.py [--app-python .venv/bin/python]

It prints what a screen reader would hear; docs/accessibility.md keeps one run.
Exit 0 when the article text and its headings were read, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "2022-18-e117e3"  # 国研专稿: title, 摘要, 关键词 and numbered sub-headings
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def start_bus() -> subprocess.Popen:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        sys.exit("no session bus: run under dbus-run-session (see the docstring)")
    launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"])
    time.sleep(1.0)
    return launcher


def start_app(python: str, home: Path) -> subprocess.Popen:
    env = dict(os.environ)
    env.update(
        READER_APP_HOME=str(home),
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",  # as if Orca had switched the bus on
        QT_ACCESSIBILITY="1",
    )
    return subprocess.Popen(
        [python, "-m", "reader_app.gui.app", "--lang", "zh_CN"], env=env, cwd=ROOT
    )


def find_app(pyatspi, timeout: float = 60.0):
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for app in desktop:
            if app is not None and app.name in ("reader-app", "app.py", "python3", "python"):
                frames = [c for c in app if c is not None and c.getRoleName() == "frame"]
                if frames and frames[0].childCount:
                    return app
        time.sleep(0.5)
    raise SystemExit("the reader window never appeared on the AT-SPI bus")


def walk(node, depth: int = 0, limit: int = 12, showing=None):
    """Depth-first; with ``showing`` (a pyatspi state), only what is on screen."""
    if showing is not None and depth and not node.getState().contains(showing):
        return
    yield depth, node
    if depth >= limit or node.getRoleName() in ("tree", "list", "table"):
        return  # item views are read separately below
    for child in node:
        if child is not None:
            yield from walk(child, depth + 1, limit, showing)


def items_of(view, limit: int = 400):
    """The cells of a tree or list view (AT-SPI flattens a QTreeView into a table)."""
    out = []
    for i, child in enumerate(view):
        if i >= limit:
            break
        if child is not None and child.getRoleName() in ("table cell", "tree item", "list item"):
            out.append(child)
    return out


def text_of(node) -> str:
    text = node.queryText()
    return text.getText(0, text.characterCount)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app-python", default=str(ROOT / ".venv" / "bin" / "python"))
    args = parser.parse_args()
    import pyatspi  # Debian's python3-pyatspi; not a dependency of the app

    launcher = start_bus()
    home = Path(tempfile.mkdtemp(prefix="reader-atspi-"))
    app_proc = start_app(args.app_python, home)
    ok = False
    try:
        app = find_app(pyatspi)
        frame = next(c for c in app if c.getRoleName() == "frame")
        print(f"application: {app.name!r}; window: {frame.name!r}")
        print("-- the window's accessible tree, what is on screen (roles and names) --")
        tree = pane = None
        for depth, node in walk(frame, showing=pyatspi.STATE_SHOWING):
            role, name = node.getRoleName(), node.name
            if role in ("filler", "panel", "unknown") and not name:
                continue
            print(f"{'  ' * depth}[{role}] {name}")
            if role == "tree" and name == "目录":
                tree = node
            # The pane is read-only editable text to Qt ("text", read-only, to AT-SPI; a
            # plain QTextBrowser would be a "label"), with the whole Text interface.
            if role in ("label", "text", "document text") and name.startswith("文章"):
                pane = node
        if tree is None or pane is None:
            print("the library tree or the reading pane was not found")
            return 1
        print("-- library tree items as shown at start (what is announced on each) --")
        for cell in items_of(tree):
            if cell.name:
                print(f"  [{cell.getRoleName()}] {cell.name}")
        # Narrow the tree as a patron would, by typing into its filter field (EditableText).
        field = next(n for _d, n in walk(frame) if n.name == "筛选目录")
        field.queryEditableText().setTextContents("物流痛点")
        print("-- typed 物流痛点 into 筛选目录; the tree now announces --")
        time.sleep(1.0)
        wanted = None
        for cell in items_of(tree):
            if cell.name:
                print(f"  [{cell.getRoleName()}] {cell.name}  ({cell.description})")
            if cell.name.startswith("海南自贸港跨境电商发展的物流痛点研究"):
                wanted = cell
        if wanted is None:
            print("  the article is not in the tree")
            return 1
        print(f"-- opening: {wanted.name}")
        actions = wanted.queryAction()
        names = [actions.getName(i) for i in range(actions.nActions)]
        print(f"  AT-SPI actions on the item: {names}")
        # Focus the tree over AT-SPI, then the keys a patron would press: End (the last,
        # only article left by the filter) makes it current, which opens it.
        print(f"  focus on the tree: {tree.queryComponent().grabFocus()}")
        window_ids = subprocess.run(
            ["xdotool", "search", "--name", frame.name], capture_output=True, text=True
        ).stdout.split()
        for wid in window_ids[:1]:
            subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=False)
            subprocess.run(["xdotool", "key", "--window", wid, "End"], check=False)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and "物流痛点" not in pane.name:
            time.sleep(0.3)
        print(f"-- the reading pane: [{pane.getRoleName()}] {pane.name}")
        print(f"   description: {pane.description}")
        body = text_of(pane)
        print(f"   text: {len(body)} characters; the first lines as a reader speaks them:")
        for line in [x for x in body.splitlines() if x.strip()][:12]:
            print(f"   | {line[:70]}")
        text = pane.queryText()
        for heading in pane.description.removeprefix("标题：").split("; ")[:3]:
            at = body.find(heading)
            if at >= 0:
                attrs, _start, _end = text.getAttributeRun(at, False)
                keep = [a for a in attrs if a.split(":")[0] in ("weight", "size", "font-size")]
                print(f"   heading at {at}: {heading!r} → {', '.join(keep) or attrs}")
        ok = "物流痛点" in body and "关键词" in body and pane.description.startswith("标题：")
        print("result:", "read the article and its headings" if ok else "FAILED")
    finally:
        app_proc.terminate()
        try:
            app_proc.wait(10)
        except subprocess.TimeoutExpired:
            app_proc.kill()
        launcher.terminate()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
