"""The YAML case file: a whole case as human-editable, diff-friendly text.

Format version 1::

    geomap_case: 1
    title: ...
    description: ...
    outlets:   [{name, url, published}]
    claimants: [{name, side}]
    factions:  [{name, side}]
    locations:
      - key: talbiseh          # optional local reference; defaults to the name
        name: Talbiseh
        aliases: [Talbisah]
        kind: locality
        country: SY
        admin1: Homs
        precision: town
        lat: 34.84             # lat + lon, or a GeoJSON geometry:
        lon: 36.73
        geometry: {...}
        source: https://...
        note: ...
    claims:
      - kind: strike
        claimant: Syrian opposition activists
        side: syrian_opposition   # optional when listed under claimants
        location: talbiseh        # a location key or name; omit for a claim without a place
        date: 2015-09-30          # YYYY, YYYY-MM or YYYY-MM-DD
        date_precision: month     # optional: only when coarser than the date as written
        outlet: Wall Street Journal
        url: ...
        target / faction / casualties_min / casualties_max / children_min / children_max /
        women_min / women_max / munitions / grade / notes / quote

Unknown keys are refused with their line number. Locations that match a
place already in the store (same name or alias, within 2 km or inside its
area) are reused.
"""

from __future__ import annotations

import datetime as _dt
import logging
from typing import Any

from ..exc import InvalidInput
from ..model import Claim, Claimant, Faction, LngLat, Location, Outlet, point
from ._common import Importer, atomic_output, name_key, read_text
from ._yaml import LineDict, load_yaml

__all__ = ["read_case", "write_case", "FORMAT_VERSION", "sniff_case"]

log = logging.getLogger(__name__)

FORMAT_VERSION = 1

#: Case files are read into memory whole; larger ones are refused.
MAX_CASE_BYTES = 256 * 1024**2

TOP_KEYS = ("geomap_case", "title", "description", "outlets", "claimants", "factions", "locations", "claims")
OUTLET_KEYS = ("name", "url", "published")
CLAIMANT_KEYS = ("name", "side")
FACTION_KEYS = ("name", "side")
LOCATION_KEYS = ("key", "name", "aliases", "kind", "country", "admin1", "precision", "lat", "lon", "geometry",
                 "source", "note")
CLAIM_KEYS = ("kind", "claimant", "side", "location", "date", "date_precision", "outlet", "url", "target", "faction",
              "casualties_min", "casualties_max", "children_min", "children_max", "women_min", "women_max",
              "munitions", "grade", "notes", "quote")


def sniff_case(text: str) -> bool:
    """True when ``text`` looks like a case file (has a top-level ``geomap_case`` key)."""
    for line in text.splitlines()[:200]:
        if line.startswith("geomap_case:"):
            return True
    return False


def _check_keys(d: Any, allowed: tuple, what: str, source: str, line: int | None) -> LineDict:
    if not isinstance(d, dict):
        raise InvalidInput(f"each entry of {what} must be a mapping (key: value), not {_tname(d)}",
                           source=source, line=line)
    for k in d:
        if k not in allowed:
            near = [a for a in allowed if isinstance(k, str) and (a.startswith(k[:4]) or k.startswith(a[:4]))]
            hint = f" (did you mean {near[0]!r}?)" if near else ""
            raise InvalidInput(
                f"unknown key {k!r} in {what}{hint}; allowed: {', '.join(allowed)}",
                source=source, line=d.key_line(k) if isinstance(d, LineDict) else line)
    return d


def _tname(v: Any) -> str:
    return {list: "a list", dict: "a mapping", LineDict: "a mapping", str: "text", int: "a number",
            float: "a number", bool: "true/false", type(None): "nothing"}.get(type(v), type(v).__name__)


def _list(doc: LineDict, key: str, source: str) -> list:
    v = doc.get(key)
    if v is None:
        return []
    if not isinstance(v, list):
        raise InvalidInput(f"{key} must be a list, not {_tname(v)}", source=source, line=doc.key_line(key))
    return v


def _line(entry: Any, default: int | None) -> int | None:
    return entry.line if isinstance(entry, LineDict) else default


