"""Claim maps: layered, self-contained folium/Leaflet maps of competing claims.

:func:`render_map` is the entry point (``geomap render`` and ``geomap demo`` call it).

How a map is built
------------------
folium provides the page scaffold (figure, map object(s), tiles in online mode). The claims
travel as **one compact JSON blob** (:func:`build_payload`) embedded in a
``<script type="application/json">`` element through :func:`geomap.render.escape.script_json`;
geomap's own JavaScript (``assets/geomap.js``) draws them on canvas layers and builds every
popup, panel and legend entry with ``textContent``. No data is ever put into markup, so the
map stays safe whatever names, notes and URLs the claims carry, and small however many
claims there are.

What the map shows: one overlay per side (with counts), reported control shading (contested
places striped), disagreement flags and a findings panel with the summary computed by
:mod:`geomap.render.analysis`, lines from a stated target to reported impacts elsewhere with
their distance, uncertainty as geometry (area polygon / circle of
:data:`geomap.model.PRECISION_RADIUS_M` / point), claims without a place in a side panel, a
date filter when claims span several dates, and a legend. ``dual=True`` puts the attacker's
(Russian) claims on a left map and everyone else's on a synchronised right map.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Iterable, Sequence

from ..model import (
    CLAIM_KINDS,
    DATE_PRECISIONS,
    GRADES,
    LOCATION_KINDS,
    PRECISION_RADIUS_M,
    PRECISIONS,
    SIDE_LABELS,
    SIDES,
    Claim,
    Location,
)
from ..atomic import write_text_atomic
from .escape import html_escape, safe_url, script_json

__all__ = ["render_map", "build_payload", "render_html", "SIDE_STYLE", "FACTION_COLORS"]

log = logging.getLogger(__name__)

#: Colour and symbol per side (colour-blind-safe palette; the shape tells sides apart too).
SIDE_STYLE = {
    "russia": ("#c0392b", "diamond"),
    "us_coalition": ("#1f5fa8", "square"),
    "syrian_opposition": ("#1e8449", "triangle"),
    "syrian_government": ("#7d3c98", "circle"),
    "turkmen": ("#0e9aa7", "star"),
    "turkey": ("#d35400", "pentagon"),
    "kurdish": ("#b7950b", "hexagon"),
    "iran": ("#5d6d7e", "cross"),
    "islamic_state": ("#17202a", "x"),
    "independent": ("#e67e22", "circle-dot"),
    "other": ("#7f8c8d", "ring"),
}

#: Colours for reported controlling factions, handed out in order of how often each is named.
FACTION_COLORS = (
    "#e69f00", "#56b4e9", "#009e73", "#cc79a7", "#0072b2", "#d55e00", "#f0e442",
    "#8c564b", "#9467bd", "#17becf", "#bcbd22", "#7f7f7f",
)

_ROUND = 5  # ~1 m: enough for any claim's precision, and keeps the blob small


class _Index(dict):
    """String -> position, assigning the next position to a new string (``None`` is 0)."""

    def __missing__(self, key):
        v = self[key] = len(self)
        return v


class _Strings:
    """Interns strings into one table; index 0 means "none" (``None`` or ``""``)."""

    def __init__(self):
        self.index = _Index({None: 0})

    def __call__(self, s: str | None) -> int:
        return self.index[s] if s else 0

    @property
    def table(self) -> list[str]:
        return ["" if k is None else k for k in self.index]


def _trim(row: list) -> list:
    while row and (row[-1] == 0 or row[-1] is None):
        row.pop()
    return row


def _rings(geom: dict) -> list:
    polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    return [[[[round(float(x), _ROUND), round(float(y), _ROUND)] for x, y, *_ in ring] for ring in poly]
            for poly in polys]


def _basemap(locations: Sequence[Location]) -> list:
    """Fallback basemap features as ``[kind, name, label_lon, label_lat, polygons, country]``.

    ``kind`` is 0 for a country, 1 for a governorate/province. Uses the gazetteer's outlines
    when the gazetteer package is installed; otherwise the store's own country and admin1 areas.
    """
    feats = []
    try:
        from gazetteer import countries as gc
    except ImportError:
        gc = None
    if gc is not None:
        try:
            covered = gc.covered_countries()
            used = ({loc.country for loc in locations if loc.country} & set(covered)) or set(covered)
            fc = gc.basemap(covered, admin=False)
            fc["features"] += [f for f in gc.basemap(sorted(used), admin=True)["features"]
                               if f["properties"].get("kind") == "admin1"]
            for f in fc["features"]:
                p = f["properties"]
                feats.append((p.get("kind"), p.get("name"), f["geometry"], p.get("country")))
        except Exception as e:  # the gazetteer is optional: a broken one must not break maps
            log.warning("gazetteer basemap unavailable (%s); using the store's own areas", e)
            feats = []
    if not feats:
        for loc in locations:
            if loc.is_area and loc.kind in ("country", "admin1"):
                feats.append((loc.kind, loc.name, loc.geometry, loc.country))
    from ..geometry import representative_point

    out = []
    for kind, name, geom, country in feats:
        try:
            lon, lat = representative_point(geom)
        except Exception:  # pragma: no cover - a degenerate outline: no label
            lon = lat = None
        out.append([0 if kind == "country" else 1, name or "", lon, lat, _rings(geom), country])
    return out


def _area_for(loc: Location, base: list) -> list | None:
    """The outline that stands for a point known only to governorate or country precision."""
    if loc.is_area or not loc.country:
        return None
    if loc.precision == "governorate" and loc.admin1:
        want = " ".join(loc.admin1.split()).casefold()
        for f in base:
            if f[0] == 1 and f[5] == loc.country and " ".join(f[1].split()).casefold() == want:
                return f
    if loc.precision == "country":
        for f in base:
            if f[0] == 0 and f[5] == loc.country:
                return f
    return None


def build_payload(
    claims: Iterable[Claim],
    locations: Iterable[Location] = (),
    *,
    title: str | None = None,
    date: str | None = None,
    offline: bool = True,
    basemap: bool | None = None,
    analysis=None,
) -> dict:
    """The map's data blob: locations, claims, analysis and styles, as compact JSON-able lists.

    Strings are interned in ``S`` (index 0 = none). Claim rows are
    ``[id, loc, side, kind, date, claimant, grade, outlet, link, target, faction,
    munitions, notes, quote, cas_min, cas_max, children_min, children_max, women_min,
    women_max, date_precision]`` with trailing empty cells dropped; ``loc`` is an index into
    ``L`` or -1 for a claim without a place; ``link`` is the claim's URL, else its outlet's.
    URLs that are not http(s) are left out.

    Parameters
    ----------
    claims, locations
        As from ``store.list_claims()`` and ``store.list_locations()``.
    title, date
        Map title and map date (``YYYY[-MM[-DD]]``; claims after it are left out; default:
        the latest claim date).
    offline
        Recorded in the blob (the page uses it to explain the fallback basemap).
    basemap
        Include the fallback basemap outlines (default: yes).
    analysis
        A precomputed :class:`geomap.render.analysis.Analysis` (computed here if ``None``).
    """
    from ..model import parse_date
    from .analysis import analyse

    claims = list(claims)
    locations = list(locations)
    if date is not None:
        date = parse_date(date)[0]
    an = analysis if analysis is not None else analyse(claims, locations, as_of=date)
    as_of = an.as_of
    S = _Strings()

    loc_by_id: dict[int, Location] = {}
    for loc in locations:
        if loc.id is not None:
            loc_by_id[loc.id] = loc
    for c in claims:
        if c.location is not None and c.location.id is not None:
            loc_by_id.setdefault(c.location.id, c.location)
    n = len(as_of) if as_of else 0
    shown = []
    used_ids = set()
    present = set()
    for c in claims:
        d = c.date
        if n and d is not None and d[:n] > as_of:
            continue
        shown.append(c)
        present.add(c.side)
        lid = c.location_id
        if lid is None and c.location is not None:
            lid = c.location.id
        used_ids.add(lid)
    used_ids.discard(None)
    loc_list = [loc_by_id[i] for i in sorted(used_ids) if i in loc_by_id]
    loc_index = {loc.id: i for i, loc in enumerate(loc_list)}

    base = _basemap(locations or loc_list) if basemap is not False else []
    geoms: list = []
    L = []
    prec_i = {p: i for i, p in enumerate(PRECISIONS)}
    kind_i = {k: i for i, k in enumerate(LOCATION_KINDS)}
    for loc in loc_list:
        g, drawn_as = -1, 0
        if loc.is_area:
            g = len(geoms)
            geoms.append(_rings(loc.geometry))
        else:
            f = _area_for(loc, base)
            if f is not None:  # uncertainty as geometry: the province (or country) itself
                g = len(geoms)
                geoms.append(f[4])
                drawn_as = S(f[1])
        L.append(_trim([loc.id, S(loc.name), round(loc.lon, _ROUND), round(loc.lat, _ROUND),
                        prec_i.get(loc.precision, 2), kind_i.get(loc.kind, 0), g,
                        S("; ".join(loc.aliases)), S(loc.country), S(loc.admin1), S(loc.note), S(loc.source),
                        drawn_as]))

    sides_present = [s for s in SIDES if s in present]
    side_i = {s: i for i, s in enumerate(sides_present)}
    kinds_i = {k: i for i, k in enumerate(CLAIM_KINDS)}
    grade_i = {g: i for i, g in enumerate(GRADES)}
    dprec_i = {p: i for i, p in enumerate(DATE_PRECISIONS)}
    dates = [d for d in an.dates if not n or d[:n] <= as_of]
    date_i = {d: i for i, d in enumerate(dates)}
    # The hot loop (one row per claim) avoids function calls where it can: idx[...] interns a
    # string (None -> 0) with one dict look-up; outlet home pages repeat, so their check is cached.
    idx = S.index
    li_get, date_get, dprec_get = loc_index.get, date_i.get, dprec_i.get
    home: dict[str | None, str | None] = {None: None}
    empty_tail = (None, None, None, None, None, None, 0)
    C = []
    append = C.append
    for c in shown:
        lid = c.location_id
        if lid is None and c.location is not None:
            lid = c.location.id
        link = c.url
        if link is not None:
            link = safe_url(link)
        if link is None:
            ou = c.outlet_url
            if ou not in home:
                home[ou] = safe_url(ou)
            link = home[ou]
        row = [
            c.id, li_get(lid, -1), side_i[c.side], kinds_i[c.kind], date_get(c.date, -1),
            idx[c.claimant], grade_i[c.grade], idx[c.outlet], idx[link], idx[c.target], idx[c.faction],
            idx[c.munitions], idx[c.notes], idx[c.quote],
        ]
        tail = (c.casualties_min, c.casualties_max, c.children_min, c.children_max, c.women_min, c.women_max,
                dprec_get(c.date_precision, 0))
        if tail != empty_tail:
            row.extend(tail)
        while row[-1] is None or row[-1] == 0:  # trailing empty cells (claimant, at 5, is never empty)
            row.pop()
        append(row)

    # Faction colours, most-named first.
    from collections import Counter

    fcount: Counter = Counter()
    for f in an.findings:
        if f.control:
            for x in f.control.factions:
                fcount[x] += 1
    factions = [name for name, _ in fcount.most_common()]
    fac_color = {name: FACTION_COLORS[i % len(FACTION_COLORS)] for i, name in enumerate(factions)}

    A = {}
    status_code = {None: 0, "unknown": 1, "consistent": 2, "disagree": 3}
    for f in an.findings:
        li = loc_index.get(f.location.id)
        if li is None:
            continue
        ctrl = f.control
        A[str(li)] = [
            status_code[f.status],
            [S(x) for x in f.stated_targets],
            1 if f.stated_general else 0,
            [S(x) for x in ctrl.factions] if ctrl else [],
            1 if ctrl and ctrl.contested else 0,
            loc_index.get(ctrl.via.id, -1) if ctrl and ctrl.via is not None else -1,
            [[S(w[0]), side_i.get(w[1], -1), [S(x) for x in w[2]]] for w in ctrl.who] if ctrl else [],
            [S(x) for x in f.presence],
            1 if f.is_strike else 0,
        ]
    K = [[loc_index[l.target.id], loc_index[l.impact.id], l.distance_km] for l in an.links
         if l.target.id in loc_index and l.impact.id in loc_index]

    payload = {
        "v": 1,
        "title": S(title),
        "asOf": as_of,
        "offline": bool(offline),
        "sides": [[s, SIDE_LABELS[s], *SIDE_STYLE[s]] for s in sides_present],
        "attacker": side_i.get(an.attacker_side, -1),
        "targets": [S(x) for x in an.attacker_targets],
        "kinds": list(CLAIM_KINDS),
        "grades": list(GRADES),
        "precisions": list(PRECISIONS),
        "radius": [PRECISION_RADIUS_M[p] for p in PRECISIONS],
        "locKinds": list(LOCATION_KINDS),
        "dprec": list(DATE_PRECISIONS),
        "D": dates,
        "L": L,
        "G": geoms,
        "C": C,
        "A": A,
        "K": K,
        "F": [[S(name), fac_color[name]] for name in factions],
        "summary": S(an.summary),
        "counts": an.counts,
        "base": [f[:5] for f in base],
    }
    payload["S"] = S.table
    return payload


def _raw(html: str):
    """A page element holding ``html`` verbatim.

    ``folium.Element(text)`` compiles ``text`` as a Jinja template, so ``{{ ... }}`` or ``{% ... %}``
    in a title, a note or any other data would run as template code in Python when the map is
    rendered. This element passes ``html`` to its template as a variable, which Jinja outputs
    as is and never parses.
    """
    from branca.element import Element
    from jinja2 import Template

    class _Raw(Element):
        _template = Template("{{ this.html }}")

        def __init__(self, html: str):
            super().__init__()
            self._name = "GeomapRaw"
            self.html = html

    return _Raw(html)


def _figure(title: str | None):
    import folium

    fig = folium.Figure()
    fig.header.add_child(_raw(f"<title>{html_escape(title or 'geomap')}</title>"), name="geomap_title")
    return fig


def _new_map(fig, *, offline: bool, tiles: bool, left: str = "0%", width: str = "100%", name: str = "map"):
    import folium

    m = folium.Map(location=(35.0, 38.0), zoom_start=7, tiles=None, width=width, height="100%",
                   left=left, position="absolute", prefer_canvas=True, control_scale=True)
    # geomap inlines Leaflet itself (offline) or links just Leaflet (online): none of folium's
    # other CDN scripts and styles (jQuery, Bootstrap, Font Awesome) are needed.
    m.default_js = []
    m.default_css = []
    if tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap", control=False).add_to(m)
    fig.add_child(m, name=name)
    return m


class _NoGC:
    """Pause the cyclic garbage collector while building the page.

    Building the blob allocates hundreds of thousands of small lists that are all still alive
    at the end; generational collections over them would only rescan live objects (with
    100,000 claims that is a good part of the render time). Reference counting still frees
    everything, and the collector is restored (if it was on) afterwards.
    """

    def __enter__(self):
        import gc

        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        import gc

        if self.was:
            gc.enable()
        return False


def render_html(
    claims: Iterable[Claim],
    locations: Iterable[Location] = (),
    *,
    offline: bool = True,
    dual: bool = False,
    title: str | None = None,
    date: str | None = None,
    basemap: bool | None = None,
) -> str:
    """The map as one HTML string; see :func:`render_map`."""
    with _NoGC():
        return _render_html(list(claims), list(locations), offline=offline, dual=dual, title=title, date=date,
                            basemap=basemap)


def _render_html(claims, locations, *, offline, dual, title, date, basemap) -> str:
    import folium

    from . import assets

    payload = build_payload(claims, locations, title=title, date=date, offline=offline, basemap=basemap)
    fig = _figure(title)
    if offline:
        fig.header.add_child(_raw(f"<style>{assets.inline_style(assets.leaflet_css())}</style>"),
                             name="leaflet_css")
        fig.header.add_child(_raw(f"<script>{assets.inline_script(assets.leaflet_js())}</script>"),
                             name="leaflet_js")
    else:
        js, css = assets.leaflet_cdn()
        fig.header.add_child(folium.CssLink(css), name="leaflet_css")
        fig.header.add_child(folium.JavascriptLink(js), name="leaflet_js")
    fig.header.add_child(_raw(f"<style>{assets.inline_style(assets.own_css())}</style>"), name="geomap_css")
    fig.header.add_child(_raw(f"<script>{assets.inline_script(assets.own_js())}</script>"), name="geomap_js")
    fig.html.add_child(_raw(
        f'<script type="application/json" id="geomap-data">{script_json(payload)}</script>'), name="geomap_data")

    tiles = not offline
    if dual:
        left = _new_map(fig, offline=offline, tiles=tiles, width="50%", name="map_left")
        right = _new_map(fig, offline=offline, tiles=tiles, left="50%", width="50%", name="map_right")
        _script(left, f"geomap.attach({left.get_name()}, {script_json({'role': 'left'})});")
        _script(right, f"geomap.attach({right.get_name()}, {script_json({'role': 'right'})});")
        # Runs after both maps exist: the right map's children render after it.
        _script(right, f"geomap.sync({left.get_name()}, {right.get_name()});")
    else:
        m = _new_map(fig, offline=offline, tiles=tiles)
        _script(m, f"geomap.attach({m.get_name()}, {script_json({'role': 'all'})});")
    return fig.render()


def _script(m, code: str) -> None:
    """Add JavaScript ``code`` (built only from our own names and :func:`script_json`) after map ``m``."""
    from branca.element import MacroElement
    from jinja2 import Template

    class _Code(MacroElement):
        _template = Template("{% macro script(this, kwargs) %}{{ this.code }}{% endmacro %}")

        def __init__(self, code: str):
            super().__init__()
            self._name = "GeomapScript"
            self.code = code

    m.add_child(_Code(code))


def render_map(
    claims: Iterable[Claim],
    locations: Iterable[Location],
    out_path: str | os.PathLike,
    *,
    offline: bool = True,
    dual: bool = False,
    title: str | None = None,
    date: str | None = None,
    basemap: bool | None = None,
) -> Path:
    """Render claims to an HTML map file and return its path.

    Parameters
    ----------
    claims
        Claims to map, typically ``store.list_claims()`` (each with ``.location`` filled in).
    locations
        Locations, typically ``store.list_locations()``.
    out_path
        The HTML file to write (parent directories are created; written atomically).
    offline
        Inline Leaflet and all code so the file works with no network, and draw the fallback
        basemap (country and governorate outlines). ``False`` uses web map tiles (with their
        attribution) and links Leaflet from a CDN.
    dual
        Two synchronised maps: the attacker's (Russian) claims left, all others right.
    title
        Map title (shown in the findings panel and the page title).
    date
        Map date ``YYYY[-MM[-DD]]``: claims dated later are left out and control is as of it.
        Default: the latest claim date.
    basemap
        ``False`` leaves out the fallback basemap outlines.

    Returns
    -------
    pathlib.Path
        ``out_path``.

    Raises
    ------
    geomap.exc.InvalidInput
        For a malformed ``date``.
    """
    html = render_html(claims, locations, offline=offline, dual=dual, title=title, date=date, basemap=basemap)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(out, html)
    log.info("wrote %s (%.0f kB)", out, len(html.encode("utf-8")) / 1024)
    return out
