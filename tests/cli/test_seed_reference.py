"""The bundled seed issue against an independent, hand-checked reference."""

from __future__ import annotations

import json

from tests.cliutil import run_cli as _cli
from tests.conftest import FIXTURES

FIELDS = ("section", "title", "page", "source", "date", "url", "attachment")
BOOK_FIELDS = ("title", "author", "publisher", "published", "page")


def agreement(
    listed: list[dict], reference: list[dict], fields: tuple[str, ...]
) -> tuple[float, list]:
    """Field-by-field agreement, pairing entries in order."""
    total = same = 0
    differences = []
    for n, expected in enumerate(reference):
        got = listed[n] if n < len(listed) else {}
        for field in fields:
            total += 1
            if got.get(field) == expected[field]:
                same += 1
            else:
                differences.append((n, field, got.get(field), expected[field]))
    return same / total, differences


def test_bundled_seed_matches_reference():
    reference = json.loads((FIXTURES / "seed_reference.json").read_text(encoding="utf-8"))
    result = _cli("list", "--json")
    assert result.returncode == 0, result.stderr
    issues = json.loads(result.stdout)["issues"]
    seed = next(i for i in issues if i["id"] == "2022-18")
    assert seed["bundled"] is True
    assert (seed["year"], seed["number"]) == (
        reference["issue"]["year"],
        reference["issue"]["number"],
    )
    assert seed["period"] == {
        "start": reference["issue"]["period_start"],
        "end": reference["issue"]["period_end"],
    }
    articles = [a for a in seed["articles"] if a["kind"] == "article"]
    books = [a for a in seed["articles"] if a["kind"] == "book"]
    assert len(articles) == len(reference["articles"]) == 62
    assert len(books) == len(reference["books"]) == 4
    score, differences = agreement(articles, reference["articles"], FIELDS)
    print(f"seed reference agreement: {score:.4f} over {len(articles) * len(FIELDS)} fields")
    assert score >= 0.98, differences

    shown = []
    for book in books:
        markdown = _cli("show", book["id"], "--format", "markdown").stdout
        shown.append(markdown)
    book_score, book_diffs = agreement(
        [
            {
                "title": b["title"],
                "page": b["page"],
                **{
                    f: _field_line(text, label)
                    for f, label in (
                        ("author", "著者"),
                        ("publisher", "出版社"),
                        ("published", "出版日期"),
                    )
                },
            }
            for b, text in zip(books, shown, strict=True)
        ],
        reference["books"],
        BOOK_FIELDS,
    )
    print(f"book reference agreement: {book_score:.4f}")
    assert book_score >= 0.98, book_diffs


def _field_line(markdown: str, label: str) -> str | None:
    for line in markdown.splitlines():
        if line.startswith(f"{label}："):
            return line.split("：", 1)[1].strip()
    return None


def test_agreement_measure_can_fail():
    reference = [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}]
    score, differences = agreement([{"a": 1, "b": "x"}, {"a": 3, "b": "y"}], reference, ("a", "b"))
    assert score == 0.75
    assert differences == [(1, "a", 3, 2)]
