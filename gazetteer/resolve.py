"""Name → candidate places, with scores.

Matching runs in stages and stops at the first that finds something:

1. the folded name (:func:`gazetteer.fold.fold`) looked up exactly (match 100);
2. admin phrases — "X province", "X governorate", "rural X", "northern X countryside",
   "X district" — resolve X restricted to the admin kind (match 98);
3. the consonant skeleton of the folded name (match 89–95, by rapidfuzz ratio);
4. rapidfuzz ratio over folded keys sharing the first letter (match = ratio × 0.95).

Candidates are then ranked by match quality, importance (kind and population), the user
layer's priority, the requested country and proximity to ``near``.

Examples
--------
>>> from gazetteer import default
>>> c = default().resolve("Kfar Nabouda")[0]
>>> c.place.name, round(c.score) >= 90
('Kafr Nabudah', True)
>>> default().resolve("northern Hama countryside")[0].place.kind
'admin1'
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from heapq import heappush, heapreplace
from typing import TYPE_CHECKING, Sequence

from .exc import AmbiguousPlace, PlaceNotFound
from .cyrillic import has_cyrillic
from .fold import fold, fold_token, opens_arabic
from .index import F_ALT, F_CC, F_KIND, F_LAT, F_LON, F_NAME, F_POP, F_SRC
from .model import Place
from .parts import city_half, phrase_direction

if TYPE_CHECKING:  # pragma: no cover
    from .index import Gazetteer

__all__ = ["Candidate", "resolve", "resolve_one", "haversine_km", "importance", "parse_phrase"]

#: Arabic-speaking countries (the Arab League's members): their towns' Arabic names are their own names
ARAB_COUNTRIES = frozenset("SY IQ LB JO PS SA YE OM AE QA BH KW EG SD LY TN DZ MA MR SO DJ KM".split())

KIND_PRIOR = {"country": 42.0, "admin1": 32.0, "region": 26.0, "admin2": 20.0, "site": 14.0, "locality": 0.0}
SOURCE_BONUS = {"user": 30.0, "curated": 15.0, "wof": 1.0, "geonames": 0.0}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place that may be meant by a name.

    Attributes
    ----------
    place : Place
    score : float
        0..100: match quality blended with plausibility (100 = exact name of an important place).
    match : str
        How the name matched: ``exact``, ``phrase``, ``skeleton`` or ``fuzzy``.
    matched : str
        The folded key that matched.
    """

    place: Place
    score: float
    match: str = "exact"
    matched: str = ""

    def to_dict(self) -> dict:
        p = self.place
        return {"name": p.name, "lat": p.lat, "lon": p.lon, "kind": p.kind, "country": p.country,
                "admin1": p.admin1, "id": p.id, "score": round(self.score, 1),
                "bbox": list(p.bbox) if p.bbox else None}


def haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in km.

    >>> round(haversine_km(36.29, 33.51, 37.16, 36.20))   # Damascus–Aleppo
    309
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


@functools.lru_cache(maxsize=100_000)
def importance(kind: str, population: int, source: str) -> float:
    """Prior plausibility of a place (0..~100): larger kinds and populations first.

    An admin area's population counts less than a town's: the kind already says it is large.
    """
    pop = min(30.0 if kind in ("locality", "site", "country") else 10.0, 5.0 * math.log10(1 + max(0, population)))
    return KIND_PRIOR.get(kind, 0.0) + pop + SOURCE_BONUS.get(source, 0.0)


_DIR = r"(?:north|south|east|west|northern|southern|eastern|western|central|north[- ]?(?:east|west)(?:ern)?|south[- ]?(?:east|west)(?:ern)?|greater|upper|lower)"
_ADMIN1_WORDS = r"(?:province|governorate|governate|gov\.?|muhafazat|region|countryside|outskirts|suburbs|environs|rif|reef|vilayet|il|wilayat|state)"
_SUFFIX_RE = re.compile(
    rf"^(?:the\s+)?(?:{_DIR}\s+)?(?P<stem>.+?)\s+(?P<word>{_ADMIN1_WORDS}|district|areas?|regions|city|town|village|camp|airport|air ?base|airbase|military airport|base|mountains?|plain|valley|neighbou?rhood|quarter|sub-?district|nahiy?ah?|nahiyeh|old city|old town|city cent(?:re|er))$",
    re.I)
