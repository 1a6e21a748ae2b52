"""Bad input everywhere: every way data enters geomap refuses malformed content cleanly.

One table of (input maker, expected message fragment, line) per way in: CLI options, flat
CSV, case YAML, GeoJSON, GeoJSONSeq, GeoPackage, KML, ACLED and UCDP CSV, gazetteer files,
text for geoparse, and the store file itself. Each case must be refused with exit status 2,
exactly one line on stderr (``geomap: error: FILE:LINE: reason``) naming the file and the
line or feature, no traceback, and the store byte-for-byte as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from rel_helpers import cli, digest, geomap_run, integrity

# -- input makers -------------------------------------------------------------------------------
# A maker writes its file(s) under ``d`` and returns the file name the error must mention.

CSV_HEAD = "date,location,lat,lon,claimant,kind,side,notes\n"
CSV_OK = "2015-09-30,Talbiseh,34.84,36.73,Activists,strike,syrian_opposition,fine\n"


def text_file(name: str, content: str | bytes):
    def make(d: Path) -> str:
        p = d / name
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8")
        return name
    return make


def csv_row(**over) -> str:
    """The good row with some fields replaced."""
    row = dict(zip(CSV_HEAD.strip().split(","), CSV_OK.strip().split(",")))
    row.update(over)
    return ",".join(row.values()) + "\n"


def bad_csv(**over):
    return text_file("claims.csv", CSV_HEAD + CSV_OK + csv_row(**over))


def geom_csv(geometry: dict | str):
    g = geometry if isinstance(geometry, str) else json.dumps(geometry)
    g = '"' + g.replace('"', '""') + '"'
    return text_file("areas.csv", "date,location,lat,lon,claimant,kind,geometry\n"
                     f"2015-09-30,Somewhere,,,Activists,strike,{g}\n")


UNCLOSED = {"type": "Polygon", "coordinates": [[[36.6, 34.8], [36.9, 34.8], [36.9, 35.0], [36.6, 35.0]]]}
BOWTIE = {"type": "Polygon", "coordinates": [[[36.6, 34.8], [36.9, 35.0], [36.9, 34.8], [36.6, 35.0], [36.6, 34.8]]]}

CASE_HEAD = """geomap_case: 1
title: Test case
claimants:
  - name: Activists
    side: syrian_opposition
locations:
  - key: talbiseh
    name: Talbiseh
    lat: 34.84
    lon: 36.73
"""
CASE_CLAIM = """claims:
  - kind: strike
    claimant: Activists
    location: talbiseh
    date: 2015-09-30
