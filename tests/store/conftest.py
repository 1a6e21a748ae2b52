"""Store fixtures: one store test suite over both backends (GeoPackage and PostGIS).

Where the PostgreSQL server comes from:

1. ``$GEOMAP_TEST_PG`` — a ``postgresql://`` URL of a database the tests may
   create schemas in (PostGIS installed there, or the user allowed to
   ``CREATE EXTENSION postgis``). ``.ci/run`` sets it from
   ``scripts/pg-test-cluster.sh start``.
2. Otherwise a throwaway cluster is started for the test session with
   ``scripts/pg-test-cluster.sh`` (Debian's ``/usr/lib/postgresql/NN/bin/initdb``
   and ``pg_ctl``, on a free loopback port, in a temporary directory; as root the
   server runs as the ``postgres`` user) and stopped at the end.

Each test gets a fresh schema in that database (``?options=-csearch_path=...``),
dropped afterwards. Without PostgreSQL/PostGIS the PostGIS variants skip with
the reason; with ``CI=true`` they fail instead.
"""

from __future__ import annotations

import glob
import os
import subprocess
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

from pgneed import need

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "pg-test-cluster.sh"
BACKENDS = ("gpkg", "postgis")


def with_search_path(url: str, schema: str) -> str:
    """``url`` with libpq ``options`` that put ``schema`` first on the search path."""
    opt = quote(f"-csearch_path={schema},public", safe="")
    return url + ("&" if "?" in url else "?") + "options=" + opt


class PgServer:
    """A reachable PostgreSQL database with PostGIS (or the reason there is none)."""

    def __init__(self, url: str | None, reason: str | None = None, cluster_dir: str | None = None):
        self.url = url
        self.reason = reason
        self.cluster_dir = cluster_dir

    def connect(self, url: str | None = None):
        import psycopg

        return psycopg.connect(url or self.url, autocommit=True)

    def is_superuser(self) -> bool:
        with self.connect() as con:
            return con.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]

    def new_schema_url(self) -> tuple[str, str]:
        schema = "t_" + uuid.uuid4().hex[:12]
        with self.connect() as con:
            con.execute(f'CREATE SCHEMA "{schema}"')
        return schema, with_search_path(self.url, schema)

    def drop_schema(self, schema: str) -> None:
        with self.connect() as con:
            con.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _prepare(url: str) -> str | None:
    """Check the server answers and has PostGIS; return a reason if not."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (pip install 'psycopg[binary]')"
    from geomap.store.postgis import scrub

    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=10) as con:
            if con.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").fetchone():
                return None
            if not con.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'").fetchone():
                return "PostGIS is not installed on the PostgreSQL server"
            con.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    except psycopg.Error as e:
        return f"cannot use the PostgreSQL test database: {scrub(e, url)}"
    return None


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory):
    """The session's PostgreSQL server (see the module docstring)."""
    url = os.environ.get("GEOMAP_TEST_PG")
    if url:
        yield PgServer(url, _prepare(url))
        return
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not binaries:
        yield PgServer(None, "PostgreSQL server binaries are not installed (Debian: postgresql-15-postgis-3)"
                             " and GEOMAP_TEST_PG is not set")
        return
    if not glob.glob("/usr/share/postgresql/*/extension/postgis.control"):
        yield PgServer(None, "PostGIS is not installed (Debian: postgresql-15-postgis-3)"
                             " and GEOMAP_TEST_PG is not set")
        return
    state = tmp_path_factory.mktemp("pgstate") / "dir"
    env = dict(os.environ, GEOMAP_PG_STATE=str(state))
    proc = subprocess.run(["sh", str(SCRIPT), "start"], capture_output=True, text=True, env=env, timeout=180)
    if proc.returncode != 0:
        yield PgServer(None, f"could not start a throwaway PostgreSQL cluster: {proc.stderr.strip()[-500:]}")
        return
    url = proc.stdout.strip().splitlines()[-1]
    cluster = state.read_text().strip()
    try:
        yield PgServer(url, _prepare(url), cluster)
    finally:
        subprocess.run(["sh", str(SCRIPT), "stop", cluster], capture_output=True, env=env, timeout=120)


@pytest.fixture
def pg(pg_server) -> PgServer:
    """The PostgreSQL server; skips (fails in CI) when there is none."""
    need(pg_server.reason is None, pg_server.reason or "")
    return pg_server


@pytest.fixture
def pg_url(pg):
    """URL of an empty schema of its own in the test database (dropped afterwards)."""
    schema, url = pg.new_schema_url()
    yield url
    pg.drop_schema(schema)


@pytest.fixture
def make_target(request, tmp_path):
    """``make_target(backend)`` gives the target (path or URL) of a store that does not exist yet."""
    created = []

    def make(backend: str) -> str:
        if backend == "gpkg":
            return str(tmp_path / f"case{len(created)}-{uuid.uuid4().hex[:6]}.gpkg")
        server = request.getfixturevalue("pg")
        schema, url = server.new_schema_url()
        created.append((server, schema))
        return url

    yield make
    for server, schema in created:
        server.drop_schema(schema)


@pytest.fixture(params=[pytest.param(b, marks=[pytest.mark.postgis] if b == "postgis" else []) for b in BACKENDS])
def backend(request) -> str:
    return request.param


@pytest.fixture
def store_target(backend, make_target) -> str:
    """Target of a not-yet-created store of the parametrized backend."""
    return make_target(backend)


@pytest.fixture
def any_store(store_target):
    """An open, empty store: once a GeoPackage file, once a PostGIS schema."""
    from geomap.store import open_store

    st = open_store(store_target, create=True)
    yield st
    st.close()
