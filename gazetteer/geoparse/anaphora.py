"""A part of "the province" or "the country" named before: "the north of the province", "le sud de la province",
"ريف المحافظة الشمالي", "the north of the country", "شمال البلاد"; and "the military airport" of the town named before.

Reports name a governorate once, then its parts by the bare noun. Such a phrase reads as that part of the
governorate the text named last before it (else the governorate of the last town of Syria, Iraq or Turkey it named),
where the data outlines it. "The country" is the country of the town named just before it in its sentence, else the
country the text names most before it.
"""

from __future__ import annotations

import re

from ..parts import named_part, split_part_id
from .mention import Mention

#: compass words of each language, by the part's name in the data
_EN = {"north": "north", "south": "south", "east": "east", "west": "west", "northeast": "north-east",
       "northwest": "north-west", "southeast": "south-east", "southwest": "south-west"}
_FR = {"nord": "north", "sud": "south", "est": "east", "ouest": "west", "nordest": "north-east",
       "nordouest": "north-west", "sudest": "south-east", "sudouest": "south-west"}
_ES = {"norte": "north", "sur": "south", "este": "east", "oeste": "west", "noreste": "north-east",
       "noroeste": "north-west", "sureste": "south-east", "sudeste": "south-east", "suroeste": "south-west",
       "sudoeste": "south-west"}
_IT = {"nord": "north", "sud": "south", "est": "east", "ovest": "west", "nordest": "north-east",
       "nordovest": "north-west", "sudest": "south-east", "sudovest": "south-west", "settentrionale": "north",
       "meridionale": "south", "orientale": "east", "occidentale": "west"}
_DE = {"norden": "north", "süden": "south", "osten": "east", "westen": "west", "nordosten": "north-east",
       "nordwesten": "north-west", "südosten": "south-east", "südwesten": "south-west"}
_AR = {"شمال": "north", "جنوب": "south", "شرق": "east", "غرب": "west", "الشمالي": "north", "الجنوبي": "south",
       "الشرقي": "east", "الغربي": "west"}


def _alt(words) -> str:
    return "|".join(sorted({w for w in words}, key=len, reverse=True))


