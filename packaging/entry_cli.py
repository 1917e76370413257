"""Frozen entry point of the command line: ``reader-app-cli``."""

import sys

from reader_app.core.importer.pdfsandbox import run_if_child

if __name__ == "__main__":
    run_if_child()  # the import's PDF reader is this program with a flag (core/importer/pdfsandbox.py)
    from reader_app.cli import main

    sys.exit(main())
