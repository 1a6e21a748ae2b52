"""Russian-language text, read through a Latin rendering of it.

The Russian defence ministry's briefings, the primary source of "Russian-stated targets", name places
in Russian: *в районе населенных пунктов Латамна и Кафр-Нубуда провинции Хама*. :func:`to_latin`
renders such a text word by word into Latin text the geoparser reads as it reads English reporting,
and keeps, for every piece of the rendering, the span of the Russian text it came from, so that
mentions are reported at their offsets in the text as given:

* a place name is put back in its dictionary form (*Идлибе*, *Пальмиры*, *Латакии* → *Идлиб*,
  *Пальмира*, *Латакия*) and replaced by the English name of the place that bears it in the
  gazetteer's Russian names (GeoNames' Cyrillic names of cities, iso-codes' Russian country names);
  otherwise it is transliterated the way Russian renders Arabic names (*Хан-Шейхун* → *Khan
  Sheykhun*; *х* is both *kh* and *h*, *г* both *g* and *gh*: the spelling the gazetteer knows wins);
* words that tell what a name is become their English equivalents, in English word order
  (*провинции Хама* → *Hama province*, *авиабаза Хмеймим* → *Hmeymim air base*, *в районе* → *near*);
* adjectives of nationality become demonyms (*сирийских* → *Syrian*); other words are transliterated
  in lower case, so that they are read as ordinary words.

Examples
--------
>>> latin, pieces = to_latin("Удары по Идлибу", names={"идлиб": "Idlib"}, known=lambda s: 0)
>>> latin
'udary on Idlib'
>>> span_of(pieces, latin.index("Idlib"), len(latin))
(9, 15)
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from typing import Callable, Mapping

from .fold import ARTICLE_HEAD
from .rendering import span_of

__all__ = ["has_cyrillic", "ru_key", "transliterate", "nominatives", "to_latin", "span_of", "latin_name"]

_CYRILLIC = re.compile("[\u0400-\u04ff]")
#: a word; or a code of a capital and a number, one word ("Т-4", the Tiyas air base)
_WORD = re.compile(r"\b[А-ЯЁ][-‐‑]?\d{1,3}\b|[^\W\d_]+(?:[-‐‑][^\W\d_]+)*")

_LETTERS = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєў",
                    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye u".split()))
_LETTERS["ъ"] = _LETTERS["ь"] = ""

#: articles of Arabic names as Russian writes them (*Эль-*, *эш-*, *ад-*), kept joined to the next part
_ARTICLES = frozenset("аль эль ал эл ар эр ас эс аш эш ат эт ад эд аз эз ан эн ес ель".split())


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` holds any Cyrillic letter.

    >>> has_cyrillic("Хама"), has_cyrillic("Hama")
    (True, False)
    """
    return not text.isascii() and _CYRILLIC.search(text) is not None  # (isascii reads a flag: no scan)


@functools.lru_cache(maxsize=65536)
def ru_key(s: str) -> str:
    """Lookup key of a Russian name: lower case, *ё* as *е*, stress marks and spacing normalised.

    >>> ru_key("Дейр-Эз-Зор") == ru_key("дейр-эз-зор"), ru_key("Респу́блика")
    (True, 'республика')
    """
    s = s.lower().replace("ё", "е").replace("\u0301", "")
    if " " in s or "‐" in s or "‑" in s:
        s = re.sub(r"\s*[-‐‑]\s*", "-", s)
    return " ".join(s.split())


@functools.lru_cache(maxsize=65536)
def transliterate(word: str) -> str:
    """Latin rendering of a Russian word, as Russian spells Arabic names (*дж* is *j*).

    Hyphens between the parts of a name become spaces, except after an article (*Дейр-эз-Зор* →
    *Deyr ez-Zor*). The first letter keeps its case.

    >>> transliterate("Джиср-эш-Шугур"), transliterate("Хан-Шейхун"), transliterate("удары")
    ('Jisr esh-Shugur', 'Khan Sheykhun', 'udary')
    """
    return _translit(word)


def _variants(word: str) -> list[str]:
    """Transliterations of ``word`` with *х* as *kh* or *h*, *г* as *g* or *gh* and *в* as *v* or *w* (Arabic's
    waw: *Асвад* is *Aswad*), *kh*/*g*/*v* first."""
    low = word.lower()
    khs = ("kh", "h") if "х" in low else ("kh",)
    gs = ("g", "gh") if "г" in low else ("g",)
    vs = ("v", "w") if "в" in low else ("v",)
    return [_translit(word, kh, g, v) for v in vs for g in gs for kh in khs]


def _translit(s: str, kh: str = "kh", g: str = "g", v: str = "v") -> str:
    letters = _LETTERS if (kh, g, v) == ("kh", "g", "v") else {**_LETTERS, "х": kh, "г": g, "в": v}
    parts = re.split(r"[-‐‑]", s)
    out = []
    for k, p in enumerate(parts):
        low = p.lower().replace("дж", "\x00")
        t = "".join(letters.get(ch, ch) if ch != "\x00" else "j" for ch in low)
        if p[:1].isupper():
            t = t[:1].upper() + t[1:]
        if k:
            out.append("" if p.isdigit() else "-" if parts[k - 1].lower() in _ARTICLES else " ")
        out.append(t)  # (a code's number joins its letter: "Т-4" is "T4")
    return "".join(out)


#: lower-case nouns that open a feature's Russian name ("озеро Асад", Lake Assad), by their case forms (neuter
#: nouns, which the endings below do not bring back to their dictionary form)
_FEATURE_FIRSTS = {**dict.fromkeys(("озеро", "озера", "озеру", "озером", "озере"), "озеро"),
                   **dict.fromkeys(("водохранилище", "водохранилища", "водохранилищу", "водохранилищем"),
                                   "водохранилище")}
#: case endings of nouns and their dictionary forms, longest first (neuter nouns too: *морем*, *море*)
_NOUN_ENDINGS = (("ией", ("ия",)), ("ии", ("ия", "ий")), ("ию", ("ия",)), ("ье", ("ье",)),
                 ("ой", ("а", "ая")), ("ей", ("я", "ь")), ("ом", ("",)), ("ем", ("ь", "", "е")), ("ою", ("а",)),
                 ("е", ("", "а", "я", "ь")), ("ы", ("а",)), ("и", ("а", "ь", "я")), ("у", ("", "а")),
                 ("ю", ("я", "ь", "е")), ("а", ("", "ь")), ("я", ("ь", "е")))
