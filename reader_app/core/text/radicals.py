"""CJK radical code points that PDF text layers use for ordinary ideographs.

Fonts share one glyph between an ideograph and its radical form (门 and ⻔), and
some PDF writers (Qt's among them) map that glyph back to the radical, so the
page's text says "部⻔" where the print says "部门". NFKC folds the Kangxi radicals
(U+2F00…) but not the CJK Radicals Supplement (U+2E80…): this table does, after
Unicode's EquivalentUnifiedIdeograph.txt, one character for one (offsets keep).
"""

from __future__ import annotations

_SUPPLEMENT = {
    "⺟": "母", "⺠": "民", "⺰": "纟", "⻄": "西", "⻅": "见", "⻆": "角", "⻈": "讠",
    "⻉": "贝", "⻋": "车", "⻌": "辶", "⻐": "钅", "⻓": "长", "⻔": "门", "⻙": "韦",
    "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食", "⻠": "饣", "⻢": "马", "⻥": "鱼",
    "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻫": "斉", "⻬": "齐",
    "⻭": "歯", "⻮": "齿", "⻯": "竜", "⻰": "龙", "⻲": "亀", "⻳": "龟",
}  # fmt: skip
_TABLE = str.maketrans(_SUPPLEMENT)


def fold_radicals(text: str) -> str:
    """Radical-supplement forms → the ideographs they stand for; same length as ``text``."""
    return text.translate(_TABLE)
