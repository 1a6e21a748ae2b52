"""Property-based tests (hypothesis) that fill the gaps left by the per-module suites.

Already elsewhere: fold is total and case-blind on ASCII (tests/gazetteer), valid coordinates
round-trip (tests/core), point geometry codec (tests/core), store round trip (tests/core,
tests/store), export/import round trips of geojson/csv/case/gpkg (tests/io), escaping
(tests/render). Here: fold on any Unicode, coordinate validation on any input, the geometry
codecs and RFC 7946 output on polygons, and the round trips not covered there
(GeoJSONSeq, the per-place exports, ACLED).
"""

from __future__ import annotations

import json
import math
import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, assume, example, given, settings
from hypothesis import strategies as st

from geomap.exc import InvalidInput

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))
import test_io_roundtrip as rt  # noqa: E402 - the io suite's case generator: one definition of "a random case"

FAST = settings(max_examples=150, deadline=None)
SLOW = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# -- name folding ----------------------------------------------------------------------------------



@FAST
@given(st.text(max_size=60))
def test_fold_is_total_on_any_text(s):
    from gazetteer.fold import fold, skeleton

    k = fold(s)
    assert isinstance(k, str) and k == k.strip() and "  " not in k and k == k.lower()
    assert isinstance(skeleton(k), str)


_GZ = {}
_IDS = iter(range(10**9))


@FAST
@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=9), min_size=1, max_size=3)
       .map(" ".join))
def test_a_user_place_is_found_by_its_own_name_in_any_case_and_spacing(name):
    """Folding in use: a place added to the user layer resolves from its name however it is typed."""
    from gazetteer import Gazetteer, Place
    from gazetteer.fold import fold

    if "gz" not in _GZ:
        _GZ["gz"] = Gazetteer().load()
    gz = _GZ["gz"]
    pid = f"user:prop{next(_IDS)}"
    gz.add_user_places([Place(id=pid, name=name.title(), kind="locality", lat=35.0, lon=36.5, country="SY",
                              source="user")])
    for q in (name, name.upper(), "  " + name.title() + "\t"):
        got = gz.resolve(q, country="SY")
        assert got, q
        top = got[0].place
        # this place, or a user place added earlier whose name folds the same way
        assert top.id == pid or (top.source == "user" and fold(top.name) == fold(name)), (q, got[:2])


@FAST
@given(st.text(max_size=40))
def test_fold_ignores_unicode_normalisation_and_padding(s):
    from gazetteer.fold import fold

    key = fold(s)
    assert fold(unicodedata.normalize("NFD", s)) == key == fold(unicodedata.normalize("NFC", s))
    assert fold(" \t" + s + "  ") == key


@FAST
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz '-", min_size=1, max_size=30))
def test_fold_ignores_apostrophe_and_hyphen_styles(s):
    from gazetteer.fold import fold

    assert fold(s) == fold(s.replace("'", "\u2019")) == fold(s.replace("'", "\u02bf"))
    assert fold(s.replace("-", " ")) == fold(s.replace("-", "\u2010")) or "-" not in s


@settings(max_examples=300, deadline=None, phases=[Phase.explicit, Phase.generate])  # no shrinking/patch files
@example("Ł")
@example("Æ")
@given(st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), max_size=10))
def test_fold_ignores_case_on_any_letters(s):
    from gazetteer.fold import fold

    assert fold(s) == fold(s.lower())


# -- coordinate validation ---------------------------------------------------------------------------

ANY_COORD = (st.floats(allow_nan=True, allow_infinity=True) | st.integers(-10**30, 10**30) | st.booleans() | st.none()
             | st.text(max_size=12) | st.floats(-200, 200).map(repr) | st.sampled_from(["nan", "-inf", "1e400", "", " 34.5 "])
             | st.lists(st.floats(), max_size=2))


@FAST
@given(ANY_COORD, ANY_COORD)
def test_coordinate_validation_is_total(lat, lon):
    """Any input gives a finite in-range pair in lon/lat order, or a clean InvalidInput."""
    from geomap.model import LngLat

    try:
        ll = LngLat.from_latlon(lat, lon)
    except InvalidInput as e:
        assert str(e) and "\n" not in str(e)
        return
    assert math.isfinite(ll.lat) and math.isfinite(ll.lng)
    assert -90 <= ll.lat <= 90 and -180 <= ll.lng <= 180
    assert not isinstance(lat, bool) and not isinstance(lon, bool)
    assert ll.lat == float(lat) and ll.lng == float(lon)  # the one swap, nothing else changed


@FAST
@given(st.floats(allow_nan=True, allow_infinity=True), st.floats(allow_nan=True, allow_infinity=True))
def test_geometry_positions_validated(x, y):
    from geomap.geometry import validate_geometry

    ok = math.isfinite(x) and math.isfinite(y) and -180 <= x <= 180 and -90 <= y <= 90
    try:
        g = validate_geometry({"type": "Point", "coordinates": [x, y]})
    except InvalidInput:
        assert not ok
        return
    assert ok and tuple(g["coordinates"])[:2] == (x, y)


# -- geometry codecs on polygons -----------------------------------------------------------------------

@st.composite
def polygons(draw):
    """Valid (Multi)Polygons: boxes with an optional hole, either orientation."""
    def box(x, y, w, h, hole):
        ring = [(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)]
        if draw(st.booleans()):
            ring.reverse()
        rings = [ring]
        if hole:
            rings.append([(x + w / 3, y + h / 3), (x + w / 3, y + 2 * h / 3), (x + 2 * w / 3, y + 2 * h / 3),
                          (x + 2 * w / 3, y + h / 3), (x + w / 3, y + h / 3)])
        return rings

    n = draw(st.integers(1, 3))
    polys = []
    x = draw(st.floats(-179.0, 150.0))
    for i in range(n):
        y = draw(st.floats(-89.0, 80.0))
        w, h = draw(st.floats(0.001, 8.0)), draw(st.floats(0.001, 8.0))
        polys.append(box(x, y, w, h, draw(st.booleans())))
        x += w + 0.5  # the next part starts clear of this one
    assume(x < 180)
    if n == 1 and draw(st.booleans()):
        return {"type": "Polygon", "coordinates": polys[0]}
    return {"type": "MultiPolygon", "coordinates": polys}


