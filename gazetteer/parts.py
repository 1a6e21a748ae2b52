"""Compass parts of an area: "northern Hama countryside", "the north-east of Syria", "ريف حلب الغربي".

Reporting places much of what happens in a part of a province or a country, not in the whole. The build script
(``scripts/build_gazetteer.py``) cuts the eight compass parts of Syria, Iraq and Turkey, of their first-level
divisions and of Syria's districts out of the shipped outlines: a part is the outline within 60° either side of
the direction, seen from the town the area is named after (the countryside north of the city of Homs, not the
desert north of the governorate's centre); for a division named after no town, seen from the centre of its
settlements (western Anbar is the Euphrates valley from Hit to al-Qaim, not the desert by the Jordanian border); for
a country, an outer cell of a 3 × 3 grid over its box (Syria's north-east is al-Hasakah's land, its east the
Euphrates valley of Deir ez-Zor), or the whole outer quarter of a side whose middle hardly anyone lives in (southern
Syria is Daraa and al-Suwayda). A part's point is where its settlements are, their mean position (the centroid of a
part with fewer than five). A part keeps the kind of the area it belongs to (a governorate's part is known to a governorate's
precision) and an id that names both: ``wof:85678363#north``. A country's centre is no compass part: "central Syria",
"le centre de l'Irak" read as the region the data names for it, where it names one (Central Syria, the Homs and Hama
governorates; Central Iraq, Baghdad and the governorates around it).

This module reads the direction said around a name, in the languages the geoparser reads.

Examples
--------
>>> direction_before("Jets struck the north-west of ")
('north-west', 14)
>>> direction_before("Troops moved 10 km north of ") is None   # north of a place, not its north
True
>>> direction_after(" الشمالي الشرقي حيث")
('north-east', 15)
>>> phrase_direction("northern Hama countryside")
'north'
"""

from __future__ import annotations

import dataclasses
import re

from .fold import fold

__all__ = ["DIRECTIONS", "ADJECTIVES", "direction_before", "direction_after", "direction_inside",
           "phrase_direction", "may_have_parts", "named_part", "split_part_id", "with_parts"]

#: The eight compass directions, as the parts' ids spell them.
DIRECTIONS = ("north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west")
#: A part's name is its direction's adjective before the area's name ("Northern Hama"). The centre is no compass
#: part: "central Syria" is the region the data names "Central Syria" (see :func:`named_part`).
ADJECTIVES = {"north": "Northern", "north-east": "North-eastern", "east": "Eastern", "south-east": "South-eastern",
              "south": "Southern", "south-west": "South-western", "west": "Western", "north-west": "North-western",
              "centre": "Central"}

# the words for the four directions, by language (a stem that takes the language's endings)
_STEMS = {
    "north": ("north", "nord", "norte", "norden", "nördlich", "kuzey", "bakur", "север", "северн", "شمال", "باکوور"),
    "south": ("south", "sud", "sur", "süden", "südlich", "güney", "başûr", "юг", "южн", "جنوب", "باشوور"),
    "east": ("east", "est", "este", "osten", "östlich", "doğu", "rojhilat", "восток", "восточн", "شرق", "ڕۆژهەڵات"),
    "west": ("west", "ouest", "ovest", "oeste", "westen", "westlich", "batı", "rojava", "запад", "западн", "غرب",
             "ڕۆژاوا"),
}
# (German also names a part by its noun: "der Ostteil Aleppos", the eastern part of Aleppo)
_STEMS = {d: (*ws, {"north": "nordteil", "south": "südteil", "east": "ostteil", "west": "westteil"}[d])
          for d, ws in _STEMS.items()}
_WORD_DIR = {w: d for d, ws in _STEMS.items() for w in ws}
# the centre: "central Syria", "le centre de l'Irak", "im Zentrum Syriens", "в центре Сирии", "وسط العراق",
# "Suriye'nin orta kesimi", "ناوەڕاستی عێراق"
_WORD_DIR.update(dict.fromkeys(("central", "centre", "center", "centro", "zentrum", "zentral", "центр", "центральн",
                                "وسط", "orta", "ناوەڕاست"), "centre"))
