"""Division words, directions, the tokenizer's patterns, the gaps between names, and the resolution's weights."""

from __future__ import annotations

import re

from ..fold import fold, fold_token
from ..resolve import ARAB_COUNTRIES


_PARTICLES = frozenset("van von de del della di da du la le der den ter".split())
_SYRIA_CUES = re.compile(r"ghouta|damascus|syria|rebel|jaish|eastern", re.I)

_ADMIN_SUFFIX = {"province": ("admin1", "admin2", "region"), "governorate": ("admin1", "admin2", "region"),
                 "countryside": ("admin1", "admin2", "region"), "district": ("admin2", "admin1"),
                 "region": ("admin1", "region", "admin2"), "provinces": ("admin1",), "governorates": ("admin1",),
                 "pocket": ("admin1", "admin2", "region"), "mountains": ("region", "admin1", "admin2")}
#: (the highlands of a province or a region: "the Latakia mountains", "the Qalamoun mountains")
#: A division's word after the last of a list that shares it: "the Idlib and Hama countryside", "Aleppo, Idlib
#: and Hama provinces" (not a singular "province": "Aleppo and Idlib province" may be a city and a province).
_SHARED_SUFFIX = frozenset(("countryside", "provinces", "governorates"))
_ADMIN_PREFIX = {"rural": ("admin1", "admin2", "region"), "rif": ("admin1", "admin2", "region"),
                 "reef": ("admin1", "admin2", "region"), "ريف": ("admin1", "admin2", "region"),
                 "محافظة": ("admin1", "admin2"), "منطقة": ("admin2", "admin1", "region"), "قضاء": ("admin2", "admin1"),
                 "provinz": ("admin1", "admin2", "region"),
                 "bezirk": ("admin2", "admin1")}  # (German: "in der Provinz Idlib", "im Bezirk Lice")
#: English nouns of a division before "of" and the name: "the province of Idlib", "the district of Tal Afar"
_OF_ADMIN = {"province": ("admin1", "admin2", "region"), "governorate": ("admin1", "admin2", "region"),
             "provinces": ("admin1",), "governorates": ("admin1",), "district": ("admin2", "admin1"),
             "districts": ("admin2", "admin1")}
_BORDER_WORDS = frozenset(("border", "borders", "boundary", "frontier", "frontline", "front"))
_BORDER_KINDS = ("admin1", "country")
#: French and Spanish nouns of a division, before "de"/"d'" and the name
#: French, Spanish and Italian nouns of a feature before its name, and the English names the gazetteer has for such
#: features ("la diga di Mosul" is the Mosul Dam, "el monte Sinjar" Mount Sinjar, "la strada del Castello" the
#: Castello road); where the data lists the noun and name themselves ("le lac Assad"), _ROMANCE_FEATURES reads them
_ROMANCE_FEATURE_BEFORE = re.compile(
    r"(?:^|(?<=[\s'’]))(?P<noun>campo\s+petrol[ií]fero|giacimento\s+petrolifero|champ\s+p[ée]trolier|"
    r"gisement\s+p[ée]trolier|champ|gisement|giacimento|citadelle|ciudadela|cittadella|château|castillo|"
    r"diga|presa|barrage|represa|aeroporto|aeropuerto|aéroport|base\s+a[ée]rea|"
    r"base\s+a[ée]rienne|ponte|puente|pont|campos|campo|campamentos|campamento|camps|camp|campi|"
    r"monte|monti|montes|mont|monts|montagna|montaña|alture|alturas|hauteurs|colline|collines|colinas|"
    r"montagne|montagnes|strada|carretera|route|autostrada|autopista|autoroute|lago|lac|prigione|prisión|cárcel|"
    r"carcel|prison|carcere|shrine|tomb|mausoleum|monastère|monasterio|monastero|templo|temple|tempio)"
    r"\s*(?:\s(?:de\s+la|de\s+los|de|di|du|des|del|della|dello|degli|of)\s+|"
    r"\s(?:de\s+l|dell|d)['’](?:(?:al|el|as|ash|ad|at|ar|az|an|ach)-)?|\s)$", re.I)  # (and "d'al-Omar")
