"""The PDFium door, a small PNG writer, and the printed pages of an issue."""
