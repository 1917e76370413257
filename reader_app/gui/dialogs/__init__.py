"""Dialogs of their own: About, the user guide, go to page, the library's problems."""
