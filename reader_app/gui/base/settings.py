"""Persistent window settings: one QSettings INI file under ``app_dirs().config``.

With persistence off (public workstation) the same API keeps values in memory only,
so nothing survives the session.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from reader_app import LANGUAGES
from reader_app.core.machine.paths import SETTINGS_FILE, app_dirs

log = logging.getLogger(__name__)

ZOOM_MIN, ZOOM_MAX, ZOOM_DEFAULT = 50, 300, 100
THEMES = ("system", "light", "dark", "contrast")


def settings_path() -> Path:
    return app_dirs().config / SETTINGS_FILE


class Settings:
    """Typed accessors over QSettings (or a dict when nothing may be stored)."""

    def __init__(self, persistent: bool = True, path: Path | None = None) -> None:
        self.persistent = persistent
        self._memory: dict[str, Any] = {}
        self._qs: QSettings | None = None
        if persistent:
            target = path or settings_path()
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                log.warning("settings folder %s not writable: %s", target.parent, exc)
            self._qs = QSettings(str(target), QSettings.Format.IniFormat)

    # ------------------------------------------------------------ raw access
    def value(self, key: str, default: Any = None) -> Any:
        if self._qs is None:
            return self._memory.get(key, default)
        return self._qs.value(key, default)

    def set_value(self, key: str, value: Any) -> None:
        if self._qs is None:
            self._memory[key] = value
        else:
            self._qs.setValue(key, value)

    def sync(self) -> None:
        if self._qs is not None:
            self._qs.sync()

    # ------------------------------------------------------------ typed
    def _int(self, key: str, default: int) -> int:
        try:
            return int(self.value(key, default))
        except (TypeError, ValueError):
            return default

    def _bytes(self, key: str) -> QByteArray | None:
        raw = self.value(key)
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    @property
    def zoom(self) -> int:
        return max(ZOOM_MIN, min(ZOOM_MAX, self._int("view/zoom", ZOOM_DEFAULT)))

    @zoom.setter
    def zoom(self, value: int) -> None:
        self.set_value("view/zoom", max(ZOOM_MIN, min(ZOOM_MAX, int(value))))

    @property
    def theme(self) -> str:
        value = str(self.value("view/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.set_value("view/theme", value if value in THEMES else "system")

    @property
    def language(self) -> str:
        value = str(self.value("ui/language", LANGUAGES[0]))
        return value if value in LANGUAGES else LANGUAGES[0]

    @language.setter
    def language(self, value: str) -> None:
        self.set_value("ui/language", value if value in LANGUAGES else LANGUAGES[0])

    @property
    def full_screen(self) -> bool:
        return str(self.value("view/fullScreen", "false")).lower() == "true"

    @full_screen.setter
    def full_screen(self, value: bool) -> None:
        self.set_value("view/fullScreen", "true" if value else "false")

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.set_value("window/geometry", value)

    @property
    def splitter(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self.set_value("window/splitter", value)

    @property
    def last_article(self) -> str | None:
        value = self.value("reading/lastArticle")
        return str(value) if value else None

    @last_article.setter
    def last_article(self, value: str | None) -> None:
        self.set_value("reading/lastArticle", value or "")

    @property
    def last_scroll(self) -> int:
        return max(0, self._int("reading/lastScroll", 0))

    @last_scroll.setter
    def last_scroll(self, value: int) -> None:
        self.set_value("reading/lastScroll", int(value))

    @property
    def bookmarks(self) -> list[str]:
        raw = self.value("reading/bookmarks", "")
        if isinstance(raw, list):
            return [str(x) for x in raw if x]
        return [x for x in str(raw or "").split(",") if x]

    @bookmarks.setter
    def bookmarks(self, ids: list[str]) -> None:
        # A comma-joined string: QSettings' INI lists of one item come back as str.
        self.set_value("reading/bookmarks", ",".join(ids))

    # ------------------------------------------------------------ citations, 适老化
    @property
    def citation_style(self) -> str:
        from reader_app.core.services.citation import DEFAULT_STYLE, STYLES

        value = str(self.value("cite/style", DEFAULT_STYLE))
        return value if value in STYLES else DEFAULT_STYLE

    @citation_style.setter
    def citation_style(self, value: str) -> None:
        self.set_value("cite/style", value)

    @property
    def large_type(self) -> bool:
        """The 适老化 switch: large type and the high-contrast theme together."""
        return str(self.value("view/largeType", "false")).lower() == "true"

    @large_type.setter
    def large_type(self, value: bool) -> None:
        self.set_value("view/largeType", "true" if value else "false")

    # ------------------------------------------------------------ compilations (staff)
    @property
    def compiled_by(self) -> str:
        """The compiling body on a compilation's cover: 天津港保税区文教局（图书档案馆）."""
        from reader_app.core.services.compilation import SETTING_COMPILED_BY

        return str(self.value(SETTING_COMPILED_BY, "") or "").strip()

    @compiled_by.setter
    def compiled_by(self, value: str) -> None:
        from reader_app.core.services.compilation import SETTING_COMPILED_BY

        self.set_value(SETTING_COMPILED_BY, " ".join(value.split()))

    @property
    def compiler(self) -> str:
        """The compiler's name on a compilation's cover."""
        from reader_app.core.services.compilation import SETTING_COMPILER

        return str(self.value(SETTING_COMPILER, "") or "").strip()

    @compiler.setter
    def compiler(self, value: str) -> None:
        from reader_app.core.services.compilation import SETTING_COMPILER

        self.set_value(SETTING_COMPILER, " ".join(value.split()))