#: where an Arabic phrase may open: after a space, or after a proclitic ("وجنوب", "بريف")
_AR_START = r"(?:(?<!\w)|(?<=(?<!\w)[وبلف]))"
_COMPASS_EN = r"(?:north|south)[- ]?(?:east|west)|north|south|east|west"
_PHRASES = [  # (the words each needs, found by a plain search first; the expression; its compass words)
    # "the north of the province", "the south-east of the governorate", "the northern part of the province" (not
    # "the north of the province of Idlib", which names it)
    ((" of the province", " of the governorate"),
     re.compile(r"\b(?:the\s+)?(" + _COMPASS_EN + r")(?:ern)?\s+(?:parts?\s+)?of\s+the\s+(?:province|governorate)\b"
                r"(?!\s+of\b|\s+[A-Z])", re.I), _EN),
    # "the province's north"
    (("province's", "province’s", "governorate's", "governorate’s"),
     re.compile(r"\bthe\s+(?:province|governorate)['’]s\s+(" + _COMPASS_EN + r")(?:ern)?\b(?!\s+[A-Z])", re.I), _EN),
    ((" de la province",),
     re.compile(r"\b((?:nord|sud)(?:-(?:est|ouest))?|est|ouest)\s+de\s+la\s+province\b(?!\s+d)", re.I), _FR),
    ((" de la provincia",),
     re.compile(r"\b((?:nor|sur|sud)(?:este|oeste)|norte|sur|este|oeste)\s+de\s+la\s+provincia\b(?!\s+de\b)", re.I),
     _ES),
    ((" della provincia",),
     re.compile(r"\b((?:nord|sud)(?:-(?:est|ovest))?|est|ovest)\s+della\s+provincia\b(?!\s+di\b)", re.I), _IT),
    ((" della provincia",),
     re.compile(r"\bcampagna\s+(" + _alt(k for k in _IT if len(k) > 6) + r")\s+della\s+provincia\b(?!\s+di\b)",
                re.I), _IT),
    # (German capitalises the compass nouns, and a name would follow the province's noun)
    ((" der Provinz",),
     re.compile(r"\b(" + _alt(w.capitalize() for w in _DE) + r")s?\s+der\s+Provinz\b(?!\s+[A-ZÄÖÜ])"), _DE),
    # "شمال المحافظة", "وجنوب غرب المحافظة"; "ريف المحافظة الشمالي الغربي" (after a proclitic "and", "in", "to")
    (("المحافظة",),
     re.compile(_AR_START + r"(شمال|جنوب|شرق|غرب)(?:\s+(شرق|غرب|شرقي|غربي))?\s+المحافظة(?!\w)"), _AR),
    (("ريف المحافظة",),
     re.compile(_AR_START + r"ريف\s+المحافظة\s+(الشمالي|الجنوبي|الشرقي|الغربي)(?:\s+(الشرقي|الغربي))?(?!\w)"), _AR),
]
#: a quick test before the expressions (each also needs its own words): most texts name no bare province
_ANY = ("rovin", "overnorate", "المحافظة", "PROVIN")
_TR = {"kuzey": "north", "güney": "south", "doğu": "east", "batı": "west"}
_COUNTRY_PHRASES = [  # the same for "the country"
    ((" of the country",),
     re.compile(r"\b(?:the\s+)?(" + _COMPASS_EN + r")(?:ern)?\s+(?:parts?\s+)?of\s+the\s+country\b", re.I), _EN),
    (("country's", "country’s"),
     re.compile(r"\bthe\s+country['’]s\s+(" + _COMPASS_EN + r")(?:ern)?\b(?!\s+[A-Z])", re.I), _EN),
    ((" du pays",), re.compile(r"\b((?:nord|sud)(?:-(?:est|ouest))?|est|ouest)\s+du\s+pays\b", re.I), _FR),
    ((" del país",),
     re.compile(r"\b((?:nor|sur|sud)(?:este|oeste)|norte|sur|este|oeste)\s+del\s+país\b", re.I), _ES),
    ((" del paese",), re.compile(r"\b((?:nord|sud)(?:-(?:est|ovest))?|est|ovest)\s+del\s+paese\b", re.I), _IT),
    ((" des Landes",), re.compile(r"\b(" + _alt(w.capitalize() for w in _DE) + r")s?\s+des\s+Landes\b"), _DE),
    (("البلاد",), re.compile(_AR_START + r"(شمال|جنوب|شرق|غرب)(?:\s+(شرق|غرب|شرقي|غربي))?\s+البلاد(?!\w)"), _AR),
    (("ülkenin", "Ülkenin"),
     re.compile(r"\b[üÜ]lkenin\s+(kuzey|güney)?(doğu|batı)?(?:s?[ıi]n?[dt]e(?:ki)?|s?[ıi]|s?[ıi]ne|s?[ıi]nden)\b"), None),
]
_ANY_COUNTRY = ("country", " pays", "país", "paese", "Landes", "البلاد", "lkenin")
#: the same for "the countryside" of the town named before: "the southern countryside", "الريف الغربي", "ريفها
#: الغربي" (its western countryside), read as that part of the district or governorate the town is the seat of
_TOWN_PHRASES = [
    (("countryside",),
     re.compile(r"(?<=\bthe )((?:north|south)[- ]?(?:east|west)|north|south|east|west)ern\s+countryside\b"
                r"(?!\s+(?:of|around|near)\b)", re.I), _EN),
    (("الريف", "ريفها", "ريفه"),
     re.compile(_AR_START + r"(?:الريف|ريفها|ريفه)\s+(الشمالي|الجنوبي|الشرقي|الغربي)(?:\s+(الشرقي|الغربي))?(?!\w)"
                r"(?!\s*ل)"),  # (not "الريف الشرقي لدير الزور", which names its province)
     _AR),
]
_ANY_TOWN = ("countryside", "الريف", "ريفه")


def _direction(m: re.Match, words: dict) -> str | None:
    first = words.get(m.group(1).lower().replace("-", "").replace(" ", ""))
    if first is None:
        return None
    second = m.group(2) if m.re.groups > 1 else None
    if second:
        other = words.get(second.removesuffix("ي")) or words.get(second)
        if first in ("north", "south") and other in ("east", "west"):
            return f"{first}-{other}"
        return None
    return first


