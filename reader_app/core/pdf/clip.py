"""Clipped-away text: characters a PDF draws but clips off the printed page.

A typesetter that cuts a long document into pages (Qt's QTextDocument) draws the
line at a page break on both pages and clips it off one: the importer and the
page's text model both leave out a character outside its text object's clip.
"""

from __future__ import annotations

import ctypes
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pypdfium2.raw


def visible(rect: pypdfium2.raw.FS_RECTF, box: tuple[float, float, float, float] | None) -> bool:
    """Is the character inside its text object's clip path (its bounding box)?"""
    if box is None:
        return True
    x, y = (rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2
    return box[0] - 1 <= x <= box[2] + 1 and box[1] - 1 <= y <= box[3] + 1


def clip_box(
    obj: pypdfium2.raw.FPDF_PAGEOBJECT, pdfium_c: ModuleType
) -> tuple[float, float, float, float] | None:
    clip = pdfium_c.FPDFPageObj_GetClipPath(obj)
    if not clip:
        return None
    box: tuple[float, float, float, float] | None = None
    x, y = ctypes.c_float(), ctypes.c_float()
    for path in range(max(0, pdfium_c.FPDFClipPath_CountPaths(clip))):
        xs, ys = [], []
        for n in range(max(0, pdfium_c.FPDFClipPath_CountPathSegments(clip, path))):
            segment = pdfium_c.FPDFClipPath_GetPathSegment(clip, path, n)
            if segment and pdfium_c.FPDFPathSegment_GetPoint(
                segment, ctypes.byref(x), ctypes.byref(y)
            ):
                xs.append(x.value)
                ys.append(y.value)
        if xs:
            part = (min(xs), min(ys), max(xs), max(ys))
            box = (
                part
                if box is None
                else (
                    max(box[0], part[0]),
                    max(box[1], part[1]),
                    min(box[2], part[2]),
                    min(box[3], part[3]),
                )
            )
    return box