def _text_date(v: Any) -> Any:
    # YAML reads `date: 2015` as an integer and `2015-09-30` as a date.
    if isinstance(v, int) and not isinstance(v, bool):
        return str(v)
    return v


def read_case(path: str, imp: Importer) -> None:
    """Read a case file at ``path`` into the importer (inside its transaction)."""
    text = read_text(path, limit=MAX_CASE_BYTES)
    doc = load_yaml(text, path)
    if not isinstance(doc, dict) or "geomap_case" not in doc:
        raise InvalidInput("not a geomap case file (it has no top-level `geomap_case: 1`)", source=path, line=1)
    _check_keys(doc, TOP_KEYS, "the case file", path, 1)
    version = doc["geomap_case"]
    if version != FORMAT_VERSION:
        raise InvalidInput(f"case file format {version!r} is not supported; this geomap reads geomap_case: {FORMAT_VERSION}",
                           source=path, line=doc.key_line("geomap_case"))
    for key in ("title", "description"):
        v = doc.get(key)
        if v is not None and not isinstance(v, str):
            raise InvalidInput(f"{key} must be text, not {_tname(v)}", source=path, line=doc.key_line(key))
    store = imp.store
    for key, meta in (("title", "case_title"), ("description", "case_description")):
        v = doc.get(key)
        if isinstance(v, str) and v.strip() and not store.get_meta(meta):
            store.set_meta(meta, v.strip())

    # -- outlets, claimants, factions -----------------------------------------------
    outlet_urls: dict[str, str | None] = {}
    for e in _list(doc, "outlets", path):
        line = _line(e, doc.key_line("outlets"))
        try:
            _check_keys(e, OUTLET_KEYS, "outlets", path, line)
            o = Outlet(name=e.get("name"), url=e.get("url"), published=_text_date(e.get("published")))
        except InvalidInput as err:
            imp.refuse(err, path, line)
            continue
        imp.outlet(o)
        outlet_urls[o.name] = o.url
    listed_sides: dict[str, str] = {}
    for e in _list(doc, "claimants", path):
        line = _line(e, doc.key_line("claimants"))
        try:
            _check_keys(e, CLAIMANT_KEYS, "claimants", path, line)
            c = Claimant(name=e.get("name"), side=e.get("side"))
            imp.claimant(c)
        except InvalidInput as err:
            imp.refuse(err, path, line)
            continue
        listed_sides[c.name] = c.side
    for e in _list(doc, "factions", path):
        line = _line(e, doc.key_line("factions"))
        try:
            _check_keys(e, FACTION_KEYS, "factions", path, line)
            f = Faction(name=e.get("name"), side=e.get("side"))
            imp.faction(f)
        except InvalidInput as err:
            imp.refuse(err, path, line)
            continue

    # -- locations ------------------------------------------------------------------
    keys: dict[str, Any] = {}
    for e in _list(doc, "locations", path):
        line = _line(e, doc.key_line("locations"))
        try:
            _check_keys(e, LOCATION_KEYS, "locations", path, line)
            loc = _location(e, path)
            key = e.get("key", loc.name)
            if not isinstance(key, (str, int)) or isinstance(key, bool) or not str(key).strip():
                raise InvalidInput(f"key must be text, not {_tname(key)}")
            k = name_key(str(key))
            if k in keys:
                raise InvalidInput(f"location key {str(key)!r} is used twice; give each location its own `key:`")
        except InvalidInput as err:
            imp.refuse(err, path, e.key_line(err_key(err, e)) if isinstance(e, LineDict) else line)
            continue
        handle = imp.place(loc)
        keys[k] = handle
        imp.location_only(handle)

    # -- claims ---------------------------------------------------------------------
    for e in _list(doc, "claims", path):
        line = _line(e, doc.key_line("claims"))
        try:
            _check_keys(e, CLAIM_KEYS, "claims", path, line)
            where = None
            ref = e.get("location")
            if ref is not None and ref != "":
                if not isinstance(ref, (str, int)) or isinstance(ref, bool):
                    raise InvalidInput(f"location must be a location key or name, not {_tname(ref)}")
                where = keys.get(name_key(str(ref)))
                if where is None:
                    where = imp.place_named(str(ref))
            claimant = e.get("claimant")
            side = e.get("side")
            if side is None and isinstance(claimant, str):
                side = listed_sides.get(claimant.strip()) or imp.claimant_side(claimant)
                if side is None:
                    raise InvalidInput(
                        f"claimant {claimant.strip()!r} has no side: add `side:` to the claim or list it under claimants")
            outlet = e.get("outlet")
            claim = Claim(
                kind=e.get("kind"), claimant=claimant, side=side, date=_text_date(e.get("date")),
                date_precision=e.get("date_precision"),
                outlet=outlet, outlet_url=outlet_urls.get(outlet.strip()) if isinstance(outlet, str) else None,
                url=e.get("url"), target=e.get("target"), faction=e.get("faction"),
                casualties_min=e.get("casualties_min"), casualties_max=e.get("casualties_max"),
                children_min=e.get("children_min"), children_max=e.get("children_max"),
                women_min=e.get("women_min"), women_max=e.get("women_max"),
                munitions=e.get("munitions"), grade=e.get("grade"), notes=e.get("notes"), quote=e.get("quote"),
            )
        except InvalidInput as err:
            imp.refuse(err, path, line)
            continue
        imp.claim(claim, where, source=path, line=line)


