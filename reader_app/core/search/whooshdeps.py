"""Whoosh without the modules it imports for features this program never uses.

Whoosh-Reloaded 2.7.5 (pinned in pyproject.toml) imports, when it is first imported:

- in ``whoosh.compat``, ``from urllib.request import urlretrieve`` (its Python 2/3
  shim; only Whoosh's WordNet downloader calls it). ``urllib.request`` brings
  ``http.client``, ``email`` and ``ssl``: ~16 ms of every start.
- in ``whoosh.reading``, ``from cached_property import cached_property``, a package
  that imports ``asyncio`` (~16 ms) to support coroutine methods. Whoosh decorates
  one plain method with it (``SegmentReader.deleted_docs_set``).
- in ``whoosh.query.terms``, ``from whoosh.lang.morph_en import variations``, for its
  English ``Variations`` query; the module compiles ~5 ms of regular expressions.

:func:`install` adds an import hook for exactly these Whoosh modules. While one of
them runs, the module it imports is served by a stand-in: ``urlretrieve`` and
``variations`` are functions that import the real module on their first call, and
``cached_property`` is :class:`functools.cached_property`, which does the same for a
plain method (computed once, then kept in the instance's ``__dict__``). The
stand-ins are in ``sys.modules`` only while that Whoosh module runs; every other
importer gets the real modules. A module already imported is used as it is.
tests/core/search/test_whooshdeps.py checks every stand-in and that a search imports none
of the real modules; issue 16's start-up figures are in docs/performance.md.
"""

from __future__ import annotations

import functools
import importlib
import sys
import types
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.abc import Loader
    from importlib.machinery import ModuleSpec


def _on_first_call(module: str, name: str) -> Callable[..., Any]:
    """A function that imports ``module`` when first called and calls its ``name``."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    return call


def _stand_in(name: str, **attributes: object) -> Callable[[], types.ModuleType]:
    def make() -> types.ModuleType:
        module = types.ModuleType(
            name, "reader_app.core.search.whooshdeps: a stand-in while Whoosh loads"
        )
        module.__dict__.update(attributes)
        return module

    return make


#: Whoosh module → the modules it imports that get a stand-in while it runs.
STAND_INS: dict[str, dict[str, Callable[[], types.ModuleType]]] = {
    "whoosh.compat": {
        "urllib.request": _stand_in(
            "urllib.request", urlretrieve=_on_first_call("urllib.request", "urlretrieve")
        )
    },
    "whoosh.reading": {
        "cached_property": _stand_in("cached_property", cached_property=functools.cached_property)
    },
    "whoosh.query.terms": {
        "whoosh.lang.morph_en": _stand_in(
            "whoosh.lang.morph_en", variations=_on_first_call("whoosh.lang.morph_en", "variations")
        )
    },
}


class _Loader:
    """Runs the real loader with the stand-ins in ``sys.modules``, then takes them out.

    Finder and loader are duck-typed, as the import system allows: ``importlib.abc``
    imports ``importlib.resources``, ``tempfile`` and ``shutil`` (~5 ms of a start)."""

    def __init__(self, loader: Loader, stand_ins: dict[str, Callable[[], types.ModuleType]]):
        self.loader = loader
        self.stand_ins = stand_ins

    def create_module(self, spec: ModuleSpec) -> types.ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        placed = {name: make() for name, make in self.stand_ins.items() if name not in sys.modules}
        sys.modules.update(placed)
        try:
            self.loader.exec_module(module)
        finally:
            for name, stand_in in placed.items():
                if sys.modules.get(name) is stand_in:
                    del sys.modules[name]

    def __getattr__(self, name: str) -> Any:  # get_source, is_package...: the real loader's
        return getattr(self.loader, name)


class _Finder:
    """Finds the Whoosh modules of :data:`STAND_INS` with the next finder, and wraps
    their loader; leaves every other module to the finders after it."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: types.ModuleType | None = None,
    ) -> ModuleSpec | None:
        stand_ins = STAND_INS.get(fullname)
        if stand_ins is None:
            return None
        for finder in sys.meta_path:
            if isinstance(finder, _Finder):
                continue
            find = getattr(finder, "find_spec", None)
            spec = find(fullname, path, target) if find is not None else None
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _Loader(spec.loader, stand_ins)
                return spec
        return None


def install() -> None:
    """Put the hook first in ``sys.meta_path`` (once; later calls do nothing)."""
    if not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
