"""Geometry helpers: validation, GeoPackage binary encoding, ring orientation.

Geometries are GeoJSON-like mappings in WGS84, longitude first. Points are
handled in pure Python (so ``geomap location add`` never imports shapely);
areas are checked with shapely, imported only when an area is seen.

>>> blob = to_gpkg({"type": "Point", "coordinates": (36.6, 35.9)})
>>> from_gpkg(blob)
{'type': 'Point', 'coordinates': (36.6, 35.9)}
"""

from __future__ import annotations

import math
import struct
from typing import Any

from .exc import InvalidInput

__all__ = [
    "validate_geometry",
    "representative_point",
    "bounds",
    "to_wkb",
    "from_wkb",
    "to_gpkg",
    "from_gpkg",
    "gpkg_envelope",
    "rfc7946",
    "GEOMETRY_TYPES",
]

GEOMETRY_TYPES = ("Point", "Polygon", "MultiPolygon")
_WKB_CODES = {"Point": 1, "Polygon": 3, "MultiPolygon": 6}
_WKB_NAMES = {v: k for k, v in _WKB_CODES.items()}


def _pos(p: Any, where: str) -> tuple[float, float]:
    if not isinstance(p, (list, tuple)) or len(p) < 2:
        raise InvalidInput(f"{where}: a position must be [lon, lat], not {p!r}"[:200])
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in p[:2]):
        # JSON text or true/false is a wrong type, not a coordinate (float("36.7") and float(True) would pass)
        raise InvalidInput(f"{where}: coordinates must be numbers, not {p!r}"[:200])
    try:
        x, y = float(p[0]), float(p[1])
    except (TypeError, ValueError):
        raise InvalidInput(f"{where}: coordinates must be numbers, not {p!r}"[:200]) from None
    if not (math.isfinite(x) and math.isfinite(y)):
        raise InvalidInput(f"{where}: coordinates must be finite")
    if not (-180 <= x <= 180 and -90 <= y <= 90):
        raise InvalidInput(f"{where}: position ({x:g}, {y:g}) is outside WGS84 lon/lat range")
    return (x, y)


def _ring(r: Any, where: str) -> tuple:
    if not isinstance(r, (list, tuple)):
        raise InvalidInput(f"{where}: a ring must be a list of positions")
    pts = tuple(_pos(p, where) for p in r)
    if len(pts) < 4:
        raise InvalidInput(f"{where}: a ring needs at least 4 positions, got {len(pts)}")
    if pts[0] != pts[-1]:
        raise InvalidInput(f"{where}: ring is not closed (first and last positions differ)")
    return pts


def validate_geometry(geom: Any) -> dict:
    """Check a GeoJSON-like geometry and return a normalised copy (tuples).

    Refuses anything but Point, Polygon and MultiPolygon; out-of-range or
    non-finite coordinates; unclosed rings; self-intersecting polygons.
    Objects with ``__geo_interface__`` (shapely geometries) are accepted.
    """
    if hasattr(geom, "__geo_interface__") and not isinstance(geom, dict):
        geom = geom.__geo_interface__
    if not isinstance(geom, dict):
        raise InvalidInput(f"geometry must be a GeoJSON object, not {type(geom).__name__}")
    gtype = geom.get("type")
    coords = geom.get("coordinates")
    if gtype not in GEOMETRY_TYPES:
        raise InvalidInput(f"geometry type {gtype!r} is not supported; use Point, Polygon or MultiPolygon")
    if coords is None:
        raise InvalidInput(f"{gtype} has no coordinates")
    if gtype == "Point":
        return {"type": "Point", "coordinates": _pos(coords, "Point")}
    if gtype == "Polygon":
        if not isinstance(coords, (list, tuple)) or not coords:
            raise InvalidInput("Polygon needs at least one ring")
        norm = tuple(_ring(r, "Polygon") for r in coords)
    else:
        if not isinstance(coords, (list, tuple)) or not coords:
            raise InvalidInput("MultiPolygon needs at least one polygon")
        norm = []
        for poly in coords:
            if not isinstance(poly, (list, tuple)) or not poly:
                raise InvalidInput("MultiPolygon: each polygon needs at least one ring")
            norm.append(tuple(_ring(r, "MultiPolygon") for r in poly))
        norm = tuple(norm)
    out = {"type": gtype, "coordinates": norm}
    _check_valid_area(out)
    return out


def _check_valid_area(geom: dict) -> None:
    import shapely
    from shapely.geometry import shape

    g = shape(geom)
    if not g.is_valid:
        reason = shapely.is_valid_reason(g)
        raise InvalidInput(f"invalid {geom['type']}: {reason}")
    if g.area == 0:
        raise InvalidInput(f"{geom['type']} has no area")


def representative_point(geom: dict) -> tuple[float, float]:
    """A point inside the geometry (the point itself for a Point)."""
    if geom["type"] == "Point":
        x, y = geom["coordinates"][:2]
        return (float(x), float(y))
    from shapely.geometry import shape

    p = shape(geom).representative_point()
    return (round(p.x, 6), round(p.y, 6))


def bounds(geom: dict) -> tuple[float, float, float, float]:
    """(minlon, minlat, maxlon, maxlat)."""
    if geom["type"] == "Point":
        x, y = geom["coordinates"][:2]
        return (x, y, x, y)
    xs, ys = [], []
    polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    for poly in polys:
        for x, y in poly[0]:
            xs.append(x)
            ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys))


# --- WKB ---------------------------------------------------------------------

def _wkb_rings(rings) -> bytes:
    parts = [struct.pack("<I", len(rings))]
    for r in rings:
        parts.append(struct.pack("<I", len(r)))
        flat = [c for p in r for c in (p[0], p[1])]
        parts.append(struct.pack(f"<{len(flat)}d", *flat))
    return b"".join(parts)


