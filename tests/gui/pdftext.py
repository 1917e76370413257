"""Just enough PDF reading to get the text Qt's PDF writer puts on its pages.

Qt writes glyph ids (``<0001> Tj``) with a ToUnicode CMap per font; this maps
them back to characters so a test can check the PDF really holds the article.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
import zlib
from collections import Counter
from pathlib import Path

_OBJ = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(m.group(1)): m.group(2) for m in _OBJ.finditer(data)}


def _stream(obj: bytes) -> bytes:
    m = _STREAM.search(obj)
    if not m:
        return b""
    raw = m.group(1)
    return zlib.decompress(raw) if b"/FlateDecode" in obj[: m.start()] else raw


def _cmap(text: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            mapping[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for line in block.splitlines():
            codes = [int(x, 16) for x in re.findall(rb"<([0-9a-fA-F]+)>", line)]
            if len(codes) < 3:
                continue
            lo, hi, targets = codes[0], codes[1], codes[2:]
            if b"[" in line:  # <lo> <hi> [<dst> <dst> ...]
                for offset, dst in enumerate(targets):
                    mapping[lo + offset] = chr(dst)
            else:  # <lo> <hi> <first dst>
                for offset in range(hi - lo + 1):
                    mapping[lo + offset] = chr(targets[0] + offset)
    return mapping


def pdf_text(data: bytes) -> str:
    """All text drawn on the pages, in drawing order, without spaces between glyphs."""
    objects = _objects(data)
    fonts: dict[bytes, dict[int, str]] = {}
    for body in objects.values():
        for name, ref in re.findall(rb"/(F\d+)\s+(\d+) 0 R", body):
            font = objects.get(int(ref), b"")
            m = re.search(rb"/ToUnicode\s+(\d+) 0 R", font)
            if m:
                fonts[name] = _cmap(_stream(objects[int(m.group(1))]))
    out: list[str] = []
    for body in objects.values():
        if b"stream" not in body or b"/ToUnicode" in body:
            continue
        try:
            content = _stream(body)
        except zlib.error:
            continue
        current: dict[int, str] = {}
        for m in re.finditer(rb"/(F\d+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]+)>\s*Tj", content):
            if m.group(1):
                current = fonts.get(m.group(1), {})
            else:
                hexs = m.group(2).decode()
                for i in range(0, len(hexs), 4):
                    out.append(current.get(int(hexs[i : i + 4], 16), ""))
    # Qt may map a glyph to its Kangxi radical code point (⽀ for 支): fold those.
    return unicodedata.normalize("NFKC", "".join(out))


# -- what pdftotext (poppler) and PDFium read: the text layer a patron searches and copies --

RADICALS = re.compile(r"[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")  # look-alike forms
_SPACE = re.compile(r"[\s\ufdd0\ufdd1\ufffc]+")  # and Qt's table and image markers


def poppler_pages(path: Path) -> list[str]:
    """``pdftotext -raw`` (content-stream order, as the pages were painted), page by page."""
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        capture_output=True, check=True, text=True, encoding="utf-8",
    ).stdout  # fmt: skip
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdfium_pages(path: Path) -> list[str]:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


def _squeeze(text: str) -> str:
    return _SPACE.sub("", text)


def text_layer_problems(pages: list[str], printed: list[str], decorations: list[str]) -> list[str]:
    """Where the extracted ``pages`` differ from the text printed (whitespace aside).

    ``printed``: the documents' plain text; ``decorations``: the running headers
    and footers (drawn elided at "…", the page count "n / N" beside the footer).
    Each extracted line must be part of one piece, every character printed must
    be there as often as it was printed, and no look-alike radical may stand
    where no piece has one.
    """
    universe = "\x00".join(_squeeze(piece) for piece in [*printed, *decorations])
    problems: list[str] = []
    for number, page in enumerate(pages, 1):
        for line in page.splitlines():
            for part in _squeeze(line).split("…"):
                counted = re.fullmatch(r"(.*?)\d+/\d+", part)  # the footer and its page count
                if part in universe or (counted and counted.group(1) in universe):
                    continue
                problems.append(f"page {number}: {part!r} was not printed")
    got = Counter(_squeeze("".join(pages)))
    for ch, count in Counter(_squeeze("".join(printed))).items():
        if got[ch] < count and not unicodedata.category(ch).startswith("C"):
            problems.append(f"{ch!r} printed {count} times, found {got[ch]}")
    strays = set(RADICALS.findall("".join(pages))) - set(RADICALS.findall(universe))
    if strays:
        problems.append(f"look-alike radicals in the text layer: {''.join(sorted(strays))}")
    return problems


def assert_text_layer(path: Path, printed: list[str], decorations: list[str], *words: str) -> None:
    """pdftotext and PDFium both read ``path`` as printed, and find each of ``words``."""
    for reader, pages in (("pdftotext", poppler_pages(path)), ("PDFium", pdfium_pages(path))):
        problems = text_layer_problems(pages, printed, decorations)
        assert not problems, f"{reader}: " + "; ".join(problems[:8])
        flat = _squeeze("".join(pages))
        for word in words:
            assert word in flat, f"{reader}: {word} not found in {path.name}"


def record_printed(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Every string the output code paints from now on (documents, headers, footers)."""
    from reader_app.output import textlayer

    painted: list[str] = []
    add = textlayer.PrintedText.add

    def spy(self: textlayer.PrintedText, *texts: str) -> None:
        painted.extend(texts)
        add(self, *texts)

    monkeypatch.setattr(textlayer.PrintedText, "add", spy)
    return painted
