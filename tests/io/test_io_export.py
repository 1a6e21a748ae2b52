"""Exports: every format read back by GDAL, GeoJSON validity, RFC 7946 details, atomic writes."""

from __future__ import annotations

import json
import os
import xml.dom.minidom

import pytest
from io_helpers import AREA, TRICKY, ogrinfo_warnings, validate_gpkg

from geomap.exc import InvalidInput
from geomap.io import export

pyogrio = pytest.importorskip("pyogrio")

GDAL_FORMATS = {"geojson": "geojson", "geojsonseq": "geojsonl", "gpkg": "gpkg", "kml": "kml", "csv": "csv",
                "acled": "csv"}


def _count_gdal(path) -> int:
    total = 0
    for name, _ in pyogrio.list_layers(path):
        total += pyogrio.read_info(path, layer=name, force_feature_count=True)["features"]
    return total


@pytest.mark.parametrize("fmt", sorted(GDAL_FORMATS))
@pytest.mark.parametrize("what", ["claims", "locations"])
def test_every_export_is_read_back_by_gdal(filled_store, tmp_path, fmt, what):
    if what == "locations" and fmt == "acled":
        with pytest.raises(InvalidInput):
            export(filled_store, fmt, tmp_path / "x.csv", what=what)
        return
    path = tmp_path / f"out.{GDAL_FORMATS[fmt]}"
    export(filled_store, fmt, path, what=what)
    expected = filled_store.count_claims() if what == "claims" else len(filled_store.list_locations())
    assert _count_gdal(path) == expected
    if fmt in ("gpkg", "geojson", "kml"):
        assert ogrinfo_warnings(path) == ""


def test_geojson_passes_validator_and_rfc7946(filled_store, tmp_path):
    gv = pytest.importorskip("geojson_validator")
    path = tmp_path / "claims.geojson"
    export(filled_store, "geojson", path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert "crs" not in doc
    assert gv.validate_structure(doc) == {}
    located = {"type": "FeatureCollection", "features": [f for f in doc["features"] if f["geometry"]]}
    res = gv.validate_geometries(located)
    assert res["invalid"] == {}, res
    assert set(res["problematic"]) <= {"holes"}, res  # the test area has a hole on purpose
    # 6 decimals at most; exterior rings counter-clockwise, holes clockwise.
    text = path.read_text(encoding="utf-8")
    import re

    assert not re.search(r"\d\.\d{7,}", "".join(json.dumps(f["geometry"]) for f in doc["features"]))
    area = next(f for f in doc["features"] if f["geometry"] and f["geometry"]["type"] == "Polygon")
    ext, hole = area["geometry"]["coordinates"]

    def signed(r):
        return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(r, r[1:]))

    assert signed(ext) > 0 > signed(hole)
    assert AREA["coordinates"][0][0] != tuple(ext[1])  # orientation was fixed, not copied
    assert TRICKY[1] in text or json.dumps(TRICKY[1], ensure_ascii=False)[1:-1] in text
    # A claim without a place is a Feature with null geometry, all properties kept.
    unplaced = [f for f in doc["features"] if f["geometry"] is None]
    assert unplaced and all(f["properties"]["location"] is None for f in unplaced)


def test_geojson_locations_pass_validator(filled_store, tmp_path):
    gv = pytest.importorskip("geojson_validator")
    path = tmp_path / "places.geojson"
    export(filled_store, "geojson", path, what="locations")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert gv.validate_structure(doc) == {}
    assert gv.validate_geometries(doc)["invalid"] == {}


