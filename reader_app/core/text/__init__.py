"""Text rules: normalisation, Markdown residue, radicals, the one Markdown converter, rendering."""