# one-word compounds: "northeast", "noroeste", "nordovest", "Nordosten", "kuzeybatı", "северо-запад"
_COMPOUND = {"northeast": "north-east", "northwest": "north-west", "southeast": "south-east", "southwest": "south-west",
             "nordest": "north-east", "nordovest": "north-west", "sudest": "south-east", "sudovest": "south-west",
             "noreste": "north-east", "nordeste": "north-east", "noroeste": "north-west", "sureste": "south-east",
             "sudeste": "south-east", "suroeste": "south-west", "sudoeste": "south-west",
             "nordosten": "north-east", "nordwesten": "north-west", "südosten": "south-east", "südwesten": "south-west",
             "nordöstlich": "north-east", "nordwestlich": "north-west", "südöstlich": "south-east",
             "südwestlich": "south-west",
             "kuzeydoğu": "north-east", "kuzeybatı": "north-west", "güneydoğu": "south-east", "güneybatı": "south-west"}


def _combine(first: str, second: str | None) -> str | None:
    """"north" + "east" → "north-east"; None for a pair that names no direction ("north" + "south")."""
    a = first if first in DIRECTIONS else _COMPOUND.get(first) or _WORD_DIR.get(first)
    if second is None:
        return a
    b = _WORD_DIR.get(second)
    if a in ("north", "south") and b in ("east", "west"):
        return f"{a}-{b}"
    return None


# English: "northern Syria", "north-east Syria", "in the (far) north of Syria", "the eastern countryside of Deir ez-Zor"
# ("north of Aleppo" and "to the north of Aleppo" are beyond Aleppo, not a part of it)
_EN = re.compile(
    r"(?:\b(?P<to>to\s+)?(?P<the>the)\s+)?(?:(?:far|extreme)[- ])?\b(?P<a>north|south|east|west|central|centre|center)"
    r"(?P<ern>ern)?"
    r"(?:[- ]?(?P<b>east|west)(?:ern)?|\s+(?:and|&)\s+(?P<b2>east|west)(?:ern)?)?"
    r"(?:\s+(?P<noun>(?:countryside|parts?|reaches|regions?|areas?|outskirts|provinces?)\s+)?(?P<of>of)(?:\s+the)?)?"
    r"\s+$", re.I)
# French, Spanish, Italian: "le nord-ouest de la Syrie", "el noreste de Siria", "nel nord della Siria", "l'extrême nord
# de la Syrie"
_ROMANCE = re.compile(
    r"\b(?:le|du|au|el|del|al|il|nel|dal|l['’]|nell['’]|dell['’]|all['’]|dall['’])\s*"
    r"(?:(?:extr[êe]me|extremo|estremo)\s+)?"  # ("l'extrême nord-est de la Syrie", "el extremo norte de Siria")
    r"(?P<a>nord|sud|est|ouest|ovest|norte|sur|este|oeste|noreste|nordeste|noroeste|sureste|sudeste|suroeste|sudoeste|"
    r"nordest|nordovest|sudest|sudovest|centre|centro)(?:-(?P<b>est|ouest|ovest))?"
    r"\s+(?:de\s+la|de\s+l['’]|de|du|d['’]|del|della|dell['’]|di)\s*$", re.I)
# German: "im Norden Syriens", "im Nordwesten der Provinz Idlib", "im nördlichen Irak" (not "nördlich Aleppos",
# north of Aleppo)
_DE = re.compile(r"\b(?P<a>Norden|Süden|Osten|Westen|Nordosten|Nordwesten|Südosten|Südwesten|Nordteil|Südteil|Ostteil|"
                 r"Westteil|Zentrum)\s+(?:des\s+|der\s+)?$"
                 r"|\b(?P<c>nördlich|südlich|östlich|westlich|nordöstlich|nordwestlich|südöstlich|südwestlich|zentral)"
                 r"(?:e|en|er|es|em)\s+$", re.I)
# Turkish and Kurmanji before the name: "Kuzey Irak", "bakurê Sûriyê", "bakurê rojhilatê Sûriyê"
_TR_KU = re.compile(r"\b(?P<a>kuzey|güney|doğu|batı|kuzeydoğu|kuzeybatı|güneydoğu|güneybatı)"
                    r"(?:[-‐](?P<b>doğu|batı))?\s+$"
                    r"|\b(?P<c>bakur|başûr|rojhilat|rojava)y?ê?(?:\s+(?:û\s+)?(?P<d>rojhilat|rojava)y?ê)?\s+$", re.I)
