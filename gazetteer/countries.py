"""Fast country tests and outlines for Syria, Iraq and Turkey.

This module is deliberately light: it imports only the standard library and reads one small
compressed file (pre-simplified rings, about 1–3 km tolerance) on first use, so
``geomap location add --country SY`` can validate coordinates in a few milliseconds.
Point-in-polygon is a pure-Python even-odd ray test.

Only SY, IQ and TR have outlines; :func:`country_of` returns ``None`` elsewhere.

Examples
--------
>>> from gazetteer.countries import country_of, contains
>>> country_of(36.29, 33.51)        # Damascus (lon, lat)
'SY'
>>> contains('IQ', 44.36, 33.31)    # Baghdad
True
>>> country_of(2.35, 48.86) is None # Paris: outside the covered countries
True
"""

from __future__ import annotations

import json
import math
import os
import threading
from typing import Any, Iterable

from .datafile import read_text

__all__ = ["country_of", "contains", "country_geometry", "basemap", "covered_countries", "admin1_of",
           "BORDER_TOLERANCE"]

_DATA = os.path.join(os.path.dirname(__file__), "data", "countries.json.gz")
_lock = threading.Lock()
_cache: dict[str, Any] | None = None


def _load() -> dict[str, Any]:
    global _cache
    if _cache is None:
        with _lock:
            if _cache is None:
                try:
                    _cache = json.loads(read_text(_DATA))
                except OSError as e:  # pragma: no cover - broken install
                    from .exc import DataError

                    raise DataError(f"gazetteer country outlines unreadable: {_DATA}: {e}") from e
    return _cache


def covered_countries() -> tuple[str, ...]:
    """ISO codes with outlines (``('IQ', 'SY', 'TR')``)."""
    return tuple(sorted(_load()["countries"]))


def _in_rings(rings: list, x: float, y: float) -> bool:
    inside = False
    for ring in rings:
        n = len(ring)
        j = n - 1
        for i in range(n):
            xi, yi = ring[i]
            xj, yj = ring[j]
            if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
    return inside


#: Points this close (degrees, about 1 km) to a simplified border count as inside: the outlines are
#: simplified by up to 0.005° (country) / 0.02° (admin1), so a point on the true border may fall
#: just outside them.
BORDER_TOLERANCE = 0.01


def _near_rings(rings: list, x: float, y: float, tol: float) -> bool:
    k = math.cos(math.radians(y))
    t2 = tol * tol
    for ring in rings:
        x1, y1 = ring[-1]
        for x2, y2 in ring:
            if not (min(x1, x2) - tol <= x <= max(x1, x2) + tol and min(y1, y2) - tol <= y <= max(y1, y2) + tol):
                x1, y1 = x2, y2
                continue
            dx, dy = (x2 - x1) * k, y2 - y1
            px, py = (x - x1) * k, y - y1
            L = dx * dx + dy * dy
            u = 0.0 if L == 0 else max(0.0, min(1.0, (px * dx + py * dy) / L))
            ex, ey = px - u * dx, py - u * dy
            if ex * ex + ey * ey <= t2:
                return True
            x1, y1 = x2, y2
    return False


def _in_entry(entry: dict, lon: float, lat: float, tol: float = 0.0) -> bool:
    b = entry["bbox"]
    if not (b[0] - tol <= lon <= b[2] + tol and b[1] - tol <= lat <= b[3] + tol):
        return False
    if _in_rings(entry["rings"], lon, lat):
        return True
    return tol > 0 and _near_rings(entry["rings"], lon, lat, tol)


def _check(lon: float, lat: float) -> tuple[float, float]:
    lon, lat = float(lon), float(lat)
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        raise ValueError(f"coordinates out of range: lon={lon}, lat={lat}")
    return lon, lat


