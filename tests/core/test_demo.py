import json
import re
import subprocess
import sys

import pytest
import yaml

from geomap.demo import build_demo, case_path
from geomap.store.gpkg import GeoPackageStore


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("maps")
    return out, build_demo(out)


def test_demo_writes_every_output(demo):
    out, files = demo
    assert set(files) == {"store", "map", "dual", "geojson", "report"}
    for p in files.values():
        assert p.exists() and p.stat().st_size > 0
        assert p.parent == out
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp files left


def test_demo_store_holds_the_whole_case(demo):
    _, files = demo
    case = yaml.safe_load(case_path().read_text(encoding="utf-8"))
    with GeoPackageStore(files["store"]) as st:
        claims = st.list_claims()
        assert len(claims) == len(case["claims"])
        assert len(st.list_locations()) == len(case["locations"])
        # every claim carries its source: an outlet, and every located claim a place with a cited source
        assert all(c.outlet for c in claims)
        assert all(c.location.source for c in claims if c.location)
        # claims without a place are kept
        assert sum(c.location is None for c in claims) == sum("location" not in c for c in case["claims"])
        sides = {c.side for c in claims}
        assert {"russia", "us_coalition", "syrian_opposition", "syrian_government", "turkmen"} <= sides
        # the figures as reported: 27 (activists) vs 40 (Turkmen Assembly)
        figures = {(c.claimant, c.casualties_min) for c in claims if c.kind == "casualties"}
        assert ("Syrian opposition activists", 27) in figures and ("Syrian Turkmen Assembly", 40) in figures


def test_demo_geojson_is_rfc7946(demo):
    _, files = demo
    gj = json.loads(files["geojson"].read_text(encoding="utf-8"))
    assert gj["type"] == "FeatureCollection" and "crs" not in gj
    import geojson_validator

    assert geojson_validator.validate_structure(gj) == {}
    assert not geojson_validator.validate_geometries(gj).get("invalid")
    for f in gj["features"]:
        g = f["geometry"]
        if g and g["type"] == "Point":
            lon, lat = g["coordinates"]
            assert 35.5 < lon < 42.5 and 32 < lat < 37.5  # Syria: lon/lat order, not swapped


def test_demo_map_is_offline_and_tells_the_story(demo):
    _, files = demo
    html = files["map"].read_text(encoding="utf-8")
    # nothing is fetched from the network: no external scripts, styles, images or tiles
    assert not re.search(r"""<(script|img|iframe)[^>]+src=["']?(https?:)?//""", html)
    assert not re.search(r"""<link[^>]+href=["']?(https?:)?//""", html)
    assert "tile.openstreetmap" not in html
    assert "Russian" in html and "Talbiseh" in html
    report = files["report"].read_text(encoding="utf-8")
    assert re.search(r"Of \d+ reported strike locations, \d+ had reported Islamic State presence", report)


def test_demo_cli_subprocess(tmp_path):
    r = subprocess.run([sys.executable, "-m", "geomap", "demo", "--out", str(tmp_path / "m")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "m" / "syria-2015.html").exists()


def test_demo_keeps_a_user_modified_store(tmp_path):
    out = tmp_path / "maps"
    files = build_demo(out)
    again = build_demo(out)  # unchanged demo store: simply rebuilt
    assert "backup" not in again
    with GeoPackageStore(files["store"]) as st:
        from geomap.model import Claim

        st.add_claim(Claim(kind="strike", claimant="My own source", side="independent"))
    third = build_demo(out)
    backup = third["backup"]
    with GeoPackageStore(backup) as st:
        assert any(c.claimant == "My own source" for c in st.list_claims())
    with GeoPackageStore(third["store"]) as st:
        assert not any(c.claimant == "My own source" for c in st.list_claims())
    # a file that is not a store at all is kept too
    third["store"].write_bytes(b"my notes")
    fourth = build_demo(out)
    assert fourth["backup"].read_bytes() == b"my notes"
