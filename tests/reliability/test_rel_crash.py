"""Crash safety: ``kill -9`` at random moments of real geomap processes loses nothing.

For ``geomap import`` (a big CSV), ``geomap claim add``, ``geomap location add``, ``geomap
render`` and ``geomap export``, a subprocess is started and sent SIGKILL after a random delay
(some kills are timed to land while the write transaction is open: the test waits for the
store's rollback journal to appear). Afterwards the store must open, pass ``PRAGMA
integrity_check``, and hold either all of the command's records or none; an output file must
be either the previous file, byte for byte, or the complete new one.

``GEOMAP_CRASH_KILLS`` (default 2) sets how many kills each scenario makes; ``GEOMAP_CRASH_SEED``
replays a run (the seed is in every assertion message).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rel_helpers import ENV, digest, geomap_proc, geomap_run, integrity, seed

KILLS = int(os.environ.get("GEOMAP_CRASH_KILLS", "2"))
SEED = int(os.environ.get("GEOMAP_CRASH_SEED", str(random.SystemRandom().randrange(1 << 30))))
ROWS = 6_000
PLACES = 1_000


@pytest.fixture(scope="module")
def rng():
    return random.Random(SEED)


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    """A big claims CSV, the small seeded store, and a big store (the seeded one plus the CSV)."""
    d = tmp_path_factory.mktemp("crash")
    csv_path = d / "big.csv"
    with open(csv_path, "w", encoding="utf-8") as f:
        f.write("date,location,lat,lon,claimant,kind,side,reported_by,notes\n")
        for i in range(ROWS):
            p = i % PLACES
            f.write(f"2015-{9 + i % 2:02d}-{1 + i % 28:02d},Place {p},{34 + p / 1000:.4f},{36 + p / 1500:.4f},"
                    f"Claimant {i % 7},strike,russia,Outlet {i % 11},row {i}\n")
    seeded = d / "seeded.gpkg"
    seed(seeded)
    big = d / "big.gpkg"
    shutil.copy(seeded, big)
    t0 = time.monotonic()
    r = geomap_run("--db", big, "import", csv_path)
    elapsed = time.monotonic() - t0
    assert r.returncode == 0, r.stderr
    return {"dir": d, "csv": csv_path, "seeded": seeded, "big": big, "import_s": elapsed}


def counts(path) -> tuple[int, int, int, int]:
    """(claims, locations, claimants, outlets) - opened read-write so a hot journal is rolled back first."""
    integrity(path)
    con = sqlite3.connect(os.fspath(path), timeout=30)
    try:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("claims", "locations", "claimants", "outlets"))
    finally:
        con.close()


def journal(path) -> Path:
    return Path(os.fspath(path) + "-journal")


def kill_after(proc: subprocess.Popen, delay: float, *, watch: Path | None = None, timeout: float = 60) -> str:
    """SIGKILL ``proc`` ``delay`` s after start - or, with ``watch``, ``delay`` s after that file appears.

    Returns "killed" or "finished" (the process exited before the signal).
    """
    start = time.monotonic()
    if watch is not None:
        while not watch.exists() and proc.poll() is None:
            if time.monotonic() - start > timeout:
                break
            time.sleep(0.0005)
    time.sleep(delay)
    if proc.poll() is not None:
        return "finished"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return "killed"


@pytest.fixture(scope="module")
def case_file(work):
    """The big store's claims as a case file (YAML), ready to import into an empty store."""
    path = work["dir"] / "big-case.yaml"
    r = geomap_run("--db", work["big"], "export", "--format", "case", "-o", path)
    assert r.returncode == 0, r.stderr
    empty = work["dir"] / "empty.gpkg"
    assert geomap_run("--db", empty, "init").returncode == 0
    t0 = time.monotonic()
    probe = work["dir"] / "probe.gpkg"
    shutil.copy(empty, probe)
    r = geomap_run("--db", probe, "import", path)
    assert r.returncode == 0, r.stderr
    return {"path": path, "empty": empty, "import_s": time.monotonic() - t0, "full": counts(probe)}


