"""What only the PostGIS backend has: real geometry columns, schema setup and migration,
GDAL/QGIS access, credentials kept out of every message, and CLI parity with GeoPackage."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import traceback
import uuid
from urllib.parse import urlsplit

import pytest

from geomap.cli import cli
from geomap.exc import NotAStore, NotFound, SchemaMismatch, StoreError
from geomap.model import Claim, Location, point
from geomap.store import open_store
from geomap.store import postgis as pgmod

from pgneed import need

pytestmark = pytest.mark.postgis


def _schema_of(url: str) -> str:
    from urllib.parse import unquote

    return unquote(url.split("search_path%3D", 1)[1]).split(",")[0]


def test_real_postgis_geometry_indexes_and_view(pg, pg_url):
    with open_store(pg_url, create=True) as st:
        a = st.add_location(Location(name="Talbiseh", geometry=point(36.73, 34.84)))
        st.add_claim(Claim(kind="strike", claimant="Activists", location_id=a.id))
        st.add_claim(Claim(kind="presence", claimant="State media"))
    schema = _schema_of(pg_url)
    with pg.connect(pg_url) as con:
        cols = con.execute(
            "SELECT f_table_name, f_geometry_column, srid, type FROM geometry_columns WHERE f_table_schema = %s"
            " ORDER BY 1", (schema,)).fetchall()
        assert cols == [("claims_located", "geom", 4326, "GEOMETRY"), ("locations", "geom", 4326, "GEOMETRY")]
        idx = con.execute("SELECT indexdef FROM pg_indexes WHERE schemaname = %s AND tablename = 'locations'",
                          (schema,)).fetchall()
        assert any("USING gist (geom)" in r[0] for r in idx)
        assert con.execute("SELECT ST_AsText(geom), ST_SRID(geom) FROM locations").fetchone() == ("POINT(36.73 34.84)", 4326)
        assert con.execute("SELECT value FROM geomap_meta WHERE key = 'schema_version'").fetchone() == ("1",)
        rows = con.execute("SELECT claimant, ST_AsText(geom) FROM claims_located ORDER BY fid").fetchall()
        assert rows == [("Activists", "POINT(36.73 34.84)"), ("State media", None)]
        # the name constraints that stop racing writers from creating a record twice
        uniques = con.execute(
            "SELECT conrelid::regclass::text FROM pg_constraint WHERE contype = 'u' AND connamespace = %s::regnamespace",
            (schema,)).fetchall()
        assert sorted(r[0].split(".")[-1] for r in uniques) == ["claimants", "factions", "outlets"]


def test_gdal_opens_the_layers_as_qgis_would(pg, pg_url):
    ogrinfo = shutil.which("ogrinfo")
    need(ogrinfo is not None, "GDAL's ogrinfo is not installed (Debian: gdal-bin)")
    with open_store(pg_url, create=True) as st:
        a = st.add_location(Location(name="Talbiseh", geometry=point(36.73, 34.84)))
        st.add_claim(Claim(kind="strike", claimant="Activists", location_id=a.id))
    p = urlsplit(pg_url)
    conn = (f"PG:host={p.hostname} port={p.port} dbname={p.path.lstrip('/')} user={p.username}"
            f" password={p.password} schemas={_schema_of(pg_url)}")
    out = subprocess.run([ogrinfo, "-ro", "-so", conn, "claims_located"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "Feature Count: 1" in out.stdout and "EPSG" in out.stdout and "4326" in out.stdout
    out = subprocess.run([ogrinfo, "-ro", "-so", conn, "locations"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and "Extent: (36.730000, 34.840000)" in out.stdout


QGIS_SCRIPT = r"""
import sys
from urllib.parse import urlsplit
from qgis.core import QgsApplication, QgsDataSourceUri, QgsVectorLayer
app = QgsApplication([], False)
app.initQgis()
url, schema = sys.argv[1], sys.argv[2]
p = urlsplit(url)
for table in ("locations", "claims_located"):
    uri = QgsDataSourceUri()
    uri.setConnection(p.hostname, str(p.port), p.path.lstrip("/"), p.username, p.password)
    uri.setDataSource(schema, table, "geom", "", "fid")
    layer = QgsVectorLayer(uri.uri(False), table, "postgres")
    print(table, layer.isValid(), layer.featureCount(), layer.crs().authid())
