"""Issues on disk: bundles, the catalogue, the library and its verification."""