def to_wkb(geom: dict) -> bytes:
    """Little-endian 2D WKB for Point, Polygon and MultiPolygon."""
    t = geom["type"]
    c = geom["coordinates"]
    if t == "Point":
        return struct.pack("<BIdd", 1, 1, float(c[0]), float(c[1]))
    if t == "Polygon":
        return struct.pack("<BI", 1, 3) + _wkb_rings(c)
    if t == "MultiPolygon":
        out = [struct.pack("<BII", 1, 6, len(c))]
        for poly in c:
            out.append(struct.pack("<BI", 1, 3) + _wkb_rings(poly))
        return b"".join(out)
    raise InvalidInput(f"cannot encode geometry type {t!r}")


def _read_geom(buf: memoryview, off: int):
    order = buf[off]
    e = "<" if order == 1 else ">"
    (code,) = struct.unpack_from(e + "I", buf, off + 1)
    off += 5
    code %= 1000  # ignore Z/M flags of ISO WKB (2D only is written)
    if code == 1:
        x, y = struct.unpack_from(e + "dd", buf, off)
        return {"type": "Point", "coordinates": (x, y)}, off + 16
    if code == 3:
        rings, off = _read_rings(buf, off, e)
        return {"type": "Polygon", "coordinates": rings}, off
    if code == 6:
        (n,) = struct.unpack_from(e + "I", buf, off)
        off += 4
        polys = []
        for _ in range(n):
            g, off = _read_geom(buf, off)
            polys.append(g["coordinates"])
        return {"type": "MultiPolygon", "coordinates": tuple(polys)}, off
    raise InvalidInput(f"unsupported WKB geometry type {code}")


def _read_rings(buf, off, e):
    (nr,) = struct.unpack_from(e + "I", buf, off)
    off += 4
    rings = []
    for _ in range(nr):
        (npts,) = struct.unpack_from(e + "I", buf, off)
        off += 4
        flat = struct.unpack_from(e + f"{2 * npts}d", buf, off)
        off += 16 * npts
        rings.append(tuple(zip(flat[0::2], flat[1::2])))
    return tuple(rings), off


def from_wkb(data: bytes) -> dict:
    try:
        geom, _ = _read_geom(memoryview(data), 0)
    except (struct.error, IndexError):
        raise InvalidInput("truncated or corrupt WKB geometry") from None
    return geom


# --- GeoPackage binary (GPKG spec 2.1.3) ----------------------------------------

def gpkg_envelope(geom: dict) -> tuple[float, float, float, float]:
    return bounds(geom)


def to_gpkg(geom: dict | None, srs_id: int = 4326) -> bytes | None:
    """Encode a geometry as a GeoPackage binary blob (with an envelope for areas)."""
    if geom is None:
        return None
    if geom["type"] == "Point":
        # flags: little endian (1), no envelope (0 << 1)
        return b"GP\x00\x01" + struct.pack("<i", srs_id) + to_wkb(geom)
    minx, miny, maxx, maxy = bounds(geom)
    # flags: little endian, envelope [minx, maxx, miny, maxy] (code 1)
    return b"GP\x00\x03" + struct.pack("<i4d", srs_id, minx, maxx, miny, maxy) + to_wkb(geom)


_ENV_SIZE = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def _gpkg_header(blob: bytes) -> tuple[int, int, bool]:
    if blob is None or len(blob) < 8 or blob[:2] != b"GP":
        raise InvalidInput("not a GeoPackage geometry blob")
    flags = blob[3]
    env = (flags >> 1) & 0x07
    if env not in _ENV_SIZE:
        raise InvalidInput("GeoPackage geometry has an invalid envelope code")
    empty = bool(flags & 0x10)
    return env, 8 + _ENV_SIZE[env], empty


def from_gpkg(blob: bytes | None) -> dict | None:
    """Decode a GeoPackage binary blob (None or an empty geometry gives None)."""
    if blob is None:
        return None
    env, start, empty = _gpkg_header(blob)
    if empty:
        return None
    return from_wkb(bytes(blob[start:]))


def gpkg_bounds(blob: bytes | None):
    """(minx, maxx, miny, maxy) of a blob, for the GeoPackage R-tree triggers."""
    if blob is None:
        return None
    env, start, empty = _gpkg_header(blob)
    if empty:
        return None
    flags = blob[3]
    e = "<" if flags & 1 else ">"
    if env:
        return struct.unpack_from(e + "4d", blob, 8)
    minx, miny, maxx, maxy = bounds(from_wkb(bytes(blob[start:])))
    return (minx, maxx, miny, maxy)


# --- RFC 7946 --------------------------------------------------------------------

def _signed_area(ring) -> float:
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        s += x1 * y2 - x2 * y1
    return s / 2.0


def _orient(ring, ccw: bool, ndigits: int):
    r = [(round(x, ndigits), round(y, ndigits)) for x, y in ring]
    if (_signed_area(r) > 0) != ccw:
        r.reverse()
    return [list(p) for p in r]


def rfc7946(geom: dict | None, ndigits: int = 6) -> dict | None:
    """Geometry fit for RFC 7946: 6 decimals, exterior rings counter-clockwise,
    holes clockwise, lists instead of tuples."""
    if geom is None:
        return None
    t = geom["type"]
    c = geom["coordinates"]
    if t == "Point":
        return {"type": "Point", "coordinates": [round(c[0], ndigits), round(c[1], ndigits)]}

    def poly(rings):
        return [_orient(r, i == 0, ndigits) for i, r in enumerate(rings)]

    if t == "Polygon":
        return {"type": "Polygon", "coordinates": poly(c)}
    return {"type": "MultiPolygon", "coordinates": [poly(p) for p in c]}