# Russian: "на севере Сирии", "северо-запад Ирака", "между северо-востоком Сирии и", "в северной Сирии",
# "северо-восточной Сирии", "в северной части Ирака" (in the northern part of Iraq), "южных районов Сирии" (of the
# southern districts of Syria), "в центре Сирии"
_RU = re.compile(r"(?<![\w-])(?P<a>север|юг|восток|запад|центр)(?:о-(?P<b>восток|запад))?(?:е|а|у|ом)?\s+$"
                 r"|(?<![\w-])(?P<c>(?:север|юг)о-(?:восточн|западн)|северн|южн|восточн|западн|центральн)"
                 r"(?:ая|ой|ую|ом|ый|ого|ому|ые|ых)(?:\s+(?:част(?:и|ь|ью|ях)|район(?:ы|ов|ах|ам|ами)))?\s+$", re.I)
_RU_ADJ = {"северн": "north", "южн": "south", "восточн": "east", "западн": "west", "северо-восточн": "north-east",
           "северо-западн": "north-west", "юго-восточн": "south-east", "юго-западн": "south-west",
           "центральн": "centre"}
# Arabic before the name: "شمال سوريا", "شمالي العراق", "وشمال شرقي سوريا"; the noun with its article before a
# country's adjective: "الشمال السوري" (the Syrian north), "بالجنوب التركي"
_AR_BEFORE = re.compile(r"(?:^|(?<=[\s(«\"]))(?:[وفبل]{1,2}|[وفب]?(?P<art>ال))?(?P<a>شمال|جنوب|شرق|غرب|وسط)ي?"
                        r"(?:\s*(?:ال)?(?P<b>شرق|غرب)ي?|\s+و(?P<b2>شرق|غرب)ي?)?\s+$")
# Sorani Kurdish before the name, with the ezafe: "باکووری عێراق" (the north of Iraq), "باشووری ڕۆژاوای کەرکووک"
# (the south-west of Kirkuk)
_CKB_BEFORE = re.compile(r"(?:^|(?<=[\s(«\"]))(?P<a>باکوور|باشوور|ڕۆژهەڵات|ڕۆژاوا|ناوەڕاست)ی"
                         r"(?:\s+(?P<b>ڕۆژهەڵات|ڕۆژاوا)ی)?\s+$")
# Arabic after the name: "ريف حلب الشمالي", "ريف حلب الشمالي الشرقي"
_AR_AFTER = re.compile(r"^\s+(?:ال)?(?P<a>شمال|جنوب|شرق|غرب)(?:ي|ية)(?:\s+(?:ال)?(?P<b>شرق|غرب)(?:ي|ية))?"
                       r"(?![\u0621-\u064a])")
_AR_NOUN_NEXT = re.compile(r"\s{1,2}[\u0621-\u064a]")
# French, Spanish and Italian adjectives after the name: "l'Iraq settentrionale", "la Syrie orientale",
# "Siria nororiental", "la Syrie du Nord"
_ROMANCE_AFTER = re.compile(
    r"^\s+(?:(?P<a>nord|sud)-?(?P<b>orientale?|occidentale?)|(?P<c>settentrional[ei]?|septentrional[e]?s?|"
    r"meridional[ei]?|méridional[e]?s?|oriental[ei]?|orientale?s?|occidental[ei]?|occidentale?s?|"
    r"nororiental|noroccidental|suroriental|suroccidental|central[ei]?s?)|du\s+(?P<e>Nord|Sud))(?!\w)", re.I)
_ROMANCE_ADJ = {"settentrional": "north", "septentrional": "north", "meridional": "south", "méridional": "south",
                "oriental": "east", "occidental": "west", "nororiental": "north-east", "noroccidental": "north-west",
                "suroriental": "south-east", "suroccidental": "south-west", "orient": "east", "occident": "west",
                "central": "centre"}
# English possessive: "Turkey's south-east", "Syria's north" (the noun: "Syria's northern border" is a border)
_EN_AFTER = re.compile(r"^['’]s\s+(?P<a>north|south|east|west)(?:[- ]?(?P<b>east|west))?(?![\w-])", re.I)
# Turkish after the name: "Suriye'nin kuzeyinde", "Irak'ın kuzeybatısı", "Suriye'nin orta kesiminde" (in the middle
# part of Syria)
_TR_AFTER = re.compile(r"^['’]?n?[ıiuü]n\s+(?:(?P<a>kuzey|güney|doğu|batı|kuzeydoğu|kuzeybatı|güneydoğu|güneybatı)"
                       r"s?[ıiuü]\w*|(?P<c>orta)(?:\s+kesim|s[ıi])\w*)", re.I)
