"""Full-text search over the library, Qt-free (see docs/search.md).

Import from the module that holds a name (``search.index.SearchIndex``,
``search.results.SearchResult``, ``search.query.parse_query`` …): this package
imports nothing itself, so that ``core/__init__.py`` can install the Whoosh
import hook (``search/whooshdeps.py``) before any module here imports Whoosh.
"""
