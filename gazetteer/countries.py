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

import gzip
import json
import os
import threading
from typing import Any, Iterable

__all__ = ["country_of", "contains", "country_geometry", "basemap", "covered_countries", "admin1_of"]

_DATA = os.path.join(os.path.dirname(__file__), "data", "countries.json.gz")
_lock = threading.Lock()
_cache: dict[str, Any] | None = None


def _load() -> dict[str, Any]:
    global _cache
    if _cache is None:
        with _lock:
            if _cache is None:
                try:
                    with gzip.open(_DATA, "rt", encoding="utf-8") as fh:
                        _cache = json.load(fh)
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


def _in_entry(entry: dict, lon: float, lat: float) -> bool:
    b = entry["bbox"]
    if not (b[0] <= lon <= b[2] and b[1] <= lat <= b[3]):
        return False
    return _in_rings(entry["rings"], lon, lat)


def _check(lon: float, lat: float) -> tuple[float, float]:
    lon, lat = float(lon), float(lat)
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        raise ValueError(f"coordinates out of range: lon={lon}, lat={lat}")
    return lon, lat


def contains(country: str, lon: float, lat: float) -> bool | None:
    """Whether ``(lon, lat)`` lies in ``country`` (ISO2; SY, IQ or TR).

    Outlines are simplified (about 2 km), so points within a couple of km of a border may be
    misclassified.

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
    return _in_entry(entry, lon, lat)


def country_of(lon: float, lat: float) -> str | None:
    """ISO2 code of the covered country containing ``(lon, lat)``, else ``None``.

    >>> country_of(32.86, 39.93)   # Ankara
    'TR'
    """
    lon, lat = _check(lon, lat)
    for code, entry in _load()["countries"].items():
        if _in_entry(entry, lon, lat):
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
