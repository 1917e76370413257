"""Just enough PDF reading to get the text Qt's PDF writer puts on its pages.

Qt writes glyph ids (``<0001> Tj``) with a ToUnicode CMap per font; this maps
them back to characters so a test can check the PDF really holds the article.
"""

from __future__ import annotations

import re
import unicodedata
import zlib

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