def _province_before(gz, mentions: list, start: int):
    """The governorate the text named last before ``start``, else that of the last town of Syria, Iraq or Turkey."""
    for m in reversed(mentions):
        if m.end > start or m.place is None or m.kind != "place":
            continue
        base_id, _ = split_part_id(m.place.id)
        try:
            p = m.place if base_id == m.place.id else gz.get(base_id)
        except LookupError:
            continue
        if p.kind == "admin1":
            return p
        if p.kind in ("locality", "admin2", "site") and p.country in ("SY", "IQ", "TR") and p.admin1:
            for c in gz.resolve(p.admin1, country=p.country, limit=2, kinds=("admin1",), fuzzy=False):
                return c.place
            return None
    return None


def _country_before(gz, text: str, mentions: list, start: int):
    """The country of the town named last before ``start`` in its sentence ("Mosul, in the north of the country",
    in a text that names Syria as Iraq's neighbour); else the country the text names most before ``start`` by its
    name, the last of them on a tie; else by its people's ("the Syrian army")."""
    for m in reversed(mentions):
        if m.end > start or m.place is None:
            continue
        if any(ch in text[m.end:start] for ch in ".!?\n"):
            break
        if m.kind == "place" and m.place.kind in ("locality", "site", "admin2") and m.place.country:
            return gz.geoparser()._country(m.place.country)
    named: dict[str, list] = {}  # id -> [count, last position, place]
    people: dict[str, list] = {}
    for k, m in enumerate(mentions):
        if m.end > start or m.place is None or m.place.kind != "country" or m.kind not in ("place", "demonym"):
            continue
        base_id, _ = split_part_id(m.place.id)
        seen = (named if m.kind == "place" else people).setdefault(base_id, [0, 0, m.place])
        seen[0] += 1
        seen[1] = k
    best = max((named or people).values(), key=lambda x: (x[0], x[1]), default=None)
    if best is None:
        return None
    base_id, _ = split_part_id(best[2].id)
    return best[2] if base_id == best[2].id else gz.get(base_id)


def _seat_areas(gz) -> dict[str, str]:
    """The id of the district (else the governorate) with compass parts that each town is the seat of."""
    cached = _SEATS.get(id(gz))
    if cached is not None:
        return cached
    gz.has_parts(gz.get("wof:85632413"))  # (loads the parts' file)
    seats: dict[str, str] = {}
    for area_id, d in (gz._parts or {}).items():
        if d.get("seat"):
            kind = gz.get(area_id).kind
            if kind == "admin2" or (kind == "admin1" and d["seat"] not in seats):
                seats[d["seat"]] = area_id
    _SEATS[id(gz)] = seats
    return seats


_SEATS: dict[int, dict[str, str]] = {}


def _town_area_before(gz, mentions: list, start: int):
    """The area whose countryside "the southern countryside" is: the district or governorate the place named last
    before ``start`` is the seat of, or that area itself (none if that place is neither)."""
    for m in reversed(mentions):
        if m.end > start or m.place is None or m.kind != "place":
            continue
        base_id, _ = split_part_id(m.place.id)
        p = m.place if base_id == m.place.id else gz.get(base_id)
        if p.kind in ("admin1", "admin2") and gz.has_parts(p):
            return p
        if p.kind != "locality" or p.country not in ("SY", "IQ", "TR"):
            return None
        area = _seat_areas(gz).get(p.id)
        return gz.get(area) if area is not None else None
    return None


def _tr_direction(m: re.Match) -> str | None:
    a, b = _TR.get(m.group(1) or ""), _TR.get(m.group(2) or "")
    if a and b:
        return f"{a}-{b}"
    return a or b


