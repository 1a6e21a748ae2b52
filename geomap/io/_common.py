"""Shared machinery of the importers and exporters.

- :class:`ImportReport`: what an import did.
- :class:`Importer`: turns records read from a file (a :class:`~geomap.model.Location`
  and/or claim fields) into store rows, reusing existing places with the same
  name nearby instead of duplicating them, all inside the caller's transaction.
- :func:`atomic_output`: write to a temporary file beside the destination and
  rename it into place, so an interrupted export leaves the previous file intact.
- :func:`read_text`: read a whole text file as UTF-8 with clean refusals.
"""

from __future__ import annotations

import logging
import math
import os
from dataclasses import dataclass, field
from typing import Any, Callable

from ..atomic import atomic_output, atomic_path  # noqa: F401 (re-exported for the readers/writers)
from ..exc import AmbiguousReference, InvalidInput, NotFound
from ..model import Claim, Claimant, Faction, Location, Outlet

__all__ = [
    "ImportReport",
    "Importer",
    "atomic_output",
    "read_text",
    "decode_utf8",
    "MATCH_RADIUS_M",
    "MAX_TEXT_FILE_BYTES",
    "name_key",
    "haversine_m",
]

log = logging.getLogger("geomap.io")

#: Places with the same name closer than this are the same place.
MATCH_RADIUS_M = 2_000.0

#: Text formats (case YAML, CSV, GeoJSON) larger than this are refused.
MAX_TEXT_FILE_BYTES = 2 * 1024**3


def name_key(name: str) -> str:
    """Case- and space-insensitive key of a place name."""
    return " ".join(name.casefold().split())


def haversine_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in metres."""
    r = 6_371_008.8
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


# -- reading text ---------------------------------------------------------------------

def decode_utf8(data: bytes, source: str) -> str:
    """Decode UTF-8 (a BOM is dropped); refuse other encodings with the line of the first bad byte."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise InvalidInput(
            f"not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}); save the file as UTF-8",
            source=source, line=line,
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InvalidInput("contains NUL bytes: a binary file, not text", source=source, line=line)
    return text


def read_text(path: str, *, limit: int = MAX_TEXT_FILE_BYTES) -> str:
    """The whole file as text; refuses empty, huge, binary and non-UTF-8 files."""
    import stat

    try:
        st = os.stat(path)
    except OSError as e:
        raise InvalidInput(f"cannot read: {e.strerror or e}", source=path) from None
    if stat.S_ISDIR(st.st_mode):
        raise InvalidInput("is a directory", source=path)
    if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) or stat.S_ISSOCK(st.st_mode):
        # /dev/zero or /dev/urandom would be read until memory runs out
        raise InvalidInput("is a device or socket, not a file", source=path)
    if st.st_size > limit:
        raise InvalidInput(f"is {st.st_size:,} bytes; the limit for this format is {limit:,}", source=path)
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)  # a pipe has no size: stop at the limit
    except OSError as e:
        raise InvalidInput(f"cannot read: {e.strerror or e}", source=path) from None
    if len(data) > limit:
        raise InvalidInput(f"is more than {limit:,} bytes, the limit for this format", source=path)
    text = decode_utf8(data, path)
    if not text.strip():
        raise InvalidInput("the file is empty", source=path)
    return text


# -- report ------------------------------------------------------------------------------

@dataclass
class ImportReport:
    """What :func:`geomap.io.import_files` did."""

    files: list[str] = field(default_factory=list)
    claims: int = 0
    locations_added: int = 0
    locations_reused: int = 0
    outlets: int = 0
    claimants: int = 0
    factions: int = 0
    #: Claims left out because the store already held an identical one (a re-import).
    duplicates: int = 0
    #: One :class:`InvalidInput` per record left out with ``skip_invalid``.
    skipped: list[InvalidInput] = field(default_factory=list)

    def summary(self) -> str:
        parts = [
            f"imported {self.claims} claim(s)",
            f"{self.locations_added} new location(s)",
            f"{self.locations_reused} existing location(s) reused",
        ]
        s = ", ".join(parts) + f" from {len(self.files)} file(s)"
        if self.duplicates:
            s += f"; {self.duplicates} claim(s) already in the store were not added again"
        if self.skipped:
            s += f"; skipped {len(self.skipped)} invalid record(s)"
        return s

    def to_dict(self) -> dict:
        return {
            "files": list(self.files),
            "claims": self.claims,
            "locations_added": self.locations_added,
            "locations_reused": self.locations_reused,
            "outlets": self.outlets,
            "claimants": self.claimants,
            "factions": self.factions,
            "duplicates": self.duplicates,
            "skipped": [str(e) for e in self.skipped],
        }


# -- importer ------------------------------------------------------------------------------

def claim_signature(c: Claim) -> tuple:
    """Everything a claim asserts (not its id): equal signatures mean the same record."""
    return (c.kind, c.claimant, c.side, c.location_id, c.date, c.date_precision, c.outlet, c.url, c.target,
            c.faction, c.casualties_min, c.casualties_max, c.children_min, c.children_max, c.women_min,
            c.women_max, c.munitions, c.grade, c.notes, c.quote)