def contains(country: str, lon: float, lat: float) -> bool | None:
    """Whether ``(lon, lat)`` lies in ``country`` (ISO2; SY, IQ or TR).

    Outlines are simplified (by up to about 500 m); a point within :data:`BORDER_TOLERANCE`
    (about 1 km) of the outline counts as inside, so a point on the border is accepted by both
    neighbours.

    Returns
    -------
    bool or None
        ``None`` for a country without a shipped outline (cannot tell).

    Raises
    ------
    ValueError
        For coordinates out of range.

    Examples
    --------
    >>> contains('SY', 36.29, 33.51), contains('SY', 44.36, 33.31), contains('FR', 2.35, 48.86)
    (True, False, None)
    """
    lon, lat = _check(lon, lat)
    entries = _load()["countries"]
    entry = entries.get(country.upper())
    if entry is None:
        return None
    return _in_entry(entry, lon, lat, BORDER_TOLERANCE)


def country_of(lon: float, lat: float) -> str | None:
    """ISO2 code of the covered country containing ``(lon, lat)``, else ``None``.

    >>> country_of(32.86, 39.93)   # Ankara
    'TR'
    """
    lon, lat = _check(lon, lat)
    entries = _load()["countries"]
    for code, entry in entries.items():
        if _in_entry(entry, lon, lat):
            return code
    for code, entry in entries.items():  # on (or within about 1 km of) a border
        if _in_entry(entry, lon, lat, BORDER_TOLERANCE):
            return code
    return None


def admin1_of(lon: float, lat: float) -> str | None:
    """Name of the governorate/province containing ``(lon, lat)`` (covered countries only).

    >>> admin1_of(36.63, 35.93)    # Idlib city
    'Idlib'
    """
    lon, lat = _check(lon, lat)
    for entry in _load()["admin1"]:
        if _in_entry(entry, lon, lat):
            return entry["name"]
    return None


def _rings_to_geometry(rings: list) -> dict:
    # Rings are stored flat (outer rings and holes, even-odd). Rebuild polygons by nesting:
    # a ring whose first vertex lies inside an earlier outer ring is that ring's hole.
    polys: list[list] = []
    for ring in rings:
        x, y = ring[0]
        for poly in polys:
            if _in_rings([poly[0]], x, y):
                poly.append(ring)
                break
        else:
            polys.append([ring])
    if len(polys) == 1:
        return {"type": "Polygon", "coordinates": polys[0]}
    return {"type": "MultiPolygon", "coordinates": polys}


def country_geometry(country: str) -> dict:
    """GeoJSON geometry (simplified) of a covered country.

    >>> country_geometry('SY')['type'] in ('Polygon', 'MultiPolygon')
    True
    """
    entries = _load()["countries"]
    code = country.upper()
    if code not in entries:
        raise KeyError(f"no outline for country {country!r}; covered: {', '.join(sorted(entries))}")
    return _rings_to_geometry(entries[code]["rings"])


def basemap(countries: Iterable[str] = ("SY", "IQ", "TR"), admin: bool = True) -> dict:
    """Offline fallback basemap: country (and governorate/province) outlines as a FeatureCollection.

    Each feature has properties ``{"kind": "country"|"admin1", "name", "country", "id"}``.

    >>> fc = basemap(("SY",))
    >>> fc["type"], fc["features"][0]["properties"]["kind"]
    ('FeatureCollection', 'country')
    """
    data = _load()
    wanted = [c.upper() for c in countries]
    feats = []
    for code in wanted:
        entry = data["countries"].get(code)
        if entry is None:
            continue
        feats.append({"type": "Feature", "id": entry["id"],
                      "properties": {"kind": "country", "name": entry["name"], "country": code, "id": entry["id"]},
                      "geometry": _rings_to_geometry(entry["rings"])})
    if admin:
        for entry in data["admin1"]:
            if entry["country"] in wanted:
                feats.append({"type": "Feature", "id": entry["id"],
                              "properties": {"kind": "admin1", "name": entry["name"], "country": entry["country"],
                                             "id": entry["id"]},
                              "geometry": _rings_to_geometry(entry["rings"])})
    return {"type": "FeatureCollection", "features": feats}
