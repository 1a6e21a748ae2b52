"""Where the claims disagree: stated targets against reported control, computed from the data.

The analysis is shared by the map (:func:`geomap.render.render_map`) and the report
(:mod:`geomap.report`); nothing in it is specific to one case.

Definitions
-----------
attacker side
    The side whose ``target`` claims name a faction most often (for the 2015 case: Russia).
    ``None`` when no target claim names a faction; then no place gets a status.
stated target
    The factions the attacker side names in its ``target`` claims at a place; where it named
    none there, the factions it named for the campaign as a whole (``stated_general``).
strike location
    A place with at least one ``strike``, ``target`` or ``casualties`` claim dated on or
    before the map date and, when the attacker's target claims are dated, not before the
    first of them (an earlier event at a place is not part of the campaign compared).
reported control
    The factions named by ``control`` claims at the place, as of the map date (the latest
    claim of each claimant counts; undated claims count). A point inside an area with reported
    control and none of its own inherits the area's (``via``). Control is *contested* when two
    claimants name disjoint sets of factions.
reported presence
    Control factions plus factions named by ``presence`` claims at the place.
status
    For a strike location with a stated target: ``"disagree"`` when presence is reported and
    none of it is a stated target, ``"consistent"`` when a stated target is among it,
    ``"unknown"`` when no source reports who holds or is present at the place.
links
    A stated target at place A against reported impacts (``strike``/``casualties`` claims from
    other sides within a day of it) at other places B up to :data:`LINK_MAX_KM` away, in the
    same province when both provinces are known, and not within either place's area or
    uncertainty radius (then they are the same place): up to :data:`LINK_MAX_PER_TARGET`
    nearest per A.

Examples
--------
>>> from geomap.model import Claim, Location, point
>>> loc = Location(name="Talbiseh", geometry=point(36.73, 34.84), id=1)
>>> claims = [
...     Claim(kind="target", claimant="MoD", side="russia", faction="Islamic State", date="2015-09-30"),
...     Claim(kind="strike", claimant="ISW", side="independent", location_id=1, date="2015-09-30"),
...     Claim(kind="control", claimant="ISW", side="independent", location_id=1, faction="Nusra Front",
...           date="2015-09-30"),
... ]
>>> a = analyse(claims, [loc])
>>> a.summary
'Of 1 reported strike location, 0 had reported Islamic State presence; at 1, sources reported other factions holding or present (Nusra Front).'
>>> a.findings[0].status
'disagree'
"""

from __future__ import annotations

import functools
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..model import PRECISION_RADIUS_M, Claim, Location

__all__ = [
    "Analysis",
    "Finding",
    "Control",
    "Link",
    "analyse",
    "haversine_km",
    "STRIKE_KINDS",
    "IMPACT_KINDS",
    "LINK_MAX_KM",
    "LINK_MAX_PER_TARGET",
]

#: Claim kinds that make a place a reported strike location.
STRIKE_KINDS = frozenset({"strike", "target", "casualties"})
#: Claim kinds that report an impact (as opposed to a stated target).
IMPACT_KINDS = frozenset({"strike", "casualties"})
#: Farthest reported impact joined to a stated target, in km.
LINK_MAX_KM = 60.0
#: At most this many impacts are joined to one stated-target place (nearest first).
LINK_MAX_PER_TARGET = 3

STATUSES = ("disagree", "consistent", "unknown")


def haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in km (mean Earth radius 6371.0088 km).

    >>> round(haversine_km(36.73, 34.84, 36.63, 35.93))
    122
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


@functools.lru_cache(maxsize=65536)
def _key(name: str | None) -> str:
    return " ".join(name.split()).casefold() if name else ""


@dataclass
class Control:
    """Who sources say holds a place, as of the map date."""

    factions: list[str]
    #: (claimant, side, [factions]) for each claimant, in claim order: who says what.
    who: list[tuple[str, str, list[str]]]
    contested: bool
    #: The area location whose control a point inherits, or None for the place's own claims.
    via: Location | None = None


@dataclass
class Finding:
    """Everything the analysis says about one location that has claims."""

    location: Location
    claims: list[Claim]
    is_strike: bool = False
    stated_targets: list[str] = field(default_factory=list)
    stated_general: bool = False
    control: Control | None = None
    presence: list[str] = field(default_factory=list)
    status: str | None = None

    @property
    def sides(self) -> Counter:
        return Counter(c.side for c in self.claims)


@dataclass
class Link:
    """A stated target at one place set against a reported impact at another."""

    target: Location
    impact: Location
    distance_km: float
    target_claims: list[Claim]
    impact_claims: list[Claim]


