"""ACLED CSV: export claims under ACLED's column names; import ACLED's own exports.

Export mapping (one row per claim):

- ``event_date``/``year``/``time_precision`` from the claim date (1 day, 3 month or year);
- ``event_type``/``sub_event_type``: strike, target and casualties claims are
  "Explosions/Remote violence" / "Air/drone strike"; control, presence and denial
  claims are "Strategic developments" / "Other";
- ``actor1``: the claimant (who the claim is attributed to), ``assoc_actor_1`` its side;
  ``actor2``: the faction, ``assoc_actor_2`` the stated target;
- ``location``, ``latitude``, ``longitude``, ``geo_precision`` (1-3), ``country``,
  ``iso``, ``admin1`` from the claim's place (empty for a claim without a place);
- ``source``: the outlet; ``notes``: kind, claimant, notes, quote and URL;
  ``fatalities``: the low casualty figure (0 when none was reported);
  ``tags``: the geomap grade and claim id.

Import: each ACLED event becomes a place (``location``, coordinates, ``admin1``,
``geo_precision``) and a claim by "ACLED" (side independent) relayed by the
event's ``source``, with ``actor1`` as faction, ``actor2`` as target and
``fatalities`` as the casualty figure; the ACLED event id is kept in the notes.
"""

from __future__ import annotations

import csv
import datetime as _dt

from ..exc import InvalidInput
from ..model import ACLED_GEO_PRECISION, SIDE_LABELS, Claim, Location, LngLat, point
from ._common import Importer, atomic_output
from ._countries import alpha2, country_info
from .csvfile import as_record, csv_table, normalise_header, sheet_safe

__all__ = ["ACLED_COLUMNS", "write_acled", "read_acled", "sniff_acled"]

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
_REQUIRED = ("event_date", "event_type", "location", "latitude", "longitude")

_VIOLENT = {"strike", "target", "casualties"}

_PRECISION_FROM_ACLED = {"1": "town", "2": "district", "3": "governorate"}


def sniff_acled(header_line: str) -> bool:
    cols = {normalise_header(c) for c in header_line.split(",")}
    # ACLED's own key columns: a file that has them but lacks, say, longitude is an ACLED file
    # with a missing column (and is refused as such), not a flat CSV with unknown columns.
    return {"event_date", "event_type"} <= cols or "event_id_cnty" in cols


def _event_date(date: str | None, precision: str | None) -> tuple[str, str, str]:
    if not date:
        return "", "", ""
    if len(date) == 4:
        return f"{date}-01-01", date, "3"
    if len(date) == 7:
        return f"{date}-01", date[:4], "3"
    return date, date[:4], "1" if precision in (None, "day") else "3"


def _notes(r: dict) -> str:
    parts = [f"{r['kind'].capitalize()} claim by {r['claimant']} ({SIDE_LABELS.get(r['side'], r['side'])})."]
    if r["target"]:
        parts.append(f"Stated target: {r['target']}.")
    for k in ("notes", "quote"):
        if r[k]:
            parts.append(r[k] if k == "notes" else f'"{r[k]}"')
    if r["url"]:
        parts.append(r["url"])
    return " ".join(parts)


def write_acled(store, dest) -> int:
    """Every claim as an ACLED-style row; returns the row count."""
    n = 0
    with atomic_output(dest) as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(ACLED_COLUMNS)
        for r in store.claim_records():
            loc = r["_location"]
            ev_date, year, tprec = _event_date(r["date"], r["date_precision"])
            violent = r["kind"] in _VIOLENT
            cname, cnum = country_info(loc.country if loc else None)
            row = {
                "event_id_cnty": f"GEOMAP{r['id']}",
                "event_date": ev_date, "year": year, "time_precision": tprec,
                "disorder_type": "Political violence" if violent else "Strategic developments",
                "event_type": "Explosions/Remote violence" if violent else "Strategic developments",
                "sub_event_type": "Air/drone strike" if violent else "Other",
                "actor1": r["claimant"], "assoc_actor_1": SIDE_LABELS.get(r["side"], r["side"]),
                "actor2": r["faction"] or "", "assoc_actor_2": r["target"] or "",
                "iso": cnum if cnum is not None else "", "country": cname or (loc.country if loc else "") or "",
                "admin1": (loc.admin1 if loc else "") or "",
                "location": loc.name if loc else "",
                "latitude": f"{loc.lat:.6f}" if loc else "", "longitude": f"{loc.lon:.6f}" if loc else "",
                "geo_precision": ACLED_GEO_PRECISION[loc.precision] if loc else "",
                "source": r["outlet"] or "",
                "notes": _notes(r),
                "fatalities": r["casualties_min"] if r["casualties_min"] is not None else 0,
                "tags": f"geomap grade={r['grade']}; geomap claim={r['id']}",
            }
            w.writerow([sheet_safe(v) if isinstance(v, str) else v for v in (row.get(c, "") for c in ACLED_COLUMNS)])
            n += 1
    return n


def _parse_acled_date(s: str) -> str | None:
    s = s.strip()
    if not s:
        return None
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%Y/%m/%d"):
        try:
            return _dt.datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            continue
    raise InvalidInput(f"event_date {s!r} is not a date ACLED writes (2015-09-30 or 30 September 2015)")


def _kind(event_type: str, sub: str) -> str:
    e, s = event_type.strip().lower(), sub.strip().lower()
    if e.startswith("explosions") or "air/drone" in s or "shelling" in s:
        return "strike"
    if "territory" in s:
        return "control"
    if e.startswith("violence against civilians"):
        return "casualties"
    return "presence"


def read_acled(path: str, imp: Importer) -> None:
    """Import an ACLED CSV export."""
    names, rows = csv_table(path, _REQUIRED, "ACLED")
    loc_cache: dict[tuple, object] = {}
    for line, fields in rows:
        try:
            r = as_record(names, fields)
            g = lambda k: (r.get(k) or "").strip() or None  # noqa: E731
            date = _parse_acled_date(r["event_date"])
            tprec = g("time_precision")
            key = (g("location"), r["latitude"], r["longitude"], g("admin1"), g("country"), g("iso"), g("geo_precision"))
            where = loc_cache.get(key)
            gp = g("geo_precision")
            if gp is not None and gp not in _PRECISION_FROM_ACLED:
                raise InvalidInput(f"geo_precision must be 1, 2 or 3, not {gp!r}")
            if where is None:
                ll = LngLat.from_latlon(r["latitude"], r["longitude"])
                loc = Location(
                    name=g("location"), geometry=point(ll.lng, ll.lat), kind="locality",
                    country=alpha2(g("country"), g("iso")), admin1=g("admin1"),
                    precision=_PRECISION_FROM_ACLED.get(g("geo_precision") or "", None),
                    origin="import", origin_id=None, source="ACLED",
                )
            eid = g("event_id_cnty")
            notes = " ".join(x for x in (g("notes"), f"[ACLED {eid}]" if eid else None) if x)
            fat = g("fatalities")
            claim = Claim(
                kind=_kind(r["event_type"], r.get("sub_event_type") or ""), claimant="ACLED", side="independent",
                date=date, date_precision="day" if tprec in (None, "1") else "month",
                outlet=(g("source") or "")[:500] or None, faction=g("actor1"), target=g("actor2"),
                casualties_min=fat, casualties_max=fat, notes=notes or None,
            )
            if where is None:
                where = loc_cache[key] = imp.place(loc)
        except InvalidInput as e:
            imp.refuse(e, path, line)
            continue
        imp.claim(claim, where, source=path, line=line)