@pytest.mark.parametrize("kind", ["csv", "case"])
def test_import_is_all_or_nothing_under_kill_9(work, rng, tmp_path, kind, request):
    if kind == "csv":
        start, src, base, full, t_imp = work["seeded"], work["csv"], counts(work["seeded"]), counts(work["big"]), work["import_s"]
        assert full[0] == base[0] + ROWS
    else:
        case = request.getfixturevalue("case_file")
        start, src, base, full, t_imp = case["empty"], case["path"], counts(case["empty"]), case["full"], case["import_s"]
        assert full[0] == ROWS + 4 and base[0] == 0
    outcomes = []
    for k in range(2 * KILLS):
        db = tmp_path / f"import{k}.gpkg"
        shutil.copy(start, db)
        proc = geomap_proc("--db", db, "import", src)
        if k % 2 == 0:  # anywhere in the run: start-up, parsing, writing, committing
            how = kill_after(proc, rng.uniform(0.05, 1.2 * t_imp))
        else:  # while the write transaction is open (it lasts well over 50 ms for this file)
            how = kill_after(proc, rng.uniform(0, 0.05), watch=journal(db))
        hot = journal(db).exists() and journal(db).stat().st_size > 0
        got = counts(db)
        outcomes.append((how, hot, got[0]))
        assert got in (base, full), f"seed {SEED}: kill {k} ({how}) left {got}, expected {base} or {full}"
        if how == "finished":
            assert got == full, f"seed {SEED}"
    # at least one kill hit an open write transaction - and it was rolled back on the next open
    assert any(how == "killed" and hot and n == base[0] for how, hot, n in outcomes), f"seed {SEED}: {outcomes}"


ADD_LOOP = r"""
import sys
from geomap.cli import main
db, what, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
for i in range(n):
    if what == "claim":
        args = ["claim", "add", "--claimant", f"Loop claimant {i}", "--side", "independent", "--kind", "strike",
                "--location", "Talbiseh", "--reported-by", f"Loop outlet {i}", "--faction", f"Loop faction {i}",
                "--date", "2015-09-30", "--casualties-min", str(i), "--notes", f"loop:{i}", "--quote", f"q{i}"]
    else:
        # points stay within 500 m of (34.0, 36.5), inside Syria however many a fast machine adds
        args = ["location", "add", f"Loop place {i}", "--lat", str(34 + (i % 500) / 100000), "--lon", "36.5",
                "--alias", f"Loop alias {i}", "--note", f"loop:{i}", "--country", "SY"]
    assert main(["--db", db, "-q", *args]) == 0
"""


def _check_claim_prefix(db) -> int:
    """Claims written by the loop are 0..m-1, each complete, with no orphan claimant/outlet/faction."""
    from geomap.store.gpkg import GeoPackageStore

    integrity(db)
    with GeoPackageStore(db) as st:
        loop = sorted((c for c in st.list_claims() if (c.notes or "").startswith("loop:")),
                      key=lambda c: int(c.notes[5:]))
        m = len(loop)
        assert [int(c.notes[5:]) for c in loop] == list(range(m))
        for i, c in enumerate(loop):
            assert (c.claimant, c.outlet, c.faction, c.casualties_min, c.quote, c.location.name) == (
                f"Loop claimant {i}", f"Loop outlet {i}", f"Loop faction {i}", i, f"q{i}", "Talbiseh")
        assert sum(c.name.startswith("Loop claimant") for c in st.list_claimants()) == m
        assert sum(o.name.startswith("Loop outlet") for o in st.list_outlets()) == m
        assert sum(f.name.startswith("Loop faction") for f in st.list_factions()) == m
    return m


def _check_location_prefix(db) -> int:
    from geomap.store.gpkg import GeoPackageStore

    integrity(db)
    with GeoPackageStore(db) as st:
        loop = sorted((l for l in st.list_locations() if l.name.startswith("Loop place")),
                      key=lambda l: int(l.name.split()[-1]))
        m = len(loop)
        assert [int(l.name.split()[-1]) for l in loop] == list(range(m))
        for i, l in enumerate(loop):
            assert l.aliases == (f"Loop alias {i}",) and l.note == f"loop:{i}" and l.country == "SY"
            assert st.find_location(f"Loop alias {i}").id == l.id  # the name index was written with the row
        # the R-tree index is part of the same transaction
        con = st.con
        assert con.execute("SELECT count(*) FROM rtree_locations_geom").fetchone()[0] == len(st.list_locations())
    return m


