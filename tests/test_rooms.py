"""Rooms (issue 22): every module in a package named for its purpose, imports by one table.

The table says which room may import which; function-level and ``TYPE_CHECKING``
imports count too, since a circle hidden in a function is still a circle. The
core's rooms form a DAG; so do the window's, and no window part outside
``gui/shell/`` knows ``MainWindow`` (docs/architecture.md).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "reader_app"

#: room -> the rooms it may import (besides itself). "reader_app" is the top package.
ALLOWED: dict[str, set[str]] = {
    "core.base": {"reader_app"},
    "core.text": {"core.base"},
    "core.machine": {"reader_app", "core.base"},
    "core.search": {"reader_app", "core.base", "core.machine", "core.text"},
    "core.pdf": {"core.base", "core.text", "core.search"},
    "core.importer": {"core.base", "core.text", "core.pdf"},
    "core.library": {"reader_app", "core.base", "core.machine", "core.text", "core.importer"},
    "core.share": {"core.base", "core.machine", "core.search", "core.library"},
    "core.services": {"core.base", "core.machine", "core.text", "core.library"},
    "core.app": {
        "reader_app",
        "core.base",
        "core.machine",
        "core.text",
        "core.search",
        "core.library",
        "core.share",
        "core.services",
    },
    "core": {"core.search"},  # core/__init__.py installs the Whoosh import hook
    "output": {"core.base", "core.machine", "core.text", "core.library", "core.services"},
    "cli": {"reader_app", "output", "core.*"},
    "gui.base": {"reader_app", "output", "core.*"},
    "gui.reading": {"output", "gui.base", "core.*"},
    "gui.library": {"output", "gui.base", "core.*"},
    "gui.search": {"output", "gui.base", "core.*"},
    "gui.export": {"output", "gui.base", "gui.reading", "core.*"},
    "gui.room": {"output", "gui.base", "gui.export", "gui.search", "core.*"},  # topics: hits
    "gui.dialogs": {"output", "gui.base", "core.*"},
    "gui.shell": {"output", "gui.*", "core.*"},
    "gui.app": {"reader_app", "output", "gui.base", "gui.shell", "core.*"},
    "__main__": {"gui.app"},
}

#: Window parts that take the whole window for typing. Issue 22 gave each a declared
#: contract (gui/base/parts.py); the test fails on any module that starts to again.
TAKE_THE_WINDOW: set[str] = set()
#: Imports against the table that are let through: none.
ALSO_ALLOWED: set[tuple[str, str]] = set()


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _room(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "reader_app":
        return None
    if len(parts) == 1:
        return "reader_app"
    if parts[1] in ("core", "gui") and len(parts) >= 3:
        return f"{parts[1]}.{parts[2]}"
    if parts[1] in ("__version__", "LANGUAGES", "APP_NAME", "APP_AUTHOR"):
        return "reader_app"
    return parts[1]


def _imports(path: Path, module_level_only: bool = False) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if module_level_only else list(ast.walk(tree))
    names: list[str] = []
    for node in nodes:
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]
    return [n for n in names if n.split(".")[0] == "reader_app"]


def _allowed(source: str, target: str) -> bool:
    if target == source:
        return True
    allowed = ALLOWED.get(source, set())
    return target in allowed or any(a.endswith(".*") and target.startswith(a[:-1]) for a in allowed)


def test_every_module_sits_in_a_room():
    loose = [
        str(p.relative_to(REPO))
        for layer in ("core", "gui")
        for p in (PACKAGE / layer).glob("*.py")
        if p.name != "__init__.py" and not (layer == "gui" and p.name == "app.py")
    ]
    assert loose == [], "put each module in the package named for its purpose"
    rooms = {
        p.name
        for layer in ("core", "gui")
        for p in (PACKAGE / layer).iterdir()
        if p.is_dir() and p.name != "__pycache__"
    }
    assert rooms, "no rooms found"
    for layer in ("core", "gui"):
        for folder in (PACKAGE / layer).iterdir():
            if folder.is_dir() and folder.name != "__pycache__":
                assert f"{layer}.{folder.name}" in ALLOWED, (
                    f"{folder}: a room the table does not know"
                )


def test_rooms_import_only_what_the_table_allows():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = str(path.relative_to(REPO))
        source = _room(_module_name(path))
        assert source is not None
        for name in _imports(path):
            target = _room(name)
            if target in (None, "core", "gui"):
                continue
            if _allowed(source, target) or (rel, target) in ALSO_ALLOWED:
                continue
            if name.startswith("reader_app.gui.shell.mainwindow") and rel in TAKE_THE_WINDOW:
                continue
            offenders.append(f"{rel}: {source} imports {name}")
    assert offenders == [], "imports against the rooms table (tests/test_rooms.py)"


def test_the_core_rooms_form_a_dag():
    """The table itself has no circle among the core's rooms (nor among the window's)."""
    graph = {
        room: {t for t in targets if t in ALLOWED and t != room}
        for room, targets in ALLOWED.items()
    }
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            assert state.get(nxt) != 1, "circle in the table: " + " -> ".join([*trail, nxt])
            if nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for room in sorted(graph):
        if room not in state:
            visit(room, [room])


def test_only_the_shell_knows_the_main_window():
    found = {
        str(p.relative_to(REPO))
        for p in PACKAGE.rglob("*.py")
        if not str(p.relative_to(PACKAGE)).startswith(("gui/shell/", "gui/app.py"))
        and any(n.startswith("reader_app.gui.shell.mainwindow") for n in _imports(p))
    }
    assert found - TAKE_THE_WINDOW == set(), "a window part takes the whole MainWindow"
    assert TAKE_THE_WINDOW - found == set(), "no longer takes the window: drop it from the list"


def test_no_module_level_import_circle():
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in _imports(path, module_level_only=True):
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name:
                targets.add(imported)
        graph[name] = targets
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    counter = [0]

    def strong(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            # a package importing its own submodule is not a circle
            if len(component) > 1 and not all(
                c.startswith(min(component, key=len) + ".") or c == min(component, key=len)
                for c in component
            ):
                circles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    assert circles == []


_DOC_PATH = re.compile(r"(?<![\w./-])((?:reader_app/)?(?:core|gui|output|cli)/[\w/]+\.py)\b")


def test_every_code_path_named_in_the_docs_exists():
    missing = []
    for doc in [*sorted((REPO / "docs").glob("*.md")), REPO / "README.md"]:
        for number, line in enumerate(doc.read_text(encoding="utf-8").splitlines(), 1):
            for found in _DOC_PATH.findall(line):
                path = found if found.startswith("reader_app/") else f"reader_app/{found}"
                if not (REPO / path).exists():
                    missing.append(f"{doc.name}:{number}: {found}")
    assert missing == []


def test_each_hub_signal_has_one_emitter():
    """ "The library changed" and the status line are each said in one place (gui/base/hub.py):
    a part asks ``LibraryChanges`` or ``hub.show_status``, never emits the signal itself."""
    for signal, home in (
        ("libraryChanged", "reader_app/gui/base/librarychanges.py"),
        ("statusMessage", "reader_app/gui/base/hub.py"),
        ("resetRequested", "reader_app/gui/shell/publicmode.py"),
        ("indexChanged", "reader_app/gui/shell/mainwindow.py"),  # after every library change
        ("themeChanged", "reader_app/gui/shell/mainwindow.py"),
    ):
        emitters = [
            str(p.relative_to(REPO))
            for p in PACKAGE.rglob("*.py")
            for _ in range(p.read_text(encoding="utf-8").count(f"{signal}.emit("))
        ]
        assert emitters == [home], f"{signal}: one emitter"
