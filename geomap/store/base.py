"""The store interface every backend implements.

Callers (CLI, importers, exporters, render) use only these methods, so a
backend (GeoPackage file, PostGIS database) can be swapped without touching
them. Every write method runs in its own transaction unless called inside
``with store.transaction():``, which makes a group of writes all-or-nothing.
"""

from __future__ import annotations

import datetime as _dt
import difflib
from abc import ABC, abstractmethod
from contextlib import contextmanager
from typing import Iterable, Iterator, Sequence

from ..exc import AmbiguousReference, NotFound
from ..model import Claim, Claimant, Faction, Location, Outlet

__all__ = ["Store", "ReferenceIds", "SCHEMA_VERSION", "CLAIM_UPDATE_COLUMNS", "claim_update_values"]

#: Bumped whenever the tables change; checked on open.
SCHEMA_VERSION = 1


#: Set when Ctrl-C arrived after a transaction had committed (between COMMIT returning and the
#: transaction block ending): the change is saved although the command was interrupted.
_saved_before_interrupt = False


def note_interrupt_after_commit() -> None:
    """Record that an interrupt arrived after a transaction committed (see :func:`interrupted_after_commit`)."""
    global _saved_before_interrupt
    _saved_before_interrupt = True


def interrupted_after_commit() -> bool:
    """Whether this process saw Ctrl-C arrive after a write had already committed."""
    return _saved_before_interrupt


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _now() -> str:
    """The current UTC time as both stores write it (ISO 8601, centiseconds, "Z")."""
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"


def _with_id(obj, id: int):
    """A copy of a validated model object with its new id, without validating it again."""
    cls = type(obj)
    new = object.__new__(cls)
    for name in cls.__slots__:
        object.__setattr__(new, name, getattr(obj, name))
    object.__setattr__(new, "id", id)
    return new


#: The ``claims_located`` view (every claim with its place's geometry), the same on every backend.
CLAIMS_LOCATED_SQL = """SELECT c.fid AS fid, l.geom AS geom, c.kind AS kind, cl.name AS claimant, cl.side AS side,
       l.name AS location, l.country AS country, l.admin1 AS admin1, l.precision AS precision,
       l.geo_precision AS geo_precision, c.date AS date, c.date_precision AS date_precision,
       o.name AS outlet, o.url AS outlet_url, c.url AS url, c.target AS target, f.name AS faction,
       c.casualties_min AS casualties_min, c.casualties_max AS casualties_max,
       c.children_min AS children_min, c.children_max AS children_max,
       c.women_min AS women_min, c.women_max AS women_max, c.munitions AS munitions,
       c.grade AS grade, c.notes AS notes, c.quote AS quote, c.location_id AS location_id
FROM claims c
JOIN claimants cl ON cl.id = c.claimant_id
LEFT JOIN locations l ON l.fid = c.location_id
LEFT JOIN outlets o ON o.id = c.outlet_id
LEFT JOIN factions f ON f.id = c.faction_id"""

#: The claims columns an update rewrites, in the order :func:`claim_update_values` gives them.
CLAIM_UPDATE_COLUMNS = (
    "kind", "claimant_id", "location_id", "date", "date_precision", "outlet_id", "url", "target", "faction_id",
    "casualties_min", "casualties_max", "children_min", "children_max", "women_min", "women_max",
    "munitions", "grade", "notes", "quote",
)


def claim_update_values(c: Claim, ids: tuple[int, int | None, int | None]) -> tuple:
    """Values for :data:`CLAIM_UPDATE_COLUMNS` given (claimant, outlet, faction) ids."""
    cid, oid, fid = ids
    return (c.kind, cid, c.location_id, c.date, c.date_precision, oid, c.url, c.target, fid,
            c.casualties_min, c.casualties_max, c.children_min, c.children_max, c.women_min, c.women_max,
            c.munitions, c.grade, c.notes, c.quote)


class ReferenceIds:
    """Ids of the claimant, outlet and faction rows a batch of claims refers to.

    Each distinct claimant, outlet and faction is looked up (or created) once per
    batch through the store's own ``add_claimant``/``add_outlet``/``add_faction``,
    so a side conflict is refused the same way on every backend.
    """

    def __init__(self, store: "Store"):
        self.store = store
        self._claimants: dict[tuple, int] = {}
        self._outlets: dict[tuple, int] = {}
        self._factions: dict[str, int] = {}

    def __call__(self, c: Claim) -> tuple[int, int | None, int | None]:
        """(claimant id, outlet id or None, faction id or None) for claim ``c``."""
        ck = (c.claimant, c.side)
        cid = self._claimants.get(ck)
        if cid is None:
            cid = self._claimants[ck] = self.store.add_claimant(Claimant(c.claimant, c.side)).id
        oid = None
        if c.outlet:
            ok = (c.outlet, c.outlet_url)
            oid = self._outlets.get(ok)
            if oid is None:
                oid = self._outlets[ok] = self.store.add_outlet(Outlet(c.outlet, c.outlet_url)).id
        fid = None
        if c.faction:
            fid = self._factions.get(c.faction)
            if fid is None:
                fid = self._factions[c.faction] = self.store.add_faction(Faction(c.faction)).id
        return cid, oid, fid


