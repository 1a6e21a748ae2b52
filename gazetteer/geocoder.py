"""A geopy geocoder over the offline gazetteer, with an opt-in Nominatim fallback.

:class:`OfflineGeocoder` subclasses :class:`geopy.geocoders.base.Geocoder`, so code written
for geopy can use it unchanged; it returns :class:`geopy.location.Location` objects whose
``raw`` holds the gazetteer place (``id``, ``kind``, ``country``, ``admin1``, ``score``,
``source``).

Names the offline data does not know can be looked up online through geopy's
:class:`~geopy.geocoders.Nominatim` — only when ``online=True``. Requests are limited to one
per second (geopy's :class:`~geopy.extra.rate_limiter.RateLimiter`), carry an identifying
user agent, and results go through a cache the caller provides, so the geomap store can keep
them with their provenance. The cache is any object with::

    get(query: str) -> dict | None
    put(query: str, payload: dict, provenance: dict) -> None

Examples
--------
>>> from gazetteer.geocoder import OfflineGeocoder
>>> loc = OfflineGeocoder().geocode("Kfar Nabouda")
>>> loc.address, round(loc.latitude, 2), loc.raw["source"]
('Kafr Nabudah, Hama, SY', 35.43, 'wof')
>>> OfflineGeocoder().geocode("Zzyzxqwv") is None
True
"""

from __future__ import annotations

import datetime as _dt
import logging
import math
import threading
from typing import Any, Protocol

from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from .model import Place

__all__ = ["OfflineGeocoder", "GeocodeCache", "MemoryCache", "DEFAULT_USER_AGENT"]

log = logging.getLogger(__name__)

#: Identifies the tool to Nominatim; pass your own with a contact address (Nominatim's usage policy).
DEFAULT_USER_AGENT = "geomap-gazetteer/0.1 (offline conflict-claims mapper; online fallback opt-in)"


class GeocodeCache(Protocol):
    """What :class:`OfflineGeocoder` needs from a cache of online answers."""

    def get(self, query: str) -> dict | None: ...

    def put(self, query: str, payload: dict, provenance: dict) -> None: ...


class MemoryCache:
    """A dict-backed :class:`GeocodeCache` (for tests and one-off scripts).

    >>> c = MemoryCache(); c.put("q", {"lat": 1.0}, {"source": "test"}); c.get("q")
    {'lat': 1.0}
    """

    def __init__(self) -> None:
        self.entries: dict[str, tuple[dict, dict]] = {}

    def get(self, query: str) -> dict | None:
        e = self.entries.get(query)
        return e[0] if e else None

    def put(self, query: str, payload: dict, provenance: dict) -> None:
        self.entries[query] = (payload, provenance)


def _cache_key(query: str, country: str | None) -> str:
    from .fold import fold

    return f"nominatim:{(country or '').lower()}:{fold(query) or query.strip().lower()}"