def test_geojson_coordinates_lie_in_their_stated_country(filled_store, tmp_path):
    countries = pytest.importorskip("gazetteer.countries")
    path = tmp_path / "claims.geojson"
    export(filled_store, "geojson", path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    checked = 0
    for f in doc["features"]:
        g, cc = f["geometry"], f["properties"]["country"]
        if not g or not cc or cc not in countries.covered_countries():
            continue
        rings = [g["coordinates"]] if g["type"] == "Point" else (
            [p[0] for p in g["coordinates"]] if g["type"] == "MultiPolygon" else [g["coordinates"][0]])
        for ring in rings:
            for lon, lat in ([ring] if g["type"] == "Point" else ring):
                assert countries.contains(cc, lon, lat), (f["properties"]["location"], lon, lat, cc)
                checked += 1
    assert checked >= 3


def test_swapped_coordinates_would_be_caught(tmp_path, store):
    """The country check is not vacuous: lat/lon swapped falls outside Syria."""
    countries = pytest.importorskip("gazetteer.countries")
    assert countries.contains("SY", 36.73093, 34.84063)
    assert not countries.contains("SY", 34.84063, 36.73093)


def test_geojson_locations_nest_their_claims(filled_store, tmp_path):
    path = tmp_path / "places.geojson"
    export(filled_store, "geojson", path, what="locations")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert len(doc["features"]) == len(filled_store.list_locations())
    nested = sum(len(f["properties"]["claims"]) for f in doc["features"])
    placed = sum(1 for c in filled_store.list_claims() if c.location_id is not None)
    assert nested == placed
    arabic = next(f for f in doc["features"] if f["properties"]["name"] == "تلبيسة")
    assert arabic["properties"]["claims"][0]["claimant"] == "ناشطون سوريون"


def test_geojsonseq_one_feature_per_line_and_rs(filled_store, tmp_path):
    path = tmp_path / "c.geojsonl"
    export(filled_store, "geojsonseq", path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == filled_store.count_claims()
    assert all(json.loads(line)["type"] == "Feature" for line in lines)
    export(filled_store, "geojsonseq", tmp_path / "rs.geojsons", rs=True)
    raw = (tmp_path / "rs.geojsons").read_text(encoding="utf-8")
    assert raw.count("\x1e") == filled_store.count_claims() and raw.startswith("\x1e{")


def test_gpkg_is_valid_geopackage_1_2_with_point_and_area_layers(filled_store, tmp_path):
    path = tmp_path / "c.gpkg"
    export(filled_store, "gpkg", path)
    validate_gpkg(path)
    layers = dict((str(n), t) for n, t in pyogrio.list_layers(path))
    assert layers["claims_points"] == "Point" and layers["claims_areas"] == "MultiPolygon"
    assert layers["claims_unlocated"] is None
    import sqlite3

    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 10200
    assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
    con.close()
    export(filled_store, "gpkg", tmp_path / "l.gpkg", what="locations")
    validate_gpkg(tmp_path / "l.gpkg")


def test_kml_folders_per_side_escaped_and_timestamped(filled_store, tmp_path):
    path = tmp_path / "c.kml"
    export(filled_store, "kml", path)
    text = path.read_text(encoding="utf-8")
    dom = xml.dom.minidom.parseString(text.encode("utf-8"))  # well-formed despite markup in the data
    folders = [f.getElementsByTagName("name")[0].firstChild.data for f in dom.getElementsByTagName("Folder")]
    assert "Russia (Defence Ministry and officials)" in folders and len(folders) == len(set(folders))
    assert "<script>" not in text and "<b>hit</b>" not in text
    descs = [d.firstChild.data for d in dom.getElementsByTagName("description") if d.firstChild]
    # Inside the description (HTML) the data is escaped once more: no live tags from the data.
    assert any("&lt;script&gt;" in d for d in descs)
    assert all("<script" not in d for d in descs)
    assert dom.getElementsByTagName("TimeStamp")
    for pm in dom.getElementsByTagName("Placemark"):
        assert pm.getElementsByTagName("styleUrl")


def test_kml_refuses_unsafe_links(store, tmp_path):
    from geomap.model import Claim, Location, point

    loc = store.add_location(Location(name="X", geometry=point(36.7, 34.8)))
    store.add_claim(Claim(kind="strike", claimant="A", location_id=loc.id, url="javascript:alert(1)"))
    path = tmp_path / "c.kml"
    export(store, "kml", path)
    dom = xml.dom.minidom.parse(str(path))
    desc = dom.getElementsByTagName("description")[0].firstChild.data
    assert "href" not in desc and "javascript:alert(1)" in desc


def test_acled_columns(filled_store, tmp_path):
    import csv

    path = tmp_path / "acled.csv"
    export(filled_store, "acled", path)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for col in ("event_date", "event_type", "sub_event_type", "actor1", "location", "latitude", "longitude",
                "geo_precision", "source", "notes", "fatalities"):
        assert col in rows[0]
    strike = next(r for r in rows if r["actor1"] == "ناشطون سوريون")
    assert strike["event_type"] == "Explosions/Remote violence" and strike["sub_event_type"] == "Air/drone strike"
    assert strike["fatalities"] == "27" and strike["geo_precision"] == "1" and strike["country"] == "Syria"
    assert float(strike["latitude"]) == pytest.approx(34.84063) and strike["event_date"] == "2015-09-30"


def test_export_to_stdout(filled_store, capsys):
    export(filled_store, "geojson", None)
    doc = json.loads(capsys.readouterr().out)
    assert len(doc["features"]) == filled_store.count_claims()


def test_gpkg_needs_a_path(filled_store):
    with pytest.raises(InvalidInput, match="stdout"):
        export(filled_store, "gpkg", None)


def test_interrupted_export_keeps_previous_file(filled_store, tmp_path, monkeypatch):
    path = tmp_path / "c.geojson"
    path.write_text("previous", encoding="utf-8")
    import geomap.io.geojson as gj

    def boom(*a, **k):
        yield '{"type":"Feature"}'
        raise KeyboardInterrupt

    monkeypatch.setattr(gj, "claim_features", boom)
    with pytest.raises(KeyboardInterrupt):
        export(filled_store, "geojson", path)
    assert path.read_text(encoding="utf-8") == "previous"
    assert sorted(os.listdir(tmp_path)) == sorted(["c.geojson", "filled.gpkg"])


def test_split_geometry(filled_store, tmp_path):
    written = export(filled_store, "geojson", tmp_path / "c.geojson", split_geometry=True)
    names = sorted(os.path.basename(p) for p in written)
    assert names == ["c.areas.geojson", "c.points.geojson", "c.unlocated.geojson"]
    types = {n: {f["geometry"]["type"] if f["geometry"] else None
                 for f in json.loads((tmp_path / n).read_text(encoding="utf-8"))["features"]} for n in names}
    assert types == {"c.areas.geojson": {"Polygon"}, "c.points.geojson": {"Point"}, "c.unlocated.geojson": {None}}
    total = sum(len(json.loads((tmp_path / n).read_text(encoding="utf-8"))["features"]) for n in names)
    assert total == filled_store.count_claims()


def test_unknown_format_refused(filled_store, tmp_path):
    with pytest.raises(InvalidInput):
        export(filled_store, "shapefile", tmp_path / "x")


def test_gpkg_sql_fast_path_equals_generic_path(filled_store, tmp_path):
    from io_helpers import gpkg_claims

    from geomap.io.gpkg_export import write_gpkg

    write_gpkg(filled_store, tmp_path / "fast.gpkg", fast=True)
    write_gpkg(filled_store, tmp_path / "slow.gpkg", fast=False)
    validate_gpkg(tmp_path / "fast.gpkg")
    assert gpkg_claims(tmp_path / "fast.gpkg") == gpkg_claims(tmp_path / "slow.gpkg")
    ids = [sorted(pyogrio.read_dataframe(tmp_path / f, layer="claims_points")["claim_id"]) for f in ("fast.gpkg", "slow.gpkg")]
    assert ids[0] == ids[1] and len(ids[0]) > 0


@pytest.mark.parametrize("geometry", [None, "point", "area", "none"])
def test_geojson_sql_fast_path_equals_generic_path(filled_store, geometry):
    from geomap.io.geojson import claim_features

    fast = [json.loads(f) for f in claim_features(filled_store, geometry=geometry, fast=True)]
    slow = [json.loads(f) for f in claim_features(filled_store, geometry=geometry, fast=False)]
    assert fast == slow and len(fast) > 0
