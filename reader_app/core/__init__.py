"""Qt-free core: data model, issue bundles, importer, library and search.

Importing it installs :mod:`reader_app.core.search.whooshdeps`' hook, before any module
of the core imports Whoosh: Whoosh then loads without ``urllib.request`` and
``asyncio``, which it imports for features never used here (~30 ms of each start).
"""

from reader_app.core.search import whooshdeps

whooshdeps.install()