#: endings of adjectives (*Восточной Гуте*, *Саудовской Аравии*, the soft *Ближнем Востоке*) and the feminine,
#: masculine or neuter form (*Каспийским морем*, the Caspian Sea)
_ADJ_ENDINGS = (("ой", ("ая", "ый", "ой")), ("ую", ("ая",)), ("ого", ("ый", "ий", "ой", "ое")),
                ("ому", ("ый", "ий", "ой", "ое")), ("ом", ("ый", "ий", "ой", "ое")), ("ей", ("ая", "яя")),
                ("им", ("ий", "ое")), ("ым", ("ый", "ое")), ("его", ("ий", "ее")), ("ему", ("ий", "ее")),
                ("ем", ("ий", "ее")))


def nominatives(word: str) -> list[str]:
    """The word itself, then the dictionary forms its case ending allows, in lower case.

    Only the last part of a hyphenated name is declined (*Дейр-эз-Зоре* → *дейр-эз-зор*).

    >>> nominatives("Идлибе")[:2], nominatives("Латакии")[1], nominatives("Пальмиры")[1]
    (['идлибе', 'идлиб'], 'латакия', 'пальмира')
    """
    return list(_nominatives(word))


@functools.lru_cache(maxsize=65536)
def _nominatives(word: str) -> tuple[str, ...]:
    w = ru_key(word)
    out = [w]
    for table in (_NOUN_ENDINGS, _ADJ_ENDINGS):
        for end, reps in table:
            if w.endswith(end) and len(w) - len(end) >= 2 and not w[-len(end) - 1] == "-":
                stem = w[:-len(end)]
                for r in reps:
                    c = stem + r
                    if c not in out:
                        out.append(c)
                break
    return tuple(out)


# ----------------------------------------------------------------------------- vocabulary

_WORDS = {
    # function words
    "в": "in", "во": "in", "на": "on", "у": "near", "около": "near", "возле": "near", "вблизи": "near",
    "под": "near", "вокруг": "around", "из": "from", "от": "from", "к": "to", "ко": "to", "по": "on", "и": "and", "или": "or",
    "а": "and", "но": "but", "не": "not", "с": "with", "со": "with", "о": "about", "об": "about",
    "за": "beyond", "над": "over", "при": "at", "для": "for", "до": "to", "между": "between", "через": "through",
    "он": "he", "она": "she", "оно": "it", "они": "they", "мы": "we", "это": "this", "этот": "this",
    "как": "as", "также": "also", "том": "that", "числе": "number", "что": "that", "где": "where",
    "там": "there", "здесь": "here", "тут": "here", "затем": "then", "потом": "then", "тогда": "then",
    # parliaments, whose "Дума" is not the town
    "депутат": "deputy", "депутаты": "deputies", "депутатов": "deputies", "депутата": "deputy",
    "депутатам": "deputies", "парламент": "parliament", "парламента": "parliament", "парламенте": "parliament",
    "посольство": "embassy", "посольства": "embassy", "посольстве": "embassy",
    "закон": "law", "закона": "law", "законы": "laws", "законов": "laws", "законопроект": "bill",
    "законопроекта": "bill", "заседание": "session", "заседании": "session", "спикер": "speaker",
    "голосование": "vote", "голосовании": "vote",
    "комитет": "committee", "комитета": "committee", "комитете": "committee", "комитетом": "committee",
    "председатель": "chairman", "председателя": "chairman", "председателем": "chairman",
    # (and the words of _COMMON_NOUNS)
    # what a place is
    "город": "city", "города": "city", "городе": "city", "городу": "city", "городом": "city",
    "деревня": "village", "деревни": "village", "деревне": "village", "деревню": "village",
    "село": "village", "села": "village", "селе": "village", "поселок": "town", "поселка": "town",
    "поселке": "town", "районе": "area", "район": "area", "района": "area", "районах": "areas",
    "окрестностях": "outskirts", "окрестности": "outskirts", "пригороде": "suburb", "пригород": "suburb",
    "квартал": "quarter", "квартале": "quarter", "квартала": "quarter",
    # directions
    "севернее": "north of", "южнее": "south of", "восточнее": "east of", "западнее": "west of",
    "северо-восточнее": "northeast of", "северо-западнее": "northwest of", "юго-восточнее": "southeast of",
    "юго-западнее": "southwest of",
    # ranks of a town among its region's ("последнем городе Восточной Гуты", the last town of Eastern Ghouta)
    "последний": "last", "последнем": "last", "последнего": "last", "последним": "last", "последняя": "last",
    "последней": "last", "крупнейший": "largest", "крупнейшем": "largest", "крупнейшего": "largest",
    "крупнейшим": "largest", "крупнейшая": "largest", "крупнейшей": "largest",
    # verbs of taking, entering, surrounding and striking a place, which the parser reads as a place's cues
    # ("армия заняла Хатлу", the army took Hatla; "пешмерга окружили Башику", the peshmerga surrounded Bashiqa)
    "занял": "took", "заняла": "took", "заняли": "took", "заняло": "took", "взял": "took", "взяла": "took",
    "взяли": "took", "захватил": "captured", "захватила": "captured", "захватили": "captured",
    "освободил": "liberated", "освободила": "liberated", "освободили": "liberated",
    "окружил": "surrounded", "окружила": "surrounded", "окружили": "surrounded", "блокировали": "besieged",
    "штурмовали": "stormed", "обстреляли": "shelled", "обстрелял": "shelled", "обстреляла": "shelled",
    "бомбили": "bombed", "атаковали": "raided", "покинули": "abandoned", "оставили": "abandoned",
    "север": "north", "севере": "north", "юг": "south", "юге": "south", "восток": "east", "востоке": "east",
    "запад": "west", "западе": "west",
}
#: common nouns that name a town somewhere, when a sentence opens with them ("Тему обсудили": the topic, not Tema
#: in Ghana); rendered in lower case there too, so that the English is no name either ("summit", not Summit, N.J.)
_COMMON_NOUNS = {
    "тема": "topic", "темы": "topic", "теме": "topic", "тему": "topic", "темой": "topic",
    "вера": "faith", "веру": "faith", "дом": "house", "дома": "house", "мост": "bridge", "моста": "bridge",
    "море": "sea", "моря": "sea", "час": "hour", "рота": "company", "роты": "company", "мина": "mine",
    "мины": "mines", "саммит": "summit", "саммита": "summit", "база": "base", "базы": "base", "мир": "peace",
    "мира": "peace", "миру": "peace", "тур": "round", "тура": "round", "тела": "bodies", "тело": "body",
    "далее": "further", "гора": "mountain", "серия": "series", "серии": "series", "серию": "series",
    # (and a mountain's other cases, after its name's adjective: "в районе Туркменской горы", near the Turkmen
    # Mountain, Jabal al-Turkman)
    "горы": "mountains", "горе": "mountain", "гору": "mountain", "горой": "mountain", "горах": "mountains",
    # (a base's and a road's other cases: "на базе Инджирлик", "по дороге Кастелло")
    "базе": "base", "базу": "base", "базой": "base", "дорога": "road", "дороги": "road", "дороге": "road",
    "дорогу": "road", "дорогой": "road", "морю": "sea", "морем": "sea",
    # (and a gulf's, after its adjective: "в Персидском заливе", in the Persian Gulf)
    "залив": "gulf", "залива": "gulf", "заливе": "gulf", "заливу": "gulf", "заливом": "gulf",
    # the seasons, as adverbs ("Зимой самолеты наносили удары": in winter, not Zima in Irkutsk oblast)
    "зимой": "in winter", "летом": "in summer", "весной": "in spring", "осенью": "in autumn",
    "зима": "winter", "зиму": "winter", "зимы": "winter", "лето": "summer",
    # and the words of quantity that open a sentence before a number ("Более 30 тысяч": more than, not Bolu)
    "более": "more", "менее": "less", "свыше": "over", "почти": "almost", "порядка": "about",
}
_WORDS.update(_COMMON_NOUNS)
#: words rendered so even where capitalised inside a sentence, as the first word of a name: "Новый Алеппо" is New
#: Aleppo (not Novi, Mich.), "Долина гробниц" the valley of the tombs (not Dolyna in Ukraine)
_NAME_WORDS = {**{"нов" + e: "New" for e in ("ый", "ая", "ое", "ые", "ого", "ой", "ому", "ую", "ым", "ых", "ом")},
               # (the seas named for a colour: "Черного моря", the Black Sea; "Красное море", the Red Sea)
               **{"черн" + e: "Black" for e in ("ое", "ого", "ому", "ым", "ом")},
               **{"красн" + e: "Red" for e in ("ое", "ого", "ому", "ым", "ом")},
               # (and the Persian Gulf: "Персидский залив", "в Персидском заливе")
               **{"персидск" + e: "Persian" for e in ("ий", "ого", "ому", "им", "ом")},
               **dict.fromkeys(("долина", "долину", "долины", "долине", "долиной"), "valley")}
