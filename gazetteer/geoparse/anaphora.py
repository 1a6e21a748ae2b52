"""A part of "the province" named before: "the north of the province", "le sud de la province", "ريف المحافظة الشمالي".

Reports name a governorate once, then its parts by the bare noun. Such a phrase reads as that part of the
governorate the text named last before it (else the governorate of the last town of Syria, Iraq or Turkey it named),
where the data outlines it.
"""

from __future__ import annotations

import re

from ..parts import split_part_id
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


def province_parts(gz, text: str, mentions: list) -> list:
    """``mentions`` with a mention added for each part of "the province" the text names by the bare noun."""
    if not any(w in text for w in _ANY):
        return mentions
    found = []
    for literals, rx, words in _PHRASES:
        if not any(w in text for w in literals):
            continue
        for m in rx.finditer(text):
            if any(o.start < m.end() and m.start() < o.end for o in mentions):
                continue
            direction = _direction(m, words)
            area = _province_before(gz, mentions, m.start()) if direction else None
            part = gz.part(area, direction) if area is not None else None
            if part is not None:
                found.append(Mention(start=m.start(), end=m.end(), surface=m.group(0), place=part,
                                     confidence=0.6))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda x: x.start)
