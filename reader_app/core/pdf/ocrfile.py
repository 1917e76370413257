"""``ocr.json``: a scanned PDF's recognised lines, kept in the bundle beside original.pdf.

Written by the importer's recognition (core/importer/pdfocr.py), read by the
page view (core/pdf/original.py: hits marked on the scan, text selected and
copied from it) and checked by ``verify``. The format is documented in
docs/issue-format.md; boxes are in points from the page's top left corner, as
the scan is displayed.
"""

from __future__ import annotations

import json
import math
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader_app.core.pdf.pagetext import PageChar, PageLayer, Rect, build_layer
from reader_app.core.text.textnorm import is_cjk
from reader_app.core.text.textnorm import is_cjk_or_fullwidth_punct as is_wide

OCR_FILE = "ocr.json"
OCR_FORMAT = "reader-app-ocr"
OCR_VERSION = 1

# ASCII marks the recogniser reads where Chinese text prints the full-width form.
_FULL = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}


@dataclass
class OcrLine:
    """One recognised line: its text, box (points, top-left origin, as on the scan),
    confidence (0-1) and, where the engine gives them, one box per character."""

    text: str
    box: tuple[float, float, float, float]
    confidence: float
    chars: list[tuple[float, float, float, float]] = field(default_factory=list)


@dataclass
class OcrPage:
    pdf: int  # 1-based PDF page
    width: float
    height: float
    skew: float = 0.0  # degrees, as measured from the lines (positive: clockwise)
    lines: list[OcrLine] = field(default_factory=list)


# ---------------------------------------------------------------- ocr.json


