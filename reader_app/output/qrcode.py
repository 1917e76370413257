"""QR codes for original URLs, made in memory (segno → PNG bytes → QImage, no files)."""

from __future__ import annotations

import io
import logging

from PySide6.QtGui import QImage

log = logging.getLogger(__name__)


#: Bytes a QR code holds at error level M in byte mode (version 40): longer URLs get none.
QR_CAPACITY = 2331


def qr_fits(url: str) -> bool:
    """Whether ``url`` fits in a QR code (known without encoding it, or importing segno)."""
    return len(url.encode("utf-8")) <= QR_CAPACITY


def qr_image(url: str, dark: str = "#000000", light: str = "#ffffff") -> QImage:
    """A QR code for ``url`` as a QImage; an empty image if it cannot be encoded."""
    import segno  # ~20 ms (it imports urllib.request): only when a page shows a URL

    try:
        code = segno.make(url, error="m", micro=False)
        buf = io.BytesIO()
        code.save(buf, kind="png", scale=4, border=2, dark=dark, light=light)
    except Exception as exc:  # segno raises DataOverflowError etc. on odd input
        log.warning("no QR code for %r: %s", url, exc)
        return QImage()
    # No format argument: Qt recognises PNG by its signature, and PySide6's stub types the
    # format as bytes while the binding accepts only str.
    return QImage.fromData(buf.getvalue())
