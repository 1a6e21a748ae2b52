"""``geomap location``: add, list, show and remove places."""

from __future__ import annotations

import dataclasses

import click

from ..model import LOCATION_KINDS, PRECISIONS
from .options import emit_json, emit_table, format_option, pass_app, printable

LIST_COLUMNS = ("id", "name", "kind", "country", "admin1", "precision", "lat", "lon", "claims")


def location_row(loc, claims: int | None = None) -> dict:
    d = loc.properties()
    if claims is not None:
        d["claims"] = claims
    return d


@click.group()
def location() -> None:
    """Add, list, show and remove locations (places that claims refer to)."""


@location.command("add")
@click.argument("name")
@click.option("--lat", type=str, help="Latitude in decimal degrees (WGS84).")
@click.option("--lon", type=str, help="Longitude in decimal degrees (WGS84).")
@click.option("--kind", type=click.Choice(LOCATION_KINDS), default=None, help="What the place is [default: locality, or the gazetteer's kind].")
@click.option("--alias", "aliases", multiple=True, help="Another spelling (repeatable).")
@click.option("--country", metavar="CC", help="ISO 3166-1 alpha-2 code; the point must lie inside it.")
@click.option("--admin1", metavar="NAME", help="Governorate/province.")
@click.option("--precision", type=click.Choice(PRECISIONS), default=None, help="How precisely the place is known [default: from --kind].")
@click.option("--note", help="Free text.")
@click.option("--source", help="Where the coordinates come from (URL or citation).")
@click.option("--resolve", "use_gazetteer", is_flag=True,
              help="Take coordinates and geometry from the offline gazetteer (a name it only approximately "
                   "knows is refused, with the closest match named). A place already stored from the gazetteer "
                   "is not added twice: NAME becomes one of its aliases.")
@click.option("--new", is_flag=True, help="With --resolve: add a location even if the gazetteer place is stored.")
@format_option("table", "json")
@pass_app
def add(app, name, lat, lon, kind, aliases, country, admin1, precision, note, source, use_gazetteer, new, fmt):
    """Add a location NAME at --lat/--lon (or --resolve it from the gazetteer).

    \b
    Examples:
      geomap location add Talbiseh --lat 34.8406 --lon 36.7300 --country SY --admin1 Homs
      geomap location add "Kafr Nabudah" --resolve --country SY
    """
    from ..model import LngLat, Location, point

    if new and not use_gazetteer:
        raise click.UsageError("--new goes with --resolve (without it every add is a new location)")
    if use_gazetteer:
        if lat is not None or lon is not None:
            raise click.UsageError("give either --resolve or --lat/--lon, not both")
        from ..gazetteer_bridge import check_country_code, resolve_location

        if country:
            check_country_code(country)
        found = resolve_location(name, country=country)
        # The gazetteer's canonical name becomes the name; what the user typed stays as an alias.
        loc = Location(
            name=found.name,
            aliases=tuple(a for a in (name.strip(), *aliases) if a.strip().casefold() != found.name.casefold()),
            geometry=found.geometry, lnglat=found.lnglat, kind=kind or found.kind,
            country=country or found.country, admin1=admin1 or found.admin1, precision=precision,
            origin=found.origin, origin_id=found.origin_id, note=note, source=source or found.source,
        )
    else:
        if lat is None or lon is None:
            raise click.UsageError("--lat and --lon are required (or use --resolve)")
        ll = LngLat.from_latlon(lat, lon)
        if country:
            from ..gazetteer_bridge import check_country

            check_country(country.strip().upper(), ll)
        loc = Location(
            name=name, geometry=point(*ll), kind=kind or "locality", aliases=aliases, country=country,
            admin1=admin1, precision=precision, note=note, source=source,
        )
    store = app.open(create=True)
    same = None
    if use_gazetteer and loc.origin_id and not new:
        # the gazetteer place is stored already (perhaps under another spelling): one place, one location, so
        # that its claims meet; what the user typed joins its aliases
        from ..gazetteer_bridge import place_ids

        same = next(iter(store.locations_from(loc.origin, place_ids(loc.origin_id))), None)
    if same is not None:
        known = {n.casefold() for n in (same.name, *same.aliases)}
        extra = tuple(dict.fromkeys(a for a in loc.aliases if a.casefold() not in known))
        if extra:
            same = store.update_location(dataclasses.replace(same, aliases=same.aliases + extra))
        if fmt == "json":
            emit_json({**location_row(same), "existing": True, "added_aliases": list(extra)})
        else:
            what = f"; added alias {', '.join(extra)}" if extra else ""
            click.echo(printable(f"location #{same.id} {same.name} already holds {loc.origin_id}{what} "
                                 f"(--new adds a second location)"))
        return
    loc = store.add_location(loc)
    if fmt == "json":
        emit_json(location_row(loc))
    else:
        click.echo(printable(f"added location #{loc.id} {loc.name} ({loc.lat:.6f}, {loc.lon:.6f})"))