_FEATURE_EN = {"diga": "{} dam", "presa": "{} dam", "barrage": "{} dam", "represa": "{} dam",
               "aeroporto": "{} airport", "aeropuerto": "{} airport", "aéroport": "{} airport",
               "base": "{} air base", "ponte": "{} bridge", "puente": "{} bridge", "pont": "{} bridge",
               "campo": "{} camp", "campamento": "{} camp", "camp": "{} camp", "campos": "{} camp",
               "campamentos": "{} camp", "camps": "{} camp", "campi": "{} camp",
               "monte": "mount {}|{} mountains|{} mountain", "monti": "{} mountains", "montes": "{} mountains",
               "mont": "mount {}|{} mountains", "monts": "{} mountains", "montagna": "mount {}|{} mountains",
               "montaña": "mount {}|{} mountains", "montagne": "mount {}|{} mountains", "montagnes": "{} mountains",
               # (heights and hills: "le alture di Thardah", the Thardah heights by Deir ez-Zor's airport)
               "alture": "{} mountains|{} hills|mount {}", "alturas": "{} mountains|{} hills|mount {}",
               "hauteurs": "{} mountains|{} hills|mount {}", "colline": "{} hills|{} mountains",
               "collines": "{} hills|{} mountains", "colinas": "{} hills|{} mountains",
               "strada": "{} road|{} highway", "carretera": "{} road|{} highway", "route": "{} road|{} highway",
               "autostrada": "{} highway", "autopista": "{} highway", "autoroute": "{} highway",
               "lago": "lake {}", "lac": "lake {}", "prigione": "{} prison", "prisión": "{} prison",
               "carcere": "{} prison", "cárcel": "{} prison", "carcel": "{} prison", "prison": "{} prison",
               "campo petrolífero": "{} oil field", "campo petrolifero": "{} oil field",
               "giacimento petrolifero": "{} oil field", "champ pétrolier": "{} oil field",
               "champ": "{} oil field|{} gas field", "gisement": "{} oil field|{} gas field",
               "giacimento": "{} oil field|{} gas field",
               "champ petrolier": "{} oil field", "gisement pétrolier": "{} oil field",
               "gisement petrolier": "{} oil field",
               "citadelle": "{} citadel|{} castle", "ciudadela": "{} citadel|{} castle",
               "cittadella": "{} citadel|{} castle", "château": "{} castle|{} citadel",
               "castillo": "{} castle|{} citadel",
               # (and English nouns of a shrine in lower case: "the shrine of al-Abbas", "the tomb of Suleyman Shah")
               "shrine": "{} shrine|shrine of {}", "tomb": "tomb of {}|{} tomb|{} shrine",
               "mausoleum": "mausoleum of {}|{} mausoleum|tomb of {}|{} shrine",
               # (a monastery's: "el monasterio de Mar Behnam")
               "monastère": "{} monastery|monastery of {}", "monasterio": "{} monastery|monastery of {}",
               "monastero": "{} monastery|monastery of {}",
               # (a temple's: "el templo de Bel", in Palmyra)
               "templo": "temple of {}|{} temple", "temple": "temple of {}|{} temple",
               "tempio": "temple of {}|{} temple"}
_ROMANCE_FEATURE_PREV = frozenset(("de", "di", "du", "des", "del", "della", "dello", "degli", "la", "los", "l", "dell",
                                   "d", *(w for k in _FEATURE_EN if k != "base" for w in k.split()), "aerea", "aérea",
                                   "aérienne", *(f"d{q}{a}" for q in "'’" for a in
                                                 "al el as ash ad at ar az an ach".split())))  # ("d'al-Omar")

_ROMANCE_ADMIN = {"province": ("admin1", "admin2", "region"), "gouvernorat": ("admin1", "admin2", "region"),
                  "provincia": ("admin1", "admin2", "region"), "région": ("admin1", "region", "admin2"),
                  "district": ("admin2", "admin1")}
_DIRECTIONS = frozenset("""northern southern eastern western north south east west central northeastern
northwestern southeastern southwestern north-eastern north-western south-eastern south-western northeast northwest
southeast southwest north-east north-west south-east south-west""".split())

_DIRECTION_ADJ = frozenset("""northern southern eastern western northeastern northwestern southeastern
southwestern north-eastern north-western south-eastern south-western""".split())
# (not "central": "central Homs" is the city's centre, not the governorate's)

_CONNECTORS = {"of", "for", "the", "al", "el", "ash", "ad", "as", "at", "az", "ar", "an", "ath", "es", "ez",
               "ed", "en", "er", "de", "du", "la", "des", "bin", "ibn"}

