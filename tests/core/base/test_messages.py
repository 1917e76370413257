"""Messages, not prose, leave the core (issue 22).

Read from the source (AST), so a new raise site, report warning or library problem
that words a sentence in the core fails here, whatever its message says.
"""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

import pytest

from reader_app.cli import text as cli_text
from reader_app.core.base.errors import IssueExistsError, ReaderError
from reader_app.core.base.messages import Message, from_data, to_data

ROOT = Path(__file__).resolve().parents[3] / "reader_app"
CORE = sorted((ROOT / "core").rglob("*.py"))
FACES = sorted((ROOT / "cli").rglob("*.py"))


#: Lines that are not a library's problems and stay English for now (issue 22, left):
#: the policy file's and the thesaurus files' own problems, for IT in the log, About
#: and ``reader-app-cli policy``; the share follower's note for the log and the CLI (the
#: window words its ``kind``).
OWN_LINES = {"policy.py", "thesaurus.py", "privatedir.py"}  # privatedir: the log folder's
NOTE_FOR_THE_LOG = {"follow.py"}


def _trees(files: list[Path]) -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text("utf-8"), str(path))) for path in files]


def _error_classes() -> set[str]:
    """ReaderError and every subclass declared in reader_app (by name)."""
    names = {"ReaderError"}
    classes = [
        node
        for _path, tree in _trees(sorted(ROOT.rglob("*.py")))
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    ]
    grown = True
    while grown:
        grown = False
        for node in classes:
            bases = {
                b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
            }
            if node.name not in names and bases & names:
                names.add(node.name)
                grown = True
    return names


def _is_prose(node: ast.expr) -> bool:
    """A string literal, an f-string, a concatenation or a ``.format`` of one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_prose(node.left) or _is_prose(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in {"format", "join", "replace"} and _is_prose(node.func.value)
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str"


def _calls(files: list[Path]) -> list[tuple[Path, ast.Call]]:
    return [
        (path, node)
        for path, tree in _trees(files)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
    ]


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def test_error_constructors_get_a_message_never_prose() -> None:
    classes = _error_classes()
    assert {"ImportRefusedError", "BundleError", "OriginalPageError", "ShareBusyError"} <= classes
    found = []
    for path, call in _calls(CORE + FACES):
        if _name(call) not in classes:
            continue
        found.append(call)
        assert call.args, f"{path}:{call.lineno}: an error without its Message"
        assert not _is_prose(call.args[0]), f"{path}:{call.lineno}: prose, not a Message"
    assert len(found) > 100  # every raise site is seen (and counted)


def test_report_warnings_and_problems_are_messages() -> None:
    warnings = problems = 0
    for path, call in _calls(CORE):
        name = _name(call)
        target = call.func.value if isinstance(call.func, ast.Attribute) else None
        owner = ast.unparse(target) if target is not None else ""
        if name == "warn" and owner.endswith("report"):
            warnings += 1
            assert len(call.args) == 2 and not _is_prose(call.args[1]), f"{path}:{call.lineno}"
        if name == "append" and owner.endswith("problems") and path.name not in OWN_LINES:
            problems += 1
            assert not _is_prose(call.args[0]), f"{path}:{call.lineno}: a problem in prose"
    assert warnings >= 14 and problems >= 10


def test_no_core_string_advises_a_command() -> None:
    """The advice to type something is the CLI's (cli/text.py), never the core's."""
    for path, tree in _trees([p for p in CORE if p.name not in NOTE_FOR_THE_LOG]):
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
            ):
                assert "reader-app-cli" not in node.value, f"{path}:{node.lineno}"
                assert "--replace" not in node.value, f"{path}:{node.lineno}"


def test_every_core_key_is_worded_by_the_cli() -> None:
    """Each literal key the core hands out in a Message has the CLI's words."""
    keys = {
        call.args[0].value
        for _path, call in _calls(CORE)
        if _name(call) == "of"
        and isinstance(call.func, ast.Attribute)
        and ast.unparse(call.func.value) == "Message"
        and call.args
        and isinstance(call.args[0], ast.Constant)
    }
    assert len(keys) > 100
    unworded = keys - set(cli_text.ERRORS) - set(cli_text.MESSAGES)
    assert unworded == set()


def test_str_of_an_error_is_its_key_and_values_not_a_sentence() -> None:
    exc = IssueExistsError(
        Message.of("issue_exists", path="/x/a.txt", issue="2022-18", title="t", bundled=False)
    )
    assert str(exc).startswith("issue_exists(") and exc.issue_id == "2022-18"
    assert cli_text.error_text(exc).endswith("Use --replace to replace it.")
    with pytest.raises(TypeError):
        ReaderError("a sentence")  # type: ignore[arg-type]


def test_messages_travel_as_data() -> None:
    """A refusal crosses from the PDF reader's child (pickle); problems go into the
    catalogue (JSON-like data); a nested reason survives both."""
    inner = Message.of("pdf_damaged", path=Path("/x/a.pdf"))
    outer = Message.of("pdf_unreadable", path=Path("/x/a.pdf"), reason=inner)
    assert outer["path"] == "/x/a.pdf"  # paths become text
    assert from_data(to_data(outer)) == outer
    assert pickle.loads(pickle.dumps(ReaderError(outer))).message == outer
    with pytest.raises(ValueError):
        from_data("an old catalogue's sentence")
