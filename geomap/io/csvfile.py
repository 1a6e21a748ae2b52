"""Flat CSV: one row per claim, lat/lon columns.

Required columns: ``date, location, lat, lon, claimant, kind``. Optional:
``side, reported_by, url, target, faction, casualties_min, casualties_max,
grade, notes, quote, country, admin1`` and the further columns geomap writes
itself (children/women counts, munitions, location details, an area's GeoJSON
``geometry``) so an export re-imports losslessly. Column names are
case-insensitive; unknown columns are refused (a typo must not drop data).

A row with ``lat``/``lon`` creates its location or reuses a place of that name
within 2 km; a row with only a ``location`` name uses the existing place of that
name; a row with neither is a claim without a place.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from typing import Any, Iterable, Iterator

from ..exc import InvalidInput
from ..model import Claim, Faction, LngLat, Location, Outlet, point
from ._common import Importer, atomic_output, read_text

__all__ = ["read_csv", "write_csv", "write_locations_csv", "COLUMNS", "REQUIRED", "csv_rows", "csv_table", "as_record", "normalise_header",
           "claim_row_values", "location_extras"]

log = logging.getLogger(__name__)

REQUIRED = ("date", "location", "lat", "lon", "claimant", "kind")
OPTIONAL = ("side", "reported_by", "url", "target", "faction", "casualties_min", "casualties_max", "grade", "notes",
            "quote", "country", "admin1")
EXTRA = ("children_min", "children_max", "women_min", "women_max", "munitions", "date_precision", "outlet_url",
         "outlet_published", "faction_side", "location_kind", "location_aliases", "precision", "geo_precision",
         "location_source", "location_note", "geometry", "id")
#: Every column, in the order exports write them.
COLUMNS = REQUIRED + OPTIONAL + EXTRA
#: Columns written for information only and ignored on import.
IGNORED = ("geo_precision", "id")

LOCATION_COLUMNS = ("id", "name", "lat", "lon", "kind", "aliases", "country", "admin1", "precision", "geo_precision",
                    "origin", "origin_id", "source", "note", "claims", "geometry")

csv.field_size_limit(16 * 1024 * 1024)


def normalise_header(h: str) -> str:
    return "_".join(h.strip().lower().replace("-", " ").split())


#: A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection").
_FORMULA = re.compile(r"^'*[=+\-@\t\r]")


def sheet_safe(text: str) -> str:
    """Text as a CSV cell a spreadsheet will not run: a leading ``'`` before a formula start.

    The marker is added also before text that already starts with quotes and a formula
    start, so :func:`sheet_text` gives back exactly the original.

    >>> sheet_safe("=1+1")
    "'=1+1"
    >>> sheet_text(sheet_safe("'=1")) == "'=1"
    True
    """
    return "'" + text if _FORMULA.match(text) else text


def sheet_text(cell: str) -> str:
    """Undo :func:`sheet_safe` (cells without the marker are returned as they are)."""
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell[1:]) else cell


def csv_rows(text: str, source: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, fields) of each non-blank record; CSV syntax errors are refused with the line.

    Cells that :func:`sheet_safe` protected against spreadsheet formulas are restored."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            raise InvalidInput(f"malformed CSV: {e}", source=source, line=reader.line_num) from None
        if row and any(f.strip() for f in row):
            yield start, [sheet_text(f) for f in row]
        start = reader.line_num + 1


def csv_table(path: str, required: Iterable[str], what: str) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """Open a CSV export (ACLED, UCDP GED): its normalised column names and its data rows.

    Refuses an empty file, and a header without the ``required`` columns, naming ``what``
    the file should be.
    """
    rows = csv_rows(read_text(path), path)
    try:
        _, first = next(rows)
    except StopIteration:
        raise InvalidInput("the file is empty", source=path) from None
    names = [normalise_header(h) for h in first]
    missing = [c for c in required if c not in names]
    if missing:
        raise InvalidInput(f"missing {what} column(s): {', '.join(missing)}", source=path, line=1)
    return names, rows


def as_record(names: list[str], fields: list[str]) -> dict[str, str]:
    """One data row as {column: cell}; a row of the wrong width is refused."""
    if len(fields) != len(names):
        raise InvalidInput(f"row has {len(fields)} field(s); the header has {len(names)}")
    return dict(zip(names, fields))


def _header(fields: list[str], source: str, allowed: Iterable[str], required: Iterable[str]) -> list[str]:
    names = [normalise_header(h) for h in fields]
    seen = set()
    allowed = tuple(allowed)
    for n in names:
        if n == "":
            raise InvalidInput("a column has no name", source=source, line=1)
        if n in seen:
            raise InvalidInput(f"column {n!r} appears twice", source=source, line=1)
        seen.add(n)
        if n not in allowed:
            raise InvalidInput(f"unknown column {n!r}; known columns: {', '.join(allowed)}", source=source, line=1)
    missing = [r for r in required if r not in seen]
    if missing:
        raise InvalidInput(f"missing column(s): {', '.join(missing)}", source=source, line=1)
    return names


def _blank(v: str | None) -> bool:
    return not v or v.isspace()


def _opt(v: str | None) -> str | None:
    return v if v and not v.isspace() else None


def read_csv(path: str, imp: Importer, *, text: str | None = None) -> None:
    """Import a flat claims CSV into the importer (inside its transaction)."""
    if text is None:
        text = read_text(path)
    rows = csv_rows(text, path)
    try:
        _, first = next(rows)
    except StopIteration:
        raise InvalidInput("the file is empty", source=path) from None
    if {"name", "lat", "lon"} <= {normalise_header(h) for h in first} and "claimant" not in {
            normalise_header(h) for h in first}:
        _read_locations(path, imp, first, rows)
        return
    names = _header(first, path, COLUMNS, REQUIRED)
    width = len(names)
    loc_cache: dict[tuple, Any] = {}
    outlets_seen: set[tuple] = set()
    factions_seen: set[tuple] = set()
    n = 0
    for line, fields in rows:
        n += 1
        try:
            if len(fields) != width:
                raise InvalidInput(f"row has {len(fields)} field(s); the header has {width}")
            r = dict(zip(names, fields))
            where_key, loc = _row_location(r, loc_cache)
            side = _opt(r.get("side"))
            claimant = r["claimant"]
            if side is None:
                side = imp.claimant_side(claimant) or "other"
            outlet = _opt(r.get("reported_by"))
            claim = Claim(
                kind=r["kind"].strip(), claimant=claimant, side=side, date=_opt(r["date"]),
                date_precision=_opt(r.get("date_precision")), outlet=outlet, outlet_url=_opt(r.get("outlet_url")),
                url=_opt(r.get("url")), target=_opt(r.get("target")), faction=_opt(r.get("faction")),
                casualties_min=_opt(r.get("casualties_min")), casualties_max=_opt(r.get("casualties_max")),
                children_min=_opt(r.get("children_min")), children_max=_opt(r.get("children_max")),
                women_min=_opt(r.get("women_min")), women_max=_opt(r.get("women_max")),
                munitions=_opt(r.get("munitions")), grade=_opt(r.get("grade")), notes=_opt(r.get("notes")),
                quote=_opt(r.get("quote")),
            )
            extra_outlet = extra_faction = None
            pub = _opt(r.get("outlet_published"))
            if outlet and pub:
                ok = (claim.outlet, claim.outlet_url, pub)
                if ok not in outlets_seen:
                    extra_outlet = Outlet(claim.outlet, claim.outlet_url, pub)
            fside = _opt(r.get("faction_side"))
            if claim.faction and fside:
                fk = (claim.faction, fside)
                if fk not in factions_seen:
                    extra_faction = Faction(claim.faction, fside)
            if loc is not None:
                where = loc_cache.get(where_key)
                if where is None:
                    where = loc_cache[where_key] = imp.place(loc)
            elif where_key is not None:
                where = loc_cache.get(where_key)
                if where is None:
                    where = loc_cache[where_key] = imp.place_named(where_key[1])
            else:
                where = None
        except InvalidInput as e:
            imp.refuse(e, path, line)
            continue
        if extra_outlet is not None:
            outlets_seen.add((extra_outlet.name, extra_outlet.url, pub))
            imp.outlet(extra_outlet)
        if extra_faction is not None:
            factions_seen.add((extra_faction.name, fside))
            imp.faction(extra_faction)
        imp.claim(claim, where, source=path, line=line)
    if n == 0:
        log.info("%s: header only, no claims", path)


def _read_locations(path: str, imp: Importer, first: list[str], rows) -> None:
    """A places CSV (``geomap export --format csv --what locations``): one place per row."""
    names = _header(first, path, LOCATION_COLUMNS, ("name", "lat", "lon"))
    for line, fields in rows:
        try:
            if len(fields) != len(names):
                raise InvalidInput(f"row has {len(fields)} field(s); the header has {len(names)}")
            r = dict(zip(names, fields))
            row = {"location": r["name"], "lat": r["lat"], "lon": r["lon"], "geometry": r.get("geometry"),
                   "country": r.get("country"), "admin1": r.get("admin1"), "location_kind": r.get("kind"),
                   "precision": r.get("precision"), "location_aliases": r.get("aliases"),
                   "location_source": r.get("source"), "location_note": r.get("note")}
            if _blank(row["lat"]) and _blank(row["lon"]) and _blank(row["geometry"]):
                raise InvalidInput("a place needs lat and lon (or a geometry)")
            _, loc = _row_location(row, {})
            where = imp.place(loc)
        except InvalidInput as e:
            imp.refuse(e, path, line)
            continue
        imp.location_only(where)


def _row_location(r: dict, cache: dict) -> tuple[tuple | None, Location | None]:
    """(cache key, Location to create or match) for a row; (key, None) for a name-only reference."""
    name = r["location"]
    lat, lon = r["lat"], r["lon"]
    geom_text = r.get("geometry")
    has_geom = not _blank(geom_text)
    if _blank(lat) and _blank(lon) and not has_geom:
        if _blank(name):
            return None, None
        return ("name", name.strip()), None
    if _blank(name):
        raise InvalidInput("lat/lon given but the location name is empty")
    if not has_geom and (_blank(lat) or _blank(lon)):
        raise InvalidInput("give both lat and lon (or neither, to use an existing location by name)")
    key = ("loc", name, lat, lon, geom_text, r.get("country"), r.get("admin1"), r.get("location_kind"),
           r.get("precision"), r.get("location_aliases"), r.get("location_source"), r.get("location_note"))
    if key in cache:
        return key, True  # type: ignore[return-value]  # resolved before; the handle is cached
    if has_geom:
        try:
            geometry = json.loads(geom_text)
        except ValueError as e:
            raise InvalidInput(f"geometry is not GeoJSON: {e}") from None
    else:
        ll = LngLat.from_latlon(lat, lon)
        geometry = point(ll.lng, ll.lat)
    aliases: Any = ()
    al = r.get("location_aliases")
    if not _blank(al):
        if al.lstrip().startswith("["):
            try:
                aliases = json.loads(al)
            except ValueError:
                raise InvalidInput("location_aliases is not a valid JSON list") from None
        else:
            aliases = al.split("|")
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise InvalidInput("location_aliases must be a JSON list of names or names separated by |")
    loc = Location(
        name=name, geometry=geometry, kind=_opt(r.get("location_kind")) or "locality", aliases=tuple(aliases),
        country=_opt(r.get("country")), admin1=_opt(r.get("admin1")), precision=_opt(r.get("precision")),
        origin="import", source=_opt(r.get("location_source")), note=_opt(r.get("location_note")),
    )
    return key, loc


# -- writing ------------------------------------------------------------------------------------

def _s(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, str):
        return sheet_safe(v)
    return str(v)


def location_extras(loc: Location | None) -> dict:
    """Location details a flat claim row carries besides name, lat/lon, country and admin1."""
    if loc is None:
        return {"location_kind": None, "location_aliases": None, "location_source": None, "location_note": None,
                "geometry": None}
    return {
        "location_kind": loc.kind,
        "location_aliases": json.dumps(list(loc.aliases), ensure_ascii=False) if loc.aliases else None,
        "location_source": loc.source,
        "location_note": loc.note,
        "geometry": json.dumps(loc.geometry, separators=(",", ":")) if loc.is_area else None,
    }


def claim_row_values(store) -> Iterator[dict]:
    """Claim records (see :meth:`Store.claim_records`) with outlet/faction/location extras, CSV column names."""
    published = {o.name: o.published for o in store.list_outlets()}
    fsides = {f.name: f.side for f in store.list_factions()}
    extras_cache: dict[int, dict] = {}
    for r in store.claim_records():
        loc = r["_location"]
        if loc is None:
            ex = location_extras(None)
        else:
            ex = extras_cache.get(loc.id)
            if ex is None:
                ex = extras_cache[loc.id] = location_extras(loc)
        d = dict(r)
        d["reported_by"] = r["outlet"]
        d["outlet_published"] = published.get(r["outlet"]) if r["outlet"] else None
        d["faction_side"] = fsides.get(r["faction"]) if r["faction"] else None
        d.update(ex)
        if loc is not None:
            d["lat"], d["lon"] = loc.lat, loc.lon
        yield d


def _keep(loc, geometry: str | None) -> bool:
    if geometry is None:
        return True
    if geometry == "none":
        return loc is None
    return loc is not None and loc.is_area == (geometry == "area")


def write_csv(store, dest, *, geometry: str | None = None) -> int:
    """Write every claim as a flat CSV row; returns the number of rows.

    ``geometry`` keeps only claims at points (``"point"``), areas (``"area"``) or
    without a place (``"none"``).
    """
    n = 0
    with atomic_output(dest) as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(COLUMNS)
        for d in claim_row_values(store):
            if not _keep(d["_location"], geometry):
                continue
            w.writerow([_s(d.get(c)) for c in COLUMNS])
            n += 1
    return n


def write_locations_csv(store, dest, *, geometry: str | None = None) -> int:
    """One row per location with its claim count."""
    counts: dict[int, int] = {}
    for r in store.claim_records():
        if r["location_id"] is not None:
            counts[r["location_id"]] = counts.get(r["location_id"], 0) + 1
    n = 0
    with atomic_output(dest) as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(LOCATION_COLUMNS)
        for loc in store.list_locations():
            if not _keep(loc, geometry):
                continue
            d = loc.properties()
            d["lat"], d["lon"] = loc.lat, loc.lon
            d["aliases"] = json.dumps(list(loc.aliases), ensure_ascii=False) if loc.aliases else None
            d["claims"] = counts.get(loc.id, 0)
            d["geometry"] = json.dumps(loc.geometry, separators=(",", ":")) if loc.is_area else None
            w.writerow([_s(d.get(c)) for c in LOCATION_COLUMNS])
            n += 1
    return n
