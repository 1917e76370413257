"""What every window part stands on: the hub, settings, workers, theme, fonts, errors, file dialogs."""