#: The Arabic article assimilated to a sun letter (an-Nabk, as-Suwayda, ash-Shaddadi) comes only before that letter.
_SUN_ARTICLES = frozenset("an as ash at ath ad adh ar az en es ed er ez".split())


_DOTTED_RUN = re.compile(r"(?:[A-Z][A-Za-z]{0,4}\. ?){1,3}")
_CONTRACTION = re.compile(r"['’](?:ve|ll|re|d|m|t)$|n['’]t$", re.I)
# a word may carry ayn/hamza marks inside ("Ma'arrat") and, for the marks that are never quotes, at either end
# ("`Ayn", "Mari`")
_TOKEN_RE = re.compile(r"(?=[\w`ʿʾ])(?:(?:[A-Z]\.){2,}|(?<![\w-])[A-Z][-‐–]?\d{1,3}(?![\w-])|(?<=[A-Za-z] )\d{1,3}(?![\w:/-]|[.,]\d)|"
                       r"[`ʿʾ]?[^\W\d_]+(?:[\u0300-\u036f\u064b-\u065f\u0670]+[^\W\d_]*)*"
                       r"(?:['’`ʿʾ][^\W\d_]+(?:[\u0300-\u036f\u064b-\u065f\u0670]+[^\W\d_]*)*)*[`ʿʾ]?)",
                       re.UNICODE)  # (the look-ahead first: at a space or a mark the search moves on after one test)
# "T4", "T-4": a code name; a number after a word ("Tower 22"), read only where it
# ends a name the gazetteer holds; a word keeps its vowel marks ("حَلَب", a decomposed "ā")
# between two words of one name: spaces or a hyphen, then perhaps an ayn/hamza mark ("Tall `Awladan", "al-'Ayn")
# (a hamza or ayn may end the word before: "Saba' al Ahmad")
_NO_KEY = frozenset(("",))  # (folded: an Arabic article)
_ARTICLE_OR_THE = frozenset(("", "the"))  # (folded: an Arabic article folds to "")
#: :data:`_TOKEN_RE` as one group, to split a text on its words
_TOKEN_SPLIT = re.compile(f"({_TOKEN_RE.pattern})", re.UNICODE)
#: the same for a text in ASCII, where letters are [A-Za-z] and no mark, dash or quote outside ASCII can occur (a
#: quarter faster: no test of a character's Unicode category)
_TOKEN_SPLIT_ASCII = re.compile(r"((?=[\w`])(?:(?:[A-Z]\.){2,}|(?<![\w-])[A-Z]-?\d{1,3}(?![\w-])|"
                                r"(?<=[A-Za-z] )\d{1,3}(?![\w:/-]|[.,]\d)|`?[A-Za-z]++(?:['`][A-Za-z]++)*`?))")
_GAP_OK = re.compile(r"['’`ʿʾ]?[ \t\-‐–]{1,3}['’‘`ʿʾ]?$")
_SPACED_DASH = re.compile(r"[ \t][-‐–][ \t]")
#: "Lebanon, Pa.": a comma (on one line) between a name and its qualifier, and punctuation or the end after it
#: words that give the name after them as another name of a place: "the city once known as Antioch", "ancient
#: Antioch", "formerly called Mesopotamia"
_ALIAS_BEFORE = re.compile(r"(?:known|called|named) as\s+$|\b(?:ancient|formerly|once called|antique|antigua|antica|"
                           r"einst|ehemals|alten)\s+(?:the\s+)?$", re.I)
#: between two names of one place: "Derik, which Damascus calls al-Malikiyah", "Kobani, also known as Ain al-Arab",
#: "Serêkaniyê (Ras al-Ain)", "Qaraqosh, or Bakhdida", "Antakya, the ancient Antioch", "Derik, the town known in
#: Arabic as al-Malikiyah"
_ALIAS_GAP = re.compile(r",?[ \t]+(?:(?:which|that)[ \t]+(?:\S+[ \t]+){0,3}(?:calls?|called|names?)|"
                        r"(?:the[ \t]+(?:town|city|village)[ \t]+)?(?:also[ \t]+)?(?:known|called)[ \t]+"
                        r"(?:in[ \t]+[A-Z]\w+[ \t]+)?as|aka|a\.k\.a\.|or|"
                        r"(?:the[ \t]+)?(?:ancient|historic|old|former|formerly|once)(?:[ \t]+(?:called|named))?)[ \t]+"
                        r"|[ \t]*\([ \t]*")
