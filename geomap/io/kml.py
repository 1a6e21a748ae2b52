"""KML 2.2 export for Google Earth and other globe viewers.

Claims: one folder per side, one styled placemark per claim (colour by side),
a ``TimeStamp`` from the claim date, an HTML description and the claim's fields
as ``ExtendedData`` (so GDAL/QGIS read them as attributes). Places
(``what="locations"``): one placemark per place listing its claims.

Every piece of source text is escaped twice over: values are HTML-escaped into
the description's HTML, and the description (like every other element) is
XML-escaped into the document, with characters XML forbids dropped. Only
``http(s)`` links become links.
"""

from __future__ import annotations

from typing import Any, Iterator

from ..model import SIDE_LABELS, SIDES
from ._common import atomic_output
from .geojson import claim_properties

from ..render.escape import html_escape, safe_url, xml_escape

__all__ = ["write_kml", "SIDE_COLOURS"]

#: Colour per side as RRGGBB (written to KML as aabbggrr).
SIDE_COLOURS = {
    "russia": "d62728",
    "us_coalition": "1f77b4",
    "syrian_opposition": "2ca02c",
    "syrian_government": "8c564b",
    "turkmen": "17becf",
    "turkey": "e377c2",
    "kurdish": "bcbd22",
    "iran": "9467bd",
    "islamic_state": "111111",
    "independent": "ff7f0e",
    "other": "7f7f7f",
}

_FIELDS = ("kind", "claimant", "side", "date", "outlet", "url", "target", "faction", "casualties_min",
           "casualties_max", "children_min", "children_max", "women_min", "women_max", "munitions", "grade", "notes",
           "quote", "location", "country", "admin1", "precision")


def _abgr(rgb: str, alpha: str = "ff") -> str:
    return f"{alpha}{rgb[4:6]}{rgb[2:4]}{rgb[0:2]}"


def _styles() -> Iterator[str]:
    for side in SIDES:
        rgb = SIDE_COLOURS.get(side, "7f7f7f")
        yield (f'<Style id="side-{side}"><IconStyle><color>{_abgr(rgb)}</color><scale>1.1</scale></IconStyle>'
               f'<LabelStyle><scale>0.8</scale></LabelStyle><LineStyle><color>{_abgr(rgb)}</color><width>2</width>'
               f'</LineStyle><PolyStyle><color>{_abgr(rgb, "55")}</color></PolyStyle></Style>')
    yield ('<Style id="place"><IconStyle><color>ff3c3c3c</color></IconStyle><LineStyle><color>ff3c3c3c</color>'
           '<width>2</width></LineStyle><PolyStyle><color>403c3c3c</color></PolyStyle></Style>')


def _coords(ring) -> str:
    return " ".join(f"{round(x, 6)},{round(y, 6)}" for x, y in ring)


def _polygon(rings) -> str:
    out = ["<Polygon><outerBoundaryIs><LinearRing><coordinates>", _coords(rings[0]),
           "</coordinates></LinearRing></outerBoundaryIs>"]
    for hole in rings[1:]:
        out += ["<innerBoundaryIs><LinearRing><coordinates>", _coords(hole), "</coordinates></LinearRing></innerBoundaryIs>"]
    out.append("</Polygon>")
    return "".join(out)


def _geometry(loc) -> str:
    if loc is None:
        return ""
    g = loc.geometry
    if g["type"] == "Point":
        x, y = g["coordinates"]
        return f"<Point><coordinates>{round(x, 6)},{round(y, 6)}</coordinates></Point>"
    if g["type"] == "Polygon":
        return _polygon(g["coordinates"])
    return "<MultiGeometry>" + "".join(_polygon(p) for p in g["coordinates"]) + "</MultiGeometry>"


def _link_html(url: Any, text: Any = None) -> str:
    ok = safe_url(url)
    if ok is None:
        return html_escape(url)
    return f'<a href="{html_escape(ok)}">{html_escape(text if text is not None else ok)}</a>'


