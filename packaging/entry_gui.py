"""Frozen entry point of the window: ``reader-app``."""

import sys

from reader_app.core.importer.pdfsandbox import run_if_child

if __name__ == "__main__":
    # The import dialog's PDF reader is this program with a flag (core/importer/pdfsandbox.py):
    # asked first, so that the child loads no Qt.
    run_if_child()
    from reader_app.gui.app import main

    sys.exit(main())