for _stem, _en in (("северн", "northern"), ("южн", "southern"), ("восточн", "eastern"), ("западн", "western"),
                   ("центральн", "central")):
    for _end in ("ый", "ая", "ое", "ые", "ого", "ой", "ому", "ую", "ым", "ых", "ыми", "ом"):
        _WORDS[_stem + _end] = _en

#: several words read as one ("в районе" = "near", "к северу от" = "north of"), or in another order, each
#: part of the English with the word it renders ("посольство России" = "Russian embassy")
_PHRASES = {
    ("в", "районе"): "near", ("в", "окрестностях"): "near", ("в", "пригороде"): "near",
    ("неподалёку", "от"): "near", ("неподалеку", "от"): "near", ("недалеко", "от"): "near",
    ("а", "также"): "and", ("в", "том", "числе"): "including",
    ("к", "северу", "от"): "north of", ("к", "югу", "от"): "south of", ("к", "востоку", "от"): "east of",
    ("к", "западу", "от"): "west of",
    ("по", "московскому", "времени"): "on moscow time",  # (a time zone, no place: "в 15:00 по московскому времени")
    ("исламское", "государство"): "Islamic State", ("исламского", "государства"): "Islamic State",
    ("центр", "по", "примирению"): "Reconciliation Centre", ("центра", "по", "примирению"): "Reconciliation Centre",
    ("центре", "по", "примирению"): "Reconciliation Centre", ("центром", "по", "примирению"): "Reconciliation Centre",
    ("исламским", "государством"): "Islamic State",
    ("государственная", "дума"): "State Duma", ("государственной", "думы"): "State Duma",
    ("государственной", "думе"): "State Duma", ("госдума",): "State Duma", ("госдумы",): "State Duma",
    ("госдуме",): "State Duma",
    ("белый", "дом"): "White House", ("белого", "дома"): "White House", ("белом", "доме"): "White House",
    # the old city of a town (a generic name, read as the English one is: the Old City of the town the text
    # names, not Ciutat Vella, which GeoNames also calls "Старый город"; in lower case no name at all)
    ("старый", "город"): "old city", ("старого", "города"): "old city", ("старом", "городе"): "old city",
    ("старому", "городу"): "old city", ("старым", "городом"): "old city",
    ("единая", "россия"): "United Russia", ("единой", "россии"): "United Russia",
    ("единую", "россию"): "United Russia", ("единой", "россией"): "United Russia",
    ("джебхат", "ан-нусра"): "Jabhat al-Nusra", ("джабхат", "ан-нусра"): "Jabhat al-Nusra",
    ("сирийская", "обсерватория", "по", "правам", "человека"): "Syrian Observatory for Human Rights",
    ("сирийской", "обсерватории", "по", "правам", "человека"): "Syrian Observatory for Human Rights",
    ("сирийская", "обсерватория"): "Syrian Observatory", ("сирийской", "обсерватории"): "Syrian Observatory",
    # (and in the accusative, instrumental and prepositional)
    ("сирийскую", "обсерваторию", "по", "правам", "человека"): "Syrian Observatory for Human Rights",
    ("сирийской", "обсерваторией", "по", "правам", "человека"): "Syrian Observatory for Human Rights",
    ("сирийскую", "обсерваторию"): "Syrian Observatory", ("сирийской", "обсерваторией"): "Syrian Observatory",
    **{tuple(f.split()): "Kurdistan Democratic Party" for f in (
        "демократическая партия курдистана", "демократической партии курдистана",
        "демократическую партию курдистана", "демократической партией курдистана")},
    **{tuple(f.split()): "Kurdistan Workers' Party" for f in (
        "рабочая партия курдистана", "рабочей партии курдистана", "рабочую партию курдистана",
        "рабочей партией курдистана")},
    # a town's military council, named with the town's adjective ("Манбиджский военный совет")
    **{tuple(f.split()): "Military Council" for f in (
        "военный совет", "военного совета", "военном совете", "военному совету", "военным советом")},
    # the Syrian Democratic Forces, the Free Syrian Army and the Syrian National Army in every case
    **{tuple(f.split()): "Syrian Democratic Forces" for f in (
        "сирийские демократические силы", "сирийских демократических сил", "сирийским демократическим силам",
        "сирийскими демократическими силами", "сирийских демократических силах")},
    **{tuple(f.split()): "Free Syrian Army" for f in (
        "свободная сирийская армия", "свободной сирийской армии", "свободную сирийскую армию",
        "свободной сирийской армией")},
    **{tuple(f.split()): "Syrian National Army" for f in (
        "сирийская национальная армия", "сирийской национальной армии", "сирийскую национальную армию",
        "сирийской национальной армией")},
    **{tuple(f.split()): "Turkistan Islamic Party" for f in (
        "исламская партия туркестана", "исламской партии туркестана", "исламскую партию туркестана",
        "исламской партией туркестана")},
    **{tuple(f.split()): "Patriotic Union of Kurdistan" for f in (
        "патриотический союз курдистана", "патриотического союза курдистана", "патриотическому союзу курдистана",
        "патриотическим союзом курдистана", "патриотическом союзе курдистана")},
    **{tuple(f.split()): "Democratic Party of Iranian Kurdistan" for f in (
        "демократическая партия иранского курдистана", "демократической партии иранского курдистана",
        "демократическую партию иранского курдистана", "демократической партией иранского курдистана")},
    **{tuple(f.split()): "Kurdistan Freedom Party" for f in (
        "партия свободы курдистана", "партии свободы курдистана", "партию свободы курдистана",
        "партией свободы курдистана")},
    # the Kurdistan Region (of Iraq), by its adjective, in every case
    **{tuple(f.split()): "Kurdistan Region" for f in (
        "курдистанский регион", "курдистанского региона", "курдистанскому региону", "курдистанским регионом",
        "курдистанском регионе")},
    ("рабочая", "партия", "курдистана"): "Kurdistan Workers' Party",
    ("рабочей", "партии", "курдистана"): "Kurdistan Workers' Party",
    ("минобороны",): "Ministry of Defence", ("министерство", "обороны"): "Ministry of Defence",
    ("министерства", "обороны"): "Ministry of Defence",
    ("посольство", "россии"): (("Russian", 1), (" embassy", 0)),
    ("посольства", "россии"): (("Russian", 1), (" embassy", 0)),
    ("посольстве", "россии"): (("Russian", 1), (" embassy", 0)),
    ("посольству", "россии"): (("Russian", 1), (" embassy", 0)),
    ("российское", "посольство"): "Russian embassy", ("российского", "посольства"): "Russian embassy",
    ("российском", "посольстве"): "Russian embassy", ("российскому", "посольству"): "Russian embassy",
    ("минобороны", "россии"): (("Russia's", 1), (" defence ministry", 0)),
    ("минобороны", "рф"): (("Russia's", 1), (" defence ministry", 0)),
    **{("минобороны", _gen): ((_en + "'s", 1), (" defence ministry", 0)) for _gen, _en in (
        ("турции", "Turkey"), ("сирии", "Syria"), ("ирака", "Iraq"), ("ирана", "Iran"), ("израиля", "Israel"),
        ("сша", "United States"), ("франции", "France"), ("великобритании", "Britain"), ("украины", "Ukraine"))},
    **{(_m, "обороны", _gen): ((_en + "'s", 2), (" defence ministry", 0)) for _m in ("министерство", "министерства")
       for _gen, _en in (("россии", "Russia"), ("турции", "Turkey"), ("сирии", "Syria"), ("ирака", "Iraq"),
                         ("ирана", "Iran"), ("израиля", "Israel"), ("сша", "United States"))},
    ("населенный", "пункт"): "village", ("населенного", "пункта"): "village", ("населенном", "пункте"): "village",
    ("населенных", "пунктов"): "villages", ("населенных", "пунктах"): "villages", ("населенные", "пункты"): "villages",
}
_PHRASE_FIRST = {p[0] for p in _PHRASES}
#: phrases that are a name when capitalised, every English word of it then capitalised too
_NAME_PHRASES = frozenset(("old city",))
#: Arabic given names as Russian writes them, whose next capitalised word is a surname (a nisba: "Мухаммед Халаби",
#: "Ахмеда Хомси")
_GIVEN_RU = frozenset("""ахмед ахмад мухаммед мухаммад мохаммед мохаммад мохамед али хасан хусейн хусеин омар умар
халид махмуд мустафа юсеф юсуф ибрагим абдулла абдаллах салех салим самер фади рами башар хамза хамзы""".split())