sys.stdout.flush()
import os
os._exit(0)  # exitQgis() can crash headless on teardown; the answers are out
"""


def test_qgis_opens_the_postgis_layers(pg, pg_url, tmp_path):
    """QGIS's PostgreSQL provider (Debian python3-qgis) loads both geometry layers, as the team setup says."""
    py = "/usr/bin/python3"
    ok = os.path.exists(py) and subprocess.run([py, "-c", "import qgis.core"], capture_output=True).returncode == 0
    need(ok, "QGIS Python bindings (Debian python3-qgis) are not installed")
    with open_store(pg_url, create=True) as st:
        a = st.add_location(Location(name="Talbiseh", geometry=point(36.73, 34.84)))
        st.add_claims([Claim(kind="strike", claimant="Activists", location_id=a.id),
                       Claim(kind="presence", claimant="State media")])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path))
    r = subprocess.run([py, "-c", QGIS_SCRIPT, pg.url, _schema_of(pg_url)], capture_output=True, text=True,
                       timeout=180, env=env)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.split() == ["locations", "True", "1", "EPSG:4326", "claims_located", "True", "2", "EPSG:4326"]


def test_no_store_and_not_a_store(pg, pg_url):
    with pytest.raises(NotFound, match=r"no geomap store at postgresql://.*:\*\*\*@.*\(create one with `geomap init`\)"):
        open_store(pg_url)
    with pg.connect(pg_url) as con:
        con.execute("CREATE TABLE locations (id int)")
    with pytest.raises(NotAStore, match=r"is not a geomap store: it has tables geomap did not create \(locations\)"):
        open_store(pg_url, create=True)


def test_schema_versions_newer_older_and_migration(pg, pg_url, monkeypatch):
    from geomap.store import base

    open_store(pg_url, create=True).close()
    # a later geomap adds a column: opening migrates the store, once
    monkeypatch.setattr(base, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(pgmod, "MIGRATIONS", {1: ["ALTER TABLE claims ADD COLUMN verified boolean"]})
    with open_store(pg_url) as st:
        assert st.get_meta("schema_version") == "2"
    with open_store(pg_url) as st:
        assert st.get_meta("schema_version") == "2"
    with pg.connect(pg_url) as con:
        assert con.execute("SELECT count(*) FROM information_schema.columns WHERE column_name = 'verified'"
                           " AND table_schema = %s", (_schema_of(pg_url),)).fetchone()[0] == 1
    # this geomap (version 1) refuses the newer store
    monkeypatch.setattr(base, "SCHEMA_VERSION", 1)
    with pytest.raises(SchemaMismatch, match=r"has schema version 2; this geomap reads version 1 \(upgrade geomap\)"):
        open_store(pg_url)
    # a version with no migration path says how to move the data
    with pg.connect(pg_url) as con:
        con.execute("UPDATE geomap_meta SET value = '0' WHERE key = 'schema_version'")
    with pytest.raises(SchemaMismatch, match="cannot migrate it.*geomap copy"):
        open_store(pg_url)


def test_postgis_extension_not_allowed_says_what_to_do(pg):
    if not pg.is_superuser():
        pytest.skip("the test database user cannot create roles (GEOMAP_TEST_PG is not a superuser)")
    role, db, secret = "r_" + uuid.uuid4().hex[:8], "d_" + uuid.uuid4().hex[:8], "pw-" + uuid.uuid4().hex
    p = urlsplit(pg.url)
    with pg.connect() as con:
        con.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{secret}'")
        con.execute(f"CREATE DATABASE {db} OWNER {role}")
    try:
        url = f"postgresql://{role}:{secret}@{p.hostname}:{p.port}/{db}"
        with pytest.raises(StoreError) as e:
            open_store(url, create=True)
        msg = str(e.value)
        assert f"PostGIS is not enabled in database '{db}' and user '{role}' may not enable it" in msg
        assert "CREATE EXTENSION postgis;" in msg and secret not in msg
        with pytest.raises(NotFound):  # nothing was created
            open_store(url)
    finally:
        with pg.connect() as con:
            con.execute(f"DROP DATABASE IF EXISTS {db}")
            con.execute(f"DROP ROLE IF EXISTS {role}")


def _run_cli(args, env_extra=None):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path), **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "geomap", *args], capture_output=True, text=True, env=env, timeout=120)


def test_credentials_never_printed(pg, pg_url):
    secret = urlsplit(pg_url).password
    assert secret
    r = _run_cli(["-vv", "init"], {"GEOMAP_DB": pg_url})
    assert r.returncode == 0 and "store ready: postgresql://geomap:***@" in r.stdout
    assert secret not in r.stdout + r.stderr
    wrong = pg_url.replace(f":{secret}@", ":Wr0ng-S3cret@")
    for extra in ([], ["-v"]):  # -v shows the traceback: still no password
        r = _run_cli(["--db", wrong, *extra, "location", "list"])
        assert r.returncode == 1, r.stderr
        assert "password authentication failed" in r.stderr and "Wr0ng-S3cret" not in r.stdout + r.stderr
    with pytest.raises(StoreError) as e:
        open_store(wrong)
    assert "Wr0ng-S3cret" not in "".join(traceback.format_exception(e.value))
    # a password given as a URL parameter is masked too
    p = urlsplit(pg_url)
    as_param = f"postgresql://{p.username}@{p.hostname}:{p.port}{p.path}?password={secret}&{p.query}"
    with open_store(as_param) as st:
        assert secret not in st.display and "password=***" in st.display
    unreachable = f"postgresql://u:T0p-Secret@127.0.0.1:1/db"
    with pytest.raises(StoreError) as e:
        open_store(unreachable)
    assert "T0p-Secret" not in str(e.value) and "postgresql://u:***@127.0.0.1:1/db" in str(e.value)