_PREFIX_RE = re.compile(
    rf"^(?:the\s+)?(?:{_DIR}\s+)?(?P<word>rural|countryside of|province of|governorate of|outskirts of|suburbs of|city of|town of|village of|district of|old city of|old town of|cent(?:re|er) of|rif|reef|ar?[- ]rif)\s+(?:the\s+)?(?:{_DIR}\s+)?(?P<stem>.+)$",
    re.I)
_LEAD_RE = re.compile(rf"^(?:the\s+{_DIR}\s+(?:(?:parts?\s+)?of\s+(?:the\s+)?)?|(?:the\s+)?{_DIR}\s+)(?P<stem>.+)$", re.I)
#: Arabic: a division's or a settlement's noun before the name, and a direction after it ("ريف حلب الشمالي",
#: northern rural Aleppo)
_AR_PREFIX_RE = re.compile(r"^(?P<word>ريف|محافظة|قضاء|منطقة|ناحية|مدينة|بلدة|قرية)\s+(?P<stem>.+?)"
                           r"(?:\s+(?:ال)?(?:شمالي|جنوبي|شرقي|غربي)(?:ة)?)?$")
_AR_WORD_KIND = {"ريف": ("admin1", "admin2", "region"), "محافظة": ("admin1", "admin2"), "قضاء": ("admin2", "admin1"),
                 "منطقة": ("admin2", "admin1", "region"), "ناحية": ("locality",), "مدينة": ("locality",),
                 "بلدة": ("locality",), "قرية": ("locality",)}
_GLUED = re.compile(r"^(kfr|kafr|kfar|kafar|kafer|tal|tel|tell|tall|dyr|dayr|deir|dair|ayn|ain|ras|jsr|jisr|khan|bab|"
                    r"byt|bayt|beit|um|umm|abu|shykh|khrbt|mart|marat|maarat|jbl|jabal)(?:al|el|an|ar|as|ash|ad|az)?([a-z]{3,}.*)$")
_CLEAN_RE = re.compile(r"^[\s\"'“”‘’(\[]+|[\s\"'“”‘’)\].,;:!?]+$")

_WORD_KIND = {
    "district": ("admin2", "admin1"),
    "city": ("locality",), "town": ("locality",), "village": ("locality",),
    "neighborhood": ("locality",), "neighbourhood": ("locality",), "quarter": ("locality",),
    # no third-level areas in the data: a sub-district is read as the town that names it
    "sub-district": ("locality",), "subdistrict": ("locality",), "nahiya": ("locality",), "nahia": ("locality",),
    "nahiyah": ("locality",), "nahiyeh": ("locality",),
    "camp": ("site", "locality"), "airport": ("site",), "airbase": ("site",), "air base": ("site",),
    "airbase ": ("site",), "military airport": ("site",), "base": ("site",),
    "mountain": ("region",), "mountains": ("region",), "plain": ("region",), "valley": ("region",),
    "area": ("region", "admin1", "admin2", "locality"), "areas": ("region", "admin1", "admin2", "locality"),
    "regions": ("region", "admin1"),
    # a part of a town the data has no record of is the town: "the old city of Homs" is in Homs
    "old city": ("locality",), "old town": ("locality",), "city centre": ("locality",), "city center": ("locality",),
}


