"""Loading the UI translation: Simplified Chinese by default, English selectable.

Source strings are English; ``resources/translations/reader_app_<lang>.qm`` carry
the translations, plus Qt's own ``qtbase_<lang>.qm`` for standard dialogs.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader_app.core.machine.paths import resources_dir

log = logging.getLogger(__name__)

#: Language code -> its own name, shown in the Language menu.
LANGUAGE_NAMES = {"zh_CN": "简体中文(&C)", "en": "&English"}  # each in its own language

_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:  # noqa: N802  the name lupdate looks for
    """Mark ``text`` for translation in ``_context`` (pyside6-lupdate reads the call); return it.

    Ours, not PySide6's: its stub types the result as ``object``, the text it returns is a str.
    """
    return text


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def qt_translations_dir() -> str:
    """Where PySide6 keeps Qt's own .qm files (in the frozen build too)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install(language: str) -> bool:
    """Replace the installed translators with those for ``language``; True if ours loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # Qt's own strings (file and print dialogs) first: the translator installed last
    # is asked first, so ours fills the gaps in Qt's catalogue (gui/base/qtstrings.py).
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", qt_translations_dir()):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        log.warning("no Qt translation for %s in %s", language, qt_translations_dir())
    ours = QTranslator(app)
    loaded = ours.load(f"reader_app_{language}", translations_dir())
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation for %s in %s", language, translations_dir())
    QLocale.setDefault(QLocale(language))
    return loaded