# German: a river's side, "östlich des Euphrat" (beyond a town, "nördlich Aleppos", it is no part)
_DE_SIDE = re.compile(r"\b(?P<c>nördlich|südlich|östlich|westlich)\s+(?:des\s+|der\s+)?$", re.I)
_DE_SIDE_DIR = {"nördlich": "north", "südlich": "south", "östlich": "east", "westlich": "west"}
# German compounds: "Nordsyrien", "Nordostsyrien", "Südosttürkei"
_DE_COMPOUND = re.compile(r"^(?P<a>Nord|Süd|Ost|West)(?P<b>ost|west)?(?=\w)", re.I)

_WINDOW = 48


def _dir_of(m: re.Match) -> tuple[str | None, int]:
    """The direction a match names, and where its words start."""
    g = m.groupdict()
    if g.get("a"):
        a, b = g["a"].lower(), (g.get("b") or g.get("b2") or "").lower()
        if m.re is _ROMANCE_AFTER:  # "nord-orientale"
            a, b = {"nord": "north", "sud": "south"}[a], "east" if b.startswith("orient") else "west"
        return _combine(a, b or None), m.start("art") if g.get("art") else m.start("a")
    if g.get("c"):
        c = g["c"].lower()
        if m.re is _ROMANCE_AFTER:
            c = _ROMANCE_ADJ.get(re.sub(r"(?:[ei]|es|s)$", "", c), c)
        return _combine(_RU_ADJ.get(c, c), (g.get("d") or "").lower() or None), m.start("c")
    if g.get("e"):
        return _combine(g["e"].lower(), None), m.start("e")
    return None, -1


def direction_before(before: str, side: bool = False) -> tuple[str, int] | None:
    """The direction said just before a name, and how many characters back its words start.

    ``before`` is the text that precedes the name. ``None`` when no part is meant ("north of Aleppo" and "to the
    north of Aleppo" lie beyond Aleppo; "in the north of Syria" is in it). ``side``: the name is a river's, whose
    "beyond" is its side ("east of the Euphrates", "östlich des Euphrat": the land on that bank).

    >>> direction_before("an offensive east of the "), direction_before("an offensive east of the ", side=True)
    (None, ('east', 12))
    """
    tail = before[-_WINDOW:]
    if side and (m := _DE_SIDE.search(tail)) is not None:
        return _combine(_DE_SIDE_DIR[m.group("c").lower()], None), len(tail) - m.start("c")
    for rx in (_EN, _ROMANCE, _DE, _TR_KU, _RU, _AR_BEFORE, _CKB_BEFORE):
        m = rx.search(tail)
        if m is None:
            continue
        if rx is _EN and m.group("of") and (not m.group("the") or m.group("to")) and not m.group("noun") \
                and not side:
            return None
        d, at = _dir_of(m)
        return (d, len(tail) - at) if d is not None else None
    return None


def direction_after(after: str, beyond: str = "") -> tuple[str, int] | None:
    """The direction said just after a name (Arabic "… الشمالي", Turkish "…'nin kuzeyinde"), and how many
    characters it takes (``beyond``: the text after ``after``, where the next name starts)."""
    head = after[:_WINDOW]
    for rx in (_AR_AFTER, _TR_AFTER, _ROMANCE_AFTER, _EN_AFTER):
        m = rx.match(head)
        if m is not None and rx is _AR_AFTER and head[m.start("a") - 2:m.start("a")] != "ال" \
                and _AR_NOUN_NEXT.match(after[m.end():m.end() + 3] + beyond[:1]) is not None:
            # (without its article the word is no adjective of the name but "east of" the noun after it: "الفرات
            # شرقي المدينة" is the Euphrates east of the city, not the eastern Euphrates)
            continue
        if m is not None:
            d = _dir_of(m)[0]
            if d is not None:
                return d, m.end()
    return None


