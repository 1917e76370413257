"""The Qt window of the reader. Qt lives only in this package."""