@pytest.mark.parametrize("what", ["claim", "location"])
def test_add_loop_killed_keeps_a_complete_prefix(work, rng, tmp_path, what):
    """A process adding records one command at a time, killed at random: every record kept is whole."""
    check = _check_claim_prefix if what == "claim" else _check_location_prefix
    total = 0
    for k in range(KILLS):
        db = tmp_path / f"loop{k}.gpkg"
        shutil.copy(work["seeded"], db)
        proc = subprocess.Popen([sys.executable, "-c", ADD_LOOP, str(db), what, "100000"], env=ENV,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        how = kill_after(proc, rng.uniform(0.4, 1.5))
        assert how == "killed", proc.stderr.read().decode()[-2000:]
        proc.stderr.close()
        total += check(db)
    assert total > 0, f"seed {SEED}: no {what} was added before the kills"


@pytest.mark.parametrize("what", ["claim", "location"])
def test_single_cli_add_killed_is_all_or_nothing(work, rng, tmp_path, what):
    """The real ``geomap claim add`` / ``geomap location add`` command, killed at a random moment."""
    args = {
        "claim": ("claim", "add", "--claimant", "Loop claimant 0", "--side", "independent", "--kind", "strike",
                  "--location", "Talbiseh", "--reported-by", "Loop outlet 0", "--faction", "Loop faction 0",
                  "--date", "2015-09-30", "--casualties-min", "0", "--notes", "loop:0", "--quote", "q0"),
        "location": ("location", "add", "Loop place 0", "--lat", "34", "--lon", "36.5", "--alias", "Loop alias 0",
                     "--note", "loop:0", "--country", "SY"),
    }[what]
    check = _check_claim_prefix if what == "claim" else _check_location_prefix
    db0 = tmp_path / "timing.gpkg"
    shutil.copy(work["seeded"], db0)
    t0 = time.monotonic()
    assert geomap_run("--db", db0, *args).returncode == 0
    t_full = time.monotonic() - t0
    assert check(db0) == 1
    seen = set()
    for k in range(KILLS):
        db = tmp_path / f"one{k}.gpkg"
        shutil.copy(work["seeded"], db)
        proc = geomap_proc("--db", db, *args)
        if k == KILLS - 1:  # one kill while the transaction is open
            how = kill_after(proc, 0, watch=journal(db), timeout=2 * t_full + 5)
        else:
            how = kill_after(proc, rng.uniform(0.3, 1.1) * t_full)
        m = check(db)
        seen.add((how, m))
        assert m in (0, 1), f"seed {SEED}"
        if how == "finished":
            assert m == 1


# -- output files ---------------------------------------------------------------------------------

def _complete_map(path: Path, title: str) -> bool:
    html = path.read_text(encoding="utf-8")
    start = html.find('<script type="application/json" id="geomap-data">')
    if start < 0 or not html.rstrip().endswith("</html>"):
        return False
    body = html[start:].split(">", 1)[1].split("</script>", 1)[0]
    data = json.loads(body)
    return data["S"][data["title"]] == title


def test_render_killed_leaves_previous_or_complete_map(work, rng, tmp_path):
    out = tmp_path / "map.html"
    r = geomap_run("--db", work["seeded"], "render", "-o", out, "--title", "previous map")
    assert r.returncode == 0, r.stderr
    old = out.read_bytes()
    t0 = time.monotonic()
    ref = tmp_path / "ref.html"
    assert geomap_run("--db", work["big"], "render", "-o", ref, "--title", "new map").returncode == 0
    t_full = time.monotonic() - t0
    assert _complete_map(ref, "new map")
    before = digest(work["big"])
    results = []
    for k in range(KILLS):
        out.write_bytes(old)
        proc = geomap_proc("--db", work["big"], "render", "-o", out, "--title", "new map")
        how = kill_after(proc, rng.uniform(0.2, 1.1) * t_full)
        now = out.read_bytes()
        if now == old:
            results.append((how, "previous"))
        else:
            assert _complete_map(out, "new map"), f"seed {SEED}: kill {k} ({how}) left a partial map"
            results.append((how, "new"))
        if how == "finished":
            assert results[-1][1] == "new"
    assert digest(work["big"]) == before, "a killed render changed the store it reads"
    integrity(work["big"])


def _parse_export(fmt: str, path: Path) -> int:
    """Features/rows in a complete export; raises on a partial file."""
    if fmt == "geojson":
        return len(json.loads(path.read_text(encoding="utf-8"))["features"])
    if fmt == "csv":
        import csv

        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f, strict=True))
        assert rows[0][0] == "date" and all(len(r) == len(rows[0]) for r in rows)
        return len(rows) - 1
    if fmt == "kml":
        import xml.etree.ElementTree as ET

        root = ET.parse(path).getroot()
        return len(root.findall(".//{http://www.opengis.net/kml/2.2}Placemark"))
    if fmt == "gpkg":
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            layers = [r[0] for r in con.execute("SELECT table_name FROM gpkg_contents WHERE data_type='features'")]
            return sum(con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in layers)
        finally:
            con.close()
    raise AssertionError(fmt)


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "kml"])  # csv, acled and case share geojson's atomic_output
def test_export_killed_leaves_previous_or_complete_file(work, rng, tmp_path, fmt):
    out = tmp_path / f"export.{fmt}"
    assert geomap_run("--db", work["seeded"], "export", "--format", fmt, "-o", out).returncode == 0
    old = out.read_bytes()
    old_n = _parse_export(fmt, out)
    t0 = time.monotonic()
    ref = tmp_path / f"ref.{fmt}"
    assert geomap_run("--db", work["big"], "export", "--format", fmt, "-o", ref).returncode == 0
    t_full = time.monotonic() - t0
    new_n = _parse_export(fmt, ref)
    assert new_n > old_n
    for k in range(KILLS):
        out.write_bytes(old)
        proc = geomap_proc("--db", work["big"], "export", "--format", fmt, "-o", out)
        how = kill_after(proc, rng.uniform(0.2, 1.1) * t_full)
        if out.read_bytes() == old:
            assert how == "killed", f"seed {SEED}: export finished but the file is the old one"
            continue
        assert _parse_export(fmt, out) == new_n, f"seed {SEED}: kill {k} ({how}) left a partial {fmt}"
        if fmt != "gpkg":  # a GeoPackage records its creation time; the text formats are deterministic
            assert out.read_bytes() == ref.read_bytes()


