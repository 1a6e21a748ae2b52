"""Several processes writing to one store at once: nothing lost, no lock failure, no duplicates."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from geomap.store import open_store

WRITERS = 4
ADDS = 100

# Each writer waits for the go file, then makes ADDS separate add_claim calls (each its own
# transaction). The i-th add of every writer names the same new claimant (and often the same new
# outlet and faction), so the writers race to create them; every 10th add also creates a location.
WRITER = r"""
import os, sys, time
from geomap.model import Claim, Location, point
from geomap.store import open_store

target, tag, n, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
st = open_store(target)
while not os.path.exists(go):
    time.sleep(0.005)
loc_id = None
for i in range(n):
    if i % 10 == 0:
        loc_id = st.add_location(Location(name=f"{tag} place {i}", geometry=point(36 + i / 1000, 35))).id
    st.add_claim(Claim(kind="strike", claimant=f"Claimant {i}", side="independent", location_id=loc_id,
                       outlet=f"Outlet {i // 2}", faction=f"Faction {i // 4}", notes=f"{tag}:{i}"))
st.close()
"""


def test_concurrent_writers_lose_nothing(store_target, tmp_path):
    open_store(store_target, create=True).close()
    go = tmp_path / "go"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, store_target, f"w{k}", str(ADDS), str(go)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for k in range(WRITERS)
    ]
    time.sleep(0.5)  # let every writer connect before they all start at once
    go.touch()
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err[-2000:]
    with open_store(store_target) as st:
        claims = st.list_claims()
        assert len(claims) == WRITERS * ADDS
        assert sorted(c.notes for c in claims) == sorted(f"w{k}:{i}" for k in range(WRITERS) for i in range(ADDS))
        assert len({c.id for c in claims}) == WRITERS * ADDS
        assert sorted(c.name for c in st.list_claimants()) == sorted(f"Claimant {i}" for i in range(ADDS))
        assert sorted(o.name for o in st.list_outlets()) == sorted(f"Outlet {i}" for i in range(ADDS // 2))
        assert sorted(f.name for f in st.list_factions()) == sorted(f"Faction {i}" for i in range(ADDS // 4))
        assert len(st.list_locations()) == WRITERS * ADDS // 10
        for c in claims:  # every claim kept its own writer's place
            tag, i = c.notes.split(":")
            assert c.location.name == f"{tag} place {int(i) // 10 * 10}"


# Each writer, in its own explicit transactions (as an importer does), looks a place up by name
# and creates it only if it is missing, then adds a claim there. All writers go through the same
# names at the same time: each place must be created exactly once.
FIND_OR_CREATE = r"""
import os, sys, time
from geomap.model import Claim, Location, point
from geomap.store import open_store

target, tag, n, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
st = open_store(target, create=True)
while not os.path.exists(go):
    time.sleep(0.005)
for i in range(n):
    with st.transaction():
        found = st.locations_named(f"Shared place {i}")
        loc = found[0] if found else st.add_location(Location(name=f"Shared place {i}", geometry=point(36, 35 + i / 100)))
        st.add_claim(Claim(kind="strike", claimant=f"{tag}", location_id=loc.id, notes=f"{tag}:{i}"))
st.close()
"""


def test_racing_find_or_create_makes_each_place_once(store_target, tmp_path):
    places = 50
    go = tmp_path / "go"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    procs = [
        subprocess.Popen([sys.executable, "-c", FIND_OR_CREATE, store_target, f"w{k}", str(places), str(go)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for k in range(WRITERS)
    ]
    time.sleep(0.5)
    go.touch()
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err[-2000:]
    with open_store(store_target) as st:
        assert sorted(l.name for l in st.list_locations()) == sorted(f"Shared place {i}" for i in range(places))
        claims = st.list_claims()
        assert len(claims) == WRITERS * places
        for c in claims:
            assert c.location.name == f"Shared place {c.notes.split(':')[1]}"


def test_remove_waits_for_a_concurrent_transaction_and_sees_its_claims(store_target):
    """A location removal that starts while another process's transaction adds a claim there
    waits for it, then counts that claim (refuses without --cascade) - it never loses it."""
    import threading

    from geomap.exc import InUse
    from geomap.model import Claim, Location, point

    with open_store(store_target, create=True) as st:
        loc = st.add_location(Location(name="Rastan", geometry=point(36.73, 34.93)))
    writer = open_store(store_target)
    outcome = {}

    def remove():  # another connection, in its own thread (sqlite3 connections stay in theirs)
        with open_store(store_target) as remover:
            try:
                remover.remove_location(loc.id)
                outcome["removed"] = True
            except InUse as e:
                outcome["refused"] = str(e)
            outcome["claims"] = remover.count_claims(loc.id)

    try:
        with writer.transaction():
            writer.add_claim(Claim(kind="strike", claimant="Activists", location_id=loc.id))
            t = threading.Thread(target=remove)
            t.start()
            t.join(0.5)
            assert t.is_alive()  # waiting for the writer, not failing
        t.join(60)
        assert outcome == {"refused": f"location #{loc.id} 'Rastan' has 1 claim(s); remove them first or use --cascade",
                           "claims": 1}
    finally:
        writer.close()