def direction_inside(surface: str, name: str) -> str | None:
    """The direction a mention's own words give before its name: "northern Homs province", "rural northern Homs",
    German "Nordsyrien" (``name``: the name's own words within ``surface``)."""
    k = surface.find(name) if name else -1
    if k > 0:
        d = direction_before(surface[:k])
        return d[0] if d is not None else None
    m = _DE_COMPOUND.match(surface)
    if m and surface[m.end():m.end() + 1].islower():
        a = {"nord": "north", "süd": "south", "ost": "east", "west": "west"}[m.group("a").lower()]
        b = {"ost": "east", "west": "west"}.get((m.group("b") or "").lower())
        return _combine(a, b)
    return None


_LEAD_WORDS = re.compile(r"(?:(?:the|rural|rif|reef|in)\s+)*", re.I)


def phrase_direction(name: str) -> str | None:
    """The direction in a place phrase given to :meth:`~gazetteer.Gazetteer.resolve`: "northern Hama
    countryside", "the north-east of Syria", "ريف حلب الشمالي", "le nord de la Syrie".

    >>> phrase_direction("ريف حلب الشمالي"), phrase_direction("the north-east of Syria")
    ('north', 'north-east')
    >>> phrase_direction("Hama province") is None
    True
    """
    s = " ".join(name.split())
    for k, ch in enumerate(s):
        if ch != " ":
            continue
        # the direction's words before the name, after "the" or "rural" only ("north of Aleppo" is beyond it)
        hit = None if s.startswith("of ", k + 1) else direction_before(s[:k + 1])
        if hit is not None and _LEAD_WORDS.fullmatch(s, 0, k + 1 - hit[1]):
            return hit[0]
        hit = direction_after(s[k:])  # or after it, ending the phrase
        if hit is not None and k + hit[1] == len(s):
            return hit[0]
    return None


def may_have_parts(place) -> bool:
    """Whether the shipped data may hold compass parts of ``place``: Syria, Iraq, Turkey, their first-level
    divisions and Syria's districts (a quick test that reads no data)."""
    return place.kind in ("country", "admin1", "admin2") and place.country in ("SY", "IQ", "TR") \
        and place.source != "user"


def split_part_id(place_id: str) -> tuple[str, str | None]:
    """``("wof:85678363", "north")`` for ``"wof:85678363#north"``; ``(place_id, None)`` for a whole place."""
    base, sep, direction = place_id.partition("#")
    if sep and direction in DIRECTIONS:
        return base, direction
    return place_id, None


_BARE_DIRECTION = re.compile(r"(?:north|south|east|west)(?:ern)?(?:[- ]?(?:east|west)(?:ern)?)?\s+", re.I)
#: A city of this many people is split east and west in reporting: "eastern Aleppo" (the city's besieged east in
#: 2016), "western Baghdad" are halves of the city, where "northern Aleppo" is the governorate's north (Azaz)
CITY_HALVES_POPULATION = 1_000_000


def city_half(gz, area, direction: str, name: str | None = None):
    """The city an area is named after, where "eastern"/"western" + the name means that half of the city
    (``None`` elsewhere, and where ``name``, the words the text wrote, is not the city's name: "the western
    Damascus countryside" is Rif Dimashq's west, though no division's word stands outside its name)."""
    if direction not in ("east", "west"):
        return None
    seat = gz.seat(area)
    if seat is None or seat[1] < CITY_HALVES_POPULATION:
        return None
    city = None
    if name is not None and gz._by_id is None:
        # (the city among the places the written name denotes, found without the index of every id that a look-up
        # by id builds on first use; once built, as for a user's places, the look-up by id is the quicker)
        row = next((r for r in gz._rows_for_key(fold(name)) if gz._row(r)[0] == seat[0]), None)
        if row is not None:
            city = gz.place(row)
    if city is None:
        city = gz.get(seat[0])
    if name is not None and city is not None:
        if fold(name) not in {fold(n) for n in (city.name, *city.alt_names)}:
            return None
    return city


def named_part(gz, area, direction: str):
    """The place the data names for a direction's part of a region it holds no parts of: "Northern Kurdistan"
    (Turkish Kurdistan) for "bakurê Kurdistanê", "Eastern Ghouta" for "the eastern Ghouta" (``None`` where the
    data has no such name)."""
    for c in gz.resolve(f"{ADJECTIVES[direction]} {area.name}", limit=1, fuzzy=False):
        if c.match == "exact" and c.place.id != area.id:
            return c.place
    return None


