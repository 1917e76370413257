"""``python -m reader_app``: the window."""

import sys

from reader_app.gui.app import main

sys.exit(main())
