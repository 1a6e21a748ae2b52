"""The :class:`Place` record shared by every part of the gazetteer.

Examples
--------
>>> from gazetteer.model import Place
>>> p = Place(id="cur:hmeimim", name="Hmeimim Air Base", kind="site", lat=35.41, lon=35.95,
...           country="SY", admin1="Latakia")
>>> p.__geo_interface__["type"]
'Point'
>>> p.coords
(35.95, 35.41)
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

__all__ = ["Place", "KINDS", "SOURCES"]

#: Allowed values of :attr:`Place.kind`, from the largest to the smallest.
KINDS = ("country", "admin1", "admin2", "region", "locality", "site")
#: Allowed values of :attr:`Place.source`.
SOURCES = ("wof", "geonames", "curated", "user")


@dataclass(frozen=True, slots=True)
class Place:
    """A named place.

    Parameters
    ----------
    id : str
        Stable identifier, prefixed by its source: ``wof:85678373``, ``gn:170592``,
        ``cur:jabal-al-turkman``, ``user:...``.
    name : str
        Preferred English name.
    kind : str
        One of :data:`KINDS`: ``country``, ``admin1`` (governorate/province),
        ``admin2`` (district), ``region`` (natural or informal area: Eastern Ghouta),
        ``locality`` (city, town, village, city quarter) or ``site`` (air base, embassy, camp).
    lat, lon : float
        WGS84 representative point.
    country : str
        ISO 3166-1 alpha-2 code ("" when unknown).
    admin1 : str
        Name of the first-level division containing it ("" when unknown).
    population : int
        0 when unknown.
    bbox : tuple of float or None
        ``(minlon, minlat, maxlon, maxlat)``.
    alt_names : tuple of str
        Other names and spellings (Latin and Arabic script).
    source : str
        One of :data:`SOURCES`.
    geometry : dict or None
        GeoJSON geometry (Polygon/MultiPolygon) when the place has an outline.
    """

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    country: str = ""
    admin1: str = ""
    population: int = 0
    bbox: tuple[float, float, float, float] | None = None
    alt_names: tuple[str, ...] = ()
    source: str = "user"
    geometry: dict | None = field(default=None, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown place kind {self.kind!r}; expected one of {', '.join(KINDS)}")
        if self.source not in SOURCES:
            raise ValueError(f"unknown place source {self.source!r}; expected one of {', '.join(SOURCES)}")
        if not (-90.0 <= self.lat <= 90.0 and -180.0 <= self.lon <= 180.0):
            raise ValueError(f"coordinates out of range: lat={self.lat}, lon={self.lon}")

    @property
    def coords(self) -> tuple[float, float]:
        """``(lon, lat)``."""
        return (self.lon, self.lat)

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        """GeoJSON geometry: the outline when known, else a Point."""
        if self.geometry is not None:
            return self.geometry
        return {"type": "Point", "coordinates": (self.lon, self.lat)}

    def with_geometry(self, geometry: dict | None) -> "Place":
        """Return a copy carrying ``geometry``."""
        return replace(self, geometry=geometry)

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly summary (without the geometry).

        >>> Place(id="u:1", name="X", kind="site", lat=1.0, lon=2.0).to_dict()["lon"]
        2.0
        """
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "admin1": self.admin1,
            "population": self.population,
            "bbox": list(self.bbox) if self.bbox else None,
            "alt_names": list(self.alt_names),
            "source": self.source,
        }


(_SET_ID, _SET_NAME, _SET_KIND, _SET_LAT, _SET_LON, _SET_COUNTRY, _SET_ADMIN1, _SET_POPULATION, _SET_BBOX, _SET_ALT_NAMES,
 _SET_SOURCE, _SET_GEOMETRY) = (Place.__dict__[f].__set__ for f in Place.__dataclass_fields__)  # (the slots' setters)


def shipped_place(id: str, name: str, kind: str, lat: float, lon: float, country: str, admin1: str, population: int,
                  bbox, alt_names: tuple[str, ...], source: str, geometry: dict | None) -> Place:
    """A :class:`Place` from the shipped data, its fields in order, without the checks of ``__init__``: the build
    made them (a place costs half as much; `resolve` builds one for each name it is asked).

    >>> shipped_place("gn:1", "X", "site", 1.0, 2.0, "SY", "", 0, None, (), "geonames", None).lon
    2.0
    """
    p = object.__new__(Place)
    _SET_ID(p, id)
    _SET_NAME(p, name)
    _SET_KIND(p, kind)
    _SET_LAT(p, lat)
    _SET_LON(p, lon)
    _SET_COUNTRY(p, country)
    _SET_ADMIN1(p, admin1)
    _SET_POPULATION(p, population)
    _SET_BBOX(p, bbox)
    _SET_ALT_NAMES(p, alt_names)
    _SET_SOURCE(p, source)
    _SET_GEOMETRY(p, geometry)
    return p
