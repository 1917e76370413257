"""Scanned pages → recognised lines with their boxes, and the lines the importer reads.

A PDF whose pages are pictures has no text layer. With the optional ``[ocr]``
extra (RapidOCR's PP-OCR models in ONNX, shipped inside its wheel: nothing is
downloaded at run time; docs/decisions.md) each page is drawn, cleaned for
recognition only (the scan in the bundle stays as received) and recognised:
lines with their text, box and confidence, and each character's box.

:func:`page_text` turns a recognised page into the :class:`PageText` that
pdftext measures from a text layer (characters with boxes, skew undone), so the
rest of the PDF importer (margins, layout, reading order, structure) is the same
for a scan and for a born-digital PDF. :func:`ocr_json` is the bundle's
``ocr.json`` (docs/issue-format.md): the page view reads the lines from it to
mark hits on the scan and to select and copy text (core/pdf/original.py).

Runs in the PDF reader child (core/importer/pdfsandbox.py), never in the window.
"""

from __future__ import annotations

import logging
import math
import re
import time
from collections.abc import Callable
from typing import Any

from reader_app.core.importer.pdftext import Char, PageText, _lines
from reader_app.core.pdf.ocrfile import (  # the file format, for core/library (verify)
    OcrFileError as OcrFileError,
)
from reader_app.core.pdf.ocrfile import (
    OcrLine,
    OcrPage,
    normalise,
    spread_boxes,
)
from reader_app.core.pdf.ocrfile import (
    read_ocr_json as read_ocr_json,
)
from reader_app.core.text.textnorm import is_cjk

log = logging.getLogger(__name__)

#: The resolution pages are drawn at for recognition: PP-OCR reads body text set at
#: 9-12 pt best when a line is 30-45 pixels high.
RECOGNITION_DPI = 216
#: Below this a line's recognition is reported as unsure (the import report lists it).
LOW_CONFIDENCE = 0.85
#: Called with (pages done, pages in all, seconds left or None).
Progress = Callable[[int, int, float | None], None]


def ocr_available() -> bool:
    """Is the recognition engine installed (``pip install -e ".[ocr]"``)?"""
    import importlib.util

    return all(importlib.util.find_spec(name) is not None for name in ("rapidocr", "onnxruntime"))


def engine_name() -> str:
    from importlib.metadata import version

    return f"RapidOCR {version('rapidocr')} (onnxruntime {version('onnxruntime')})"


# ---------------------------------------------------------------- recognition


def recognise_pdf(pdf: Any, progress: Progress | None = None) -> list[OcrPage]:
    """Every page of the open PDFium document ``pdf`` recognised, with progress."""
    from reader_app.core.pdf.pdfengine import PDFIUM_LOCK

    count = len(pdf)
    if progress is not None:  # first: the reader child's time budget grows with the pages
        progress(0, count, None)
    engine = _engine()
    pages: list[OcrPage] = []
    started = time.monotonic()
    for index in range(count):
        with PDFIUM_LOCK:
            page = pdf[index]
            try:
                width, height = page.get_size()
                bitmap = page.render(scale=RECOGNITION_DPI / 72, grayscale=True)
                image = bitmap.to_numpy().copy()
            finally:
                page.close()
        pages.append(recognise_image(engine, image, index + 1, width, height))
        if progress is not None:
            done = index + 1
            per_page = (time.monotonic() - started) / done
            progress(done, count, per_page * (count - done))
    return pages


def _engine() -> Any:
    from rapidocr import RapidOCR

    # Pages are upright: no direction classifier (it turned "录" of a spaced-out
    # "目 录" over). Lower thresholds keep a contents page's lone page numbers.
    return RapidOCR(
        params={
            "Global.log_level": "warning",
            "Global.use_cls": False,
            "Global.text_score": 0.3,
            "Det.box_thresh": 0.2,
        }
    )


