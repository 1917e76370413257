"""File names made from content (article titles) that are safe on every system."""

from __future__ import annotations

import re
import unicodedata

_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_STEM = 80


def safe_file_name(title: str, suffix: str = "", fallback: str = "article") -> str:
    """A single path component: no separators, no reserved names, no traversal, not too long."""
    text = unicodedata.normalize("NFC", title)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co"))
    text = _FORBIDDEN.sub("_", text)
    text = " ".join(text.split()).strip(" .")
    text = text[:MAX_STEM].rstrip(" .")
    if not text or set(text) <= {"_", "."} or text.split(".")[0].upper() in _RESERVED:
        text = f"{fallback}_{text}" if text and set(text) - {"_", "."} else fallback
    return text + suffix