class OfflineGeocoder(Geocoder):
    """geopy-compatible geocoder over :class:`gazetteer.Gazetteer`.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Default: the shared :func:`gazetteer.default` instance.
    country : str, optional
        Default ISO2 country restriction.
    min_score : float
        Offline candidates scoring below this are ignored (0..100).
    online : bool
        Fall back to Nominatim for names not found offline (default False).
    user_agent : str, optional
        Identifying user agent for online requests.
    domain, scheme : str
        Nominatim server (tests pass a local stub: ``domain="127.0.0.1:8080", scheme="http"``).
    cache : GeocodeCache, optional
        Where online answers are kept (checked before any request).
    min_delay_seconds : float
        Delay between online requests (1 s: Nominatim's policy).
    timeout : float
        Online request timeout in seconds.
    """

    def __init__(self, gazetteer=None, *, country: str | None = None, min_score: float = 80.0, online: bool = False,
                 user_agent: str | None = None, domain: str = "nominatim.openstreetmap.org", scheme: str = "https",
                 cache: GeocodeCache | None = None, min_delay_seconds: float = 1.0, timeout: float = 10.0):
        super().__init__(scheme=scheme, timeout=timeout, user_agent=user_agent or DEFAULT_USER_AGENT)
        if gazetteer is None:
            from .index import default

            gazetteer = default()
        self.gazetteer = gazetteer
        self.country = country
        self.min_score = float(min_score)
        self.online = bool(online)
        self.domain = domain
        self.cache = cache
        self.min_delay_seconds = float(min_delay_seconds)
        self._ua = user_agent or DEFAULT_USER_AGENT
        self._online_geocode = None
        self._lock = threading.Lock()
        self._grid: dict[tuple[int, int], list[int]] | None = None

    # ------------------------------------------------------------------ geopy API
    def geocode(self, query: str, *, exactly_one: bool = True, country_codes: str | list[str] | None = None,
                limit: int | None = None, near=None, timeout=DEFAULT_SENTINEL) -> Location | list[Location] | None:
        """Geocode ``query`` offline (then online when enabled).

        Parameters
        ----------
        query : str
        exactly_one : bool
            Return one :class:`~geopy.location.Location` (or None) instead of a list.
        country_codes : str or list of str, optional
            ISO2 restriction (the first code is used offline).
        limit : int, optional
            Maximum results when ``exactly_one`` is False.
        near : (lon, lat), optional
            Favour places near this point.
        """
        if not isinstance(query, str) or not query.strip():
            raise ValueError("query must be a non-empty string")
        cc = country_codes
        if isinstance(cc, (list, tuple)):
            cc = cc[0] if cc else None
        cc = cc or self.country
        n = 1 if exactly_one else (limit or 5)
        cands = [c for c in self.gazetteer.resolve(query, country=cc, near=near, limit=n) if c.score >= self.min_score]
        if cands:
            locs = [_location(c.place, c.score) for c in cands]
            return locs[0] if exactly_one else locs
        if self.online:
            loc = self._geocode_online(query, cc, timeout)
            if loc is not None:
                return loc if exactly_one else [loc]
        return None if exactly_one else []

    def reverse(self, query, *, exactly_one: bool = True, kinds=("locality", "site"), max_km: float = 50.0,
                timeout=DEFAULT_SENTINEL) -> Location | list[Location] | None:
        """The nearest offline place(s) of ``kinds`` to ``query`` ((lat, lon), "lat, lon" or a geopy Point)."""
        pt = Point(query)
        lat, lon = pt.latitude, pt.longitude
        found = self._nearest(lon, lat, kinds, max_km, 1 if exactly_one else 5)
        locs = [_location(p, 100.0 * math.exp(-d / 25.0)) for d, p in found]
        if exactly_one:
            return locs[0] if locs else None
        return locs

    # ------------------------------------------------------------------ internals
    def _nearest(self, lon: float, lat: float, kinds, max_km: float, k: int) -> list[tuple[float, Place]]:
        from .index import F_KIND, F_LAT, F_LON
        from .resolve import haversine_km

        gz = self.gazetteer.load()
        if self._grid is None:
            with self._lock:
                if self._grid is None:
                    grid: dict[tuple[int, int], list[int]] = {}
                    for i, line in enumerate(gz._lines):
                        f = line.split("\t", 5)
                        grid.setdefault((math.floor(float(f[F_LAT])), math.floor(float(f[F_LON]))), []).append(i)
                    self._grid = grid
        best = []
        r = max(1, math.ceil(max_km / 80.0))
        cy, cx = math.floor(lat), math.floor(lon)
        for dy in range(-r, r + 1):
            for dx in range(-r, r + 1):
                for i in self._grid.get((cy + dy, cx + dx), ()):
                    row = gz._row(i)
                    if kinds and row[F_KIND] not in kinds:
                        continue
                    d = haversine_km(lon, lat, float(row[F_LON]), float(row[F_LAT]))
                    if d <= max_km:
                        best.append((d, i))
        best.sort()
        return [(d, gz.place(i)) for d, i in best[:k]]

    def _geocode_online(self, query: str, country: str | None, timeout) -> Location | None:
        key = _cache_key(query, country)
        if self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                if not hit.get("found", True):
                    return None
                return Location(hit["address"], (hit["lat"], hit["lon"]), hit.get("raw", {}))
        if self._online_geocode is None:
            from geopy.extra.rate_limiter import RateLimiter
            from geopy.geocoders import Nominatim

            nom = Nominatim(user_agent=self._ua, domain=self.domain, scheme=self.scheme, timeout=self.timeout)
            self._online_geocode = RateLimiter(nom.geocode, min_delay_seconds=self.min_delay_seconds,
                                               max_retries=1, error_wait_seconds=2.0, swallow_exceptions=False)
        kwargs: dict[str, Any] = {"exactly_one": True}
        if country:
            kwargs["country_codes"] = country.lower()
        if timeout is not DEFAULT_SENTINEL:
            kwargs["timeout"] = timeout
        log.info("gazetteer: %r not found offline; asking Nominatim at %s", query, self.domain)
        loc = self._online_geocode(query, **kwargs)
        provenance = {"source": "nominatim", "server": f"{self.scheme}://{self.domain}", "query": query,
                      "country": country, "user_agent": self._ua,
                      "retrieved": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
                      "licence": (loc.raw or {}).get("licence") if loc is not None else None}
        if loc is None:
            if self.cache is not None:
                self.cache.put(key, {"found": False}, provenance)
            return None
        payload = {"found": True, "address": loc.address, "lat": loc.latitude, "lon": loc.longitude,
                   "raw": dict(loc.raw or {})}
        if self.cache is not None:
            self.cache.put(key, payload, provenance)
        return Location(loc.address, (loc.latitude, loc.longitude), dict(loc.raw or {}))


def _location(p: Place, score: float) -> Location:
    parts = [p.name]
    if p.admin1 and p.admin1 != p.name:
        parts.append(p.admin1)
    if p.country and p.kind != "country":
        parts.append(p.country)
    raw = p.to_dict()
    raw["score"] = round(score, 1)
    return Location(", ".join(parts), (p.lat, p.lon), raw)