def parse_phrase(name: str) -> tuple[str, tuple[str, ...]] | None:
    """Split an admin phrase into ``(stem, preferred kinds)``; ``None`` if it is not one.

    >>> parse_phrase("northern Hama countryside")
    ('Hama', ('admin1', 'admin2', 'region'))
    >>> parse_phrase("rural Damascus")
    ('Damascus', ('admin1', 'admin2', 'region'))
    >>> parse_phrase("Jisr al-Shughur district")
    ('Jisr al-Shughur', ('admin2', 'admin1'))
    >>> parse_phrase("ريف حلب الشمالي")
    ('حلب', ('admin1', 'admin2', 'region'))
    """
    s = name.strip()
    m = _AR_PREFIX_RE.match(s)
    if m:
        return m.group("stem").strip(), _AR_WORD_KIND[m.group("word")]
    m = _SUFFIX_RE.match(s)
    if m:
        w = m.group("word").lower()
        kinds = _WORD_KIND.get(w, ("admin1", "admin2", "region"))
        return m.group("stem").strip(), kinds
    m = _PREFIX_RE.match(s)
    if m:
        w = m.group("word").lower()
        kinds = {"city of": ("locality",), "town of": ("locality",), "village of": ("locality",),
                 "old city of": ("locality",), "old town of": ("locality",), "centre of": ("locality",),
                 "center of": ("locality",), "district of": ("admin2", "admin1")}.get(w, ("admin1", "admin2", "region"))
        return m.group("stem").strip(), kinds
    m = _LEAD_RE.match(s)
    if m:
        return m.group("stem").strip(), ()
    return None


def _near_points(near) -> list[tuple[float, float]]:
    if near is None:
        return []
    if isinstance(near, Place):
        return [(near.lon, near.lat)]
    if isinstance(near, (tuple, list)) and len(near) == 2 and all(isinstance(v, (int, float)) for v in near):
        return [(float(near[0]), float(near[1]))]
    pts = []
    for item in near:
        pts.extend(_near_points(item))
    return pts


def _proximity_bonus(lon: float, lat: float, pts: list[tuple[float, float]], scale_km: float = 120.0) -> float:
    if not pts:
        return 0.0
    d = min(haversine_km(lon, lat, x, y) for x, y in pts)
    return 30.0 * math.exp(-d / scale_km)


_NON_ALNUM = re.compile(r"[\W_]+")
_plain_cache: dict[str, str] = {}


def _plain(s: str) -> str:
    r = _plain_cache.get(s)
    if r is None:
        t = s.casefold()
        if not t.isascii():
            t = "".join(ch for ch in unicodedata.normalize("NFKD", t) if not unicodedata.combining(ch))
        r = _NON_ALNUM.sub("", t)
        if len(_plain_cache) < 300_000:
            _plain_cache[s] = r
    return r


def _plain_nocache(s: str) -> str:
    """A quick :func:`_plain` of a long string (all of a place's alternate names), not kept in the cache:
    accented letters are not decomposed, so it can only rule a plain ASCII spelling out, never in."""
    return _NON_ALNUM.sub("", s.casefold())


#: Skeleton matches score 80 + 15 × (rapidfuzz ratio / 100) but rank as if 45 × ratio: the spelling's closeness
#: weighs against a bigger namesake's importance. Approximate matches in Syria, Iraq and Turkey rank 10 higher:
#: the village-level data and the Arabic transliteration rules are theirs. On 1,500 misspelled localities of
#: those countries and 1,500 misspelled world cities (one letter dropped, doubled or changed), the right place
#: comes first for 46.7 % and 66.1 % of the approximate matches, against 42.8 % and 64.8 % before
#: (``python benchmarks/resolve_misspelled.py``).
_SKEL_RANK_W = 2.0
_HOME_BONUS = 10.0


_priors: dict[tuple[str, str, str], float] = {}


def _row_prior(kind: str, pop: str, src: str) -> float:
    """:func:`importance` of a shipped row's kind, population (as the data writes it) and source, kept: rows
    share few such triples."""
    r = _priors.get((kind, pop, src))
    if r is None:
        r = importance(kind, int(pop or 0), src)
        if len(_priors) < 100_000:
            _priors[(kind, pop, src)] = r
    return r