def _given_ru(low: str) -> bool:
    """Whether ``low`` (lower case) is an Arabic given name in a Russian case form (Ахмеда, Мухаммедом, Мустафы)."""
    return low in _GIVEN_RU or low[:-1] in _GIVEN_RU or low[:-2] in _GIVEN_RU or (
        low[-1:] in "ыеуой" and low[:-1] + "а" in _GIVEN_RU)
#: abbreviations the defence ministry writes before names: "н.п." (населенный пункт, a settlement), "г." (город)
_ABBREVIATIONS = re.compile(r"(н\.\s?п\.)|(г\.)(?=\s*[А-ЯЁ])")

#: names that are not (only) places, rendered as English writes them so that the geoparser weighs them:
#: "Дума" is the Russian parliament as often as the town of Douma
_PROPER = {"дума": "Duma", "кремль": "Kremlin"}

_ACRONYMS = {"сша": "United States", "рф": "Russia", "игил": "ISIL", "иг": "IS", "оон": "UN", "нато": "NATO",
             "хтш": "HTS",
             "сса": "FSA", "сдс": "SDF", "ссо": "SOF", "вкс": "VKS", "оаэ": "United Arab Emirates",
             "фрг": "Germany", "рпк": "PKK", "пкк": "PKK", "сана": "SANA",  # (the Syrian news agency: "Сана" is Sanaa)
             "сар": "Syria"}  # (Сирийская Арабская Республика, as Russian briefings abbreviate it: "в САР")

