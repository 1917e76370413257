"""What leaves the window: clipboard, print, preview, PDF, batches, printed pages."""