def err_key(err: InvalidInput, entry: dict) -> Any:
    """The entry key an error is most likely about (for a precise line number)."""
    msg = err.reason.lower()
    for k in ("lat", "lon", "geometry", "country", "precision", "kind", "aliases", "name", "key"):
        if k in entry and (k in msg or (k == "lat" and "latitude" in msg) or (k == "lon" and "longitude" in msg)):
            return k
    return None


def _location(e: dict, path: str) -> Location:
    has_ll = "lat" in e or "lon" in e
    geom = e.get("geometry")
    if geom is not None and has_ll:
        raise InvalidInput("give either lat + lon or a geometry, not both")
    if geom is not None:
        if not isinstance(geom, dict):
            raise InvalidInput(f"geometry must be a GeoJSON geometry mapping, not {_tname(geom)}")
        extra = set(geom) - {"type", "coordinates", "bbox"}
        if extra:
            raise InvalidInput(f"unknown key {sorted(extra)[0]!r} in geometry")
        geometry = dict(geom)
        geometry.pop("bbox", None)
    elif has_ll:
        if e.get("lat") is None or e.get("lon") is None:
            raise InvalidInput("a location needs both lat and lon (or a geometry)")
        ll = LngLat.from_latlon(e["lat"], e["lon"])
        geometry = point(ll.lng, ll.lat)
    else:
        raise InvalidInput("a location needs lat + lon or a geometry")
    aliases = e.get("aliases") or ()
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, (list, tuple)):
        raise InvalidInput(f"aliases must be a list of names, not {_tname(aliases)}")
    return Location(
        name=e.get("name"), geometry=geometry, kind=e.get("kind") or "locality", aliases=tuple(aliases),
        country=e.get("country"), admin1=e.get("admin1"), precision=e.get("precision"),
        origin="import", note=e.get("note"), source=e.get("source"),
    )


# -- writing ---------------------------------------------------------------------------

def _date_value(s: str | None):
    """``YYYY-MM-DD`` as a date so YAML writes it unquoted, the way people type it."""
    if s and len(s) == 10:
        try:
            return _dt.date.fromisoformat(s)
        except ValueError:
            return s
    return s


def _compact(d: dict) -> dict:
    return {k: v for k, v in d.items() if v is not None and not (isinstance(v, list) and not v) and v != ""}


