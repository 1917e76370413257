"""The window frame: the main window, its actions, status line, access, public mode, idle reset."""