#: nouns put after the names they govern, in English order ("провинции Хама" → "Hama province")
_AFTER_NOUNS = (("провинци", "province", "provinces"), ("мухафаз", "governorate", "governorates"),
                ("авиабаз", "air base", "air bases"), ("аэродром", "airfield", "airfields"),
                ("аэропорт", "airport", "airports"), ("лагер", "camp", "camps"), ("плотин", "dam", "dams"),
                # ("зона деэскалации Идлиб" → "zone Idlib de-escalation zone": the area, not the city)
                ("деэскалаци", "de-escalation zone", "de-escalation zones"),
                # (a temple, a mosque, a church, a monastery or a castle named after a god, a saint or a person:
                # "храм Бэла" is the temple of Bel at Palmyra, no town called Bela)
                ("храм", "temple", "temples"), ("мечет", "mosque", "mosques"), ("церкв", "church", "churches"),
                ("церков", "church", "churches"), ("монастыр", "monastery", "monasteries"),
                ("замк", "castle", "castles"), ("замок", "castle", "castles"),
                # (and a square: "площади Наим" is the Naim square in Raqqa, no village called Naim; a road:
                # "дорога Кастелло", the Castello road in Aleppo)
                ("площад", "square", "squares"), ("дорог", "road", "roads"))
_GUILLEMETS = re.compile(r"«[^«»\n]{0,200}»")
#: nouns of bases, airports and border crossings, whose names Russian writes in guillemets (авиабаза «Хмеймим», пункт
#: пропуска «Кунейтра», КПП «Насиб»)
_FACILITY_NOUNS = (("авиабаз",), ("аэродром",), ("аэропорт",), ("баз",), ("лагер",), ("деэскалаци",), ("пропуск",),
                   ("кпп",), ("переход",), ("погранпереход",), ("блокпост",))
#: nouns put before them ("города Ракка" → "the city of Rakka")
_BEFORE_NOUNS = (("город", "the city of"), ("деревн", "the village of"), ("сел", "the village of"),
                 ("поселк", "the town of"), ("поселок", "the town of"), ("квартал", "the quarter of"))

#: countries' names in the genitive that do not end in "-ии" (those that do: Сирии, Турции, России)
_COUNTRY_GENITIVES = frozenset("ирака ирана ливана израиля египта йемена катара кувейта афганистана пакистана "
                               "курдистана сша".split())
#: (and those in "-ии", where a noun of place comes before them: "провинций Сирии", the provinces of Syria)
_COUNTRY_GENITIVES |= frozenset("сирии турции россии иордании германии франции италии".split())

_DEMONYMS = (("сирийск", "Syrian"), ("российск", "Russian"), ("русск", "Russian"), ("турецк", "Turkish"),
             ("иракск", "Iraqi"), ("курдск", "Kurdish"), ("иранск", "Iranian"), ("американск", "American"),
             ("израильск", "Israeli"), ("ливанск", "Lebanese"), ("иорданск", "Jordanian"),
             ("саудовск", "Saudi"), ("британск", "British"), ("французск", "French"), ("туркменск", "Turkmen"))
#: an adjective made from a place's name with "-ск-" ("идлибская зона деэскалации", the Idlib de-escalation zone),
#: its stem four letters or more (not "хамский", boorish)
_PLACE_ADJECTIVE = re.compile(r"^([а-яё-]{4,}?)с?ск(?:ий|ая|ое|ой|ую|ом|их|ие|ого|ому|ими|ым|ых)$")
_PARTY_WORDS = ("исламск", "парти", "движени", "фронт")
_ADJ_END = re.compile(r"(?:ий|ый|ая|ое|ие|ые|ого|ой|ому|ую|им|ым|ими|ыми|их|ых|ом|ей|ее)$")


#: nouns of nationality, in the plural English gives them: "сирийцы", "сирийцев" → "Syrians"
_PEOPLE = (("сириец", "Syrians"), ("сирийц", "Syrians"), ("иракец", "Iraqis"), ("иракц", "Iraqis"),
           ("турок", "Turks"), ("турк", "Turks"), ("американец", "Americans"), ("американц", "Americans"),
           ("россиян", "Russians"), ("иранец", "Iranians"), ("иранц", "Iranians"), ("ливанец", "Lebanese"),
           ("ливанц", "Lebanese"), ("курд", "Kurds"))
_PEOPLE_END = re.compile(r"(?:|а|у|ом|ем|е|ы|и|ов|ев|ам|ами|ах|ин|ина|ину|ином|ине|ка|ки|ке|ку|кой|ок)$")


_DEMONYM_STEMS = tuple(stem for stem, _ in _DEMONYMS)
_PEOPLE_STEMS = tuple(stem for stem, _ in _PEOPLE)


def _demonym(low: str) -> str | None:
    if low.startswith(_DEMONYM_STEMS):  # (one test of all the stems first: most words match none)
        for stem, en in _DEMONYMS:
            if low.startswith(stem) and _ADJ_END.fullmatch(low[len(stem):]):
                return en
    if not low.startswith(_PEOPLE_STEMS):
        return None
    for stem, en in _PEOPLE:
        if low.startswith(stem) and _PEOPLE_END.fullmatch(low[len(stem):]) and not (
                stem == "турк" and low[4:5] not in ("и", "а", "у", "е", "о")):
            return en
    return None


_STEMS: dict[int, tuple[str, ...]] = {}  # each table's stems, for one test of them all first (most words match none)


def _noun(low: str, table) -> tuple | None:
    stems = _STEMS.get(id(table))
    if stems is None:
        stems = _STEMS[id(table)] = tuple(entry[0] for entry in table)
    if not low.startswith(stems):
        return None
    for entry in table:
        stem = entry[0]
        if low.startswith(stem) and len(low) - len(stem) <= 3:
            return entry
    return None


def latin_name(word: str, names: Mapping[str, str], known: Callable[[str], float] | None = None,
               sentence_start: bool = False) -> str:
    """The Latin name a Russian place name stands for.

    The English name of the place whose Russian name it is (in any case form), else the
    transliteration of a dictionary form of it that the gazetteer knows (``known``), else the
    plain transliteration of the word.

    >>> latin_name("Пальмиры", {"пальмира": "Palmyra"})
    'Palmyra'
    >>> latin_name("Хмеймим", {}, known=lambda s: 2 * (s == "Hmeymim"))
    'Hmeymim'
    """
    found = _lookup(word, names, known, sentence_start)
    return found if found is not None else _cap(transliterate(word))


