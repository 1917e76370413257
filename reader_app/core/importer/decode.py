"""Bytes → text: UTF-8 (with or without BOM), UTF-16 and GB18030/GBK, CRLF or LF."""

from __future__ import annotations

import codecs
import re
import unicodedata

from reader_app.core.base.errors import ImportRefusedError
from reader_app.core.base.messages import Message

_CUT = "-truncated"  # suffix of a guessed encoding: the last character was cut
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_issue_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Decode a raw issue file, returning (text with LF line ends, encoding name)."""
    if not data.strip():
        raise ImportRefusedError(Message.of("empty_file", path=name))
    encoding = _guess_encoding(data)
    if encoding is None:
        if b"\x00" in data:
            raise ImportRefusedError(Message.of("binary_file", path=name))
        raise ImportRefusedError(Message.of("unknown_encoding", path=name))
    if encoding.endswith(_CUT):  # cut inside a character: keep what is whole
        encoding = encoding[: -len(_CUT)]
        text = data[: _whole_prefix(data, encoding)].decode(encoding)
    else:
        text = data.decode(encoding)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if _looks_binary(text):
        raise ImportRefusedError(Message.of("binary_file", path=name))
    return text, {"utf-8-sig": "utf-8"}.get(encoding, encoding)


def _guess_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if _decodes(data, encoding):
                return encoding
            if _whole_prefix(data, encoding) is not None:
                return encoding + _CUT
            return None
    if _decodes(data, "utf-8"):
        return "utf-8"
    if _whole_prefix(data, "utf-8") is not None:
        return "utf-8" + _CUT
    # UTF-16 without a BOM: the byte order that decodes to readable text wins.
    if b"\x00" in data and len(data) % 2 == 0:
        scored = [(_readable_share(data, enc), enc) for enc in ("utf-16-le", "utf-16-be")]
        share, encoding = max(scored)
        if share >= 0.9:
            return encoding
    if b"\x00" not in data and _decodes(data, "gb18030"):
        return "gb18030"
    if b"\x00" not in data and _whole_prefix(data, "gb18030") is not None:
        return "gb18030" + _CUT
    return None


def ends_inside_character(data: bytes, encoding: str) -> bool:
    """Whether the file was cut inside its last character (only the prefix was decoded)."""
    return not _decodes(data, "utf-8-sig" if encoding == "utf-8" else encoding)


def _whole_prefix(data: bytes, encoding: str) -> int | None:
    """Length of ``data`` without a character cut off at its very end (at most 3 bytes)."""
    for back in range(1, 4):
        if len(data) > back and _decodes(data[:-back], encoding):
            return len(data) - back
    return None


def _readable_share(data: bytes, encoding: str) -> float:
    """Share of CJK, printable ASCII and white space among the first decoded characters."""
    try:
        text = data[:20_000].decode(encoding)
    except UnicodeDecodeError:
        return 0.0
    if not text:
        return 0.0
    good = sum(
        1 for ch in text if ch.isprintable() or ch in "\t\n\r" or unicodedata.category(ch) == "Zs"
    )
    return good / len(text)


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


#: Unicode categories Cc (but tab and newline), Cs and Co, as one class: counted in C
#: (a per-character ``unicodedata.category`` took ~15 ms of each issue's import).
_CONTROL_RE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff"
    "\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)


def _looks_binary(text: str) -> bool:
    """Control characters (other than tab/newline) in more than 1% of the text."""
    sample = text[:200_000]
    controls = len(_CONTROL_RE.findall(sample))
    return controls > max(8, len(sample) // 100)
