"""The text layer of the PDFs Qt writes: each glyph maps back to the character printed.

Qt's PDF writer gives every glyph of a font the *lowest* BMP code point that the
font maps to it (``QFontSubset::getReverseMap``). Fonts share one glyph between
several code points -- Noto Sans CJK draws 工 and the Kangxi radical ⼯ alike, 目
and ⽬, ～ and 〜, ／ and ∕, – and ‒, the ideographic and the em space -- so about
one CJK character in nine of an export was stored as a look-alike radical and a
search of the PDF for 工信部 found nothing.

Here the painting code counts the characters it draws (``PrintedText``); once the
printer has written its file, each font's ToUnicode CMap is rewritten so that a
glyph maps to the character printed with it: of the code points the real font
(``QRawFont``) maps to that glyph, the one drawn most often. One glyph has one
entry in a PDF, so a text with both ⼯ and 工 extracts with the more frequent
(工); a text with only ⼯ extracts as ⼯. Where nothing printed matches (a font
painted by a path that did not count) a radical or compatibility form still
gives way to its NFKC ideograph when the font draws both alike.

The PDF is updated incrementally -- new CMap streams and a cross-reference
section appended after Qt's ``%%EOF`` (ISO 32000-1, 7.5.6) -- written to a
temporary file and renamed over the original (docs/decisions.md: why no PDF
library).
"""

from __future__ import annotations

import logging
import os
import re
import stat
import struct
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QRawFont
from PySide6.QtPrintSupport import QPrinter

from reader_app.core.base.atomic import random_hex, write_bytes_atomic
from reader_app.core.text.radicals import fold_radicals

log = logging.getLogger(__name__)


class PrintedText:
    """The characters painted into one print job, counted."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.texts: list[str] = []

    def add(self, *texts: str) -> None:
        for text in texts:
            self.counts.update(text)
            self.texts.append(text)


def write_pdf(path: Path, paint: Callable[[QPrinter], int]) -> int:
    """``paint`` onto a PDF printer, atomically: a temporary file renamed to ``path``.

    ``paint`` (``printing.render`` and the like) fixes the text layer itself
    (``finish``); a failure leaves no file and ``path`` untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{random_hex()}.tmp")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp))
    try:
        pages = paint(printer)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return pages


def finish(printer: QPrinter, printed: PrintedText) -> None:
    """After ``QPainter.end()``: when ``printer`` wrote a PDF file, fix its text layer.

    A printer from the print dialog set to "print to file" counts too. A PDF that
    cannot be read back keeps Qt's text layer (logged): its pages are right.
    """
    name = printer.outputFileName()
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or not name:
        return
    path = Path(name)
    try:
        data = path.read_bytes()
        fixed = repair(data, printed, raw_font)
    except (OSError, ValueError, zlib.error) as exc:
        log.warning("%s: text layer left as Qt wrote it: %s", path, exc)
        return
    except Exception:  # a bug here must not cost the patron the PDF itself
        log.exception("%s: text layer left as Qt wrote it", path)
        return
    if fixed is not data:  # the permissions Qt gave the file (umask), not mkstemp's 0600
        write_bytes_atomic(path, fixed, stat.S_IMODE(path.stat().st_mode))


# -- fonts -----------------------------------------------------------------------------

_RAW_FONTS: dict[str, QRawFont] = {}
_SCANNED: set[str] = set()


def _postscript_name(raw: QRawFont) -> str:
    """Name ID 6 of the font's ``name`` table: what Qt writes as /BaseFont."""
    table = bytes(raw.fontTable("name").data())
    if len(table) < 6:
        return ""
    count, strings = int.from_bytes(table[2:4], "big"), int.from_bytes(table[4:6], "big")
    for i in range(count):
        rec = table[6 + 12 * i : 18 + 12 * i]
        if len(rec) < 12 or int.from_bytes(rec[6:8], "big") != 6:
            continue
        platform = int.from_bytes(rec[0:2], "big")
        length, offset = int.from_bytes(rec[8:10], "big"), int.from_bytes(rec[10:12], "big")
        value = table[strings + offset : strings + offset + length]
        return value.decode("utf-16-be" if platform in (0, 3) else "latin-1", "replace")
    return ""


def _scan(families: Iterable[str]) -> None:
    for family in families:
        if family in _SCANNED:
            continue
        _SCANNED.add(family)
        for style in QFontDatabase.styles(family) or [""]:
            raw = QRawFont.fromFont(QFontDatabase.font(family, style, 12))
            if raw.isValid():
                name = _postscript_name(raw).replace(" ", "")
                _RAW_FONTS.setdefault(name, raw)


