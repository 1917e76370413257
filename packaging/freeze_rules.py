"""What the frozen bundle leaves out: Qt parts the reader never uses.

Shared by ``reader-app.spec`` (to filter PyInstaller's lists) and the tests.
The reader is a Qt Widgets program: no QML/Quick, no network, no OpenGL, no
Wayland-native platform (it runs through XWayland), no SQL or designer plugins,
and only the Chinese and English Qt translations.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable

#: Python modules never imported by the app (or only by its tests and tools).
EXCLUDED_MODULES = [
    "tkinter",
    "unittest",
    "pydoc",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "ruff",
    "PyInstaller",
    "setuptools",
    "pip",
    "ssl",  # no network access: drops libssl, and with _hashlib libcrypto
    "_ssl",
    "_hashlib",  # hashlib falls back to its built-in sha256/md5
    # pypdfium2 offers PIL and NumPy images through lazy imports the app never makes
    # (it renders to raw pixels): without this, Pillow (installed for reportlab, a
    # test tool) brings 15 MB of image codecs into the bundle.
    "PIL",
    "numpy",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtHelp",
]

#: Qt plugins kept, as ``folder/file`` globs under ``PySide6/Qt/plugins``.
KEPT_PLUGINS = [
    "platforms/libqxcb.so",  # X11 and XWayland
    "platforms/libqoffscreen.so",  # smoke tests, CI
    "platforms/qwindows.dll",
    "platforms/qoffscreen.dll",
    "platforms/libqcocoa.dylib",
    "platformthemes/*xdgdesktopportal*",  # native file dialogs (GTK's needs libgtk-3)
    "platforminputcontexts/*",  # ibus/fcitx: typing Chinese queries
    "imageformats/*qjpeg*",
    "imageformats/*qgif*",
    "imageformats/*qico*",
    "imageformats/*qsvg*",
    "iconengines/*qsvgicon*",
    "printsupport/*",  # printing (CUPS)
    "styles/*",  # the Windows native style
]

#: Qt translations kept, as globs under ``PySide6/Qt/translations``.
KEPT_TRANSLATIONS = ["qtbase_zh_CN.qm", "qtbase_en.qm", "qt_zh_CN.qm", "qt_en.qm"]

#: Shared libraries never needed once the modules and plugins above are gone.
DROPPED_LIBRARIES = [
    "*Qt6Quick*",
    "*Qt6Qml*",
    "*Qt6Network*",
    "*Qt6OpenGL*",
    "*Qt6Wayland*",
    "*Qt6Wl*",
    "*Qt6EglFs*",
    "*Qt6EglFS*",
    "*Qt6Sql*",
    "*Qt6Designer*",
    "*Qt6Test*",
    "*Qt6Labs*",
    "*Qt6Lottie*",
    "*Qt6Pdf*",
    "*Qt6VirtualKeyboard*",
    "*Qt6ShaderTools*",
    # The system's CUPS client, not a bundled copy: it matches the local print setup
    # (the .deb depends on libcups2), and drops gnutls, krb5 and avahi from the bundle.
    "libcups.so*",
    # Windows: the software OpenGL renderer and the shader compiler serve Qt Quick and
    # OpenGL widgets, neither of which the reader uses (about 25 MB).
    "opengl32sw.dll",
    "d3dcompiler_*.dll",
]

_QT = "PySide6/Qt/"


def keep(dest: str) -> bool:
    """Whether a file bound for ``dest`` (a path inside the bundle) stays in it."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if _QT + "plugins/" in path or path.startswith(_QT + "plugins/"):
        inner = path.split(_QT + "plugins/", 1)[1]
        return any(fnmatch.fnmatch(inner, pattern) for pattern in KEPT_PLUGINS)
    if _QT + "translations/" in path or path.startswith(_QT + "translations/"):
        return any(fnmatch.fnmatch(name, pattern) for pattern in KEPT_TRANSLATIONS)
    if _QT + "qml/" in path or path.startswith(_QT + "qml/"):
        return False
    return not any(fnmatch.fnmatch(name, pattern) for pattern in DROPPED_LIBRARIES)


def _is_top_level_library(dest: str) -> bool:
    name = dest.replace("\\", "/")
    return "/" not in name and (".so" in name or name.endswith((".dll", ".dylib")))


def prune_unreachable(binaries: list[tuple], needed_by: Callable[[str], set[str]]) -> list[tuple]:
    """Drop top-level libraries that only dropped plugins needed.

    PyInstaller resolves dependencies before the spec filters its lists, so the
    GTK theme plugin leaves GTK, cairo and pango behind. ``needed_by(source)``
    gives the library names a file links against. Everything that is not a
    top-level library (extension modules, Qt plugins and libraries, the Python
    runtime) is a root; a top-level library stays only if a root reaches it.
    """
    by_name = {entry[0].replace("\\", "/").rsplit("/", 1)[-1]: entry for entry in binaries}
    roots = [e for e in binaries if not _is_top_level_library(e[0]) or "python" in e[0]]
    reached: set[str] = set()
    queue = [e[1] for e in roots]
    while queue:
        source = queue.pop()
        for name in needed_by(source):
            if name in by_name and name not in reached:
                reached.add(name)
                queue.append(by_name[name][1])
    return [
        e
        for e in binaries
        if not _is_top_level_library(e[0]) or "python" in e[0] or e[0] in reached
    ]