_WHICH_GAP = re.compile(r",?[ \t]+(?:which|that)[ \t]+(?:the[ \t]+)?")
_CALLS_GAP = re.compile(r"(?:'s)?[ \t]+(?:\S+[ \t]+)?(?:calls?|called|names?)[ \t]+")
#: a generic name of a town's part written in lower case, which only the town named before it can hold: "the old
#: city", "la vieille ville", "nella città vecchia", "المدينة القديمة" (Arabic has no capitals), "Aleppo's medieval
#: citadel"
_LOWER_GENERIC = re.compile(r"(?:(?<=\bthe )|(?<=['’]s ))old (?:city|town)\b|(?<=\bla )(?:vieille ville|ciudad vieja|"
                            r"città vecchia)\b|(?<=lla )città vecchia\b|(?<=\bel )casco antiguo\b|(?<=\bil )centro storico\b|"
                            r"(?:(?<=\bthe )|(?<=['’]s )|(?<=\bmedieval ))citadel\b|(?<!\w)المدينة القديمة(?!\w)")
# (an Arabic comma or semicolon may follow: "داخل المدينة القديمة،")
_LIST_GAP = re.compile(r"[ \t]*,[ \t]*(?:(and|or)[ \t]+)?|[ \t]+(and|or|&)[ \t]+")
#: the Arabic article as Latin letters write it before a name ("al-Naïm", "Ad Dana", "el-Bab")
_LATIN_ARTICLES = frozenset("al el ad ed ar er as es ash esh at et az ez an en ath adh al- el-".split())
#: the lands whose places bear the Arabic article in their names
_ARTICLE_LANDS = ARAB_COUNTRIES | frozenset("TR IR IL AF PK TD ML NE ER".split())
_QUALIFIER_GAP = re.compile(r"[ \t]*,[ \t]*")
#: an American army post or camp, then a comma, before a state's name: "Fort Stewart, Georgia"
_US_POST_BEFORE = re.compile(r"\b(?:Fort|Camp)[ \t]+[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*)?[ \t]*,[ \t]*\Z")
#: an American politician's title before a state's name: "senator from Georgia", "Gov. Brian Kemp of Georgia"
_US_TITLE_BEFORE = re.compile(r"\b(?:[Ss]enators?|Sen\.|Rep\.|[Rr]epresentatives?|[Gg]overnors?|Gov\.|"
                              r"[Cc]ongress(?:wo)?m[ae]n|[Ll]awmakers?)(?:[ \t]+[A-Z][\w.'-]*){0,3}[ \t]+(?:of|from)"
                              r"[ \t]+\Z")
#: ... or after it: "a Georgia Republican", "Georgia's governor", "Georgia lawmakers"
_US_TITLE_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?:Republicans?|Democrats?|[Ss]enators?|[Gg]overnor|"
                             r"[Cc]ongress(?:wo)?m[ae]n|[Ll]awmakers?|[Ll]egislature|[Ss]tate[ \t]+[Hh]ouse)\b")
_WASHINGTON_KEY = fold("Washington")  # (the U.S. government as often as the city: "Washington blamed the militia")
_STATE_KEY = fold_token("state")  # ("New York State", "Washington State": the states named like their cities)
#: a list in Arabic: "،" or "و" written onto the next name ("أم جلال والزرزور")
_AR_LIST_GAP = re.compile(r"[ \t]*[،,][ \t]*و?|[ \t]+و")
#: before a division a list of villages lies in, or the town a quarter lies in: " in ", " in the ", " in central ",
#: " في ", " في وسط "
_IN_DIVISION_GAP = re.compile(r"[ \t]+(?:in|within)[ \t]+(?:the[ \t]+)?(?:(?:central|downtown)[ \t]+)?"
                              r"|[ \t]+في[ \t]+(?:وسط[ \t]+)?")
#: "Hajin in eastern Syria": " in ", perhaps a direction, between a name and a country
_IN_COUNTRY_GAP = re.compile(r"[ \t]+in[ \t]+(?:(?:the[ \t]+)?(?:%s)[ \t]+)?"
                             % "|".join(sorted(_DIRECTIONS, key=len, reverse=True)))
#: (or a dateline's dash or agency: "ALLENDALE, N.J. --", "SEVERN, Md. (ABC7) —")
_QUALIFIER_END = re.compile(r"\.?(?:[,.;:)!?\n]|$|[ \t]*(?:[—–]|--?[ \t]|\())")
#: a settlement's noun set after a name by a comma: "Bashir, a village a few kilometres to the south-west", "Solagh, a
#: small town east of Sinjar" (the text says what the name is)
_SETTLEMENT_APPOSITION = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:village|town|hamlet|settlement|"
                                    r"township|suburb|district|neighbou?rhood|quarter|camp)\b")
