"""The search tab: the search service, panel, results, expansion line and words."""