@location.command("list")
@format_option("table", "json")
@click.option("--bbox", nargs=4, type=float, metavar="MINLON MINLAT MAXLON MAXLAT", default=None, help="Only locations intersecting this box.")
@pass_app
def list_(app, fmt, bbox):
    """List locations."""
    if bbox:
        _check_bbox(bbox)
    store = app.open()
    rows = [location_row(l) for l in store.list_locations(bbox=tuple(bbox) if bbox else None)]
    counts = {}
    for c in store.list_claims():
        if c.location_id is not None:
            counts[c.location_id] = counts.get(c.location_id, 0) + 1
    for r in rows:
        r["claims"] = counts.get(r["id"], 0)
    if fmt == "json":
        emit_json(rows)
    else:
        emit_table(rows, LIST_COLUMNS)


def _check_bbox(bbox) -> None:
    """Refuse a --bbox that can match nothing by mistake (NaN, out of range, min > max)."""
    import math

    from ..exc import InvalidInput

    minx, miny, maxx, maxy = bbox
    if not all(math.isfinite(v) for v in bbox):
        raise InvalidInput("--bbox values must be finite numbers")
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        raise InvalidInput(f"--bbox must be MINLON MINLAT MAXLON MAXLAT within -180..180, -90..90, not {' '.join(map(str, bbox))}")


@location.command("show")
@click.argument("ref")
@format_option("table", "json")
@pass_app
def show(app, ref, fmt):
    """Show one location (by NAME or ID) with its claims."""
    store = app.open()
    loc = store.find_location(ref)
    claims = store.list_claims(location_id=loc.id)
    d = location_row(loc)
    d["geometry_type"] = loc.geometry["type"]
    if fmt == "json":
        d["geometry"] = loc.geometry
        d["claims"] = [c.properties() for c in claims]
        emit_json(d)
        return
    for k in ("id", "name", "aliases", "kind", "country", "admin1", "precision", "geo_precision", "lat", "lon",
              "geometry_type", "origin", "origin_id", "source", "note"):
        v = d.get(k)
        if v in (None, [], ""):
            continue
        if isinstance(v, list):
            v = ", ".join(v)
        click.echo(printable(f"{k:>13}: {v}"))
    click.echo(f"{'claims':>13}: {len(claims)}")
    for c in claims:
        click.echo(printable(f"  #{c.id} {c.date or '????'} {c.kind:<10} {c.claimant} [{c.side}]" + (f" via {c.outlet}" if c.outlet else "")))


@location.command("update")
@click.argument("ref")
@click.option("--name", "new_name", help="A new name (the old one stays as an alias).")
@click.option("--lat", type=str, help="New latitude (with --lon).")
@click.option("--lon", type=str, help="New longitude (with --lat).")
@click.option("--kind", type=click.Choice(LOCATION_KINDS))
@click.option("--alias", "aliases", multiple=True, help="Add another spelling (repeatable).")
@click.option("--country", metavar="CC", help="ISO 3166-1 alpha-2 code ('' to clear); the point must lie inside it.")
@click.option("--admin1", metavar="NAME", help="Governorate/province ('' to clear).")
@click.option("--precision", type=click.Choice(PRECISIONS))
@click.option("--note", help="Free text ('' to clear).")
@click.option("--source", help="Where the coordinates come from ('' to clear).")
@format_option("table", "json")
@pass_app
def update(app, ref, new_name, lat, lon, kind, aliases, country, admin1, precision, note, source, fmt):
    """Correct a location (by NAME or ID); its claims stay attached.

    \b
    Example:
      geomap location update Zafaraniyah --lat 34.8919 --lon 36.7786 --source "GeoNames 172058"
    """
    import dataclasses

    from ..model import LngLat, point

    store = app.open()
    loc = store.find_location(ref)
    given: dict = {}
    if (lat is None) != (lon is None):
        raise click.UsageError("give --lat and --lon together")
    if lat is not None:
        if loc.is_area:
            raise click.UsageError(f"#{loc.id} {loc.name} is an area; re-import its geometry to move it")
        ll = LngLat.from_latlon(lat, lon)
        given.update(geometry=point(*ll), lnglat=ll)
    if new_name is not None:
        given["name"] = new_name
        given["aliases"] = (*loc.aliases, loc.name, *aliases)
    elif aliases:
        given["aliases"] = (*loc.aliases, *aliases)
    for field, value in (("kind", kind), ("country", country), ("admin1", admin1), ("precision", precision),
                         ("note", note), ("source", source)):
        if value is not None:
            given[field] = value if value != "" else None
    if not given:
        raise click.UsageError("nothing to change: give at least one option")
    new = dataclasses.replace(loc, **given)
    cc = new.country
    if cc and ("geometry" in given or "country" in given):
        from ..gazetteer_bridge import check_country, check_country_code

        if new.is_area:
            check_country_code(cc)  # (an area's outline is not checked against the country's)
        else:
            check_country(cc, new.lnglat)
    loc = store.update_location(new)
    if fmt == "json":
        emit_json(location_row(loc))
    else:
        click.echo(f"updated location #{loc.id} {loc.name}: " + ", ".join(sorted(set(given) - {"lnglat"})))


@location.command("remove")
@click.argument("ref")
@click.option("--cascade", is_flag=True, help="Also remove the claims at this location.")
@pass_app
def remove(app, ref, cascade):
    """Remove a location (refused while claims use it, unless --cascade)."""
    store = app.open()
    loc = store.find_location(ref)
    n = store.remove_location(loc.id, cascade=cascade)
    click.echo(printable(f"removed location #{loc.id} {loc.name}" + (f" and {n} claim(s)" if n else "")))
