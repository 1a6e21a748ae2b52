import math

import pytest
from hypothesis import given, strategies as st

from geomap.exc import InvalidInput
from geomap.model import (ACLED_GEO_PRECISION, Claim, Claimant, LngLat, Location, Outlet, PRECISIONS,
                          parse_date, point)


def test_latlon_swapped_into_geojson_order_once():
    ll = LngLat.from_latlon("34.84", "36.73")
    assert ll == (36.73, 34.84)
    assert point(*ll)["coordinates"] == (36.73, 34.84)


@pytest.mark.parametrize("lat,lon", [(91, 0), (-90.5, 0), (0, 181), ("nan", 1), (1, "inf"), ("x", 1), (True, 1), (None, 1)])
def test_bad_coordinates_refused(lat, lon):
    with pytest.raises(InvalidInput):
        LngLat.from_latlon(lat, lon)


@given(st.floats(-90, 90), st.floats(-180, 180))
def test_valid_coordinates_round_trip(lat, lon):
    ll = LngLat.from_latlon(lat, lon)
    assert (ll.lat, ll.lng) == (lat, lon)


@pytest.mark.parametrize("value,expected", [
    ("2015-09-30", ("2015-09-30", "day")), ("2015-10", ("2015-10", "month")), ("2015", ("2015", "year")),
    ("", (None, None)), (None, (None, None)),
])
def test_dates(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2015-02-30", "2015-13-01", "30/09/2015", "15-9-30", "0001-01-01", "2015-9-30", 20150930])
def test_impossible_dates_refused(value):
    with pytest.raises(InvalidInput):
        parse_date(value)


def test_location_defaults_and_geo_interface():
    loc = Location(name="  Talbiseh ", geometry=point(36.73, 34.84), country="sy", aliases=["Talbisah", "Talbiseh", ""])
    assert loc.name == "Talbiseh" and loc.country == "SY"
    assert loc.aliases == ("Talbisah",)
    assert loc.precision == "town" and loc.geo_precision == 1
    gi = loc.__geo_interface__
    assert gi["type"] == "Feature" and gi["geometry"]["coordinates"] == (36.73, 34.84)
    from shapely.geometry import shape

    assert shape(gi["geometry"]).x == 36.73


def test_area_location_has_inner_representative_point():
    ring = [(36.0, 35.5), (37.0, 35.5), (37.0, 36.3), (36.0, 36.3), (36.0, 35.5)]
    loc = Location(name="Idlib", kind="admin1", geometry={"type": "Polygon", "coordinates": [ring]})
    assert loc.precision == "governorate" and loc.geo_precision == 3
    assert 36.0 < loc.lon < 37.0 and 35.5 < loc.lat < 36.3


@pytest.mark.parametrize("geom,msg", [
    ({"type": "Polygon", "coordinates": [[(0, 0), (1, 0), (1, 1), (0, 1)]]}, "not closed"),
    ({"type": "Polygon", "coordinates": [[(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)]]}, "Self-intersection"),
    ({"type": "LineString", "coordinates": [(0, 0), (1, 1)]}, "not supported"),
    ({"type": "Point", "coordinates": [float("nan"), 1]}, "finite"),
    ({"type": "Point", "coordinates": [200, 1]}, "outside"),
    ("POINT (1 2)", "GeoJSON"),
])
def test_bad_geometries_refused(geom, msg):
    with pytest.raises(InvalidInput, match=msg):
        Location(name="x", geometry=geom)


@pytest.mark.parametrize("kw,msg", [
    ({"name": ""}, "empty"), ({"name": "x\x00y"}, "NUL"), ({"kind": "city"}, "unknown location kind"),
    ({"country": "Syria"}, "alpha-2"), ({"precision": "street"}, "unknown precision"), ({"name": "x" * 600}, "limit"),
])
def test_bad_location_fields(kw, msg):
    args = {"name": "x", "geometry": point(1, 1)} | kw
    with pytest.raises(InvalidInput, match=msg):
        Location(**args)


def test_claim_validation():
    c = Claim(kind="Strike", claimant="Activists", side="opposition", casualties_min="27", date="2015-09-30")
    assert c.kind == "strike" and c.side == "syrian_opposition" and c.casualties_min == 27
    assert c.grade == "unassessed" and c.location_id is None
    with pytest.raises(InvalidInput, match="greater than"):
        Claim(kind="casualties", claimant="x", casualties_min=40, casualties_max=27)
    with pytest.raises(InvalidInput, match="unknown claim kind"):
        Claim(kind="rumour", claimant="x")
    with pytest.raises(InvalidInput, match="unknown side"):
        Claim(kind="strike", claimant="x", side="martians")
    with pytest.raises(InvalidInput, match="whole number"):
        Claim(kind="strike", claimant="x", casualties_min=2.5)
    with pytest.raises(InvalidInput, match="grade"):
        Claim(kind="strike", claimant="x", grade="certain")


def test_precision_maps_to_acled():
    assert set(ACLED_GEO_PRECISION) == set(PRECISIONS)
    assert [ACLED_GEO_PRECISION[p] for p in PRECISIONS] == sorted(ACLED_GEO_PRECISION[p] for p in PRECISIONS)


def test_reference_records():
    assert Claimant("Russian Defence Ministry", "russian").side == "russia"
    assert Outlet("Reuters", published="2015-10-01").published == "2015-10-01"
    with pytest.raises(InvalidInput):
        Outlet("x", url="not a url with spaces")
