"""GeoPackage 1.2 export: claims (or places) with points and areas in separate layers.

Layers written (``what="claims"``):

- ``claims_points``: claims at point places (POINT, EPSG:4326);
- ``claims_areas``: claims at areas (MULTIPOLYGON, EPSG:4326);
- ``claims_unlocated``: claims without a place (an attributes table; only when there are some).

With ``what="locations"``: ``locations_points`` and ``locations_areas``, one feature
per place with its claim count and its claims as a JSON array (``claims``).

The file is written with the standard library's sqlite3 (GeoPackage binary
geometries, R-tree spatial index with its triggers, layer extents) into a
temporary file renamed into place once complete. GDAL >= 3.6 and QGIS >= 3.22
open it without warnings.
"""

from __future__ import annotations

import json
import os
import sqlite3
from typing import Any, Iterable

from ..geometry import bounds, to_gpkg
from ._common import atomic_path
from .geojson import _NESTED_SKIP, CLAIM_PROPERTIES, claim_properties

__all__ = ["write_gpkg", "CLAIM_FIELDS", "LOCATION_FIELDS"]

APPLICATION_ID = 0x47504B47
USER_VERSION = 10200

_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
    'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)

_INT = {"casualties_min", "casualties_max", "children_min", "children_max", "women_min", "women_max",
        "geo_precision", "location_id", "claim_id", "claim_count"}
_REAL = {"lat", "lon"}

#: Columns of the claim layers (``claim_id`` is geomap's claim id; ``fid`` is the layer's own).
CLAIM_FIELDS = ("claim_id",) + tuple(c for c in CLAIM_PROPERTIES if c != "id")
#: Columns of the location layers.
LOCATION_FIELDS = ("location_id", "name", "aliases", "kind", "country", "admin1", "precision", "geo_precision",
                   "origin", "origin_id", "note", "source", "lat", "lon", "claim_count", "claims")


def _coltype(name: str) -> str:
    return "INTEGER" if name in _INT else "REAL" if name in _REAL else "TEXT"


def _multi(geom: dict) -> dict:
    if geom["type"] == "Polygon":
        return {"type": "MultiPolygon", "coordinates": (geom["coordinates"],)}
    return geom


