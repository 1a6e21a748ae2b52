"""Credentials: a database password never appears on any output of any command.

Without a server (connection refused) every command that opens the store fails with one
masked line, with and without ``-v``; the password given as user:password or as a
``password=`` parameter, also percent-encoded. Messages built after a successful connection
(e.g. "no claims in ...") use the store's masked display name. The live PostGIS credential
tests (wrong password, permission errors, on a throwaway cluster) are in
``tests/store/test_postgis.py``.
"""

from __future__ import annotations

import pytest

from rel_helpers import cli, geomap_run

SECRET = "S3cr3t-pw"
URLS = [
    f"postgresql://analyst:{SECRET}@127.0.0.1:1/cases",
    f"postgres://analyst:{SECRET}@localhost:1/cases?sslmode=disable",
    f"postgresql://127.0.0.1:1/cases?user=analyst&password={SECRET}",
    f"postgresql://analyst:{SECRET}%40x@127.0.0.1:1/cases",
]
COMMANDS = [
    ("init",),
    ("location", "list"),
    ("location", "add", "Rastan", "--lat", "34.93", "--lon", "36.69"),
    ("claim", "add", "--claimant", "A", "--kind", "denial"),
    ("claim", "list", "--format", "json"),
    ("export", "--format", "geojson"),
    ("render", "-o", "m.html"),
    ("report",),
]


def _leaks(text: str) -> bool:
    return SECRET in text or SECRET.replace("-", "%2D") in text


@pytest.mark.parametrize("url", URLS)
def test_unreachable_database_url_masked_in_every_command(url, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for args in COMMANDS:
        r = cli("--db", url, *args)
        assert r.code == 1, (args, r)
        assert not _leaks(r.out + r.err), (args, r.err)
        assert "***" in r.err and r.err.count("\n") == 1, r.err
    for args in (("import", "x.csv"), ("copy", "--to", tmp_path / "copy.gpkg")):
        (tmp_path / "x.csv").write_text("date,location,lat,lon,claimant,kind\n", encoding="utf-8")
        r = cli("--db", url, *args)
        assert r.code != 0 and not _leaks(r.out + r.err), (args, r.err)


@pytest.mark.parametrize("verbose", [[], ["-vv"]])
def test_real_process_and_tracebacks_do_not_leak(verbose, tmp_path):
    """Also with -v, where the traceback is printed."""
    for url in URLS[:3:2]:
        p = geomap_run(*verbose, "--db", url, "location", "list")
        assert p.returncode != 0
        assert not _leaks(p.stdout + p.stderr), p.stderr[-3000:]
    p = geomap_run(*verbose, "copy", "--to", URLS[2], env={"GEOMAP_DB": str(tmp_path / "none.gpkg")})
    assert p.returncode != 0 and not _leaks(p.stdout + p.stderr), p.stderr[-3000:]


def test_environment_database_url_masked(tmp_path):
    p = geomap_run("claim", "list", env={"GEOMAP_DB": URLS[0]})
    assert p.returncode == 1 and "***" in p.stderr and not _leaks(p.stdout + p.stderr)


def test_messages_after_connecting_use_the_masked_name(monkeypatch, tmp_path):
    """'no claims in <store>' named the raw --db URL; it must name the masked one."""
    import geomap.store as store_mod
    from geomap.store.gpkg import GeoPackageStore

    real = store_mod.open_store
    masked = "postgresql://analyst:***@db.example:5432/cases"

    def fake_open(target, *, create=False):
        st = GeoPackageStore(tmp_path / "empty.gpkg", create=True)
        st.display = masked  # what PostGISStore.display is for this URL
        return st

    monkeypatch.setattr(store_mod, "open_store", fake_open)
    url = f"postgresql://analyst:{SECRET}@db.example:5432/cases"
    for args in (("render", "-o", tmp_path / "m.html"), ("report",)):
        r = cli("--db", url, *args)
        assert r.code == 2 and "no claims" in r.err, r
        assert masked in r.err and not _leaks(r.err), r.err
    monkeypatch.setattr(store_mod, "open_store", real)

