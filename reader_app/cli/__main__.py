"""``python -m reader_app.cli``: the same as ``reader-app-cli``."""

import sys

from reader_app.cli import main

sys.exit(main())
