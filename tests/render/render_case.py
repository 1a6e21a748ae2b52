"""Build claims and locations for render tests straight from the model (no importer needed)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import yaml

from geomap.model import Claim, LngLat, Location, point


#: Strings that would run script if any layer treated them as markup or code.
PAYLOADS = (
    '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
    '<svg onload="window.__pwned=(window.__pwned||0)+1"></svg>',
    '</script><script>window.__pwned=(window.__pwned||0)+1</script>',
    '${window.__pwned=(window.__pwned||0)+1}',
    '\\`;window.__pwned=(window.__pwned||0)+1;//',
    '"><b onmouseover="window.__pwned=1">x</b>',
    "'); window.__pwned=1; ('",
    '\u2028\u2029<!-- -->',
)


def case_objects(path: str | Path) -> tuple[list[Claim], list[Location]]:
    """Read a geomap case YAML file into (claims, locations), ids assigned, ``Claim.location`` filled."""
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    sides = {c["name"]: c["side"] for c in doc.get("claimants", [])}
    outlet_urls = {o["name"]: o.get("url") for o in doc.get("outlets", [])}
    locs: dict[str, Location] = {}
    for i, d in enumerate(doc.get("locations", []), start=1):
        d = dict(d)
        key = d.pop("key")
        if "geometry" in d:
            geom = d.pop("geometry")
        else:
            ll = LngLat.from_latlon(d.pop("lat"), d.pop("lon"))
            geom = point(ll.lng, ll.lat)
        locs[key] = Location(geometry=geom, id=i, **d)
    claims = []
    for i, d in enumerate(doc.get("claims", []), start=1):
        d = dict(d)
        key = d.pop("location", None)
        loc = locs[key] if key else None
        d.setdefault("side", sides.get(d["claimant"], "other"))
        if d.get("outlet") and "outlet_url" not in d:
            d["outlet_url"] = outlet_urls.get(d["outlet"])
        c = Claim(location_id=loc.id if loc else None, id=i, **d)
        claims.append(dataclasses.replace(c, location=loc))
    return claims, list(locs.values())
