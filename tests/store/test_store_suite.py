"""The store test suite: every test runs on the GeoPackage and the PostGIS backend."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.exc import AmbiguousReference, InUse, InvalidInput, NotFound
from geomap.model import Claim, Claimant, Faction, Location, Outlet, point

RING = [(36.66, 34.8), (36.84, 34.8), (36.84, 34.97), (36.66, 34.97), (36.66, 34.8)]
POCKET = {"type": "Polygon", "coordinates": [RING]}
TWO_AREAS = {"type": "MultiPolygon", "coordinates": [[RING], [[(37.0, 35.0), (37.2, 35.0), (37.2, 35.2), (37.0, 35.0)]]]}


def _places(st):
    a = st.add_location(Location(name="Talbiseh", aliases=["Talbisah", "Tell Bisa"], geometry=point(36.73093, 34.84063),
                                 country="SY", admin1="Homs", source="https://example.org/talbiseh", note="town"))
    b = st.add_location(Location(name="North Homs pocket", kind="region", geometry=POCKET, precision="district"))
    c = st.add_location(Location(name="Latamneh", geometry=point(36.6153, 35.3176), country="SY", admin1="Hama",
                                 origin="geonames", origin_id="169389"))
    return a, b, c


def _claims(st, a, b):
    return [
        st.add_claim(Claim(kind="strike", claimant="Activists", side="syrian_opposition", location_id=a.id,
                           date="2015-09-30", outlet="New York Times", outlet_url="https://nytimes.com",
                           url="https://example.org/1", target="homes", faction="Islamic State",
                           casualties_min=17, casualties_max=36, children_min=5, women_min=1, women_max=2,
                           munitions="unguided bombs", grade="fair", notes="<b>notes</b>", quote="\"quote\"")),
        st.add_claim(Claim(kind="target", claimant="Russian Defence Ministry", side="russia", location_id=b.id,
                           date="2015-10", faction="Islamic State", grade="contested")),
        st.add_claim(Claim(kind="presence", claimant="Russian Defence Ministry", side="russia", date="2015")),
        st.add_claim(Claim(kind="strike", claimant="Activists", side="syrian_opposition", location_id=a.id,
                           date="2015-10-01")),
    ]


def test_locations_add_get_list_find_remove(any_store):
    st = any_store
    a, b, c = _places(st)
    assert [a.id, b.id, c.id] == sorted([a.id, b.id, c.id]) and len({a.id, b.id, c.id}) == 3
    got = st.get_location(a.id)
    assert got == a
    assert got.aliases == ("Talbisah", "Tell Bisa") and got.lnglat == (36.73093, 34.84063)
    assert st.get_location(b.id).geometry["type"] == "Polygon" and st.get_location(b.id) == b
    assert [l.id for l in st.list_locations()] == [a.id, b.id, c.id]
    assert st.find_location("tell  BISA").id == a.id
    assert st.find_location(str(c.id)).id == c.id and st.find_location(c.id).id == c.id
    with pytest.raises(NotFound, match="did you mean: Talbiseh"):
        st.find_location("Talbiseeh")
    with pytest.raises(NotFound, match="no location with id 999"):
        st.get_location(999)
    with pytest.raises(NotFound):
        st.get_location(2**70)
    d = st.add_location(Location(name="talbiseh", geometry=point(36.0, 35.0)))
    with pytest.raises(AmbiguousReference, match="2 locations are named 'Talbiseh'") as e:
        st.find_location("Talbiseh")
    assert [x.id for x in e.value.candidates] == [a.id, d.id]
    assert set(st.all_names()) >= {"Talbiseh", "Talbisah", "Tell Bisa", "North Homs pocket", "Latamneh", "talbiseh"}
    assert st.remove_location(d.id) == 0
    assert [l.id for l in st.list_locations()] == [a.id, b.id, c.id]
    assert st.locations_named("talbiseh") == [a]
    e = st.add_location(Location(name="Two areas", kind="region", geometry=TWO_AREAS))
    assert st.get_location(e.id).geometry == e.geometry
    assert e.id > d.id  # ids are never reused


def test_locations_from_an_origin(any_store):
    st = any_store
    a, b, c = _places(st)
    d = st.add_location(Location(name="Latamneh (second)", geometry=point(36.62, 35.32), origin="geonames",
                                 origin_id="169390"))
    assert st.locations_from("geonames", ["169389"]) == [c]
    assert [x.id for x in st.locations_from("geonames", ["169390", "0", "169389", "169389"])] == [c.id, d.id]
    assert st.locations_from("gazetteer", ["169389"]) == [] and st.locations_from("geonames", []) == []


def test_claims_add_get_list_filter_remove(any_store):
    st = any_store
    a, b, _ = _places(st)
    c1, c2, c3, c4 = _claims(st, a, b)
    got = st.get_claim(c1.id)
    assert got == c1 and got.location == a
    assert got.properties()["lat"] == 34.84063 and got.outlet_url == "https://nytimes.com"
    assert st.get_claim(str(c3.id)).location is None
    assert [c.id for c in st.list_claims()] == [c1.id, c2.id, c3.id, c4.id]
    assert [c.id for c in st.list_claims(kind="strike")] == [c1.id, c4.id]
    assert [c.id for c in st.list_claims(side="russia")] == [c2.id, c3.id]
    assert [c.id for c in st.list_claims(location_id=a.id)] == [c1.id, c4.id]
    assert [c.id for c in st.list_claims(kind="strike", side="russia")] == []
    assert st.count_claims() == 4 and st.count_claims(a.id) == 2 and st.count_claims(12345) == 0
    assert [(o.name, o.url) for o in st.list_outlets()] == [("New York Times", "https://nytimes.com")]
    assert [(c.name, c.side) for c in st.list_claimants()] == [("Activists", "syrian_opposition"),
                                                              ("Russian Defence Ministry", "russia")]
    assert [f.name for f in st.list_factions()] == ["Islamic State"]
    assert st.claimant_side("Activists") == "syrian_opposition" and st.claimant_side("nobody") is None
    st.remove_claim(c2.id)
    with pytest.raises(NotFound, match=f"no claim with id {c2.id}"):
        st.get_claim(c2.id)
    with pytest.raises(NotFound):
        st.remove_claim(c2.id)
    with pytest.raises(InvalidInput, match="claim id must be a number, not 'x'"):
        st.get_claim("x")
    assert st.count_claims() == 3
    records = list(st.claim_records())
    assert [r["id"] for r in records] == [c1.id, c3.id, c4.id]
    assert records[0]["location"] == "Talbiseh" and records[0]["_location"] == a and records[1]["lat"] is None
    assert {k: v for k, v in records[0].items() if k != "_location"} == st.get_claim(c1.id).properties()


def test_bbox_filters(any_store):
    st = any_store
    a, b, c = _places(st)
    c1, c2, c3, c4 = _claims(st, a, b)
    assert [l.id for l in st.list_locations(bbox=(36.7, 34.83, 36.75, 34.85))] == [a.id, b.id]
    assert [l.id for l in st.list_locations(bbox=(36.5, 35.2, 36.7, 35.4))] == [c.id]
    assert st.list_locations(bbox=(30.0, 30.0, 31.0, 31.0)) == []
    # a box touching the polygon's envelope only on its edge still meets it (the R-tree test)
    assert [l.id for l in st.list_locations(bbox=(36.84, 34.97, 36.9, 35.0))] == [b.id]
    assert [x.id for x in st.list_claims(bbox=(36.7, 34.83, 36.75, 34.85))] == [c1.id, c2.id, c4.id]
    assert [x.id for x in st.list_claims(bbox=(36.78, 34.9, 36.8, 34.95))] == [c2.id]
    assert [x.id for x in st.list_claims(bbox=(36.7, 34.83, 36.75, 34.85), kind="target")] == [c2.id]


def test_date_filters(any_store):
    st = any_store
    a, b, _ = _places(st)
    c1, c2, c3, c4 = _claims(st, a, b)
    ids = lambda **kw: [x.id for x in st.list_claims(**kw)]
    assert ids(date_from="2015-10-01") == [c4.id]  # "2015-10" (month precision) sorts before its first day
    assert ids(date_from="2015-10") == [c2.id, c4.id]
    assert ids(date_to="2015-09-30") == [c1.id, c3.id]
    assert ids(date_to="2015-09") == [c1.id, c3.id]
    assert ids(date_to="2015-10") == [c1.id, c2.id, c3.id, c4.id]
    assert ids(date_from="2015-09-30", date_to="2015-09-30") == [c1.id]
    assert ids(date_from="2016") == []
    assert ids(date_from="2015-10-01", bbox=(36.7, 34.83, 36.75, 34.85), side="syrian_opposition") == [c4.id]


def test_cascade_refusal(any_store):
    st = any_store
    a, b, _ = _places(st)
    _claims(st, a, b)
    with pytest.raises(InUse, match=rf"location #{a.id} 'Talbiseh' has 2 claim\(s\); remove them first or use --cascade"):
        st.remove_location(a.id)
    assert st.count_claims() == 4 and st.get_location(a.id) == a
    assert st.remove_location(a.id, cascade=True) == 2
    assert st.count_claims() == 3 - 1 and st.locations_named("Talbisah") == []
    with pytest.raises(NotFound):
        st.remove_location(a.id)


def test_reference_records(any_store):
    st = any_store
    o = st.add_outlet(Outlet("Sputnik News"))
    o2 = st.add_outlet(Outlet("Sputnik News", url="https://sputniknews.com", published="2015-09-30"))
    assert o2.id == o.id and st.list_outlets() == [Outlet("Sputnik News", "https://sputniknews.com", "2015-09-30", id=o.id)]
    assert st.add_outlet(Outlet("Sputnik News")).url == "https://sputniknews.com"
    cl = st.add_claimant(Claimant("Syrian Turkmen Assembly", "turkmen"))
    assert st.add_claimant(Claimant("Syrian Turkmen Assembly", "turkmen")).id == cl.id
    with pytest.raises(InvalidInput, match="claimant 'Syrian Turkmen Assembly' is recorded with side 'turkmen', not 'turkey'"):
        st.add_claimant(Claimant("Syrian Turkmen Assembly", "turkey"))
    assert st.add_claimant(Claimant("Syrian Turkmen Assembly", "turkey"), explicit_side=False).side == "turkmen"
    f = st.add_faction(Faction("Nusra Front"))
    assert st.add_faction(Faction("Nusra Front", side="other")) == Faction("Nusra Front", "other", id=f.id)
    assert st.list_factions() == [Faction("Nusra Front", "other", id=f.id)]
    with pytest.raises(InvalidInput):
        st.add_claim(Claim(kind="strike", claimant="Syrian Turkmen Assembly", side="russia"))
    assert st.count_claims() == 0


def test_meta_and_geocoder_cache(any_store):
    st = any_store
    assert st.get_meta("schema_version") == "1" and st.get_meta("nothing") is None
    st.set_meta("case", "syria-2015")
    st.set_meta("case", "syria-2015b")
    assert st.get_meta("case") == "syria-2015b"
    assert st.cache_get("k") is None
    st.cache_put("k", {"name": "Rastan", "n": [1, 2], "s": "\u0000\u00e9"}, "geonames")
    st.cache_put("k", {"name": "Rastan ar-", "n": [3]}, "wof")
    got = st.cache_get("k")
    assert got["payload"] == {"name": "Rastan ar-", "n": [3]} and got["provenance"] == "wof" and got["fetched"].endswith("Z")


def test_refused_writes_leave_nothing(any_store):
    st = any_store
    a, b, _ = _places(st)
    before = (st.counts(), st.list_locations(), st.list_claims())
    with pytest.raises(NotFound, match="no location with id 4242"):
        st.add_claims([Claim(kind="strike", claimant="New claimant", outlet="New outlet", faction="New faction",
                             location_id=a.id), Claim(kind="strike", claimant="x", location_id=4242)])
    with pytest.raises(RuntimeError):
        with st.transaction():
            st.add_location(Location(name="Ghost", geometry=point(36.0, 35.0)))
            st.add_outlet(Outlet("Ghost outlet"))
            with st.transaction():  # nested: all or nothing with the outer one
                st.add_claim(Claim(kind="strike", claimant="Ghost claimant", location_id=a.id))
                st.set_meta("ghost", "1")
                st.cache_put("ghost", {}, "x")
            raise RuntimeError("abort")
    with pytest.raises(InUse):
        with st.transaction():
            st.add_claim(Claim(kind="strike", claimant="Ghost", location_id=b.id))
            st.remove_claim(st.add_claim(Claim(kind="denial", claimant="Ghost", location_id=b.id)).id)
            st.remove_location(b.id)
    assert (st.counts(), st.list_locations(), st.list_claims()) == before
    assert st.get_meta("ghost") is None and st.cache_get("ghost") is None and st.locations_named("Ghost") == []
    # and the store still works afterwards
    with st.transaction():
        loc = st.add_location(Location(name="Kept", geometry=point(36.1, 35.1)))
        st.add_claim(Claim(kind="strike", claimant="Kept claimant", location_id=loc.id))
    assert st.count_claims() == 1 and st.find_location("kept").id == loc.id


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(lambda s: s.strip())
_lon = st.floats(-180, 180, allow_nan=False)
_lat = st.floats(-90, 90, allow_nan=False)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_text, aliases=st.lists(_text, max_size=3), lon=_lon, lat=_lat, notes=st.none() | _text,
       cmin=st.none() | st.integers(0, 1000), date=st.none() | st.dates().map(lambda d: d.isoformat()))
def test_round_trip_property(any_store, name, aliases, lon, lat, notes, cmin, date):
    try:
        loc = Location(name=name, aliases=aliases, geometry=point(lon, lat), note=notes)
        claim = Claim(kind="casualties", claimant=name, side="independent", notes=notes, casualties_min=cmin, date=date)
    except InvalidInput:
        return
    stored = any_store.add_location(loc)
    assert any_store.get_location(stored.id) == stored
    c = any_store.add_claim(Claim(**{**{f: getattr(claim, f) for f in ("kind", "claimant", "side", "notes", "casualties_min", "date")},
                                     "location_id": stored.id}))
    assert any_store.get_claim(c.id) == c
    assert any_store.get_claim(c.id).location == stored


_iso = st.dates(min_value=dt.date(2014, 1, 1), max_value=dt.date(2017, 12, 31)).map(
    lambda d: d.isoformat())
_partial = _iso.flatmap(lambda d: st.sampled_from([d, d[:7], d[:4]]))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(dates=st.lists(st.none() | _partial, min_size=1, max_size=8), date_from=st.none() | _partial,
       date_to=st.none() | _partial)
def test_date_filter_property(any_store, dates, date_from, date_to):
    """Both backends keep exactly the claims with date >= date_from whose prefix is <= date_to."""
    with any_store.transaction():
        for c in any_store.list_claims():
            any_store.remove_claim(c.id)
        ids = any_store.add_claims([Claim(kind="strike", claimant="x", date=d) for d in dates])
    want = [i for i, d in zip(ids, dates)
            if (not date_from or (d is not None and d >= date_from))
            and (not date_to or (d is not None and d[:len(date_to)] <= date_to))]
    assert [c.id for c in any_store.list_claims(date_from=date_from, date_to=date_to)] == want


def test_update_claim_keeps_its_id(any_store):
    import dataclasses

    from geomap.exc import InvalidInput, NotFound

    st = any_store
    a = st.add_location(Location(name="Talbiseh", geometry=point(36.73093, 34.84063)))
    b = st.add_location(Location(name="Rastan", geometry=point(36.73238, 34.92653)))
    c = st.add_claim(Claim(kind="strike", claimant="Activists", side="syrian_opposition", location_id=a.id,
                           date="2015-09-30", outlet="Enab Baladi"))
    other = st.add_claim(Claim(kind="denial", claimant="Ministry", side="russia"))
    new = dataclasses.replace(c, grade="fair", notes="checked", location_id=b.id, outlet="Eldorar Alshamia",
                              faction="Free Syrian Army", casualties_min=8, casualties_max=8)
    got = st.update_claim(new)
    assert got.id == c.id and got.grade == "fair" and got.location.name == "Rastan"
    assert got.outlet == "Eldorar Alshamia" and got.faction == "Free Syrian Army" and got.casualties_max == 8
    assert [x.id for x in st.list_claims()] == [c.id, other.id] and st.get_claim(other.id).kind == "denial"
    with pytest.raises(NotFound):
        st.update_claim(dataclasses.replace(new, id=10**6))
    with pytest.raises(NotFound):
        st.update_claim(dataclasses.replace(new, location_id=10**6))
    with pytest.raises(InvalidInput, match="recorded with side"):
        st.update_claim(dataclasses.replace(new, side="russia"))
    assert st.get_claim(c.id) == got  # refused updates changed nothing


def test_update_location_keeps_id_claims_and_names(any_store):
    import dataclasses

    st = any_store
    a = st.add_location(Location(name="Zafaraniyah", aliases=("Zaafrana",), geometry=point(36.70, 34.80)))
    c = st.add_claim(Claim(kind="strike", claimant="Activists", side="syrian_opposition", location_id=a.id))
    moved = dataclasses.replace(a, name="Az Za'faranah", aliases=("Zaafrana", "Zafaraniyah"),
                                geometry=point(36.77857, 34.89187), lnglat=None, admin1="Homs")
    got = st.update_location(moved)
    assert got.id == a.id and got.name == "Az Za'faranah" and got.admin1 == "Homs"
    assert (got.lon, got.lat) == (36.77857, 34.89187)
    assert st.find_location("zafaraniyah").id == a.id and st.locations_named("Zaafrana")[0].id == a.id
    assert st.get_claim(c.id).location.name == "Az Za'faranah"
    assert [l.id for l in st.list_locations(bbox=(36.77, 34.89, 36.78, 34.90))] == [a.id]  # the spatial index moved too
    assert st.list_locations(bbox=(36.69, 34.79, 36.71, 34.81)) == []
    with pytest.raises(NotFound):
        st.update_location(dataclasses.replace(moved, id=10**6))


class _InterruptAfterCommit:
    """A connection stand-in whose COMMIT succeeds and is followed at once by Ctrl-C (the race a user can hit)."""

    def __init__(self, con):
        self._con = con

    def __getattr__(self, name):
        return getattr(self._con, name)

    def execute(self, sql, *args, **kw):
        r = self._con.execute(sql, *args, **kw)
        if sql == "COMMIT":
            raise KeyboardInterrupt
        return r


def test_ctrl_c_right_after_commit_is_known_to_have_saved(any_store, store_target, monkeypatch):
    from geomap.store import base, open_store

    monkeypatch.setattr(base, "_saved_before_interrupt", False)
    monkeypatch.setattr(any_store, "con", _InterruptAfterCommit(any_store.con))
    with pytest.raises(KeyboardInterrupt):
        any_store.add_location(Location(name="Talbiseh", geometry=point(36.73093, 34.84063)))
    assert base.interrupted_after_commit()  # the CLI then says "interrupted after the change was saved"
    monkeypatch.setattr(any_store, "con", any_store.con._con)
    other = open_store(store_target)
    try:
        assert [loc.name for loc in other.list_locations()] == ["Talbiseh"]
    finally:
        other.close()


def test_ctrl_c_before_commit_rolls_back(any_store, store_target, monkeypatch):
    from geomap.store import base, open_store

    monkeypatch.setattr(base, "_saved_before_interrupt", False)
    with pytest.raises(KeyboardInterrupt):
        with any_store.transaction():
            any_store.add_location(Location(name="Talbiseh", geometry=point(36.73093, 34.84063)))
            raise KeyboardInterrupt
    assert not base.interrupted_after_commit()
    other = open_store(store_target)
    try:
        assert other.list_locations() == []
    finally:
        other.close()