def province_parts(gz, text: str, mentions: list) -> list:
    """``mentions`` with a mention added for each part of "the province", "the country" or a town's countryside the
    text names by the bare noun."""
    groups = (
        # (the phrases, a quick test of the text, the area a phrase at a position is part of, its part)
        (_TOWN_PHRASES, _ANY_TOWN, lambda at: _town_area_before(gz, mentions, at), gz.part),
        (_COUNTRY_PHRASES, _ANY_COUNTRY, lambda at: _country_before(gz, text, mentions, at),
         lambda area, d: gz.part(area, d) or named_part(gz, area, d)),
        (_PHRASES, _ANY, lambda at: _province_before(gz, mentions, at), gz.part),
    )
    found = []
    for phrases, quick, area_at, part_of in groups:
        if not any(w in text for w in quick):
            continue
        for literals, rx, words in phrases:
            if not any(w in text for w in literals):
                continue
            for m in rx.finditer(text):
                if any(o.start < m.end() and m.start() < o.end for o in mentions):
                    continue
                direction = _direction(m, words) if words is not None else _tr_direction(m)
                area = area_at(m.start()) if direction else None
                part = part_of(area, direction) if area is not None else None
                if part is not None:
                    found.append(Mention(start=m.start(), end=m.end(), surface=m.group(0), place=part,
                                         confidence=0.6))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda x: x.start)


#: "the military airport" (of the town the text is about), in each language; not where a name follows ("the military
#: airport of Hama", "военного аэродрома Кувейрис", read as names; "مطار حماة العسكري" is one)
_AIRPORT_PHRASES = [
    (("military air",),
     re.compile(r"\b[Tt]he\s+military\s+(?:airport|air\s?base|airfield)\b(?!\s+(?:of|in|at|near|outside)\b|\s+[A-Z])")),
    (("militaire",), re.compile(r"\b[lL]['’]a[ée]roport\s+militaire\b(?!\s+(?:de|d['’]|du|près)\b|\s+[A-Z])")),
    (("Militärflughafen",),
     re.compile(r"\b(?:der|dem|den|des)\s+Militärflughafens?\b(?!\s+(?:von|bei|in|nahe)\b|\s+[A-Z])")),
    (("askeri hava",), re.compile(r"\baskeri\s+hava(?:alan|liman)\w*", re.I)),
    (("العسكري",), re.compile(_AR_START + r"المطار\s+العسكري(?!\s+(?:في|قرب|بالقرب)\b)")),
    (("военн",), re.compile(r"\bвоенн(?:ый|ого|ом|ому)\s+аэродром\w*+(?!\s+[А-ЯЁA-Z«\"])")),
]
#: how far a town's military airport may lie from the place the text named last before the phrase (Deir ez-Zor's is
#: 6 km from the city, Hama's 4 km; Kuweires, 30 km from Aleppo, is no "military airport" of Aleppo's)
_AIRPORT_REACH_KM = 20.0
#: words of a military airport's names (an international airport is one where it has a military name in Arabic too:
#: Aleppo's, "مطار النيرب العسكري")
_MILITARY_WORDS = ("air base", "airbase", "military", "airfield", "air field")


def town_airports(gz, text: str, mentions: list) -> list:
    """``mentions`` with a mention added for each bare "the military airport" the text writes, read as the military
    airport or air base within 20 km of the place of Syria, Iraq or Turkey named last before it."""
    from ..resolve import facilities_near

    found = []
    for literals, rx in _AIRPORT_PHRASES:
        if not any(w in text for w in literals):
            continue
        for m in rx.finditer(text):
            if any(o.start < m.end() and m.start() < o.end for o in mentions):
                continue
            before = next((o for o in reversed(mentions) if o.end <= m.start() and o.place is not None
                           and o.kind == "place" and o.place.kind in ("locality", "site")
                           and o.place.country in ("SY", "IQ", "TR")), None)
            if before is None:
                continue
            for _d, i in facilities_near(gz, before.place, _AIRPORT_REACH_KM):
                site = gz.place(i)
                if any(w in site.name.lower() for w in _MILITARY_WORDS) or any("العسكري" in a for a in site.alt_names):
                    found.append(Mention(start=m.start(), end=m.end(), surface=m.group(0), place=site,
                                         confidence=0.6))
                    break
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda x: x.start)


#: a demonym's or a country's embassy: "the Russian embassy", "Russia's embassy" (read where the text names the city
#: it stands in); and "the embassy of Russia in Damascus", the country's name between the noun and the city
_EMBASSY_AFTER = re.compile(r"(?:'s)? [Ee]mbassy\b")
_EMBASSY_BEFORE = re.compile(r"\b[Ee]mbassy of (?:the )?$")
_EMBASSY_IN = re.compile(r" in (?:the )?$")