@dataclass
class Analysis:
    """Result of :func:`analyse`."""

    as_of: str | None
    attacker_side: str | None
    attacker_targets: list[str]
    findings: list[Finding]
    links: list[Link]
    unplaced: list[Claim]
    summary: str
    counts: dict
    dates: list[str]

    def finding(self, location_id: int) -> Finding | None:
        for f in self.findings:
            if f.location.id == location_id:
                return f
        return None


def _ring_contains(ring: Sequence, x: float, y: float) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def area_contains(geometry: dict, lon: float, lat: float) -> bool:
    """Whether a (Multi)Polygon contains the point (even-odd rule over all rings).

    >>> sq = {"type": "Polygon", "coordinates": [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]}
    >>> area_contains(sq, 1, 1), area_contains(sq, 3, 1)
    (True, False)
    """
    t = geometry.get("type")
    if t == "Polygon":
        polys = [geometry["coordinates"]]
    elif t == "MultiPolygon":
        polys = geometry["coordinates"]
    else:
        return False
    for rings in polys:
        inside = False
        for ring in rings:
            if _ring_contains(ring, lon, lat):
                inside = not inside
        if inside:
            return True
    return False


def _bbox(geometry: dict) -> tuple[float, float, float, float]:
    xs, ys = [], []
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    for rings in polys:
        for p in rings[0]:
            xs.append(p[0])
            ys.append(p[1])
    return min(xs), min(ys), max(xs), max(ys)


def _day_ordinal(date: str | None) -> int | None:
    if date is None or len(date) != 10:
        return None
    import datetime as dt

    return dt.date.fromisoformat(date).toordinal()