#: the same in French, Spanish and Italian, where the article may go: "al-Baghdadi, cittadina sull'Eufrate", "Nawa, une
#: ville du sud"
_ROMANCE_APPOSITION = re.compile(r",[ \t]+(?:(?:una?|une|la|el|il)[ \t]+)?(?:(?:piccola|petite|pequeña)[ \t]+)?"
                                 r"(?:cittadina|città|villaggio|paese|borgo|ville|village|localité|bourgade|ciudad|"
                                 r"pueblo|localidad|aldea|poblado)\b")
#: a village's noun right before a name: "the village of Arak", "la aldea de Arak", "le village de Kafr Nabl", "il
#: villaggio di Kocho" (the text says the name is a village's, not a city's abroad)
_VILLAGE_BEFORE = re.compile(r"(?:\b[Vv]illages?[ \t]+(?:of|de|d['’])|\b[Aa]ldeas?[ \t]+(?:de|del)|\b[Vv]illaggi[o]?[ \t]+di"
                             r"|\bDorf(?:es)?)[ \t]*$")
_SENT_END = re.compile(r"[.!?:;\n\"“”—–•]\s*$|^\s*$")  # (a dash or a bullet opens a list item too)

_CTX_W = 35.0
_CURATED_W = 10.0
_ALT_NAME_COST = 4.0  # a place matched through an alternate name, not its own (as in resolve)
_ACTOR_W = 0.25  # the country vote of a demonym naming an armed force ("Turkish jets"), against 1 for others
_LOCAL_W = 20.0  # the country named nearest to an ambiguous name, within _LOCAL_SPAN characters
_LOCAL_SPAN = 200
#: what joins a place to the place it is measured from: "Koya, east of Erbil", "Kisweh, 15 km south of Damascus",
#: "قرية الأربعين شمال حماة" (al-Arbaeen, north of Hama)
_BEARING_OF = re.compile(
    r"\s*,?\s*(?:(?:about|some|around|roughly|nearly|just)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles)"
    r"\s+)?(?:to\s+the\s+)?(?:(?:north|south)[- ]?(?:east|west)|north|south|east|west)(?:ern)?\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village|province|governorate)\s+of\s+)?"
    r"|\s*,?\s+(?:in|near|outside)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?"
    r"|\s*،?\s*(?:شمال|جنوب|شرق|غرب)ي?(?:\s+(?:شرق|غرب)ي?)?\s+(?:(?:مدينة|بلدة|محافظة)\s+)?"
    # French, Spanish, Italian and German: "à l'ouest de", "au nord-est d'", "al sur de", "a ovest di", "westlich von"
    r"|\s*,?\s+(?:(?:à|a)\s+(?:\d+\s*km\s+)?)?(?:au|à\s+l['’]|al|a)\s*(?:nord|sud|est|ouest|norte|sur|este|oeste|ovest)"
    r"(?:-?(?:est|ouest|este|oeste|ovest))?\s+(?:de\s+(?:la\s+ville\s+de\s+)?|d['’]|di\s+)"
    r"|\s*,?\s+(?:nord|süd|ost|west|nordöst|nordwest|südöst|südwest)lich\s+von\s+"
    r"|\s*,?\s+(?:près\s+de\s+|près\s+d['’]|cerca\s+de\s+|vicino\s+a\s+|nahe\s+)", re.I)
#: a distance put after a name: "Hit, some 50 km upriver", "Tasil, 10 km west of Nawa"
_DISTANCE_AFTER = re.compile(r",\s+(?:(?:some|about|around|roughly|nearly|just|only)\s+)?\d+(?:[.,]\d+)?\s*"
                             r"(?:km|kilometres|kilometers|miles)\b")
_IN_OR_NEAR = re.compile(r"\s*,?\s+(?:in|near|outside|près|cerca|vicino|nahe)\s", re.I)
_SENTENCE_BREAK = re.compile(r"[.!?]['\"”’)]*\s+(?=[\"“‘(]?[A-Z])|\n\s*\n")
KIND_RANK = {"country": 0, "admin1": 1, "region": 2, "admin2": 3, "locality": 4, "site": 5}