def _embassy(gz, m, city: str):
    """The curated embassy of ``m``'s country (a demonym or the country's name) in ``city``, or None."""
    for query in (f"{m.surface} embassy in {city}", f"Embassy of {m.place.name} in {city}"):
        got = gz.resolve(query, kinds=("site",), fuzzy=False, limit=1)
        if got and got[0].match == "exact" and got[0].place.source == "curated":
            return got[0].place
    return None


def demonym_embassies(gz, text: str, mentions: list) -> list:
    """``mentions`` with a demonym or a country before "embassy" read as the embassy a curated entry places in a city
    the text names: "the Russian embassy", in a report from Damascus, is the Russian embassy in Damascus (the phrase
    with its city is a name the data holds already); "the embassy of Russia in Damascus" is that embassy too."""
    if "mbassy" not in text:
        return mentions
    cities = list(dict.fromkeys(o.place.name for o in mentions if o.place is not None and o.kind == "place"
                                and o.place.kind in ("locality", "admin1")))
    out = list(mentions)
    drop = set()
    for k, m in enumerate(mentions):
        if m.place is None or not (m.kind == "demonym" or m.place.kind == "country"):
            continue
        after = _EMBASSY_AFTER.match(text, m.end)
        if after is not None:
            for city in cities:
                site = _embassy(gz, m, city)
                if site is not None:
                    end = after.end()
                    nxt = mentions[k + 1] if k + 1 < len(mentions) else None
                    if (nxt is not None and nxt.place is not None and nxt.place.name == city
                            and _EMBASSY_IN.fullmatch(text, end, nxt.start) is not None):
                        end = nxt.end  # "Russia's embassy in Damascus", one name as the data holds it
                        drop.add(k + 1)
                    out[k] = Mention(start=m.start, end=end, surface=text[m.start:end], place=site, kind="place",
                                     confidence=0.8, name_start=m.start, name_end=end)
                    break
            continue
        before = _EMBASSY_BEFORE.search(text, max(0, m.start - 20), m.start)
        if before is None or m.kind != "place" or k + 1 >= len(mentions):
            continue
        nxt = mentions[k + 1]
        if nxt.place is None or nxt.kind != "place" or _EMBASSY_IN.fullmatch(text, m.end, nxt.start) is None:
            continue
        site = _embassy(gz, m, nxt.place.name)
        if site is not None:
            start = before.start()
            out[k] = Mention(start=start, end=nxt.end, surface=text[start:nxt.end], place=site, kind="place",
                             confidence=0.8, name_start=start, name_end=nxt.end)
            drop.add(k + 1)
    return [m for k, m in enumerate(out) if k not in drop]


#: "the Gulf" alone, as reporting on the Middle East names the Persian Gulf ("tankers left the Gulf"), not the Gulf
#: of Mexico, a war, a council, a coast or a company ("the Gulf War", "the Gulf Cooperation Council", "Gulf Air")
_THE_GULF = re.compile(r"\b[Tt]he Gulf\b(?![ -]+(?:of\b|[A-Z]|war\b|coast\b|crisis\b|stream\b))")
#: the countries whose naming makes a text one about the Middle East
_GULF_NEIGHBOURS = frozenset("IQ IR KW SA QA AE BH OM YE SY JO LB IL PS EG".split())


def the_gulf(gz, text: str, mentions: list) -> list:
    """``mentions`` with "the Gulf" read as the Persian Gulf, in a text that names a place of the Middle East."""
    if "Gulf" not in text or not any(m.place is not None and m.place.country in _GULF_NEIGHBOURS for m in mentions):
        return mentions
    got = gz.resolve("Persian Gulf", kinds=("region",), fuzzy=False, limit=1)
    if not got or got[0].place.source != "curated":
        return mentions
    found = []
    for g in _THE_GULF.finditer(text):
        s, e = g.start() + 4, g.end()
        if any(m.start < e and s < m.end for m in mentions):
            continue  # (part of a longer name the text gives: "the Gulf of Aden")
        found.append(Mention(start=s, end=e, surface=text[s:e], place=got[0].place, kind="place",
                             confidence=0.7, name_start=s, name_end=e))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda x: x.start)