"""


def case(extra_locations: str = "", claims: str = CASE_CLAIM, head: str = CASE_HEAD):
    return text_file("case.yaml", head + extra_locations + claims)


def case_loc(body: str) -> str:
    """A second location entry (starts at line 11 of the file)."""
    return "  - key: second\n" + "".join(f"    {line}\n" for line in body.strip().splitlines())


def geojson(features=None, doc=None, name="places.geojson"):
    if doc is None:
        doc = {"type": "FeatureCollection", "features": features}
    return text_file(name, json.dumps(doc, indent=1, allow_nan=True))


def feature(geometry, **props):
    return {"type": "Feature", "properties": {"name": "Talbiseh", **props}, "geometry": geometry}


PT = {"type": "Point", "coordinates": [36.73, 34.84]}


def seq(*lines: str):
    return text_file("claims.geojsonl", "".join(line + "\n" for line in lines))


def gdal_file(name: str, rows: list[dict], driver: str):
    def make(d: Path) -> str:
        import geopandas as gpd
        from shapely.geometry import Point

        from shapely.geometry import shape

        gdf = gpd.GeoDataFrame([{k: v for k, v in r.items() if k not in ("xy", "geojson")} for r in rows],
                               geometry=[shape(r["geojson"]) if "geojson" in r else Point(*r["xy"]) for r in rows],
                               crs="EPSG:4326")
        gdf.to_file(d / name, driver=driver)
        return name
    return make


KML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>\n'


def kml(body: str):
    return text_file("places.kml", KML_HEAD + body + "</Document></kml>\n")


def placemark(name: str, coords: str) -> str:
    return f"<Placemark><name>{name}</name><Point><coordinates>{coords}</coordinates></Point></Placemark>\n"


ACLED_HEAD = ("event_id_cnty,event_date,year,event_type,sub_event_type,actor1,country,admin1,location,latitude,"
              "longitude,geo_precision,source,notes,fatalities\n")
ACLED_OK = ("SYR1,2015-09-30,2015,Explosions/Remote violence,Air/drone strike,Military Forces of Russia,Syria,Homs,"
            "Talbiseh,34.84,36.73,1,SOHR,Air strikes,17\n")
UCDP_HEAD = "id,year,type_of_violence,side_a,side_b,latitude,longitude,where_coordinates,where_prec,country,adm_1,date_start,date_end,best,low,high\n"
UCDP_OK = "1,2015,1,Government of Russia,IS,34.84,36.73,Talbiseh village,1,Syria,Homs,2015-09-30 00:00:00.000,2015-09-30 00:00:00.000,17,10,20\n"


def big_note(name: str, kind: str, megabytes: int = 100):
    """A file whose one note is ``megabytes`` MB long (written in chunks, in tmp)."""
    def make(d: Path) -> str:
        chunk = "x" * (1024 * 1024)
        with open(d / name, "w", encoding="utf-8") as f:
            if kind == "csv":
                f.write(CSV_HEAD + CSV_OK + "2015-09-30,Talbiseh,34.84,36.73,Activists,strike,syrian_opposition,")
                for _ in range(megabytes):
                    f.write(chunk)
                f.write("\n")
            else:  # GeoJSON
                f.write('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":'
                        '{"type":"Point","coordinates":[36.73,34.84]},"properties":{"name":"Talbiseh","note":"')
                for _ in range(megabytes):
                    f.write(chunk)
                f.write('"}}]}\n')
        return name
    return make


# -- the table ------------------------------------------------------------------------------------
# (id, maker, message fragment (case-insensitive), line or feature number or None)

IMPORT_CASES = [
    # flat CSV
    ("csv-lat-text", bad_csv(lat="north"), "latitude", 3),
    ("csv-lat-range", bad_csv(lat="91"), "latitude", 3),
    ("csv-lat-nan", bad_csv(lat="nan"), "finite", 3),
    ("csv-lon-inf", bad_csv(lon="-inf"), "finite", 3),
    ("csv-impossible-date", bad_csv(date="2015-02-30"), "does not exist", 3),
    ("csv-date-format", bad_csv(date="30/09/2015"), "date", 3),
    ("csv-unknown-kind", bad_csv(kind="bombing"), "kind", 3),
    ("csv-unknown-side", bad_csv(side="martians"), "side", 3),
    ("csv-missing-column", text_file("claims.csv", "date,location,lon,claimant,kind\n2015-09-30,X,36,A,strike\n"),
     "missing column", 1),
    ("csv-unknown-column", text_file("claims.csv", CSV_HEAD.replace("notes", "nots") + CSV_OK), "unknown column", 1),
    ("csv-duplicate-column", text_file("claims.csv", CSV_HEAD.replace("notes", "kind") + CSV_OK), "twice", 1),
    ("csv-row-width", text_file("claims.csv", CSV_HEAD + CSV_OK + CSV_OK.strip() + ",extra\n"), "field", 3),
    ("csv-unclosed-quote", text_file("claims.csv", CSV_HEAD + CSV_OK + '2015-09-30,"Talbiseh,34.84\n'), "csv", 3),
    ("csv-empty", text_file("claims.csv", ""), "empty", None),
    ("csv-blank-lines", text_file("claims.csv", "\n\n  \n"), "empty", None),
    ("csv-latin1", text_file("claims.csv", (CSV_HEAD + CSV_OK + csv_row(location="Talb\u00eeseh")).encode("latin-1")),
     "utf-8", 3),
    ("csv-utf16", text_file("claims.csv", (CSV_HEAD + CSV_OK).encode("utf-16")), "utf-8", 1),
    ("csv-nul", text_file("claims.csv", CSV_HEAD + CSV_OK + "2015-09-30,Tal\x00biseh,34.84,36.73,A,strike,russia,x\n"),
     "nul", 3),
    ("csv-casualties-negative", text_file("claims.csv", "date,location,lat,lon,claimant,kind,casualties_min\n"
                                          "2015-09-30,Talbiseh,34.84,36.73,A,strike,-4\n"), "casualties", 2),
    ("csv-casualties-text", text_file("claims.csv", "date,location,lat,lon,claimant,kind,casualties_min\n"
                                      "2015-09-30,Talbiseh,34.84,36.73,A,strike,dozens\n"), "whole number", 2),
    ("csv-casualties-inverted", text_file("claims.csv", "date,location,lat,lon,claimant,kind,casualties_min,casualties_max\n"
                                          "2015-09-30,Talbiseh,34.84,36.73,A,strike,9,2\n"), "greater than", 2),
    ("csv-grade", text_file("claims.csv", "date,location,lat,lon,claimant,kind,grade\n"
                            "2015-09-30,Talbiseh,34.84,36.73,A,strike,certain\n"), "grade", 2),
    ("csv-empty-claimant", bad_csv(claimant=" "), "claimant", 3),
    ("csv-unknown-place", bad_csv(location="Nowhere at all", lat="", lon=""), "no location named", 3),
    ("csv-half-coordinates", bad_csv(lon=""), "lat and lon", 3),
    ("csv-unclosed-ring", geom_csv(UNCLOSED), "not closed", 2),
    ("csv-self-intersecting", geom_csv(BOWTIE), "self-intersection", 2),
    ("csv-geometry-not-json", geom_csv("{Polygon"), "geojson", 2),
    ("csv-geometry-wrong-type", geom_csv('[36.7, 34.8]'), "geometry", 2),
    ("csv-geometry-linestring", geom_csv({"type": "LineString", "coordinates": [[36, 34], [37, 35]]}),
     "not supported", 2),
    ("csv-100MB-note", big_note("claims.csv", "csv"), "larger than field limit", 3),
    ("csv-side-conflicts-store", text_file("claims.csv", CSV_HEAD + csv_row(claimant="Syrian opposition activists",
                                                                        side="russia")), "recorded with side", 2),
    ("csv-side-conflicts-file", text_file("claims.csv", CSV_HEAD + csv_row(claimant="New", side="russia")
                                          + csv_row(claimant="New", side="") + csv_row(claimant="New", side="turkmen")),
     "recorded with side", 4),
    ("geojson-side-conflict", geojson([feature(PT, claimant="Syrian opposition activists", kind="strike", side="turkmen")]),
     "recorded with side", None),
    # case YAML
    ("case-lat-text", case(case_loc("name: Rastan\nlat: north\nlon: 36.69")), "latitude", 13),
    ("case-lat-nan", case(case_loc("name: Rastan\nlat: .nan\nlon: 36.69")), "finite", 13),
    ("case-lon-range", case(case_loc("name: Rastan\nlat: 34.9\nlon: 236.69")), "longitude", 14),
    ("case-lat-bool", case(case_loc("name: Rastan\nlat: true\nlon: 36.69")), "latitude", 13),
    ("case-name-list", case(case_loc("name: [Rastan]\nlat: 34.9\nlon: 36.69")), "name", 12),
    ("case-unknown-location-kind", case(case_loc("name: Rastan\nkind: planet\nlat: 34.9\nlon: 36.69")), "kind", 13),
    ("case-duplicate-key", case(case_loc("key: talbiseh\nname: Rastan\nlat: 34.9\nlon: 36.69")), "duplicate key", 12),
    ("case-duplicate-location-id", case(case_loc("name: Rastan\nlat: 34.9\nlon: 36.69").replace("key: second", "key: talbiseh")),
     "talbiseh", 11),
    ("case-unclosed-ring", case(case_loc("name: Rastan\ngeometry: " + json.dumps(UNCLOSED))), "not closed", 11),
    ("case-self-intersecting", case(case_loc("name: Rastan\ngeometry: " + json.dumps(BOWTIE))), "self-intersection", 11),
    ("case-geometry-text", case(case_loc("name: Rastan\ngeometry: Point")), "geometry", 13),
    ("case-unknown-claim-kind", case(claims=CASE_CLAIM.replace("kind: strike", "kind: bombing")), "kind", 12),
    ("case-unknown-side", case(head=CASE_HEAD.replace("side: syrian_opposition", "side: martians")), "side", 4),
    ("case-impossible-date", case(claims=CASE_CLAIM.replace("2015-09-30", "2015-02-30")), "does not exist", 12),
    ("case-unknown-location-ref", case(claims=CASE_CLAIM.replace("location: talbiseh", "location: talbise")),
     "talbise", 12),
    ("case-claims-mapping", case(claims="claims:\n  kind: strike\n"), "list", 11),
    ("case-claim-text", case(claims="claims:\n  - just a sentence\n"), "mapping", 11),
    ("case-unknown-key", case(claims=CASE_CLAIM + "    casualties: 27\n"), "unknown key", 16),
    ("case-casualties-float", case(claims=CASE_CLAIM + "    casualties_min: 2.5\n"), "whole number", 12),
    ("case-yaml-syntax", case(claims="claims:\n  - kind: [strike\n"), "yaml", 13),
    ("case-version", text_file("case.yaml", "geomap_case: 2\n"), "not supported", 1),
    ("case-not-a-case", text_file("case.yaml", "- a\n- b\n"), "not a geomap case", 1),
    ("case-empty", text_file("case.yaml", ""), "empty", None),
    ("case-latin1", text_file("case.yaml", (CASE_HEAD + "    note: caf\u00e9\n").encode("latin-1")), "utf-8", 11),
    ("case-alias-anchor-bomb", text_file("case.yaml", "geomap_case: 1\na: &a [x, x, x, x, x, x, x, x, x]\n"
                                         "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"),
     "unknown key", 2),
    # GeoJSON
    ("geojson-syntax", text_file("places.geojson", '{"type": "FeatureCollection",\n "features": [,]}\n'), "json", 2),
    ("geojson-top-array", geojson(doc=[feature(PT)]), "must be an object", 1),
    ("geojson-features-object", geojson(doc={"type": "FeatureCollection", "features": {}}), "features", None),
    ("geojson-feature-text", geojson(["a feature"]), "feature 1", None),
    ("geojson-coordinates-text", geojson([feature({"type": "Point", "coordinates": ["36.7", "34.8"]})]),
     "numbers", None),
    ("geojson-coordinates-range", geojson([feature({"type": "Point", "coordinates": [36.7, 134.8]})]), "range", None),
    ("geojson-nan", geojson([feature({"type": "Point", "coordinates": [float("nan"), 34.8]})]), "nan", None),
    ("geojson-unclosed-ring", geojson([feature(UNCLOSED)]), "not closed", None),
    ("geojson-self-intersecting", geojson([feature(BOWTIE)]), "self-intersection", None),
    ("geojson-geometry-type", geojson([feature({"type": "Circle", "coordinates": [36.7, 34.8]})]), "circle", None),
    ("geojson-properties-list", geojson([{"type": "Feature", "properties": ["name"], "geometry": PT}]),
     "properties", None),
    ("geojson-claim-kind", geojson([feature(PT, claimant="Activists", kind="bombing")]), "kind", None),
    ("geojson-claim-date", geojson([feature(PT, claimant="Activists", kind="strike", date="2015-02-30")]),
     "does not exist", None),
    ("geojson-no-name", geojson([{"type": "Feature", "properties": {"population": 3}, "geometry": PT}]),
     "name", None),
    ("geojson-empty", text_file("places.geojson", " \n"), "empty", None),
    ("geojson-latin1", text_file("places.geojson", json.dumps({"type": "FeatureCollection", "features": [
        feature(PT, note="caf\u00e9")]}, indent=1, ensure_ascii=False).encode("latin-1")), "utf-8", None),
    ("geojson-100MB-note", big_note("places.geojson", "geojson"), "note", 1),
    # GeoJSONSeq
    ("seq-bad-line", seq(json.dumps(feature(PT)), json.dumps(feature(PT, name="Rastan")), "{not json"), "json", 3),
    ("seq-array-line", seq(json.dumps(feature(PT)), "[1, 2]"), "feature", 2),
    ("seq-range", seq(json.dumps(feature(PT)), json.dumps(feature({"type": "Point", "coordinates": [36.7, -95]}))),
     "range", 2),
    # GeoPackage and KML through GDAL
    ("gpkg-no-name-field", gdal_file("layer.gpkg", [{"population": 3, "xy": (36.7, 34.8)}], "GPKG"), "name", None),
    ("gpkg-out-of-range", gdal_file("layer.gpkg", [{"name": "A", "xy": (36.7, 34.8)}, {"name": "B", "xy": (236.7, 34.8)}],
                                    "GPKG"), "range", 2),
    ("gpkg-self-intersecting", gdal_file("layer.gpkg", [{"name": "A", "xy": (36.7, 34.8)}, {"name": "Bowtie", "geojson": BOWTIE}],
                                        "GPKG"), "self-intersection", 2),
    ("gpkg-linestring", gdal_file("layer.gpkg", [{"name": "Road", "geojson": {"type": "LineString",
                                                                               "coordinates": [[36, 34], [37, 35]]}}],
                                  "GPKG"), "linestring", 1),
    ("gpkg-truncated", lambda d: _truncated_gpkg(d), "layer.gpkg", None),
    ("gpkg-foreign-sqlite", lambda d: _foreign_sqlite(d, "layer.gpkg"), "layer.gpkg", None),
    ("kml-malformed", text_file("places.kml", KML_HEAD + "<Placemark><name>A</name><Point>\n"), "places.kml", None),
    ("kml-out-of-range", kml(placemark("A", "36.7,34.8") + placemark("B", "36.7,98.8")), "range", 2),
    ("kml-billion-laughs", text_file("places.kml", '<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a0 "xxxxxxxxxx">'
                                     + "".join(f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10))
                                     + ']><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>&a9;'
                                     '</name><Point><coordinates>36.7,34.8</coordinates></Point></Placemark></Document></kml>'),
     "places.kml", None),
    ("geojson-deep-nesting", text_file("places.geojson", "[" * 100_000 + "]" * 100_000), "places.geojson", None),
    ("case-deep-nesting", text_file("case.yaml", "geomap_case: 1\ntitle: " + "[" * 5_000 + "]" * 5_000 + "\n"), "case.yaml", None),
    # ACLED and UCDP GED
    ("acled-missing-column", text_file("acled.csv", ACLED_HEAD.replace(",longitude", "") + ACLED_OK.replace(",36.73", "")),
     "longitude", 1),
    ("acled-bad-latitude", text_file("acled.csv", ACLED_HEAD + ACLED_OK + ACLED_OK.replace("34.84", "3484")), "latitude", 3),
    ("acled-bad-date", text_file("acled.csv", ACLED_HEAD + ACLED_OK.replace("2015-09-30", "2015-02-30")), "date", 2),
    ("acled-bad-fatalities", text_file("acled.csv", ACLED_HEAD + ACLED_OK.replace(",17\n", ",many\n")), "whole number", 2),
    ("acled-bad-precision", text_file("acled.csv", ACLED_HEAD + ACLED_OK.replace(",1,SOHR", ",9,SOHR")), "geo_precision", 2),
    ("ucdp-missing-column", text_file("ged.csv", UCDP_HEAD.replace("date_start,", "") + UCDP_OK.replace(
        "2015-09-30 00:00:00.000,", "", 1)), "date_start", 1),
    ("ucdp-bad-longitude", text_file("ged.csv", UCDP_HEAD + UCDP_OK.replace("36.73", "east")), "longitude", 2),
    ("ucdp-bad-date", text_file("ged.csv", UCDP_HEAD + UCDP_OK.replace("2015-09-30", "2015-09-31", 1)), "date", 2),
    # files that are not there or not understood
    ("missing-file", lambda d: "nothing-here.csv", "no such file", None),
    ("directory", lambda d: (d / "adir").mkdir() or "adir", "directory", None),
    ("unknown-extension", text_file("notes.xyz", "just some words\n"), "notes.xyz", None),
    ("binary-unknown", text_file("blob.bin", os.urandom(2048)), "blob.bin", None),
    ("device-as-csv", lambda d: os.symlink("/dev/zero", d / "zero.csv") or "zero.csv", "device", None),
    ("device-as-geojson", lambda d: os.symlink("/dev/urandom", d / "rnd.geojson") or "rnd.geojson", "device", None),
    ("pipe-without-format", lambda d: os.mkfifo(d / "pipe") or "pipe", "--format", None),
]


def _truncated_gpkg(d: Path) -> str:
    from rel_helpers import seed

    seed(d / "full.gpkg")
    data = (d / "full.gpkg").read_bytes()
    (d / "layer.gpkg").write_bytes(data[: len(data) // 3])
    return "layer.gpkg"


def _foreign_sqlite(d: Path, name: str) -> str:
    con = sqlite3.connect(d / name)
    con.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT, balance REAL)")
    con.execute("INSERT INTO accounts VALUES (1, 'x', 3.5)")
    con.commit()
    con.close()
    return name


def assert_refused(r, *, names: str | None, fragment: str, line: int | None, code: int = 2) -> str:
    """Exit ``code``, one line on stderr naming the file (and line), the fragment, no traceback."""
    assert r.code == code, r
    err = r.err
    assert "Traceback" not in err and "run with -v" not in err, err
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1, err
    msg = lines[0]
    assert msg.startswith("geomap: error: "), msg
    if names:
        assert names in msg, msg
        if line is not None:
            assert f"{names}:{line}:" in msg or f"{names}[" in msg and f"]:{line}:" in msg, msg
    assert fragment.lower() in msg.lower(), msg
    return msg


@pytest.mark.filterwarnings("error")  # a library warning escaping onto stderr would break the one-line message
@pytest.mark.parametrize("make, fragment, line", [c[1:] for c in IMPORT_CASES], ids=[c[0] for c in IMPORT_CASES])
def test_import_refuses_bad_file_cleanly(make, fragment, line, seeded_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = make(tmp_path)
    before = digest(seeded_store)
    r = cli("--db", seeded_store, "import", name)
    assert_refused(r, names=name, fragment=fragment, line=line)
    assert digest(seeded_store) == before, "a refused import changed the store"


def test_refused_first_import_leaves_at_most_an_empty_store(tmp_path, monkeypatch):
    """A refused import into a store that did not exist leaves no data (at most the empty store it created).

    The empty store is not deleted on purpose: another process may have opened it meanwhile,
    and unlinking it would silently lose that process's writes.
    """
    from geomap.store.gpkg import GeoPackageStore

    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims.csv").write_text(CSV_HEAD + CSV_OK + csv_row(lat="north"), encoding="utf-8")
    r = cli("--db", tmp_path / "new.gpkg", "import", "claims.csv")
    assert_refused(r, names="claims.csv", fragment="latitude", line=3)
    if (tmp_path / "new.gpkg").exists():
        integrity(tmp_path / "new.gpkg")
        with GeoPackageStore(tmp_path / "new.gpkg") as st:
            assert st.count_claims() == 0 and st.list_locations() == [] and st.list_claimants() == []


def test_every_file_is_checked_before_anything_is_written(seeded_store, tmp_path, monkeypatch):
    """Two good files and a bad third: nothing of the first two is kept."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.csv").write_text(CSV_HEAD + CSV_OK, encoding="utf-8")
    (tmp_path / "b.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [feature(PT, name="Homs")]}))
    (tmp_path / "c.csv").write_text(CSV_HEAD + CSV_OK + csv_row(date="2015-09-31"), encoding="utf-8")
    before = digest(seeded_store)
    r = cli("--db", seeded_store, "import", "a.csv", "b.geojson", "c.csv")
    assert_refused(r, names="c.csv", fragment="does not exist", line=3)
    assert digest(seeded_store) == before


# -- --skip-invalid ----------------------------------------------------------------------------------

SKIP_CASES = [
    ("csv", "claims.csv", CSV_HEAD + CSV_OK + csv_row(lat="north") + csv_row(location="Rastan", lat="34.93", lon="36.69")
     + csv_row(kind="bombing") + csv_row(date="2015-02-30") + csv_row(location="Latamneh", lat="35.32", lon="36.62"),
     3, {3: "latitude", 5: "kind", 6: "does not exist"}),
    ("case", "case.yaml", CASE_HEAD + case_loc("name: Rastan\nlat: north\nlon: 36.69") + CASE_CLAIM
     + "  - kind: bombing\n    claimant: Activists\n  - kind: denial\n    claimant: Activists\n    date: 2015-13-01\n"
     + "  - kind: denial\n    claimant: Activists\n",
     2, {13: "latitude", 20: "kind", 22: "month"}),
    ("geojsonseq", "claims.geojsonl", "".join(json.dumps(f) + "\n" for f in [
        feature(PT, claimant="A", kind="strike"), feature({"type": "Point", "coordinates": [36.7, 99]}, claimant="A", kind="strike"),
        feature(PT, claimant="A", kind="strike", date="2015-09-31"), feature(BOWTIE, name="Pocket"),
        feature(PT, claimant="B", kind="control", faction="FSA")]),
     2, {2: "range", 3: "does not exist", 4: "self-intersection"}),
    ("acled", "acled.csv", ACLED_HEAD + ACLED_OK + ACLED_OK.replace("34.84", "north") + ACLED_OK.replace("SYR1", "SYR3"),
     2, {3: "latitude"}),
]


@pytest.mark.parametrize("name, content, good, skipped", [c[1:] for c in SKIP_CASES], ids=[c[0] for c in SKIP_CASES])
def test_skip_invalid_imports_the_rest_and_names_every_skipped_line(name, content, good, skipped, seeded_store,
                                                                    tmp_path, monkeypatch):
    from geomap.store.gpkg import GeoPackageStore

    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(content, encoding="utf-8")
    with GeoPackageStore(seeded_store) as st:
        n0 = st.count_claims()
    r = cli("--db", seeded_store, "import", "--skip-invalid", name)
    assert r.code == 0, r
    reported = [x for x in r.err.splitlines() if x.startswith("geomap: skipped: ")]
    assert len(reported) == len(skipped), r.err
    for (line, fragment), msg in zip(sorted(skipped.items()), reported):
        assert f"{name}:{line}:" in msg and fragment in msg.lower(), (line, msg)
    assert f"imported {good} claim(s)" in r.err and f"skipped {len(skipped)} invalid" in r.err
    with GeoPackageStore(seeded_store) as st:
        assert st.count_claims() == n0 + good
    integrity(seeded_store)


# -- CLI options ---------------------------------------------------------------------------------------

LOC = ("location", "add", "Rastan")
CLM = ("claim", "add", "--claimant", "Activists")
OPTION_CASES = [
    ("lat-nan", (*LOC, "--lat", "nan", "--lon", "36.69"), "finite"),
    ("lat-inf", (*LOC, "--lat", "inf", "--lon", "36.69"), "finite"),
    ("lat-huge", (*LOC, "--lat", "1e400", "--lon", "36.69"), "finite"),
    ("lat-range", (*LOC, "--lat", "-90.0001", "--lon", "36.69"), "latitude"),
    ("lon-range", (*LOC, "--lat", "34.9", "--lon", "180.5"), "longitude"),
    ("lat-text", (*LOC, "--lat", "34,9", "--lon", "36.69"), "latitude"),
    ("lat-missing", (*LOC, "--lon", "36.69"), "--lat"),
    ("name-blank", ("location", "add", "   ", "--lat", "34.9", "--lon", "36.69"), "name"),
    ("name-huge", ("location", "add", "R" * 5000, "--lat", "34.9", "--lon", "36.69"), "limit"),
    ("name-nul", ("location", "add", "Ras\x00tan", "--lat", "34.9", "--lon", "36.69"), "nul"),
    ("location-kind", (*LOC, "--lat", "34.9", "--lon", "36.69", "--kind", "planet"), "kind"),
    ("country-code", (*LOC, "--lat", "34.9", "--lon", "36.69", "--country", "Syria"), "country"),
    ("country-outside", (*LOC, "--lat", "34.9", "--lon", "36.69", "--country", "IQ"), "IQ"),
    ("precision", (*LOC, "--lat", "34.9", "--lon", "36.69", "--precision", "perfect"), "precision"),
    ("claim-kind", (*CLM, "--kind", "bombing"), "kind"),
    ("claim-side", (*CLM, "--kind", "strike", "--side", "martians"), "side"),
    ("claim-date", (*CLM, "--kind", "strike", "--date", "2015-02-29"), "does not exist"),
    ("claim-date-format", (*CLM, "--kind", "strike", "--date", "yesterday"), "date"),
    ("claim-casualties", (*CLM, "--kind", "strike", "--casualties-min", "-3"), "casualties"),
    ("claim-casualties-nan", (*CLM, "--kind", "strike", "--casualties-max", "nan"), "casualties"),
    ("claim-casualties-order", (*CLM, "--kind", "strike", "--casualties-min", "40", "--casualties-max", "27"), "greater"),
    ("claim-grade", (*CLM, "--kind", "strike", "--grade", "certain"), "grade"),
    ("claim-location", (*CLM, "--kind", "strike", "--location", "Talbise"), "did you mean"),
    ("claim-location-id", (*CLM, "--kind", "strike", "--location", "99999999999999999999999"), "no location"),
    ("claim-claimant-blank", ("claim", "add", "--claimant", " ", "--kind", "strike"), "claimant"),
    ("claim-notes-huge", (*CLM, "--kind", "strike", "--notes", "n" * 120_000), "limit"),
    ("claim-show-id", ("claim", "show", "abc"), "number"),
    ("claim-show-missing", ("claim", "show", "424242"), "424242"),
    ("claim-remove-missing", ("claim", "remove", "--", "-1"), "no claim"),
    ("location-remove-in-use", ("location", "remove", "Talbiseh"), "claim"),
    ("list-from-date", ("claim", "list", "--from", "2015-13"), "month"),
    ("list-bbox-nan", ("location", "list", "--bbox", "36", "34", "nan", "35"), "bbox"),
    ("list-bbox-order", ("location", "list", "--bbox", "37", "34", "36", "35"), "bbox"),
    ("render-date", ("render", "--date", "2015-02-30", "-o", "m.html"), "does not exist"),
    ("export-format", ("export", "--format", "shp"), "format"),
    ("export-gpkg-stdout", ("export", "--format", "gpkg"), "-o"),
    ("export-missing-dir", ("export", "-o", "no/such/dir/x.geojson"), "does not exist"),
]


@pytest.mark.parametrize("args, fragment", [c[1:] for c in OPTION_CASES], ids=[c[0] for c in OPTION_CASES])
def test_cli_options_refused_cleanly(args, fragment, seeded_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = digest(seeded_store)
    r = cli("--db", seeded_store, *args)
    assert r.code == 2, r
    assert "Traceback" not in r.err and "run with -v" not in r.err, r.err
    lines = [x for x in r.err.splitlines() if x.strip()]
    # Click's own usage errors print "Usage: ..." and a hint above the one "Error: ..." line.
    msg = lines[-1]
    assert msg.startswith(("geomap: error: ", "Error: ")), r.err
    assert fragment.lower() in msg.lower(), r.err
    assert digest(seeded_store) == before
    assert not (tmp_path / "m.html").exists()


# -- the store file itself ------------------------------------------------------------------------------

def _random_bytes(p: Path) -> None:
    p.write_bytes(os.urandom(8192))


def _sqlite_garbage(p: Path) -> None:
    p.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))


