"""Real Chromium (Debian's, through Playwright) with every non-file: request blocked.

The demo map must work offline, toggle sides, show the right claims in popups, and carry
the legend, findings and unplaced-claims panels; a map made of hostile payloads must run
nothing and show the payloads as text. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import pytest

from geomap.render import render_map

from render_case import PAYLOADS

pytestmark = [pytest.mark.browser]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The maps ``geomap demo`` writes (its store, map and dual map)."""
    from geomap.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def demo_claims(demo):
    from geomap.store.gpkg import GeoPackageStore

    with GeoPackageStore(demo["store"]) as st:
        return st.list_claims(), st.list_locations()


@pytest.fixture
def session(browser):
    from render_browser import Session

    s = Session(browser)
    yield s
    s.close()


def click_location(page, name, zoom=11):
    """Centre the map on a place, click it, and return the popup's location id (or None)."""
    page.evaluate("geomap.views[0].map.closePopup()")
    page.wait_for_selector(".geomap-popup", state="detached")  # Leaflet fades popups out
    pos = page.evaluate(
        """([name, zoom]) => {
            const v = geomap.views[0];
            const loc = v.d.locs.find(l => l.name === name);
            v.map.setView([loc.lat, loc.lon], zoom, {animate: false});
            const p = v.map.latLngToContainerPoint([loc.lat, loc.lon]);
            const r = v.map.getContainer().getBoundingClientRect();
            return [r.left + p.x, r.top + p.y];
        }""", [name, zoom])
    page.mouse.click(*pos)
    popup = page.locator(".geomap-popup")
    if popup.count() == 0:
        return None
    return popup.first.get_attribute("data-location-id")


def test_demo_map_works_offline(session, demo, demo_claims, artifacts):
    page = session.open(demo["map"])
    page.wait_for_timeout(300)
    assert page.locator(".leaflet-container").count() == 1
    claims, _ = demo_claims
    sides = sorted({c.side for c in claims})
    for side in sides:
        canvas = page.locator(f'canvas[data-layer="side-{side}"]')
        assert canvas.count() == 1, side
    def attr(side, name):
        return int(page.locator(f'canvas[data-layer="side-{side}"]').get_attribute(name))

    expected = {s: len({c.location_id for c in claims if c.side == s and c.location_id}) for s in sides}
    assert {s: attr(s, "data-features") for s in sides} == expected
    assert all(0 < attr(s, "data-drawn") <= expected[s] for s in sides)  # off-screen places are culled
    assert int(page.locator('canvas[data-layer="basemap"]').get_attribute("data-drawn")) > 0
    assert int(page.locator('canvas[data-layer="control"]').get_attribute("data-drawn")) > 0
    assert int(page.locator('canvas[data-layer="flags"]').get_attribute("data-drawn")) > 0
    assert page.locator(".geomap-legend").is_visible()
    summary = page.locator(".gm-summary").inner_text()
    assert summary.startswith("Of ") and "Islamic State presence" in summary
    # layer control shows counts per side
    ru = page.locator('label[data-layer="side-russia"] .gm-count').inner_text()
    n_ru = sum(1 for c in claims if c.side == "russia")
    assert f"{n_ru} claims" in ru
    page.screenshot(path=str(artifacts / "demo-map.png"))
    assert session.errors == [] and session.console_errors == []
    assert session.blocked == [], "an offline map must not request anything"


def test_toggling_a_side_hides_its_features(session, demo):
    page = session.open(demo["map"])
    box = page.locator('label[data-layer="side-russia"] input')
    assert click_location(page, "Near Hama city") is not None  # only Russia claims it
    box.uncheck()
    assert page.locator('canvas[data-layer="side-russia"]').count() == 0
    assert page.locator('canvas[data-layer="side-us_coalition"]').count() == 1
    assert click_location(page, "Near Hama city") is None
    box.check()
    assert page.locator('canvas[data-layer="side-russia"]').count() == 1
    assert click_location(page, "Near Hama city") is not None
    assert session.errors == []


