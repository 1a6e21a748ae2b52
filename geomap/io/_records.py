"""Features (GeoJSON, GDAL vector layers) to locations and claims.

A feature whose properties carry ``claimant`` and ``kind`` is a claim at the
feature's geometry (the place named by ``location``, or by the name field);
a feature with a ``claims`` array (geomap's ``--what locations`` export) is a
place with its claims; any other feature is a place.
"""

from __future__ import annotations

import json
import math
from typing import Any, Iterable

from ..exc import InvalidInput
from ..model import LOCATION_KINDS, PRECISIONS, Claim, Faction, LngLat, Location, Outlet
from ._common import Importer

__all__ = ["pick_name_field", "NAME_CANDIDATES", "CLAIM_PROPS"]

#: Field names taken as a feature's name, most specific first.
NAME_CANDIDATES = ("name", "location", "place", "placename", "place_name", "name_en", "title", "label", "toponym",
                   "locality", "town", "village", "city", "site")

#: Claim properties read from a feature (geomap's own export names).
CLAIM_PROPS = ("kind", "claimant", "side", "date", "date_precision", "outlet", "outlet_url", "url", "target",
               "faction", "casualties_min", "casualties_max", "children_min", "children_max", "women_min",
               "women_max", "munitions", "grade", "notes", "quote")


def _norm(f: str) -> str:
    return "_".join(str(f).strip().lower().replace("-", " ").split())


def pick_name_field(fields: Iterable[str], name_field: str | None = None, *, claims: bool = False) -> str | None:
    """The field holding the place name; ``name_field`` (case-insensitive) when given.

    Raises :class:`InvalidInput` when several name-like fields exist (ask for
    ``--name-field``) or, for plain places, when there is none.
    """
    fields = [f for f in fields if f is not None]
    if name_field:
        for f in fields:
            if f == name_field or _norm(f) == _norm(name_field):
                return f
        raise InvalidInput(f"no field named {name_field!r}; fields: {', '.join(map(str, fields)) or '(none)'}")
    by_norm = {}
    for f in fields:
        by_norm.setdefault(_norm(f), f)
    if claims and "location" in by_norm:
        return by_norm["location"]
    if "name" in by_norm:
        return by_norm["name"]
    hits = [by_norm[c] for c in NAME_CANDIDATES if c in by_norm]
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        raise InvalidInput(f"several fields could hold the place name ({', '.join(hits)}); choose one with --name-field")
    if claims:
        return None
    raise InvalidInput(
        f"no name field found (looked for {', '.join(NAME_CANDIDATES[:6])}, ...); choose one with --name-field"
        + (f" from: {', '.join(map(str, fields))}" if fields else ""))


def _clean(v: Any) -> Any:
    """Missing-value forms used by GDAL and spreadsheets become None."""
    if v is None:
        return None
    t = type(v)
    if t is str:
        return v if v and not v.isspace() else None
    if t is int:
        return v
    if isinstance(v, float):
        if math.isnan(v):
            return None
        if v.is_integer() and abs(v) < 2**53:
            return int(v)
    if isinstance(v, str) and not v.strip():
        return None
    if hasattr(v, "item") and not isinstance(v, (str, bytes)):  # numpy scalar
        return _clean(v.item())
    return v


def _choice_or_none(v: Any, allowed) -> str | None:
    if isinstance(v, str) and v.strip().lower() in allowed:
        return v.strip().lower()
    return None


def _aliases(v: Any) -> tuple:
    v = _clean(v)
    if v is None:
        return ()
    if isinstance(v, str):
        t = v.strip()
        if t.startswith("["):
            try:
                v = json.loads(t)
            except ValueError:
                v = [t]
        else:
            v = [a for a in t.split("|")]
    if not isinstance(v, (list, tuple)) or not all(isinstance(a, str) for a in v):
        raise InvalidInput("aliases must be a list of names")
    return tuple(v)


def location_from(props: dict, geometry: dict, name: Any, *, prefix: str, strict: bool, origin: str = "import",
                  origin_id: str | None = None) -> Location:
    """A Location from feature properties. ``prefix`` is ``"location_"`` for claim features.

    With ``strict`` (geomap's own files) bad kinds/countries are refused; otherwise
    (any GIS file) values that do not fit geomap's vocabulary are dropped.
    """
    kind = _clean(props.get(prefix + "kind" if prefix else "kind"))
    precision = _clean(props.get("precision"))
    country = _clean(props.get("country"))
    if not strict:
        kind = _choice_or_none(kind, LOCATION_KINDS)
        precision = _choice_or_none(precision, PRECISIONS)
        if not (isinstance(country, str) and len(country.strip()) == 2 and country.strip().isalpha()):
            country = None
    admin1 = _clean(props.get("admin1"))
    if admin1 is not None and not isinstance(admin1, str):
        admin1 = str(admin1)
    source = _clean(props.get(prefix + "source"))
    note = _clean(props.get(prefix + "note"))
    if note is None and not strict:  # KML placemarks and many GIS layers describe a place in "description"
        note = _clean(props.get("description", props.get("Description")))
    if not strict:
        source = source if isinstance(source, str) else None
        note = note if isinstance(note, str) else None
    try:
        aliases = _aliases(props.get(prefix + "aliases"))
    except InvalidInput:
        if strict:
            raise
        aliases = ()
    lnglat = None
    if strict and isinstance(geometry, dict) and geometry.get("type") in ("Polygon", "MultiPolygon"):
        # geomap's own files carry the area's representative point; keep it rather than recompute it
        # from coordinates rounded to 6 decimals (which can move it by 1e-6).
        lat, lon = _clean(props.get("lat")), _clean(props.get("lon"))
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon)):
            lnglat = LngLat.from_latlon(lat, lon)
    return Location(name=name, geometry=geometry, kind=kind or "locality", aliases=aliases, country=country,
                    admin1=admin1, precision=precision, origin=origin, origin_id=origin_id, note=note, source=source,
                    lnglat=lnglat)


