"""Fast country tests, outlines and the fallback basemap."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from gazetteer import countries
from gazetteer.countries import admin1_of, basemap, contains, country_geometry, country_of

POINTS = [  # (lon, lat, expected)
    (36.29, 33.51, "SY"),   # Damascus
    (37.16, 36.20, "SY"),   # Aleppo
    (40.14, 35.33, "SY"),   # Deir ez-Zor
    (44.36, 33.31, "IQ"),   # Baghdad
    (43.13, 36.34, "IQ"),   # Mosul
    (32.86, 39.93, "TR"),   # Ankara
    (36.16, 36.20, "TR"),   # Antakya
    (28.98, 41.01, "TR"),   # Istanbul
    (35.50, 33.89, None),   # Beirut
    (35.93, 31.95, None),   # Amman
    (51.39, 35.69, None),   # Tehran
    (34.0, 34.0, None),     # the sea off Lebanon
]


@pytest.mark.parametrize("lon,lat,cc", POINTS)
def test_country_of(lon, lat, cc):
    assert country_of(lon, lat) == cc


def test_contains():
    assert contains("SY", 36.29, 33.51) is True
    assert contains("sy", 44.36, 33.31) is False
    assert contains("FR", 2.35, 48.86) is None  # no outline shipped: cannot tell
    with pytest.raises(ValueError):
        contains("SY", 200, 33)


def test_admin1_of():
    assert admin1_of(36.63, 35.93) == "Idlib"
    assert admin1_of(36.75, 34.73) == "Homs"
    assert admin1_of(2.35, 48.86) is None


def test_country_geometry_and_basemap_are_valid():
    from shapely.geometry import shape

    g = shape(country_geometry("SY"))
    assert g.is_valid and 17 < g.area < 20  # about 18.5 square degrees
    fc = basemap()
    kinds = {f["properties"]["kind"] for f in fc["features"]}
    assert kinds == {"country", "admin1"}
    assert {f["properties"]["country"] for f in fc["features"]} == {"SY", "IQ", "TR"}
    for f in fc["features"]:
        assert shape(f["geometry"]).is_valid, f["properties"]
    json.dumps(fc)  # serialisable
    only = basemap(("IQ",), admin=False)
    assert len(only["features"]) == 1
    with pytest.raises(KeyError):
        country_geometry("FR")


def test_import_is_light():
    # (how fast it is, is measured in the benchmarks, not here: a timed test fails on a busy machine)
    code = ("import sys; from gazetteer.countries import country_of; r=country_of(36.29,33.51); "
            "print(r, 'shapely' in sys.modules, 'rapidfuzz' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["SY", "False", "False"]


def test_repeated_calls_agree():
    first = [country_of(lon, lat) for lon, lat, _ in POINTS]
    assert [country_of(lon, lat) for lon, lat, _ in POINTS * 3] == first * 3
    assert countries.covered_countries() == ("IQ", "SY", "TR")


def test_border_points_count_as_inside():
    # (36.5, 34.05) lies on the Syria-Lebanon border in the source outline: both the check and the
    # lookup accept it despite the simplification; a point 10 km into Lebanon is still outside
    assert contains("SY", 36.5, 34.0481) is True
    assert country_of(36.5, 34.0481) == "SY"
    assert contains("SY", 36.3, 33.98) is False
    from gazetteer.countries import BORDER_TOLERANCE

    assert 0 < BORDER_TOLERANCE <= 0.02