@pytest.mark.parametrize("place", ["Talbiseh", "Northern Homs countryside (Rastan-Talbiseh pocket)", "Latamneh"])
def test_popup_lists_every_claim_at_the_place(session, demo, demo_claims, place):
    claims, locs = demo_claims
    loc = next(l for l in locs if l.name == place)
    page = session.open(demo["map"])
    lid = click_location(page, place, zoom=12)
    assert lid == str(loc.id)
    popup = page.locator(".geomap-popup")
    ids = {int(x) for x in popup.locator("li.gm-claim").evaluate_all("ns => ns.map(n => n.dataset.claimId)")}
    assert ids == {c.id for c in claims if c.location_id == loc.id}
    text = popup.inner_text()
    from geomap.report import casualty_figure

    for c in claims:
        if c.location_id == loc.id:
            item = popup.locator(f'li.gm-claim[data-claim-id="{c.id}"]').inner_text()
            assert c.claimant in item and c.grade.upper() in item.upper()
            for value in (c.outlet, c.date, c.notes, c.target, c.faction, c.munitions):
                if value:
                    assert value in item, value
            if c.casualties_min is not None:
                lo, hi = c.casualties_min, c.casualties_max
                shown = str(lo) if lo == hi else (f"at least {lo}" if hi is None else f"{lo}–{hi}")
                assert shown in item, casualty_figure(c)
    hrefs = popup.locator("a").evaluate_all("ns => ns.map(n => n.getAttribute('href'))")
    assert all(h.startswith(("http://", "https://")) for h in hrefs)
    assert session.errors == []


def test_date_filter_and_unplaced_panel(session, demo, demo_claims):
    claims, _ = demo_claims
    page = session.open(demo["map"])
    summary = page.locator(".geomap-unplaced summary")
    n_unplaced = sum(1 for c in claims if c.location_id is None)
    assert summary.inner_text() == f"Claims without a place ({n_unplaced})"
    summary.click()
    assert page.locator(".geomap-unplaced li.gm-claim").count() == n_unplaced
    day = "2015-10-01"
    page.select_option(".gm-date-select", label=day)
    ru = page.locator('label[data-layer="side-russia"] .gm-count').inner_text()
    n = sum(1 for c in claims if c.side == "russia" and (c.date == day or c.date is None))
    assert ru.strip().startswith(f"{n} claim")
    shown = sum(1 for c in claims if c.location_id is None and (c.date == day or c.date is None))
    assert page.locator(".geomap-unplaced li.gm-claim").count() == shown
    assert session.errors == []


def test_dual_maps_are_synchronised(session, demo, artifacts):
    page = session.open(demo["dual"])
    page.wait_for_function("geomap.views.length == 2")
    assert page.locator(".leaflet-container").count() == 2
    assert page.locator('.geomap-role-left canvas[data-layer="side-russia"]').count() == 1
    assert page.locator('.geomap-role-left canvas[data-layer^="side-"]').count() == 1
    assert page.locator('.geomap-role-right canvas[data-layer="side-russia"]').count() == 0
    page.evaluate("geomap.views[0].map.setView([35.3, 36.6], 10, {animate: false})")
    c = page.evaluate("(() => { const m = geomap.views[1].map; const c = m.getCenter(); return [c.lat, c.lng, m.getZoom()]; })()")
    assert c[0] == pytest.approx(35.3, abs=1e-6) and c[1] == pytest.approx(36.6, abs=1e-6) and c[2] == 10
    page.evaluate("geomap.views[0].fit()")
    page.screenshot(path=str(artifacts / "demo-dual.png"))
    assert session.errors == [] and session.blocked == []


@pytest.fixture(scope="module")
def hostile_map(tmp_path_factory, hostile):
    claims, locs = hostile
    return render_map(claims, locs, tmp_path_factory.mktemp("hostile") / "hostile.html", title=PAYLOADS[2])