# -- Ctrl-C -----------------------------------------------------------------------------------------

def test_ctrl_c_during_import_rolls_back_and_says_so(work, rng, tmp_path):
    """SIGINT (Ctrl-C) in the middle of an import: one line, exit 130, nothing half-written."""
    base, full = counts(work["seeded"]), counts(work["big"])
    interrupted = 0
    for k in range(KILLS):
        db = tmp_path / f"int{k}.gpkg"
        shutil.copy(work["seeded"], db)
        proc = subprocess.Popen([sys.executable, "-m", "geomap", "--db", str(db), "import", str(work["csv"])],
                                env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        start = time.monotonic()
        while not journal(db).exists() and proc.poll() is None and time.monotonic() - start < 60:
            time.sleep(0.0005)
        time.sleep(rng.uniform(0, 0.05))
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
        got = counts(db)
        if proc.returncode == 0:  # finished before the signal arrived
            assert got == full
            continue
        assert proc.returncode == 130, err
        assert "Traceback" not in err, err
        last = err.strip().splitlines()[-1]
        assert not journal(db).exists(), "the interrupted import did not end its transaction cleanly"
        if last == "geomap: interrupted after the change was saved":
            assert got == full, f"seed {SEED}: {got}"  # Ctrl-C landed just after COMMIT: all of it, and it says so
            continue
        assert last == "geomap: interrupted", err
        assert got == base, f"seed {SEED}: {got}"
        interrupted += 1
    assert interrupted, f"seed {SEED}: every import finished before Ctrl-C"


def test_copy_killed_leaves_no_half_copied_store(work, rng, tmp_path):
    """``geomap copy --to new.gpkg`` killed: the new store holds all of the case or none of it."""
    full = counts(work["big"])
    t0 = time.monotonic()
    assert geomap_run("--db", work["big"], "copy", "--to", tmp_path / "ref.gpkg").returncode == 0
    t_full = time.monotonic() - t0
    assert counts(tmp_path / "ref.gpkg")[:2] == full[:2]
    for k in range(KILLS):
        dst = tmp_path / f"copy{k}.gpkg"
        proc = geomap_proc("--db", work["big"], "copy", "--to", dst)
        if k == 0:
            how = kill_after(proc, rng.uniform(0, 0.05), watch=journal(dst))
        else:
            how = kill_after(proc, rng.uniform(0.2, 1.1) * t_full)
        if not dst.exists():
            continue
        integrity(dst)  # rolls a hot journal back
        # whatever the moment, the new store opens as a geomap store (an empty file becomes one)
        r = geomap_run("--db", dst, "location", "list", "--format", "json")
        assert r.returncode == 0, f"seed {SEED}: kill {k} ({how}): {r.stderr}"
        got = counts(dst)
        assert got[:2] in ((0, 0), full[:2]), f"seed {SEED}: kill {k} ({how}) left {got}"