def ocr_json(pages: list[OcrPage], engine: str, dpi: int, original_sha256: str) -> bytes:
    """``ocr.json``: one object per page, one per line; human-readable (indented)."""
    data = {
        "format": OCR_FORMAT,
        "version": OCR_VERSION,
        "engine": engine,
        "dpi": dpi,
        "original_sha256": original_sha256,
        "units": "points from the page's top left corner, as the scan is displayed",
        "pages": [
            {
                "pdf": p.pdf,
                "width": round(p.width, 2),
                "height": round(p.height, 2),
                "skew": p.skew,
                "lines": [
                    {
                        "text": ln.text,
                        "box": [round(v, 2) for v in ln.box],
                        "confidence": ln.confidence,
                        **({"chars": [list(c) for c in ln.chars]} if ln.chars else {}),
                    }
                    for ln in p.lines
                ],
            }
            for p in pages
        ],
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


class OcrFileError(ValueError):
    """``ocr.json`` is not what this program wrote: the reason, naming the field."""


def read_ocr_json(data: bytes) -> list[OcrPage]:
    """The pages of an ``ocr.json``; :class:`OcrFileError` names what is wrong."""
    try:
        table = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise OcrFileError(f"not JSON: {exc}") from None
    if not isinstance(table, dict) or table.get("format") != OCR_FORMAT:
        raise OcrFileError(f'"format" is not "{OCR_FORMAT}"')
    if table.get("version") != OCR_VERSION:
        raise OcrFileError(f'"version" is {table.get("version")!r}, not {OCR_VERSION}')
    pages = []
    for n, entry in enumerate(_list(table, "pages", "pages"), 1):
        where = f"pages[{n}]"
        if not isinstance(entry, dict):
            raise OcrFileError(f"{where} is not an object")
        page = OcrPage(
            _int(entry, "pdf", where),
            _num(entry, "width", where),
            _num(entry, "height", where),
            _num(entry, "skew", where) if "skew" in entry else 0.0,
        )
        for m, line in enumerate(_list(entry, "lines", where), 1):
            at = f"{where}.lines[{m}]"
            if not isinstance(line, dict) or not isinstance(line.get("text"), str):
                raise OcrFileError(f"{at}.text is not text")
            chars = [_box(c, f"{at}.chars") for c in line.get("chars", [])]
            if chars and len(chars) != len(line["text"]):
                raise OcrFileError(
                    f"{at}.chars: {len(chars)} boxes for {len(line['text'])} characters"
                )
            page.lines.append(
                OcrLine(
                    line["text"],
                    _box(line.get("box"), f"{at}.box"),
                    _num(line, "confidence", at),
                    chars,
                )
            )
        pages.append(page)
    return pages


def _list(table: dict[str, object], key: str, where: str) -> list[object]:
    value = table.get(key)
    if not isinstance(value, list):
        raise OcrFileError(f"{where}: {key} is not a list")
    return value


def _int(table: dict[str, object], key: str, where: str) -> int:
    value = table.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise OcrFileError(f"{where}.{key} is not a page number")
    return value


def _num(table: dict[str, object], key: str, where: str) -> float:
    value = table.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise OcrFileError(f"{where}.{key} is not a number")
    return float(value)


def _box(value: Any, where: str) -> tuple[float, float, float, float]:
    if (
        not isinstance(value, list)
        or len(value) != 4
        or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    ):
        raise OcrFileError(f"{where} is not a box [x0, y0, x1, y1]")
    x0, y0, x1, y1 = (float(v) for v in value)
    return (x0, y0, x1, y1)


def normalise(text: str) -> str:
    """The recognised text as pdftext tidies a text layer: NFKC for letters and digits,
    Chinese punctuation full-width (an ASCII comma between Chinese characters is the
    recogniser's reading of "，"), ASCII kept in URLs, codes and numbers."""
    out: list[str] = []
    for n, ch in enumerate(text):
        if "\uff01" <= ch <= "\uff5e" and ch not in "（）：；，！？":
            ch = unicodedata.normalize("NFKC", ch)
        if ch in _FULL:
            before = out[-1] if out else ""
            after = text[n + 1] if n + 1 < len(text) else ""
            if (before and is_wide(before)) or (after and is_cjk(after)) or not before:
                ch = _FULL[ch]
        out.append(ch)
    return "".join(out)


def layer(page: OcrPage) -> PageLayer:
    """The page view's model of a scanned page: each recognised line one segment,
    its characters with their boxes (shared out along the line where the engine gave
    none), the text as the importer read it."""
    lines = []
    for n, line in enumerate(page.lines):
        text = normalise(line.text)
        boxes = line.chars if len(line.chars) == len(text) else spread_boxes(line, len(text))
        y0, y1 = line.box[1], line.box[3]
        # Abutting boxes: the recogniser puts a space where the line has one, so a
        # gap between two characters' ink is no space (the copy measures gaps).
        ends = [b[0] for b in boxes[1:]] + ([boxes[-1][2]] if boxes else [])
        chars = [
            PageChar(ch, Rect(b[0], y0, max(end, b[0] + 0.2), y1), y1, n * 10_000 + m)
            for m, (ch, b, end) in enumerate(zip(text, boxes, ends, strict=True))
        ]
        if chars:
            lines.append(chars)
    return build_layer(page.pdf, page.width, page.height, lines)


def spread_boxes(line: OcrLine, count: int) -> list[tuple[float, float, float, float]]:
    """Character boxes shared out along the line when the engine gave none."""
    x0, y0, x1, y1 = line.box
    step = (x1 - x0) / max(count, 1)
    return [(x0 + n * step, y0, x0 + (n + 1) * step, y1) for n in range(count)]


_cache: dict[Path, tuple[int, int, list[OcrPage]]] = {}


def scanned_page(pdf_path: Path, pdf_page: int) -> OcrPage | None:
    """The recognised page ``pdf_page`` of the scan ``pdf_path``, from the ``ocr.json``
    beside it (remembered while the file is unchanged); None for a text PDF."""
    pages = scanned_pages(pdf_path)
    return next((p for p in pages if p.pdf == pdf_page), None) if pages else None


def scanned_pages(pdf_path: Path) -> list[OcrPage] | None:
    """Every recognised page of the scan ``pdf_path``; None for a text PDF."""
    path = pdf_path.with_name(OCR_FILE)
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(path)
    if cached is None or cached[:2] != key:
        try:
            pages = read_ocr_json(path.read_bytes())
        except (OSError, OcrFileError):
            return None  # verify names it; the page view falls back to the PDF's own text
        _cache.clear()
        _cache[path] = (*key, pages)
        cached = _cache[path]
    return cached[2]