def _collect(gz: "Gazetteer", keys: list[tuple[str, float, str]], country: str | None,
             kinds: Sequence[str] | None, pts, raw: str = "", need: int = 0,
             written: str = "") -> list[tuple[float, float, int, str, str]]:
    """Rank rows reached through ``keys`` [(key, match, how)] → [(rank, score, row, how, key)].

    ``raw`` is the name asked for as :func:`_plain` writes it, ``written`` as asked for (a place whose own name is
    spelled so bears the spelling without a comparison of plain forms).

    With ``need`` (and one key, no points to be near), only the first ``need`` of the ranking are sure to be
    there: the shipped rows of a key come most important first, and their reading stops at the first row whose
    rank, at best, falls short of the ``need`` ranks in hand (a name that 200 villages bear is decided by the few
    biggest; the rest cannot come first)."""

    best: dict[int, tuple[float, float, int, str, str]] = {}
    prune = need > 0 and len(keys) == 1 and not pts and gz._keys_ranked and keys[0][2] in ("exact", "phrase")
    if prune:
        # the most a row can rank, in the rank's own arithmetic below: its own spelling (the match + 3, then
        # + 0.5), the kinds asked for (at most 10 on the prior)
        own_match, kinds_most = keys[0][1] + 3.0, (10.0 if kinds else 0.0)
        # the ``need`` best (rank, -row) so far, a min-heap: the ranking sorts ties by row, and a key's rows of one
        # prior come in row order, so a row that cannot displace the heap's least ends the reading
        top: list[tuple[float, int]] = []
    cc = country.upper() if country else None
    user, row_of, split_get, priors = gz._user, gz._row, gz._split.get, _priors
    own_key = gz._pkeys.get if gz._own_keys_marked else gz._primary_key  # (marked when the key's rows are read)
    plain_get, arabic_raw = _plain_cache.get, opens_arabic(raw)
    for key, match, how in keys:
        for i in gz._rows_for_key(key):
            p = r = None
            lon = lat = 0.0
            if i in user:
                p = gz.place(i)
                kind, pop, src, pcc, lon, lat = p.kind, p.population, p.source, p.country, p.lon, p.lat
                src = "user"
                prior = importance(kind, pop, src)
            else:
                r = split_get(i) or row_of(i)  # (the cached split, inline: this loop runs for every row reached)
                kind, src, pcc = r[F_KIND], r[F_SRC], r[F_CC]
                if pts:
                    lon, lat = float(r[F_LON]), float(r[F_LAT])
                prior = priors.get((kind, r[F_POP], src)) or _row_prior(kind, r[F_POP], src)
                if prune and len(top) >= need and (own_match + 0.5 * (prior + kinds_most) + 0.5, -i) < top[0]:
                    break  # (no row from this one on can come among the first ``need``)
            if kinds and kind not in kinds:
                continue
            if cc and pcc != cc:
                continue
            if kinds:
                prior += 10.0 * (len(kinds) - list(kinds).index(kind)) / len(kinds)
            m = match
            own_spelling = False
            if match >= 98.0:
                pname = p.name if r is None else r[F_NAME]
                if raw and (pname == written or (plain_get(pname) or _plain(pname)) == raw):
                    m = match + 3.0  # spelled exactly as the place's own name
                    own_spelling = True
                elif arabic_raw and pcc in ARAB_COUNTRIES:
                    pass  # a town of an Arab country bears its Arabic name as its own ("القاهرة" is Cairo)
                elif (fold(pname) if r is None else own_key(i)) != key:
                    # matched through an alternate name: GeoNames' lists for foreign towns are noisy
                    m = match - (12.0 if src == "geonames" and pcc not in ("SY", "IQ", "TR") else 4.0)
                    if raw and src != "geonames":
                        alts = "|".join(p.alt_names) if r is None else r[F_ALT]
                        if alts and raw in _plain_nocache(alts) and any(_plain(a) == raw for a in alts.split("|")):
                            m = match + 3.0  # spelled exactly as one of its names ("al-Hol", not Hull)
            match_i = m
            bonus = _proximity_bonus(lon, lat, pts, 60.0) if pts else 0.0
            plaus = min(1.0, (prior + bonus) / 90.0)
            score = 0.9 * match_i + 10.0 * plaus
            rank = match_i + 0.5 * prior + bonus
            if own_spelling:
                rank += 0.5  # before a place that bears the spelling only as another name ("Pazarcık": not Pazaryeri)
            if how == "skeleton":
                rank += _SKEL_RANK_W * (match - 80.0)
            if how in ("skeleton", "fuzzy") and pcc in ("SY", "IQ", "TR"):
                rank += _HOME_BONUS
            if src == "user" and match >= 98.0:
                rank += 100.0  # the user layer has priority: their own place of that name comes first
            cur = best.get(i)
            if cur is None or rank > cur[0]:
                best[i] = (rank, score, i, how, key)
                if prune:
                    if len(top) < need:
                        heappush(top, (rank, -i))
                    elif (rank, -i) > top[0]:
                        heapreplace(top, (rank, -i))
    if len(best) < 2:
        return list(best.values())
    return sorted(best.values(), key=lambda t: (-t[0], t[2]))