class _Pending:
    """A new location waiting to be inserted (gets its id at flush time)."""

    __slots__ = ("loc", "id")

    def __init__(self, loc: Location):
        self.loc = loc
        self.id: int | None = None


def _near(a: Location, b: Location, radius_m: float = MATCH_RADIUS_M) -> bool:
    """True when ``a`` and ``b`` are close enough to be the same place."""
    if haversine_m(a.lon, a.lat, b.lon, b.lat) <= radius_m:
        return True
    if not (a.is_area or b.is_area):
        return False
    from shapely.geometry import Point, shape

    if b.is_area and shape(b.geometry).covers(Point(a.lon, a.lat)):
        return True
    if a.is_area and shape(a.geometry).covers(Point(b.lon, b.lat)):
        return True
    return False


def check_country(loc: Location) -> None:
    """Refuse a new place whose point lies outside its stated country (with a hint when lat/lon look swapped).

    Only countries the offline gazetteer has boundaries for are checked.
    """
    try:
        from ..gazetteer_bridge import check_country as _check
    except ImportError:  # pragma: no cover - the gazetteer ships with geomap
        return
    _check(loc.country, loc.lnglat)


class Importer:
    """Adds records to a store, reusing places and batching writes.

    Use inside ``with store.transaction():``. Readers call :meth:`place` for a
    location read from the file (returns a handle), :meth:`place_named` for a
    reference by name, then :meth:`claim` with the claim and the handle;
    :meth:`flush` writes everything (locations first, in one batch).

    Parameters
    ----------
    store : geomap.store.Store
    report : ImportReport
        Counts are added to it.
    skip_invalid : bool
        Record refused rows in ``report.skipped`` instead of raising.
    """

    def __init__(self, store, report: ImportReport, *, skip_invalid: bool = False,
                 progress: Callable[[int], None] | None = None, keep_duplicates: bool = False):
        self.store = store
        self.keep_duplicates = keep_duplicates
        self._signatures: set[tuple] | None = None  # claims already in the store, read when first needed
        self.report = report
        self.skip_invalid = skip_invalid
        self.progress = progress
        self._index: dict[str, list] = {}  # name key -> [Location | _Pending]
        for loc in store.list_locations():
            self._add_to_index(loc)
        self._exact: dict[tuple, Any] = {}
        self._pending: list[_Pending] = []
        self._claims: list[tuple[Claim, Any]] = []
        self._reused: set[int] = set()
        self._claimant_sides: dict[str, str] = {c.name: c.side for c in store.list_claimants()}

    # -- errors ------------------------------------------------------------------
    def refuse(self, err: Exception, source: str, line: int | None) -> None:
        """Raise ``err`` as ``source:line: reason``, or record it when skipping invalid rows."""
        if isinstance(err, InvalidInput):
            reason = err.reason if (not err.source or err.source == source) else str(err)
            if err.line is not None and (not err.source or err.source == source):
                line = err.line  # the error knows its line more precisely than the record's start
        else:
            reason = str(err)
        exc = InvalidInput(reason, source=source, line=line)
        if self.skip_invalid:
            self.report.skipped.append(exc)
            log.info("skipped %s", exc)
            return
        raise exc from None

    # -- reference records -----------------------------------------------------------
    def outlet(self, outlet: Outlet) -> None:
        self.store.add_outlet(outlet)
        self.report.outlets += 1

    def claimant(self, claimant: Claimant) -> None:
        self.store.add_claimant(claimant)
        self._claimant_sides[claimant.name] = claimant.side
        self.report.claimants += 1

    def faction(self, faction: Faction) -> None:
        self.store.add_faction(faction)
        self.report.factions += 1

    def claimant_side(self, name: str | None) -> str | None:
        """The side recorded for a claimant (in the store or earlier in the import)."""
        if not name:
            return None
        return self._claimant_sides.get(name.strip())

    # -- locations -------------------------------------------------------------------
    def _add_to_index(self, entry) -> None:
        loc = entry.loc if isinstance(entry, _Pending) else entry
        for n in loc.names:
            bucket = self._index.setdefault(name_key(n), [])
            if entry not in bucket:
                bucket.append(entry)

    def place(self, loc: Location):
        """A handle for ``loc``: an existing place of that name nearby, or a new one."""
        gkey = (name_key(loc.name), loc.geometry["type"], loc.lon, loc.lat)
        hit = self._exact.get(gkey)
        if hit is not None:
            return hit
        seen = set()
        for n in loc.names:
            for entry in self._index.get(name_key(n), ()):
                if id(entry) in seen:
                    continue
                seen.add(id(entry))
                other = entry.loc if isinstance(entry, _Pending) else entry
                if _near(loc, other):
                    if not isinstance(entry, _Pending) and entry.id not in self._reused:
                        self._reused.add(entry.id)
                        self.report.locations_reused += 1
                    self._exact[gkey] = entry
                    return entry
        if loc.country:
            check_country(loc)
        entry = _Pending(loc)
        self._pending.append(entry)
        self._add_to_index(entry)
        self._exact[gkey] = entry
        return entry

    def place_named(self, name: str):
        """A handle for the one place (in the store or this import) called ``name``."""
        found = self._index.get(name_key(name), [])
        if len(found) == 1:
            entry = found[0]
            if not isinstance(entry, _Pending) and entry.id not in self._reused:
                self._reused.add(entry.id)
                self.report.locations_reused += 1
            return entry
        if len(found) > 1:
            desc = "; ".join(
                f"{(e.loc if isinstance(e, _Pending) else e).name} ({(e.loc if isinstance(e, _Pending) else e).lat:.4f},"
                f"{(e.loc if isinstance(e, _Pending) else e).lon:.4f})" for e in found[:5])
            raise AmbiguousReference(f"{len(found)} places are named {name!r} ({desc}); give lat/lon to pick one")
        import difflib

        keys = {name_key(n): n for n in self._names()}
        close = difflib.get_close_matches(name_key(name), list(keys), n=3, cutoff=0.6)
        raise NotFound(f"no location named {name!r} and no coordinates given",
                       suggestions=[keys[k] for k in close])

    def _names(self) -> list[str]:
        out = []
        for bucket in self._index.values():
            for e in bucket:
                out.extend((e.loc if isinstance(e, _Pending) else e).names)
        return out

    # -- claims ----------------------------------------------------------------------
    def claim(self, claim: Claim, where=None, *, source: str | None = None, line: int | None = None) -> None:
        """Queue ``claim`` (already validated) at ``where`` (a handle or None).

        A claimant already recorded (in the store or earlier in this import) with another
        side is refused here, as ``source:line``, rather than when the batch is written.
        """
        known = self._claimant_sides.get(claim.claimant)
        if known is not None and known != claim.side:
            self.refuse(InvalidInput(f"claimant {claim.claimant!r} is recorded with side {known!r}, not {claim.side!r}"),
                        source, line)
            return
        self._claimant_sides[claim.claimant] = claim.side
        self._claims.append((claim, where))
        self._claimant_sides.setdefault(claim.claimant, claim.side)
        if self.progress is not None:
            self.progress(1)

    def location_only(self, where) -> None:
        """Count a location record that carries no claim."""
        if self.progress is not None:
            self.progress(1)

    def flush(self) -> None:
        """Write the queued locations and claims (inside the caller's transaction)."""
        if self._pending:
            added = self.store.add_locations([p.loc for p in self._pending])
            for p, loc in zip(self._pending, added):
                p.id = loc.id
                self._index_replace(p, loc)
            self.report.locations_added += len(added)
            self._pending = []
        if self._claims:
            ready = []
            for c, where in self._claims:
                if where is not None:
                    # A freshly built claim nobody else holds yet: set its location id in place
                    # rather than re-running every validation through dataclasses.replace().
                    object.__setattr__(c, "location_id", where.id)
                ready.append(c)
            if not self.keep_duplicates:
                ready = self._new_claims(ready)
            self.store.add_claims(ready)
            self.report.claims += len(ready)
            self._claims = []

    def _new_claims(self, claims: list[Claim]) -> list[Claim]:
        """Leave out claims identical to one the store held before this batch.

        Re-importing a file therefore adds nothing twice; identical rows within one
        batch are all kept (they may be separate reports).
        """
        if self._signatures is None:
            self._signatures = ({claim_signature(c) for c in self.store.list_claims()}
                                if self.store.count_claims() else set())
        if not self._signatures:
            fresh = claims
        else:
            fresh = [c for c in claims if claim_signature(c) not in self._signatures]
            self.report.duplicates += len(claims) - len(fresh)
        self._signatures.update(claim_signature(c) for c in fresh)
        return fresh

    def _index_replace(self, pending: _Pending, loc: Location) -> None:
        for n in loc.names:
            bucket = self._index.get(name_key(n), [])
            for i, e in enumerate(bucket):
                if e is pending:
                    bucket[i] = loc
        # self._exact keeps the _Pending handle: it now carries the id, which is all claims need.


# -- output ----------------------------------------------------------------------------------

def refuse_store_as_output(store, dest: str | os.PathLike | None) -> None:
    """Refuse to write an output file over the store being read (a typo must not cost the case).

    ``store`` is the open store (its ``path``, when it is a file); ``dest`` the output path.
    """
    src = getattr(store, "path", None)
    if dest is None or src is None or os.fspath(dest) == "-":
        return
    dest = os.fspath(dest)
    for candidate in (src, src + "-journal", src + "-wal"):
        same = os.path.realpath(dest) == os.path.realpath(candidate)
        if not same and os.path.exists(dest) and os.path.exists(candidate):
            same = os.path.samefile(dest, candidate)
        if same:
            raise InvalidInput(f"refusing to write {dest}: it is the store being read ({src}); choose another output file")


