"""The CJK ideograph ranges have one home, core/text/textnorm.py (CJK_RANGES, CJK_CLASS)."""

from __future__ import annotations

import re

from reader_app.core.text.textnorm import full_width_punct
from tests.conftest import REPO

#: The ends of the ideograph ranges, as a regex escape or a code point.
_RANGE_ENDS = re.compile(r"\\u(?:3400|4e00|4dbf|9fff|9fa5)|0x(?:3400|4e00|4dbf|9fff|9fa5)\b", re.I)


def test_no_second_copy_of_the_cjk_ranges() -> None:
    home = REPO / "reader_app" / "core" / "text" / "textnorm.py"
    copies = [
        f"{path.relative_to(REPO)}: {found}"
        for path in sorted((REPO / "reader_app").rglob("*.py"))
        for found in _RANGE_ENDS.findall(path.read_text(encoding="utf-8"))
        if path != home or not found.lower().startswith("0x")
    ]
    assert not copies, "use textnorm.CJK_RANGES / CJK_CLASS / is_cjk:\n" + "\n".join(copies)


def test_title_punctuation_next_to_any_ideograph() -> None:
    assert full_width_punct("广东:开展行动,打造") == "广东：开展行动，打造"
    assert full_width_punct("𠀀:𠀁") == "𠀀：𠀁"  # extension B, as CJK_RANGES says
    assert full_width_punct("ratio 3:2, fine") == "ratio 3:2, fine"
