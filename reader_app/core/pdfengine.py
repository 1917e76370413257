"""The PDF engine (pypdfium2): one process-wide lock, because PDFium is not thread-safe."""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()
