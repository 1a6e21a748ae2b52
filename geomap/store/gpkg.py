"""GeoPackage store: one OGC GeoPackage 1.2 file per case, written with sqlite3.

Layers GDAL and QGIS see:

- ``locations``: features (Point or (Multi)Polygon, EPSG:4326) with an R-tree index;
- ``claims``: the claim records (attributes table);
- ``claims_located``: a feature view of every claim with its location's geometry;
- ``outlets``, ``claimants``, ``factions``: attribute tables.

Geometries are GeoPackage binary blobs encoded in pure Python, so SpatiaLite is
not needed. The R-tree triggers call ``ST_*`` functions, which this module
registers on its own connections (GDAL registers its own).

Concurrency: every write runs in ``BEGIN IMMEDIATE`` with a long busy
timeout, so several processes adding to one file queue up instead of failing.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from contextlib import contextmanager
from typing import Iterable, Iterator

from ..exc import InUse, InvalidInput, NotAStore, NotFound, SchemaMismatch, StoreError
from ..geometry import bounds, from_gpkg, gpkg_bounds, to_gpkg
from ..model import Claim, Claimant, Faction, LngLat, Location, Outlet, location_fields
from .base import (CLAIM_UPDATE_COLUMNS, CLAIMS_LOCATED_SQL, SCHEMA_VERSION, ReferenceIds, Store, _key, _now, _with_id,
                   claim_update_values, note_interrupt_after_commit)

__all__ = ["GeoPackageStore"]

log = logging.getLogger(__name__)

APPLICATION_ID = 0x47504B47  # "GPKG"
USER_VERSION = 10200  # GeoPackage 1.2.0
BUSY_TIMEOUT_S = 120.0

_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)

_CLAIM_SELECT = """
SELECT c.fid, c.kind, cl.name, cl.side, c.location_id, c.date, c.date_precision,
       o.name, o.url, c.url, c.target, f.name,
       c.casualties_min, c.casualties_max, c.children_min, c.children_max,
       c.women_min, c.women_max, c.munitions, c.grade, c.notes, c.quote
FROM claims c
JOIN claimants cl ON cl.id = c.claimant_id
LEFT JOIN outlets o ON o.id = c.outlet_id
LEFT JOIN factions f ON f.id = c.faction_id
"""

_LOC_COLS = "fid, geom, name, kind, country, admin1, precision, origin, origin_id, note, lon, lat, aliases, source"

_SCHEMA = ("""
CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE IF NOT EXISTS gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE IF NOT EXISTS gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));

