"""Imports: formats, place reuse, all-or-nothing with file:line, clean refusals of bad input."""

from __future__ import annotations

import json
import textwrap

import pytest
from io_helpers import EXAMPLE_CASE

from geomap.exc import InvalidInput
from geomap.io import detect_format, import_files
from geomap.model import Location, point

HEADER = "date,location,lat,lon,claimant,kind,side,reported_by,casualties_min\n"


def _write(tmp_path, name, text, encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return p


def _snapshot(store):
    return ([l.to_dict() for l in store.list_locations()], [c.properties() for c in store.list_claims()],
            store.list_outlets(), store.list_claimants(), store.list_factions())


# -- case files ---------------------------------------------------------------------------

def test_example_case_imports(store):
    if not EXAMPLE_CASE.exists():
        pytest.skip("examples/syria-2015/case.yaml not written yet")
    rep = import_files(store, [EXAMPLE_CASE])
    assert rep.claims == store.count_claims() > 10
    assert any(c.location_id is None for c in store.list_claims())  # the "one of seven" claim has no place


CASE = """\
geomap_case: 1
title: Test case
outlets:
  - {name: Wall Street Journal, url: "https://www.wsj.com/", published: 2015-10-01}
claimants:
  - {name: Syrian opposition activists, side: syrian_opposition}
factions:
  - {name: Nusra Front}
locations:
  - key: talbiseh
    name: Talbiseh
    aliases: [Talbisah, تلبيسة]
    country: SY
    lat: 34.84
    lon: 36.73
  - name: Rastan area
    kind: region
    geometry: {type: Polygon, coordinates: [[[36.6, 34.9], [36.8, 34.9], [36.8, 35.0], [36.6, 35.0], [36.6, 34.9]]]}
claims:
  - kind: strike
    claimant: Syrian opposition activists
    location: talbiseh
    date: 2015-09-30
    outlet: Wall Street Journal
    casualties_min: 27
    casualties_max:
  - kind: control
    claimant: Syrian opposition activists
    location: Rastan area
    faction: Nusra Front
    date: 2015
  - kind: denial
    claimant: Russian Defence Ministry
    side: russia
"""


def test_case_file_fields(store, tmp_path):
    rep = import_files(store, [_write(tmp_path, "c.yaml", CASE)])
    assert (rep.claims, rep.locations_added) == (3, 2)
    claims = store.list_claims()
    s = claims[0]
    assert (s.location.name, s.side, s.date, s.casualties_min, s.casualties_max) == (
        "Talbiseh", "syrian_opposition", "2015-09-30", 27, None)
    assert s.outlet_url == "https://www.wsj.com/"
    assert claims[1].location.is_area and claims[1].date == "2015" and claims[1].date_precision == "year"
    assert claims[2].location is None
    assert store.list_outlets()[0].published == "2015-10-01"
    assert store.get_meta("case_title") == "Test case"


def test_case_unknown_key_refused_with_its_line(store, tmp_path):
    bad = CASE.replace("    faction: Nusra Front\n", "    faction: Nusra Front\n    casualties: 3\n")
    with pytest.raises(InvalidInput) as e:
        import_files(store, [_write(tmp_path, "c.yaml", bad)])
    line = bad.splitlines().index("    casualties: 3") + 1
    assert e.value.line == line and "casualties" in str(e.value) and str(e.value).startswith(f"{tmp_path}/c.yaml:{line}:")
    assert store.count_claims() == 0 and store.list_locations() == [] and store.list_outlets() == []


@pytest.mark.parametrize("mutation, expect", [
    (("lat: 34.84", "lat: 134.84"), "latitude"),
    (("location: talbiseh", "location: Talbysseh"), "Talbiseh"),
    (("kind: strike", "kind: bombing"), "claim kind"),
    (("date: 2015-09-30", "date: 2015-02-30"), "does not exist"),
    (("geomap_case: 1", "geomap_case: 7"), "format"),
    (("[36.6, 35.0], [36.6, 34.9]]]", "[36.6, 35.0], [36.6, 34.95]]]"), "not closed"),
    (("[36.8, 34.9], [36.8, 35.0]", "[36.8, 35.0], [36.8, 34.9]"), "Self-intersection"),
    (("lat: 34.84", "lat: .nan"), "finite"),
    (("casualties_min: 27", "casualties_min: 1e30"), "whole number"),
    (("  - kind: denial\n", "  - kind: denial\n    claimant: [a, b]\n"), "duplicate key"),
    (("claimant: Russian Defence Ministry\n    side: russia", "claimant: Russian Defence Ministry"), "no side"),
])
def test_case_bad_values_refused_store_unchanged(store, tmp_path, mutation, expect):
    store.add_location(Location(name="Existing", geometry=point(36.0, 35.0)))
    before = _snapshot(store)
    old, new = mutation
    assert old in CASE
    with pytest.raises(InvalidInput, match=expect) as e:
        import_files(store, [_write(tmp_path, "c.yaml", CASE.replace(old, new))])
    assert e.value.line is not None
    assert _snapshot(store) == before


def test_yaml_syntax_error_has_line(store, tmp_path):
    with pytest.raises(InvalidInput, match="invalid YAML") as e:
        import_files(store, [_write(tmp_path, "c.yaml", "geomap_case: 1\nclaims:\n  - kind: [strike\n")])
    assert e.value.line is not None


# -- flat CSV --------------------------------------------------------------------------------

def test_csv_rows_and_reuse(store, tmp_path):
    existing = store.add_location(Location(name="Talbiseh", aliases=("Talbisah",), geometry=point(36.73, 34.84)))
    p = _write(tmp_path, "c.csv", HEADER
               + "2015-09-30,talbisah,34.845,36.735,Activists,strike,syrian_opposition,WSJ,27\n"   # alias, ~0.7 km
               + "2015-09-30,Talbiseh,35.5,36.73,Activists,strike,syrian_opposition,WSJ,\n"        # same name, 70 km
               + "2015-09-30,Rastan,34.93,36.73,Activists,strike,,,\n"
               + "2015-10-01,Rastan,34.931,36.731,Activists,strike,,,\n"
               + "2015-10-01,Rastan,,,Activists,strike,,,\n"                                     # by name
               + "2015-10-01,,,,Russian Defence Ministry,denial,russia,,\n")                        # no place
    rep = import_files(store, [p])
    assert rep.claims == 6 and rep.locations_added == 2 and rep.locations_reused == 1
    claims = store.list_claims()
    assert claims[0].location_id == existing.id
    assert claims[1].location_id != existing.id
    assert claims[2].location_id == claims[3].location_id == claims[4].location_id
    assert claims[5].location is None
    assert claims[2].side == "syrian_opposition"  # taken from the claimant as recorded


def test_point_outside_its_country_refused_with_swap_hint(store, tmp_path):
    p = _write(tmp_path, "c.csv", "date,location,lat,lon,claimant,kind,country\n"
               "2015-09-30,Talbiseh,36.73,34.84,X,strike,SY\n")
    with pytest.raises(InvalidInput, match="swapping latitude and longitude") as e:
        import_files(store, [p])
    assert e.value.line == 2 and store.list_locations() == []


def test_area_reuse_when_point_inside(store, tmp_path):
    area = store.add_location(Location(name="Jabal al-Akrad", kind="region", geometry={
        "type": "Polygon", "coordinates": [[(35.9, 35.6), (36.3, 35.6), (36.3, 35.9), (35.9, 35.9), (35.9, 35.6)]]}))
    p = _write(tmp_path, "c.csv", HEADER + "2015-09-30,Jabal al-Akrad,35.8,36.2,X,strike,,,\n")
    import_files(store, [p])
    assert store.list_claims()[0].location_id == area.id and len(store.list_locations()) == 1


def test_csv_bad_row_rejects_file_with_line(store, tmp_path):
    p = _write(tmp_path, "c.csv", HEADER + "2015-09-30,A,34.8,36.7,X,strike,,,\n"
               + '2015-09-30,"multi\nline",34.8,36.7,X,strike,,,\n' + "2015-09-30,B,34.8,nan,X,strike,,,\n")
    with pytest.raises(InvalidInput, match="finite") as e:
        import_files(store, [p])
    assert e.value.line == 5 and e.value.source == str(p)
    assert store.count_claims() == 0 and store.list_locations() == []


def test_skip_invalid_imports_the_rest(store, tmp_path):
    p = _write(tmp_path, "c.csv", HEADER + "2015-09-30,A,34.8,36.7,X,strike,,,\n"
               + "2015-09-30,B,34.8,36.7,X,bombing,,,\n" + "2015-09-31,C,34.8,36.7,X,strike,,,\n"
               + "2015-09-30,D,34.9,36.8,X,strike,,,5\n")
    rep = import_files(store, [p], skip_invalid=True)
    assert rep.claims == 2 and [e.line for e in rep.skipped] == [3, 4]
    assert {l.name for l in store.list_locations()} == {"A", "D"}


def test_claimant_side_conflict_has_line(store, tmp_path):
    p = _write(tmp_path, "c.csv", HEADER + "2015-09-30,A,34.8,36.7,X,strike,russia,,\n"
               + "2015-09-30,A,34.8,36.7,X,strike,turkmen,,\n")
    with pytest.raises(InvalidInput, match="recorded with side 'russia'") as e:
        import_files(store, [p])
    assert e.value.line == 3 and store.count_claims() == 0


def test_all_files_or_none(store, tmp_path):
    good = _write(tmp_path, "a.csv", HEADER + "2015-09-30,A,34.8,36.7,X,strike,,,\n")
    bad = _write(tmp_path, "b.csv", HEADER + "2015-09-30,B,34.8,36.7,X,strike,,,-1\n")
    with pytest.raises(InvalidInput, match="b.csv:2"):
        import_files(store, [good, bad])
    assert store.count_claims() == 0


@pytest.mark.parametrize("content, expect", [
    ("", "empty"),
    ("   \n\n", "empty"),
    ("date,location,lat,lon,claimant\n", "missing column"),
    ("date,location,lat,lon,claimant,kind,casualties\n", "unknown column 'casualties'"),
    ("date,location,lat,lon,claimant,kind,kind\n", "twice"),
    (HEADER + "2015-09-30,A,34.8\n", "field"),
    (HEADER + "2015-09-30,A,34.8,,X,strike,,,\n", "both lat and lon"),
    (HEADER + "2015-09-30,,34.8,36.7,X,strike,,,\n", "name is empty"),
    (HEADER + "2015-09-30,Nowhere,,,X,strike,,,\n", "no location named"),
    (HEADER + "2015-09-30,A,34.8,36.7,X,strike,,,99999999999\n", "out of range"),
    (HEADER + "2015-09-30,A,inf,36.7,X,strike,,,\n", "finite"),
    (HEADER + '2015-09-30,"A,34.8,36.7,X,strike,,,\n', "malformed CSV|field"),
    (b"date,location,lat,lon,claimant,kind\n2015-09-30,Tall Bis\xe9,34.8,36.7,X,strike\n", "not UTF-8"),
    (b"\x00\x01\x02binary", "NUL"),
    (HEADER + "2015-09-30," + "A" * 600 + ",34.8,36.7,X,strike,,,\n", "limit is 500"),
    (HEADER + "2015-09-30,A,34.8,36.7," + "X" * 200_000 + ",strike,,,\n", "limit is 500|field larger"),
])
def test_csv_clean_refusals(store, tmp_path, content, expect):
    p = _write(tmp_path, "c.csv", content)
    with pytest.raises(InvalidInput, match=expect):
        import_files(store, [p])
    assert store.count_claims() == 0 and store.list_locations() == []


def test_non_utf8_reports_line(store, tmp_path):
    p = _write(tmp_path, "c.csv", b"date,location,lat,lon,claimant,kind\n\n2015-09-30,Tall Bis\xe9,34.8,36.7,X,strike\n")
    with pytest.raises(InvalidInput) as e:
        import_files(store, [p])
    assert e.value.line == 3


def test_utf8_bom_and_header_case(store, tmp_path):
    p = _write(tmp_path, "c.csv", "\ufeffDate,Location,Lat,Lon,Claimant,Kind\n2015-09-30,تلبيسة,34.84,36.73,ناشطون,strike\n")
    import_files(store, [p])
    assert store.list_claims()[0].location.name == "تلبيسة"


def test_missing_file(store, tmp_path):
    with pytest.raises(InvalidInput, match="no such file"):
        import_files(store, [tmp_path / "nope.csv"])


# -- GeoJSON -------------------------------------------------------------------------------------

def _fc(*features):
    return json.dumps({"type": "FeatureCollection", "features": list(features)}, indent=1)


def _feat(geom, **props):
    return {"type": "Feature", "geometry": geom, "properties": props}


@pytest.mark.parametrize("doc, expect", [
    ("[1, 2]", "must be an object"),
    ('{"type": "FeatureCollection", "features": {}}', "features array"),
    ('{"type": "FeatureCollection", "features": [', "invalid JSON"),
    (_fc({"type": "Feature", "geometry": {"type": "Point", "coordinates": [36, 34]}, "properties": [1]}),
     "properties must be an object"),
    (_fc(_feat({"type": "Point", "coordinates": ["36", None]}, name="A")), "numbers"),
    (_fc(_feat({"type": "Point", "coordinates": [36, 34]}, name=5.5, claims="x")), "JSON array"),
    (_fc(_feat({"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]}, name="bowtie")),
     "Self-intersection"),
    (_fc(_feat({"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 0.5]]]}, name="open")), "not closed"),
    (_fc(_feat({"type": "LineString", "coordinates": [[0, 0], [1, 1]]}, name="road")), "not supported"),
    (_fc(_feat({"type": "Point", "coordinates": [36, 34]}, title="x")), None),
    (_fc(_feat({"type": "Point", "coordinates": [36, 34]}, label="x", title="y")), "--name-field"),
    ('{"type": "Point", "coordinates": [36, 34]}', "bare Point"),

    (_fc(_feat({"type": "Point", "coordinates": [36, NaN]}, name="A")) if False else
     '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"A"},'
     '"geometry":{"type":"Point","coordinates":[36, NaN]}}]}', "NaN"),
])
def test_geojson_refusals(store, tmp_path, doc, expect):
    p = _write(tmp_path, "x.geojson", doc)
    if expect is None:
        import_files(store, [p])
        assert store.list_locations()[0].name == "x"
        return
    with pytest.raises(InvalidInput, match=expect):
        import_files(store, [p])
    assert store.list_locations() == []


def test_geojson_in_web_mercator_is_reprojected(store, tmp_path):
    doc = {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}},
           "features": [_feat({"type": "Point", "coordinates": [4088868.42, 4142244.43]}, name="Talbiseh")]}
    import_files(store, [_write(tmp_path, "m.geojson", json.dumps(doc))])
    loc = store.find_location("Talbiseh")
    assert (round(loc.lon, 4), round(loc.lat, 4)) == (36.7309, 34.8406)


def test_geojson_error_line_numbers(store, tmp_path):
    text = _fc(_feat({"type": "Point", "coordinates": [36, 34]}, name="A"),
               _feat({"type": "Point", "coordinates": [36, 95]}, name="B"))
    p = _write(tmp_path, "x.geojson", text)
    with pytest.raises(InvalidInput) as e:
        import_files(store, [p])
    lines = text.splitlines()
    assert lines[e.value.line - 1].lstrip().startswith("{") and '"B"' in "\n".join(lines[e.value.line - 1:])
    assert '"B"' not in "\n".join(lines[:e.value.line - 1])


def test_geojsonseq_with_rs_and_line_numbers(store, tmp_path):
    good = json.dumps(_feat({"type": "Point", "coordinates": [36.7, 34.8]}, name="A"))
    p = _write(tmp_path, "x.geojsons", f"\x1e{good}\n\x1e{good.replace('A', 'B')}\n")
    import_files(store, [p])
    assert {l.name for l in store.list_locations()} == {"A", "B"}
    p2 = _write(tmp_path, "y.geojsonl", f"{good}\n{{broken\n")
    with pytest.raises(InvalidInput) as e:
        import_files(store, [p2])
    assert e.value.line == 2


# -- ACLED, UCDP, GDAL vector files ---------------------------------------------------------------

ACLED = """\
event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
SYR9001,30 September 2015,2015,1,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of Russia (2000-),,8,Civilians (Syria),,7,78,Civilian targeting,760,Middle East,Syria,Homs,Rastan,,Talbiseh,34.8406,36.7309,1,SOHR,National,"On 30 September 2015, Russian warplanes struck Talbiseh.",17,,1618000000
SYR9002,2015-10-01,2015,3,Strategic developments,Strategic developments,Non-state actor overtakes territory,Jaish al-Fath,,2,,,0,20,,760,Middle East,Syria,Idlib,,,Kafr Nabl,35.6130,36.5610,2,Smart News,Subnational,Rebels took the checkpoint.,0,,1618000000
"""

UCDP = """\
id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob
123456,SYR-2015-1-1,2015,1,Clear,1,299,299,Syria:Government,411,411,Government of Syria - Syrian insurgents,116,116,Government of Syria,1,1,Syrian insurgents,1,"x",Reuters,2015-10-01,Russian jets hit Talbisah,SOHR,1,Talbisah town,Talbisah,Hims governorate,Al Rastan district,34.8406,36.7309,POINT (36.7309 34.8406),180000,Syria (Syrian Arab Republic),652,Middle East,1,1,2015-09-30 00:00:00.000,2015-09-30 00:00:00.000,0,0,17,0,17,36,17,652,
"""


def test_acled_import(store, tmp_path):
    p = _write(tmp_path, "acled.csv", ACLED)
    assert detect_format(str(p)) == "acled"
    import_files(store, [p])
    a, b = store.list_claims()
    assert (a.kind, a.claimant, a.side, a.date, a.casualties_min, a.faction, a.outlet) == (
        "strike", "ACLED", "independent", "2015-09-30", 17, "Military Forces of Russia (2000-)", "SOHR")
    assert a.location.country == "SY" and a.location.precision == "town" and "SYR9001" in a.notes
    assert b.kind == "control" and b.date_precision == "month" and b.location.precision == "district"


@pytest.mark.parametrize("iso", ["inf", "-inf", "nan", "1e400", "x"])
def test_acled_unreadable_iso_code_falls_back_to_the_country_name(store, tmp_path, iso):
    # (a hypothesis run found "-inf" in the iso column raising OverflowError)
    p = _write(tmp_path, "acled.csv", ACLED.replace(",760,Middle East,Syria,Homs,", f",{iso},Middle East,Syria,Homs,"))
    import_files(store, [p])
    assert [c.location.country for c in store.list_claims()] == ["SY", "SY"]


def test_acled_export_reimports(filled_store, fresh_store, tmp_path):
    from geomap.io import export

    export(filled_store, "acled", tmp_path / "a.csv")
    rep = import_files(fresh_store, [tmp_path / "a.csv"], skip_invalid=True)
    located = sum(1 for c in filled_store.list_claims() if c.location_id is not None)
    assert rep.claims == located and len(rep.skipped) == filled_store.count_claims() - located


def test_ucdp_import(store, tmp_path):
    p = _write(tmp_path, "ged.csv", UCDP)
    assert detect_format(str(p)) == "ucdp"
    import_files(store, [p])
    (c,) = store.list_claims()
    assert (c.kind, c.claimant, c.casualties_min, c.casualties_max, c.date, c.faction, c.target) == (
        "casualties", "UCDP GED", 17, 36, "2015-09-30", "Government of Syria", "Syrian insurgents")
    assert c.location.name == "Talbisah town" and c.location.country == "SY"
    assert c.location.lat == pytest.approx(34.8406)


def test_shapefile_in_web_mercator_is_reprojected(store, tmp_path):
    gpd = pytest.importorskip("geopandas")
    from shapely.geometry import Point, Polygon

    gpd.GeoDataFrame({"NAME": ["Talbiseh"], "pop": [1]}, geometry=[Point(36.73093, 34.84063)], crs=4326).to_crs(
        3857).to_file(tmp_path / "points.shp", engine="pyogrio")
    gpd.GeoDataFrame({"NAME": ["Area"]}, geometry=[Polygon([(36.6, 34.8), (36.8, 34.8), (36.8, 34.9), (36.6, 34.8)])],
                     crs=4326).to_crs(3857).to_file(tmp_path / "areas.shp", engine="pyogrio")
    rep = import_files(store, [tmp_path / "points.shp", tmp_path / "areas.shp"])
    assert rep.locations_added == 2
    tal = store.find_location("Talbiseh")
    assert (tal.lon, tal.lat) == (pytest.approx(36.73093, abs=1e-6), pytest.approx(34.84063, abs=1e-6))
    assert store.find_location("Area").is_area


def test_name_field_choice(store, tmp_path):
    gpd = pytest.importorskip("geopandas")
    from shapely.geometry import Point

    gpd.GeoDataFrame({"name_en": ["Rastan"], "title": ["الرستن"]}, geometry=[Point(36.73, 34.93)], crs=4326).to_file(
        tmp_path / "p.gpkg", engine="pyogrio")
    with pytest.raises(InvalidInput, match="--name-field"):
        import_files(store, [tmp_path / "p.gpkg"])
    import_files(store, [tmp_path / "p.gpkg"], name_field="title")
    assert store.list_locations()[0].name == "الرستن"
    with pytest.raises(InvalidInput, match="no field named"):
        import_files(store, [tmp_path / "p.gpkg"], name_field="nom")


def test_not_a_vector_file(store, tmp_path):
    p = _write(tmp_path, "x.bin", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(InvalidInput, match="GDAL cannot read"):
        import_files(store, [p])


def test_geomap_store_imports_whole(filled_store, fresh_store):
    rep = import_files(fresh_store, [filled_store.path])
    assert rep.claims == filled_store.count_claims()
    assert len(fresh_store.list_locations()) == len(filled_store.list_locations())


def test_second_import_reuses_places(store, tmp_path):
    p = _write(tmp_path, "c.yaml", CASE)
    import_files(store, [p])
    rep = import_files(store, [p])
    assert rep.locations_added == 0 and rep.locations_reused == 2
    assert rep.claims == 0 and rep.duplicates == 3 and store.count_claims() == 3  # nothing added twice
    rep = import_files(store, [p], keep_duplicates=True)
    assert rep.claims == 3 and store.count_claims() == 6


def test_case_text_with_block_scalars(store, tmp_path):
    text = CASE + textwrap.indent(textwrap.dedent("""\
        - kind: strike
          claimant: Syrian opposition activists
          notes: |
            Two lines,
            the second <b>bold</b>.
    """), "  ")
    import_files(store, [_write(tmp_path, "c.yaml", text)])
    assert store.list_claims()[-1].notes == "Two lines,\nthe second <b>bold</b>."


@pytest.mark.filterwarnings("ignore:Column names longer than 10:UserWarning",
                            "ignore:Normalized/laundered field name:RuntimeWarning")
@pytest.mark.parametrize("driver, ext", [("FlatGeobuf", "fgb"), ("GPKG", "gpkg"), ("GeoJSONSeq", "geojsonl"),
                                         ("ESRI Shapefile", "shp")])
def test_gdal_formats_with_claim_columns(store, tmp_path, driver, ext):
    """Features carrying claim columns (as other tools write them) become places and claims."""
    gpd = pytest.importorskip("geopandas")
    from shapely.geometry import Point

    df = gpd.GeoDataFrame(
        {"location": ["Talbiseh", "Talbiseh", "Rastan"], "claimant": ["Activists", "Activists", "SOHR"],
         "kind": ["strike", "casualties", "strike"], "side": ["syrian_opposition", "syrian_opposition", "independent"],
         "date": ["2015-09-30", "2015-09-30", "2015-10-01"], "casualties_min": [None, 17, None]},
        geometry=[Point(36.73093, 34.84063), Point(36.73093, 34.84063), Point(36.73238, 34.92653)], crs=4326)
    if driver != "GeoJSONSeq":
        df = df.to_crs(32637)  # UTM 37N: must come back to lon/lat
    df.to_file(tmp_path / f"c.{ext}", driver=driver, engine="pyogrio")
    rep = import_files(store, [tmp_path / f"c.{ext}"])
    assert (rep.claims, rep.locations_added) == (3, 2)
    # DBF truncates field names to 10 characters: a shapefile's "casualties" column is not casualties_min.
    n = None if driver == "ESRI Shapefile" else 17
    got = sorted((c.location.name, c.kind, c.side, c.date, c.casualties_min, round(c.location.lon, 5),
                  round(c.location.lat, 5)) for c in store.list_claims())  # FlatGeobuf reorders features
    assert got == [("Rastan", "strike", "independent", "2015-10-01", None, 36.73238, 34.92653),
                   ("Talbiseh", "casualties", "syrian_opposition", "2015-09-30", n, 36.73093, 34.84063),
                   ("Talbiseh", "strike", "syrian_opposition", "2015-09-30", None, 36.73093, 34.84063)]