def _same(a, b):
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


@FAST
@given(polygons())
def test_polygon_wkb_and_geopackage_round_trip(geom):
    from geomap.geometry import bounds, from_gpkg, from_wkb, to_gpkg, to_wkb, validate_geometry

    g = validate_geometry(geom)
    for back in (from_wkb(to_wkb(g)), from_gpkg(to_gpkg(g))):
        assert back["type"] == g["type"] and _same(back["coordinates"], g["coordinates"])
    assert bounds(from_gpkg(to_gpkg(g))) == bounds(g)


@FAST
@given(polygons())
def test_rfc7946_output_is_ccw_rounded_and_stable(geom):
    from geomap.geometry import _signed_area, rfc7946, validate_geometry

    out = rfc7946(validate_geometry(geom))
    polys = [out["coordinates"]] if out["type"] == "Polygon" else out["coordinates"]
    for poly in polys:
        assert _signed_area(poly[0]) > 0  # exterior counter-clockwise
        for hole in poly[1:]:
            assert _signed_area(hole) < 0
        for ring in poly:
            assert ring[0] == ring[-1]
            assert all(round(v, 6) == v for pt in ring for v in pt)
    assert rfc7946(out) == out


# -- round trips the io suite does not generate ---------------------------------------------------------



def _records(store):
    """Every claim with its place, ids left out."""
    out = []
    for c in store.list_claims():
        loc = c.location
        out.append(json.dumps({**{k: v for k, v in c.properties().items() if k not in ("id", "location_id", "lat", "lon")},
                               "geometry": None if loc is None else json.loads(json.dumps(loc.geometry)),
                               "aliases": None if loc is None else sorted(loc.aliases)},
                              sort_keys=True, ensure_ascii=False, default=str))
    return sorted(out)


@pytest.mark.parametrize("fmt, what", [("geojsonseq", "claims"), ("geojson", "locations"), ("geojsonseq", "locations")])
@SLOW
@given(data=st.data())
def test_generated_round_trip_other_formats(fmt, what, data):
    from geomap.io import export, import_files
    from geomap.store.gpkg import GeoPackageStore

    case = data.draw(rt._case())
    if what == "locations":
        assume(case[0])  # an export with no places is an empty file, which imports refuse by design
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        src = rt._build(d / "src.gpkg", case)
        try:
            path = d / ("out." + ("geojsonl" if fmt == "geojsonseq" else "geojson"))
            export(src, fmt, path, what=what)
            with GeoPackageStore(d / "dst.gpkg", create=True) as dst:
                import_files(dst, [path])
                if what == "claims":
                    assert _records(dst) == [_round6(r) for r in _records(src)]
                else:  # per place: every placed claim comes back at its place; places without claims too
                    placed = [r for r in _records(src) if json.loads(r)["location"] is not None]
                    assert _records(dst) == [_round6(r) for r in placed]
                    assert sorted(l.name for l in dst.list_locations()) == sorted(l.name for l in src.list_locations())
        finally:
            src.close()


def _round6(record: str) -> str:
    """The geometry as the RFC 7946 export writes it (6 decimals, CCW exterior rings)."""
    from geomap.geometry import rfc7946

    r = json.loads(record)
    if r["geometry"] is not None:
        g = rfc7946(r["geometry"])
        r["geometry"] = json.loads(json.dumps(g))
    return json.dumps(r, sort_keys=True, ensure_ascii=False, default=str)


@SLOW
@given(data=st.data())
def test_acled_round_trip_keeps_places_dates_and_figures(data):
    """ACLED is lossy by design (one claimant, ACLED's vocabulary); what it carries must survive."""
    from geomap.io import export, import_files
    from geomap.store.gpkg import GeoPackageStore

    case = data.draw(rt._case())
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        src = rt._build(d / "src.gpkg", case)
        try:
            placed = [c for c in src.list_claims() if c.location is not None]
            export(src, "acled", d / "acled.csv")
            with GeoPackageStore(d / "dst.gpkg", create=True) as dst:
                report = import_files(dst, [d / "acled.csv"], skip_invalid=True)
                got = [(c.location.name, round(c.location.lat, 4), round(c.location.lon, 4), c.casualties_min or 0,
                        c.date or "") for c in dst.list_claims()]
            want = [(c.location.name, round(c.location.lat, 4), round(c.location.lon, 4), c.casualties_min or 0,
                     c.date or "") for c in placed]
            assert len(got) == len(want)
            # ACLED dates are whole days with a precision: "2015-10" comes back as 2015-10-01 (month), and a
            # year-only date as its first day (ACLED has no year precision). The date given must be a prefix.
            for w in want:
                # coordinates travel at 6 decimals; compared at 4, a value on a rounding edge may tip either way
                hit = next((g for g in got if g[0] == w[0] and abs(g[1] - w[1]) <= 1.5e-4 and abs(g[2] - w[2]) <= 1.5e-4
                            and g[3] == w[3] and (g[4].startswith(w[4]) if w[4] else not g[4])), None)
                assert hit is not None, (w, got)
                got.remove(hit)
            # claims without a place have no coordinates in ACLED's format: each is reported, none is lost silently
            assert len(report.skipped) == src.count_claims() - len(placed)
        finally:
            src.close()