def claim_from(props: dict, imp: Importer, keys: Iterable[str] = CLAIM_PROPS) -> Claim:
    """A validated claim from feature properties (``keys``: the claim properties the layer has)."""
    p = {k: _clean(props.get(k)) for k in keys}
    for k in ("kind", "claimant"):
        if p.get(k) is None:
            raise InvalidInput(f"claim has no {k}")
    if p.get("side") is None:
        p["side"] = imp.claimant_side(p["claimant"] if isinstance(p["claimant"], str) else None) or "other"
    if isinstance(p.get("date"), int):
        p["date"] = str(p["date"])
    return Claim(**p)


def _is_claim(props: dict) -> bool:
    return props.get("claimant") not in (None, "") and props.get("kind") not in (None, "")


class FeatureImporter:
    """Turns features of one file into importer calls."""

    def __init__(self, imp: Importer, source: str, name_field: str | None, fields: Iterable[str], *,
                 strict: bool = False):
        self.imp = imp
        self.source = source
        self.strict = strict
        fields = list(fields)
        self.claims = "claimant" in fields and "kind" in fields
        self._claim_keys = [k for k in CLAIM_PROPS if k in fields]
        self.name_field = pick_name_field(fields, name_field, claims=self.claims)
        self._outlets: set = set()
        self._places: dict = {}
        self._geom_key: Any = None
        self._factions: set = set()

    def feature(self, props: dict | None, geometry: dict | None, line: int | None, fid: Any = None,
                geom_key: Any = None) -> None:
        """Import one feature. ``geom_key`` identifies the geometry cheaply (e.g. its WKB) when known."""
        self._geom_key = geom_key
        imp = self.imp
        props = props or {}
        try:
            if not isinstance(props, dict):
                raise InvalidInput("properties must be an object")
            nested = props.get("claims")
            if _is_claim(props):
                claim = claim_from(props, imp, self._claim_keys)
                extra = self._extras(props, claim)
                where = self._place(props, geometry, prefix="location_", claim=True)
                todo = [(claim, extra)]
            else:
                if geometry is None:
                    raise InvalidInput("a feature without geometry carries neither a claim nor a place")
                loc = self._location(props, geometry, prefix="", fid=fid)
                todo = []
                if nested is not None:
                    if isinstance(nested, str):
                        try:
                            nested = json.loads(nested)
                        except ValueError:
                            raise InvalidInput("claims must be a JSON array of claims") from None
                    if not isinstance(nested, list) or not all(isinstance(c, dict) for c in nested):
                        raise InvalidInput("claims must be an array of claim objects")
                    for i, c in enumerate(nested):
                        try:
                            cl = claim_from(c, imp)
                        except InvalidInput as e:
                            raise InvalidInput(f"claim {i + 1} of this place: {e.reason}") from None
                        todo.append((cl, self._extras(c, cl)))
                where = imp.place(loc)
        except InvalidInput as e:
            imp.refuse(e, self.source, line)
            return
        if not todo:
            imp.location_only(where)
        for claim, extra in todo:
            for rec in extra:
                (imp.outlet if isinstance(rec, Outlet) else imp.faction)(rec)
            imp.claim(claim, where, source=self.source, line=line)

    def _extras(self, props: dict, claim: Claim) -> list:
        out = []
        pub = _clean(props.get("outlet_published"))
        if claim.outlet and pub is not None:
            k = (claim.outlet, claim.outlet_url, str(pub))
            if k not in self._outlets:
                self._outlets.add(k)
                out.append(Outlet(claim.outlet, claim.outlet_url, str(pub)))
        fside = _clean(props.get("faction_side"))
        if claim.faction and fside is not None:
            k = (claim.faction, fside)
            if k not in self._factions:
                self._factions.add(k)
                out.append(Faction(claim.faction, fside))
        return out

    def _name(self, props: dict) -> Any:
        if self.name_field is None:
            return None
        v = _clean(props.get(self.name_field))
        if v is not None and not isinstance(v, str):
            v = str(v)
        return v

    def _location(self, props: dict, geometry: dict, *, prefix: str, fid: Any = None) -> Location:
        name = self._name(props)
        if name is None:
            raise InvalidInput(f"the place has no name (field {self.name_field!r} is empty)")
        return location_from(props, geometry, name, prefix=prefix, strict=self.strict,
                             origin_id=None if fid is None else f"{fid}")

    def _place(self, props: dict, geometry: dict | None, *, prefix: str, claim: bool):
        name = self._name(props)
        if geometry is None:
            if name is None:
                return None
            return self.imp.place_named(name)
        if name is None:
            raise InvalidInput("the claim has a geometry but no location name")
        key = (name, self._geom_key if self._geom_key is not None else repr(geometry), *(repr(props.get(prefix + k)) for k in ("kind", "aliases", "source", "note")),
               *(repr(props.get(k)) for k in ("country", "admin1", "precision")))
        hit = self._places.get(key)
        if hit is None:
            # Many claims share a place: build and match each distinct place once.
            loc = location_from(props, geometry, name, prefix=prefix, strict=self.strict)
            hit = self._places[key] = self.imp.place(loc)
        return hit