def _lookup(word: str, names: Mapping[str, str], known, sentence_start: bool) -> str | None:
    forms = _nominatives(word)
    found = []
    for f in forms:
        en = _PROPER.get(f)
        if en is None:
            en = names.get(f)
        if en is None and "-" in f and f.split("-", 1)[0] in _ARTICLES:
            en = names.get(f.split("-", 1)[1])  # "Эр-Ракка" is the "Ракка" the names hold as "Ар-Ракка"
            if en is not None and ARTICLE_HEAD.match(en) is None:
                en = None  # (a name without the article is another place's: "Эль-Бабу", to al-Bab, is no Babu)
        if en is not None:
            if f == forms[0]:
                return en  # the word as written
            if en not in found:
                found.append(en)
    if found:
        # (dictionary forms that name different places: the bigger place's, "Хаму" being Hama, not Hamm, which
        # "хам" names)
        return found[0] if len(found) == 1 or known is None else max(found, key=lambda en: known(en))
    if known is None:
        return None
    caps = [p[:1].isupper() for p in re.split(r"[-‐‑]", word)]
    near = None
    picks = []  # (rank, spelling) of each form: of its spellings the gazetteer knows, the one of the biggest place
    for f in forms[:1] if sentence_start else forms:
        best, best_rank = None, 0.0
        for v in _variants(f):
            v = _case_like(v, caps)
            rank = known(v)
            if rank >= 2 and rank > best_rank:
                best, best_rank = v, rank
            elif rank >= 1 and near is None and "w" not in v.lower():
                near = v  # (a skeleton's match, with в as v only: "Группировки" is no name)
        if best is not None:
            picks.append((best_rank, best))
    if not picks:
        return near
    # the first form's, unless that only folds like a place's name and another form is one letter for letter (a
    # rank of 2.5 and up), of a place at least as big: "Самарру" is Samarra, not "Samarru"; "Фуа" stays Fua, though
    # "Fu" names a bigger town; "Хавика" stays Hawika (the Hawiqa quarter), not a smaller Havik
    first = picks[0]
    if first[0] < 2.5:
        better = [p for p in picks[1:] if p[0] >= 2.5 and p[0] - 0.5 >= first[0]]
        if better:
            return max(better)[1]
    return first[1]


def _case_like(latin: str, caps: list[bool]) -> str:
    """``latin`` (a transliteration of a lower-cased word) with the parts capitalised that were."""
    parts = re.split(r"([ -])", latin)
    for k in range(0, len(parts), 2):
        if k // 2 < len(caps) and caps[k // 2]:
            parts[k] = _cap(parts[k])
    return "".join(parts)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# ----------------------------------------------------------------------------- the rendering

def _opens_sentence(text: str, start: int) -> bool:
    k = start - 1
    while k >= 0 and text[k] in " \t\"«“'(":
        k -= 1
    return k < 0 or text[k] in ".!?\n:"


def to_latin(text: str, names: Mapping[str, str], known: Callable[[str], float] | None = None, *,
             sentences: bool = True, cache: dict | None = None):
    """Latin rendering of a Russian ``text`` and the pieces that map it back.

    Parameters
    ----------
    text : str
        Text in Russian (Latin-script words in it are kept as they are).
    names : mapping
        Russian place names (keys made by :func:`ru_key`) to English names.
    known : callable, optional
        How well the gazetteer knows a Latin spelling: 2 or more as a name (more for a bigger place),
        1 by its consonants only, 0 not at all. Picks among transliterations.
    sentences : bool
        Whether ``text`` is running text, whose sentences open with a capital whatever the word
        (``False`` for a name on its own: every capitalised word is then a name).
    cache : dict, optional
        Kept by the caller across calls with the same ``names`` and ``known``: what words were read as.

    Returns
    -------
    (str, list of tuple)
        The rendering, and ``(latin_start, latin_end, start, end)`` for each piece of it, sorted
        by ``latin_start``; see :func:`span_of`.
    """
    return _Renderer(text, names, known, sentences, cache if cache is not None else {}).render()