def test_hostile_payloads_run_nothing_and_show_as_text(session, hostile_map, hostile, artifacts):
    claims, locs = hostile
    page = session.open(hostile_map)
    n_scripts = page.evaluate("document.querySelectorAll('script').length")
    texts = []
    for loc in locs:
        assert click_location(page, loc.name, zoom=9) == str(loc.id)
        texts.append(page.locator(".geomap-popup").inner_text())
    page.locator(".geomap-unplaced summary").click()
    texts.append(page.locator(".geomap-unplaced").inner_text())
    texts.append(page.locator(".geomap-findings").inner_text())
    page.locator(".gm-flagged button").first.click()  # flagged-place buttons open popups too
    page.mouse.move(400, 400)
    page.wait_for_timeout(200)
    page.screenshot(path=str(artifacts / "hostile-map.png"))
    assert page.evaluate("window.__pwned") is None
    assert session.dialogs == [] and session.errors == []
    assert page.title() == PAYLOADS[2]
    shown = "\n".join(texts)
    for p in PAYLOADS:
        if p.strip() and p.strip() != PAYLOADS[7].strip():
            assert p.strip() in shown, p
    assert page.evaluate("document.querySelectorAll('script').length") == n_scripts  # none injected
    assert page.evaluate("document.querySelectorAll('.leaflet-container img, .leaflet-container b, "
                         ".leaflet-container svg:not(.leaflet-attribution-flag)').length") == 0
    hrefs = page.evaluate("Array.from(document.querySelectorAll('.geomap-popup a[href], .geomap-panel a[href]')).map(a => a.getAttribute('href'))")
    assert all(h.startswith(("http://", "https://")) for h in hrefs)
    assert "https://example.org/?q=<script>" in hrefs
    assert session.blocked == []


@pytest.mark.parametrize("dual", [False, True])
def test_a_map_without_claims_still_loads(session, tmp_path, dual):
    path = render_map([], [], tmp_path / "empty.html", dual=dual)
    page = session.open(path)
    assert page.locator(".leaflet-container").count() == (2 if dual else 1)
    assert page.locator(".gm-summary").first.inner_text() == "No strike locations are reported."
    assert session.errors == [] and session.blocked == []


def test_online_map_shows_outlines_where_tiles_fail(browser, tmp_path, case, artifacts):
    """Online: tiles are requested (and fail here), the outline basemap shows under them."""
    import xstatic.pkg.leaflet as xl
    from pathlib import Path

    from render_browser import Session

    path = render_map(*case, tmp_path / "online.html", offline=False, title="online")
    s = Session(browser)
    leaflet = {name: Path(xl.BASE_DIR, name).read_bytes() for name in ("leaflet.js", "leaflet.css")}

    def cdn(route):  # answer the Leaflet CDN links from the installed copy; tiles stay blocked
        name = route.request.url.rsplit("/", 1)[-1]
        s.blocked.append(route.request.url)
        route.fulfill(status=200, body=leaflet[name],
                      content_type="text/css" if name.endswith(".css") else "application/javascript")

    s.context.route("https://cdn.jsdelivr.net/npm/leaflet@*/dist/leaflet.*", cdn)
    try:
        page = s.open(path)
        page.wait_for_timeout(300)
        assert any("tile.openstreetmap.org" in u for u in s.blocked)
        assert "OpenStreetMap" in page.locator(".leaflet-control-attribution").inner_text()
        assert int(page.locator('canvas[data-layer="basemap"]').get_attribute("data-drawn")) > 0
        assert page.evaluate("getComputedStyle(document.querySelector('.leaflet-geomap-base-pane')).zIndex") == "150"
        page.screenshot(path=str(artifacts / "online-map-no-tiles.png"))
        assert s.errors == []
    finally:
        s.close()
