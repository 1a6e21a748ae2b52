"""Leaflet and geomap's own browser code, read from installed packages for inlining.

Leaflet comes from the ``xstatic-leaflet`` PyPI package (a declared dependency, installed at
build/test time, never committed). geomap's own JavaScript and CSS are package data in
``geomap/render/assets/``. Offline maps inline all of them, so the HTML file needs no network.

Examples
--------
>>> "L.Map" in leaflet_js() or "Map" in leaflet_js()
True
>>> "</script" in inline_script("var s = '</script>';")
False
"""

from __future__ import annotations

import base64
import functools
import re
from importlib import resources
from pathlib import Path

__all__ = [
    "leaflet_js",
    "leaflet_css",
    "leaflet_version",
    "own_js",
    "own_css",
    "inline_script",
    "inline_style",
    "leaflet_cdn",
]


def _leaflet_dir() -> Path:
    try:
        import xstatic.pkg.leaflet as pkg
    except ImportError as e:  # pragma: no cover - a broken install
        from ..exc import GeomapError

        raise GeomapError("offline maps need the xstatic-leaflet package: pip install xstatic-leaflet") from e
    return Path(pkg.BASE_DIR)


def leaflet_version() -> str:
    """Version of the installed Leaflet (from xstatic-leaflet)."""
    import xstatic.pkg.leaflet as pkg

    return pkg.VERSION


def leaflet_cdn() -> tuple[str, str]:
    """(js, css) URLs of the installed Leaflet version on a CDN, for online maps."""
    v = leaflet_version()
    return (f"https://cdn.jsdelivr.net/npm/leaflet@{v}/dist/leaflet.js",
            f"https://cdn.jsdelivr.net/npm/leaflet@{v}/dist/leaflet.css")


@functools.lru_cache(maxsize=None)
def leaflet_js() -> str:
    """Minified Leaflet JavaScript, without its source-map comment."""
    text = (_leaflet_dir() / "leaflet.js").read_text(encoding="utf-8")
    return re.sub(r"//# sourceMappingURL=\S+\s*$", "", text)


@functools.lru_cache(maxsize=None)
def leaflet_css() -> str:
    """Leaflet's CSS with its images inlined as ``data:`` URIs (so nothing is fetched)."""
    base = _leaflet_dir()
    text = (base / "leaflet.css").read_text(encoding="utf-8")

    def inline(m: re.Match) -> str:
        rel = m.group(1).strip("'\"")
        path = (base / rel).resolve()
        if not path.is_file() or base.resolve() not in path.parents:
            return "none"
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{data})"

    return re.sub(r"url\(([^)]+)\)", inline, text)


def _asset(name: str) -> str:
    return (resources.files("geomap.render") / "assets" / name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=None)
def own_js() -> str:
    """geomap's map code (``assets/geomap.js``)."""
    return _asset("geomap.js")


@functools.lru_cache(maxsize=None)
def own_css() -> str:
    """geomap's map styles (``assets/geomap.css``)."""
    return _asset("geomap.css")


_SCRIPT_END = re.compile(r"</(script)", re.IGNORECASE)
_STYLE_END = re.compile(r"</(style)", re.IGNORECASE)


def inline_script(code: str) -> str:
    """Make JavaScript safe to place between ``<script>`` and ``</script>``.

    ``</script`` can only occur inside a JS string, regex or comment, where ``<\\/script``
    means the same; ``<!--`` is neutralised the same way.
    """
    return _SCRIPT_END.sub(r"<\\/\1", code).replace("<!--", "<\\!--")


def inline_style(css: str) -> str:
    """Make CSS safe to place between ``<style>`` and ``</style>``."""
    return _STYLE_END.sub(r"<\\/\1", css)