class _Renderer:
    """One pass over a Russian text: each word, or run of words, is rendered by the first rule that takes it."""

    def __init__(self, text: str, names: Mapping[str, str], known, sentences: bool, memo: dict):
        self.text, self.names, self.known, self.sentences = text, names, known, sentences
        self.words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        if len(memo) > 200_000:
            memo.clear()
        if None not in memo:
            # the first words of the names of several words (most capitalised words open none)
            memo[None] = frozenset(k.split(" ", 1)[0] for k in names if " " in k)
        self.memo, self.firsts = memo, memo[None]
        self.out: list[str] = []
        self.pieces: list[tuple[int, int, int, int]] = []
        self.pos = 0  # length of the rendering so far
        self.last = 0  # end of the text rendered so far
        # spans inside guillemets not opened right after a facility's noun, nor a quotation of speech, which opens in
        # lower case, runs to more than six words («вплоть до границы с Ираком»: Iraq is named in it) or holds a
        # clause's or a sentence's punctuation, as no name does («Не забывайте Алеппо, не забывайте Сирию!»)
        self.quotes: list[tuple[int, int]] = []
        if "«" in text:
            for q in _GUILLEMETS.finditer(text):
                inner = q.group()[1:-1].lstrip(" \"„“")
                if inner[:1].islower() or len(inner.split()) > 6 or any(ch in inner for ch in ",!?;:"):
                    continue
                before = _WORD.findall(text[max(0, q.start() - 30):q.start()])
                if not (before and _noun(ru_key(before[-1]), _FACILITY_NOUNS) is not None):
                    self.quotes.append(q.span())

    # -- output
    def emit(self, s: str, a: int, b: int) -> None:
        self.out.append(s)
        self.pieces.append((self.pos, self.pos + len(s), a, b))
        self.pos += len(s)

    def gap(self, a: int, b: int) -> None:
        if b > a:
            self.emit(self.text[a:b], a, b)

    # -- the text
    def upper(self, k: int) -> bool:
        return k < len(self.words) and self.words[k][2][:1].isupper()

    def named(self, k: int) -> bool:
        """Whether word ``k`` opens a name: capitalised, or an Arabic article in lower case before a capital
        ("мечети аль-Аскари", the al-Askari mosque)."""
        if self.upper(k):
            return True
        if k >= len(self.words):
            return False
        art = self.words[k][2].split("-", 1)
        return len(art) == 2 and art[0] in _ARTICLES and art[1][:1].isupper()

    def single_space(self, k: int) -> bool:
        w = self.words
        return k + 1 < len(w) and self.text[w[k][1]:w[k + 1][0]] in (" ", "\u00a0")

    def sentence_start(self, start: int) -> bool:
        return self.sentences and _opens_sentence(self.text, start)

    def quoted(self, pos: int) -> bool:
        k = bisect_right(self.quotes, (pos, len(self.text) + 1)) - 1
        return k >= 0 and self.quotes[k][0] < pos < self.quotes[k][1]

    def name_at(self, k: int) -> str:
        s, e, w = self.words[k]
        if not has_cyrillic(w):
            return w
        first = self.sentence_start(s)
        found = self.memo.get((w, first), self.memo)
        if found is self.memo:
            found = self.memo[(w, first)] = _lookup(w, self.names, self.known, first)
        if found is not None:
            return found
        # a sentence's first word that names nothing known is a plain word
        return transliterate(w).lower() if first else _cap(transliterate(w))

    def multiword(self, k: int) -> tuple[int, str] | None:
        """Longest run of 2-3 capitalised words from ``k`` that is a Russian name (any case form); a lake's or a
        reservoir's noun may open it in lower case ("у озера Асад", by Lake Assad)."""
        words = self.words
        feature = _FEATURE_FIRSTS.get(ru_key(words[k][2]))
        firsts = (feature,) if feature is not None else _nominatives(words[k][2])[:6]
        if not (self.upper(k) or feature is not None) or not any(f in self.firsts for f in firsts):
            return None
        for n in (3, 2):
            if k + n > len(words) or not all(self.single_space(k + j) for j in range(n - 1)):
                continue
            combos = [[f] for f in firsts]
            for j in range(1, n):
                combos = [c + [f] for c in combos for f in _nominatives(words[k + j][2])[:6]]
            for c in combos:
                en = self.names.get(" ".join(c))
                if en is not None:
                    return n, en
        return None

    def name_run(self, k: int) -> int:
        """Index after the run of capitalised words that starts at ``k`` (at most three)."""
        j = k
        while j < len(self.words) and j - k < 3 and self.upper(j) and (j == k or self.single_space(j - 1)):
            j += 1
        return j

    # -- the rules: each returns the index of the next word to render, or None when it does not apply
    def abbreviation(self, i: int, low: str) -> int | None:
        s = self.words[i][0]
        ab = _ABBREVIATIONS.match(self.text, s) if low in ("н", "г") else None
        if ab is None:
            return None
        self.emit("village" if ab.group(1) else "the city of", s, ab.end())
        self.last = ab.end()
        i += 1
        while i < len(self.words) and self.words[i][0] < self.last:
            i += 1
        return i

    def phrase(self, i: int, low: str) -> int | None:
        """Several words read as one, or in another order."""
        if low not in _PHRASE_FIRST:
            return None
        words = self.words
        for n in (5, 4, 3, 2, 1):
            if i + n <= len(words) and all(self.single_space(i + j) for j in range(n - 1)):
                en = _PHRASES.get(tuple(ru_key(words[i + j][2]) for j in range(n)))
                if en is None:
                    continue
                if isinstance(en, tuple):
                    for part, k in en:
                        self.emit(part, words[i + k][0], words[i + k][1])
                else:
                    if words[i][2][:1].isupper():
                        # (a name's every word capitalised: "Старый город" is the Old City)
                        en = " ".join(map(_cap, en.split())) if en in _NAME_PHRASES else _cap(en)
                    self.emit(en, words[i][0], words[i + n - 1][1])
                self.last = words[i + n - 1][1]
                return i + n
        return None

    def noun_after(self, i: int, low: str) -> int | None:
        """"провинциях Хама, Хомс и Идлиб" → "Hama, Homs and Idlib provinces"."""
        words = self.words
        s, e, w = words[i]
        after = _noun(low, _AFTER_NOUNS) if w[:1].islower() else None
        # (the name may stand in guillemets: "зона деэскалации «Идлиб»")
        quoted = i + 1 < len(words) and self.text[e:words[i + 1][0]] == " «"
        if after is None or not (self.single_space(i) or quoted) or not self.named(i + 1):
            return None
        if ru_key(words[i + 1][2]) in _COUNTRY_GENITIVES:
            return None  # a country's provinces or airports: "западных провинций Ирана", of Iran (no "Iran province")
        k, names_done, cur = i + 1, 0, e
        while self.named(k):
            if names_done:
                self.gap(cur, words[k][0])
            mw = self.multiword(k)
            if mw is not None:
                j = k + mw[0]
                self.emit(mw[1], words[k][0], words[j - 1][1])
            else:
                j = max(self.name_run(k), k + 1)  # (at least the word: "аль-Аскари")
                for t in range(k, j):
                    if t > k:
                        self.gap(words[t - 1][1], words[t][0])
                    name = self.name_at(t)
                    if j == k + 1 and self.known is not None and has_cyrillic(words[t][2]) \
                            and after[1] not in name.lower() and self.known(f"{name} {after[1]}") < 2:
                        # (the word as written, where only that names the feature: "мечеть ан-Нури" is the al-Nuri
                        # mosque, not a mosque of An Nur, the word's dictionary form)
                        plain = _case_like(transliterate(words[t][2]),
                                           [p[:1].isupper() for p in re.split(r"[-‐‑]", words[t][2])])
                        if plain != name and self.known(f"{plain} {after[1]}") >= 2:
                            name = plain
                    self.emit(name, words[t][0], words[t][1])
            names_done += 1
            cur = words[j - 1][1]
            # another name in the list: ", X" or " и X"
            sep = self.text[cur:words[j][0]] if j < len(words) else ""
            if sep.strip() == "," and self.upper(j):
                k = j
                continue
            if sep == " " and ru_key(words[j][2]) == "и" and self.single_space(j) and self.upper(j + 1):
                self.gap(cur, words[j][0])
                self.emit("and", words[j][0], words[j][1])
                cur = words[j][1]
                k = j + 1
                continue
            k = j
            break
        self.emit(" ", e, e)
        if names_done > 1:
            # (the noun of a list stays out of its last name's span: "Idlib", not "provinces … Idlib")
            self.emit(after[2], cur, cur)
        elif quoted:
            self.emit(after[1], cur, cur)  # (and out of a quoted name's: "Идлиб", not "деэскалации «Идлиб")
        else:
            self.emit(after[1], s, e)
        self.last = cur
        return k

    def noun_before(self, i: int, low: str) -> int | None:
        """"города Ракка" → "the city of Rakka"."""
        s, e, w = self.words[i]
        before = _noun(low, _BEFORE_NOUNS) if w[:1].islower() else None
        if before is None or not self.single_space(i) or not self.upper(i + 1):
            return None
        nxt = ru_key(self.words[i + 1][2])
        if i > 0 and self.single_space(i - 1) and self.words[i - 1][2].islower() \
                and _ADJ_END.search(self.words[i - 1][2]) and (nxt.endswith("ии") or nxt in _COUNTRY_GENITIVES):
            return None  # after an adjective, a country's name in the genitive is the city's country: "крупный город
            # Сирии", a big city of Syria (but "армянского городка Кесаб", the Armenian town of Kessab)
        self.emit(before[1], s, e)
        self.last = e
        return i + 1

    def in_guillemets(self, i: int, low: str) -> int | None:
        """A name in guillemets is an organisation's, an operation's or a weapon's («Моссад», «Щит Евфрата»,
        «Калибр»), unless a base or an airport's noun comes first (авиабаза «Хмеймим»)."""
        s, e, w = self.words[i]
        # (every capitalised word of it, "аш-Шам" of «Ахрар аш-Шам» too)
        if not (any(ch.isupper() for ch in w) and self.quoted(s)):
            return None
        self.emit(transliterate(w).lower(), s, e)
        self.last = e
        return i + 1

    def name_of_words(self, i: int, low: str) -> int | None:
        mw = self.multiword(i)
        if mw is None:
            return None
        n, en = mw
        self.emit(en, self.words[i][0], self.words[i + n - 1][1])
        self.last = self.words[i + n - 1][1]
        return i + n

    def word(self, i: int, low: str) -> int:
        s, e, w = self.words[i]
        if not has_cyrillic(w):
            en = w
        elif low in ("в", "во") and (self.from_before(i) or self.accusative_after(i)):
            en = "to"  # the end of a way: "из Пальмиры в Дейр-эз-Зор", from Palmyra to Deir ez-Zor (not in it);
            # "через Тель-Афар в Сирию", through Tal Afar into Syria
        elif low in _WORDS and (w[:1].islower() or self.sentence_start(s)):
            en = _cap(_WORDS[low]) if w[:1].isupper() and low not in _COMMON_NOUNS else _WORDS[low]
        elif low in _NAME_WORDS:
            en = _NAME_WORDS[low] if w[:1].isupper() else _NAME_WORDS[low].lower()
        elif w.isupper() and len(w) > 1 and low in _ACRONYMS:
            en = _ACRONYMS[low]
        elif (dem := _demonym(low)) is not None:
            en = dem
        elif "ск" in low and (m := _PLACE_ADJECTIVE.match(low)) is not None and (en := self.place_adjective(m.group(1))) \
                and not (i + 1 < len(self.words) and ru_key(self.words[i + 1][2]).startswith(_PARTY_WORDS)):
            pass  # (not a party's or a movement's name: "Туркестанской исламской партии")
        elif w[:1].isupper() and i > 0 and self.single_space(i - 1) and _given_ru(ru_key(self.words[i - 1][2])):
            en = _cap(transliterate(w))  # a surname after a given name: "Ахмеда Хомси" is Ahmad Homsi, not Homs
        elif w[:1].isupper():
            en = self.names.get(low) if w.isupper() and len(w) > 1 else None
            if en is None:
                en = self.name_at(i)
        elif (art := w.split("-", 1))[0] in _ARTICLES and len(art) == 2 and art[1][:1].isupper() \
                and not (i and self.upper(i - 1) and self.single_space(i - 1)):
            # a name after its article in lower case: "аль-Асвад" (al-Aswad); not after a capitalised word, where
            # it ends a name of its own ("Хан аль-Асал"), or a man's ("Сухейб ар-Рави")
            en = self.name_at(i)
        else:
            en = transliterate(w)
        self.emit(en, s, e)
        self.last = e
        return i + 1

    def from_before(self, i: int) -> bool:
        """Whether "из", "от" (from) or "через" (through) stands among the three words before word ``i``, in the same
        clause."""
        w = self.words
        for j in range(i - 1, max(-1, i - 4), -1):
            if any(ch in self.text[w[j][1]:w[j + 1][0]] for ch in ".,;:!?()«»"):
                return False
            if ru_key(w[j][2]) in ("из", "от", "через"):
                return True
        return False

    def accusative_after(self, i: int) -> bool:
        """Whether the name after "в" (word ``i``) is in the accusative of a name in -ия, so that "в" is "into":
        "в Сирию", "в Турцию" (in Syria, in Turkey being "в Сирии", "в Турции")."""
        if i + 1 >= len(self.words):
            return False
        nxt = self.words[i + 1][2]
        return nxt[:1].isupper() and len(nxt) > 4 and nxt.endswith("ию") and self.single_space(i)

    def place_adjective(self, stem: str) -> str | None:
        """The English name of the place an adjective is made from: "идлибской" (of Idlib) → "Idlib", "алеппской"
        → "Aleppo", "латакийской" → "Latakia"."""
        for form in (stem + "а", stem + "о", stem, stem[:-2] + "ия" if stem.endswith("ий") else ""):
            if form and (en := self.names.get(form)):
                return en
        return None

    def render(self):
        rules = (self.abbreviation, self.phrase, self.noun_after, self.noun_before, self.in_guillemets,
                 self.name_of_words)
        i = 0
        while i < len(self.words):
            low = ru_key(self.words[i][2])
            self.gap(self.last, self.words[i][0])
            for rule in rules:
                nxt = rule(i, low)
                if nxt is not None:
                    break
            else:
                nxt = self.word(i, low)
            i = nxt
        self.gap(self.last, len(self.text))
        return "".join(self.out), self.pieces
