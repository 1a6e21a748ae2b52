"""UCDP Georeferenced Event Dataset (GED) CSV import.

Each GED event becomes a place (``where_coordinates`` at ``latitude``/``longitude``,
``adm_1``, the country, precision from ``where_prec``) and a casualties claim by
"UCDP GED" (side independent): ``side_a`` as faction, ``side_b`` as target, the
``low``/``high`` death estimates as the casualty range, ``date_start`` with the
precision of ``date_prec``, the source office as outlet, and the headline,
place description, best estimate and GED id in the notes.
"""

from __future__ import annotations

from ..exc import InvalidInput
from ..model import Claim, LngLat, Location, point
from ._common import Importer
from ._countries import alpha2
from .csvfile import as_record, csv_table, normalise_header

__all__ = ["read_ucdp", "sniff_ucdp"]

_REQUIRED = ("id", "latitude", "longitude", "date_start", "where_coordinates")

# where_prec: 1 exact place, 2 within ~25 km, 3 second-order admin, 4 first-order admin,
# 5 linear feature / between places, 6 country, 7 international waters or airspace.
_PRECISION = {"1": "town", "2": "district", "3": "district", "4": "governorate", "5": "district", "6": "country",
              "7": "country"}
# date_prec: 1 exact day, 2 within 2-6 days, 3 within a week, 4 within a month, 5 longer.
_DATE_PRECISION = {"1": "day", "2": "day", "3": "day", "4": "month", "5": "year"}


def sniff_ucdp(header_line: str) -> bool:
    cols = {normalise_header(c.strip('"')) for c in header_line.split(",")}
    return "type_of_violence" in cols and ("where_prec" in cols or "dyad_name" in cols)


def read_ucdp(path: str, imp: Importer) -> None:
    """Import a UCDP GED CSV (as downloaded from ucdp.uu.se)."""
    names, rows = csv_table(path, _REQUIRED, "UCDP GED")
    loc_cache: dict[tuple, object] = {}
    for line, fields in rows:
        try:
            r = as_record(names, fields)
            g = lambda k: (r.get(k) or "").strip() or None  # noqa: E731
            name = g("where_coordinates") or g("adm_2") or g("adm_1")
            key = (name, r["latitude"], r["longitude"], g("adm_1"), g("country"), g("where_prec"))
            where = loc_cache.get(key)
            if where is None:
                ll = LngLat.from_latlon(r["latitude"], r["longitude"])
                loc = Location(
                    name=name, geometry=point(ll.lng, ll.lat), kind="locality", country=alpha2(g("country")),
                    admin1=g("adm_1"), precision=_PRECISION.get(g("where_prec") or ""), origin="import",
                    source="UCDP GED",
                )
            date = (g("date_start") or "")[:10] or None
            best = g("best")
            notes = " ".join(x for x in (
                g("source_headline"), g("where_description") and f"Place: {g('where_description')}.",
                best and f"Best estimate {best} deaths" + (f" ({g('deaths_civilians')} civilians)." if g("deaths_civilians") else "."),
                f"[UCDP GED {g('id')}]",
            ) if x)
            low, high = g("low"), g("high")
            claim = Claim(
                kind="casualties", claimant="UCDP GED", side="independent", date=date,
                date_precision=_DATE_PRECISION.get(g("date_prec") or "", None),
                outlet=(g("source_office") or "")[:500] or None, faction=g("side_a"), target=g("side_b"),
                casualties_min=low if low is not None else best, casualties_max=high if high is not None else best,
                notes=notes,
            )
            if where is None:
                where = loc_cache[key] = imp.place(loc)
        except InvalidInput as e:
            imp.refuse(e, path, line)
            continue
        imp.claim(claim, where, source=path, line=line)