def raw_font(base_font: str) -> QRawFont | None:
    """The installed face Qt embedded as ``/BaseFont base_font``; None if none is found.

    The application's families are looked at first, every installed one only
    when a fallback face was used (once per process).
    """
    if base_font not in _RAW_FONTS:
        from reader_app.output import fonts

        _scan(fonts.families())
    if base_font not in _RAW_FONTS:
        _scan(QFontDatabase.families())
    return _RAW_FONTS.get(base_font)


# -- choosing the code point -------------------------------------------------------------


def _glyph(raw: QRawFont, ch: str) -> int:
    glyphs = raw.glyphIndexesForString(ch)
    return glyphs[0] if len(glyphs) == 1 else 0


def _fallback(raw: QRawFont, target: str) -> str:
    """Nothing printed has this glyph: the ideograph a radical or compatibility form stands for."""
    glyph = _glyph(raw, target)
    for other in (unicodedata.normalize("NFKC", target), fold_radicals(target)):
        if len(other) == 1 and other != target and _glyph(raw, other) == glyph:
            return other
    return target


def remap(cmap: dict[int, str], raw: QRawFont, counts: Counter[str]) -> dict[int, str]:
    """CID → character printed: of the code points ``raw`` maps to a CID's glyph, the one
    printed most often (``cmap`` holds Qt's, the lowest of them)."""
    by_glyph: dict[int, list[str]] = {}
    for ch in counts:
        glyph = _glyph(raw, ch)
        if glyph:
            by_glyph.setdefault(glyph, []).append(ch)
    fixed: dict[int, str] = {}
    for cid, target in cmap.items():
        if len(target) != 1:
            fixed[cid] = target
            continue
        printed = by_glyph.get(_glyph(raw, target), [])
        if printed:  # most often printed; ties: the lowest code point, as Qt chose
            fixed[cid] = max(printed, key=lambda ch: (counts[ch], -ord(ch)))
        else:
            fixed[cid] = _fallback(raw, target)
    return fixed


# -- reading and updating Qt's PDF ---------------------------------------------------------

_XREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_OBJ = re.compile(rb"(\d+)\s+(\d+)\s+obj\b")
_REF = rb"\s+(\d+)\s+0\s+R"


def _xref(data: bytes) -> tuple[dict[int, int], bytes]:
    """Object number → offset over every cross-reference section, and the last trailer."""
    m = _XREF.search(data[-64:])
    if not m:
        raise ValueError("no startxref at the end")
    offsets: dict[int, int] = {}
    at: int | None = int(m.group(1))
    last_trailer = b""
    seen: set[int] = set()
    while at is not None and at not in seen:
        seen.add(at)
        if not data.startswith(b"xref", at):
            raise ValueError("not a classic cross-reference table")
        end = data.find(b"trailer", at)
        if end < 0:
            raise ValueError("no trailer")
        lines = data[at + 4 : end].split()
        i = 0
        while i + 1 < len(lines):
            first, count = int(lines[i]), int(lines[i + 1])
            i += 2
            for n in range(count):
                offset, kind = int(lines[i + 3 * n]), lines[i + 3 * n + 2]
                if kind == b"n":
                    offsets.setdefault(first + n, offset)  # the newest section wins
            i += 3 * count
        trailer = data[end : data.find(b"startxref", end)]
        last_trailer = last_trailer or trailer
        prev = re.search(rb"/Prev\s+(\d+)", trailer)
        at = int(prev.group(1)) if prev else None
    return offsets, last_trailer


def _object(data: bytes, offsets: dict[int, int], number: int) -> bytes:
    at = offsets.get(number)
    m = _OBJ.match(data, at) if at is not None else None
    if m is None or int(m.group(1)) != number:
        raise ValueError(f"object {number} not where the cross-reference says")
    end = data.find(b"endobj", m.end())
    stream = data.find(b"stream", m.end(), end if end >= 0 else len(data))
    if stream >= 0:  # a stream: its /Length says where it ends, whatever bytes it holds
        head = data[m.end() : stream]
        length = re.search(rb"/Length\s+(\d+)(\s+0\s+R)?", head)
        if not length:
            raise ValueError(f"object {number}: stream without /Length")
        size = int(length.group(1))
        if length.group(2):
            size = int(_object(data, offsets, size).split()[0])
        start = stream + len(b"stream")
        start += 2 if data.startswith(b"\r\n", start) else 1
        return head + b"stream\n" + data[start : start + size]
    if end < 0:
        raise ValueError(f"object {number} has no endobj")
    return data[m.end() : end]