def test_scrub():
    url = "postgresql://ana:p%40ss@db.example/case"
    assert pgmod.scrub('failed for "ana" p@ss p%40ss\n  postgresql://x:y@h/d', url) == 'failed for "ana" *** *** postgresql://x:***@h/d'
    assert pgmod.scrub("host=h password='a b' user=u") == "host=h password=*** user=u"


CLI_SCRIPT = [
    ["init"],
    ["location", "add", "Talbiseh", "--lat", "34.84063", "--lon", "36.73093", "--alias", "Talbisah", "--admin1", "Homs"],
    ["location", "add", "Rastan", "--lat", "34.9267", "--lon", "36.7325", "--format", "json"],
    ["location", "add", "Bad", "--lat", "134", "--lon", "36"],
    ["claim", "add", "--location", "talbisah", "--claimant", "Activists", "--side", "syrian_opposition", "--kind",
     "strike", "--date", "2015-09-30", "--reported-by", "New York Times", "--casualties-min", "17", "--casualties-max", "36"],
    ["claim", "add", "--location", "Rastan", "--claimant", "Activists", "--side", "russia", "--kind", "strike"],
    ["claim", "add", "--location", "Rastann", "--claimant", "Activists", "--kind", "strike"],
    ["claim", "add", "--claimant", "Russian Defence Ministry", "--side", "russia", "--kind", "denial", "--format", "json"],
    ["location", "list", "--format", "json"],
    ["location", "list", "--bbox", "36.7", "34.83", "36.75", "34.85"],
    ["claim", "list", "--format", "json"],
    ["claim", "list"],
    ["location", "show", "Talbiseh", "--format", "json"],
    ["location", "remove", "Talbiseh"],
    ["location", "remove", "Talbiseh", "--cascade"],
    ["claim", "show", "1"],
    ["claim", "show", "2"],
    ["claim", "remove", "99"],
    ["claim", "list", "--format", "json"],
]


def test_cli_behaves_the_same_on_both_backends(make_target, runner):
    """Every command: same exit status and the same output, on GeoPackage and on PostGIS."""
    transcripts = {}
    for backend in ("gpkg", "postgis"):
        target = make_target(backend)
        lines = []
        for args in CLI_SCRIPT:
            r = runner.invoke(cli, ["--db", target, *args])
            display = target if backend == "gpkg" else pgmod._mask(target)
            lines.append((args, r.exit_code, r.output.replace(display, "<STORE>")))
        transcripts[backend] = lines
    for g, p in zip(transcripts["gpkg"], transcripts["postgis"]):
        assert g == p
    codes = [code for _, code, _ in transcripts["gpkg"]]
    assert codes == [0, 0, 0, 2, 0, 2, 2, 0, 0, 0, 0, 0, 0, 2, 0, 2, 0, 2, 0]
    assert json.loads(transcripts["postgis"][-1][2])[0]["claimant"] == "Russian Defence Ministry"


def test_two_terminals_see_each_other(pg, pg_url):
    """Two analysts' shells, one with $GEOMAP_DB and one with --db, share one database."""
    a = {"GEOMAP_DB": pg_url}
    assert _run_cli(["init"], a).returncode == 0
    r = _run_cli(["location", "add", "Latamneh", "--lat", "35.3176", "--lon", "36.6153"], a)
    assert r.returncode == 0, r.stderr
    r = _run_cli(["--db", pg_url, "claim", "add", "--location", "Latamneh", "--claimant", "Hama activists",
                  "--side", "syrian_opposition", "--kind", "strike", "--date", "2015-09-30"])
    assert r.returncode == 0, r.stderr
    r = _run_cli(["claim", "add", "--location", "latamneh", "--claimant", "Russian Defence Ministry", "--side", "russia",
                  "--kind", "target", "--date", "2015-09-30"], a)
    assert r.returncode == 0, r.stderr
    r = _run_cli(["--db", pg_url, "claim", "list", "--format", "json"])
    assert [c["claimant"] for c in json.loads(r.stdout)] == ["Hama activists", "Russian Defence Ministry"]


def test_missing_database_says_how_to_create_it(pg):
    p = urlsplit(pg.url)
    url = f"postgresql://{p.username}:{p.password}@{p.hostname}:{p.port}/no_such_db_{uuid.uuid4().hex[:6]}"
    with pytest.raises(StoreError, match=r'database "no_such_db_\w+" does not exist \(create it first: `createdb NAME`'):
        open_store(url, create=True)
