"""``geomap import`` / ``geomap export`` through Click and as a subprocess; optional QGIS check."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner
from io_helpers import EXAMPLE_CASE, require

from geomap.cli import cli

HEADER = "date,location,lat,lon,claimant,kind,side\n"


@pytest.fixture
def run(tmp_path):
    db = str(tmp_path / "cli.gpkg")

    def invoke(*args):
        return CliRunner().invoke(cli, ["--db", db, *map(str, args)], catch_exceptions=False)

    return invoke


def test_import_export_cli(run, tmp_path):
    src = tmp_path / "c.csv"
    src.write_text(HEADER + "2015-09-30,Talbiseh,34.84,36.73,Activists,strike,syrian_opposition\n", encoding="utf-8")
    r = run("import", src)
    assert r.exit_code == 0, r.output
    assert "imported 1 claim" in r.stderr
    r = run("export", "--format", "geojson")
    assert r.exit_code == 0
    doc = json.loads(r.stdout)
    assert doc["features"][0]["geometry"] == {"type": "Point", "coordinates": [36.73, 34.84]}
    r = run("export", "--format", "csv", "-o", tmp_path / "out.csv")
    assert r.exit_code == 0 and (tmp_path / "out.csv").read_text(encoding="utf-8").startswith("date,location,lat,lon")
    r = run("export", "--format", "geojson", "--what", "locations", "--split-geometry", "-o", tmp_path / "p.geojson")
    assert r.exit_code == 0 and (tmp_path / "p.points.geojson").exists()


def test_bad_row_exit_2_one_line_store_unchanged(run, tmp_path):
    src = tmp_path / "c.csv"
    src.write_text(HEADER + "2015-09-30,A,34.8,36.7,X,strike,\n2015-09-30,B,34.8,36.7,X,bombing,\n", encoding="utf-8")
    run("init")
    r = run("import", src)
    assert r.exit_code == 2
    assert r.stderr.strip().count("\n") == 0 and f"{src}:3:" in r.stderr and "Traceback" not in r.stderr
    assert json.loads(run("claim", "list", "--format", "json").stdout or "[]") == []
    r = run("import", "--skip-invalid", src)
    assert r.exit_code == 0 and f"skipped: {src}:3:" in r.stderr


def test_export_options_refused(run):
    run("init")
    r = run("export", "--format", "gpkg")
    assert r.exit_code == 2 and "-o" in r.stderr
    r = run("export", "--format", "shp")
    assert r.exit_code == 2


def test_cli_subprocess_pipe(tmp_path):
    if not EXAMPLE_CASE.exists():
        pytest.skip("examples/syria-2015/case.yaml not written yet")
    db = tmp_path / "s.gpkg"
    env = dict(os.environ, GEOMAP_DB=str(db))
    subprocess.run([sys.executable, "-m", "geomap", "import", str(EXAMPLE_CASE)], check=True, env=env,
                   capture_output=True, timeout=120)
    out = subprocess.run([sys.executable, "-m", "geomap", "export", "--format", "geojsonseq"], check=True, env=env,
                         capture_output=True, text=True, timeout=120).stdout
    assert all(json.loads(line)["type"] == "Feature" for line in out.splitlines())


def test_ogr2ogr_reads_geojsonseq_from_our_export(run, tmp_path):
    exe = shutil.which("ogr2ogr")
    require(exe is not None, "ogr2ogr (gdal-bin) is not installed")
    src = tmp_path / "c.csv"
    src.write_text(HEADER + "2015-09-30,تلبيسة,34.84,36.73,ناشطون,strike,syrian_opposition\n", encoding="utf-8")
    run("import", src)
    run("export", "--format", "geojsonseq", "--rs", "-o", tmp_path / "c.geojsons")
    subprocess.run([exe, "-f", "GPKG", str(tmp_path / "via.gpkg"), str(tmp_path / "c.geojsons")], check=True,
                   capture_output=True, timeout=120)
    import pyogrio

    df = pyogrio.read_dataframe(tmp_path / "via.gpkg")
    assert list(df["location"]) == ["تلبيسة"]


QGIS_SCRIPT = textwrap.dedent("""
    import sys
    from qgis.core import QgsApplication, QgsVectorLayer
    app = QgsApplication([], False)
    app.initQgis()
    for uri in sys.argv[1:]:
        layer = QgsVectorLayer(uri, "x", "ogr")
        print(uri.split("|")[-1], layer.isValid(), layer.featureCount())
    sys.stdout.flush()
    import os
    os._exit(0)  # QgsApplication.exitQgis() can crash headless on teardown; the counts are out
""")


def test_qgis_opens_geojson_and_geopackage(filled_store, tmp_path):
    """QGIS's own Python (Debian python3-qgis under /usr/bin/python3) loads the exports and counts features."""
    py = "/usr/bin/python3"
    ok = os.path.exists(py) and subprocess.run([py, "-c", "import qgis.core"], capture_output=True).returncode == 0
    require(ok, "QGIS Python bindings (Debian python3-qgis) are not installed")
    from geomap.io import export

    export(filled_store, "geojson", tmp_path / "c.geojson")
    export(filled_store, "gpkg", tmp_path / "c.gpkg")
    located = [c for c in filled_store.list_claims() if c.location is not None]
    n_areas = sum(1 for c in located if c.location.is_area)
    uris = [str(tmp_path / "c.geojson"), f"{tmp_path / 'c.gpkg'}|layername=claims_points",
            f"{tmp_path / 'c.gpkg'}|layername=claims_areas", f"{tmp_path / 'c.gpkg'}|layername=claims_unlocated"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path))
    r = subprocess.run([py, "-c", QGIS_SCRIPT, *uris], capture_output=True, text=True, timeout=180, env=env)
    assert r.returncode == 0, r.stderr[-2000:]
    counts = [line.split() for line in r.stdout.strip().splitlines()]
    assert [c[1] for c in counts] == ["True"] * 4, r.stdout
    total = filled_store.count_claims()
    assert [int(c[2]) for c in counts] == [total, len(located) - n_areas, n_areas, total - len(located)]
