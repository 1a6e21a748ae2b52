"""Copy a whole case from one store to another (GeoPackage <-> PostGIS).

Outlets, claimants, factions, locations and claims are copied in one target
transaction: all of them, or (on any error) none. Ids may change in the
target; every claim keeps its location, claimant (and side), outlet (and URL),
faction and all its fields. The geocoder cache and store metadata are
per-store working data, not part of the case, and are not copied.

Examples
--------
>>> import os, tempfile
>>> from geomap.model import Claim, Location, point
>>> from geomap.store import open_store
>>> d = tempfile.mkdtemp()
>>> with open_store(os.path.join(d, "a.gpkg"), create=True) as a:
...     loc = a.add_location(Location(name="Rastan", geometry=point(36.69, 34.93)))
...     _ = a.add_claim(Claim(kind="strike", claimant="Activists", location_id=loc.id))
>>> with open_store(os.path.join(d, "a.gpkg")) as a, open_store(os.path.join(d, "b.gpkg"), create=True) as b:
...     copy_case(a, b)["claims"]
1
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Callable

from ..exc import InvalidInput
from ..model import Claimant, Faction, Outlet
from .base import Store

__all__ = ["copy_case", "CHUNK"]

log = logging.getLogger(__name__)

#: Claims written per batch (the progress callback is called after each).
CHUNK = 2_000

#: Store metadata that belongs to the case (copied); the rest is working data.
CASE_META = ("case_title", "case_description")


def copy_case(src: Store, dst: Store, *, append: bool = False,
              progress: Callable[[int], None] | None = None) -> dict:
    """Copy every record of ``src`` into ``dst``; return the counts copied.

    Parameters
    ----------
    src, dst : Store
        Open stores (any backends).
    append : bool
        Allow a target that already holds locations or claims; outlets,
        claimants and factions of the same name are then shared (a claimant
        recorded with another side is refused).
    progress : callable, optional
        Called with the number of records just written (locations, then claims
        in batches of :data:`CHUNK`).

    Raises
    ------
    InvalidInput
        The target is not empty (and ``append`` is false), or the records conflict.
    """
    tick = progress or (lambda n: None)
    if not append:
        n_loc, n_claims = len(dst.list_locations()), dst.count_claims()
        if n_loc or n_claims:
            raise InvalidInput(
                f"the target store is not empty ({n_loc} locations, {n_claims} claims); "
                "copy into a new store, or use --append to add to it"
            )
    outlets = src.list_outlets()
    claimants = src.list_claimants()
    factions = src.list_factions()
    locations = src.list_locations()
    claims = src.list_claims()
    with dst.transaction():
        for o in outlets:
            dst.add_outlet(Outlet(o.name, o.url, o.published))
        for c in claimants:
            dst.add_claimant(Claimant(c.name, c.side))
        for f in factions:
            dst.add_faction(Faction(f.name, f.side))
        for key in CASE_META:  # the case's title and description travel with it
            value = src.get_meta(key)
            if value and not dst.get_meta(key):
                dst.set_meta(key, value)
        new_locs = dst.add_locations([dataclasses.replace(l, id=None) for l in locations])
        id_map = {old.id: new.id for old, new in zip(locations, new_locs)}
        tick(len(new_locs))
        for i in range(0, len(claims), CHUNK):
            batch = [
                dataclasses.replace(c, id=None, location=None,
                                    location_id=None if c.location_id is None else id_map[c.location_id])
                for c in claims[i:i + CHUNK]
            ]
            dst.add_claims(batch)
            tick(len(batch))
    counts = {"locations": len(locations), "claims": len(claims), "outlets": len(outlets),
              "claimants": len(claimants), "factions": len(factions)}
    log.info("copied %s", counts)
    return counts
