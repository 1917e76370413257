"""The abbreviation rule (core/search/abbrev.py): behaviour, and precision on judged pairs.

tests/fixtures/abbreviation_pairs.tsv holds every pair the rule finds on the bundled issue
for two sets of inputs, each judged by hand (yes/no):
- ``words``: what patrons type: every 3-6 character term of the thesaurus and the
  known-item and topic queries;
- ``stress``: every 3-6 character string that occurs twice or more in the issue
  (about 16,000, mostly not words): how much noise arbitrary input brings.
If the rule changes what it finds, the test lists the new pairs to judge.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from reader_app.core.search.abbrev import eligible, full_forms
from reader_app.core.search.expand import SAMPLE_DOCS
from reader_app.core.search.highlight import index_text
from reader_app.core.search.normalize import compact
from reader_app.core.search.thesaurus import load_thesaurus
from tests.core.search.conftest import seed_issue

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FIXTURES = Path(__file__).parents[2] / "fixtures"
JUDGED = FIXTURES / "abbreviation_pairs.tsv"
MIN_PRECISION = {"words": 0.95, "stress": 0.70}


def test_full_forms_in_order_with_short_gaps() -> None:
    texts = ["设立自由贸易试验区和自由贸易试验区建设", "跨境电子商务平台", "跨境电子商务综合"]
    assert full_forms("自贸区", texts) == [("自由贸易试验区", 2)]
    # 跨境电子商 is always followed by 务 (3 times, 2 articles): the form goes on to 务
    assert full_forms("跨境电商", [*texts, "发展跨境电子商务"]) == [("跨境电子商务", 3)]
    assert full_forms("跨境电商", texts) == []  # twice only: not enough to extend


def test_conservative_rules() -> None:
    assert not eligible("发展") and not eligible("AI") and not eligible("经济的")
    once = ["设立自由贸易试验区"]
    assert full_forms("自贸区", once) == []  # minimum frequency
    inserted = ["经济融合发展和经济融合发展"]
    assert full_forms("经济发展", inserted) == []  # a word inserted, not an abbreviation
    function = ["自由的贸易区，自由的贸易区"]
    assert full_forms("自贸区", function) == []  # skips a function character
    far = ["自一二三四五贸区，自一二三四五贸区"]
    assert full_forms("自贸区", far) == []  # gap too long
    fragment = ["污染治理" * 3, "污染防治，污染防治"]
    assert full_forms("污染治", fragment) == []  # 污染治 only occurs inside 污染治理


def _texts() -> list[str]:
    return [compact(index_text(a)) for a in seed_issue().articles]


def _sample(word: str, texts: list[str]) -> list[str]:
    """As at query time: articles using the word, else those having all its characters."""
    using = [t for t in texts if word in t]
    return (using or [t for t in texts if all(c in t for c in word)])[:SAMPLE_DOCS]


def _inputs(texts: list[str], kind: str) -> list[str]:
    thesaurus = load_thesaurus()
    words = set(thesaurus.related) | {t for ts in thesaurus.related.values() for t in ts}
    for line in (FIXTURES / "search_quality.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            words.update(line.split("\t")[1].split())
    topics = tomllib.loads((FIXTURES / "topic_set.toml").read_text("utf-8"))["topic"]
    words.update(t["query"] for t in topics)
    if kind == "words":
        return sorted({compact(w) for w in words if eligible(compact(w))})
    grams: Counter[str] = Counter()
    for text in texts:
        for run in re.findall(r"[\u4e00-\u9fff]+", text):
            for n in range(3, 7):
                grams.update(run[i : i + n] for i in range(len(run) - n + 1))
    return sorted(g for g, c in grams.items() if c >= 2)


def _check(kind: str) -> None:
    judged: dict[tuple[str, str, str], str] = {}
    for line in JUDGED.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            kind_, short, full, verdict = line.split("\t")[:4]
            judged[(kind_, short, full)] = verdict
    texts = _texts()
    inputs = _inputs(texts, kind)
    pairs = [(kind, w, f) for w in inputs for f, _ in full_forms(w, _sample(w, texts))]
    unjudged = [p for p in pairs if p not in judged]
    assert not unjudged, "judge these pairs in abbreviation_pairs.tsv:\n" + "\n".join(
        "\t".join(p) for p in unjudged
    )
    good = sum(1 for p in pairs if judged[p] == "yes")
    precision = good / len(pairs) if pairs else 1.0
    print(f"\nabbreviations ({kind}): {len(inputs)} inputs, {len(pairs)} pairs, {precision:.2f}")
    assert precision >= MIN_PRECISION[kind]


def test_precision_on_what_patrons_type() -> None:
    _check("words")


def test_precision_on_arbitrary_strings() -> None:
    _check("stress")  # 16,000 inputs, a few seconds
