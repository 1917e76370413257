"""The composition root: where the index lives, and what About reports."""