def _elsewhere(gz, river, after, end: int) -> bool:
    """Whether the mention ``after``, which follows a river's ending at ``end``, names a place close after it (not a
    country, a region or a demonym) in another country than the river's own (as the data records it)."""
    p = after.place
    return p is not None and after.start - end <= 60 and after.kind == "place" and p.kind not in ("country", "region") \
        and p.country != gz.get(river.id).country


# a city's countryside in a direction, before the city's name: "the eastern countryside of Homs", "la campagne est
# d'Alep", "la campagna sud-orientale di Deir ez-Zor", "la campiña occidental de Daraa", "el campo oriental de Homs"
_COUNTRYSIDE = re.compile(
    r"(?:\b(?P<a>north|south|east|west)(?:ern)?(?:[- ]?(?P<b>east|west)(?:ern)?)?\s+countryside\s+of(?:\s+the)?"
    r"|\b(?:campagne|campagna|campiña|campo)\s+(?P<r>[^\W\d_]+(?:-[^\W\d_]+)?)\s+"
    r"(?:de\s+la|de\s+l['’]|de|d['’]|du|del|della|dell['’]|di))\s*$", re.I)
_ROMANCE_SIDE = {"nord": "north", "norte": "north", "sud": "south", "sur": "south", "est": "east", "este": "east",
                 "ouest": "west", "ovest": "west", "oeste": "west", "orient": "east", "occident": "west",
                 "settentrional": "north", "septentrional": "north", "meridional": "south", "méridional": "south"}


def _romance_side(word: str) -> str | None:
    """The direction a French, Italian or Spanish word or adjective names: "est", "orientale", "sud-orientale",
    "noroeste", "nororiental"."""
    w = word.lower()
    if w in _COMPOUND:
        return _COMPOUND[w]
    parts = w.split("-")
    if len(parts) == 1 and w.startswith(("noro", "suro")) and len(w) > 6:
        parts = ["sur" if w.startswith("sur") else "nord", w[3:]]  # "nororiental", "suroccidental"
    # (the adjective's endings off: "orientale", "occidentales", "meridionali")
    dirs = [next((_ROMANCE_SIDE[y] for y in (x, x[:-1], x[:-2], x[:-3], x[:-4]) if y in _ROMANCE_SIDE), None)
            for x in parts]
    if len(dirs) == 1:
        return dirs[0]
    return _combine(*dirs) if len(dirs) == 2 and all(dirs) else None


def countryside_before(before: str) -> tuple[str, int] | None:
    """The direction of a city's countryside said just before its name, and how many characters back its words
    start ("the eastern countryside of ", "la campagne est de ").

    >>> countryside_before("jets struck the eastern countryside of ")
    ('east', 23)
    >>> countryside_before("colpito la campagna sud-orientale di ")
    ('south-east', 26)
    """
    tail = before[-_WINDOW:]
    m = _COUNTRYSIDE.search(tail)
    if m is None:
        return None
    if m.group("a"):
        d = _combine(m.group("a").lower(), (m.group("b") or "").lower() or None)
    else:
        d = _romance_side(m.group("r"))
    return (d, len(tail) - m.start()) if d is not None else None


def _seated_area(gz, city, written: str):
    """The governorate (else the district) the city seats, of the name written."""
    for c in gz.resolve(written, country=city.country, limit=4, kinds=("admin1", "admin2"), fuzzy=False):
        seat = gz.seat(c.place)
        if seat is not None and seat[0] == city.id:
            return c.place
    return None


def _riverside(text: str, mentions: list, k: int, km: float = 15.0) -> bool:
    """Whether the sentence of the river named by ``mentions[k]``, which the geoparser placed on its course by the
    places of its text, names a town or site within ``km`` of that point."""
    from .resolve import haversine_km  # (resolve imports this module; only a river's mention asks)

    river = mentions[k].place
    for j, o in enumerate(mentions):
        if j == k or o.place is None or o.place.kind not in ("locality", "site"):
            continue
        a, b = sorted((o.start, mentions[k].start))
        if any(ch in text[a:b] for ch in ".!?\n") or a < b - 300:
            continue
        if haversine_km(river.lon, river.lat, o.place.lon, o.place.lat) <= km:
            return True
    return False