def _names_join(names: Sequence[str]) -> str:
    return ", ".join(names)


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def analyse(claims: Iterable[Claim], locations: Iterable[Location] = (), *, as_of: str | None = None) -> Analysis:
    """Compute stated-target/reported-control disagreements, links and the summary.

    Parameters
    ----------
    claims
        Claims, typically ``store.list_claims()`` (``location`` filled in or resolvable
        through ``locations`` by ``location_id``).
    locations
        Locations (``store.list_locations()``); used to resolve ``location_id`` and to find the
        areas that contain points.
    as_of
        Map date (``YYYY[-MM[-DD]]``). Claims dated after it are left out of the analysis.
        Default: the latest claim date.

    Returns
    -------
    Analysis
    """
    claims = list(claims)
    by_id: dict[int, Location] = {}
    for loc in locations:
        if loc.id is not None:
            by_id[loc.id] = loc
    dateset = set()
    for c in claims:
        if c.date:
            dateset.add(c.date)
        loc = c.location
        if loc is not None and loc.id is not None and loc.id not in by_id:
            by_id[loc.id] = loc
    dates = sorted(dateset)
    if as_of is None and dates:
        as_of = dates[-1]

    # One pass: claims as of the map date, grouped by place; target claims set aside.
    n = len(as_of) if as_of else 0
    active: list[Claim] = []
    per_loc: dict[int, list[Claim]] = defaultdict(list)
    unplaced: list[Claim] = []
    target_claims: list[Claim] = []
    for c in claims:
        d = c.date
        if n and d is not None and d[:n] > as_of:
            continue
        active.append(c)
        if c.kind == "target" and c.faction:
            target_claims.append(c)
        lid = c.location_id
        if lid is None and c.location is not None:
            lid = c.location.id
        if lid is None or lid not in by_id:
            unplaced.append(c)
        else:
            per_loc[lid].append(c)

    # The attacker side and what it says it targets.
    target_sides = Counter(c.side for c in target_claims)
    attacker = target_sides.most_common(1)[0][0] if target_sides else None
    tcount: Counter = Counter()
    tname: dict[str, str] = {}
    for c in target_claims:
        if c.side == attacker:
            tcount[_key(c.faction)] += 1
            tname.setdefault(_key(c.faction), c.faction)
    attacker_targets = [tname[k] for k, _ in tcount.most_common()]

    findings: dict[int, Finding] = {lid: Finding(location=by_id[lid], claims=cl) for lid, cl in per_loc.items()}

    # Reported control: the latest control claim of each claimant at each place.
    for f in findings.values():
        latest: dict[str, list[Claim]] = {}
        for c in f.claims:
            if c.kind != "control" or not c.faction:
                continue
            prev = latest.get(c.claimant)
            if prev is None or (c.date or "") > (prev[0].date or ""):
                latest[c.claimant] = [c]
            elif (c.date or "") == (prev[0].date or ""):
                prev.append(c)
        if not latest:
            continue
        who = []
        order: dict[str, str] = {}
        for claimant, cl in latest.items():
            fac = []
            keys = set()
            for c in cl:
                k = _key(c.faction)
                if k not in keys:
                    keys.add(k)
                    fac.append(c.faction)
                order.setdefault(k, c.faction)
            who.append((claimant, cl[0].side, fac))
        if len(who) > 1:
            sets = [frozenset(_key(x) for x in w[2]) for w in who]
            contested = any(a.isdisjoint(b) for i, a in enumerate(sets) for b in sets[i + 1:])
        else:
            contested = False
        f.control = Control(factions=list(order.values()), who=who, contested=contested)

    # Points inside an area with reported control inherit it when they have none of their own.
    areas = [(findings[lid], _bbox(findings[lid].location.geometry)) for lid in findings
             if findings[lid].control is not None and findings[lid].location.is_area]
    if areas:
        areas.sort(key=lambda t: (t[1][2] - t[1][0]) * (t[1][3] - t[1][1]))  # smallest first
        for f in findings.values():
            if f.control is not None or f.location.is_area:
                continue
            x, y = f.location.lon, f.location.lat
            for af, (x0, y0, x1, y1) in areas:
                if x0 <= x <= x1 and y0 <= y <= y1 and area_contains(af.location.geometry, x, y):
                    c = af.control
                    f.control = Control(factions=list(c.factions), who=list(c.who), contested=c.contested, via=af.location)
                    break

    # Presence, stated targets and the status of every strike location.
    general = list(attacker_targets)
    tdates = [c.date for c in target_claims if c.side == attacker and c.date]
    start = min(tdates) if tdates else None

    def in_campaign(c: Claim) -> bool:
        return start is None or c.date is None or c.date >= start[: len(c.date)]

    tkeys_general = {_key(x) for x in general}
    link_targets: dict[int, list[Claim]] = {}
    link_impacts: dict[int, list[Claim]] = {}
    for f in findings.values():
        pres: dict[str, str] = {}
        if f.control is not None:
            for x in f.control.factions:
                pres.setdefault(_key(x), x)
        own: dict[str, str] = {}
        strike = False
        tl: list[Claim] = []
        il: list[Claim] = []
        for c in f.claims:
            k = c.kind
            if k == "presence":
                if c.faction:
                    pres.setdefault(_key(c.faction), c.faction)
            elif k in STRIKE_KINDS:
                if not strike and in_campaign(c):
                    strike = True
                if k == "target":
                    if c.side == attacker:
                        tl.append(c)
                        if c.faction:
                            own.setdefault(_key(c.faction), c.faction)
                elif c.side != attacker:
                    il.append(c)
        if tl:
            link_targets[f.location.id] = tl
        if il:
            link_impacts[f.location.id] = il
        f.is_strike = strike
        f.presence = list(pres.values())
        if not strike or attacker is None:
            continue
        if own:
            f.stated_targets, f.stated_general = list(own.values()), False
            tk = set(own)
        else:
            f.stated_targets, f.stated_general = list(general), True
            tk = tkeys_general
        if not f.stated_targets:
            continue
        if not pres:
            f.status = "unknown"
        elif pres.keys() & tk:
            f.status = "consistent"
        else:
            f.status = "disagree"

    links = _links(findings, link_targets, link_impacts) if attacker else []

    ordered = sorted(findings.values(), key=lambda f: (f.location.name.casefold(), f.location.id or 0))
    strikes = [f for f in ordered if f.is_strike]
    primary = attacker_targets[0] if attacker_targets else None
    pkey = _key(primary)
    with_primary = [f for f in strikes if primary and pkey in {_key(x) for x in f.presence}]
    seen = {id(f) for f in with_primary}
    others = [f for f in strikes if f.presence and id(f) not in seen]
    unknown = [f for f in strikes if not f.presence]
    counts = {
        "claims": len(active),
        "locations": len(findings),
        "strike_locations": len(strikes),
        "with_stated_target_presence": len(with_primary),
        "other_factions": len(others),
        "no_reported_control": len(unknown),
        "disagree": sum(f.status == "disagree" for f in strikes),
        "consistent": sum(f.status == "consistent" for f in strikes),
        "unknown": sum(f.status == "unknown" for f in strikes),
        "contested": sum(1 for f in findings.values() if f.control and f.control.contested),
        "unplaced": len(unplaced),
        "links": len(links),
        "campaign_start": start,
    }
    summary = _summary(len(strikes), primary, with_primary, others)
    return Analysis(as_of=as_of, attacker_side=attacker, attacker_targets=attacker_targets, findings=ordered,
                    links=links, unplaced=unplaced, summary=summary, counts=counts, dates=dates)


