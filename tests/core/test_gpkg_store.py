import hashlib
import sqlite3

import pytest

from geomap.exc import InUse, NotAStore, NotFound, SchemaMismatch, AmbiguousReference
from geomap.model import Claim, Location, point
from geomap.store.gpkg import GeoPackageStore


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_file_is_a_geopackage_gdal_reads(store, tmp_store):
    pyogrio = pytest.importorskip("pyogrio")
    a = store.add_location(Location(name="Talbiseh", geometry=point(36.73093, 34.84063), country="SY", admin1="Homs"))
    ring = [(36.66, 34.8), (36.84, 34.8), (36.84, 34.97), (36.66, 34.97), (36.66, 34.8)]
    b = store.add_location(Location(name="North Homs pocket", kind="region", geometry={"type": "Polygon", "coordinates": [ring]}))
    store.add_claim(Claim(kind="strike", claimant="Activists", side="syrian_opposition", location_id=a.id, date="2015-09-30"))
    store.add_claim(Claim(kind="casualties", claimant="Turkmen Assembly", side="turkmen", location_id=b.id, casualties_min=40))
    store.add_claim(Claim(kind="presence", claimant="State media", side="syrian_government"))
    con = sqlite3.connect(tmp_store)
    assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
    assert con.execute("PRAGMA user_version").fetchone()[0] == 10200
    layers = dict(pyogrio.list_layers(tmp_store))
    assert {"locations", "claims_located", "claims"} <= set(layers)
    locs = pyogrio.read_dataframe(tmp_store, layer="locations")
    assert list(locs["name"]) == ["Talbiseh", "North Homs pocket"]
    assert locs.geometry.iloc[0].x == pytest.approx(36.73093) and locs.geometry.iloc[1].geom_type == "Polygon"
    claims = pyogrio.read_dataframe(tmp_store, layer="claims_located")
    assert len(claims) == 3
    assert claims.geometry.isna().sum() == 1  # the claim without a place is kept, with no geometry
    info = pyogrio.read_info(tmp_store, layer="locations")
    assert info["crs"] == "EPSG:4326"
    # the R-tree the triggers maintain answers a box query
    assert [l.name for l in store.list_locations(bbox=(36.7, 34.83, 36.75, 34.85))] == ["Talbiseh", "North Homs pocket"]
    assert [l.name for l in store.list_locations(bbox=(36.0, 33.0, 36.5, 33.5))] == []


def test_find_by_alias_case_and_suggestions(store):
    store.add_location(Location(name="Kafr Zita", aliases=["Kafr Zaytah"], geometry=point(36.6033, 35.37425)))
    assert store.find_location("kafr zaytah").name == "Kafr Zita"
    with pytest.raises(NotFound, match="did you mean: Kafr Zita"):
        store.find_location("Kafr Zeita")
    store.add_location(Location(name="Kafr Zita", geometry=point(36.0, 35.0)))
    with pytest.raises(AmbiguousReference) as e:
        store.find_location("Kafr Zita")
    assert len(e.value.candidates) == 2


def test_remove_refused_while_claims_use_it(store):
    loc = store.add_location(Location(name="Rastan", geometry=point(36.73, 34.93)))
    store.add_claim(Claim(kind="strike", claimant="x", location_id=loc.id))
    with pytest.raises(InUse):
        store.remove_location(loc.id)
    assert store.count_claims() == 1
    assert store.remove_location(loc.id, cascade=True) == 1
    assert store.count_claims() == 0 and store.list_locations() == []


def test_transaction_is_all_or_nothing(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_location(Location(name="A", geometry=point(1, 1)))
            store.add_claim(Claim(kind="strike", claimant="x"))
            raise RuntimeError("boom")
    assert store.list_locations() == [] and store.count_claims() == 0


def test_claim_on_unknown_location_refused(store):
    with pytest.raises(NotFound):
        store.add_claim(Claim(kind="strike", claimant="x", location_id=99))
    assert store.count_claims() == 0


def test_not_a_store(tmp_path):
    junk = tmp_path / "junk.gpkg"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(NotAStore):
        GeoPackageStore(junk)
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.commit(); con.close()
    before = _digest(other)
    with pytest.raises(NotAStore):
        GeoPackageStore(other, create=True)
    assert _digest(other) == before
    with pytest.raises(NotFound):
        GeoPackageStore(tmp_path / "missing.gpkg")


def test_schema_version_checked(store, tmp_store):
    store.con.execute("UPDATE geomap_meta SET value='99' WHERE key='schema_version'")
    with pytest.raises(SchemaMismatch, match="version 99"):
        GeoPackageStore(tmp_store)


def test_integrity(store):
    store.add_location(Location(name="A", geometry=point(1, 1)))
    assert store.integrity_check() == "ok"


from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from geomap.model import CLAIM_KINDS, GRADES, SIDES  # noqa: E402

_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(lambda s: s.strip())
_opt = st.none() | _text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=_text, aliases=st.lists(_text, max_size=3), lat=st.floats(-90, 90), lon=st.floats(-180, 180),
    kind=st.sampled_from(CLAIM_KINDS), side=st.sampled_from(SIDES), grade=st.sampled_from(GRADES),
    notes=_opt, quote=_opt, target=_opt, lo=st.none() | st.integers(0, 1000), extra=st.integers(0, 50),
)
def test_store_round_trip(tmp_path_factory, name, aliases, lat, lon, kind, side, grade, notes, quote, target, lo, extra):
    path = tmp_path_factory.mktemp("rt") / "rt.gpkg"
    with GeoPackageStore(path, create=True) as s:
        loc = Location(name=name, aliases=aliases, geometry=point(lon, lat), note=notes)
        saved = s.add_location(loc)
        c = Claim(kind=kind, claimant=name, side=side, grade=grade, notes=notes, quote=quote, target=target,
                  location_id=saved.id, casualties_min=lo, casualties_max=None if lo is None else lo + extra,
                  outlet=target, date="2015-10-01")
        cid = s.add_claim(c).id
    with GeoPackageStore(path) as s:
        back = s.get_location(saved.id)
        assert back == saved
        got = s.get_claim(cid)
        assert got == c.with_id(cid)
        assert got.location == saved
