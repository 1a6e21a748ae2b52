"""The claims model: locations, outlets, claimants, factions and claims.

Every value object is a frozen dataclass. Coordinates are always stored in
GeoJSON order, longitude first (:class:`LngLat`); the one place that turns a
user's ``--lat/--lon`` pair into that order is :func:`LngLat.from_latlon`.

Examples
--------
>>> loc = Location(name="Talbiseh", geometry=point(36.73, 34.84), kind="locality", country="SY")
>>> loc.lnglat
LngLat(lng=36.73, lat=34.84)
>>> loc.__geo_interface__["geometry"]["type"]
'Point'
>>> c = Claim(kind="strike", claimant="Syrian opposition activists", side="syrian_opposition")
>>> c.location_id is None
True
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any, Iterable, NamedTuple

from .exc import InvalidInput

__all__ = [
    "LngLat",
    "Location",
    "Outlet",
    "Claimant",
    "Faction",
    "Claim",
    "LOCATION_KINDS",
    "PRECISIONS",
    "ACLED_GEO_PRECISION",
    "SIDES",
    "SIDE_LABELS",
    "CLAIM_KINDS",
    "GRADES",
    "DATE_PRECISIONS",
    "point",
    "parse_date",
    "default_precision",
]

#: What a place is.
LOCATION_KINDS = ("country", "admin1", "admin2", "locality", "region", "site")

#: How precisely a location is known, finest first.
PRECISIONS = ("exact", "neighbourhood", "town", "district", "governorate", "country")

#: ACLED's geo_precision code for each precision level (1 = town or finer,
#: 2 = near a town / part of a district, 3 = province or larger area).
ACLED_GEO_PRECISION = {
    "exact": 1,
    "neighbourhood": 1,
    "town": 1,
    "district": 2,
    "governorate": 3,
    "country": 3,
}

#: Radius in metres used to draw a point known only to the given precision.
PRECISION_RADIUS_M = {
    "exact": 0,
    "neighbourhood": 750,
    "town": 3_000,
    "district": 15_000,
    "governorate": 50_000,
    "country": 150_000,
}

_KIND_PRECISION = {
    "country": "country",
    "admin1": "governorate",
    "admin2": "district",
    "region": "district",
    "locality": "town",
    "site": "exact",
}

#: Which party a claimant speaks for.
SIDES = (
    "russia",
    "us_coalition",
    "syrian_opposition",
    "syrian_government",
    "turkmen",
    "turkey",
    "kurdish",
    "iran",
    "islamic_state",
    "independent",
    "other",
)

SIDE_LABELS = {
    "russia": "Russia (Defence Ministry and officials)",
    "us_coalition": "U.S. officials and coalition",
    "syrian_opposition": "Syrian opposition and activists",
    "syrian_government": "Syrian government and state media",
    "turkmen": "Syrian Turkmen",
    "turkey": "Turkey",
    "kurdish": "Kurdish forces",
    "iran": "Iran",
    "islamic_state": "Islamic State",
    "independent": "Independent monitors and media",
    "other": "Others",
}

#: What a claim asserts.
CLAIM_KINDS = ("strike", "target", "control", "presence", "casualties", "denial")

#: Airwars-style assessment of a claim, plus "unassessed".
GRADES = ("confirmed", "fair", "weak", "contested", "discounted", "unassessed")

DATE_PRECISIONS = ("day", "month", "year")

_SIDE_ALIASES = {
    "us": "us_coalition",
    "usa": "us_coalition",
    "coalition": "us_coalition",
    "opposition": "syrian_opposition",
    "rebels": "syrian_opposition",
    "government": "syrian_government",
    "regime": "syrian_government",
    "syria": "syrian_government",
    "russian": "russia",
    "is": "islamic_state",
    "isis": "islamic_state",
    "isil": "islamic_state",
}


class LngLat(NamedTuple):
    """A WGS84 position in GeoJSON order: longitude, then latitude."""

    lng: float
    lat: float

    @classmethod
    def from_latlon(cls, lat: Any, lon: Any) -> "LngLat":
        """Build from a latitude/longitude pair, validating both.

        This is the only place geomap swaps the conventional lat/lon order
        into GeoJSON's lon/lat order.

        >>> LngLat.from_latlon(35.93, 36.63)
        LngLat(lng=36.63, lat=35.93)
        """
        lat_f = _coord(lat, "latitude", 90.0)
        lon_f = _coord(lon, "longitude", 180.0)
        return cls(lon_f, lat_f)


def _coord(value: Any, what: str, limit: float) -> float:
    if isinstance(value, bool):
        raise InvalidInput(f"{what} must be a number, not {value!r}")
    try:
        f = float(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{what} must be a number, not {value!r}") from None
    if not math.isfinite(f):
        raise InvalidInput(f"{what} must be finite, not {value!r}")
    if not -limit <= f <= limit:
        raise InvalidInput(f"{what} {f:g} is outside -{limit:g}..{limit:g}")
    return f


def point(lng: float, lat: float) -> dict:
    """A GeoJSON Point geometry (lon, lat order)."""
    return {"type": "Point", "coordinates": (float(lng), float(lat))}


def default_precision(kind: str) -> str:
    """The precision a location of ``kind`` has when none is given."""
    return _KIND_PRECISION.get(kind, "town")


def _clean_text(value: Any, what: str, *, required: bool = False, limit: int = 10_000) -> str | None:
    if value is None:
        if required:
            raise InvalidInput(f"{what} is required")
        return None
    if not isinstance(value, str):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        else:
            raise InvalidInput(f"{what} must be text, not {type(value).__name__}")
    text = value.strip()
    if "\x00" in text:
        raise InvalidInput(f"{what} contains a NUL character")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # e.g. a command-line argument with bytes that are not UTF-8 (surrogate escapes)
        raise InvalidInput(f"{what} is not valid UTF-8 text: {text!r}"[:300]) from None
    if len(text) > limit:
        raise InvalidInput(f"{what} is {len(text):,} characters long; the limit is {limit:,}")
    if not text:
        if required:
            raise InvalidInput(f"{what} must not be empty")
        return None
    return text


def _choice(value: Any, what: str, allowed: Iterable[str], aliases: dict | None = None) -> str:
    allowed = tuple(allowed)
    if not isinstance(value, str):
        raise InvalidInput(f"{what} must be one of {', '.join(allowed)}, not {value!r}")
    key = value.strip().lower().replace("-", "_").replace(" ", "_")
    if aliases and key in aliases:
        key = aliases[key]
    if key not in allowed:
        raise InvalidInput(f"unknown {what} {value!r}; expected one of {', '.join(allowed)}")
    return key


_SPACE = re.compile(r"\s")
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_date(value: Any) -> tuple[str | None, str | None]:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` into (iso, precision).

    >>> parse_date("2015-09-30")
    ('2015-09-30', 'day')
    >>> parse_date("2015-10")
    ('2015-10', 'month')
    """
    if value is None or value == "":
        return None, None
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat(), "day"
    if not isinstance(value, str):
        raise InvalidInput(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    m = _DATE_RE.match(value.strip())
    if not m:
        raise InvalidInput(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    y, mo, d = m.groups()
    year = int(y)
    if year < 1900 or year > 2200:
        raise InvalidInput(f"date {value!r} has an implausible year")
    if mo is None:
        return y, "year"
    if not 1 <= int(mo) <= 12:
        raise InvalidInput(f"date {value!r} has no month {mo}")
    if d is None:
        return f"{y}-{mo}", "month"
    try:
        _dt.date(year, int(mo), int(d))
    except ValueError:
        raise InvalidInput(f"date {value!r} does not exist") from None
    return f"{y}-{mo}-{d}", "day"


def _count(value: Any, what: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InvalidInput(f"{what} must be a whole number, not {value!r}")
    if isinstance(value, float):
        if not math.isfinite(value) or value != int(value):
            raise InvalidInput(f"{what} must be a whole number, not {value!r}")
        value = int(value)
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            raise InvalidInput(f"{what} must be a whole number, not {value!r}") from None
    if not isinstance(value, int):
        raise InvalidInput(f"{what} must be a whole number, not {value!r}")
    if value < 0 or value > 10_000_000:
        raise InvalidInput(f"{what} {value} is out of range")
    return value


def _range(low: Any, high: Any, what: str) -> tuple[int | None, int | None]:
    lo, hi = _count(low, f"{what} minimum"), _count(high, f"{what} maximum")
    if lo is not None and hi is not None and lo > hi:
        raise InvalidInput(f"{what} minimum {lo} is greater than the maximum {hi}")
    return lo, hi


def _url(value: Any, what: str = "url") -> str | None:
    text = _clean_text(value, what, limit=2_000)
    if text is None:
        return None
    if _SPACE.search(text):
        raise InvalidInput(f"{what} {text!r} contains whitespace")
    return text


def _geometry(geom: Any) -> dict:
    from .geometry import validate_geometry

    return validate_geometry(geom)


@dataclass(frozen=True, slots=True)
class Location:
    """A place that claims refer to.

    ``geometry`` is a GeoJSON-like mapping (Point, Polygon or MultiPolygon in
    WGS84, lon/lat order). ``lnglat`` is the point itself or, for areas, a
    representative point inside the area.
    """

    name: str
    geometry: dict
    kind: str = "locality"
    aliases: tuple[str, ...] = ()
    country: str | None = None
    admin1: str | None = None
    precision: str | None = None
    origin: str = "user"
    origin_id: str | None = None
    note: str | None = None
    source: str | None = None
    id: int | None = None
    lnglat: LngLat | None = None

    def __post_init__(self):
        s = object.__setattr__
        s(self, "name", _clean_text(self.name, "location name", required=True, limit=500))
        s(self, "kind", _choice(self.kind or "locality", "location kind", LOCATION_KINDS))
        aliases = self.aliases
        if isinstance(aliases, str):
            aliases = [aliases]
        clean = []
        for a in aliases or ():
            a = _clean_text(a, "alias", limit=500)
            if a and a not in clean and a != self.name:
                clean.append(a)
        s(self, "aliases", tuple(clean))
        cc = _clean_text(self.country, "country")
        if cc is not None:
            if not re.fullmatch(r"[A-Za-z]{2}", cc):
                raise InvalidInput(f"country must be an ISO 3166-1 alpha-2 code like SY, not {cc!r}")
            cc = cc.upper()
        s(self, "country", cc)
        s(self, "admin1", _clean_text(self.admin1, "admin1", limit=500))
        prec = self.precision or default_precision(self.kind)
        s(self, "precision", _choice(prec, "precision", PRECISIONS))
        s(self, "origin", _clean_text(self.origin, "origin", limit=200) or "user")
        s(self, "origin_id", _clean_text(self.origin_id, "origin id", limit=200))
        s(self, "note", _clean_text(self.note, "note", limit=100_000))
        s(self, "source", _clean_text(self.source, "source", limit=2_000))
        geom = _geometry(self.geometry)
        s(self, "geometry", geom)
        if self.lnglat is None:
            from .geometry import representative_point

            s(self, "lnglat", LngLat(*representative_point(geom)))
        else:
            s(self, "lnglat", LngLat(float(self.lnglat[0]), float(self.lnglat[1])))

    @property
    def lat(self) -> float:
        return self.lnglat.lat

    @property
    def lon(self) -> float:
        return self.lnglat.lng

    @property
    def is_area(self) -> bool:
        return self.geometry["type"] != "Point"

    @property
    def geo_precision(self) -> int:
        """ACLED's geo_precision code (1-3)."""
        return ACLED_GEO_PRECISION[self.precision]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def with_id(self, id: int) -> "Location":
        return replace(self, id=id)

    def properties(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "aliases": list(self.aliases),
            "kind": self.kind,
            "country": self.country,
            "admin1": self.admin1,
            "precision": self.precision,
            "geo_precision": self.geo_precision,
            "origin": self.origin,
            "origin_id": self.origin_id,
            "note": self.note,
            "source": self.source,
            "lat": round(self.lat, 6),
            "lon": round(self.lon, 6),
        }

    def to_dict(self) -> dict:
        d = self.properties()
        d["geometry"] = self.geometry
        return d

    @property
    def __geo_interface__(self) -> dict:
        return {"type": "Feature", "id": self.id, "geometry": self.geometry, "properties": self.properties()}


@dataclass(frozen=True, slots=True)
class Outlet:
    """A publication or source document that relayed claims."""

    name: str
    url: str | None = None
    published: str | None = None
    id: int | None = None

    def __post_init__(self):
        object.__setattr__(self, "name", _clean_text(self.name, "outlet name", required=True, limit=500))
        object.__setattr__(self, "url", _url(self.url, "outlet url"))
        object.__setattr__(self, "published", parse_date(self.published)[0])


@dataclass(frozen=True, slots=True)
class Claimant:
    """Who asserts something, and which side they speak for."""

    name: str
    side: str = "other"
    id: int | None = None

    def __post_init__(self):
        object.__setattr__(self, "name", _clean_text(self.name, "claimant", required=True, limit=500))
        object.__setattr__(self, "side", _choice(self.side or "other", "side", SIDES, _SIDE_ALIASES))


@dataclass(frozen=True, slots=True)
class Faction:
    """An armed actor that holds ground or is named as a target."""

    name: str
    side: str | None = None
    id: int | None = None

    def __post_init__(self):
        object.__setattr__(self, "name", _clean_text(self.name, "faction", required=True, limit=500))
        if self.side is not None:
            object.__setattr__(self, "side", _choice(self.side, "side", SIDES, _SIDE_ALIASES))


@dataclass(frozen=True, slots=True)
class Claim:
    """One assertion by one claimant, relayed by one outlet.

    ``location_id`` may be ``None``: a claim such as "only one of seven target
    areas had Islamic State presence" has no place and is still recorded.
    Casualty figures are ranges (low/high); a single reported number has
    ``low == high``; "at least N" has ``high`` unset.
    """

    kind: str
    claimant: str
    side: str = "other"
    location_id: int | None = None
    date: str | None = None
    date_precision: str | None = None
    outlet: str | None = None
    outlet_url: str | None = None
    url: str | None = None
    target: str | None = None
    faction: str | None = None
    casualties_min: int | None = None
    casualties_max: int | None = None
    children_min: int | None = None
    children_max: int | None = None
    women_min: int | None = None
    women_max: int | None = None
    munitions: str | None = None
    grade: str = "unassessed"
    notes: str | None = None
    quote: str | None = None
    id: int | None = None
    # Filled in when read from a store (not stored on the claim row itself).
    location: Location | None = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        s = object.__setattr__
        s(self, "kind", _choice(self.kind, "claim kind", CLAIM_KINDS))
        s(self, "claimant", _clean_text(self.claimant, "claimant", required=True, limit=500))
        s(self, "side", _choice(self.side or "other", "side", SIDES, _SIDE_ALIASES))
        if self.location_id is not None:
            if isinstance(self.location_id, bool) or not isinstance(self.location_id, int):
                raise InvalidInput(f"location id must be an integer, not {self.location_id!r}")
        iso, prec = parse_date(self.date)
        if self.date_precision and iso is not None:
            p = _choice(self.date_precision, "date precision", DATE_PRECISIONS)
            order = DATE_PRECISIONS.index
            if order(p) < order(prec):
                raise InvalidInput(f"date {iso} cannot have {p} precision")
            prec = p
        s(self, "date", iso)
        s(self, "date_precision", prec)
        for name in ("outlet", "target", "faction", "munitions"):
            s(self, name, _clean_text(getattr(self, name), name.replace("_", " "), limit=500))
        s(self, "outlet_url", _url(self.outlet_url, "outlet url"))
        s(self, "url", _url(self.url))
        for what in ("casualties", "children", "women"):
            lo, hi = _range(getattr(self, f"{what}_min"), getattr(self, f"{what}_max"), what)
            s(self, f"{what}_min", lo)
            s(self, f"{what}_max", hi)
        if self.children_min is not None and self.casualties_max is not None and self.children_min > self.casualties_max:
            raise InvalidInput("children minimum exceeds the casualties maximum")
        s(self, "grade", _choice(self.grade or "unassessed", "grade", GRADES))
        s(self, "notes", _clean_text(self.notes, "notes", limit=100_000))
        s(self, "quote", _clean_text(self.quote, "quote", limit=10_000))

    @property
    def location_name(self) -> str | None:
        return self.location.name if self.location is not None else None

    def with_id(self, id: int) -> "Claim":
        return replace(self, id=id)

    def properties(self) -> dict:
        """Flat properties (used by every exporter)."""
        d = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "location"}
        d.update(location_fields(self.location))
        return d

    @property
    def __geo_interface__(self) -> dict:
        geom = self.location.geometry if self.location is not None else None
        return {"type": "Feature", "id": self.id, "geometry": geom, "properties": self.properties()}


def location_fields(loc: Location | None) -> dict:
    """The place columns of a flat claim record (all None for a claim without a place)."""
    if loc is None:
        return dict.fromkeys(("location", "country", "admin1", "precision", "geo_precision", "lat", "lon"))
    return {"location": loc.name, "country": loc.country, "admin1": loc.admin1, "precision": loc.precision,
            "geo_precision": loc.geo_precision, "lat": round(loc.lat, 6), "lon": round(loc.lon, 6)}


#: Claim fields that are plain stored columns, in export order.
CLAIM_COLUMNS = tuple(f.name for f in fields(Claim) if f.name not in ("location", "id"))