def _init(con: sqlite3.Connection) -> None:
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {USER_VERSION}")
    con.executescript("""
    CREATE TABLE gpkg_spatial_ref_sys (
      srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
      organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
    CREATE TABLE gpkg_contents (
      table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
      description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
      min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
      CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
    CREATE TABLE gpkg_geometry_columns (
      table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
      srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
      CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
      CONSTRAINT uk_gc_table_name UNIQUE (table_name),
      CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
      CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
    CREATE TABLE gpkg_extensions (
      table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
      scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
    """)
    con.executemany(
        "INSERT INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)",
        [
            ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
            ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
            ("WGS 84 geodetic", 4326, "EPSG", 4326, _WGS84_WKT,
             "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
        ],
    )


def _rtree_triggers(t: str, c: str) -> list[str]:
    r = f"rtree_{t}_{c}"
    env = f"ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})"
    return [
        f'CREATE TRIGGER "{r}_insert" AFTER INSERT ON "{t}" WHEN (new."{c}" NOT NULL AND NOT ST_IsEmpty(NEW."{c}")) '
        f'BEGIN INSERT OR REPLACE INTO "{r}" VALUES (NEW.fid, {env}); END',
        f'CREATE TRIGGER "{r}_update1" AFTER UPDATE OF "{c}" ON "{t}" WHEN OLD.fid = NEW.fid AND '
        f'(NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}")) BEGIN INSERT OR REPLACE INTO "{r}" VALUES (NEW.fid, {env}); END',
        f'CREATE TRIGGER "{r}_update2" AFTER UPDATE OF "{c}" ON "{t}" WHEN OLD.fid = NEW.fid AND '
        f'(NEW."{c}" IS NULL OR ST_IsEmpty(NEW."{c}")) BEGIN DELETE FROM "{r}" WHERE id = OLD.fid; END',
        f'CREATE TRIGGER "{r}_update3" AFTER UPDATE ON "{t}" WHEN OLD.fid != NEW.fid AND '
        f'(NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}")) BEGIN DELETE FROM "{r}" WHERE id = OLD.fid; '
        f'INSERT OR REPLACE INTO "{r}" VALUES (NEW.fid, {env}); END',
        f'CREATE TRIGGER "{r}_update4" AFTER UPDATE ON "{t}" WHEN OLD.fid != NEW.fid AND '
        f'(NEW."{c}" IS NULL OR ST_IsEmpty(NEW."{c}")) BEGIN DELETE FROM "{r}" WHERE id IN (OLD.fid, NEW.fid); END',
        f'CREATE TRIGGER "{r}_delete" AFTER DELETE ON "{t}" WHEN old."{c}" NOT NULL '
        f'BEGIN DELETE FROM "{r}" WHERE id = OLD.fid; END',
    ]


class _Layer:
    """One feature layer (or attributes table when ``gtype`` is None) being filled."""

    def __init__(self, con, name: str, fields: Iterable[str], gtype: str | None, description: str):
        self.con, self.name, self.fields, self.gtype = con, name, tuple(fields), gtype
        self.description = description
        cols = ", ".join(f'"{f}" {_coltype(f)}' for f in self.fields)
        geom = f', geom {gtype}' if gtype else ""
        con.execute(f'CREATE TABLE "{name}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL{geom}, {cols})')
        marks = ",".join("?" * (len(self.fields) + (2 if gtype else 1)))
        self.sql = f'INSERT INTO "{name}" VALUES ({marks})'
        self.rows: list[tuple] = []
        self.boxes: list[tuple] = []
        self.ext = [None, None, None, None]
        self.rtree_filled = False

    def add(self, blob: bytes | None, box: tuple | None, values: list) -> None:
        fid = len(self.rows) + 1
        if self.gtype:
            self.rows.append((fid, blob, *values))
            self.boxes.append((fid, box[0], box[2], box[1], box[3]))
            e = self.ext
            if e[0] is None:
                self.ext = [box[0], box[1], box[2], box[3]]
            else:
                if box[0] < e[0]: e[0] = box[0]
                if box[1] < e[1]: e[1] = box[1]
                if box[2] > e[2]: e[2] = box[2]
                if box[3] > e[3]: e[3] = box[3]
        else:
            self.rows.append((fid, *values))

    def finish(self) -> None:
        con = self.con
        con.executemany(self.sql, self.rows)
        if self.gtype:
            con.execute(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y,"
                " srs_id) VALUES (?,?,?,?,?,?,?,?,4326)", (self.name, "features", self.name, self.description, *self.ext))
            con.execute("INSERT INTO gpkg_geometry_columns VALUES (?,?,?,?,0,0)", (self.name, "geom", self.gtype, 4326))
            if not self.rtree_filled:
                con.execute(f'CREATE VIRTUAL TABLE "rtree_{self.name}_geom" USING rtree(id, minx, maxx, miny, maxy)')
                con.executemany(f'INSERT INTO "rtree_{self.name}_geom" VALUES (?,?,?,?,?)', self.boxes)
            for stmt in _rtree_triggers(self.name, "geom"):
                con.execute(stmt)
            con.execute("INSERT INTO gpkg_extensions VALUES (?,?,?,?,?)",
                        (self.name, "geom", "gpkg_rtree_index", "http://www.geopackage.org/spec120/#extension_rtree",
                         "write-only"))
        else:
            con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?,?,?,?)",
                        (self.name, "attributes", self.name, self.description))


def _value(v: Any) -> Any:
    if isinstance(v, (list, tuple)):
        return json.dumps(list(v), ensure_ascii=False) if v else None
    return v


