"""Frozen entry point of the window: ``reader-app``."""

import sys

from reader_app.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
