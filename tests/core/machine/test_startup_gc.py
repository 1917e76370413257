"""Start-up pauses cyclic garbage collection and always resumes it (core/machine/startup.py)."""

from __future__ import annotations

import gc

import pytest

from reader_app.cli import main
from reader_app.core.machine.startup import pause_gc, resume_gc


def test_resume_freezes_what_the_start_made_and_turns_collection_back_on():
    frozen = gc.get_freeze_count()
    pause_gc()
    assert not gc.isenabled()
    resume_gc()
    assert gc.isenabled() and gc.get_freeze_count() >= frozen
    resume_gc()  # not paused: nothing happens
    assert gc.isenabled()


@pytest.mark.parametrize(
    "argv", [["search", "锂电", "--limit", "1"], ["show", "no-such-article"], ["list"]]
)
def test_every_cli_command_ends_with_collection_on(argv, capsys):
    main(argv)
    assert gc.isenabled()


def test_a_bad_command_line_ends_with_collection_on(capsys):
    with pytest.raises(SystemExit):
        main(["no-such-command"])
    assert gc.isenabled()