class Store(ABC):
    """A case store: locations, outlets, claimants, factions and claims."""

    #: A printable description of where the store lives (passwords masked).
    display: str = ""

    # -- lifecycle -------------------------------------------------------------
    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @abstractmethod
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes: all of them are kept, or none (nestable)."""

    # -- metadata --------------------------------------------------------------
    @abstractmethod
    def get_meta(self, key: str) -> str | None: ...

    @abstractmethod
    def set_meta(self, key: str, value: str) -> None: ...

    # -- locations -------------------------------------------------------------
    @abstractmethod
    def add_location(self, loc: Location) -> Location:
        """Insert and return the location with its new id."""

    def add_locations(self, locs: Iterable[Location]) -> list[Location]:
        """Insert many locations in one transaction."""
        with self.transaction():
            return [self.add_location(l) for l in locs]

    @abstractmethod
    def get_location(self, id: int) -> Location:
        """By id; :class:`NotFound` if absent."""

    @abstractmethod
    def list_locations(self, bbox: tuple[float, float, float, float] | None = None) -> list[Location]: ...

    @abstractmethod
    def locations_named(self, name: str) -> list[Location]:
        """Locations whose name or an alias equals ``name`` (case-insensitive)."""

    @abstractmethod
    def locations_from(self, origin: str, origin_ids: Sequence[str]) -> list[Location]:
        """Locations taken from ``origin`` (e.g. ``gazetteer``) under any of ``origin_ids``, by id."""

    @abstractmethod
    def all_names(self) -> list[str]:
        """Every location name and alias (for suggestions)."""

    @abstractmethod
    def update_location(self, loc: Location) -> Location:
        """Replace the stored location ``loc.id`` with ``loc`` (same id; its claims stay attached)."""

    @abstractmethod
    def remove_location(self, id: int, cascade: bool = False) -> int:
        """Remove a location; with ``cascade`` its claims too (returns their count)."""

    # -- claims ----------------------------------------------------------------
    @abstractmethod
    def add_claim(self, claim: Claim) -> Claim: ...

    def add_claims(self, claims: Iterable[Claim]) -> list[int]:
        """Insert many claims in one transaction; returns their ids."""
        with self.transaction():
            return [self.add_claim(c).id for c in claims]

    @abstractmethod
    def get_claim(self, id: int) -> Claim: ...

    @abstractmethod
    def list_claims(
        self,
        *,
        kind: str | None = None,
        side: str | None = None,
        location_id: int | None = None,
        bbox: tuple[float, float, float, float] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> list[Claim]:
        """Claims with their ``location`` filled in, ordered by id."""

    def claim_records(self) -> Iterator[dict]:
        """Every claim as a flat dict, ordered by id: the fast path for exporters.

        Each dict has the keys of :meth:`Claim.properties` (the claim's fields,
        then ``location, country, admin1, precision, geo_precision, lat, lon``)
        plus ``"_location"``: the claim's :class:`Location` (or None). Values are
        read as stored, without re-validating them. Backends may override this
        with a query that skips building :class:`Claim` objects.
        """
        for c in self.list_claims():
            d = c.properties()
            d["_location"] = c.location
            yield d

    @abstractmethod
    def remove_claim(self, id: int) -> None: ...

    @abstractmethod
    def update_claim(self, claim: Claim) -> Claim:
        """Replace the stored claim ``claim.id`` with ``claim`` (same id); returns it as stored."""

    @abstractmethod
    def count_claims(self, location_id: int | None = None) -> int: ...

    # -- reference records -----------------------------------------------------
    @abstractmethod
    def add_outlet(self, outlet: Outlet) -> Outlet:
        """Insert or update (by name) an outlet."""

    @abstractmethod
    def list_outlets(self) -> list[Outlet]: ...

    @abstractmethod
    def add_claimant(self, claimant: Claimant) -> Claimant:
        """Insert a claimant, or return the existing one of that name."""

    @abstractmethod
    def list_claimants(self) -> list[Claimant]: ...

    def claimant_side(self, name: str) -> str | None:
        """The side recorded for claimant ``name``, or None if unknown."""
        for c in self.list_claimants():
            if c.name == name:
                return c.side
        return None

    @abstractmethod
    def add_faction(self, faction: Faction) -> Faction: ...

    @abstractmethod
    def list_factions(self) -> list[Faction]: ...

    # -- geocoder cache ----------------------------------------------------------
    @abstractmethod
    def cache_get(self, key: str) -> dict | None: ...

    @abstractmethod
    def cache_put(self, key: str, payload: dict, provenance: str) -> None: ...

    # -- shared behaviour ------------------------------------------------------
    def find_location(self, ref: str | int) -> Location:
        """Resolve a user's reference: an id (``12`` or ``"12"``) or a name/alias.

        Raises :class:`NotFound` with the closest names, or
        :class:`AmbiguousReference` when several places share the name.
        """
        if isinstance(ref, int) or (isinstance(ref, str) and ref.strip().isdigit()):
            try:
                return self.get_location(int(ref))
            except NotFound:
                if isinstance(ref, int):
                    raise
        name = str(ref).strip()
        found = self.locations_named(name)
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            desc = "; ".join(f"#{l.id} {l.name} ({l.admin1 or l.country or '?'} {l.lat:.4f},{l.lon:.4f})" for l in found[:6])
            raise AmbiguousReference(
                f"{len(found)} locations are named {name!r}: {desc}; use the id", candidates=found
            )
        raise NotFound(f"no location named {name!r}", suggestions=self.suggest(name))

    def suggest(self, name: str, n: int = 3) -> list[str]:
        names = self.all_names()
        by_key = {}
        for nm in names:
            by_key.setdefault(_key(nm), nm)
        close = difflib.get_close_matches(_key(name), list(by_key), n=n, cutoff=0.6)
        return [by_key[k] for k in close]

    def counts(self) -> dict:
        return {
            "locations": len(self.list_locations()),
            "claims": self.count_claims(),
            "outlets": len(self.list_outlets()),
            "claimants": len(self.list_claimants()),
            "factions": len(self.list_factions()),
        }