def _stream_data(obj: bytes) -> bytes:
    head, _, body = obj.partition(b"stream\n")
    return zlib.decompress(body) if b"/FlateDecode" in head else body


def parse_cmap(text: bytes) -> dict[int, str]:
    """A ToUnicode CMap's bfchar and bfrange entries: CID → text."""

    def utf16(hexs: bytes) -> str:
        return bytes.fromhex(hexs.decode()).decode("utf-16-be", "replace")

    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>", block):
            mapping[int(src, 16)] = utf16(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dst in re.findall(
            rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])", block
        ):
            first, last = int(lo, 16), int(hi, 16)
            if dst.startswith(b"["):
                for offset, one in enumerate(re.findall(rb"<([0-9a-fA-F]*)>", dst)):
                    mapping[first + offset] = utf16(one)
            else:
                start = utf16(dst[1:-1])
                for offset in range(last - first + 1):
                    if start:
                        mapping[first + offset] = start[:-1] + chr(ord(start[-1]) + offset)
    return mapping


def write_cmap(mapping: dict[int, str]) -> bytes:
    """A ToUnicode CMap of ``mapping`` (bfchar blocks of at most 100, as the spec asks)."""
    lines = [
        b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
    ]
    items = sorted((cid, text) for cid, text in mapping.items() if text)
    for i in range(0, len(items), 100):
        chunk = items[i : i + 100]
        lines.append(b"%d beginbfchar\n" % len(chunk))
        for cid, text in chunk:
            lines.append(b"<%04X> <%s>\n" % (cid, text.encode("utf-16-be").hex().upper().encode()))
        lines.append(b"endbfchar\n")
    lines.append(b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    return b"".join(lines)


_TEXT = re.compile(rb"\bBT\b(.*?)\bET\b", re.S)
_TF = re.compile(rb"/([^\s/]+)\s+[-\d.]+\s+Tf")
_TJ = re.compile(rb"<([0-9A-Fa-f]*)>\s*Tj")
_SPACES = re.compile(r"\s+")


def _runs(data: bytes, offsets: dict[int, int]) -> Iterable[tuple[int, tuple[int, ...]]]:
    """(font object, CIDs) of each run of glyphs Qt painted (a BT … ET), page by page."""
    for number in sorted(offsets):
        head = data[offsets[number] : offsets[number] + 400]
        if not re.search(rb"/Type\s*/Page\b", head):
            continue
        page = _object(data, offsets, number)
        contents, resources = (
            re.search(rb"/Contents" + _REF, page),
            re.search(rb"/Resources" + _REF, page),
        )
        if not (contents and resources):
            continue
        fonts = re.search(
            rb"/Font\s*<<(.*?)>>", _object(data, offsets, int(resources.group(1))), re.S
        )
        names = dict(re.findall(rb"/([^\s/]+)" + _REF, fonts.group(1))) if fonts else {}
        font = 0
        for block in _TEXT.finditer(_stream_data(_object(data, offsets, int(contents.group(1))))):
            parts = _TF.split(block.group(1))  # text, font, text, font, text …
            for i in range(0, len(parts), 2):
                if i:
                    font = int(names.get(parts[i - 1], b"0"))
                raw = bytes.fromhex(b"".join(_TJ.findall(parts[i])).decode())
                if len(raw) >= 2:
                    yield font, struct.unpack(f">{len(raw) // 2}H", raw[: len(raw) // 2 * 2])


def _fill_gaps(
    data: bytes,
    offsets: dict[int, int],
    maps: dict[int, dict[int, str]],
    printed: PrintedText,
) -> None:
    """Glyphs Qt gave no code point, or one never printed: read off the printed text.

    Substituted glyphs have no code point of their own (Noto's Latin-context
    digits: "No. 18" lost its 18), nor have characters beyond the BMP; a
    ligature gets the code point of its look-alike (⸺ for ——). A run of glyphs
    is matched against the printed text with those glyphs as wildcards (one
    code point for an unmapped glyph first, then one to four characters: a
    ligature); a glyph takes what the match says when it is the only one and
    the shortest and the longest reading agree.
    """
    universe = "\x00".join(_SPACES.sub("", text) for text in printed.texts)
    votes: defaultdict[tuple[int, int], Counter[str]] = defaultdict(Counter)
    tries: Counter[tuple[int, int]] = Counter()
    tried: set[tuple[int, tuple[int, ...]]] = set()
    suspect = {  # CIDs mapped to text that was never printed (look-alikes, ligatures)
        font: {cid for cid, text in cmap.items() if not all(printed.counts[ch] for ch in text)}
        for font, cmap in maps.items()
    }
    for font, cids in _runs(data, offsets):
        cmap = maps.get(font)
        if cmap is None or (font, cids) in tried:
            continue
        tried.add((font, cids))
        present = set(cids) - {0}
        holes = (present - cmap.keys()) | (present & suspect[font])
        if not holes or all(
            tries[font, cid] >= 8 or votes[font, cid].total() >= 3 for cid in holes
        ):
            continue  # nothing to read, or settled, or tried enough: searches stay linear
        tries.update((font, cid) for cid in holes)
        texts = [cmap.get(cid, "") for cid in cids]
        hole = [cid in holes for cid in cids]
        known = [_SPACES.sub("", text) if text else "" for text in texts]
        if sum(len(t) for t, h in zip(known, hole, strict=True) if not h) < 2:
            continue
        reading = None
        for single in (True, False):  # an unmapped glyph: one code point, else a ligature
            readings = []
            for wildcard in ("(.{1,4}?)", "(.{1,4})"):
                pattern = "".join(
                    ("(.)" if single and not text else wildcard) if h else re.escape(t)
                    for text, t, h in zip(texts, known, hole, strict=True)
                )
                readings.append({m.groups() for m in re.finditer(pattern, universe)})
            if len(readings[0]) == 1 and readings[0] == readings[1]:
                reading = readings[0].pop()
                break
        if reading is None:
            continue  # absent or ambiguous: this run says nothing
        for cid, text in zip([c for c in cids if c in holes], reading, strict=True):
            votes[font, cid][text] += 1
    for (font, cid), counter in votes.items():
        if counter:
            maps[font][cid] = counter.most_common(1)[0][0]


def repair(data: bytes, printed: PrintedText, fonts: Callable[[str], QRawFont | None]) -> bytes:
    """``data`` with every Type0 font's ToUnicode mapping its glyphs to the characters
    printed (``remap``, ``_fill_gaps``); ``data`` itself when nothing changes."""
    offsets, trailer = _xref(data)
    maps: dict[int, dict[int, str]] = {}  # font object → CID → text
    old: dict[int, dict[int, str]] = {}
    streams: dict[int, int] = {}  # font object → its ToUnicode stream
    for number in sorted(offsets):
        at = offsets[number]
        head = data[at : at + 400]
        if b"/ToUnicode" not in head or b"/Type0" not in head:
            continue
        body = _object(data, offsets, number)
        base = re.search(rb"/BaseFont\s*/([^\s/<>\[\]()]+)", body)
        ref = re.search(rb"/ToUnicode" + _REF, body)
        if not (base and ref) or int(ref.group(1)) in streams.values():
            continue
        raw = fonts(base.group(1).decode("latin-1"))
        if raw is None:
            log.info("no installed font %s: its text layer stays", base.group(1))
            continue
        cmap = parse_cmap(_stream_data(_object(data, offsets, int(ref.group(1)))))
        old[number], maps[number] = cmap, remap(cmap, raw, printed.counts)
        streams[number] = int(ref.group(1))
    if maps:
        _fill_gaps(data, offsets, maps, printed)
    updates: dict[int, bytes] = {}
    for number, fixed in maps.items():
        if fixed != old[number]:
            stream = write_cmap(fixed)
            updates[streams[number]] = b"<< /Length %d >>\nstream\n%s\nendstream" % (
                len(stream),
                stream,
            )
    if not updates:
        return data
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    table = [b"xref\n"]
    for number, body in sorted(updates.items()):
        table.append(b"%d 1\n%010d 00000 n \n" % (number, len(out)))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    keep = [
        m.group(0)
        for key in (rb"/Size\s+\d+", rb"/Root" + _REF, rb"/Info" + _REF, rb"/ID\s*\[[^\]]*\]")
        if (m := re.search(key, trailer))
    ]
    prev = _XREF.search(data[-64:])
    assert prev is not None  # _xref checked it
    xref_at = len(out)
    out += b"".join(table)
    out += b"trailer\n<< %s /Prev %s >>\n" % (b" ".join(keep), prev.group(1))
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)
