"""The HTML file itself: self-contained offline, data escaped, payload compact and complete."""

from __future__ import annotations

import json
import re
import sys

import pytest

from geomap.render import build_payload, render_html, render_map
from geomap.render.assets import leaflet_version

from render_case import PAYLOADS


def payload_of(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="geomap-data">(.*?)</script>', html, re.S)
    assert m, "data blob missing"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def demo_html(case):
    return render_html(*case, title="The 2015 case")


def test_offline_map_fetches_nothing(demo_html):
    # No element loads anything from elsewhere: no src/href to a network URL, no CSS url() either.
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)\s*=\s*["']?(https?:)?//""", demo_html, re.I)
    assert not re.search(r"""url\(\s*["']?(https?:)?//""", demo_html, re.I)
    assert "L.tileLayer" not in demo_html
    assert f"Leaflet {leaflet_version()}" in demo_html or "leafletjs.com" in demo_html  # Leaflet inlined


def test_online_map_uses_tiles_with_attribution(case):
    html = render_html(*case, offline=False)
    assert "tile.openstreetmap.org" in html and "OpenStreetMap" in html
    assert re.search(r'<script src="https://cdn\.jsdelivr\.net/npm/leaflet@[\d.]+/dist/leaflet\.js"', html)


def test_payload_keeps_every_claim_and_place(case):
    claims, locs = case
    p = build_payload(claims, locs)
    assert len(p["C"]) == len(claims)
    assert sorted(r[0] for r in p["C"]) == sorted(c.id for c in claims)
    placed = {c.location_id for c in claims if c.location_id}
    assert {r[0] for r in p["L"]} == placed
    assert sum(1 for r in p["C"] if r[1] == -1) == sum(1 for c in claims if c.location_id is None)
    assert [s[0] for s in p["sides"]] == [s for s in ("russia", "us_coalition", "syrian_opposition",
                                                     "syrian_government", "turkmen", "independent")]
    assert p["S"][p["summary"]].startswith("Of ")
    # control as of the map date, the contested pocket, the links with their distances
    assert any(a[4] == 1 for a in p["A"].values())
    assert p["K"] and all(isinstance(k[2], float) for k in p["K"])


def test_map_date_leaves_later_claims_out(case):
    claims, locs = case
    p = build_payload(claims, locs, date="2015-09-30")
    assert p["asOf"] == "2015-09-30"
    assert len(p["C"]) == sum(1 for c in claims if c.date is None or c.date <= "2015-09-30")
    assert all(d <= "2015-09-30" for d in p["D"])


def test_governorate_precision_is_drawn_as_the_province(case):
    claims, locs = case
    p = build_payload(claims, locs)
    camp = next(r for r in p["L"] if p["S"][r[1]].startswith("Liwa Suqour"))
    assert camp[6] >= 0 and p["S"][camp[12]] == "Idlib"
    town = next(r for r in p["L"] if p["S"][r[1]] == "Talbiseh")
    assert len(town) <= 6 or town[6] == -1


def test_fallback_basemap_without_the_gazetteer(case, monkeypatch):
    from geomap.model import Location

    claims, locs = case
    monkeypatch.setitem(sys.modules, "gazetteer", None)  # import gazetteer -> ImportError
    prov = Location(name="Homs governorate", kind="admin1", country="SY", id=999,
                    geometry={"type": "Polygon", "coordinates": [[[36.2, 34.3], [38.8, 34.3], [38.8, 35.2],
                                                                  [36.2, 35.2], [36.2, 34.3]]]})
    p = build_payload(claims, [*locs, prov])
    assert [b[1] for b in p["base"]] == ["Homs governorate"]
    assert build_payload(claims, locs, basemap=False)["base"] == []


def test_hostile_text_never_appears_as_markup(hostile):
    claims, locs = hostile
    html = render_html(claims, locs, title=PAYLOADS[2])
    body = html
    for p in PAYLOADS:
        raw = p.replace("\u2028", "").replace("\u2029", "")
        if any(ch in raw for ch in "<>&"):
            assert raw not in body, p
    assert "\u2028" not in body and "\u2029" not in body
    assert body.count("</script>") == body.count("<script")  # nothing closes a script early
    data = payload_of(html)
    assert {p.strip() for p in PAYLOADS} <= set(data["S"])  # the text itself is kept, as data (model strips)
    # non-http URLs are dropped; the http one stays
    assert "javascript:window.__pwned=1" not in data["S"]
    assert not any(s.startswith("data:") for s in data["S"])
    assert "https://example.org/?q=<script>" in data["S"]
    assert f"<title>{PAYLOADS[2]}" not in html and "&lt;/script&gt;" in html.split("</title>")[0]


def test_dual_map_has_two_synced_maps(case):
    html = render_html(*case, dual=True)
    names = re.findall(r"var (map_[0-9a-f]+) = L\.map", html)
    assert len(names) == 2
    assert f"geomap.sync({names[0]}, {names[1]})" in html
    assert html.index("geomap.sync(") > html.index(f"var {names[1]} = L.map")
    assert '"role":"left"' in html and '"role":"right"' in html


def test_render_map_writes_atomically(tmp_path, case):
    out = render_map(*case, tmp_path / "deep" / "m.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in out.parent.iterdir()] == ["m.html"]


def test_bad_date_is_invalid_input(case):
    from geomap.exc import InvalidInput

    with pytest.raises(InvalidInput):
        build_payload(*case, date="2015-02-30")