def write_gpkg(store, dest, *, what: str = "claims", fast: bool = True) -> int:
    """Write the GeoPackage; returns the number of features and rows written.

    For a GeoPackage store the claim layers are filled by SQL straight from the
    store's tables (``fast``); any other backend goes through
    :meth:`Store.claim_records`. Both give the same layers.
    """
    with atomic_path(dest) as tmp:
        os.remove(tmp)  # sqlite3 creates the file itself
        con = sqlite3.connect(tmp, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode = OFF")
            con.execute("PRAGMA synchronous = OFF")
            _init(con)  # executescript() commits by itself: run it before the data transaction
            con.execute("BEGIN")
            if what != "claims":
                n = _write_locations(con, store)
            elif fast and _is_gpkg_store(store):
                n = _write_claims_sql(con, store)
            else:
                n = _write_claims(con, store)
            con.execute("COMMIT")
        finally:
            con.close()
    return n


def _geo(loc, cache: dict) -> tuple:
    hit = cache.get(loc.id)
    if hit is None:
        if loc.is_area:
            g = _multi(loc.geometry)
            hit = (to_gpkg(g), bounds(g))
        else:
            hit = (to_gpkg(loc.geometry), (loc.lon, loc.lat, loc.lon, loc.lat))
        cache[loc.id] = hit
    return hit


def _write_claims(con, store) -> int:
    pts = _Layer(con, "claims_points", CLAIM_FIELDS, "POINT", "geomap claims at point places")
    areas = _Layer(con, "claims_areas", CLAIM_FIELDS, "MULTIPOLYGON", "geomap claims at areas")
    unlocated: _Layer | None = None
    cache: dict = {}
    n = 0
    for loc, p in claim_properties(store):
        values = [p["id"]] + [_value(p[f]) for f in CLAIM_FIELDS[1:]]
        if loc is None:
            if unlocated is None:
                unlocated = _Layer(con, "claims_unlocated", CLAIM_FIELDS, None, "geomap claims without a place")
            unlocated.add(None, None, values)
        else:
            blob, box = _geo(loc, cache)
            (areas if loc.is_area else pts).add(blob, box, values)
        n += 1
    for layer in (pts, areas, unlocated):
        if layer is not None:
            layer.finish()
    return n


def _write_locations(con, store) -> int:
    pts = _Layer(con, "locations_points", LOCATION_FIELDS, "POINT", "geomap places (points) with their claims")
    areas = _Layer(con, "locations_areas", LOCATION_FIELDS, "MULTIPOLYGON", "geomap places (areas) with their claims")
    by_loc: dict[int, list] = {}
    for loc, p in claim_properties(store):
        if loc is not None:
            by_loc.setdefault(loc.id, []).append({k: v for k, v in p.items() if k not in _NESTED_SKIP})
    cache: dict = {}
    n = 0
    for loc in store.list_locations():
        d = loc.properties()
        d["location_id"] = loc.id
        d["lat"], d["lon"] = loc.lat, loc.lon
        claims = by_loc.get(loc.id, [])
        d["claim_count"] = len(claims)
        d["claims"] = json.dumps(claims, ensure_ascii=False)
        values = [_value(d[f]) if f != "claims" else d["claims"] for f in LOCATION_FIELDS]
        blob, box = _geo(loc, cache)
        (areas if loc.is_area else pts).add(blob, box, values)
        n += 1
    pts.finish()
    areas.finish()
    return n


# -- fast path: a GeoPackage store, copied by SQL ---------------------------------------------

def _is_gpkg_store(store) -> bool:
    from ..store.gpkg import GeoPackageStore

    return isinstance(store, GeoPackageStore)


#: SQL expression for each claim layer column, over the store's tables.
_SQL_COLUMNS = {
    "claim_id": "c.fid", "kind": "c.kind", "claimant": "cl.name", "side": "cl.side", "date": "c.date",
    "date_precision": "c.date_precision", "outlet": "o.name", "outlet_url": "o.url", "outlet_published": "o.published",
    "url": "c.url", "target": "c.target", "faction": "f.name", "faction_side": "f.side",
    "casualties_min": "c.casualties_min", "casualties_max": "c.casualties_max", "children_min": "c.children_min",
    "children_max": "c.children_max", "women_min": "c.women_min", "women_max": "c.women_max",
    "munitions": "c.munitions", "grade": "c.grade", "notes": "c.notes", "quote": "c.quote",
    "location_id": "c.location_id", "location": "l.name", "location_kind": "l.kind",
    "location_aliases": "NULLIF(l.aliases, '[]')", "country": "l.country", "admin1": "l.admin1",
    "precision": "l.precision", "geo_precision": "l.geo_precision", "lat": "round(l.lat, 6)", "lon": "round(l.lon, 6)",
    "location_source": "l.source", "location_note": "l.note",
}


def _write_claims_sql(con, store) -> int:
    from ..geometry import _gpkg_header, from_gpkg

    con.execute("ATTACH DATABASE ? AS src", (store.path,))
    try:
        con.execute("CREATE TEMP TABLE _geo (location_id INTEGER PRIMARY KEY, blob BLOB, minx REAL, maxx REAL,"
                    " miny REAL, maxy REAL, is_area INTEGER)")
        rows = []
        for fid, blob, lon, lat in con.execute("SELECT fid, geom, lon, lat FROM src.locations"):
            _, start, _ = _gpkg_header(blob)
            code = int.from_bytes(blob[start + 1:start + 5], "little" if blob[start] == 1 else "big") % 1000
            if code == 1:
                x, y = from_gpkg(blob)["coordinates"]
                rows.append((fid, blob, x, x, y, y, 0))
            else:
                g = _multi(from_gpkg(blob))
                minx, miny, maxx, maxy = bounds(g)
                rows.append((fid, to_gpkg(g), minx, maxx, miny, maxy, 1))
        con.executemany("INSERT INTO temp._geo VALUES (?,?,?,?,?,?,?)", rows)
        cols = ", ".join(f'"{f}"' for f in CLAIM_FIELDS)
        exprs = ", ".join(_SQL_COLUMNS[f] for f in CLAIM_FIELDS)
        base = (" FROM src.claims c JOIN src.claimants cl ON cl.id = c.claimant_id"
                " LEFT JOIN src.outlets o ON o.id = c.outlet_id LEFT JOIN src.factions f ON f.id = c.faction_id"
                " LEFT JOIN src.locations l ON l.fid = c.location_id LEFT JOIN temp._geo g ON g.location_id = c.location_id")
        n = 0
        layers = (("claims_points", "POINT", "geomap claims at point places", "g.is_area = 0"),
                  ("claims_areas", "MULTIPOLYGON", "geomap claims at areas", "g.is_area = 1"),
                  ("claims_unlocated", None, "geomap claims without a place", "c.location_id IS NULL"))
        for name, gtype, desc, where in layers:
            if gtype is None and not con.execute(f"SELECT 1 {base} WHERE {where} LIMIT 1").fetchone():
                continue
            layer = _Layer(con, name, CLAIM_FIELDS, gtype, desc)
            geom_col, geom_expr = (', "geom"', ", g.blob") if gtype else ("", "")
            cur = con.execute(f'INSERT INTO "{name}" (fid{geom_col}, {cols}) SELECT NULL{geom_expr}, {exprs} {base}'
                              f" WHERE {where} ORDER BY c.fid")
            n += cur.rowcount
            if gtype:
                con.execute(f'CREATE VIRTUAL TABLE "rtree_{name}_geom" USING rtree(id, minx, maxx, miny, maxy)')
                con.execute(f'INSERT INTO "rtree_{name}_geom" SELECT t.fid, g.minx, g.maxx, g.miny, g.maxy'
                            f' FROM "{name}" t JOIN temp._geo g ON g.location_id = t.location_id')
                ext = con.execute(f'SELECT min(minx), min(miny), max(maxx), max(maxy) FROM "rtree_{name}_geom"').fetchone()
                layer.ext = list(ext)
                layer.rtree_filled = True
            layer.finish()
        con.execute("DROP TABLE temp._geo")
    finally:
        con.execute("COMMIT")
        con.execute("DETACH DATABASE src")
        con.execute("BEGIN")
    return n
