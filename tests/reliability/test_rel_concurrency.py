"""Two terminals at once: concurrent writers lose nothing and readers never see half a write.

Extends ``tests/core/test_core_cli.py`` (4 x 25 CLI adds) and ``tests/store/test_concurrency.py``
(4 x 100 store adds): here 4 processes each run 100 full ``geomap claim add`` commands while
2 reader processes run ``geomap claim list --format json`` in a loop. Every read must succeed,
parse, show only complete claims, and show each writer's claims as a prefix of what it wrote
(no gaps, no half-written claim). Then readers watch a ``geomap import`` of a CSV: they see
either none or all of its claims.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from rel_helpers import ENV, geomap_run, integrity, seed

WRITERS = 4
ADDS = 100
READERS = 2

WRITER = r"""
import os, sys, time
from geomap.cli import main
db, tag, n, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
while not os.path.exists(go):
    time.sleep(0.002)
for i in range(n):
    rc = main(["--db", db, "-q", "claim", "add", "--claimant", f"Claimant {i % 10}", "--side", "independent",
               "--kind", "strike", "--location", "Talbiseh", "--reported-by", f"Outlet {tag} {i}",
               "--notes", f"{tag}:{i}", "--quote", f"quote {tag} {i}", "--casualties-min", str(i)])
    assert rc == 0, (tag, i, rc)
"""

READER = r"""
import contextlib, io, json, os, sys
from geomap.cli import main
db, stop, mode = sys.argv[1], sys.argv[2], sys.argv[3]
reads, failures, counts, last = 0, [], [], -1
while not os.path.exists(stop) or reads < 3:
    buf, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(err):
        rc = main(["--db", db, "claim", "list", "--format", "json"])
    reads += 1
    if rc != 0:
        failures.append(f"rc={rc}: {err.getvalue()[-300:]}")
        continue
    try:
        rows = json.loads(buf.getvalue())
    except ValueError as e:
        failures.append(f"bad JSON: {e}")
        continue
    n = len(rows)
    if n < last:
        failures.append(f"count went down: {last} -> {n}")
    last = n
    counts.append(n)
    if mode == "adds":
        seen = {}
        for r in rows:
            notes = r.get("notes") or ""
            if ":" not in notes or not notes.startswith("w"):
                continue
            tag, i = notes.split(":")
            i = int(i)
            if (r["quote"], r["outlet"], r["casualties_min"], r["location"]) != (f"quote {tag} {i}", f"Outlet {tag} {i}", i, "Talbiseh"):
                failures.append(f"incomplete claim: {r}")
            seen.setdefault(tag, []).append(i)
        for tag, ids in seen.items():
            if sorted(ids) != list(range(len(ids))):
                failures.append(f"{tag}: not a prefix: {sorted(ids)[:20]}")
print(json.dumps({"reads": reads, "failures": failures[:20], "counts": sorted(set(counts))}))
"""


def _start(script: str, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], env=ENV, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _readers(db, stop, mode):
    return [_start(READER, db, stop, mode) for _ in range(READERS)]


def _finish_readers(readers) -> list[dict]:
    out = []
    for p in readers:
        o, e = p.communicate(timeout=300)
        assert p.returncode == 0, e[-2000:]
        out.append(json.loads(o))
    return out


def _reap(procs, *flags) -> None:
    """After a failure: release and stop every helper process this test started."""
    for f in flags:
        f.touch()
    for p in procs:
        if p.poll() is None:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


def test_writers_and_readers_at_once(tmp_path):
    db = tmp_path / "shared.gpkg"
    seed(db)
    go, stop = tmp_path / "go", tmp_path / "stop"
    readers = _readers(db, stop, "adds")
    writers = [_start(WRITER, db, f"w{k}", ADDS, go) for k in range(WRITERS)]
    try:
        time.sleep(0.5)
        go.touch()
        for p in writers:
            _, err = p.communicate(timeout=600)
            assert p.returncode == 0, err[-2000:]
        stop.touch()
        reports = _finish_readers(readers)
    finally:
        _reap(writers + readers, stop, go)
    for rep in reports:
        assert rep["failures"] == [], rep["failures"]
        assert rep["reads"] >= 3
    # readers saw the store grow while the writers ran, not just before and after
    assert any(len(rep["counts"]) > 2 for rep in reports), reports

    integrity(db)
    rows = json.loads(geomap_run("--db", db, "claim", "list", "--format", "json").stdout)
    mine = sorted(r["notes"] for r in rows if (r["notes"] or "").startswith("w"))
    assert mine == sorted(f"w{k}:{i}" for k in range(WRITERS) for i in range(ADDS))
    assert len({r["id"] for r in rows}) == len(rows) == 4 + WRITERS * ADDS


def test_readers_see_an_import_whole_or_not_at_all(tmp_path):
    db = tmp_path / "shared.gpkg"
    seed(db)
    n = 4000
    src = tmp_path / "batch.csv"
    with open(src, "w", encoding="utf-8") as f:
        f.write("date,location,lat,lon,claimant,kind,side,notes\n")
        for i in range(n):
            f.write(f"2015-09-30,Spot {i % 400},{35 + i % 400 / 1000:.4f},36.6,Batch claimant,strike,russia,batch {i}\n")
    stop = tmp_path / "stop"
    readers = _readers(db, stop, "import")
    try:
        time.sleep(0.3)
        r = geomap_run("--db", db, "import", src)
        assert r.returncode == 0, r.stderr
        stop.touch()
        reports = _finish_readers(readers)
    finally:
        _reap(readers, stop)
    seen = set()
    for rep in reports:
        assert rep["failures"] == [], rep["failures"]
        assert set(rep["counts"]) <= {4, 4 + n}, rep["counts"]
        seen |= set(rep["counts"])
    assert seen == {4, 4 + n}  # the readers were reading before and after the commit
    integrity(db)


def test_two_imports_at_once_share_places(tmp_path):
    """Two terminals importing the same file at once: every place once, every claim once
    (the second import finds the first's claims and adds nothing twice)."""
    from geomap.store.gpkg import GeoPackageStore

    db = tmp_path / "shared.gpkg"
    seed(db)
    src = tmp_path / "batch.csv"
    with open(src, "w", encoding="utf-8") as f:
        f.write("date,location,lat,lon,claimant,kind,side\n")
        for i in range(1500):
            f.write(f"2015-09-30,Spot {i % 300},{35 + i % 300 / 1000:.4f},36.6,Batch claimant,strike,russia\n")
    procs = [subprocess.Popen([sys.executable, "-m", "geomap", "--db", str(db), "import", str(src)], env=ENV,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    integrity(db)
    with GeoPackageStore(db) as st:
        assert st.count_claims() == 4 + 1500
        spots = [l.name for l in st.list_locations() if l.name.startswith("Spot ")]
        assert len(spots) == len(set(spots)) == 300
