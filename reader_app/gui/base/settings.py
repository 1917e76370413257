"""Persistent window settings: one QSettings INI file under ``app_dirs().config``.

With persistence off (public workstation) the same API keeps values in memory only,
so nothing survives the session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from reader_app import LANGUAGES
from reader_app.core.machine.paths import SETTINGS_FILE, app_dirs
from reader_app.core.services.citation import DEFAULT_STYLE, STYLES
from reader_app.core.services.compilation import SETTING_COMPILED_BY, SETTING_COMPILER

log = logging.getLogger(__name__)

ZOOM_MIN, ZOOM_MAX, ZOOM_DEFAULT = 50, 300, 100
THEMES = ("system", "light", "dark", "contrast")
T = TypeVar("T")


def settings_path() -> Path:
    return app_dirs().config / SETTINGS_FILE


class Setting(Generic[T]):
    """One setting, declared once: its INI key, its default and how a stored value is read.

    ``read`` parses and clamps what the file holds (anyone can edit an INI file): a value it
    cannot use raises TypeError or ValueError and the default is used instead. ``write``
    turns the value into what is stored (by default ``read`` again, so a bad value is never
    written either).
    """

    def __init__(
        self,
        key: str,
        default: T,
        read: Callable[[Any], T],
        write: Callable[[T], Any] | None = None,
    ) -> None:
        self.key, self.default, self.read = key, default, read
        self.write: Callable[[T], Any] = write or read
        self.name = key

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Setting[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type | None = None) -> T: ...
    def __get__(self, obj: Settings | None, owner: type | None = None) -> T | Setting[T]:
        if obj is None:
            return self
        raw = obj.value(self.key)
        if raw is None:
            return self.read(self.default)  # a fresh list, never the shared default
        try:
            return self.read(raw)
        except (TypeError, ValueError):
            log.info("setting %s: cannot use %r; using %r", self.key, raw, self.default)
            return self.default

    def __set__(self, obj: Settings, value: T) -> None:
        obj.set_value(self.key, self.write(value))


# ------------------------------------------------------------ readers (parse and clamp)


def _zoom(raw: Any) -> int:
    return max(ZOOM_MIN, min(ZOOM_MAX, int(raw)))


def _theme(raw: Any) -> str:
    return str(raw) if str(raw) in THEMES else "system"


def _language(raw: Any) -> str:
    return str(raw) if str(raw) in LANGUAGES else LANGUAGES[0]


def _flag(raw: Any) -> bool:
    """INI files hold text: "true" / "false" (the memory store holds the same)."""
    return str(raw).lower() == "true"


def _flag_text(value: bool) -> str:
    return "true" if value else "false"


def _state(raw: Any) -> QByteArray | None:
    """Qt's saved geometry or splitter state; anything else is no state."""
    return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None


def _article_id(raw: Any) -> str | None:
    return str(raw) if raw else None


def _scroll(raw: Any) -> int:
    return max(0, int(raw))


def _ids(raw: Any) -> list[str]:
    if isinstance(raw, list):
        return [str(x) for x in raw if x]
    return [x for x in str(raw or "").split(",") if x]


def _one_line(raw: Any) -> str:
    return " ".join(str(raw or "").split())


def _citation_style(raw: Any) -> str:
    return str(raw) if str(raw) in STYLES else DEFAULT_STYLE


class Settings:
    """The window's settings over QSettings (or a dict when nothing may be stored).

    Each setting is one :class:`Setting` below; ``value``/``set_value`` stay for callers
    that keep something the declarations do not name.
    """

    zoom = Setting("view/zoom", ZOOM_DEFAULT, _zoom)
    theme = Setting("view/theme", "system", _theme)
    language = Setting("ui/language", LANGUAGES[0], _language)
    full_screen = Setting("view/fullScreen", False, _flag, _flag_text)
    geometry = Setting("window/geometry", None, _state, lambda value: value)
    splitter = Setting("window/splitter", None, _state, lambda value: value)
    last_article = Setting("reading/lastArticle", None, _article_id, lambda value: value or "")
    last_scroll = Setting("reading/lastScroll", 0, _scroll)
    # A comma-joined string: QSettings' INI lists of one item come back as str.
    bookmarks: Setting[list[str]] = Setting("reading/bookmarks", [], _ids, ",".join)
    citation_style = Setting("cite/style", DEFAULT_STYLE, _citation_style)
    #: The 适老化 switch: large type and the high-contrast theme together.
    large_type = Setting("view/largeType", False, _flag, _flag_text)
    #: The page view's strip of page thumbnails (shown unless the patron hid it).
    page_thumbnails = Setting("view/pageThumbnails", True, _flag, _flag_text)
    #: An extra-large mouse pointer (适老化), a switch of its own.
    large_pointer = Setting("view/largePointer", False, _flag, _flag_text)
    # What 适老化 goes back to when switched off (gui/shell/access.py).
    theme_before = Setting("view/themeBefore", "system", _theme)
    zoom_before = Setting("view/zoomBefore", ZOOM_DEFAULT, _zoom)
    #: A compilation's cover (staff, issue 24): the compiling body, e.g.
    #: 天津港保税区文教局（图书档案馆）, and the compiler; read by the CLI too.
    compiled_by = Setting(SETTING_COMPILED_BY, "", _one_line)
    compiler = Setting(SETTING_COMPILER, "", _one_line)

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

    @classmethod
    def declared(cls) -> list[Setting[Any]]:
        """Every declared setting, in declaration order."""
        return [value for value in vars(cls).values() if isinstance(value, Setting)]

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