CREATE TABLE IF NOT EXISTS geomap_meta (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE IF NOT EXISTS locations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom GEOMETRY NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  admin1 TEXT,
  precision TEXT NOT NULL,
  geo_precision INTEGER NOT NULL,
  origin TEXT NOT NULL,
  origin_id TEXT,
  note TEXT,
  source TEXT,
  lon DOUBLE NOT NULL,
  lat DOUBLE NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]',
  created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS location_names (
  location_id INTEGER NOT NULL REFERENCES locations(fid) ON DELETE CASCADE,
  name TEXT NOT NULL, key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS location_names_key ON location_names(key);
CREATE INDEX IF NOT EXISTS location_names_loc ON location_names(location_id);

CREATE TABLE IF NOT EXISTS outlets (
  id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, url TEXT, published TEXT);
CREATE TABLE IF NOT EXISTS claimants (
  id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, side TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS factions (
  id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, side TEXT);

CREATE TABLE IF NOT EXISTS claims (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  claimant_id INTEGER NOT NULL REFERENCES claimants(id),
  location_id INTEGER REFERENCES locations(fid),
  date TEXT, date_precision TEXT,
  outlet_id INTEGER REFERENCES outlets(id),
  url TEXT, target TEXT,
  faction_id INTEGER REFERENCES factions(id),
  casualties_min INTEGER, casualties_max INTEGER,
  children_min INTEGER, children_max INTEGER,
  women_min INTEGER, women_max INTEGER,
  munitions TEXT,
  grade TEXT NOT NULL,
  notes TEXT, quote TEXT,
  created TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS claims_location ON claims(location_id);
CREATE INDEX IF NOT EXISTS claims_date ON claims(date);

CREATE TABLE IF NOT EXISTS geocode_cache (
  key TEXT PRIMARY KEY, payload TEXT NOT NULL, provenance TEXT NOT NULL, fetched TEXT NOT NULL);

CREATE VIEW IF NOT EXISTS claims_located AS
"""
    + CLAIMS_LOCATED_SQL
    + """;

CREATE VIRTUAL TABLE IF NOT EXISTS rtree_locations_geom USING rtree(id, minx, maxx, miny, maxy);
""")

_RTREE_TRIGGERS = """
CREATE TRIGGER IF NOT EXISTS rtree_locations_geom_insert AFTER INSERT ON locations
WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN
  INSERT OR REPLACE INTO rtree_locations_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER IF NOT EXISTS rtree_locations_geom_update1 AFTER UPDATE OF geom ON locations
WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN
  INSERT OR REPLACE INTO rtree_locations_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER IF NOT EXISTS rtree_locations_geom_update2 AFTER UPDATE OF geom ON locations
WHEN OLD.fid = NEW.fid AND (NEW.geom IS NULL OR ST_IsEmpty(NEW.geom)) BEGIN
  DELETE FROM rtree_locations_geom WHERE id = OLD.fid;
END;
CREATE TRIGGER IF NOT EXISTS rtree_locations_geom_update3 AFTER UPDATE ON locations
WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN
  DELETE FROM rtree_locations_geom WHERE id = OLD.fid;
  INSERT OR REPLACE INTO rtree_locations_geom VALUES (NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
END;
CREATE TRIGGER IF NOT EXISTS rtree_locations_geom_update4 AFTER UPDATE ON locations
WHEN OLD.fid != NEW.fid AND (NEW.geom IS NULL OR ST_IsEmpty(NEW.geom)) BEGIN
  DELETE FROM rtree_locations_geom WHERE id IN (OLD.fid, NEW.fid);
END;
CREATE TRIGGER IF NOT EXISTS rtree_locations_geom_delete AFTER DELETE ON locations
WHEN old.geom NOT NULL BEGIN
  DELETE FROM rtree_locations_geom WHERE id = OLD.fid;
END;
"""

_REQUIRED_TABLES = {"gpkg_contents", "geomap_meta", "locations", "claims", "claimants", "outlets", "factions"}


def _register_functions(con: sqlite3.Connection) -> None:
    last: list = [None, None]  # the R-tree triggers ask for 4 bounds of the same blob in a row

    def env(blob, i):
        if blob is not None and blob == last[0]:
            b = last[1]
        else:
            try:
                b = gpkg_bounds(blob)
            except InvalidInput:
                return None
            last[0], last[1] = blob, b
        return None if b is None else b[i]

    def is_empty(blob):
        if blob is None:
            return 1
        try:
            return 1 if (bytes(blob[3:4])[0] & 0x10) else 0
        except IndexError:
            return 1

    con.create_function("ST_IsEmpty", 1, is_empty, deterministic=True)
    con.create_function("ST_MinX", 1, lambda b: env(b, 0), deterministic=True)
    con.create_function("ST_MaxX", 1, lambda b: env(b, 1), deterministic=True)
    con.create_function("ST_MinY", 1, lambda b: env(b, 2), deterministic=True)
    con.create_function("ST_MaxY", 1, lambda b: env(b, 3), deterministic=True)


class GeoPackageStore(Store):
    """A geomap case kept in one GeoPackage file.

    Parameters
    ----------
    path : str or os.PathLike
        The ``.gpkg`` file.
    create : bool
        Create the file (and its tables) if it does not exist. Opening an
        existing file never rewrites it; it is checked to be a geomap store
        of a compatible schema version.

    Examples
    --------
    >>> import tempfile, os
    >>> from geomap.model import Location, point
    >>> path = os.path.join(tempfile.mkdtemp(), "case.gpkg")
    >>> with GeoPackageStore(path, create=True) as st:
    ...     loc = st.add_location(Location(name="Rastan", geometry=point(36.69, 34.93)))
    ...     st.find_location("rastan").id == loc.id
    True
    """

    def __init__(self, path, create: bool = False):
        self.path = os.fspath(path)
        self.display = self.path
        self._depth = 0
        exists = os.path.exists(self.path)
        if not exists and not create:
            raise NotFound(f"no geomap store at {self.path} (create one with `geomap init`)")
        if exists and os.path.isdir(self.path):
            raise NotAStore(f"{self.path} is a directory, not a geomap store")
        try:
            self.con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open {self.path}: {e}") from None
        self.con.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        _register_functions(self.con)
        try:
            if not exists or self._is_empty_file():
                self._create()
            self._check()
            self.con.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as e:
            self.con.close()
            raise NotAStore(f"{self.path} is not a geomap store or is corrupt ({e})") from None
        except StoreError:
            self.con.close()
            raise

    # -- setup -------------------------------------------------------------------
    def _is_empty_file(self) -> bool:
        return os.path.getsize(self.path) == 0

    def _create(self) -> None:
        con = self.con
        con.execute("BEGIN IMMEDIATE")
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "geomap_meta" in tables:  # another process created it meanwhile
                con.execute("COMMIT")
                return
            if tables:
                raise NotAStore(f"{self.path} is an SQLite file but not a geomap store")
            con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            con.execute(f"PRAGMA user_version = {USER_VERSION}")
            for stmt in _split(_SCHEMA) + _split(_RTREE_TRIGGERS):
                con.execute(stmt)
            con.executemany(
                "INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)",
                [
                    ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
                    ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
                    ("WGS 84 geodetic", 4326, "EPSG", 4326, _WGS84_WKT, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
                ],
            )
            now = _now()
            contents = [
                ("locations", "features", "locations", "Places named in claims (points and areas)", now, 4326),
                ("claims_located", "features", "claims_located", "Every claim with its location's geometry", now, 4326),
                ("claims", "attributes", "claims", "Claims: one assertion by one claimant, relayed by one outlet", now, None),
                ("outlets", "attributes", "outlets", "Outlets and source documents", now, None),
                ("claimants", "attributes", "claimants", "Who made each claim, and their side", now, None),
                ("factions", "attributes", "factions", "Armed actors holding ground or named as targets", now, None),
            ]
            con.executemany(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) VALUES (?,?,?,?,?,?)",
                contents,
            )
            con.executemany(
                "INSERT INTO gpkg_geometry_columns VALUES (?,?,?,?,?,?)",
                [("locations", "geom", "GEOMETRY", 4326, 0, 0), ("claims_located", "geom", "GEOMETRY", 4326, 0, 0)],
            )
            con.execute(
                "INSERT INTO gpkg_extensions VALUES ('locations','geom','gpkg_rtree_index',"
                "'http://www.geopackage.org/spec120/#extension_rtree','write-only')"
            )
            con.executemany(
                "INSERT INTO geomap_meta VALUES (?,?)",
                [("application", "geomap"), ("schema_version", str(SCHEMA_VERSION)), ("created", now)],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def _check(self) -> None:
        tables = {r[0] for r in self.con.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")}
        missing = _REQUIRED_TABLES - tables
        if missing:
            if "gpkg_contents" in tables:
                raise NotAStore(f"{self.path} is a GeoPackage but not a geomap store (no {', '.join(sorted(missing))})")
            raise NotAStore(f"{self.path} is not a geomap store")
        row = self.con.execute("SELECT value FROM geomap_meta WHERE key='schema_version'").fetchone()
        if row is None:
            raise NotAStore(f"{self.path} has no geomap schema version")
        try:
            version = int(row[0])
        except (TypeError, ValueError):
            raise NotAStore(f"{self.path} has a corrupt schema version {row[0]!r}") from None
        if version != SCHEMA_VERSION:
            raise SchemaMismatch(
                f"{self.path} has schema version {version}; this geomap reads version {SCHEMA_VERSION}"
                + (" (upgrade geomap)" if version > SCHEMA_VERSION else "")
            )

    def close(self) -> None:
        try:
            self.con.close()
        except sqlite3.Error:
            pass

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        try:
            self.con.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise StoreError(f"{self.path}: cannot start a write ({e})") from None
        self._depth = 1
        self._dirty = False
        try:
            yield
            if self._dirty:
                self.con.execute("UPDATE gpkg_contents SET last_change = ? WHERE table_name IN ('locations','claims','claims_located')", (_now(),))
            self.con.execute("COMMIT")
        except BaseException as e:
            if isinstance(e, KeyboardInterrupt) and not self.con.in_transaction:
                note_interrupt_after_commit()  # Ctrl-C landed just after COMMIT: the change is saved
                raise
            try:
                self.con.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            raise
        finally:
            self._depth = 0

    # -- meta --------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM geomap_meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.con.execute("INSERT OR REPLACE INTO geomap_meta VALUES (?,?)", (key, value))

    # -- locations -----------------------------------------------------------------
    def add_location(self, loc: Location) -> Location:
        return self.add_locations([loc])[0]

    def add_locations(self, locs: Iterable[Location]) -> list[Location]:
        out = []
        now = _now()
        with self.transaction():
            self._dirty = True
            cur = self.con.cursor()
            for loc in locs:
                cur.execute(
                    "INSERT INTO locations (geom, name, kind, country, admin1, precision, geo_precision, origin, origin_id, note, source, lon, lat, aliases, created)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        to_gpkg(loc.geometry), loc.name, loc.kind, loc.country, loc.admin1, loc.precision,
                        loc.geo_precision, loc.origin, loc.origin_id, loc.note, loc.source, loc.lon, loc.lat,
                        json.dumps(list(loc.aliases), ensure_ascii=False), now,
                    ),
                )
                fid = cur.lastrowid
                cur.executemany(
                    "INSERT INTO location_names VALUES (?,?,?)", [(fid, n, _key(n)) for n in loc.names]
                )
                out.append(_with_id(loc, fid))
            if out:
                self._extend_extent(out)
        return out

    def _extend_extent(self, locs: list[Location]) -> None:
        bxs = [bounds(l.geometry) for l in locs]
        minx = min(b[0] for b in bxs); miny = min(b[1] for b in bxs)
        maxx = max(b[2] for b in bxs); maxy = max(b[3] for b in bxs)
        self.con.execute(
            "UPDATE gpkg_contents SET min_x = min(coalesce(min_x, ?), ?), min_y = min(coalesce(min_y, ?), ?),"
            " max_x = max(coalesce(max_x, ?), ?), max_y = max(coalesce(max_y, ?), ?)"
            " WHERE table_name IN ('locations', 'claims_located')",
            (minx, minx, miny, miny, maxx, maxx, maxy, maxy),
        )

    @staticmethod
    def _row_to_location(r) -> Location:
        return Location(
            id=r[0], geometry=from_gpkg(r[1]), name=r[2], kind=r[3], country=r[4], admin1=r[5],
            precision=r[6], origin=r[7], origin_id=r[8], note=r[9], lnglat=LngLat(r[10], r[11]),
            aliases=tuple(json.loads(r[12] or "[]")), source=r[13],
        )

    def get_location(self, id: int) -> Location:
        r = None if _rowid(id) is None else self.con.execute(
            f"SELECT {_LOC_COLS} FROM locations WHERE fid=?", (int(id),)).fetchone()
        if r is None:
            raise NotFound(f"no location with id {id}")
        return self._row_to_location(r)

    def list_locations(self, bbox=None) -> list[Location]:
        if bbox is None:
            rows = self.con.execute(f"SELECT {_LOC_COLS} FROM locations ORDER BY fid")
        else:
            minx, miny, maxx, maxy = bbox
            rows = self.con.execute(
                f"SELECT {_LOC_COLS} FROM locations WHERE fid IN (SELECT id FROM rtree_locations_geom"
                " WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?) ORDER BY fid",
                (maxx, minx, maxy, miny),
            )
        return [self._row_to_location(r) for r in rows]

    def locations_named(self, name: str) -> list[Location]:
        ids = [r[0] for r in self.con.execute(
            "SELECT DISTINCT location_id FROM location_names WHERE key=? ORDER BY location_id", (_key(name),))]
        return [self.get_location(i) for i in ids]

    def locations_from(self, origin: str, origin_ids) -> list[Location]:
        ids = list(dict.fromkeys(origin_ids))
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.con.execute(
            f"SELECT {_LOC_COLS} FROM locations WHERE origin=? AND origin_id IN ({marks}) ORDER BY fid", (origin, *ids))
        return [self._row_to_location(r) for r in rows]

    def all_names(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT DISTINCT name FROM location_names")]

    def update_location(self, loc: Location) -> Location:
        with self.transaction():
            self.get_location(loc.id)
            self._dirty = True
            self.con.execute(
                "UPDATE locations SET geom=?, name=?, kind=?, country=?, admin1=?, precision=?, geo_precision=?,"
                " origin=?, origin_id=?, note=?, source=?, lon=?, lat=?, aliases=? WHERE fid=?",
                (to_gpkg(loc.geometry), loc.name, loc.kind, loc.country, loc.admin1, loc.precision, loc.geo_precision,
                 loc.origin, loc.origin_id, loc.note, loc.source, loc.lon, loc.lat,
                 json.dumps(list(loc.aliases), ensure_ascii=False), int(loc.id)),
            )
            self.con.execute("DELETE FROM location_names WHERE location_id=?", (int(loc.id),))
            self.con.executemany("INSERT INTO location_names VALUES (?,?,?)", [(int(loc.id), n, _key(n)) for n in loc.names])
            self._extend_extent([loc])
        return self.get_location(loc.id)

    def remove_location(self, id: int, cascade: bool = False) -> int:
        with self.transaction():
            loc = self.get_location(id)
            n = self.count_claims(loc.id)
            if n and not cascade:
                raise InUse(f"location #{loc.id} {loc.name!r} has {n} claim(s); remove them first or use --cascade")
            self._dirty = True
            self.con.execute("DELETE FROM claims WHERE location_id=?", (loc.id,))
            self.con.execute("DELETE FROM location_names WHERE location_id=?", (loc.id,))
            self.con.execute("DELETE FROM locations WHERE fid=?", (loc.id,))
        return n

    # -- reference records -------------------------------------------------------------
    def add_outlet(self, outlet: Outlet) -> Outlet:
        with self.transaction():
            row = self.con.execute("SELECT id, url, published FROM outlets WHERE name=?", (outlet.name,)).fetchone()
            if row is None:
                cur = self.con.execute(
                    "INSERT INTO outlets (name, url, published) VALUES (?,?,?)", (outlet.name, outlet.url, outlet.published))
                return Outlet(outlet.name, outlet.url, outlet.published, id=cur.lastrowid)
            url = outlet.url or row[1]
            pub = outlet.published or row[2]
            if (url, pub) != (row[1], row[2]):
                self.con.execute("UPDATE outlets SET url=?, published=? WHERE id=?", (url, pub, row[0]))
            return Outlet(outlet.name, url, pub, id=row[0])

    def list_outlets(self) -> list[Outlet]:
        return [Outlet(r[1], r[2], r[3], id=r[0]) for r in self.con.execute("SELECT id, name, url, published FROM outlets ORDER BY id")]

    def add_claimant(self, claimant: Claimant, *, explicit_side: bool = True) -> Claimant:
        with self.transaction():
            row = self.con.execute("SELECT id, side FROM claimants WHERE name=?", (claimant.name,)).fetchone()
            if row is None:
                cur = self.con.execute("INSERT INTO claimants (name, side) VALUES (?,?)", (claimant.name, claimant.side))
                return Claimant(claimant.name, claimant.side, id=cur.lastrowid)
            if explicit_side and row[1] != claimant.side:
                raise InvalidInput(
                    f"claimant {claimant.name!r} is recorded with side {row[1]!r}, not {claimant.side!r}")
            return Claimant(claimant.name, row[1], id=row[0])

    def claimant_side(self, name: str) -> str | None:
        row = self.con.execute("SELECT side FROM claimants WHERE name=?", (name,)).fetchone()
        return row[0] if row else None

    def list_claimants(self) -> list[Claimant]:
        return [Claimant(r[1], r[2], id=r[0]) for r in self.con.execute("SELECT id, name, side FROM claimants ORDER BY id")]

    def add_faction(self, faction: Faction) -> Faction:
        with self.transaction():
            row = self.con.execute("SELECT id, side FROM factions WHERE name=?", (faction.name,)).fetchone()
            if row is None:
                cur = self.con.execute("INSERT INTO factions (name, side) VALUES (?,?)", (faction.name, faction.side))
                return Faction(faction.name, faction.side, id=cur.lastrowid)
            if faction.side and faction.side != row[1]:
                self.con.execute("UPDATE factions SET side=? WHERE id=?", (faction.side, row[0]))
            return Faction(faction.name, faction.side or row[1], id=row[0])

    def list_factions(self) -> list[Faction]:
        return [Faction(r[1], r[2], id=r[0]) for r in self.con.execute("SELECT id, name, side FROM factions ORDER BY id")]

    # -- claims ------------------------------------------------------------------------------
    def add_claim(self, claim: Claim) -> Claim:
        return self.add_claims_full([claim])[0]

    def add_claims(self, claims: Iterable[Claim]) -> list[int]:
        return self.add_claims_full(claims, ids_only=True)

    def add_claims_full(self, claims: Iterable[Claim], *, ids_only: bool = False) -> list:
        out = []
        now = _now()
        ref_ids = ReferenceIds(self)
        known_locs: set[int] = set()
        with self.transaction():
            self._dirty = True
            cur = self.con.cursor()
            rows = []
            for c in claims:
                cid, oid, fid = ref_ids(c)
                if c.location_id is not None and c.location_id not in known_locs:
                    if self.con.execute("SELECT 1 FROM locations WHERE fid=?", (c.location_id,)).fetchone() is None:
                        raise NotFound(f"no location with id {c.location_id}")
                    known_locs.add(c.location_id)
                cur.execute(
                    "INSERT INTO claims (kind, claimant_id, location_id, date, date_precision, outlet_id, url, target,"
                    " faction_id, casualties_min, casualties_max, children_min, children_max, women_min, women_max,"
                    " munitions, grade, notes, quote, created) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        c.kind, cid, c.location_id, c.date, c.date_precision, oid, c.url, c.target, fid,
                        c.casualties_min, c.casualties_max, c.children_min, c.children_max, c.women_min, c.women_max,
                        c.munitions, c.grade, c.notes, c.quote, now,
                    ),
                )
                rows.append(cur.lastrowid if ids_only else c.with_id(cur.lastrowid))
            out = rows
        return out

    def _claims_from_rows(self, rows) -> list[Claim]:
        loc_cache: dict[int, Location] = {}
        out = []
        for r in rows:
            loc = None
            if r[4] is not None:
                loc = loc_cache.get(r[4])
                if loc is None:
                    loc = loc_cache[r[4]] = self.get_location(r[4])
            out.append(Claim(
                id=r[0], kind=r[1], claimant=r[2], side=r[3], location_id=r[4], date=r[5], date_precision=r[6],
                outlet=r[7], outlet_url=r[8], url=r[9], target=r[10], faction=r[11],
                casualties_min=r[12], casualties_max=r[13], children_min=r[14], children_max=r[15],
                women_min=r[16], women_max=r[17], munitions=r[18], grade=r[19], notes=r[20], quote=r[21],
                location=loc,
            ))
        return out

    def claim_records(self) -> Iterator[dict]:
        """Every claim as a flat dict (see :meth:`Store.claim_records`), straight from SQL."""
        loc_cache: dict[int, Location] = {}
        keys = ("id", "kind", "claimant", "side", "location_id", "date", "date_precision", "outlet", "outlet_url",
                "url", "target", "faction", "casualties_min", "casualties_max", "children_min", "children_max",
                "women_min", "women_max", "munitions", "grade", "notes", "quote")
        rows = self.con.execute(_CLAIM_SELECT + " ORDER BY c.fid").fetchall()
        for r in rows:
            d = dict(zip(keys, r))
            lid = r[4]
            loc = None
            if lid is not None:
                loc = loc_cache.get(lid)
                if loc is None:
                    loc = loc_cache[lid] = self.get_location(lid)
            d.update(location_fields(loc))
            d["_location"] = loc
            yield d

    def get_claim(self, id: int) -> Claim:
        try:
            id = int(id)
        except (TypeError, ValueError):
            raise InvalidInput(f"claim id must be a number, not {id!r}") from None
        rows = [] if _rowid(id) is None else self.con.execute(_CLAIM_SELECT + " WHERE c.fid=?", (id,)).fetchall()
        if not rows:
            raise NotFound(f"no claim with id {id}")
        return self._claims_from_rows(rows)[0]

    def list_claims(self, *, kind=None, side=None, location_id=None, bbox=None, date_from=None, date_to=None) -> list[Claim]:
        where, args = [], []
        if kind:
            where.append("c.kind = ?"); args.append(kind)
        if side:
            where.append("cl.side = ?"); args.append(side)
        if location_id is not None:
            if _rowid(location_id) is None:
                return []
            where.append("c.location_id = ?"); args.append(int(location_id))
        if bbox is not None:
            minx, miny, maxx, maxy = bbox
            where.append("c.location_id IN (SELECT id FROM rtree_locations_geom WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)")
            args += [maxx, minx, maxy, miny]
        if date_from:
            where.append("c.date >= ?"); args.append(date_from)
        if date_to:
            # c.date <= date_to + "~" is implied by the prefix test (ISO dates sort below "~");
            # it lets the index on date bound the scan from above.
            where.append("c.date <= ? AND substr(c.date, 1, ?) <= ?"); args += [date_to + "~", len(date_to), date_to]
        sql = _CLAIM_SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY c.fid"
        return self._claims_from_rows(self.con.execute(sql, args))

    def remove_claim(self, id: int) -> None:
        with self.transaction():
            self.get_claim(id)
            self._dirty = True
            self.con.execute("DELETE FROM claims WHERE fid=?", (int(id),))

    def update_claim(self, claim: Claim) -> Claim:
        with self.transaction():
            self.get_claim(claim.id)
            if claim.location_id is not None:
                self.get_location(claim.location_id)
            self._dirty = True
            sets = ", ".join(f"{c}=?" for c in CLAIM_UPDATE_COLUMNS)
            self.con.execute(f"UPDATE claims SET {sets} WHERE fid=?",
                             (*claim_update_values(claim, ReferenceIds(self)(claim)), int(claim.id)))
        return self.get_claim(claim.id)

    def count_claims(self, location_id: int | None = None) -> int:
        if location_id is None:
            return self.con.execute("SELECT count(*) FROM claims").fetchone()[0]
        if _rowid(location_id) is None:
            return 0
        return self.con.execute("SELECT count(*) FROM claims WHERE location_id=?", (int(location_id),)).fetchone()[0]

    # -- geocoder cache ------------------------------------------------------------------------
    def cache_get(self, key: str) -> dict | None:
        row = self.con.execute("SELECT payload, provenance, fetched FROM geocode_cache WHERE key=?", (key,)).fetchone()
        if row is None:
            return None
        d = json.loads(row[0])
        return {"payload": d, "provenance": row[1], "fetched": row[2]}

    def cache_put(self, key: str, payload: dict, provenance: str) -> None:
        with self.transaction():
            self.con.execute(
                "INSERT OR REPLACE INTO geocode_cache VALUES (?,?,?,?)",
                (key, json.dumps(payload, ensure_ascii=False), provenance, _now()),
            )

    def integrity_check(self) -> str:
        return self.con.execute("PRAGMA integrity_check").fetchone()[0]


def _rowid(value) -> int | None:
    """``int(value)``, or None when no row can have that id (outside SQLite's 64-bit range)."""
    n = int(value)
    return n if -(2**63) <= n < 2**63 else None


def _split(script: str) -> list[str]:
    """Split a schema script into statements (triggers contain inner ';')."""
    out, buf = [], []
    depth = 0
    for line in script.strip().splitlines():
        if not line.strip():
            continue
        buf.append(line)
        up = line.strip().upper()
        if up.endswith("BEGIN"):
            depth += 1
        if depth and up == "END;":
            depth -= 1
            out.append("\n".join(buf)); buf = []
            continue
        if not depth and up.endswith(";"):
            out.append("\n".join(buf)); buf = []
    if buf:
        out.append("\n".join(buf))
    return out