def _prefer_settlement(gz: "Gazetteer", found: list) -> list:
    """A bare name shared by an admin area and the town it is named after means the town."""
    if not found:
        return found
    top = gz.place(found[0][2])
    if top.kind not in ("admin1", "admin2"):
        return found
    top_key = gz._primary_key(found[0][2])
    alias = None  # the town the area is named after, else (Syria, Iraq) its biggest town bearing the name
    for j in range(1, min(len(found), 12)):
        cand = gz.place(found[j][2])
        if cand.kind != "locality" or cand.country != top.country or found[j][4] != found[0][4]:
            continue
        # (an Arabic name is matched through the town's Arabic name, never its English label: "الموصل")
        named_so = gz._primary_key(found[j][2]) in (found[j][4], top_key) or (
            opens_arabic(found[j][4]) and cand.population >= 10000)
        if not named_so or (cand.population <= 0 and top.kind != "admin2"):
            # not the town the area is named after (nor a real town, rather than a hamlet)
            bb = top.bbox
            if (top.kind == "admin2" and top.country in ("SY", "IQ") and cand.population >= 10000 and bb
                    and bb[0] <= cand.lon <= bb[2] and bb[1] <= cand.lat <= bb[3]
                    and (alias is None or cand.population > gz.place(found[alias][2]).population)):
                alias = j  # ("Tadmor": Palmyra, not Tadmur district; WOF's Turkish neighbourhoods are left out)
            continue
        if top.kind == "admin1":
            close = cand.admin1 == top.admin1 or haversine_km(cand.lon, cand.lat, top.lon, top.lat) < 150
        else:
            # a district's town lies in the district ("Çukurca" is not a hamlet of that name in the next province,
            # 109 km off)
            bb = top.bbox
            close = (bb is not None and bb[0] - 0.05 <= cand.lon <= bb[2] + 0.05
                     and bb[1] - 0.05 <= cand.lat <= bb[3] + 0.05) \
                or haversine_km(cand.lon, cand.lat, top.lon, top.lat) < 30
        if close:
            alias = j
            break
    if alias is not None:
        item = found.pop(alias)
        found.insert(0, (found[0][0] + 0.1, max(item[1], found[0][1]), *item[2:]))
        return found
    # the spelling is listed for the area only ("Jisr-Ash-Shugur"): it is still the town's name
    town = namesake_town(gz, top, found[0][4])
    if town is not None:
        found.insert(0, (found[0][0] + 0.1, found[0][1], town, found[0][3], found[0][4]))
    return found


def namesake_town(gz: "Gazetteer", area: Place, key: str) -> int | None:
    """Row of the town an admin area is named after, when ``key`` is another spelling of the area's own name
    listed for the area alone ("Jisr-Ash-Shugur" for Jisr ash-Shughur district, whose seat is Jisr
    al-Shughur); None when the key is the area's own name or a different name ("Homs governorate")."""
    from rapidfuzz import fuzz

    if area.kind not in ("admin1", "admin2"):
        return None
    own = fold(area.name)
    if own == key or own.count(" ") != key.count(" ") or fuzz.ratio(own, key) < 85:
        return None
    for i in gz._rows_for_key(own):
        cand = gz.place(i)
        if (cand.kind == "locality" and cand.country == area.country and cand.admin1 == area.admin1
                and fold(cand.name) == own and (cand.population > 0 or area.kind == "admin2")):
            return i
    return None


def _demonym_place(gz: "Gazetteer", word: str) -> int | None:
    """Row of the country/region a demonym ("Syrian", "Kurdish") refers to."""
    from .geoparse import DEMONYMS

    w = word.strip()
    code = DEMONYMS.get(w) or DEMONYMS.get(w[:1].upper() + w[1:].lower())
    if not code:
        return None
    p = gz.geoparser()._country(code)
    if p is None:
        return None
    return gz._by_id_row(p.id)


