"""The one door to PDFium (pypdfium2): a process-wide lock and a safe way to open a PDF.

PDFium is not thread-safe: the importer (CLI, import dialog's worker) and the
original-page renderer (a GUI worker thread) may run at the same time, so every
call into pypdfium2, including closing documents and pages, holds PDFIUM_LOCK.
"""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from reader_app.core.base.errors import ImportRefusedError
from reader_app.core.base.messages import Message

if TYPE_CHECKING:
    import pypdfium2

PDFIUM_LOCK = threading.RLock()
PDF_MAGIC = b"%PDF-"


class PdfPasswordError(ImportRefusedError):
    """The PDF needs a password to be opened."""


class PdfDamagedError(ImportRefusedError):
    """The file starts like a PDF but PDFium cannot read it (truncated, damaged)."""


def looks_like_pdf(head: bytes) -> bool:
    """True when the first bytes of a file carry the PDF header (within its first 1 KB)."""
    return PDF_MAGIC in head[:1024]


def open_pdf(path: Path, data: bytes | None = None) -> pypdfium2.PdfDocument:
    """Open ``path`` (or its bytes ``data``, already read) with pypdfium2.

    The caller must hold PDFIUM_LOCK while using the document. The file is read
    through a Python file object rather than by name, so paths with any
    characters work on every platform. Errors become one-line
    :class:`ImportRefusedError` subclasses that say what to do.
    """
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    try:
        stream = io.BytesIO(data) if data is not None else path.open("rb")
    except FileNotFoundError:
        raise ImportRefusedError(Message.of("no_such_file", path=path)) from None
    except IsADirectoryError:
        raise ImportRefusedError(Message.of("is_folder", path=path, want="pdf")) from None
    except OSError as exc:
        raise ImportRefusedError(
            Message.of("import_unreadable", path=path, reason=str(exc.strerror))
        ) from None
    with PDFIUM_LOCK:
        try:
            return pypdfium2.PdfDocument(stream, autoclose=True)
        except pypdfium2.PdfiumError as exc:
            stream.close()
            if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
                raise PdfPasswordError(Message.of("pdf_password", path=path)) from None
            if exc.err_code == pdfium_c.FPDF_ERR_SECURITY:
                raise PdfPasswordError(Message.of("pdf_encrypted", path=path)) from None
            raise PdfDamagedError(Message.of("pdf_damaged", path=path)) from None
