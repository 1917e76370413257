"""Reading an article: the pane, find bar, history, the printed page, citations."""