def case_document(store) -> dict:
    """The case in ``store`` as a plain structure in case-file order."""
    locations = store.list_locations()
    claims = list(store.claim_records())
    # A location's key is its name unless another place shares that name or alias.
    counts: dict[str, int] = {}
    for loc in locations:
        for n in loc.names:
            counts[name_key(n)] = counts.get(name_key(n), 0) + 1
    key_of: dict[int, str] = {}
    taken: set[str] = set()
    for loc in locations:
        if counts[name_key(loc.name)] == 1:
            key_of[loc.id] = loc.name
        else:
            i = 1
            k = f"{loc.name} #{i}"
            while name_key(k) in counts or name_key(k) in taken:
                i += 1
                k = f"{loc.name} #{i}"
            key_of[loc.id] = k
        taken.add(name_key(key_of[loc.id]))

    loc_entries = []
    for loc in locations:
        e: dict[str, Any] = {}
        if key_of[loc.id] != loc.name:
            e["key"] = key_of[loc.id]
        e["name"] = loc.name
        e["aliases"] = _Flow(loc.aliases)
        e["kind"] = loc.kind
        e["country"] = loc.country
        e["admin1"] = loc.admin1
        e["precision"] = loc.precision
        if loc.is_area:
            g = loc.geometry
            e["geometry"] = {"type": g["type"], "coordinates": _Flow(_lists(g["coordinates"]))}
        else:
            e["lat"] = loc.lat
            e["lon"] = loc.lon
        e["source"] = loc.source
        e["note"] = loc.note
        loc_entries.append(_compact(e))

    claim_entries = []
    for r in claims:
        e = {
            "kind": r["kind"],
            "claimant": r["claimant"],
            "side": r["side"],
            "location": key_of.get(r["location_id"]) if r["location_id"] is not None else None,
            "date": _date_value(r["date"]),
        }
        if r["date"] and r["date_precision"] and r["date_precision"] != _natural_precision(r["date"]):
            e["date_precision"] = r["date_precision"]
        for k in ("outlet", "url", "target", "faction", "casualties_min", "casualties_max", "children_min",
                  "children_max", "women_min", "women_max", "munitions", "grade", "notes", "quote"):
            e[k] = r[k]
        claim_entries.append(_compact(e))

    doc: dict[str, Any] = {"geomap_case": FORMAT_VERSION}
    title = store.get_meta("case_title")
    desc = store.get_meta("case_description")
    if title:
        doc["title"] = title
    if desc:
        doc["description"] = desc
    doc["outlets"] = [_compact({"name": o.name, "url": o.url, "published": _date_value(o.published)})
                      for o in store.list_outlets()]
    doc["claimants"] = [{"name": c.name, "side": c.side} for c in store.list_claimants()]
    doc["factions"] = [_compact({"name": f.name, "side": f.side}) for f in store.list_factions()]
    doc["locations"] = loc_entries
    doc["claims"] = claim_entries
    return doc


def _natural_precision(date: str) -> str:
    return {4: "year", 7: "month"}.get(len(date), "day")


def _lists(c):
    if isinstance(c, (list, tuple)):
        if c and isinstance(c[0], (int, float)):
            return [float(x) for x in c]
        return [_lists(x) for x in c]
    return c


import yaml as _yaml  # noqa: E402  (pyyaml is light; the loader module imports it too)


class _Dumper(getattr(_yaml, "CSafeDumper", _yaml.SafeDumper)):  # type: ignore[misc]
    pass


class _Flow(list):
    """A list written in flow style (``[a, b]``): aliases and coordinates."""


def _flow_representer(dumper, data):
    return dumper.represent_sequence("tag:yaml.org,2002:seq", list(data), flow_style=True)


_Dumper.add_representer(_Flow, _flow_representer)


def _str_representer(dumper, data: str):
    style = "|" if "\n" in data and all(ord(ch) >= 32 or ch == "\n" for ch in data) and not data.endswith(" ") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_representer)


def dump_case(store) -> str:
    """The case file text for ``store``."""
    yaml = _yaml
    doc = case_document(store)
    head = "# geomap case file (format 1): edit, review and version it as text; load with `geomap import`.\n"
    parts = [head]
    top = {k: doc[k] for k in ("geomap_case", "title", "description") if k in doc}
    parts.append(yaml.dump(top, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100))
    for section in ("outlets", "claimants", "factions", "locations", "claims"):
        parts.append("\n")
        if not doc[section]:
            parts.append(f"{section}: []\n")
            continue
        parts.append(yaml.dump({section: doc[section]}, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                               width=100, default_flow_style=None if section in ("outlets", "claimants", "factions") else False))
    return "".join(parts)


def write_case(store, dest) -> None:
    """Write the case file for ``store`` to ``dest`` (a path, or stdout for None/'-')."""
    text = dump_case(store)
    with atomic_output(dest) as f:
        f.write(text)
