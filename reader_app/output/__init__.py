"""Documents that leave the app: article HTML for print, PDF and print layout, QR images,
the article style sheet, font families, translation loading.

Qt without widgets (QtGui, QtPrintSupport): shared by the window (``reader_app.gui``)
and the CLI (``reader_app.cli``), which never imports the window. Layers:
gui → output → core, cli → output → core (docs/architecture.md).
"""
