"""The Place record."""

from __future__ import annotations

import dataclasses

import pytest

from gazetteer import Place
from gazetteer.exc import AmbiguousPlace, GazetteerError, PlaceNotFound


def test_place_is_frozen_and_slotted():
    p = Place(id="user:1", name="Test village", kind="locality", lat=35.0, lon=36.0, country="SY")
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.name = "x"  # type: ignore[misc]
    assert not hasattr(p, "__dict__")


def test_geo_interface_point_or_polygon():
    p = Place(id="user:1", name="X", kind="site", lat=35.0, lon=36.0)
    assert p.__geo_interface__ == {"type": "Point", "coordinates": (36.0, 35.0)}
    ring = [[36.0, 35.0], [36.1, 35.0], [36.1, 35.1], [36.0, 35.0]]
    q = p.with_geometry({"type": "Polygon", "coordinates": [ring]})
    assert q.__geo_interface__["type"] == "Polygon"
    from shapely.geometry import shape

    assert shape(q).area > 0


@pytest.mark.parametrize("kw", [{"kind": "city"}, {"source": "osm"}, {"lat": 95.0}, {"lon": -181.0}])
def test_place_validates(kw):
    base = dict(id="user:1", name="X", kind="site", lat=1.0, lon=2.0)
    base.update(kw)
    with pytest.raises(ValueError):
        Place(**base)


def test_error_hierarchy():
    assert issubclass(PlaceNotFound, GazetteerError) and issubclass(PlaceNotFound, LookupError)
    assert issubclass(AmbiguousPlace, GazetteerError) and issubclass(AmbiguousPlace, ValueError)
    e = AmbiguousPlace("two", candidates=[1, 2])
    assert e.candidates == [1, 2]
    assert "did you mean" in str(PlaceNotFound("no", suggestions=["Homs"]))


def test_a_shipped_place_is_built_as_the_checked_constructor_builds_it():
    from gazetteer.model import shipped_place

    values = ("wof:1", "Kafr Nabudah", "locality", 35.4, 36.5, "SY", "Hama", 4000, (36.4, 35.3, 36.6, 35.5),
              ("Kfar Nabouda",), "wof", None)
    p, q = shipped_place(*values), Place(*values)
    assert p == q and hash(p) == hash(q) and repr(p) == repr(q)
    assert [getattr(p, f.name) for f in dataclasses.fields(Place)] == list(values)
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.name = "x"  # type: ignore[misc]