def _truncated_store(p: Path) -> None:
    from rel_helpers import seed

    seed(p.with_suffix(".full"))
    data = p.with_suffix(".full").read_bytes()
    p.write_bytes(data[: len(data) // 2])


def _corrupted_page(p: Path) -> None:
    """A store whose locations and claims b-tree pages are scribbled over (the header still valid)."""
    from rel_helpers import seed

    seed(p)
    con = sqlite3.connect(p)
    size = con.execute("PRAGMA page_size").fetchone()[0]
    roots = [r[0] for r in con.execute("SELECT rootpage FROM sqlite_master WHERE name IN ('locations', 'claims')")]
    con.close()
    data = bytearray(p.read_bytes())
    for root in roots:
        start = (root - 1) * size
        data[start: start + size] = b"\x0d" + os.urandom(size - 1)
    p.write_bytes(bytes(data))


def _plain_geopackage(p: Path) -> None:
    gdal_file(p.name, [{"name": "A", "xy": (36.7, 34.8)}], "GPKG")(p.parent)


def _text_file(p: Path) -> None:
    p.write_text("date,location\n", encoding="utf-8")


def _future_schema(p: Path) -> None:
    from rel_helpers import seed

    seed(p)
    con = sqlite3.connect(p)
    con.execute("UPDATE geomap_meta SET value='999' WHERE key='schema_version'")
    con.commit()
    con.close()


STORE_CASES = [
    ("random-bytes", _random_bytes, "not a geomap store", 2),
    ("sqlite-header-garbage", _sqlite_garbage, "not a geomap store", 2),
    ("truncated", _truncated_store, "corrupt", 2),
    ("corrupted-page", _corrupted_page, "corrupt", 2),
    ("foreign-sqlite", lambda p: _foreign_sqlite(p.parent, p.name), "not a geomap store", 2),
    ("plain-geopackage", _plain_geopackage, "not a geomap store", 2),
    ("text-file", _text_file, "not a geomap store", 2),
    ("future-schema", _future_schema, "schema", 1),
]
STORE_COMMANDS = [
    ("location", "list"),
    ("claim", "list", "--format", "json"),
    ("location", "add", "Rastan", "--lat", "34.93", "--lon", "36.69"),
    ("claim", "add", "--claimant", "A", "--kind", "denial"),
    ("import", "in.csv"),
    ("export", "--format", "geojson", "-o", "out.geojson"),
    ("render", "-o", "map.html"),
    ("report",),
]


@pytest.mark.parametrize("make, fragment, code", [c[1:] for c in STORE_CASES], ids=[c[0] for c in STORE_CASES])
def test_a_corrupt_or_foreign_store_is_refused_and_left_alone(make, fragment, code, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in.csv").write_text(CSV_HEAD + CSV_OK, encoding="utf-8")
    db = tmp_path / "case.gpkg"
    make(db)
    before = digest(db)
    for args in STORE_COMMANDS:
        r = cli("--db", db, *args)
        msg = assert_refused(r, names=None, fragment=fragment, line=None, code=code)
        assert str(db) in msg, msg
        assert digest(db) == before, args
    assert not (tmp_path / "out.geojson").exists() and not (tmp_path / "map.html").exists()


def test_store_that_is_a_directory(tmp_path):
    r = cli("--db", tmp_path, "location", "list")
    assert_refused(r, names=str(tmp_path), fragment="directory", line=None)


def test_missing_store_is_not_created_by_readers(tmp_path):
    db = tmp_path / "none.gpkg"
    for args in (("location", "list"), ("claim", "list"), ("export",), ("render", "-o", tmp_path / "m.html")):
        r = cli("--db", db, *args)
        assert_refused(r, names=str(db), fragment="no geomap store", line=None)
    assert not db.exists()


# -- gazetteer files and geoparse text -----------------------------------------------------------------

GAZ_HEAD = "name\tlat\tlon\tkind\tcountry\n"
GAZ_CASES = [
    ("gaz-bad-lat", text_file("places.tsv", GAZ_HEAD + "Talbiseh\t34.84\t36.73\tlocality\tSY\nRastan\tnorth\t36.69\tlocality\tSY\n"),
     "line 3"),
    ("gaz-nan", text_file("places.tsv", GAZ_HEAD + "Rastan\tnan\t36.69\tlocality\tSY\n"), "line 2"),
    ("gaz-range", text_file("places.tsv", GAZ_HEAD + "Rastan\t34.9\t236.69\tlocality\tSY\n"), "line 2"),
    ("gaz-empty-name", text_file("places.tsv", GAZ_HEAD + "\t34.9\t36.69\tlocality\tSY\n"), "line 2"),
    ("gaz-no-header", text_file("places.tsv", "just some words\n"), "header"),
    ("gaz-empty", text_file("places.tsv", ""), "empty"),
    ("gaz-latin1", text_file("places.tsv", (GAZ_HEAD + "Tal\u00eeseh\t34.84\t36.73\tlocality\tSY\n").encode("latin-1")),
     "utf-8"),
    ("gaz-geonames-short", text_file("SY.txt", "163779\tTalbiseh\tTalbiseh\t\t34.84\t36.73\n"), "header"),
    ("gaz-missing", lambda d: "nothing.tsv", "no such file"),
    ("gaz-device", lambda d: os.symlink("/dev/zero", d / "zero.tsv") or "zero.tsv", "device"),
]


@pytest.mark.parametrize("make, fragment", [c[1:] for c in GAZ_CASES], ids=[c[0] for c in GAZ_CASES])
def test_gazetteer_import_refuses_bad_files(make, fragment, seeded_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    home = tmp_path / "gazhome"
    name = make(tmp_path)
    before = digest(seeded_store)
    r = cli("--db", seeded_store, "gazetteer", "import", name, env={"GEOMAP_GAZETTEER_HOME": str(home)})
    assert_refused(r, names=name, fragment=fragment, line=None)
    assert digest(seeded_store) == before
    assert not home.exists() or not any(home.iterdir()), "a refused file reached the user layer"


GEOPARSE_CASES = [
    ("geoparse-missing", lambda d: "nothing.txt", "no such file"),
    ("geoparse-latin1", text_file("article.txt", "Air strikes hit Talb\u00eeseh.".encode("latin-1")), "utf-8"),
    ("geoparse-directory", lambda d: (d / "texts").mkdir() or "texts", "directory"),
    ("geoparse-device", lambda d: os.symlink("/dev/zero", d / "zero.txt") or "zero.txt", "device"),
]


@pytest.mark.parametrize("make, fragment", [c[1:] for c in GEOPARSE_CASES], ids=[c[0] for c in GEOPARSE_CASES])
def test_geoparse_refuses_bad_text(make, fragment, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = make(tmp_path)
    r = cli("geoparse", name)
    assert_refused(r, names=name, fragment=fragment, line=None)
    assert r.out == ""


def test_geoparse_survives_hostile_text(tmp_path):
    """Markup, control characters, a very long line and binary-looking UTF-8 are just text."""
    text = ("<script>alert(1)</script> Strikes near Talbiseh and Rastan \x00\x07\u202e ${x} "
            + "word " * 200_000 + "\n" + "\ufeff" * 10 + "كفرنبودة")
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    r = cli("geoparse", p, "--format", "json")
    assert r.code == 0, r
    mentions = json.loads(r.out)[0]["mentions"]
    assert {"Talbiseh", "Rastan"} <= {m["text"] for m in mentions}


# -- a subprocess check that the table's in-process results are what a user sees ----------------------

def test_real_process_refusals_are_one_line_without_traceback(seeded_store, tmp_path):
    (tmp_path / "bad.csv").write_bytes((CSV_HEAD + csv_row(lat="nan")).encode())
    (tmp_path / "junk.gpkg").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = digest(seeded_store)
    for args, expect in (
        (("--db", seeded_store, "import", tmp_path / "bad.csv"), "bad.csv:2:"),
        (("--db", tmp_path / "junk.gpkg", "claim", "list"), "junk.gpkg"),
        (("--db", seeded_store, "location", "add", "X", "--lat", "91", "--lon", "0"), "latitude"),
    ):
        p = geomap_run(*args)
        assert p.returncode == 2 and p.stdout == "", p
        assert p.stderr.count("\n") == 1 and "Traceback" not in p.stderr and expect in p.stderr, p.stderr
    assert digest(seeded_store) == before


def test_a_pipe_with_its_format_imports(seeded_store, tmp_path):
    """`geomap import <(curl ...) --format csv` works: a pipe is read once, up to the size limit."""
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed():
        with open(fifo, "w", encoding="utf-8") as f:
            f.write(CSV_HEAD + CSV_OK + csv_row(location="Rastan", lat="34.93", lon="36.69"))

    t = threading.Thread(target=feed)
    t.start()
    r = cli("--db", seeded_store, "import", "--format", "csv", fifo)
    t.join(10)
    assert r.code == 0 and "imported 2 claim(s)" in r.err, r


@pytest.mark.parametrize("args", [
    ("export", "--format", "geojson", "-o", "{store}"),
    ("export", "--format", "gpkg", "-o", "{store}"),
    ("export", "--format", "csv", "--split-geometry", "-o", "{dir}/seeded.gpkg"),
    ("export", "--format", "kml", "-o", "{link}"),
    ("render", "-o", "{store}"),
    ("report", "--format", "markdown", "-o", "{link}"),
], ids=["geojson", "gpkg", "split", "kml-via-link", "render", "report-via-link"])
def test_output_over_the_store_itself_is_refused(args, seeded_store, tmp_path):
    """A typo in -o must not replace the whole case with a map or an export."""
    link = tmp_path / "link.gpkg"
    link.symlink_to(seeded_store)
    args = [a.format(store=seeded_store, dir=seeded_store.parent, link=link) for a in args]
    before = digest(seeded_store)
    r = cli("--db", seeded_store, *args)
    assert_refused(r, names=None, fragment="it is the store being read", line=None)
    assert digest(seeded_store) == before
