"""Qt-free core: data model, issue bundles, importer, library and search."""