def _summary(n: int, primary: str | None, with_primary: list, others: list) -> str:
    if n == 0:
        return "No strike locations are reported."
    where = f"Of {n:,} reported strike {_plural(n, 'location', 'locations')}"
    if primary is None:
        known = len(with_primary) + len(others)
        return f"{where}, {known:,} had a reported controlling or present faction; no stated target names a faction."
    text = f"{where}, {len(with_primary):,} had reported {primary} presence"
    if others:
        names: Counter = Counter()
        for f in others:
            for x in f.presence:
                names[x] += 1
        top = [x for x, _ in names.most_common(4)]
        more = "" if len(names) <= 4 else f" and {len(names) - 4} more"
        text += (f"; at {len(others):,}, sources reported other factions holding or present "
                 f"({_names_join(top)}{more})")
    return text + "."


def _links(findings: dict[int, Finding], targets: dict[int, list[Claim]],
           impacts: dict[int, list[Claim]]) -> list[Link]:
    """Stated-target places joined to nearby reported impacts (see the module docstring).

    ``targets``: the attacker's target claims per place; ``impacts``: other sides' strike and
    casualty claims per place.
    """
    if not targets or not impacts:
        return []
    import numpy as np

    # A stated target is joined only to impacts in its own province when both provinces are
    # known: impacts are grouped by province, and each group of targets gets one vectorised
    # distance matrix against the impacts it may be joined to.
    igroups: dict[str, list[int]] = defaultdict(list)
    for lid in impacts:
        igroups[_key(findings[lid].location.admin1)].append(lid)
    tgroups: dict[str, list[int]] = defaultdict(list)
    for lid in targets:
        tgroups[_key(findings[lid].location.admin1)].append(lid)
    days = {lid: {_day_ordinal(c.date) for c in cl} for lid, cl in impacts.items()}
    radius = {lid: (0.0 if f.location.is_area else PRECISION_RADIUS_M.get(f.location.precision or "town", 0) / 1000.0)
              for lid, f in findings.items()}
    area = {lid for lid, f in findings.items() if f.location.is_area}

    def rad(ids: list[int]):
        return (np.radians(np.array([findings[i].location.lon for i in ids], dtype=float)),
                np.radians(np.array([findings[i].location.lat for i in ids], dtype=float)))

    out: list[Link] = []
    for tkey, tids in tgroups.items():
        iids = igroups.get(tkey, []) + (igroups.get("", []) if tkey else []) if tkey else list(impacts)
        if not iids:
            continue
        ilon, ilat = rad(iids)
        tlon, tlat = rad(tids)
        iarr = np.array(iids)
        for start in range(0, len(tids), 512):  # bounded memory: 512 x impacts at a time
            tl, tb = tlon[start:start + 512, None], tlat[start:start + 512, None]
            a = np.sin((ilat - tb) * 0.5) ** 2 + np.cos(tb) * np.cos(ilat) * np.sin((ilon - tl) * 0.5) ** 2
            dm = 12742.0176 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
            for row, tid in enumerate(tids[start:start + 512]):
                d = dm[row]
                near = np.flatnonzero(d <= LINK_MAX_KM)
                if not near.size:
                    continue
                order = near[np.argsort(d[near], kind="stable")]
                tloc = findings[tid].location
                tclaims = targets[tid]
                tdays = {_day_ordinal(c.date) for c in tclaims}
                undated = None in tdays
                window = {x + k for x in tdays if x is not None for k in (-1, 0, 1)}  # within a day
                t_r = radius[tid]
                t_area = tid in area
                taken = 0
                for dist, iid in zip(d[order].tolist(), iarr[order].tolist()):
                    if iid == tid or dist <= t_r or dist <= radius[iid]:
                        continue  # the same place, or within the uncertainty of either place
                    idays = days[iid]
                    if not (undated or None in idays or not window.isdisjoint(idays)):
                        continue
                    iloc = findings[iid].location
                    if (t_area and area_contains(tloc.geometry, iloc.lon, iloc.lat)) or \
                            (iid in area and area_contains(iloc.geometry, tloc.lon, tloc.lat)):
                        continue
                    out.append(Link(target=tloc, impact=iloc, distance_km=round(dist, 1),
                                    target_claims=tclaims, impact_claims=impacts[iid]))
                    taken += 1
                    if taken >= LINK_MAX_PER_TARGET:
                        break
    out.sort(key=lambda l: (l.target.name.casefold(), l.distance_km))
    return out