def recognise_image(engine: Any, image: Any, pdf: int, width: float, height: float) -> OcrPage:
    """One page's picture (a NumPy array, grey or colour) recognised into an OcrPage."""
    import numpy as np

    grey = image if image.ndim == 2 else image[..., 0]
    grey = _clean(grey)
    rgb = np.ascontiguousarray(np.stack([grey] * 3, axis=-1))
    result = engine(rgb, return_word_box=True)
    scale_x = width / grey.shape[1]
    scale_y = height / grey.shape[0]
    out = OcrPage(pdf, width, height)
    if result.txts is None:
        return out
    words = result.word_results or [()] * len(result.txts)
    found = list(zip(result.txts, result.scores, result.boxes, words, strict=False))
    found += _missed_page_numbers(engine, grey, found)
    angles = []
    for text, score, quad, word in found:
        xs = [float(p[0]) * scale_x for p in quad]
        ys = [float(p[1]) * scale_y for p in quad]
        box = (min(xs), min(ys), max(xs), max(ys))
        chars, line_text = _line_chars(str(text), word, scale_x, scale_y)
        if box[2] - box[0] > 10 * (box[3] - box[1]):  # a long line tells the skew best
            dx = (quad[1][0] - quad[0][0]) * scale_x
            dy = (quad[1][1] - quad[0][1]) * scale_y
            angles.append(math.degrees(math.atan2(dy, dx)))
        out.lines.append(OcrLine(line_text, box, round(float(score), 4), chars))
    if angles:
        angles.sort()
        out.skew = round(angles[len(angles) // 2], 3)
    return out


#: A page number read alone, with what is left of its leaders ("1", "..1", "…12").
_NUMBER = re.compile(r"[.．。…·・,，\s]*\d{1,4}")
_LAST_NUMBER = re.compile(r"(?:^|[\s.．。…·・,，]+)(\d{1,4})$")
#: At most this many second looks a page (each is one small recognition).
_MAX_SECOND_LOOKS = 40


def _missed_page_numbers(
    engine: Any, grey: Any, found: list[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """Page numbers of a contents page the detector missed, found by a second look.

    A lone digit at the end of dot leaders is the smallest thing on a contents page,
    and the detector drops some ("三部门：……通知 ……… 1" read without its 1: the
    entry, then refused or merged with the next). Where a page has page numbers
    aligned at the right, every line that ends well short of them and has no
    number level with it is looked at again: the strip between its end and the
    numbers' edge, enlarged, recognised alone. Returns entries as ``found`` holds.
    """
    import cv2
    import numpy as np

    def box(quad: Any) -> tuple[float, float, float, float]:
        xs = [float(p[0]) for p in quad]
        ys = [float(p[1]) for p in quad]
        return (min(xs), min(ys), max(xs), max(ys))

    numbers = [box(q) for t, _s, q, _w in found if _NUMBER.fullmatch(str(t).strip())]
    if len(numbers) < 2:
        return []
    edge = sorted(b[2] for b in numbers)[len(numbers) // 2]
    numbers = [b for b in numbers if abs(b[2] - edge) < 2 * (b[3] - b[1])]
    if len(numbers) < 2 or edge < 0.6 * grey.shape[1]:
        return []
    added: list[tuple[Any, ...]] = []
    for text, _score, quad, _word in found:
        _x0, y0, x1, y1 = box(quad)
        h = y1 - y0
        if _NUMBER.fullmatch(str(text).strip()) or _LAST_NUMBER.search(str(text).strip()):
            continue
        if x1 > edge - 3 * h or h > 3 * (numbers[0][3] - numbers[0][1]):
            continue
        mid = (y0 + y1) / 2
        if any(abs((b[1] + b[3]) / 2 - mid) < 0.75 * h for b in numbers):
            continue  # its number is there (a skew of a degree moves it less than this)
        if len(added) >= _MAX_SECOND_LOOKS:
            break
        left, right = int(max(x1 + 0.3 * h, edge - 12 * h)), int(min(grey.shape[1], edge + h))
        # Level with the line only: a taller strip took in the number of the line above
        # (a section heading with its own page number, "热点关注 …… 1") and gave it
        # to this entry, whose own number the second look then never saw.
        top, bottom = int(max(0, mid - 0.9 * h)), int(min(grey.shape[0], mid + 0.9 * h))
        if right - left < h or bottom - top < h:
            continue
        strip = cv2.resize(
            grey[top:bottom, left:right], None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC
        )
        strip = cv2.copyMakeBorder(strip, 30, 30, 30, 30, cv2.BORDER_CONSTANT, value=255)
        result = engine(np.ascontiguousarray(np.stack([strip] * 3, axis=-1)))
        if result.txts is None:
            continue
        best: tuple[float, tuple[Any, ...], tuple[float, float, float, float]] | None = None
        for seen, score, seen_quad in zip(result.txts, result.scores, result.boxes, strict=False):
            match = _LAST_NUMBER.search(str(seen).strip())
            if match is None or float(score) < 0.5:
                continue
            sx0, sy0, sx1, sy1 = box(seen_quad)
            # the digits' share of what was read, mapped back to the page
            share = len(match[1]) / max(1, len(str(seen).strip()))
            nx1 = left + (sx1 - 30) / 2
            nx0 = max(left + (sx0 - 30) / 2, nx1 - share * (sx1 - sx0) / 2)
            ny0, ny1 = top + (sy0 - 30) / 2, top + (sy1 - 30) / 2
            if any(min(ny1, b[3]) - max(ny0, b[1]) > 0.3 * (ny1 - ny0) for b in numbers):
                continue  # a number already found (the line above's, partly in the strip)
            away = abs((ny0 + ny1) / 2 - mid)
            if best is None or away < best[0]:
                quad = [[nx0, ny0], [nx1, ny0], [nx1, ny1], [nx0, ny1]]
                best = (away, (match[1], float(score), quad, ()), (nx0, ny0, nx1, ny1))
        if best is not None:
            added.append(best[1])
            numbers.append(best[2])
    return added


def _clean(grey: Any) -> Any:
    """The page for recognition only: grey paper to white, speckle smoothed (median)."""
    import cv2
    import numpy as np

    smooth = cv2.medianBlur(grey, 3)
    paper = float(np.percentile(smooth, 90))
    ink = float(np.percentile(smooth, 1))
    if paper - ink < 40:  # a blank or a photograph: leave it be
        return grey
    stretched = (smooth.astype(np.float32) - ink) * (255.0 / (paper - ink))
    return stretched.clip(0, 255).astype(np.uint8)


def _line_chars(
    text: str, word: Any, scale_x: float, scale_y: float
) -> tuple[list[tuple[float, float, float, float]], str]:
    """The line's text and a box for each of its characters.

    The word boxes carry no spaces: a space the engine read between two words
    ("目录 CONTENTS", "E-mail: zdd@...") is kept, boxed as the gap between its
    neighbours, so that the importer sees the same words a text layer gives.
    """
    pieces = [(str(w[0]), _char_box(w[2], scale_x, scale_y)) for w in word]
    joined = "".join(p for p, _ in pieces)
    if len(joined) != len(pieces):  # a box for several characters: boxes spread later
        return [], text
    if joined != text.replace(" ", ""):
        return ([b for _, b in pieces], joined) if pieces else ([], text)
    chars: list[tuple[float, float, float, float]] = []
    out = []
    at = 0
    for ch in text:
        if ch == " ":
            if not chars or at >= len(pieces):
                continue  # a space at either end of the line: nothing to keep
            left, right = chars[-1], pieces[at][1]
            chars.append((left[2], left[1], max(left[2], right[0]), left[3]))
        else:
            chars.append(pieces[at][1])
            at += 1
        out.append(ch)
    return chars, "".join(out)


def _char_box(quad: Any, scale_x: float, scale_y: float) -> tuple[float, float, float, float]:
    xs = [float(p[0]) * scale_x for p in quad]
    ys = [float(p[1]) * scale_y for p in quad]
    return (round(min(xs), 2), round(min(ys), 2), round(max(xs), 2), round(max(ys), 2))


# ---------------------------------------------------------------- as the importer reads it


def page_text(page: OcrPage) -> PageText:
    """The page as pdftext measures a text layer: characters with boxes in points,
    the page's skew undone, grouped into lines and cells by pdftext's own rules."""
    result = PageText(page.pdf, page.width, page.height)
    angle = math.radians(page.skew)
    cx, cy = page.width / 2, page.height / 2
    cos, sin = math.cos(-angle), math.sin(-angle)

    def turn(x: float, y: float) -> tuple[float, float]:
        dx, dy = x - cx, y - cy
        return (cx + dx * cos - dy * sin, cy + dx * sin + dy * cos)

    chars: list[Char] = []
    seq = 0
    for line in page.lines:
        text = normalise(line.text)
        boxes = line.chars if len(line.chars) == len(text) else spread_boxes(line, len(text))
        # One line's characters share its top and bottom (skew undone), so that
        # pdftext puts them on one baseline whatever the recogniser's boxes say.
        x0, y0, x1, y1 = line.box
        _, mid_y = turn((x0 + x1) / 2, (y0 + y1) / 2)
        half = max(1.0, ((y1 - y0) - (x1 - x0) * abs(sin)) / max(cos, 0.5) / 2)
        top, bottom = mid_y - half, mid_y + half
        size = bottom - top
        # The recogniser says where a line has a space (it reads " "): the characters
        # of one line abut, so that pdftext sees no gap to read as one.
        kept = [
            (ch, box)
            for n, (ch, box) in enumerate(zip(text, boxes, strict=True))
            if not (ch == " " and _spurious_space(text, boxes, n, size))
        ]
        xs = [turn(b[0], (b[1] + b[3]) / 2)[0] for _, b in kept]
        last = kept[-1][1] if kept else None
        ends = [*xs[1:], turn(last[2], (last[1] + last[3]) / 2)[0]] if last else []
        for (ch, _box), x0, x1 in zip(kept, xs, ends, strict=True):
            x1 = max(x1, x0 + 0.2)
            chars.append(Char(ch, x0, x1, top, bottom, size, bottom - 0.15 * size, False, seq))
            seq += 1
    result.chars = len(chars)
    result.lines = _lines(chars, result)
    return result


def _spurious_space(
    text: str, boxes: list[tuple[float, float, float, float]], n: int, size: float
) -> bool:
    """A space the recogniser read between two Chinese characters set with no more
    than the usual gap between them (letter-spaced titles): not a space."""
    if not (0 < n < len(text) - 1 and is_cjk(text[n - 1]) and is_cjk(text[n + 1])):
        return False
    return boxes[n + 1][0] - boxes[n - 1][2] < 0.6 * size


def low_confidence(pages: list[OcrPage]) -> list[tuple[int, str, float]]:
    """(PDF page, the line's text, its confidence) of every line read unsurely."""
    return [
        (page.pdf, line.text, line.confidence)
        for page in pages
        for line in page.lines
        if line.confidence < LOW_CONFIDENCE and len(line.text.strip()) >= 2
    ]