#: words in the names of airports and air bases
_FACILITY_WORDS = ("airport", "air base", "airbase", "airfield", "air field")


def _facility_near(gz: "Gazetteer", stem_key: str, country, pts, reach_km: float = 12.0) -> list:
    """An airport or air base within ``reach_km`` of the place ``stem_key`` names, for "X airport" when no
    site bears X's name: the shipped sites, nearest first, as ``_collect`` ranks them."""

    town = _collect(gz, [(stem_key, 98.0, "phrase")], country, ("locality", "admin2", "admin1"), pts)
    if not town:
        return []
    p = gz.place(town[0][2])
    if p.kind != "locality":
        t = namesake_town(gz, p, stem_key)  # (the city, not its province's centre: "Deir Ezzor airport")
        if t is not None:
            p = gz.place(t)
    near = facilities_near(gz, p, reach_km)
    return [(90.0 - d, 90.0 - d / 2, i, "phrase", stem_key) for d, i in near][:1]


def facility_rows(gz: "Gazetteer") -> list[int]:
    """Rows of the shipped airports and air bases (found once per gazetteer)."""
    sites = gz.__dict__.get("_facility_rows")
    if sites is None:
        sites = [i for i in range(len(gz)) if not gz.is_user(i) and gz._row(i)[F_KIND] == "site"
                 and any(w in gz.place(i).name.lower() for w in _FACILITY_WORDS)]
        gz.__dict__["_facility_rows"] = sites
    return sites


def facilities_near(gz: "Gazetteer", p: Place, reach_km: float) -> list[tuple[float, int]]:
    """[(km, row)] of the airports and air bases within ``reach_km`` of place ``p``, nearest first."""
    return [(d, i) for d, i in sorted((haversine_km(p.lon, p.lat, gz.place(i).lon, gz.place(i).lat), i)
                                      for i in facility_rows(gz)) if d <= reach_km]


def _stages(gz: "Gazetteer", name: str, country, kinds, pts, fuzzy: bool, need: int = 0):
    found = _stages_inner(gz, name, country, kinds, pts, fuzzy, need)
    if found and not kinds and found[0][3] in ("exact", "skeleton"):
        found = _prefer_settlement(gz, found)
    return found


def _stages_inner(gz: "Gazetteer", name: str, country, kinds, pts, fuzzy: bool, need: int = 0):
    raw = whole = _CLEAN_RE.sub("", name.strip())
    if raw.lower().startswith("the "):
        raw = raw[4:]
    key = fold(raw)
    if not key:
        return []
    plain = _plain(raw)
    found = _collect(gz, [(key, 100.0, "exact")], country, kinds, pts, plain, need, raw)
    if found and need and not kinds and gz.place(found[0][2]).kind in ("admin1", "admin2"):
        # (an area first: the town it is named after may rank lower, among the first twelve _prefer_settlement reads)
        found = _collect(gz, [(key, 100.0, "exact")], country, kinds, pts, plain, max(need, 12), raw)
    if found:
        return found
    def demonym_hit(word: str, score: float):
        row = _demonym_place(gz, word)
        if row is None:
            return None
        p = gz.place(row)
        if (country and p.country != country.upper()) or (kinds and p.kind not in kinds):
            return None
        return [(200.0, score, row, "demonym", key)]

    hit = demonym_hit(raw, 90.0)
    if hit:
        return hit
    phrase = parse_phrase(whole)  # (with its article: "the north of Syria" is no "north of Syria")
    if phrase is not None:
        hit = demonym_hit(phrase[0], 88.0)
        if hit:
            return hit
        stem, pkinds = phrase
        skey = fold(stem)
        use_kinds = tuple(k for k in pkinds if not kinds or k in kinds) or kinds
        if skey and skey != key:
            found = _collect(gz, [(skey, 98.0, "phrase")], country, use_kinds or None, pts)
            if not found and pkinds == ("site",):
                found = _facility_near(gz, skey, country, pts)  # "Deir Ezzor airport": the air base by the city
            if not found and pkinds:
                found = _collect(gz, [(skey, 92.0, "phrase")], country, kinds, pts)
            if found:
                return found
            key_for_fuzzy = skey
        else:
            key_for_fuzzy = key
    else:
        key_for_fuzzy = key
    # run-together generic words: "Kfarnabouda", "Tallrifaat", "Deiralzour"
    m = _GLUED.match(key_for_fuzzy)
    if m and m.group(2):
        head = fold_token(m.group(1))
        tail = fold(m.group(2))
        if head and tail:
            found = _collect(gz, [(f"{head} {tail}", 96.0, "exact")], country, kinds, pts)
            if found:
                return found
    if not fuzzy:
        return []
    from rapidfuzz import fuzz

    sk = gz.skeleton_keys(key_for_fuzzy)
    if sk:
        scored = []
        for k in sk[:300]:
            r = fuzz.ratio(key_for_fuzzy, k)
            if r >= 60:
                scored.append((k, 80.0 + 15.0 * r / 100.0, "skeleton"))
        found = _collect(gz, scored, country, kinds, pts)
        if found:
            return found
    n = len(key_for_fuzzy.replace(" ", ""))
    cutoff = 78.0 if n >= 8 else 86.0 if n >= 6 else 92.0  # short names: only near-identical spellings
    fz = gz.fuzzy_keys(key_for_fuzzy, cutoff=cutoff, limit=10)
    if fz:
        return _collect(gz, [(k, 0.95 * s, "fuzzy") for k, s in fz], country, kinds, pts)
    return []



