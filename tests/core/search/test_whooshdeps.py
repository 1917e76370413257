"""Whoosh loads without urllib.request and asyncio (core/search/whooshdeps.py), and still works.

Each check runs in a fresh interpreter: what a module imports shows only in a
process that has not imported it yet.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = (
    "urllib.request",
    "http.client",
    "email.parser",
    "asyncio",
    "cached_property",
    "whoosh.lang.morph_en",
)


def run_python(code: str) -> dict:
    """Run ``code`` in a fresh interpreter; it prints one JSON object last."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_a_search_imports_none_of_the_modules_whoosh_asks_for_and_never_uses():
    found = run_python(
        "import contextlib, io, json, sys\n"
        "from reader_app.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    code = main(['search', '锂电'])\n"
        f"print(json.dumps({{'code': code, 'out': out.getvalue(), "
        f"'loaded': [m for m in {HEAVY!r} if m in sys.modules]}}))"
    )
    assert found["code"] == 0 and "锂" in found["out"]  # the search answered
    assert found["loaded"] == []


def test_whooshs_cached_property_is_computed_once_per_reader(tmp_path: Path):
    found = run_python(
        "import functools, json, sys\n"
        "import reader_app.core\n"
        "from whoosh import fields, index, reading\n"
        f"ix = index.create_in({str(tmp_path)!r}, fields.Schema(id=fields.ID(stored=True, "
        "unique=True)))\n"
        "w = ix.writer()\n"
        "for n in '0123': w.add_document(id=n)\n"
        "w.commit()\n"
        "w = ix.writer(); w.delete_by_term('id', '1'); w.commit(merge=False)\n"
        "r = ix.reader()\n"
        "first = r.deleted_docs_set\n"
        "print(json.dumps({'functools': isinstance(vars(reading.SegmentReader)"
        "['deleted_docs_set'], functools.cached_property), 'deleted': sorted(first), "
        "'same': r.deleted_docs_set is first, 'live': sorted(d['id'] for d in "
        "r.all_stored_fields()), 'cached_property' : 'cached_property' in sys.modules}))"
    )
    assert found == {
        "functools": True,
        "deleted": [1],
        "same": True,
        "live": ["0", "2", "3"],
        "cached_property": False,
    }


def test_whooshs_urlretrieve_imports_urllib_when_called(tmp_path: Path):
    source = tmp_path / "page.txt"
    source.write_text("摘编", encoding="utf-8")
    target = tmp_path / "copy.txt"
    found = run_python(
        "import json, sys\n"
        "import reader_app.core\n"
        "import whoosh.compat\n"
        "before = 'urllib.request' in sys.modules\n"
        f"whoosh.compat.urlretrieve({source.as_uri()!r}, {str(target)!r})\n"
        "import urllib.request\n"
        "print(json.dumps({'before': before, 'real': hasattr(urllib.request, 'urlopen')}))"
    )
    assert found == {"before": False, "real": True}
    assert target.read_text(encoding="utf-8") == "摘编"


def test_whooshs_english_variations_load_when_first_asked_for():
    found = run_python(
        "import json, sys\n"
        "import reader_app.core\n"
        "from whoosh.query import terms\n"
        "before = 'whoosh.lang.morph_en' in sys.modules\n"
        "words = sorted(terms.variations('render'))\n"
        "from whoosh.lang import morph_en\n"
        "print(json.dumps({'before': before, 'words': words, "
        "'real': words == sorted(morph_en.variations('render'))}))"
    )
    assert found["before"] is False and found["real"] is True
    assert {"render", "rendering", "rendered"} <= set(found["words"])


def test_modules_imported_before_whoosh_are_used_as_they_are():
    found = run_python(
        "import json, urllib.request\n"
        "import reader_app.core\n"
        "import whoosh.compat\n"
        "print(json.dumps({'same': whoosh.compat.urlretrieve is urllib.request.urlretrieve}))"
    )
    assert found == {"same": True}
