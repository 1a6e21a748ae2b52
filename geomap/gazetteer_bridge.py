"""The seam between geomap and the offline gazetteer package.

geomap uses the gazetteer for three things: checking that a point lies in
the country the user named, resolving a name to a place (``location add
--resolve``), and offering the store's own locations to the gazetteer as its
user layer. Everything is imported lazily.
"""

from __future__ import annotations

import logging

from .exc import InvalidInput
from .model import LngLat, Location

__all__ = ["check_country", "check_country_code", "place_ids", "resolve_location", "user_places"]

log = logging.getLogger(__name__)


def check_country_code(cc: str) -> None:
    """Refuse a code that names no country: ISO 3166-1 alpha-2 as GeoNames lists them (Kosovo's XK too).

    >>> check_country_code("SY")
    >>> check_country_code("XX")
    Traceback (most recent call last):
    ...
    geomap.exc.InvalidInput: XX is no ISO 3166-1 alpha-2 country code (e.g. SY, IQ, TR)
    """
    from .io._countries import country_info

    code = cc.strip().upper()
    if country_info(code)[0] is None:  # (GeoNames' country table, read once for the importers too)
        raise InvalidInput(f"{code} is no ISO 3166-1 alpha-2 country code (e.g. SY, IQ, TR)")


def check_country(cc: str, lnglat: LngLat) -> None:
    """Refuse a point outside country ``cc`` (where its polygon is known), or a code that names no country.

    Says so when swapping latitude and longitude would put it inside, the
    commonest mistake when copying coordinates.
    """
    from gazetteer import countries

    check_country_code(cc)
    inside = countries.contains(cc, lnglat.lng, lnglat.lat)
    if inside is None:  # no polygon for that country: cannot check
        log.info("no boundary for %s shipped; the point is not checked against it", cc)
        return
    if inside:
        return
    msg = f"point (lat {lnglat.lat:g}, lon {lnglat.lng:g}) is outside {cc}"
    swapped_ok = -90 <= lnglat.lng <= 90 and countries.contains(cc, lnglat.lat, lnglat.lng)
    if swapped_ok:
        msg += f"; swapping latitude and longitude (lat {lnglat.lng:g}, lon {lnglat.lat:g}) would put it inside: check --lat/--lon"
    else:
        where = countries.country_of(lnglat.lng, lnglat.lat)
        if where:
            msg += f" (it lies in {where})"
    raise InvalidInput(msg)


def place_ids(place_id: str) -> tuple[str, ...]:
    """Every gazetteer id a store may hold for the place ``place_id``: itself and the ids of duplicate records
    since merged into it (Who's On First held some towns two or three times). Reads the gazetteer's id table only,
    not the gazetteer."""
    from gazetteer import Gazetteer

    return (place_id, *Gazetteer().former_ids(place_id))


def resolve_location(name: str, country: str | None = None, user_places=()) -> Location:
    """A :class:`Location` for ``name`` from the offline gazetteer (best match)."""
    from gazetteer import Gazetteer

    gz = Gazetteer()
    if user_places:
        gz.add_user_places(user_places)
    cands = gz.resolve(name, country=country)
    if not cands:
        raise InvalidInput(f"the gazetteer has no place matching {name!r}" + (f" in {country}" if country else ""))
    best = cands[0]
    p = best.place
    if best.match == "fuzzy" or (best.match == "skeleton" and p.country not in ("SY", "IQ", "TR")):
        # a guess from a similar-looking name is not a place the user can be sure of: say what it is, add
        # nothing (consonant-skeleton matches stand for Arabic/Turkish transliterations: Mhambel, Muhambal)
        raise InvalidInput(
            f"the gazetteer has no place named {name!r}" + (f" in {country}" if country else "")
            + f"; the closest is {p.name} ({p.admin1 + ', ' if p.admin1 else ''}{p.country or 'no country'}, {p.id}). "
            "Add it by that name, or give --lat/--lon")
    geom = p.geometry or {"type": "Point", "coordinates": (p.lon, p.lat)}
    kind = p.kind if p.kind in ("country", "admin1", "admin2", "locality", "region", "site") else "locality"
    return Location(
        name=p.name,
        geometry=geom,
        kind=kind,
        country=p.country or None,
        admin1=p.admin1 or None,
        origin="gazetteer",
        origin_id=str(p.id),
        lnglat=LngLat(p.lon, p.lat),
        source=f"geomap gazetteer {p.id} ({p.source}), match score {best.score:.0f}",
    )


def user_places(store) -> list:
    """The store's locations as gazetteer places (they take priority over shipped data)."""
    from gazetteer import Place

    from .geometry import bounds

    out = []
    for loc in store.list_locations():
        out.append(Place(
            id=f"user:{loc.id}", name=loc.name, kind=loc.kind, lat=loc.lat, lon=loc.lon,
            country=loc.country or "", admin1=loc.admin1 or "", bbox=bounds(loc.geometry),
            alt_names=tuple(loc.aliases), source="user",
            geometry=loc.geometry if loc.is_area else None,
        ))
    return out
