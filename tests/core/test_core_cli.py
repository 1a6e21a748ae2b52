import hashlib
import json
import os
import subprocess
import sys

import pytest

from geomap.cli import cli


def digest(p):
    return hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None


def test_help_on_every_command(runner):
    def walk(cmd, path):
        r = runner.invoke(cli, [*path, "--help"])
        assert r.exit_code == 0, (path, r.output)
        assert "Usage:" in r.output
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, [*path, name])
    walk(cli, [])


def test_location_and_claim_workflow(cli_run, tmp_store):
    r = cli_run("init")
    assert r.exit_code == 0 and tmp_store.exists()
    assert cli_run("init").exit_code == 0  # idempotent
    r = cli_run("location", "add", "Talbiseh", "--lat", "34.84063", "--lon", "36.73093", "--country", "SY",
                "--admin1", "Homs", "--alias", "Talbisah", "--source", "GeoNames 163779")
    assert r.exit_code == 0, r.output
    r = cli_run("claim", "add", "--location", "talbisah", "--claimant", "Syrian opposition activists",
                "--side", "syrian_opposition", "--kind", "strike", "--date", "2015-09-30",
                "--reported-by", "Eldorar Alshamia", "--casualties-min", "8", "--casualties-max", "8")
    assert r.exit_code == 0, r.output
    r = cli_run("claim", "add", "--claimant", "Syrian state media", "--side", "syrian_government", "--kind", "presence",
                "--faction", "Islamic State", "--notes", "one of seven areas")
    assert r.exit_code == 0, r.output
    locs = json.loads(cli_run("location", "list", "--format", "json").stdout)
    assert locs[0]["name"] == "Talbiseh" and locs[0]["lat"] == 34.84063 and locs[0]["lon"] == 36.73093
    assert {"id", "name", "lat", "lon", "kind", "country", "admin1"} <= set(locs[0])
    claims = json.loads(cli_run("claim", "list", "--format", "json").stdout)
    assert [c["location"] for c in claims] == ["Talbiseh", None]
    assert {"id", "location", "claimant", "side", "kind", "date"} <= set(claims[0])
    # the claimant's side is remembered
    r = cli_run("claim", "add", "--location", "1", "--claimant", "Syrian opposition activists", "--kind", "casualties")
    assert r.exit_code == 0
    assert json.loads(cli_run("claim", "show", "3", "--format", "json").stdout)["side"] == "syrian_opposition"
    show = cli_run("location", "show", "Talbiseh")
    assert "Talbisah" in show.stdout and "claims: 2" in show.stdout
    assert "Talbiseh" in cli_run("claim", "list").stdout


@pytest.mark.parametrize("args,msg", [
    (["location", "add", "X", "--lat", "95", "--lon", "36"], "latitude 95 is outside"),
    (["location", "add", "X", "--lat", "nan", "--lon", "36"], "finite"),
    (["location", "add", "", "--lat", "35", "--lon", "36"], "must not be empty"),
    (["location", "add", "X", "--lat", "35"], "--lat and --lon are required"),
    (["location", "add", "X", "--lat", "35", "--lon", "36", "--kind", "planet"], "planet"),
    (["location", "add", "X", "--lat", "35", "--lon", "36", "--country", "XX"], "XX is no ISO 3166-1 alpha-2"),
    (["location", "add", "Akkar", "--resolve", "--country", "XX"], "XX is no ISO 3166-1 alpha-2"),
    (["location", "update", "Talbiseh", "--country", "XX"], "XX is no ISO 3166-1 alpha-2"),
    (["claim", "add", "--location", "Talbisa", "--claimant", "x", "--kind", "strike"], "did you mean: Talbiseh"),
    (["claim", "add", "--claimant", "x", "--kind", "strike", "--date", "2015-02-30"], "does not exist"),
    (["claim", "add", "--claimant", "x", "--kind", "strike", "--casualties-min", "5", "--casualties-max", "2"], "greater than"),
    (["claim", "add", "--claimant", "Activists", "--side", "russia", "--kind", "strike"], "recorded with side"),
    (["location", "remove", "Talbiseh"], "has 1 claim"),
    (["claim", "show", "999"], "no claim with id 999"),
])
def test_refused_commands_exit_2_and_change_nothing(cli_run, tmp_store, args, msg):
    assert cli_run("location", "add", "Talbiseh", "--lat", "34.84", "--lon", "36.73").exit_code == 0
    assert cli_run("claim", "add", "--location", "Talbiseh", "--claimant", "Activists", "--side", "syrian_opposition", "--kind", "strike").exit_code == 0
    before = digest(tmp_store)
    r = cli_run(*args)
    assert r.exit_code == 2, r.output
    assert msg in r.stderr
    assert "Traceback" not in r.output
    assert digest(tmp_store) == before


def test_foreign_file_refused(runner, tmp_path):
    bad = tmp_path / "notes.gpkg"
    bad.write_text("not a database at all " * 50)
    before = digest(bad)
    r = runner.invoke(cli, ["--db", str(bad), "location", "list"])
    assert r.exit_code == 2 and "not a geomap store" in r.stderr
    assert digest(bad) == before
    r = runner.invoke(cli, ["--db", str(tmp_path / "none.gpkg"), "claim", "list"])
    assert r.exit_code == 2 and "geomap init" in r.stderr


