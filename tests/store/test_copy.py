"""``geomap copy``: a whole case moves between stores (GeoPackage <-> PostGIS) losslessly."""

from __future__ import annotations

import hashlib
import os

import pytest

from geomap.cli import cli
from geomap.model import Claim, Claimant, Faction, Location, Outlet, point
from geomap.store import open_store

RING = [(36.66, 34.8), (36.84, 34.8), (36.84, 34.97), (36.66, 34.97), (36.66, 34.8)]


def fill(st) -> None:
    """A small case with every kind of record and field, and gaps in the ids."""
    st.add_outlet(Outlet("Unused outlet", "https://example.org", "2015-10-02"))
    st.add_claimant(Claimant("Silent claimant", "iran"))
    st.add_faction(Faction("Ahrar al-Sham", "syrian_opposition"))
    ghost = st.add_location(Location(name="Removed later", geometry=point(1, 1)))
    a = st.add_location(Location(name="Talbiseh", aliases=["Talbisah"], geometry=point(36.73093, 34.84063),
                                 country="SY", admin1="Homs", precision="town", origin="geonames",
                                 origin_id="163345", note="note <i>x</i>", source="https://example.org/s"))
    b = st.add_location(Location(name="Pocket", kind="region", geometry={"type": "Polygon", "coordinates": [RING]}))
    c = st.add_location(Location(name="Two", kind="region", geometry={
        "type": "MultiPolygon", "coordinates": [[RING], [[(37.0, 35.0), (37.2, 35.0), (37.2, 35.2), (37.0, 35.0)]]]}))
    st.remove_location(ghost.id)
    st.add_claims([
        Claim(kind="strike", claimant="Activists", side="syrian_opposition", location_id=a.id, date="2015-09-30",
              outlet="New York Times", outlet_url="https://nytimes.com", url="https://example.org/1", target="homes",
              faction="Islamic State", casualties_min=17, casualties_max=36, children_min=5, children_max=6,
              women_min=1, women_max=2, munitions="bombs", grade="fair", notes="n", quote="q"),
        Claim(kind="target", claimant="Russian Defence Ministry", side="russia", location_id=b.id, date="2015-10",
              faction="Islamic State"),
        Claim(kind="presence", claimant="U.S. officials", side="us_coalition", date="2015", date_precision="year"),
        Claim(kind="denial", claimant="Russian Defence Ministry", side="russia", location_id=c.id, outlet="Sputnik"),
    ])
    gone = st.add_claim(Claim(kind="strike", claimant="Activists", side="syrian_opposition", location_id=a.id))
    st.remove_claim(gone.id)


def snapshot(st) -> dict:
    """Everything in a store, without its ids."""
    return {
        "outlets": [(o.name, o.url, o.published) for o in st.list_outlets()],
        "claimants": [(c.name, c.side) for c in st.list_claimants()],
        "factions": [(f.name, f.side) for f in st.list_factions()],
        "locations": [{**l.to_dict(), "id": None} for l in st.list_locations()],
        "claims": [({**c.properties(), "id": None, "location_id": None},
                    c.location.geometry if c.location else None) for c in st.list_claims()],
    }


def test_copy_round_trip_gpkg_pg_gpkg(make_target, runner, tmp_path):
    a = make_target("gpkg")
    with open_store(a, create=True) as st:
        fill(st)
        before = snapshot(st)
    url = make_target("postgis")
    b = str(tmp_path / "back.gpkg")
    r = runner.invoke(cli, ["copy", "--from", a, "--to", url])
    assert r.exit_code == 0, r.output
    assert "copied 3 locations, 4 claims, 3 outlets, 4 claimants and 2 factions" in r.output
    assert ":***@" in r.output and url.split(":")[2].split("@")[0] not in r.output  # password masked
    with open_store(url) as st:
        assert snapshot(st) == before
    r = runner.invoke(cli, ["--db", url, "copy", "--to", b])  # --from defaults to --db
    assert r.exit_code == 0, r.output
    with open_store(b) as st:
        assert snapshot(st) == before
        assert [l.name for l in st.list_locations(bbox=(36.7, 34.83, 36.75, 34.85))] == ["Talbiseh", "Pocket", "Two"]


def test_copy_pg_to_pg_and_refusals(make_target, runner):
    src, dst = make_target("postgis"), make_target("gpkg")
    with open_store(src, create=True) as st:
        fill(st)
        before = snapshot(st)
    assert runner.invoke(cli, ["copy", "--from", src, "--to", dst]).exit_code == 0
    digest = hashlib.sha256(open(dst, "rb").read()).hexdigest()
    r = runner.invoke(cli, ["copy", "--from", src, "--to", dst])
    assert r.exit_code == 2 and "the target store is not empty (3 locations, 4 claims)" in r.output
    assert hashlib.sha256(open(dst, "rb").read()).hexdigest() == digest
    r = runner.invoke(cli, ["copy", "--from", src, "--to", src])
    assert r.exit_code == 2 and "--from and --to are the same store" in r.output
    r = runner.invoke(cli, ["copy", "--from", dst, "--to", src, "--append"])
    assert r.exit_code == 0, r.output
    with open_store(src) as st:
        after = snapshot(st)
    assert after["claims"] == before["claims"] * 2 and after["claimants"] == before["claimants"]
    assert len(after["locations"]) == 6


def test_copy_missing_source_or_conflict_changes_nothing(make_target, runner, tmp_path):
    missing = str(tmp_path / "nothing.gpkg")
    target = str(tmp_path / "t.gpkg")
    r = runner.invoke(cli, ["copy", "--from", missing, "--to", target])
    assert r.exit_code == 2 and "no geomap store at" in r.output and not os.path.exists(target)
    src = make_target("gpkg")
    with open_store(src, create=True) as st:
        fill(st)
    dst = make_target("postgis")
    with open_store(dst, create=True) as st:
        st.add_claimant(Claimant("Activists", "other"))  # recorded with another side
        st.add_location(Location(name="Existing", geometry=point(2, 2)))
        before = snapshot(st)
    r = runner.invoke(cli, ["copy", "--from", src, "--to", dst, "--append"])
    assert r.exit_code == 2 and "claimant 'Activists' is recorded with side 'other'" in r.output
    with open_store(dst) as st:
        assert snapshot(st) == before


@pytest.mark.parametrize("direction", ["gpkg->postgis", "postgis->gpkg"])
def test_copy_the_demo_case(direction, make_target, runner, case_file):
    """The bundled 2015 case survives a copy in both directions."""
    first, second = direction.split("->")
    a, b = make_target(first), make_target(second)
    from geomap.io import import_files

    with open_store(a, create=True) as st:
        import_files(st, [case_file])
    r = runner.invoke(cli, ["copy", "--from", a, "--to", b])
    assert r.exit_code == 0, r.output
    with open_store(a) as sa, open_store(b) as sb:
        assert sa.count_claims() > 10 and snapshot(sa) == snapshot(sb)