def _has_named_parts(gz, area) -> bool:
    """Whether the data names a compass part of ``area`` ("Northern Israel"), found once per area."""
    r = gz._named_parts.get(area.id)
    if r is None:
        # (a look at the keys first: most areas have no such name)
        r = gz._named_parts[area.id] = any(
            gz._rows_for_key(fold(f"{ADJECTIVES[d]} {area.name}")) and named_part(gz, area, d) is not None
            for d in DIRECTIONS)
    return r


def with_parts(gz, text: str, mentions: list) -> list:
    """``mentions`` of ``text`` with each area that a direction qualifies replaced by that part of it.

    The mention's span grows to take the direction's words in ("northern Syria", "ريف حلب الشمالي"); its
    ``name_start``/``name_end`` keep the name's own words.
    """
    out = []
    for k, m in enumerate(mentions):
        p = m.place
        # (demonyms too: "the north-eastern Syrian city of Qamishli"; and regions named as such, where the data
        # names their part: not "the northern Kurdish village of Ranya", in Iraq)
        parts_ok = p is not None and may_have_parts(p)
        if p is not None and p.kind == "locality" and m.kind == "place" and p.country in ("SY", "IQ", "TR"):
            # "the eastern countryside of Homs", "la campagne est d'Alep", "la campagna orientale di Homs": that part
            # of the governorate the city seats
            floor = out[-1].end if out else 0
            hit = countryside_before(text[max(floor, m.start - _WINDOW):m.start])
            area = _seated_area(gz, p, text[m.start:m.end]) if hit is not None else None
            part = gz.part(area, hit[0]) if area is not None else None
            if part is not None:
                start = m.start - hit[1]
                ns, ne = (m.name_start, m.name_end) if m.name_start >= 0 else (m.start, m.end)
                out.append(dataclasses.replace(m, start=start, surface=text[start:m.end], place=part,
                                               name_start=ns, name_end=ne))
                continue
        # (and a country abroad, where the data names a part of it: "northern Israel", "le sud du Liban")
        if p is None or not (parts_ok or (m.kind == "place" and (
                p.kind == "region" or (p.kind == "country" and _has_named_parts(gz, p))))):
            out.append(m)
            continue
        river = not parts_ok and gz.course(p.id) is not None
        if river and ((k + 1 < len(mentions) and _elsewhere(gz, p, mentions[k + 1], m.end))
                      or _riverside(text, mentions, k)):
            # a river with a town of another country just after it, or with a town on its bank in its sentence: its
            # bank there, no side the data names ("villages east of the Euphrates near al-Qaim", in Iraq; "Baghuz,
            # the last pocket east of the Euphrates")
            out.append(m)
            continue
        ns, ne = (m.name_start, m.name_end) if m.name_start >= 0 else (m.start, m.end)
        start, end = m.start, m.end
        direction = direction_inside(m.surface, text[ns:ne])
        if direction is None:
            floor = out[-1].end if out else 0
            # (a river's "beyond" is its side: "east of the Euphrates" is the land on that bank, where the data
            # names it)
            hit = direction_before(text[max(floor, start - _WINDOW):start], side=river)
            if hit is not None:
                direction, start = hit[0], start - hit[1]
            else:
                ceiling = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
                hit = direction_after(text[end:ceiling], text[ceiling:ceiling + 2])
                if hit is not None:
                    direction, end = hit[0], end + hit[1]
        if not direction:
            part = None
        elif parts_ok:
            part = gz.part(p, direction)
        elif direction != "centre":  # (a region's centre is no part of it the data names: "Central Anatolia" is
            part = named_part(gz, p, direction)  # found as the name it is)
        else:
            part = None
        if parts_ok and part is not None and ne == end and _BARE_DIRECTION.fullmatch(text, start, ns):
            # "eastern Aleppo" with no word of a division: the city's half ("the eastern Aleppo countryside" stays
            # the governorate's part)
            part = city_half(gz, p, direction, text[ns:ne]) or part
        if part is None:
            out.append(m)
            continue
        kind = m.kind
        if kind == "demonym" and _AR_NOUN.match(text, start, ns):
            kind = "place"  # "الشمال السوري", the Syrian north: a place, the adjective only names its country
        out.append(dataclasses.replace(m, start=start, end=end, surface=text[start:end], place=part,
                                       name_start=ns, name_end=ne, kind=kind))
    return out


_AR_NOUN = re.compile(r"ال(?:شمال|جنوب|شرق|غرب|وسط)")