def test_db_from_environment(runner, tmp_path):
    db = tmp_path / "env.gpkg"
    r = runner.invoke(cli, ["location", "add", "Rastan", "--lat", "34.92653", "--lon", "36.73238"], env={"GEOMAP_DB": str(db)})
    assert r.exit_code == 0 and db.exists()


def test_country_check_explains_swapped_coordinates(cli_run, tmp_store):
    pytest.importorskip("gazetteer.countries")
    r = cli_run("location", "add", "Talbiseh", "--lat", "36.73093", "--lon", "34.84063", "--country", "SY")
    assert r.exit_code == 2
    assert "swapping latitude and longitude" in r.stderr
    r = cli_run("location", "add", "Mosul", "--lat", "36.34", "--lon", "43.13", "--country", "SY")
    assert r.exit_code == 2 and "IQ" in r.stderr
    assert cli_run("location", "add", "Talbiseh", "--lat", "34.84063", "--lon", "36.73093", "--country", "SY").exit_code == 0


def _geomap(*args, env=None, check=True):
    e = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "geomap", *args], capture_output=True, text=True, env=e, check=check)


def test_subprocess_exit_codes_and_no_traceback(tmp_path):
    db = str(tmp_path / "s.gpkg")
    ok = _geomap("--db", db, "location", "add", "Latamneh", "--lat", "35.32149", "--lon", "36.62292")
    assert "added location #1" in ok.stdout
    bad = _geomap("--db", db, "location", "add", "X", "--lat", "x", "--lon", "1", check=False)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    verbose = _geomap("-v", "--db", db, "location", "add", "X", "--lat", "x", "--lon", "1", check=False)
    assert verbose.returncode != 0 and "Traceback" in verbose.stderr
    usage = _geomap("--db", db, "claim", "add", check=False)
    assert usage.returncode == 2


