"""The geopy geocoder: offline answers, and the opt-in Nominatim fallback against a local stub server."""

from __future__ import annotations

from gz_fixtures import fresh_gz, gz  # noqa: F401  (pytest fixtures)

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from gazetteer.geocoder import DEFAULT_USER_AGENT, MemoryCache, OfflineGeocoder


class _Stub(BaseHTTPRequestHandler):
    hits: list = []

    def do_GET(self):  # noqa: N802 - http.server API
        u = urlparse(self.path)
        q = parse_qs(u.query)
        type(self).hits.append({"path": u.path, "q": q, "ua": self.headers.get("User-Agent"), "t": time.monotonic()})
        if u.path != "/search":
            self.send_response(404)
            self.end_headers()
            return
        name = q.get("q", [""])[0]
        body = [] if "nowhere" in name.lower() else [{
            "place_id": 1, "licence": "Data © OpenStreetMap contributors, ODbL 1.0", "osm_type": "node",
            "osm_id": 42, "lat": "35.5", "lon": "36.5", "display_name": f"{name}, Stub Governorate, Syria",
            "class": "place", "type": "village", "importance": 0.3}]
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *a):
        pass


@pytest.fixture()
def stub():
    _Stub.hits = []
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    th = threading.Thread(target=srv.serve_forever, daemon=True)
    th.start()
    yield f"127.0.0.1:{srv.server_address[1]}", _Stub.hits
    srv.shutdown()
    srv.server_close()


def test_is_a_geopy_geocoder(gz):
    g = OfflineGeocoder(gz)
    assert isinstance(g, Geocoder)
    loc = g.geocode("Kfar Nabouda")
    assert isinstance(loc, Location)
    assert loc.raw["country"] == "SY" and loc.raw["admin1"] == "Hama"
    assert abs(loc.latitude - 35.43) < 0.05 and abs(loc.longitude - 36.49) < 0.05
    many = g.geocode("Douma", exactly_one=False, limit=3)
    assert 1 < len(many) <= 3
    assert g.geocode("Douma", country_codes=["LB"]) is None or g.geocode("Douma", country_codes="LB").raw["country"] == "LB"
    with pytest.raises(ValueError):
        g.geocode("  ")


def test_reverse(gz):
    g = OfflineGeocoder(gz)
    loc = g.reverse((35.432, 36.494))
    assert loc is not None and "Nabudah" in loc.address
    assert g.reverse((0.0, -30.0)) is None  # mid-Atlantic


def test_offline_by_default_never_calls_out(gz, stub):
    domain, hits = stub
    g = OfflineGeocoder(gz, domain=domain, scheme="http")
    assert g.geocode("Qwzzkx Nowhereville") is None
    assert hits == []


def test_online_fallback_rate_limited_and_cached(gz, stub):
    domain, hits = stub
    cache = MemoryCache()
    g = OfflineGeocoder(gz, online=True, domain=domain, scheme="http", cache=cache, min_delay_seconds=0.3,
                        user_agent="geomap-tests/1.0 (test suite)")
    a = g.geocode("Qwzzkx Village")
    b = g.geocode("Zzqvvb Hamlet")
    assert a is not None and a.latitude == 35.5 and "Stub Governorate" in a.address
    assert b is not None
    assert len(hits) == 2
    assert hits[1]["t"] - hits[0]["t"] >= 0.25  # the RateLimiter spaces requests
    assert all(h["ua"] == "geomap-tests/1.0 (test suite)" for h in hits)
    # cached with provenance: no third request
    again = g.geocode("Qwzzkx Village")
    assert again.latitude == 35.5 and len(hits) == 2
    payload, prov = next(iter(cache.entries.values()))
    assert prov["source"] == "nominatim" and prov["server"].endswith(domain) and prov["retrieved"]
    assert "OpenStreetMap" in prov["licence"]
    # misses are cached too
    assert g.geocode("Nowhere Qqq") is None
    assert g.geocode("Nowhere Qqq") is None
    assert len(hits) == 3
    # offline answers win: no request for a known place
    assert g.geocode("Talbiseh").raw["source"] == "wof"
    assert len(hits) == 3


def test_defaults_follow_nominatim_policy(gz):
    g = OfflineGeocoder(gz)
    assert g.online is False
    assert g.min_delay_seconds == 1.0
    assert "geomap" in DEFAULT_USER_AGENT
