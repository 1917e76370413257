"""Frozen entry point of the command line: ``reader-app-cli``."""

import sys

from reader_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