def test_concurrent_cli_writers_lose_nothing(tmp_path):
    db = str(tmp_path / "c.gpkg")
    _geomap("--db", db, "init")
    script = (
        "import sys\nfrom geomap.cli import main\n"
        "for i in range(25):\n"
        "    rc = main(['--db', sys.argv[1], 'location', 'add', f'P{sys.argv[2]}-{i}', '--lat', '35', '--lon', '36'])\n"
        "    assert rc == 0, rc\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, db, str(n)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for n in range(4)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    rows = json.loads(_geomap("--db", db, "location", "list", "--format", "json").stdout)
    assert len(rows) == 100 and len({r["name"] for r in rows}) == 100


def test_location_add_resolve_uses_gazetteer(cli_run):
    pytest.importorskip("gazetteer.index")
    r = cli_run("location", "add", "Kfar Nabouda", "--resolve", "--country", "SY", "--format", "json")
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["name"] == "Kafr Nabudah" and "Kfar Nabouda" in d["aliases"]
    assert d["lat"] == pytest.approx(35.43, abs=0.02) and d["lon"] == pytest.approx(36.49, abs=0.02)
    assert d["origin"] == "gazetteer"
    r = cli_run("location", "add", "Idleb province", "--resolve", "--format", "json")
    d = json.loads(r.stdout)
    assert d["kind"] == "admin1" and d["precision"] == "governorate"
    shown = json.loads(cli_run("location", "show", "Idleb province", "--format", "json").stdout)
    assert shown["geometry"]["type"] in ("Polygon", "MultiPolygon")
    r = cli_run("location", "add", "Qwxzzzq Nowhere", "--resolve")
    assert r.exit_code == 2 and "no place matching" in r.stderr
    # a name that only looks like a place is refused with the closest match named, and nothing is added
    before = cli_run("location", "list", "--format", "json").stdout
    r = cli_run("location", "add", "Nowhere Town", "--resolve")
    assert r.exit_code == 2 and "no place named 'Nowhere Town'" in r.stderr and "the closest is" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert cli_run("location", "list", "--format", "json").stdout == before


def test_location_add_resolve_twice_keeps_one_location(cli_run):
    """A gazetteer place added under a second spelling (Russian, English) is one location with both as aliases."""
    pytest.importorskip("gazetteer.index")
    first = json.loads(cli_run("location", "add", "Кафр-Нубуда", "--resolve", "--format", "json").stdout)
    r = cli_run("location", "add", "Kfar Nabouda", "--resolve")
    assert r.exit_code == 0 and f"location #{first['id']} Kafr Nabudah already holds" in r.stdout
    rows = json.loads(cli_run("location", "list", "--format", "json").stdout)
    assert len(rows) == 1 and rows[0]["name"] == "Kafr Nabudah"
    shown = json.loads(cli_run("location", "show", str(first["id"]), "--format", "json").stdout)
    assert shown["aliases"] == ["Кафр-Нубуда", "Kfar Nabouda"]
    # so a claim names it by either spelling without ambiguity
    r = cli_run("claim", "add", "--location", "Kfar Nabouda", "--claimant", "Local activists", "--kind", "strike")
    assert r.exit_code == 0, r.output
    # --new adds a second location on purpose
    r = cli_run("location", "add", "Kafr Nabudah", "--resolve", "--new", "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)["id"] != first["id"]
    assert len(json.loads(cli_run("location", "list", "--format", "json").stdout)) == 2
    r = cli_run("location", "add", "Somewhere", "--lat", "35", "--lon", "36", "--new")
    assert r.exit_code == 2 and "--new goes with --resolve" in r.stderr


def test_location_add_resolve_knows_a_stored_id_of_a_merged_record(cli_run, store):
    """A location stored with the id of a duplicate record the gazetteer has since merged is the same place."""
    gz = pytest.importorskip("gazetteer").Gazetteer()
    from geomap.model import LngLat, Location, point

    old = next(k for k, v in gz._merged.items() if gz.get(v).name == "Maarrat al-Nu'man")
    p = gz.get(old)
    stored = store.add_location(Location(name=p.name, geometry=point(p.lon, p.lat), lnglat=LngLat(p.lon, p.lat),
                                         kind="locality", country="SY", origin="gazetteer", origin_id=old))
    store.close()
    r = cli_run("location", "add", "Maarat al-Numan", "--resolve")
    assert r.exit_code == 0 and f"location #{stored.id} Maarrat al-Nu'man already holds" in r.stdout, r.output
    assert len(json.loads(cli_run("location", "list", "--format", "json").stdout)) == 1


def test_progress_on_a_terminal_quiet_when_piped(tmp_path):
    """Long commands draw a bar on a terminal's stderr and print nothing extra when piped."""
    import shutil

    out = tmp_path / "m"
    piped = _geomap("demo", "--out", str(out))
    assert "building the demo" not in piped.stderr and piped.stderr == ""
    if not shutil.which("script"):
        pytest.skip("util-linux 'script' (a pseudo-terminal) is not installed")
    tty = subprocess.run(["script", "-qec", f"{sys.executable} -m geomap demo --out {out}", "/dev/null"],
                         capture_output=True, text=True, timeout=120)
    assert tty.returncode == 0 and "building the demo" in tty.stdout and "100%" in tty.stdout


def test_claim_update_grades_and_moves(cli_run, tmp_store):
    assert cli_run("location", "add", "Talbiseh", "--lat", "34.84", "--lon", "36.73").exit_code == 0
    assert cli_run("location", "add", "Rastan", "--lat", "34.93", "--lon", "36.73").exit_code == 0
    assert cli_run("claim", "add", "--location", "Talbiseh", "--claimant", "Activists", "--side", "syrian_opposition",
                   "--kind", "strike", "--notes", "first report").exit_code == 0
    r = cli_run("claim", "update", "1", "--grade", "fair", "--location", "Rastan", "--notes", "", "--format", "json")
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["grade"] == "fair" and d["location"] == "Rastan" and d["notes"] is None and d["id"] == 1
    before = digest(tmp_store)
    for args, msg in ((["claim", "update", "1"], "nothing to change"), (["claim", "update", "9", "--grade", "weak"], "no claim"),
                      (["claim", "update", "1", "--date", "2015-02-31"], "does not exist")):
        r = cli_run(*args)
        assert r.exit_code == 2 and msg in r.stderr
    assert digest(tmp_store) == before


def test_location_update_moves_renames_and_refuses_bad_points(cli_run, tmp_store):
    assert cli_run("location", "add", "Zafaraniyah", "--lat", "34.80", "--lon", "36.70").exit_code == 0
    assert cli_run("claim", "add", "--location", "Zafaraniyah", "--claimant", "Activists", "--kind", "strike").exit_code == 0
    r = cli_run("location", "update", "Zafaraniyah", "--lat", "34.89187", "--lon", "36.77857", "--name", "Az Za'faranah",
                "--format", "json")
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["name"] == "Az Za'faranah" and "Zafaraniyah" in d["aliases"] and d["lat"] == 34.89187
    assert json.loads(cli_run("claim", "show", "1", "--format", "json").stdout)["location"] == "Az Za'faranah"
    before = digest(tmp_store)
    for args, msg in ((["location", "update", "1"], "nothing to change"),
                      (["location", "update", "1", "--lat", "95", "--lon", "36"], "outside"),
                      (["location", "update", "1", "--lat", "34"], "together"),
                      (["location", "update", "Nowhere", "--note", "x"], "no location named")):
        r = cli_run(*args)
        assert r.exit_code == 2 and msg in r.stderr, (args, r.stderr)
    assert digest(tmp_store) == before


def test_an_area_takes_no_unknown_country_code(cli_run, tmp_store):
    assert cli_run("location", "add", "Turkmen Mountain", "--resolve").exit_code == 0
    before = digest(tmp_store)
    r = cli_run("location", "update", "Jabal al-Turkman", "--country", "XX")
    assert r.exit_code == 2 and "XX is no ISO 3166-1 alpha-2" in r.stderr
    assert digest(tmp_store) == before
    assert cli_run("location", "update", "Jabal al-Turkman", "--country", "SY").exit_code == 0
