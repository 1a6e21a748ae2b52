"""GeoJSON (RFC 7946) and GeoJSON text sequences (RFC 8142 / newline-delimited).

Export: one Feature per claim with its location's geometry (``null`` for a claim
without a place) and every claim, claimant, outlet and faction property; or, with
``what="locations"``, one Feature per place with its claims nested as an array.
Coordinates are lon/lat with 6 decimals, exterior rings counter-clockwise, no
``crs`` member.

Import: FeatureCollection or Feature documents, and sequences (one feature per
line, optionally prefixed by the RS character). See :mod:`geomap.io._records`
for how features become places and claims.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any, Iterator

from ..exc import InvalidInput
from ..geometry import rfc7946
from ._common import Importer, atomic_output, read_text
from ._records import FeatureImporter

__all__ = ["read_geojson", "read_geojsonseq", "write_geojson", "write_geojsonseq", "claim_features",
           "location_features", "CLAIM_PROPERTIES"]

RS = "\x1e"

#: Properties of a claim Feature, in order.
CLAIM_PROPERTIES = (
    "id", "kind", "claimant", "side", "date", "date_precision", "outlet", "outlet_url", "outlet_published", "url",
    "target", "faction", "faction_side", "casualties_min", "casualties_max", "children_min", "children_max",
    "women_min", "women_max", "munitions", "grade", "notes", "quote", "location_id", "location", "location_kind",
    "location_aliases", "country", "admin1", "precision", "geo_precision", "lat", "lon", "location_source",
    "location_note",
)
_NESTED_SKIP = {"location_id", "location", "location_kind", "location_aliases", "country", "admin1", "precision",
                "geo_precision", "lat", "lon", "location_source", "location_note"}

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


# -- export ------------------------------------------------------------------------------

def _geom_json(loc) -> str:
    return "null" if loc is None else _dumps(rfc7946(loc.geometry))


def claim_properties(store) -> Iterator[tuple[Any, dict]]:
    """(Location or None, properties) of every claim, in id order."""
    published = {o.name: o.published for o in store.list_outlets()}
    fsides = {f.name: f.side for f in store.list_factions()}
    for r in store.claim_records():
        loc = r["_location"]
        p = {k: r.get(k) for k in CLAIM_PROPERTIES}
        p["outlet_published"] = published.get(r["outlet"]) if r["outlet"] else None
        p["faction_side"] = fsides.get(r["faction"]) if r["faction"] else None
        if loc is not None:
            p["location_kind"] = loc.kind
            p["location_aliases"] = list(loc.aliases)
            p["location_source"] = loc.source
            p["location_note"] = loc.note
        yield loc, p


def claim_features(store, *, geometry: str | None = None, fast: bool = True) -> Iterator[str]:
    """Serialised claim Features. ``geometry``: None (all), ``"point"``, ``"area"`` or ``"none"``.

    For a GeoPackage store the properties are serialised by SQLite's JSON functions
    straight from its tables (``fast``); other backends go through
    :meth:`Store.claim_records`. Both give the same features.
    """
    from ..store.gpkg import GeoPackageStore

    if fast and isinstance(store, GeoPackageStore):
        yield from _sql_claim_features(store, geometry)
        return
    gcache: dict[int, str] = {}
    for loc, p in claim_properties(store):
        if not _keep(loc, geometry):
            continue
        if loc is None:
            g = "null"
        else:
            g = gcache.get(loc.id)
            if g is None:
                g = gcache[loc.id] = _geom_json(loc)
        yield '{"type":"Feature","id":%d,"geometry":%s,"properties":%s}' % (p["id"], g, _dumps(p))


_SQL_PROPS = {
    "id": "c.fid", "kind": "c.kind", "claimant": "cl.name", "side": "cl.side", "date": "c.date",
    "date_precision": "c.date_precision", "outlet": "o.name", "outlet_url": "o.url", "outlet_published": "o.published",
    "url": "c.url", "target": "c.target", "faction": "f.name", "faction_side": "f.side",
    "casualties_min": "c.casualties_min", "casualties_max": "c.casualties_max", "children_min": "c.children_min",
    "children_max": "c.children_max", "women_min": "c.women_min", "women_max": "c.women_max",
    "munitions": "c.munitions", "grade": "c.grade", "notes": "c.notes", "quote": "c.quote",
    "location_id": "c.location_id", "location": "l.name", "location_kind": "l.kind",
    "location_aliases": "CASE WHEN l.fid IS NULL THEN NULL ELSE json(l.aliases) END", "country": "l.country",
    "admin1": "l.admin1", "precision": "l.precision", "geo_precision": "l.geo_precision", "lat": "round(l.lat, 6)",
    "lon": "round(l.lon, 6)", "location_source": "l.source", "location_note": "l.note",
}


def _sql_claim_features(store, geometry: str | None) -> Iterator[str]:
    from ..geometry import from_gpkg

    geoms: dict[int, tuple[str, bool]] = {}
    for fid, blob in store.con.execute("SELECT fid, geom FROM locations"):
        g = from_gpkg(blob)
        geoms[fid] = (_dumps(rfc7946(g)), g["type"] != "Point")
    props = ", ".join(f"'{k}', {_SQL_PROPS[k]}" for k in CLAIM_PROPERTIES)
    sql = (f"SELECT c.fid, c.location_id, json_object({props}) FROM claims c"
           " JOIN claimants cl ON cl.id = c.claimant_id LEFT JOIN outlets o ON o.id = c.outlet_id"
           " LEFT JOIN factions f ON f.id = c.faction_id LEFT JOIN locations l ON l.fid = c.location_id"
           " ORDER BY c.fid")
    for fid, lid, pjson in store.con.execute(sql):
        if lid is None:
            if geometry not in (None, "none"):
                continue
            g = "null"
        else:
            g, is_area = geoms[lid]
            if geometry is not None and (geometry == "none" or is_area != (geometry == "area")):
                continue
        yield '{"type":"Feature","id":%d,"geometry":%s,"properties":%s}' % (fid, g, pjson)


def _keep(loc, geometry: str | None) -> bool:
    if geometry is None:
        return True
    if geometry == "none":
        return loc is None
    if loc is None:
        return False
    return loc.is_area == (geometry == "area")


def location_features(store, *, geometry: str | None = None) -> Iterator[str]:
    """Serialised place Features, each with its claims nested under ``claims``."""
    by_loc: dict[int, list] = {}
    for loc, p in claim_properties(store):
        if loc is not None:
            by_loc.setdefault(loc.id, []).append({k: v for k, v in p.items() if k not in _NESTED_SKIP})
    for loc in store.list_locations():
        if geometry is not None and not _keep(loc, geometry):
            continue
        props = loc.properties()
        props["claims"] = by_loc.get(loc.id, [])
        yield '{"type":"Feature","id":%d,"geometry":%s,"properties":%s}' % (loc.id, _geom_json(loc), _dumps(props))


def _features(store, what: str, geometry: str | None = None) -> Iterator[str]:
    if what == "locations":
        return location_features(store, geometry=geometry)
    return claim_features(store, geometry=geometry)


def write_geojson(store, dest, *, what: str = "claims", geometry: str | None = None) -> int:
    """A FeatureCollection to ``dest`` (path, or stdout for None/'-'); returns the feature count."""
    n = 0
    with atomic_output(dest) as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        for feat in _features(store, what, geometry):
            if n:
                f.write(",\n")
            f.write(feat)
            n += 1
        f.write("\n]}\n")
    return n


def write_geojsonseq(store, dest, *, what: str = "claims", rs: bool = False, geometry: str | None = None) -> int:
    """One Feature per line (RFC 8142 with ``rs=True``: each prefixed by the RS character)."""
    n = 0
    prefix = RS if rs else ""
    with atomic_output(dest) as f:
        for feat in _features(store, what, geometry):
            f.write(prefix + feat + "\n")
            n += 1
    return n


def split_paths(dest: str) -> dict[str, str]:
    """``x.geojson`` -> {"point": x.points.geojson, "area": x.areas.geojson, "none": x.unlocated.geojson}."""
    root, ext = os.path.splitext(os.fspath(dest))
    return {"point": f"{root}.points{ext}", "area": f"{root}.areas{ext}", "none": f"{root}.unlocated{ext}"}


# -- import --------------------------------------------------------------------------------

def _json_error(e: json.JSONDecodeError, source: str, line_offset: int = 0) -> InvalidInput:
    return InvalidInput(f"invalid JSON: {e.msg} (column {e.colno})", source=source, line=e.lineno + line_offset)


def _feature_lines(text: str, n: int) -> list[int | None]:
    """Best-effort line numbers of the ``n`` features of a FeatureCollection text."""
    m = re.search(r'"features"\s*:\s*\[', text)
    if not m:
        return [None] * n
    dec = json.JSONDecoder()
    pos = m.end()
    lines = []
    line = text.count("\n", 0, pos) + 1
    last = pos
    ws = re.compile(r"[\s,]*")
    try:
        for _ in range(n):
            pos = ws.match(text, pos).end()
            line += text.count("\n", last, pos)
            lines.append(line)
            _, end = dec.raw_decode(text, pos)
            line += text.count("\n", pos, end)
            last = pos = end
    except ValueError:
        return [None] * n
    return lines


def _check_feature(feat: Any, i: int) -> tuple[dict | None, dict | None, Any]:
    if not isinstance(feat, dict):
        raise InvalidInput(f"feature {i} is not an object")
    if feat.get("type") != "Feature":
        raise InvalidInput(f"feature {i} has type {feat.get('type')!r}, not 'Feature'")
    props = feat.get("properties")
    if props is not None and not isinstance(props, dict):
        raise InvalidInput(f"feature {i}: properties must be an object or null, not {type(props).__name__}")
    geom = feat.get("geometry")
    if geom is not None and not isinstance(geom, dict):
        raise InvalidInput(f"feature {i}: geometry must be an object or null, not {type(geom).__name__}")
    if geom is not None and "crs" in geom:
        raise InvalidInput(f"feature {i}: a geometry-level crs is not RFC 7946")
    return props, geom, feat.get("id")


def _fields(features: list) -> set:
    keys: set = set()
    for f in features[:1000]:
        if isinstance(f, dict) and isinstance(f.get("properties"), dict):
            keys.update(f["properties"])
    return keys


def read_geojson(path: str, imp: Importer, *, name_field: str | None = None) -> None:
    """Import a GeoJSON FeatureCollection or Feature."""
    text = read_text(path)
    try:
        doc = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as e:
        raise _json_error(e, path) from None
    except InvalidInput as e:  # NaN / Infinity from parse_constant
        raise InvalidInput(e.reason, source=path) from None
    except RecursionError:
        raise InvalidInput("invalid JSON: nested too deeply", source=path) from None
    if not isinstance(doc, dict):
        raise InvalidInput(f"GeoJSON must be an object, not {type(doc).__name__}", source=path, line=1)
    t = doc.get("type")
    if t == "FeatureCollection":
        features = doc.get("features")
        if not isinstance(features, list):
            raise InvalidInput("a FeatureCollection needs a features array", source=path, line=1)
        crs = doc.get("crs")
        if crs is not None and not _is_wgs84(crs):
            # Pre-RFC 7946 GeoJSON in a projected CRS: GDAL reads it and it is reprojected to WGS84.
            from .vector import read_vector

            read_vector(path, imp, name_field=name_field)
            return
        lines = _feature_lines(text, len(features))
    elif t == "Feature":
        features, lines = [doc], [1]
    elif t in ("Point", "Polygon", "MultiPolygon", "LineString", "MultiPoint", "MultiLineString", "GeometryCollection"):
        raise InvalidInput(f"a bare {t} geometry has no name; wrap it in a Feature with a name property",
                           source=path, line=1)
    else:
        raise InvalidInput(f"not GeoJSON (type {t!r}; expected FeatureCollection or Feature)", source=path, line=1)
    _import_features(imp, path, name_field, [(lines[i], f) for i, f in enumerate(features)])


def _import_features(imp: Importer, path: str, name_field: str | None, feats: list) -> None:
    checked = []
    for i, (line, feat) in enumerate(feats, 1):
        try:
            checked.append((line, *_check_feature(feat, i)))
        except InvalidInput as e:
            imp.refuse(e, path, line)
    if not checked:
        return
    valid = [{"type": "Feature", "properties": p} for _, p, _, _ in checked]
    try:
        fi = FeatureImporter(imp, path, name_field, _fields(valid), strict=_is_geomap(valid))
    except InvalidInput as e:
        raise InvalidInput(e.reason, source=path) from None
    for line, props, geom, fid in checked:
        fi.feature(props, geom, line, fid)


def _no_constant(name: str):
    raise InvalidInput(f"invalid JSON: {name} is not a number JSON allows")


def _is_wgs84(crs: Any) -> bool:
    name = _crs_name(crs)
    return bool(re.search(r"(CRS84|EPSG::?4326|OGC:1\.3:CRS84)$", name or ""))


def _crs_name(crs: Any) -> str:
    if isinstance(crs, dict):
        props = crs.get("properties")
        if isinstance(props, dict):
            return str(props.get("name"))
    return str(crs)


def _is_geomap(features: list) -> bool:
    """Files geomap wrote itself are read strictly (bad values refused, not dropped)."""
    for f in features[:5]:
        if isinstance(f, dict) and isinstance(f.get("properties"), dict):
            p = f["properties"]
            if "claimant" in p and "location_kind" in p or "claims" in p and "geo_precision" in p:
                return True
    return False


def read_geojsonseq(path: str, imp: Importer, *, name_field: str | None = None) -> None:
    """Import newline-delimited GeoJSON features (RFC 8142 RS prefixes allowed)."""
    text = read_text(path)
    parsed: list[tuple[int, Any]] = []
    for ln, raw in enumerate(text.split("\n"), 1):
        s = raw.strip().lstrip(RS).strip()
        if not s:
            continue
        try:
            parsed.append((ln, json.loads(s, parse_constant=_no_constant)))
        except json.JSONDecodeError as e:
            imp.refuse(InvalidInput(f"invalid JSON: {e.msg} (column {e.colno})"), path, ln)
        except InvalidInput as e:
            imp.refuse(e, path, ln)
    feats = []
    for ln, obj in parsed:
        if isinstance(obj, dict) and obj.get("type") == "FeatureCollection" and isinstance(obj.get("features"), list):
            feats.extend((ln, f) for f in obj["features"])
        else:
            feats.append((ln, obj))
    if not feats:
        raise InvalidInput("no features", source=path)
    _import_features(imp, path, name_field, feats)