def _claim_html(p: dict) -> str:
    rows = []
    for k in ("kind", "claimant", "side", "date", "outlet", "target", "faction", "munitions", "grade"):
        v = p.get(k)
        if v not in (None, ""):
            label = SIDE_LABELS.get(v, v) if k == "side" else v
            rows.append(f"<tr><th>{html_escape(k)}</th><td>{html_escape(label)}</td></tr>")
    for what in ("casualties", "children", "women"):
        lo, hi = p.get(f"{what}_min"), p.get(f"{what}_max")
        if lo is not None or hi is not None:
            txt = f"{lo}" if lo == hi else f"{lo if lo is not None else '?'}–{hi if hi is not None else ''}"
            rows.append(f"<tr><th>{what}</th><td>{html_escape(txt)}</td></tr>")
    if p.get("url"):
        rows.append(f"<tr><th>source</th><td>{_link_html(p['url'])}</td></tr>")
    html = "<table>" + "".join(rows) + "</table>"
    if p.get("quote"):
        html += f"<blockquote>{html_escape(p['quote'])}</blockquote>"
    if p.get("notes"):
        html += f"<p>{html_escape(p['notes'])}</p>"
    return html


def _extended(p: dict, fields) -> str:
    parts = []
    for k in fields:
        v = p.get(k)
        if v is None or v == "":
            continue
        parts.append(f'<Data name="{xml_escape(k)}"><value>{xml_escape(v)}</value></Data>')
    return "<ExtendedData>" + "".join(parts) + "</ExtendedData>" if parts else ""


def _keep(loc, geometry: str | None) -> bool:
    if geometry is None:
        return True
    if geometry == "none":
        return loc is None
    return loc is not None and loc.is_area == (geometry == "area")


def _claim_placemark(loc, p: dict) -> str:
    where = p.get("location") or "(no place)"
    name = f"{where}: {p['kind']} ({p['claimant']})"
    ts = f"<TimeStamp><when>{xml_escape(p['date'])}</when></TimeStamp>" if p.get("date") else ""
    return (f'<Placemark id="claim-{p["id"]}"><name>{xml_escape(name)}</name>{ts}'
            f'<styleUrl>#side-{xml_escape(p["side"])}</styleUrl>'
            f'<description>{xml_escape(_claim_html(p))}</description>'
            f'{_extended(p, _FIELDS)}{_geometry(loc)}</Placemark>')


def write_kml(store, dest, *, what: str = "claims", geometry: str | None = None) -> int:
    """Write a KML document; returns the number of placemarks."""
    n = 0
    with atomic_output(dest) as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">\n<Document>\n')
        title = store.get_meta("case_title") or "geomap claims"
        f.write(f"<name>{xml_escape(title)}</name>\n")
        for s in _styles():
            f.write(s + "\n")
        if what == "locations":
            by_loc: dict[int, list] = {}
            for loc, p in claim_properties(store):
                if loc is not None:
                    by_loc.setdefault(loc.id, []).append(p)
            f.write("<Folder><name>Places</name>\n")
            for loc in store.list_locations():
                if not _keep(loc, geometry):
                    continue
                claims = by_loc.get(loc.id, [])
                html = f"<p>{html_escape(loc.kind)}, {html_escape(loc.admin1 or '')} {html_escape(loc.country or '')}</p>"
                if loc.source:
                    html += f"<p>coordinates: {_link_html(loc.source)}</p>"
                html += "".join(f"<h4>{html_escape(c['claimant'])}</h4>" + _claim_html(c) for c in claims)
                props = dict(loc.properties())
                props["aliases"] = ", ".join(loc.aliases)
                props["claim_count"] = len(claims)
                f.write(f'<Placemark id="location-{loc.id}"><name>{xml_escape(loc.name)}</name><styleUrl>#place</styleUrl>'
                        f'<description>{xml_escape(html)}</description>'
                        f'{_extended(props, ("aliases", "kind", "country", "admin1", "precision", "source", "note", "claim_count"))}'
                        f'{_geometry(loc)}</Placemark>\n')
                n += 1
            f.write("</Folder>\n")
        else:
            by_side: dict[str, list[str]] = {}
            for loc, p in claim_properties(store):
                if not _keep(loc, geometry):
                    continue
                by_side.setdefault(p["side"], []).append(_claim_placemark(loc, p))
            for side in SIDES:
                marks = by_side.get(side)
                if not marks:
                    continue
                f.write(f"<Folder><name>{xml_escape(SIDE_LABELS.get(side, side))}</name>\n")
                for m in marks:
                    f.write(m + "\n")
                    n += 1
                f.write("</Folder>\n")
        f.write("</Document>\n</kml>\n")
    return n

