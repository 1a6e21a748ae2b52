import pytest
from hypothesis import given, strategies as st

from geomap.exc import InvalidInput
from geomap.geometry import from_gpkg, from_wkb, rfc7946, to_gpkg, to_wkb

lon = st.floats(-180, 180)
lat = st.floats(-90, 90)


@given(lon, lat)
def test_point_gpkg_round_trip(x, y):
    g = {"type": "Point", "coordinates": (x, y)}
    assert from_gpkg(to_gpkg(g)) == g


def test_wkb_matches_shapely():
    import shapely
    from shapely.geometry import shape

    poly = {"type": "MultiPolygon", "coordinates": (
        (((0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)), ((0.5, 0.5), (0.5, 1.0), (1.0, 1.0), (0.5, 0.5))),
        (((5.0, 5.0), (6.0, 5.0), (6.0, 6.0), (5.0, 5.0)),),
    )}
    assert shapely.from_wkb(to_wkb(poly)).equals(shape(poly))
    assert from_wkb(shapely.to_wkb(shape(poly))) == poly
    assert from_gpkg(to_gpkg(poly)) == poly


def test_corrupt_blobs_refused():
    with pytest.raises(InvalidInput):
        from_gpkg(b"XX\x00\x01")
    with pytest.raises(InvalidInput):
        from_gpkg(to_gpkg({"type": "Point", "coordinates": (1, 2)})[:-4])


def test_rfc7946_orientation_and_rounding():
    cw = [(0, 0), (0, 1), (1, 1), (1, 0), (0, 0)]
    out = rfc7946({"type": "Polygon", "coordinates": (cw, [(0.2, 0.2), (0.4, 0.2), (0.4, 0.4), (0.2, 0.2)])})
    ext, hole = out["coordinates"]
    area = lambda r: sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(r, r[1:])) / 2
    assert area(ext) > 0 and area(hole) < 0
    assert rfc7946({"type": "Point", "coordinates": (36.123456789, 35.1)})["coordinates"] == [36.123457, 35.1]