def resolve(gz: "Gazetteer", name: str, country: str | None = None, near=None, limit: int = 5,
            kinds: Sequence[str] | None = None, fuzzy: bool = True) -> list[Candidate]:
    """See :meth:`gazetteer.Gazetteer.resolve`."""
    if not isinstance(name, str):
        raise TypeError(f"name must be a string, not {type(name).__name__}")
    pts = _near_points(near)
    if has_cyrillic(name):
        # a Russian name: its English name, or the transliteration the gazetteer knows ("провинция Хама" →
        # "Hama province")
        name = gz.to_latin(name, sentences=False)[0]
    found = _stages(gz, name, country, kinds, pts, fuzzy, max(0, limit))
    # "northern Hama countryside", "the north-east of Syria": that part of the area, where the data has it (not the
    # centre, a region of its own the data names: "Central Syria" is found as a name)
    direction = phrase_direction(name) if found and found[0][3] == "phrase" else None
    if direction == "centre":
        direction = None
    # "eastern Aleppo": no division's word
    bare = direction is not None and (parse_phrase(name.strip()) or ("", None))[1] == ()
    out = []
    for _rank, score, i, how, key in found[: max(0, limit)]:
        place = gz.place(i)
        part = gz.part(place, direction) if direction is not None else None
        if part is not None:
            place = (bare and city_half(gz, place, direction)) or part
        out.append(Candidate(place=place, score=max(0.0, min(100.0, score)), match=how, matched=key))
    return out


def resolve_one(gz: "Gazetteer", name: str, country: str | None = None, near=None, strict: bool = False) -> Candidate:
    """See :meth:`gazetteer.Gazetteer.resolve_one`."""
    cands = resolve(gz, name, country=country, near=near, limit=5)
    if not cands:
        sugg = [c.place.name for c in resolve(gz, name, country=None, limit=3)] if country else []
        raise PlaceNotFound(f"no place matches {name!r}" + (f" in {country}" if country else ""), suggestions=sugg)
    if strict and len(cands) > 1:
        a, b = cands[0], cands[1]
        far = haversine_km(a.place.lon, a.place.lat, b.place.lon, b.place.lat) > 25
        if far and abs(a.score - b.score) < 1.0 and a.place.kind == b.place.kind:
            raise AmbiguousPlace(f"{name!r} matches several places: " + "; ".join(
                f"{c.place.name} ({c.place.admin1 or c.place.country}, {c.place.id})" for c in cands[:4]),
                candidates=cands)
    return cands[0]
