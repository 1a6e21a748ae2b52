"""Find place mentions in text and resolve them.

The geoparser is gazetteer-driven: it tokenizes the text once, folds each token
(:func:`gazetteer.fold.fold_token`, memoized) and greedily matches the longest run of tokens
that forms a known place key, starting only at capitalized words (or Arabic script). Before
matching it masks

* organisation names — a list of known ones (newspapers, armed groups, agencies) and any
  capitalized run containing an organisation word (*Army*, *Front*, *Times*, *Journal*,
  *Observatory*, *Ministry*, *Liwa*, *Jaish*, …);
* people's names — runs after a title (*President*, *Gen.*, *spokesman*) or a kinship word and
  *of* (*wife of*), or starting with a common given name, and well-known surnames; a name ends
  before *of* (*Governor Ali Hassan of Raqqa*: Raqqa is a place); an honorific (*Mrs. Lincoln*) or
  an initial (*Tyrise M. Bell*) before a place's name, or *said* right after a small place's name
  (*Robertson said*; but *Damascus said*), makes it a person;
* words that are places only by accident (*Of*, *Mobile*, *Reading*, the Russian *Duma*…).

Demonyms (*Syrian*, *Turkish*, *Iraqi*, *Kurdish*, *Russian*…) become mentions of kind
``demonym`` pointing at their country (Kurdish: the Kurds' region, Kurdistan), also before words
for that country's state (*the Turkish Government*, *Syrian TV*). "X province", "X governorate",
"rural X", "X countryside" and, for a Syrian governorate, "northern X" resolve to the admin area
("X district" with no such area is the town or city quarter: *Sheikh Maqsoud district*). An English
*An*, *At*, *As* before a word that does not open with its sun letter is no Arabic article (*An
Alexandria man*); a name written with its article is judged as written (*al-Tanf*, *Ad Dana*).
A place name opening an airport's name (*Damascus International Airport*) is that place, unless
the gazetteer knows the airport itself.

In a text about Syria, Iraq or Turkey, a spelling no source lists (*Mhambel* for Muhambal) is
matched by its consonant skeleton when it stands where a place name stands and the text's
geography confirms it (a governorate the text names, or another place within 60 km named in the
same sentence); such
mentions carry a lower confidence.

Arabic text has no capitals to go by: there, a conjunction or preposition written onto a name
(*والرستن*, "and al-Rastan") is split off, common nouns that some place bears as its name
(*مدينة*, "city") are not places alone, Arabic cue words (*في*, *قرب*, *بلدة*…) stand for
"in", "near", "town", and nationality adjectives (*الروسية*) are demonyms.

Ambiguous names are resolved in two passes: importance and the countries the text is about
(a name never counts as evidence for its own reading), then proximity to the other places the
text names. A place bearing the name as its own outranks one that has it as an alternate name
(the Syrian Ras al-Ayn, not Ceylanpinar); an alternate name, or a spelling that only folds to a
name, counts only in a text about that place's country unless the place is big or curated (and a
big city's alternate name yields to a place bearing it as its own). A province or district yields
to a town of its name in the same province (*Idlib*, *Quneitra*), not to a hamlet or to a town that
has the name only as an alternate (*Hatay* is the province, not Antakya). A
name qualified by a division or country after a comma (*Lebanon, Pa.*, *Tal Abyad, Raqqa*) lies
inside it, or is left out when no place of that name does; so does one followed by "in" and a
country (*Al Jazirah in Sudan*). Generic names (*the Old City*, *Downtown*) count only in a text
about the country of a place that bears them.

A river whose course the gazetteer holds (the Euphrates, the Tigris, the Khabur, the Orontes) is
put on that course at the point nearest the places named beside it (*Nasiriyah, on the Euphrates*:
the river at Nasiriyah), and it speaks for the places along it in its sentence, not for those near
its one representative point.

Examples
--------
>>> from gazetteer import default
>>> text = "Syrian state media said jets hit Talbiseh and Rastan in Homs province."
>>> [(m.surface, m.kind, m.place.country) for m in default().geoparse(text)]
[('Syrian', 'demonym', 'SY'), ('Talbiseh', 'place', 'SY'), ('Rastan', 'place', 'SY'), ('Homs province', 'place', 'SY')]
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import math
import re
from dataclasses import dataclass
from itertools import accumulate, compress
from typing import TYPE_CHECKING

from .countries import country_of
from .cyrillic import has_cyrillic
from .fold import ARTICLES, fold, fold_each, fold_token, opens_arabic
from .index import F_ADMIN1, F_CC, F_KIND, F_LAT, F_LON, F_POP, F_SRC
from .parts import with_parts
from .kurmanji import EZAFE, is_kurmanji, to_direct
from .model import Place
from .rendering import span_of
from .resolve import ARAB_COUNTRIES, importance, namesake_town

if TYPE_CHECKING:  # pragma: no cover
    from .index import Gazetteer

__all__ = ["Mention", "Geoparser", "DEMONYMS"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A place mentioned in a text.

    Attributes
    ----------
    start, end : int
        Python string offsets; ``text[start:end] == surface``.
    surface : str
        The text as written (including a qualifier such as "province").
    place : Place or None
        The resolved place.
    kind : str
        ``place`` or ``demonym``.
    confidence : float
        0..1.
    name_start, name_end : int
        Offsets of the name proper (without "province", "rural" …).
    """

    start: int
    end: int
    surface: str
    place: Place | None
    kind: str = "place"
    confidence: float = 1.0
    name_start: int = -1
    name_end: int = -1

    @property
    def score(self) -> float:
        """Confidence on a 0..100 scale."""
        return round(100.0 * self.confidence, 1)

    def to_dict(self) -> dict:
        p = self.place
        return {"text": self.surface, "start": self.start, "end": self.end,
                "name": p.name if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
                "kind": p.kind if p else None, "mention": self.kind, "country": p.country if p else None,
                "id": p.id if p else None, "score": self.score}


# ----------------------------------------------------------------------------- word lists

#: Demonym → ISO2 country code (or a place id for regions).
DEMONYMS = {}
_DEMONYM_WORDS = ({
    "SY": "Syrian Syrians", "TR": "Turkish Turk Turks", "IQ": "Iraqi Iraqis", "RU": "Russian Russians",
    "US": "American Americans", "GB": "British Briton Britons", "FR": "French", "DE": "German Germans",
    "IR": "Iranian Iranians", "IL": "Israeli Israelis", "LB": "Lebanese", "JO": "Jordanian Jordanians",
    "SA": "Saudi Saudis", "QA": "Qatari Qataris", "AE": "Emirati Emiratis", "EG": "Egyptian Egyptians",
    "CN": "Chinese", "AF": "Afghan Afghans", "PK": "Pakistani Pakistanis", "LY": "Libyan Libyans",
    "YE": "Yemeni Yemenis", "PS": "Palestinian Palestinians", "UA": "Ukrainian Ukrainians",
    "IT": "Italian Italians", "ES": "Spanish", "JP": "Japanese", "IN": "Indian", "CA": "Canadian Canadians",
    "AU": "Australian Australians", "MX": "Mexican Mexicans", "BR": "Brazilian Brazilians", "GR": "Greek Greeks",
    "CY": "Cypriot Cypriots", "AM": "Armenian Armenians", "AZ": "Azerbaijani Azerbaijanis", "KW": "Kuwaiti Kuwaitis",
    "BH": "Bahraini Bahrainis", "OM": "Omani Omanis", "TN": "Tunisian Tunisians", "DZ": "Algerian Algerians",
    "MA": "Moroccan Moroccans", "SD": "Sudanese", "SO": "Somali Somalis", "NG": "Nigerian Nigerians",
    "KE": "Kenyan Kenyans", "BE": "Belgian Belgians", "NL": "Dutch", "SE": "Swedish Swedes",
    "NO": "Norwegian Norwegians", "DK": "Danish Danes", "PL": "Polish Poles", "CH": "Swiss", "AT": "Austrian Austrians",
    "KR": "Korean Koreans", "VN": "Vietnamese", "TH": "Thai", "ID": "Indonesian Indonesians",
    "PH": "Filipino Filipinos", "MY": "Malaysian Malaysians", "IE": "Irish", "PT": "Portuguese",
    "CU": "Cuban Cubans", "VE": "Venezuelan Venezuelans", "CO": "Colombian Colombians", "AR": "Argentine Argentinian",
    "ZA": "", "ET": "Ethiopian Ethiopians", "ZW": "Zimbabwean Zimbabweans", "UG": "Ugandan Ugandans",
    "HU": "Hungarian Hungarians", "RO": "Romanian Romanians", "BG": "Bulgarian Bulgarians", "RS": "Serbian Serbs",
    "CZ": "Czech Czechs", "FI": "Finnish Finns", "BY": "Belarusian Belarusians", "KZ": "Kazakh Kazakhstani", "GE": "Georgian Georgians",
    "UZ": "Uzbek Uzbeks", "TM": "Turkmenistani", "TJ": "Tajik Tajiks", "CL": "Chilean Chileans", "PE": "Peruvian Peruvians",
    "HR": "Croatian Croatians Croats", "BA": "Bosnian Bosnians", "SK": "Slovak Slovaks", "SI": "Slovenian Slovenians",
    "LT": "Lithuanian Lithuanians", "LV": "Latvian Latvians", "EE": "Estonian Estonians", "IS": "Icelandic Icelanders",
    "AL": "Albanian Albanians", "MD": "Moldovan Moldovans", "ME": "Montenegrin Montenegrins", "XK": "Kosovar Kosovars",
    "MR": "Mauritanian Mauritanians", "ER": "Eritrean Eritreans", "DJ": "Djiboutian Djiboutians",
    "BD": "Bangladeshi Bangladeshis", "NP": "Nepalese Nepali", "KG": "Kyrgyz", "MN": "Mongolian Mongolians",
    "TW": "Taiwanese", "SG": "Singaporean Singaporeans", "JM": "Jamaican Jamaicans", "HT": "Haitian Haitians",
    "EC": "Ecuadorian Ecuadorians", "BO": "Bolivian Bolivians", "PY": "Paraguayan Paraguayans",
    "UY": "Uruguayan Uruguayans", "GH": "Ghanaian Ghanaians", "SN": "Senegalese", "CI": "Ivorian Ivorians",
    "CM": "Cameroonian Cameroonians", "RW": "Rwandan Rwandans", "TZ": "Tanzanian Tanzanians", "ZM": "Zambian Zambians",
    "MW": "Malawian Malawians", "MZ": "Mozambican Mozambicans", "AO": "Angolan Angolans", "NA": "Namibian Namibians",
    "ML": "Malian Malians", "NE": "Nigerien Nigeriens", "TD": "Chadian Chadians",
    "cur:kurdistan": "Kurdish Kurds Kurd", "cont:EU": "European Europeans", "cont:AF": "African Africans",
    "cont:AS": "Asian Asians", "cur:gb-scotland": "Scottish", "cur:gb-wales": "Welsh",
}, {  # Arabic adjectives of nationality (with and without the article; not "سورية", which also names the country)
    "SY": "السوري السوريين السورية سوري", "RU": "الروسية الروسي الروس روسية روسي",
    "TR": "التركية التركي الأتراك تركية تركي", "IQ": "العراقية العراقي العراقيين عراقية عراقي",
    "US": "الأمريكية الأمريكي الأميركية الأميركي الأمريكيين", "IR": "الإيرانية الإيراني إيرانية إيراني",
    "IL": "الإسرائيلية الإسرائيلي إسرائيلية إسرائيلي", "cur:kurdistan": "الكردية الكردي الأكراد الكرد كردية كردي",
    "LB": "اللبنانية اللبناني اللبنانيين لبنانية لبناني", "JO": "الأردنية الأردني الأردنيين أردنية أردني",
    "EG": "المصرية المصري المصريين مصرية مصري", "FR": "الفرنسية الفرنسي فرنسية فرنسي",
    "GB": "البريطانية البريطاني بريطانية بريطاني",
}, {  # plural and indefinite forms in Arabic, and Kurmanji ("Leşkerên Tirk", Turkish soldiers)
    "US": "أمريكية أمريكي أميركية أميركي الأمريكيون الأميركيون أمريكيون أميركيون",
    "IQ": "عراقيون العراقيون", "SY": "سوريون السوريون سوريين", "IR": "إيرانيون الإيرانيون الإيرانيين",
    "TR": "أتراك Tirk Tirkan", "RU": "Rûs",
}, {  # more Kurmanji ("artêşa sûrî", the Syrian army: kurmanji.py capitalises the adjective)
    "SY": "Sûrî", "IQ": "Îraqî Iraqî", "IR": "Îranî Iranî", "US": "Amerîkî", "RU": "Rûsî",
}, {  # Turkish adjectives of nationality, capitalised ("Rus askeri polisi", "Suriyeli mülteciler")
    "TR": "Türk", "RU": "Rus", "US": "Amerikan", "SY": "Suriyeli", "IQ": "Iraklı", "IR": "İranlı",
    "IL": "İsrailli", "cur:kurdistan": "Kürt",
})
for _table in _DEMONYM_WORDS:
    for _cc, _words in _table.items():
        for _w in _words.split():
            DEMONYMS[_w] = _cc
#: Arabic adjectives of nationality of more countries, each in its eight forms (article, feminine, plurals):
#: "الفلسطيني", "اليمنية", "قطريين" (not "عماني", which is also Amman's, nor "مغربي", also "western")
_AR_NISBA = {"PS": "فلسطيني", "YE": "يمني", "QA": "قطري", "IT": "إيطالي", "DE": "ألماني", "SA": "سعودي",
             "AE": "إماراتي", "KW": "كويتي", "BH": "بحريني", "LY": "ليبي", "TN": "تونسي", "DZ": "جزائري",
             "SD": "سوداني", "CN": "صيني", "PK": "باكستاني", "AF": "أفغاني", "UA": "أوكراني", "KZ": "كازاخي",
             "GR": "يوناني", "CY": "قبرصي", "AM": "أرمني", "AZ": "أذربيجاني", "JP": "ياباني"}
#: (and the eight forms of the main table's adjectives: "أمريكيين", "إسرائيليين"; not the feminine "سورية", which
#: also names the country)
_AR_NISBA_MORE = {"US": "أمريكي", "IQ": "عراقي", "IR": "إيراني", "IL": "إسرائيلي", "LB": "لبناني", "JO": "أردني",
                  "EG": "مصري", "FR": "فرنسي", "GB": "بريطاني", "TR": "تركي", "RU": "روسي"}
for _cc, _stem in (*_AR_NISBA.items(), *_AR_NISBA_MORE.items(), ("US", "أميركي")):
    for _s in {_stem, _stem.replace("إ", "ا").replace("أ", "ا")}:
        for _w in (_s, _s + "ة", _s + "ين", _s + "ون"):
            DEMONYMS.setdefault(_w, _cc)
            DEMONYMS.setdefault("ال" + _w, _cc)
#: Demonyms in French, Spanish, Italian and German: adjectives, written in lower case ("l'armée syrienne", "las
#: fuerzas turcas", "i jet russi", "syrische Truppen"), and the capitalised nouns for the peoples ("les Syriens",
#: "die Kurden")
_EU_DEMONYM_STEMS = {
    "SY": "syrien syrienne syriens syriennes sirio siria sirios sirias siriano siriana siriani siriane syrisch",
    "IQ": "irakien irakienne irakiens irakiennes iraquí iraquíes iraquies iracheno irachena iracheni irachene irakisch",
    "TR": "turc turque turcs turques turco turca turcos turcas turchi turche türkisch",
    "RU": "russe russes ruso rusa rusos rusas russo russa russi russisch",
    "US": "américain américaine américains américaines estadounidense estadounidenses statunitense statunitensi "
          "americani americane amerikanisch us-amerikanisch",
    "IR": "iranien iranienne iraniens iraniennes iraní iraníes iraniano iraniana iraniani iraniane iranisch",
    "IL": "israélien israélienne israéliens israéliennes israelí israelíes israeliano israeliana israeliani "
          "israeliane israelisch",
    "LB": "libanais libanaise libanaises libanés libanesa libaneses libanese libanesi libanesisch",
    "JO": "jordanien jordanienne jordaniens jordaniennes jordano jordana jordanos jordanas giordano giordana "
          "giordani giordane jordanisch",
    "cur:kurdistan": "kurde kurdes kurdo kurda kurdos kurdas curdo curda curdi curde kurdisch",
    "FR": "française françaises francés francesa franceses francesas francese francesi französisch",
    "GB": "britannique britanniques británico británica británicos británicas britannico britannica britannici "
          "britanniche britisch",
    "ES": "espagnol espagnole espagnols espagnoles español española españoles españolas spagnolo spagnola spagnoli "
          "spagnole spanisch",
    "IT": "italien italienne italiens italiennes italiano italiana italianos italianas italiani italiane italienisch",
    "DE": "allemand allemande allemands allemandes alemán alemana alemanes alemanas tedesco tedesca tedeschi "
          "tedesche deutsch",
    # (the Arab world, its neighbours and the Sahel, whose wars the French, Spanish, Italian and German news covers;
    # not words English also writes in lower case: "china", "afghan")
    "SA": "saoudien saoudienne saoudiens saoudiennes saudí saudíes saudita sauditas sauditi",
    "EG": "égyptien égyptienne égyptiens égyptiennes egipcio egipcia egipcios egipcias egiziano egiziana egiziani "
          "egiziane ägyptisch",
    "LY": "libyen libyenne libyens libyennes libio libia libios libias libico libica libici libiche libysch",
    "YE": "yéménite yéménites yemení yemeníes yemenita yemeniti jemenitisch",
    "TN": "tunisien tunisienne tunisiens tunisiennes tunecino tunecina tunecinos tunecinas tunisino tunisina "
          "tunisini tunisine tunesisch",
    "DZ": "algérien algérienne algériens algériennes argelino argelina argelinos argelinas algerino algerina "
          "algerini algerine algerisch",
    "MA": "marocain marocaine marocains marocaines marroquí marroquíes marocchino marocchina marocchini "
          "marocchine marokkanisch",
    "AE": "émirien émirienne émiriens émiriennes emiratí emiratíes emiratino emiratina emiratini emiratine",
    "QA": "qatarien qatarienne qatariens qatariennes qatari qatarie qataris qataries catarí cataríes qatariota "
          "qatarioti katarisch",
    "GR": "grec grecque grecs grecques griego griega griegos griegas greco greca greci greche griechisch",
    "AT": "autrichien autrichienne autrichiens autrichiennes austriaco austriaca austriacos austriacas austriaci "
          "austriache österreichisch",
    "HU": "hongrois hongroise hongroises húngaro húngara húngaros húngaras ungherese ungheresi ungarisch",
    "PK": "pakistanais pakistanaise pakistanaises paquistaní paquistaníes pakistano pakistana pakistani "
          "pakistanisch",
    "ML": "malien malienne maliens maliennes maliense malienses maliano maliana maliani",
    "NE": "nigérien nigérienne nigériens nigériennes nigerino nigerina nigerinos nigerinas",
    "TD": "tchadien tchadienne tchadiens tchadiennes chadiano chadiana chadianos ciadiano ciadiana ciadiani "
          "tschadisch",
}
_EU_DEMONYMS: dict[str, str] = {"français": "FR"}
#: demonyms that are also languages, after the words that make them the language: "en français", "parle turc"
_EU_LANGUAGES = frozenset("français turc russe allemand espagnol italien kurde".split())
_EU_LANGUAGE_CUES = frozenset("en le du au parle parlent parler parlant traduit".split())
for _cc, _words in _EU_DEMONYM_STEMS.items():
    for _w in _words.split():
        if _w.endswith(("isch", "deutsch")):  # German adjectives take their endings
            for _end in ("", "e", "en", "er", "es", "em"):
                _EU_DEMONYMS[_w + _end] = _cc
        else:
            _EU_DEMONYMS[_w] = _cc
#: the same capitalised, as a sentence opens with them ("Syrische Truppen"), to the form above
_EU_DEMONYMS_CAP = {_w[:1].upper() + _w[1:]: _w for _w in _EU_DEMONYMS}
for _cc, _words in {"SY": "Syriens Syrer Syrern Syrerin Syrerinnen",
                    "IQ": "Irakiens Iraker Irakern Irakerin Irakerinnen",
                    "TR": "Turcs Türken Türkin Türkinnen", "RU": "Russes Russen Russin Russinnen",
                    "US": "Américains Amerikaner Amerikanern Amerikanerin Amerikanerinnen",
                    "IR": "Iraniens Iraner Iranern Iranerin",
                    "IL": "Israéliens", "LB": "Libanais Libanesen Libanesin", "JO": "Jordaniens Jordanier",
                    "cur:kurdistan": "Kurdes Kurden Kurdin Kurdinnen"}.items():
    for _w in _words.split():
        DEMONYMS[_w] = _cc
#: nouns of armed forces written before a Romance demonym ("les avions russes", "las tropas turcas")
_EU_ACTOR_NOUNS = frozenset("""avions avion aviation frappes forces armée troupes chasseurs bombardiers drones raids
soldats militaires aviones aviación ataques fuerzas ejército tropas bombardeos soldados militares aerei aviazione
forze esercito truppe attacchi soldati militari bombardamenti jet caccia
dronên balafirên leşkerên artêşa hêzên tankên topên""".split())

# multi-word demonyms handled above only by their last word; "South African" needs two tokens
_DEMONYM_2 = {("South", "African"): "ZA", ("North", "Korean"): "KP", ("New", "Zealander"): "NZ",
              ("Sri", "Lankan"): "LK", ("South", "Korean"): "KR", ("Saudi", "Arabian"): "SA"}

#: Nouns for armed forces: a demonym before them (after them in Arabic) names who struck, not where ("Turkish
#: warplanes struck Jinderes", "الطائرات الروسية")
_ACTOR_NOUNS = frozenset("""jets jet warplanes warplane planes plane aircraft bombers bomber drones drone helicopters
helicopter gunships troops forces soldiers army military artillery tanks commandos navy marines airstrikes strikes
raids backed led
kampfjets flugzeuge kampfflugzeuge luftwaffe armee truppen streitkräfte drohnen luftangriffe soldaten militär
askerleri askeri askerî ordusu jetleri uçakları savaş topçu tankları kuvvetleri birlikleri siha'ları iha'ları
siha İha helikopterleri komandoları silahlı""".split())
#: (and German and Turkish nouns after the demonym: "russische Kampfjets", "Türk askerleri", "Rus askeri polisi")
_AR_ACTOR_NOUNS = frozenset("""الطائرات طائرات الطيران طيران المقاتلات مقاتلات القاذفات قاذفات المروحيات مروحيات
القوات قوات الجيش جيش المدفعية مدفعية الغارات غارات الضربات ضربات""".split())

#: Abbreviations that are place names.
ABBREVIATIONS = {"U.S.": "US", "U.S.A.": "US", "US": "US", "USA": "US", "U.K.": "GB", "UK": "GB", "UAE": "AE",
                 "U.A.E.": "AE", "EU": "cont:EU", "E.U.": "cont:EU", "DRC": "CD", "KSA": "SA", "PRC": "CN",
                 "ABD": "US", "DYA": "US"}
# (Turkish: Amerika Birleşik Devletleri; Kurmanji: Dewletên Yekbûyî yên Amerîkayê)

_ORG_HEADS = set("""army armies front brigade brigades battalion battalions division regiment corps forces force movement
party council committee assembly observatory ministry department agency news times journal post herald tribune gazette
telegraph press network television tv radio university college institute center centre school hospital bank company
corporation inc ltd group foundation association union organization organisation coalition alliance airlines airways
church club fc court parliament senate congress duma command guard guards police authority commission office
service services society federation fund program programme project legion liwa jaish jabhat harakat kataib katibat
faylaq ansar ahrar jund tajammu suqour fursan saraya hizb hezbollah hizbollah daily weekly magazine review monitor
channel broadcasting report reports watch international mission bureau directorate administration cabinet government
regime institution academy museum stadium league cup team trust partnership initiative summit conference
units unit restaurant hotel cafe café tech fleet presidency command fc sc fk sk observer today tribe clan""".split())
#: Turkish heads of organisations' names, which end the name: army, association, foundation, party, university,
#: agency, newspaper, brigade, division, front, forces, movement, organisation, council, ministry, bar association,
#: chamber, union, command, governorship, municipality, district governorship ("Özgür Suriye Ordusu birlikleri
#: Cerablus'a girdi": the name ends with "Ordusu")
_TR_ORG_HEADS = frozenset("""ordusu derneği vakfı partisi üniversitesi ajansı gazetesi tugayı tümeni cephesi güçleri
hareketi örgütü konseyi bakanlığı barosu odası sendikası komutanlığı valiliği belediyesi kaymakamlığı""".split())
_ANY_ORG_HEADS = frozenset(_ORG_HEADS | _TR_ORG_HEADS)
#: heads that two places' names may share ("the Jazeera and Badia Operations Command")
_SHARED_HEADS = frozenset("command council councils brigade brigades front forces guards units division".split())
#: Words after a broadcaster's or a paper's name that show it is the outlet ("al-Mayadeen TV")
_OUTLET_NOUNS = frozenset("tv television channel network satellite newspaper daily website news reported".split())
_ORG_ARTICLES = frozenset(("al", "el", "ash", "ad", "an", "ar", "as", "at", "az"))
_PLACE_PREPOSITIONS = frozenset("in near outside around into towards toward".split())
_ELISIONS = ("l'", "l’", "d'", "d’", "L'", "L’", "D'", "D’")
_ELISION_LITERALS = re.compile("|".join(_ELISIONS))
#: Italian prepositions with the article elided onto a name ("dell'Iraq", "nell'Iraq", "sull'Eufrate")
_IT_ELISION_GAP = re.compile(r"(?:[dDnN]ell|[sS]ull|[dD]all|[aA]ll|[cC]oll)['’]")
_IT_ELISION = re.compile(_IT_ELISION_GAP.pattern + r"(?=[^\W\d_])")  # (before a word)
_FR_ELISION_GAP = re.compile(r"[lLdD]['’]")

#: After a demonym, words that name the country's own state, not a named organisation
#: ("the Turkish Government", "Syrian Army", "Russian TV"): the demonym refers to the country.
_STATE_WORDS = frozenset("""government army military navy police forces force ministry parliament tv television radio
media regime cabinet embassy consulate intelligence authorities officials troops state air coast guard guards border
foreign defence defense interior health prime minister president presidency
ordusu hükümeti rejimi yönetimi silahlı kuvvetleri güvenlik güçleri dışişleri savunma bakanlığı""".split())
#: (and Turkish, after the country's name: "Irak Ordusu", "Rusya Savunma Bakanlığı")
#: Capitalised words that are never a place, whatever they resemble (languages, peoples, faiths, a holy month, the
#: "Gap" of a named pass).
_NOT_PLACES = frozenset("""arabic arab arabs persian farsi english kurmanji sorani aramaic armenian hebrew
sunni sunnis shia shiite shiites alawite alawites druze christian christians muslim muslims yazidi yazidis roman romans
ramadan gap
turkmen assyrian assyrians
pero però una uno ante sobre esta este ahora hoy tanto mucho solo sólo oggi quella come dal sulla mais doch schon dort
auch para nobel misión""".split())
#: (and, as written, words of Spanish, Italian, French and German that open sentences: but, a, one, before, on, this,
#: now, today, so much, only, that, like, from the, on the, but, yet, already, there, also, for: "Pero" is no Peru;
#: and the prize: "the Nobel" is no Nubl)

#: Common nouns that introduce the proper name of a thing that is not a place ("the company Kolin").
_NAMED_THING = frozenset("""company firm brand newspaper magazine broadcaster channel vessel ship tanker frigate
horse filly colt mare stallion band album film movie song novel book airline carrier operator
codenamed dubbed cruiser destroyer corvette warship submarine freighter""".split())
#: ships, which are named after cities, the capital too ("the guided-missile cruiser Moskva", "der Kreuzer «Moskwa»")
#: French, Spanish and Italian nouns of a square or a roundabout before its name ("rond-point" is read as "point")
_ROMANCE_SQUARES = frozenset("point plaza piazza rotonda glorieta piazzale".split())
_SHIP_NOUNS = frozenset("""vessel ship tanker frigate cruiser destroyer corvette warship submarine freighter kreuzer
raketenkreuzer fregatte croiseur frégate navire crucero fragata buque incrociatore nave""".split())

#: Arabic conjunctions and prepositions written onto the next word ("و" and, "ب" in, "ل" to, "ف" so).
_AR_PROCLITICS = frozenset("وبلف")
_AR_PROCLITICS_2 = frozenset(("وب", "ول", "فب", "فل"))
#: Common words of news whose first letter only looks like a proclitic ("وزارة" ministry is not "and Zarah").
_AR_WHOLE_WORDS = frozenset("""وزارة الوزارة وزير وزراء وكالة ولاية وحدات وحدة وسط وفد وقف وقت بيان بلدة بلدات لجنة لواء
فصائل فريق فرقة""".split())
#: Arabic common nouns that some place also bears as its name ("مدينة" city, not Medina): never places alone.
_AR_STOP_KEYS = frozenset(fold(w) for w in """مدينة بلدة قرية منطقة ريف حي مخيم جبل سهل وادي شمال جنوب شرق غرب وسط
محافظة ناحية مركز طريق نهر مطار قاعدة سفارة الشرقي الغربي الشمالي الجنوبي الشرقية الغربية الشمالية الجنوبية
الإدارة الحكومة الدولة الجيش القوات المعارضة النظام الوزارة القيادة التحالف المجلس المنظمة الأمم الثورة الخليج
الخبر العلم وقف الشهداء بنى الساحل معسكر قلعة جامعة
کرد کردە کردن کرا کراوە""".split())  # (Sorani verbs of "to do": "کردە ئامانج", targeted; not Gerede)
#: folded first words of Arabic place names (spring, hill, village, mount, monastery …) that are keys themselves
_GENERIC_HEADS = frozenset("ayn tl kfr jbl dyr khrbt byt jsr um ras mzrt bir wadi abu shykh tlt".split())
#: Arabic words, as written, that name a village elsewhere but are words here: the months ("في آب", in August, is
#: not Ibb, whose Arabic name "إب" folds alike; "شباط" is no Shubat) and adjectives of fighting ("اشتباكات عنيفة",
#: violent clashes, is not 'Anifah), and nouns of strike reports ("ضربة جوية", an air strike, is not al-Jawwiyah; a
#: school, a church, a station, an island, the night, the factories: "معامل الدفاع"; "حصار طويل", a long siege), and
#: "that" with its particles ("وأن الطيران", and that the aircraft, is not Van, whose Arabic name folds alike)
_AR_WORDS = frozenset("""كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين دوار الدوار
واسعة واسع عنيفة عنيف جوية جوي حربية مجموعة مدرسة كنيسة محطة ليل جزيرة معامل طويل طويلة
أن وأن بأن لأن فأن إن وإن فإن
بن ابن بنت أشهر الأشهر حياة الحياة مقبرة المقبرة سلطات السلطات الكبير الكبيرة الدولي الدولية باب
عشرين عشرون العلمية العلمي معبر المعبر أنصار الأنصار طراز العنيفة العنيف العبور جديدة العشرين شركة الشركة حارة
باکوور باشوور المزارع مزارع أربعين الأربعين بساتين البساتين مريبة وعرة الوقوف بالوقوف الأثرية الأثري كنائس
كبرى كبيرة الجيب تصفية المرجعية حضر الخيام خيام الحصار الشرطة دخول قصير الجوية الرابعة المحطة الجديدة حراك قوله
المهربين تحرير أمام دور كونه بلا السلمي الماضي عاجل جدلا جدلاً خبراء الكبرى التحرير
الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت حول بدوره بدورها بأنه بأنها مرتفعة مرتفع
المتوسطة خريطة فتحه خلافة الخلافة الدينية الديني الحالات حالات بعيدة بعيد أبرز أبرزها الصافية حوله حولها حديثه
عالقين عالقون درجات كبار مساعده مساعدة بلدية البلدية جديد الصحية الصحي مشهد زيارة إشارة المائلة مائلة البلد
التركمانية التركماني التركمان زيادة الزكاة الكنيسة مشارف""".split())
#: (and the days of the week: "مساء الخميس", on Thursday evening, is no Khemis Miliana; around, in (his/her) turn,
#: that it, high, medium, a map, its opening, succession or caliphate, religious, the cases, far, the most
#: prominent, clear, around him or it, his talk, stranded, degrees, senior, his aide or aid; a municipality, new,
#: (of) health, a scene, a visit, a signal, leaning (the minaret), the town ("درعا البلد", not Balad), Turkmen; an
#: increase, alms, the church, the outskirts)
#: (son of, daughter of: "جيش خالد بن الوليد"; months, life, cemetery, authorities, big, international; a gate,
#: "باب الطوب" in Mosul, where the town of al-Bab is "الباب"; twenty, scientific, a crossing, supporters, model,
#: new, a company, a lane; Sorani north and south; forty, orchards, suspicious, rugged, standing (behind),
#: archaeological, churches; major, big, the pocket, liquidation, the religious authority, attended; the tents, the
#: siege, the police, entry: "بلدة الخيام", the town of Khiam, still is one; short, the air (force), the fourth
#: (division), the station, the new, a movement, his saying, the smugglers, liberation, before, a role, his being,
#: without, peaceful, the past, urgent, for argument's sake, experts, the grand, the liberation)
#: Arabic nouns of a centre, network, agency, council or channel, before a place's name that an organisation's
#: further word ends ("مركز الموصل للدراسات", "شبكة حلب الإخبارية", "مجلس دير الزور العسكري")
_AR_ORG_BEFORE = frozenset("مركز شبكة تنسيقية وكالة إذاعة قناة صحيفة مرصد تجمع اتحاد مجلس".split())
#: nouns of a channel, a network, a radio, a paper or a television, whose name follows ("قناة دجلة"), and words
#: that end an outlet's name ("فرات بوست")
_AR_OUTLET_NOUNS = frozenset(p + w for w in "قناة شبكة إذاعة صحيفة تلفزيون".split() for p in ("", "و", "ل", "ب", "ول"))
#: Arabic nouns of a tribe and a clan, with "and", "to", "of" written on: the name after them is the tribe's
#: ("عشيرة البونمر", the Albu Nimr tribe, not their village; but "عشائر دير الزور" are the tribes of Deir ez-Zor)
_AR_TRIBE_NOUNS = frozenset(p + w for w in "عشيرة قبيلة".split() for p in ("", "و", "ل", "ب", "ول", "لل"))
_AR_OUTLET_TAILS = frozenset("بوست نيوز برس تايمز".split())
_AR_ORG_AFTER = frozenset("""الإعلامي الإعلامية الإخباري الإخبارية الإعلام العسكري العسكرية المدني المدنية الثوري
الثورية الحر الحرة اليوم الفضائية""".split())
#: Arabic nouns that open the name of an armed group, a body or an operation, without their article ("لواء القدس",
#: "سرايا أهل الشام", "هيئة تحرير الشام", "منسقو استجابة سوريا", "عملية نبع السلام"): the words after them are the
#: name, up to a preposition or a stop
_AR_GROUP_HEADS = frozenset("لواء فرقة سرايا كتائب كتيبة فيلق جيش حركة هيئة تجمع منسقو عملية".split())
#: Arabic nouns of a company or a command, whose name runs on after them ("شركة نفط البصرة", "قيادة عمليات بغداد")
_AR_ORG_HEAD = frozenset("شركة قيادة زانکۆی نادي".split())  # (and Sorani "university of"; a club: "نادي زاخو")
_AR_PREPOSITIONS = frozenset("في من إلى الى على عن مع قرب عند داخل خارج".split())
#: population from which the other names of a town abroad (GeoNames' alternate names) of two words or more are read
#: in running text, in a text about its country ("Mazar-i-Sharif", "Wad Madani"); a single word from 100,000
#: ("Bengasi", "Derna"), unless it is a given name or a common word (alternate names hold surnames and old names);
#: a million anywhere
_ALT_POP = 50_000
#: countries whose towns GeoNames names in English already: their alternate names add old names, not spellings
_ENGLISH_NAMED = frozenset("US GB CA AU NZ IE".split())
#: countries whose towns' romanised names are often people's names too ("Yang", "Chung")
_NAMES_LIKE_PEOPLE = frozenset("CN KR KP JP TW VN".split())
#: Arabic given names, before a word naming a place's people ("عمر الزبداني", Omar of Zabadani: a person)
_AR_GIVEN = frozenset("""محمد أحمد احمد علي عمر حسن حسين خالد إبراهيم ابراهيم يوسف مصطفى محمود سامر سمير فادي رامي
وليد ماهر بشار حافظ جاسم عبدالله عبدالرحمن سليمان أسامة اسامة زياد طارق هيثم مازن نبيل ياسر فراس عمار قاسم
حيدر نوري مسعود عزة جواد سامي""".split())
#: Arabic titles before a person's name: sheikh, judge, mister, hajji
_AR_TITLES = frozenset("الشيخ شيخ والشيخ القاضي قاضي السيد الحاج".split())
#: Arabic words that are common nouns unless a cue of place comes before them ("وصور الرئيس", and pictures of the
#: president, is no Tyre; "الحراك", the protest movement, is al-Hirak only as "بلدة الحراك", "في الحراك")
_AR_CUED_ONLY = frozenset(("صور", "وصور", "الحراك", "والحراك"))
#: Arabic names of towns that are common words too (the door, the bridge): read in a text about the town's country
_AR_WORD_TOWNS = frozenset("الباب".split())
#: family names after a given name ("بشار الأسد")
_AR_FAMILY = frozenset("الأسد".split())
#: words that open a person's name of two or more: a kunya (father of), "عبد" (servant of: "عبد الغني")
_AR_KUNYA = frozenset("أبو ابو عبد".split())
#: adjectives ending like a place's people that are not ("ريف جاسم الشرقي", the eastern countryside of Jasim)
_AR_PLAIN_ADJ = frozenset("""الشرقي الغربي الشمالي الجنوبي الأوسط الشرقية الغربية الشمالية الجنوبية العسكري الجوي
الدولي الرئيسي الحربي الوطني الإعلامي الإخباري الشعبي الثاني الحالي الماضي الحكومي الأهلي""".split())
#: Arabic words before or after a place name ("في" in, "قرب" near, "بلدة" town ...).
_AR_CUES_BEFORE = frozenset("""في قرب من إلى الى على نحو باتجاه محيط أطراف اطراف بلدة مدينة قرية بلدات قرى مدن حي أحياء
مخيم منطقة ريف شمال جنوب شرق غرب شمالي جنوبي شرقي غربي بين استهدف استهدفت قصف قصفت سيطرة ناحية نواحي قضاء
محور جبهة طريق داخل خارج حول عند ضواحي معبر
لە نزیک بۆ شاری گوندی ناوچەی دەوروبەری شارۆچکەی باکووری باشووری ڕۆژهەڵاتی ڕۆژئاوای باکوور باشوور""".split())
# (axis, front, road, inside, outside, around, at, suburbs, crossing: "محور السخنة", "معبر فيشخابور"; not a base's
# noun, whose name may be a city's abroad: "قاعدة فكتوريا" is Camp Victory; and Sorani Kurdish: in, near, to, the
# city/village/area of, north/south/east/west of)
_AR_CUES_AFTER = frozenset("""و في قرب شمال جنوب شرق غرب الشمالي الجنوبي الشرقي الغربي""".split())

#: Facilities that lie at the place their name starts with ("Damascus International Airport").
_FACILITY = frozenset("airport airbase airfield airstrip".split())
#: Plural site nouns after a list of names, and the singular nouns each name takes ("the Shayrat and Tiyas
#: airbases"; "air bases" is two words)
_PLURAL_SITES = {"airbases": ("airbase", "air base"), "airports": ("airport", "airbase"),
                 "airfields": ("airfield", "airbase"), "crossings": ("crossing", "border crossing"),
                 "camps": ("camp", "refugee camp")}
#: (a quick test of a text before looking for them: plain substrings, either case)
_PLURAL_SITE_WORDS = tuple(w for p in (*_PLURAL_SITES, "bases") for w in (p, p.capitalize()))
_PLURAL_SITE_LITERALS = re.compile("|".join(map(re.escape, _PLURAL_SITE_WORDS)))  # (one search: faster)


def _plural_site_at(toks, k: int):
    """The singular nouns of the plural site noun at token ``k`` ("airbases", "Air Bases"), or None."""
    low = toks[k][2].lower()
    if low == "air":
        return ("air base", "airbase") if k + 1 < len(toks) and toks[k + 1][2].lower() == "bases" else None
    return _PLURAL_SITES.get(low)


#: letters only Sorani Kurdish writes (its vowels ە, ێ, ۆ, a trilled r and a velar l)
_SORANI_LETTERS = re.compile("[ەێۆڕڵ]")


#: Last words of a structure's name that may honour a person: "the Fatih Sultan Mehmet Bridge"
_EPONYM_HEADS = frozenset("bridge bridges mosque palace tower stadium dam tunnel highway boulevard".split())

_KNOWN_ORGS = """Wall Street Journal|New York Times|Washington Post|Los Angeles Times|Financial Times|Times of Israel|
Jerusalem Post|Al Jazeera|Al-Jazeera|Al Arabiya|Al-Arabiya|Sputnik|Sputnik News|Reuters|Associated Press|Haaretz|
Telegraph|UK Telegraph|Daily Telegraph|Guardian|BBC|CNN|Fox News|NBC|CBS|ABC News|Bloomberg|Agence France-Presse|AFP|
Ahrar al-Sham|Ahrar ash-Sham|Jaish al-Fatah|Jaish al-Fateh|Jabhat al-Nusra|Jabhat al-Nusrah|Nusra Front|al-Nusra|
al-Nusra Front|Jabhat Fatah al-Sham|Hayat Tahrir al-Sham|HTS|Hay'at Tahrir al-Sham|Islamic State|
Islamic State of Iraq|
Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria|Islamic State in Iraq and the Levant|ISIS|ISIL|IS|
Daesh|Daish|DAIŞ|DAİŞ|Daiş|DEAŞ|Deaş|Free Syrian Army|FSA|Syrian Observatory for Human Rights|Syrian Observatory|
SOHR|Syrian Turkmen Assembly|
Liwa Suqour al-Jabal|Suqour al-Jabal|Jaish al-Islam|Faylaq al-Sham|Nour al-Din al-Zenki|Harakat Nour al-Din al-Zenki|
Army of Conquest|Hezbollah|Hizbollah|Hizballah|Hamas|PKK|YPG|YPJ|PYD|SDF|Syrian Democratic Forces|
People's Protection Units|Peshmerga|White Helmets|Syria Civil Defence|Human Rights Watch|Amnesty International|
United Nations|UN Security Council|Security Council|European Union|NATO|State Department|Pentagon|Kremlin|
White House|Russian Defence Ministry|Russian Defense Ministry|Defence Ministry|Defense Ministry|SANA|
Syrian Arab News Agency|Anadolu|Anadolu Agency|RIA Novosti|TASS|ITAR-TASS|Interfax|RT|Russia Today|State Duma|
Russian Duma|Federation Council|Kirkuk Now|Al Qaeda|Al-Qaeda|al-Qaida|Jund al-Aqsa|Ansar al-Sham|Turkistan Islamic Party|
Fursan al-Haq|Tajammu Alezzah|Jaish al-Izza|Jaish al-Nasr|Division 13|Syrian Arab Army|SAA|Quds Force|IRGC|
Revolutionary Guards|Islamic Revolutionary Guard Corps|Popular Mobilization Forces|Hashd al-Shaabi|Kataib Hezbollah|
Asaib Ahl al-Haq|Liwa Fatemiyoun|Liwa Zainebiyoun|Shabiha|National Defence Forces|Tiger Forces|Desert Hawks|
Syrian National Coalition|Syrian National Council|Local Coordination Committees|Violations Documentation Center|
Syrian Network for Human Rights|Doctors Without Borders|Médecins Sans Frontières|MSF|Red Crescent|Red Cross|
Media Luna Roja|Mezzaluna Rossa|Croissant-Rouge|Roter Halbmond|Cruz Roja|Croce Rossa|Croix-Rouge|Rotes Kreuz|
Heyva Sor a Kurdistanê|Heyva Sor a Kurdistan|Heyva Sor|نيويورك تايمز|واشنطن بوست|شام إف إم|شام اف ام|Islamic Resistance in Iraq|Maison Blanche|Casa Blanca|Casa Bianca|Weißen Haus|Weiße Haus|
Syrian Arab Red Crescent|ICRC|UNHCR|OCHA|WHO|UNICEF|OPCW|Institute for the Study of War|Pravda|Izvestia|
Kommersant|Interfax-Ukraine|Xinhua|Yeni Safak|Hurriyet|Daily Sabah|Sabah|Zaman|Al-Masdar|Al-Masdar News|
Orient News|Smart News|Enab Baladi|Al-Watan|Al-Akhbar|Al-Manar|Al-Mayadeen|Press TV|Fars|Tasnim|Kurdistan Workers Party|
Kurdistan Workers' Party|Kurdistan Democratic Party|Kurdistan Democratic Party of Iran|KDPI|Kurdistan Regional Government|KRG|Al-Qaeda in Iraq|Al Qaeda in Iraq|
al-Qaida in Iraq|Sons of Iraq|Paris Match|Kurdish Red Crescent|Turkish Aerospace Industries|Turkish Aerospace|
Autonomous Administration of North and East Syria|Administration autonome du nord et de l'est de la Syrie|
Administración Autónoma del Norte y Este de Siria|Daraa 24|
Syrian Scientific Studies and Research Center|Scientific Studies and Research Center|Parti des travailleurs du Kurdistan|
Türk Tabipleri Birliği|Erbil SC|Islamic Resistance in Lebanon|Al-Qaida im Irak|Al-Kaida im Irak|Irak Şam İslam Devleti|Irak ve Şam İslam Devleti|Democratic Union Party|Republican Guard|Fourth Division|
Liwa al-Quds|Jaish al-Sunna|Jaish al-Mujahideen|Ajnad al-Sham|Ahrar al-Sharqiya|Euphrates Shield|Olive Branch|
Raqqa is Being Slaughtered Silently|RBSS|Faylaq al-Rahman|Jaysh al-Islam|Jaysh al-Izza|Sultan Murad Division|
Hamza Division|Aleppo Media Center|Syria Direct|Peace Spring|Operation Peace Spring|Fatah Halab|Fateh Halab|
Sinjar Resistance Units|Nineveh Plain Protection Units|Levant Front|al-Jabha al-Shamiya|Asayish|Asayîş|Asayiş|
United Russia|A Just Russia|Just Russia|Bank of America|Real Madrid|Atletico Madrid|Atlético Madrid|
Manchester United|Manchester City|Paris Saint-Germain|Inter Milan|AC Milan|Bayern Munich|Borussia Dortmund|
Jabhat al-Shamiya|Syrian Civil Defence|Syrian Civil Defense|Syria Civil Defense|Jaish Khalid ibn al-Walid|
Jaish Khalid bin al-Walid|Khalid ibn al-Walid Army|Jazira Storm|Cizire Storm|Wrath of Euphrates|Euphrates Wrath|
Wrath of the Euphrates|Consejo Militar de Deir ez-Zor|Conseil militaire de Deir ez-Zor|Consejo Militar de Manbij|
Conseil militaire de Manbij|Guardia de Nínive|Garde de Ninive|Al Sharqiya|Al-Sharqiya|Al Sharqiya TV|
Al-Sharqiya TV|Al Sharqiya News|
Colère de l'Euphrate|Tempête de Jazira|Tempête de la Jazira|Bouclier de l'Euphrate|Rameau d'olivier|Source de paix|
Escudo del Éufrates|Rama de Olivo|Fuente de Paz|Ira del Éufrates|Scudo dell'Eufrate|Ramoscello d'ulivo|
Sorgente di pace|Schutzschild Euphrat|Euphrat-Schild|Olivenzweig|Friedensquelle|Burkan el-Firat|Burkan al-Furat|
Euphrates Volcano|Real Zaragoza|Real Sociedad|Real Betis|Real Valladolid|Real Oviedo|Real Mallorca|
Georgian Dream|Royal Jordanian|Turkish Airlines|Iraqi Airways|Middle East Airlines|
Özgür Suriye Ordusu|Suriye Milli Ordusu|Suriye Ulusal Ordusu|Suriye Demokratik Güçleri|Fırat Kalkanı|Zeytin Dalı|
Barış Pınarı|Halkların Demokratik Partisi|Heyet Tahrir eş-Şam|Heyet Tahrir Şam|Heyetu Tahrir eş-Şam|Ahrar eş-Şam|
Feylak eş-Şam|Pençe-Kilit|Pençe-Kartal|Pençe-Kaplan|Pençe-Şimşek|Pençe-Yıldırım|
Pençe-Kılıç|Suriye İnsan Hakları Gözlemevi|Türk Kızılay|Türk Kızılayı|
Suriye Arap Kızılayı|Beyaz Baretliler|Beyaz Miğferler|Suriye Sivil Savunması|Rus Devlet Duması|Devlet Duması|
Armée syrienne libre|Forces démocratiques syriennes|
Observatoire syrien des droits de l'homme|Observatoire syrien des droits de l'Homme|OSDH|Mosul Eye|Kurdistan 24|
Irak Kürt Bölgesel Yönetimi|We Are Coming, Nineveh|Wir kommen, Ninive|Turkish Red Crescent|Iraqi Red Crescent|
Mezzaluna Rossa turca|Kyiv Independent|Bethlehem Steel|Boston United|Çavdêriya Sûrî ya Mafên Mirovan|Feyleqa Şamê|
Peymana Şengalê|Liwa al-Quds|Rakka se fait massacrer en silence|
Raqqa se fait massacrer en silence|Unidades de Protección de la Llanura de Nínive|Mezzaluna Rossa araba siriana|
Mezzaluna Rossa siriana|Council of Europe|Conseil de l'Europe|Europarat|Anbar Awakening|Sahwat al-Anbar|Deir ez-Zor 24|
Deir Ezzor 24|Euphrates Post|Croissant-Rouge arabe syrien|Ejército Libre Sirio|
Fuerzas Democráticas Sirias|Observatorio Sirio de Derechos Humanos|Esercito siriano libero|Forze democratiche siriane|
Osservatorio siriano per i diritti umani|Stato Islamico dell'Iraq e del Levante|Stato Islamico dell'Iraq e della Siria|
Stato Islamico dell'Iraq e della Grande Siria|Estado Islámico de Irak y el Levante|Estado Islámico de Irak y Siria|
État islamique en Irak et au Levant|État islamique en Irak et en Syrie|Islamischer Staat im Irak und der Levante|
Islamischer Staat im Irak und in Syrien|Freie Syrische Armee|Syrische Demokratische Kräfte|
Syrische Beobachtungsstelle für Menschenrechte|Armée arabe syrienne|Ejército Árabe Sirio|
American University of Beirut|Université Saint-Joseph|Université Saint-Joseph de Beyrouth|Saint Joseph University|
Hêzên Sûriya Demokratîk|Partiya Demokrat a Kurdistanê|Partiya Demokrat a Kurdistan|Dewleta Îslamî|
Dewleta Îslamî ya Iraq û Şamê|Dewleta Îslamî ya Iraq û Şam|Çavdêriya Sûriyê ya Mafên Mirovan|
Çavdêriya Sûriye ya Mafên Mirovan|Rêveberiya Xweser a Bakur û Rojhilatê Sûriyê|
Rêveberiya Xweser a Bakur û Rojhilatê Sûriye|Yekîneyên Berxwedana Şengalê|Yekîneyên Berxwedana Şengal|
Yekîneyên Parastina Gel|Yekîneyên Parastina Jin|Partiya Karkerên Kurdistanê|Arbeiterpartei Kurdistans|
قوات سوريا الديمقراطية|هيئة تحرير الشام|جبهة النصرة|جبهة فتح الشام|أحرار الشام|حركة أحرار الشام|فيلق الشام|
جيش الإسلام|فيلق الرحمن|الجبهة الشامية|الجيش السوري الحر|الجيش الحر|الجيش الوطني السوري|الجيش العربي السوري|
الدولة الإسلامية|تنظيم الدولة الإسلامية|الدولة الإسلامية في العراق والشام|الدولة الإسلامية في العراق|
تنظيم الدولة الإسلامية في العراق والشام|تنظيم الدولة الإسلامية في العراق|دولة العراق الإسلامية|
المرصد السوري لحقوق الإنسان|المرصد السوري|وكالة الأنباء العراقية|الوكالة العربية السورية للأنباء|الحرس الثوري الإيراني|
الحرس الثوري|الجبهة التركمانية العراقية|الجبهة التركمانية|تلفزيون سوريا|الخطوط الملكية الأردنية|الملكية الأردنية|
الثورة السورية الكبرى|الشبكة السورية لحقوق الإنسان|الدفاع المدني السوري|وكالة الأنباء السورية|
وحدات حماية الشعب|حزب العمال الكردستاني|حزب الاتحاد الديمقراطي|حكومة إقليم كردستان|الحشد الشعبي|المقاومة الإسلامية في العراق|حزب الله|
كتائب حزب الله|عصائب أهل الحق|قادمون يا نينوى|قادمون يا حويجة|الإدارة الذاتية لشمال وشرق سوريا|الهلال الأحمر التركي|
الهلال الأحمر الفلسطيني|الهلال الأحمر العراقي|وحدات حماية سهل نينوى|وحدات مقاومة سنجار|نادي الموصل|غرفة تجارة دمشق|مركز المصالحة الروسي|الحرس الثوري|فيلق القدس|الهلال الأحمر العربي السوري|وزارة الدفاع الروسية|
درع الفرات|غصن الزيتون|نبع السلام|فجر الحرية|ردع العدوان|جيش خالد بن الوليد|عاصفة الجزيرة|غضب الفرات|بركان الفرات|
أبو بكر البغدادي|أبو محمد الجولاني|أبو محمد العدناني|الجامعة الأميركية في بيروت|الجامعة الأمريكية في بيروت|حماة الديار""".replace("\n", "")
#: (and as Arabic reporting writes them: "قوات سوريا الديمقراطية" names no Syria, "هيئة تحرير الشام" no Damascus; and
#: the names of war leaders written with a town's adjective: "أبو بكر البغدادي" is no village called Abu Bakr)

#: the Turkish ending of a country's people, with a plural or a case after it: "-lı", "-liler", "-lıların"
_TR_DEMONYM_END = re.compile(r"l[ıiuü](?:l[ae]r)?(?:[ıiuü]n|[ıiuü]|[ae]|d[ae]n?|n[ıiuü]n)?$")
#: words before or after a name, capitalised, that make it a mountain's, a lake's or a river's (when the
#: gazetteer holds no such name itself)
_FEATURE_BEFORE = frozenset("Mount Mt. Mt Lake Cape".split())
_FEATURE_AFTER = frozenset("River Lake".split())
#: a genitive between two names: English "'s", Turkish "'ın", "'nin", "'un", "'nün" (and a space)
_GENITIVE_GAP = re.compile(r"['’](?:s|n?[ıiuü]n)[ \t]+")
#: the points of the compass that open a German compound of a country's part ("Nordirak", "Südostanatolien")
_DE_COMPASS = re.compile(r"(?:Nord|Süd|Ost|West)(?:ost|west)?([a-zäöü]{4,})$")
#: German articles and prepositions joined with one, which a town's name does not take
#: after a given name, a family name with its article or a father's name: "Bashar al Asad", "Hamza bin Laden"
_PERSON_AFTER = re.compile(r"[ \t]+(?:al|el|bin|ibn|ben)[ \t-][A-Z]")
#: Turkish nouns of streets and squares after their names ("İstiklal Caddesi", "Kızılay Meydanı")
_TR_STREETS = ("Cadde", "cadde", "Sokağ", "sokağ", "Sokak", "sokak", "Bulvar", "bulvar", "Meydan", "meydan")
#: Turkish nouns of foods and wares named after their towns ("Şam tatlısı", "Antep fıstığı", "Halep sabunu")
_TR_PRODUCE = ("tatlı", "fıstı", "kebab", "baklava", "sabun", "peynir", "biber", "lokum", "kahve", "halı")
_DE_ARTICLES = frozenset("der die das dem den des ein eine einem einer eines im am vom zum zur beim ins".split())
#: German prepositions of place, after which "Essen" is the city, not food
_DE_PLACE_BEFORE = frozenset("in im aus nach bei von vor um über nahe zwischen".split())
_DE_DEFINITE = frozenset("der die das dem den des".split())  # (not "im", "am": "im Irak", "in Idlib")
#: endings of German nouns (plurals in -en, abstract nouns, diminutives)
_DE_NOUN_ENDS = ("en", "ung", "ungen", "heit", "keit", "schaft", "chen")
#: Kurmanji head nouns of organisations' names (organisation, agency, council, operation, party, assembly,
#: administration, observatory, institution, committee, board, movement, army), and the words that join a name's parts
_KU_ORG_HEADS = frozenset("""Rêxistina Ajansa Encûmena Operasyona Operasyonê Partiya Meclisa Rêveberiya Çavdêriya Saziya
Komîteya Desteya Tevgera Artêşa Hêzên Yekîneyên Hikûmeta Yekîtiya Zanîngeha Meclîsa""".split())
_KU_CONNECTORS = frozenset("a ya yên ên û".split())
#: French, Spanish and Italian head nouns of bodies named for a place: council, city hall, municipality, university,
#: bank, committee
_ROMANCE_HEAD_WORDS = ("Conseil", "Consejo", "Consiglio", "Ayuntamiento", "Mairie", "Municipalité", "Municipalidad",
                       "Comune", "Université", "Universidad", "Università", "Banque", "Banco", "Banca", "Comité",
                       "Comitato")
_ROMANCE_HEADS = frozenset(p + w for w in _ROMANCE_HEAD_WORDS for p in ("", "L'", "l'", "L’", "l’"))
#: (a quick test of a text before looking for them: plain substrings)
_ROMANCE_QUICK = re.compile("|".join(_ROMANCE_HEAD_WORDS))
#: French, Spanish and Italian heads of commands, units, guards and fronts, whose names run on through "de", "la",
#: "et", their nouns and adjectives, to the places they are named after ("le Commandement des opérations de la Jazira
#: et de la Badia", "el Comando de Operaciones de Al Jazira", "les Gardes de Ninive", "il Fronte di liberazione")
_ROMANCE_UNIT_HEADS = frozenset("""Commandement Comando Brigade Brigades Brigada Brigadas Brigata Bataillon Batallón
Battaglione Gardes Guardia Guardias Unités Unidades Unità Front Frente Fronte Régiment Regimiento Reggimento""".split())
_ROMANCE_UNIT_QUICK = re.compile("|".join(sorted(_ROMANCE_UNIT_HEADS)))
#: the lower-case words those names run on through
_ROMANCE_UNIT_WORDS = frozenset("""de du des di del della dello delle dei degli da la le les l los las el et y e ed
opérations operaciones operazioni opération operación operazione militaire militaires militar militares militare
militari protection protección protezione libération liberación liberazione populaire popular popolare
révolutionnaire révolutionnaires revolucionario revolucionaria revolucionarios rivoluzionario rivoluzionaria spéciales
spéciale especiales especial speciali speciale commando commandos comandos plaine llanura pianura frontières
frontière fronteras frontera frontiere frontiera défense defensa difesa sécurité seguridad sicurezza nationale
nacional nazionale combat combate""".split())

#: "of" in those names
_ROMANCE_OF = frozenset("de du des di del della dello dei degli".split())
#: what may stand between the words of such a name: a space, a hyphen, an elided article ("de l'Euphrate")
_ROMANCE_UNIT_GAP = re.compile(r" |-| [lLdD]['’]|['’]")
#: French, Spanish and Italian nouns of a lake, a dam, a mountain, a river, written in lower case before its name
_ROMANCE_FEATURES = frozenset("lac lago barrage presa diga mont monte monts montes fleuve río rio fiume".split())
#: the ayn marks a transliterated name may open with ("`Ayn")
_AYN_MARKS = "`ʿʾ"
_ROMANCE_FEATURES_FOLDED = frozenset(fold_token(w) for w in _ROMANCE_FEATURES)  # (a quick test of a text first)
#: a Turkish province's, governor's or state's noun after a name that is also a given name: "Selahaddin İli'nde"
_TR_ADMIN_AFTER = re.compile(r" (?:İli|[Vv]ilayet|[Vv]ali|[Ee]yalet)")
#: Turkish nouns after "Genel" (general) in an office's or a body's name: chair, staff, director, secretary,
#: headquarters, assembly, directorate
_TR_GENERAL_OF = ("başkan", "kurmay", "müdür", "sekreter", "merkez", "kurul", "komutan")
#: the Kurmanji months (their stems: "Sibat", "Adar", "Nîsan", "Gulan" …)
_KU_MONTHS = frozenset("çile kanûn sibat adar nîsan gulan hezîran tîrmeh tebax îlon cotmeh mijdar berfanbar".split())
#: English words that never end a place's name, though a name's fold may end as they do ("al-Bab have" folds as
#: "Bab el-Hava", the Turkish name of the Bab al-Hawa crossing)
_NOT_NAME_ENDS = frozenset("""have has had is was were are be been do does did and or but the a an to of in on at by for
with from as that this it its his her their will would can could said says told""".split())
#: German words, capitalised as nouns or at a sentence's start, that are places' names elsewhere (my, place(s), names)
_DE_COMMON_CAPS = frozenset("Meine Orte Ort Namen".split())
#: German possessives, before a noun ("an ihrer Seite": at their side)
_DE_POSSESSIVES = frozenset(f"{stem}{end}" for stem in ("mein", "dein", "sein", "ihr", "unser", "euer", "eur")
                            for end in ("", "e", "er", "em", "en", "es"))
#: German adjectives of time between an article and its noun ("in der vergangenen Woche": last week)
_DE_TIME_ADJECTIVES = frozenset(f"{stem}{end}" for stem in ("vergangen", "letzt", "nächst", "kommend", "vorig",
                                                             "folgend", "selb", "gleich", "ganz", "erst", "zweit")
                                for end in ("e", "en", "er", "em", "es"))
#: German nouns of a feature, hyphened after its name: "Bekaa-Ebene" (plain), "Euphrat-Tal", "Assad-Stausee"
#: German nouns of a feature written onto a name with a hyphen, and the English keys they make
_DE_COMPOUND_FEATURES = {"staudamm": "{} dam", "damm": "{} dam", "see": "lake {}", "stausee": "lake {}",
                         "gebirge": "{} mountains", "ebene": "{} plain", "tal": "{} valley", "fluss": "{} river",
                         "talsperre": "{} dam", "flughafen": "{} airport", "lager": "{} camp", "straße": "{} road",
                         "strasse": "{} road", "brücke": "{} bridge", "gefängnis": "{} prison"}
_DE_FEATURE_NOUNS = frozenset("ebene tal gebirge berge see stausee fluss grenze region provinz staudamm".split())
#: German nouns of the points of the compass, and the words before them that make them directions
_DE_COMPASS_NOUNS = frozenset("Norden Süden Osten Westen Nordosten Nordwesten Südosten Südwesten".split())
_DE_COMPASS_BEFORE = frozenset("nach im vom von gen Richtung den dem".split())  # (not "in"/"aus": the town)
#: the Turkish points of the compass, which open a region's name ("Güney Lübnan", "Kuzey Irak") and are no villages
_TR_COMPASS = frozenset("kuzey güney doğu batı kuzeydoğu kuzeybatı güneydoğu güneybatı".split())
#: prefixes of warships' names
_SHIP_PREFIXES = frozenset("USS USNS HMS HMCS HMAS FS INS TCG".split())
_SHIP_PREFIX_STRS = tuple(p + " " for p in sorted(_SHIP_PREFIXES))
_SHIP_PREFIX_LITERALS = re.compile("|".join(map(re.escape, _SHIP_PREFIX_STRS)))
#: makers of cars and trucks whose models are named after places ("Dodge Durango", "Hyundai Tucson"); not makers
#: whose name is a common surname, word or place ("Ford", "Seat", "Lincoln")
_VEHICLE_MAKES = frozenset("Dodge Toyota Hyundai Kia Chevrolet Chevy Nissan Honda Jeep GMC Mazda Subaru Volkswagen VW "
                           "Renault Peugeot Opel Chrysler Buick Pontiac Cadillac Mercedes Mercedes-Benz BMW Audi Skoda "
                           "Škoda Fiat Lada Isuzu Mitsubishi Suzuki Volvo Hummer".split())
_VEHICLE_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _VEHICLE_MAKES))) + r")\b")
#: the makers' names as bare literals: a quick first test (a regular expression of literals without word
#: boundaries runs several times faster; most texts name no maker)
_VEHICLE_LITERALS = re.compile("|".join(sorted(map(re.escape, _VEHICLE_MAKES), key=len, reverse=True)))
_VEHICLE_NOUNS = frozenset("pickup pickups pick-up pick-ups truck trucks car cars SUV SUVs jeep jeeps sedan van vans "
                           "minibus bus".split())
#: News outlets named after a place and the number 24 ("Kurdistan 24", "Deir Ezzor 24", "Raqqa24").
#: (written as one word, "Kurdistan24", the outlet in any sentence)
_OUTLETS_24_JOINED = re.compile(r"\b(?:Kurdistan|Deir[ -]?Ezzor|Raqqa|Halab|Sham|Hasakah|Qamishli|Afrin|Suwayda)24(?:y?ê)?\b")
_OUTLETS_24 = re.compile(r"\b(?:Kurdistan|France|Deir[ -]?Ezzor|Deir ez-Zor|Raqqa|Aleppo|Idlib|Homs|Hama|Daraa|"
                         r"Hasakah|Sham|Syria|Iraq|Africa|Europe|Suwayda|Sweida|Suwaida|Qamishli|Manbij|Afrin|"
                         r"Jableh|Latakia|Tartus)[ -]?24(?:y?ê)?\b"
                         r"(?=[ \t]*(?:[^\w\s]|$)|[ \t]+(?:said|says|reported|reports|aired|posted|quoted|showed|"
                         r"published|broadcast|and|also|TV|News|news|channel|agency|correspondent|cited|that|is|are|"
                         r"was|has|told|re|ragihand|rapporte|a|indique|affirme|fait|informó|informa|reportó|señaló|"
                         r"indicó|riporta|riferisce|ha|berichtet|berichtete|meldet|meldete|haber|habere|bildirdi|"
                         r"aktardı)\b)",
                         re.MULTILINE)

#: Given names: a capitalized run starting with one of these is a person.
_GIVEN = set("""bashar hafez maher asma nadim nadeem layla leila laila abraham vladimir barack john sergei sergey dmitry dmitri recep tayyip ahmet ahmed ahmad mohammed
mohammad muhammad mohamed mohamad abou ebu ali hassan hasan hussein husayn omar umar abdullah abdel abdul abd khalid khaled
mahmoud mahmud mustafa mostafa ibrahim ismail youssef yusuf yousef salim salem samir walid waleed fadi rami riad riyad
hadi haidar haider nouri nuri masoud massoud jalal fuad fouad hamid hameed saleh salih adel adil tariq tarek zahran
hulusi issam nechirvan masrour hoshyar muqtada moqtada barzan ilham hamza hamzah bafel qassem qasem qasim barış baris
zahran hashem hashim ayman osama usama abu bakr jamal kamal faisal faysal nabil rafik rafiq bassel basil anas
donald hillary bill george ronald jimmy joe joseph james david michael robert richard william thomas charles
christopher daniel paul mark steven stephen andrew kenneth kevin brian edward ronald anthony jason matthew gary
timothy jose larry jeffrey frank scott eric raymond gregory samuel benjamin patrick jack dennis jerry tyler aaron
adam henry douglas peter nathan zachary kyle walter harold jeremy ethan carl keith roger gerald christian terry
sean arthur austin noah lawrence jesse joe bryan billy jordan albert dylan bruce willie gabriel alan juan logan
wayne ralph roy eugene randy vincent russell louis philip bobby johnny bradley mary patricia jennifer linda
elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley dorothy kimberly emily donna
michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen
anna brenda pamela nicole samantha katherine emma ruth christine catherine debra rachel carolyn janet virginia
maria heather diane julie joyce victoria kelly christina joan evelyn lauren judith olivia frances martha cheryl
megan andrea hannah jacqueline ann jean alice kathryn gloria teresa doris sara janice julia marie madison grace
judy theresa beverly denise marilyn amber danielle abigail brittany rose diana natalie sophia alexis lori kayla
jane francois emmanuel angela nicolas jean-marc jean-yves laurent boris viktor victor igor yuri alexander alexei
alexey aleksandr mikhail nikolai ivan andrei andrey valery valeri oleg pavel anatoly evgeny yevgeny maria
ban ashton catherine federica staffan lakhdar kofi antonio francois-xavier benjamin binyamin hassan javad mohsen
qassem qasem ali-akbar bernie marco ted jeb chris rand mitch nancy lindsey mike greg dan ben barry kristina
ana jim tom tim bob rob steve dave ken ron don jon matt nick pat sam tony andy alex jeff jerry larry gary
phil bill will fred ed al ray roy joe jack jake luke max sue kate liz beth meg jen jenny amy ann anne
kathy cathy katie becky vicki nikki tina gina lynn kim kris chris carrie kerry terry jerry sherry
brandon justin ryan josh joshua kevin derek travis chad brad cody shane trevor tyler dustin cory corey
rick ricky mickey danny jimmy johnny tommy billy bobby eddie frankie charlie stevie lenny kenny
hector carlos luis miguel pedro jorge manuel ricardo eduardo fernando francisco javier diego pablo
rafael raul roberto sergio alejandro andres cesar oscar ramon enrique alberto arturo mario julio
hans karl klaus jurgen wolfgang helmut angela ursula gerhard pierre jacques michel philippe alain
marine emmanuelle nicolas laurent vladimir tony gordon theresa boris nigel jeremy keir rishi liz
younis yunus yunis najib abbas rashid hussain husain amir sharif hossam hosam tamer tamara zara yulia
yasser yasir ziad zeid zaid ghassan bashir nizar marwan rima lina dina hala rana reem noor nour
tonya rachid rashed gareth mevlut mert darren samer sham
ian andre tanya kobe jan lindsay christa sidney neil
andrés josé maría jesús ramón héctor óscar raúl césar tomás nicolás sebastián martín julián adrián iván rubén
joaquín simón lucía inés mónica verónica
mehmet mustafa murat emre burak kemal selahattin selahaddin devlet binali abdullah ekmeleddin fethullah""".split())

#: Places' names that are also given names, read as a person's before a surname that speaks (in the pair, or alone
#: elsewhere in the text) or takes a title ("Israel Katz said", "Ms. Hilton")
_PLACE_GIVEN = frozenset("israel paris georgia sydney florence india chelsea brooklyn savannah dakota".split())
_SPEECH_VERBS = frozenset("said says told warned added wrote tweeted posted announced stressed insisted".split())
#: verbs whose object, a capital, stands for its government ("asked Ankara", "urged Baghdad")
_ASKING_VERBS = frozenset("asked asks urged urges pressed presses warned warns told tells accused accuses".split())
#: verbs after a capital that stands for its government ("when Ankara allows", "Baghdad insists")
_GOVERNMENT_VERBS = frozenset("""allows allowed wants wanted insists insisted demands demanded rejects rejected accepts
accepted agrees agreed refuses refused denies denied accuses threatens threatened backs backed supports supported
opposes opposed claims claimed responded responds fears feared
fordert forderte verlangt verlangte warnt warnte droht drohte lehnt lehnte bestreitet bestritt sagt sagte erklärt
erklärte kritisiert kritisierte betont betonte
exige exigeait refuse refusait accuse accusait menace menaçait dément affirme estime réclame
exige exigió rechaza rechazó acusa acusó amenaza amenazó niega negó afirma afirmó
chiede chiedeva respinge accusa minaccia nega afferma""".split())
#: (and German, French, Spanish and Italian verbs of the same: "Ankara fordert seit Langem", "Moscou dément")

#: Well-known surnames: never places.
_SURNAMES = set("""assad asad putin obama kerry lavrov erdogan davutoglu shoigu peskov konashenkov carter hollande cameron
netanyahu rouhani khamenei nasrallah baghdadi golani jolani abadi maliki barzani talabani merkel trump clinton biden
sanders rubio cruz mccain graham cotton ban guterres mistura de-mistura brahimi annan zakharova medvedev churkin
jaafari moallem muallem makhlouf shalish sultani zarif soleimani suleimani alloush allouche zawahiri zawahri
bin-laden laden mohammed ayatollah sisi mubarak morsi gaddafi qaddafi saddam hussein abdullah salman nayef mbs
kadyrov lukashenko poroshenko zelensky yanukovych macron johnson may blair bush cheney rumsfeld powell rice
petraeus dempsey dunford austin mattis votel townsend flynn pompeo tillerson haley power rice
musharraf gulen cavusoglu kaplan yildirim bahceli kilicdaroglu demirtas ocalan mandela akar fidan beckham hilton""".split())

_TITLES = set("""sheikh shaikh emir crown cleric clerics coach coaches manager captain player striker quarterback
pastor father sister brother president presidents mr mrs ms dr gen general lt lieutenant col colonel maj major capt captain sgt sergeant
adm admiral minister ministers secretary sen senator senators rep representative gov governor king queen prince
princess emir sultan spokesman spokeswoman spokesperson commander leader ambassador envoy pope judge prof
professor rev reverend imam ayatollah chancellor premier pm mayor chief deputy officer official journalist
reporter correspondent analyst activist activists director chairman chairwoman head founder defector pilot
foreign defense defence said told says according brother sister son daughter wife husband father mother uncle""".split())

#: Titles that only ever precede a person's name (not "Sheikh", "Emir", "King": Sheikh Maqsoud is a place).
_HONORIFICS = frozenset("""mr mrs ms miss dr prof gen lt col maj capt sgt cpl adm sen rep gov rev officer
president senator governor mayor judge""".split())

#: Kinship nouns: "<kin> of <First Last>" names a person.
_KIN = frozenset("""wife husband son daughter widow widower mother father brother sister grandson granddaughter
grandmother grandfather nephew niece cousin stepson stepdaughter""".split())

#: Capitalized words that are never places on their own (function words, months, news vocabulary …).
_STOP = set("""a an the of and or but for nor so yet in on at to by with from into onto over under about above after
before between through during without within along across against among around behind beyond despite toward towards
upon via per than then there here where when what which who whom whose why how this that these those it its he she
they we you i me him her them us our your their my his hers ours yours theirs is are was were be been being am do
does did have has had will would shall should can could may might must not no yes all any some each every both
either neither one two three four five six seven eight nine ten first second third last next new old many much
more most less least other another such same only also just even still again ever never always often sometimes
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec today tonight yesterday tomorrow
mr mrs ms dr st mount lake river sea gulf bay island islands north south east west northern southern eastern western
central upper lower great little big grand saint san santa city town village county state province district region
street road avenue square hill hills valley border airport port camp base center centre park
however meanwhile although though while because since unless until whether if as like unlike
said says told reported according news report reports update breaking live video photo photos watch read more
home page world business sports sport opinion politics health science technology tech culture arts travel style
government military war peace security police army forces troops rebels rebel fighters militants jihadists regime
opposition coalition alliance allies enemy attack attacks strike strikes airstrike airstrikes raid raids bombing
bombings killed dead death deaths wounded injured civilians civilian children women men people person
christian christians muslim muslims sunni sunnis shia shiite shiites alawite alawites druze jewish jews arab arabs
islamic islamist islamists jihad jihadist western eastern god allah prophet
president minister secretary general commander spokesman official officials leader leaders king queen prince
mobile reading bath nice split hope orange independence liberty union unity victory justice progress harmony
freedom paradise eden providence mercy faith trust charity concord friendship welfare
march mayo june july august may
of van von der den de la le du des el al bin ibn abu umm
man mans sale bar kent york cork derby chester hull bury wells dover deal bank part soon
university college school hospital church mosque market
başûr bakur rojhilat dabei
also several dozens hundreds thousands millions
olympic olympics republic route metro area side creek lord green lane wal mart sen hall hills heights
station airport terminal plaza mall tower towers bridge gate gates center west east north south
federal national international global local regional county counties state states city cities town
democrat democrats republican republicans liberal conservative labour labor tory tories
nazi nazis civil engine later call summer winter spring autumn fall choose poor islam atlas titan
man men act way ten none air young officer marshal mass miss sri ind dame officer story
tot hey game race moss dane hms barca bale hart
moose dale van sable cay kurt gabe darren
turkmen turkman turkoman kurd kurds arab arabs alawi alawite sunni shia shiite druze yazidi assyrian christian
sunday meclis""".split())  # (Turkish "Meclis", the parliament, is no Istanbul quarter)

_PARLIAMENT_CUES = re.compile(r"parliament|lawmaker|legislat|deputies|deputy|\bmps?\b|\bvot|speaker|kremlin|state duma|"
                              r"\bbill\b|session|ratif|chairman|committee|treaty|\blaws?\b|election|seats|debat", re.I)
#: Next to "Duma" these make it Russia's parliament, whatever else the text is about.
#: words before "Duma" that make it a parliament's name ("the State Duma", "the Moscow City Duma")
_DUMA_QUALIFIERS = frozenset("state russian city regional moscow federal imperial".split())
_ROMANCE_FEMININE = frozenset("la della nella alla dalla sulla".split())
_DUMA_NEAR = re.compile(r"\b(?:moscow|russia|russian|putin|kremlin)\b", re.I)
_SPEECH = frozenset("""said says told added stressed explained wrote noted recalled argued insisted admitted
replied asked testified""".split())


def _speaker(text: str, toks, i: int) -> bool:
    """Whether the one-word name at token i is someone speaking: "Robertson said", "said Noma.", or a
    surname after a middle initial ("Tyrise M. Bell", "Roy A. Nelson", "J. Lewis")."""
    n = len(toks)
    if i > 0 and toks[i - 1][2].lower() in _CUES_BEFORE and text[toks[i - 1][1]:toks[i][0]] == " ":
        return False  # "a resident of Tyler said", "doctors in Montpellier said"
    if i + 1 < n and toks[i + 1][2].lower() in _SPEECH and text[toks[i][1]:toks[i + 1][0]] == " ":
        return True
    if i > 0 and toks[i - 1][2].lower() in ("said", "says") and text[toks[i - 1][1]:toks[i][0]] == " " \
            and text[toks[i][1]:toks[i][1] + 1] in (".", ",", ""):
        return True
    return _after_initial(text, toks, i)


def _after_initial(text: str, toks, i: int) -> bool:
    """Whether token i follows a middle or first initial ("Tyrise M. Bell", "J. Lewis")."""
    return i > 0 and len(toks[i - 1][2]) == 1 and toks[i - 1][2].isupper() and text[toks[i - 1][1]:toks[i][0]] == ". "


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
    r"gisement\s+p[ée]trolier|citadelle|ciudadela|cittadella|château|castillo|"
    r"diga|presa|barrage|represa|aeroporto|aeropuerto|aéroport|base\s+a[ée]rea|"
    r"base\s+a[ée]rienne|ponte|puente|pont|campos|campo|campamentos|campamento|camps|camp|campi|"
    r"monte|monti|montes|mont|monts|montagna|montaña|"
    r"montagne|montagnes|strada|carretera|route|autostrada|autopista|autoroute|lago|lac|prigione|prisión|cárcel|"
    r"carcel|prison|carcere)"
    r"\s*(?:\s(?:de\s+la|de\s+los|de|di|du|des|del|della|dello|degli)\s+|"
    r"\s(?:de\s+l|dell|d)['’](?:(?:al|el|as|ash|ad|at|ar|az|an|ach)-)?|\s)$", re.I)  # (and "d'al-Omar")
_FEATURE_EN = {"diga": "{} dam", "presa": "{} dam", "barrage": "{} dam", "represa": "{} dam",
               "aeroporto": "{} airport", "aeropuerto": "{} airport", "aéroport": "{} airport",
               "base": "{} air base", "ponte": "{} bridge", "puente": "{} bridge", "pont": "{} bridge",
               "campo": "{} camp", "campamento": "{} camp", "camp": "{} camp", "campos": "{} camp",
               "campamentos": "{} camp", "camps": "{} camp", "campi": "{} camp",
               "monte": "mount {}|{} mountains|{} mountain", "monti": "{} mountains", "montes": "{} mountains",
               "mont": "mount {}|{} mountains", "monts": "{} mountains", "montagna": "mount {}|{} mountains",
               "montaña": "mount {}|{} mountains", "montagne": "mount {}|{} mountains", "montagnes": "{} mountains",
               "strada": "{} road|{} highway", "carretera": "{} road|{} highway", "route": "{} road|{} highway",
               "autostrada": "{} highway", "autopista": "{} highway", "autoroute": "{} highway",
               "lago": "lake {}", "lac": "lake {}", "prigione": "{} prison", "prisión": "{} prison",
               "carcere": "{} prison", "cárcel": "{} prison", "carcel": "{} prison", "prison": "{} prison",
               "campo petrolífero": "{} oil field", "campo petrolifero": "{} oil field",
               "giacimento petrolifero": "{} oil field", "champ pétrolier": "{} oil field",
               "champ petrolier": "{} oil field", "gisement pétrolier": "{} oil field",
               "gisement petrolier": "{} oil field",
               "citadelle": "{} citadel|{} castle", "ciudadela": "{} citadel|{} castle",
               "cittadella": "{} citadel|{} castle", "château": "{} castle|{} citadel",
               "castillo": "{} castle|{} citadel"}
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

_DIRECTION_ADJ = frozenset("""northern southern eastern western central northeastern northwestern southeastern
southwestern north-eastern north-western south-eastern south-western""".split())

_CONNECTORS = {"of", "for", "the", "al", "el", "ash", "ad", "as", "at", "az", "ar", "an", "ath", "es", "ez",
               "ed", "en", "er", "de", "du", "la", "des", "bin", "ibn"}

#: The Arabic article assimilated to a sun letter (an-Nabk, as-Suwayda, ash-Shaddadi) comes only before that letter.
_SUN_ARTICLES = frozenset("an as ash at ath ad adh ar az en es ed er ez".split())


def _article_fits(article: str, following: str) -> bool:
    """Whether a word that folds away as an Arabic article can be one before ``following``."""
    a = article.lower().lstrip("`ʿʾ'")
    return a not in _SUN_ARTICLES or following.lower().lstrip("`ʿʾ'").startswith(a[1:])


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
#: "Serêkaniyê (Ras al-Ain)", "Qaraqosh, or Bakhdida", "Antakya, the ancient Antioch"
_ALIAS_GAP = re.compile(r",?[ \t]+(?:(?:which|that)[ \t]+(?:\S+[ \t]+){0,3}(?:calls?|called|names?)|"
                        r"(?:also[ \t]+)?(?:known|called)[ \t]+as|aka|a\.k\.a\.|or|"
                        r"(?:the[ \t]+)?(?:ancient|historic|old|former|formerly|once)(?:[ \t]+(?:called|named))?)[ \t]+"
                        r"|[ \t]*\([ \t]*")
_WHICH_GAP = re.compile(r",?[ \t]+(?:which|that)[ \t]+(?:the[ \t]+)?")
_CALLS_GAP = re.compile(r"(?:'s)?[ \t]+(?:\S+[ \t]+)?(?:calls?|called|names?)[ \t]+")
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
#: before a division a list of villages lies in: " in ", " in the ", " في "
_IN_DIVISION_GAP = re.compile(r"[ \t]+(?:in|within)[ \t]+(?:the[ \t]+)?|[ \t]+في[ \t]+")
#: "Hajin in eastern Syria": " in ", perhaps a direction, between a name and a country
_IN_COUNTRY_GAP = re.compile(r"[ \t]+in[ \t]+(?:(?:the[ \t]+)?(?:%s)[ \t]+)?"
                             % "|".join(sorted(_DIRECTIONS, key=len, reverse=True)))
#: (or a dateline's dash or agency: "ALLENDALE, N.J. --", "SEVERN, Md. (ABC7) —")
_QUALIFIER_END = re.compile(r"\.?(?:[,.;:)!?\n]|$|[ \t]*(?:[—–]|--?[ \t]|\())")
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


class Geoparser:
    """Geoparser bound to a :class:`~gazetteer.index.Gazetteer`.

    Parameters
    ----------
    gz : Gazetteer
    demonyms : bool
        Report demonyms (default True).
    """

    def __init__(self, gz: "Gazetteer", demonyms: bool = True):
        self.gz = gz
        self.demonyms = demonyms
        self.invalidate()
        self._org_keys: dict[str, int] = {}
        self._org_literal: dict[str, set[str]] = {}  # each organisation's names as written
        self._geonames_own: dict[int, str] = {}  # a GeoNames row's own name, folded ("" for other sources)
        self._org_prefix: set[str] = set()
        for org in _KNOWN_ORGS.split("|"):
            org = org.strip()
            if not org:
                continue
            # (with an Italian article elided onto a word cut off, as running text is read: "dell'Iraq")
            # (with a French article elided onto a capitalised word cut off, as running text is read: "l'Euphrate")
            raw = [t[2:] if t[1:2] in ("'", "’") and t[:1] in "dl" and t[2:3].isupper() else t
                   for t in (_IT_ELISION.sub("", t, count=1) for t in _tokens_only(org))]
            ks = [fold_token(t) or t.lower() for t in raw]
            # (an article inside the name is passed over, as the scan of running text passes it over: "Estado
            # Islámico de Irak y el Levante")
            keep = [n for n, k in enumerate(ks) if k and not (n and k in _ORG_ARTICLES)]
            variants = [[ks[n] for n in keep]]
            if any(raw[n] in _SHAM_WORDS for n in keep):
                # (and as the scan reads Turkish and Kurmanji "Şam", Damascus: "Dewleta Îslamî ya Iraq û Şamê")
                variants.append(["damascus" if raw[n] in _SHAM_WORDS else ks[n] for n in keep])
            for ks in variants:
                self._org_keys[" ".join(ks)] = len(ks)
                self._org_literal.setdefault(" ".join(ks), set()).add(_plain(org).replace("-", " "))
                for n in range(1, len(ks)):
                    self._org_prefix.add(" ".join(ks[:n]))
        self._org_case = {o.strip() for o in _KNOWN_ORGS.split("|") if o.strip().isupper()}
        self._org_first = frozenset(self._org_keys).union(self._org_prefix)  # a name or the start of a longer one

    @property
    def _dotted(self) -> frozenset:
        """Dotted abbreviations the gazetteer knows (``D.C.``, ``W.Va.``), plus St./Mt./Ft."""
        d = self.__dict__.get("_dotted_cache")
        if d is None:
            from .fold import is_dotted_abbreviation

            found = {"St.", "Mt.", "Ft.", *(a for a in ABBREVIATIONS if "." in a)}
            for line in self.gz._lines:
                alt = line.rsplit("\t", 2)[1]  # (the alternate names: the last field but one)
                if "." in alt:
                    found.update(a for a in alt.split("|") if a.endswith(".") and is_dotted_abbreviation(a))
            d = frozenset(found)
            self.__dict__["_dotted_cache"] = d
        return d

    def invalidate(self) -> None:
        """Forget derived structures (after the gazetteer's user layer changed)."""
        self._prefix: set[str] | None = None
        self._elig: dict[str, tuple[int, ...]] = {}
        self._country_idx: dict[str, int] | None = None
        self._cand_cache: dict = {}
        self._plain_names: dict[int, list] = {}  # row → [own name, all names (or None until asked), trusted]
        self._strong_cache: dict[str, bool] = {}
        self._covered_cache: dict[str, bool] = {}
        self._country_cache: dict[str, Place | None] = {}
        self._courses: dict[int, tuple | None] = {}  # row → a curated river's course (None for other places)
        self._both_keys: dict[str, bool] = {}  # key → whether it names both a country and an American state

    # -------------------------------------------------------------- derived data
    def _prefixes(self) -> set[str]:
        if self._prefix is None:
            pre: set[str] = set()
            add = pre.add
            for k in self.gz._keys:
                if " " in k:
                    # each shorter prefix, longest first, until one already in (its own are in with it)
                    while (k := k.rpartition(" ")[0]) and k not in pre:
                        add(k)
            self._prefix = pre
        return self._prefix

    def _eligible(self, key: str, article: bool = False) -> tuple[int, ...]:
        """Rows a key may denote in running text (empty if the key is too risky).

        ``article``: the text wrote the name with an Arabic article ("al-Dana", "Ad Dana"), so a key that is
        also a common word or a given name ("dana", as "Dane" folds) is the place's name there.
        """
        compact = key.replace(" ", "")
        # with its article a three-letter village name of Syria or Iraq stands too ("al-Rai", not "Rai")
        short = article and len(compact) == 3
        # (and a two-letter one, of a curated place: "al-Qaa", the Lebanese border town)
        tiny = article and len(compact) == 2
        short = short or tiny
        article = article and (key in _GIVEN_KEYS or key in _STOP_KEYS)
        r = self._elig.get((key, True) if article or short else key)
        if r is not None:
            return r

        gz = self.gz
        rows = gz._rows_for_key(key)
        out = []
        arabic = opens_arabic(key)
        single = " " not in key
        # (a code of two characters with a digit is a curated place's name: "T4", the Tiyas air base)
        if rows and (arabic or len(compact) >= 3 or tiny or (len(compact) == 2 and compact[1].isdigit())):
            for i in rows:
                if gz.is_user(i):
                    out.append(i)
                    continue
                row = gz._row(i)
                kind, src, cc = row[F_KIND], row[F_SRC], row[F_CC]
                if tiny and src != "curated":
                    continue
                pop = int(row[F_POP] or 0)
                if single and key in _STOP_KEYS and kind not in ("country", "admin1") and not article:
                    continue
                if single and key in _GIVEN_KEYS and pop < 100000 and kind not in ("country", "admin1") \
                        and not article and not self._named_otherwise(i, key):
                    continue  # "Anna": a given name, unless the place also bears a spelling that is none ("Anah")
                if src == "geonames" and kind == "locality" and cc not in ("SY", "IQ", "TR") \
                        and (pop < (1_000_000 if cc in _ENGLISH_NAMED or cc in _NAMES_LIKE_PEOPLE
                                    or key.endswith(" city") or key in _GIVEN_KEYS or key in _STOP_KEYS
                                    else 100_000 if single else _ALT_POP)
                             or len(compact) < 4) \
                        and not (arabic and (pop >= 100_000 or cc in ARAB_COUNTRIES)):
                    own_key = fold(row[1])
                    if own_key != key and not gz.cited_name(row[0], key) and not (
                            cc not in _ENGLISH_NAMED and cc not in _NAMES_LIKE_PEOPLE and key not in _GIVEN_KEYS
                            and key not in _STOP_KEYS and _close_spelling(own_key, key)):
                        # (but a close spelling of the town's own name is a transliteration: "Izium" for Izyum,
                        # "Sabratha" for Sabratah, read in a text about its country, see _foreign_alt)
                        continue  # GeoNames' alternate names of foreign towns are too noisy for running text
                        # (a big city's too, when short: "Sun" for Suwon, "Part" for Perth; below _ALT_POP's
                        # floors, and in a text about the town's country only, see _foreign_alt); in Arabic
                        # script a city's name is its Arabic name ("جنيف", Geneva), and an Arab town's ("جنين",
                        # Jenin); a name a cited entry of spellings.yaml gave the record counts ("Saida" for Sidon)
                if kind in ("country", "admin1", "region", "site") or src == "curated":
                    out.append(i)
                elif kind == "admin2":
                    out.append(i)
                elif pop >= 1000:
                    out.append(i)
                elif cc in ("SY", "IQ") and (len(compact) >= 4 or short):
                    out.append(i)
                elif cc == "TR" and len(compact) >= 5:
                    out.append(i)
        r = tuple(out)
        if len(self._elig) < 200_000:
            self._elig[(key, True) if article or short else key] = r
        return r

    def _syrian_governorate(self, key: str) -> bool:
        """Whether ``key`` names a Syrian governorate (Hama, Idlib, Aleppo …)."""

        return any(not self.gz.is_user(r) and self.gz._row(r)[F_KIND] == "admin1" and self.gz._row(r)[F_CC] == "SY"
                   for r in self._eligible(key))

    def _country(self, code: str) -> Place | None:
        """The country place for an ISO2 code (or a place id such as ``cont:EU``)."""
        if code in self._country_cache:
            return self._country_cache[code]
        p = self._country_uncached(code)
        self._country_cache[code] = p
        return p

    def _country_uncached(self, code: str) -> Place | None:
        idx = self._country_idx
        if idx is None:
            idx = {}
            for i, line in enumerate(self.gz._lines):
                if "\tcountry\t" not in line:
                    continue  # (a quick test before the split: one line in a thousand is a country's)
                f = line.split("\t", 6)
                if f[2] == "country" and f[5] not in idx:
                    idx[f[5]] = i
            self._country_idx = idx
        i = idx.get(code)
        if i is not None:
            return self.gz.place(i)
        if ":" in code:
            try:
                return self.gz.get(code)
            except LookupError:
                return None
        return None

    # -------------------------------------------------------------- parsing
    def parse(self, text: str) -> list[Mention]:
        """Mentions in ``text``, in order of appearance."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a string, not {type(text).__name__}")
        if text.isascii() or _INVISIBLE.search(text) is None:  # (isascii: a flag of the string, no scan)
            return with_parts(self.gz, text, self._read(text))
        # zero-width and direction marks copied from web pages ("Ma\u200c'arrat", "\u200fKafr Nabl") are read
        # through; offsets still index the text as given
        keep = [k for k, ch in enumerate(text) if not _INVISIBLE.match(ch)]
        keep.append(len(text))
        out = []
        for m in self._read("".join(text[k] for k in keep[:-1])):
            start, end = keep[m.start], keep[m.end - 1] + 1
            names = {} if m.name_start < 0 else {"name_start": keep[m.name_start], "name_end": keep[m.name_end - 1] + 1}
            out.append(dataclasses.replace(m, start=start, end=end, surface=text[start:end], **names))
        return with_parts(self.gz, text, out)

    def _read(self, text: str) -> list[Mention]:
        if has_cyrillic(text):
            # Russian text is read through a Latin rendering of it; offsets still index the text as given
            latin, pieces = self.gz.to_latin(text)
        elif is_kurmanji(text):
            # Kurmanji names in the oblique case ("gundên Efrînê") are read in their plain form
            latin, pieces = to_direct(text, self.gz.known_spelling)
            if latin == text:
                return self._parse(text)
        else:
            return self._parse(text)
        out = []
        for m in self._parse(latin):
            start, end = span_of(pieces, m.start, m.end)
            names = {}
            if m.name_start >= 0:
                names = dict(zip(("name_start", "name_end"), span_of(pieces, m.name_start, m.name_end)))
            out.append(dataclasses.replace(m, start=start, end=end, surface=text[start:end], **names))
        out.sort(key=lambda m: m.start)
        # a noun put after its name in the rendering may reach over another mention ("провинции Хама Хама"):
        # such a mention keeps its name only
        kept: list[Mention] = []
        for m in out:
            if kept and m.start < kept[-1].end:
                if m.name_start < kept[-1].end:
                    continue
                m = dataclasses.replace(m, start=m.name_start, end=m.name_end, surface=text[m.name_start:m.name_end])
            kept.append(m)
        return kept

    def _parse(self, text: str) -> list[Mention]:
        toks = []  # (start, end, surface)
        other = []  # the tokens that are not plain lower-case words
        dotted = self._dotted
        # Turkish text: a case ending after any proper noun's apostrophe ends that noun ("Harekâtı'nda Resulayn")
        turkish = not text.isascii() and _TURKISH_LETTERS.search(text) is not None
        sorani = None  # whether the text is Sorani Kurdish (found once, when a word asks)
        name_prefixes = self._prefixes()
        german = None  # whether the text reads as German (found once, when a word asks)
        kurmanji = None  # whether the text reads as Kurmanji (likewise)
        skip_to = -1
        # the words and their offsets, found in one call (a split on the words, whose pieces' lengths add up to the
        # offsets); a plain lower-case word, most of them, is kept as it is: none of the tests below change one
        pieces = (_TOKEN_SPLIT_ASCII if text.isascii() else _TOKEN_SPLIT).split(text)
        bounds = list(accumulate(map(len, pieces)))
        words = pieces[1::2]
        found_toks = list(zip(bounds[0::2], bounds[1::2], words))
        plain_to = 0  # the words before this one have been looked at
        for k in [k for k, w in enumerate(words) if not (w.islower() and w.isascii() and w.isalpha())] + [len(words)]:
            if plain_to < k:
                if skip_to > found_toks[plain_to][0]:
                    toks.extend(t for t in found_toks[plain_to:k] if t[0] >= skip_to)
                else:
                    toks.extend(found_toks[plain_to:k])
            plain_to = k + 1
            if k == len(words):
                break
            s, e, w = found_toks[k]
            if s < skip_to:
                continue
            if e < len(text) and text[e] == "." and w[:1].isupper():
                d = _DOTTED_RUN.match(text, s)
                if d is not None:
                    # longest known dotted abbreviation starting here ("W.Va.", "D.C.", "St.")
                    # (also written with a space: "W. Va.", "U. S.")
                    cand = d.group().rstrip()
                    while cand and cand.replace(" ", "") not in dotted:
                        cut = cand.rstrip(".").rfind(".")
                        cand = cand[:cut + 1] if cut >= 0 else ""
                    if cand:
                        other.append(len(toks))
                        toks.append((s, s + len(cand), cand.replace(" ", "")))
                        skip_to = s + len(cand)
                        continue
            if w[-1:].isdigit():
                w = w[0] + w[1:].lstrip("-‐–")  # "T-4" folds as "T4"
                if fold_token(w) not in name_prefixes and not (
                        toks and text[toks[-1][1]:s] == " " and toks[-1][2][:1].isupper() and (
                            (pair := f"{fold_token(toks[-1][2])} {fold_token(w)}") in name_prefixes
                            or pair in self.gz._keys)):
                    # only a code that begins a name in the gazetteer ("T4 airbase"; not "A429"), or a number
                    # that ends one ("Tower 22", the outpost in Jordan)
                    continue
            elif w.endswith(("'s", "’s")) and len(w) > 3 and w[:-2].lower() != "ra":  # "Ra's al-Ayn" is no possessive
                e -= 2
                w = w[:-2]
            elif ("'" in w or "’" in w) and _CONTRACTION.search(w):
                w = "\x00" + w  # never a place ("I've", "Don't")
            elif w[1:2] in ("'", "’") and w[:1] in "dl" and w[2:].lower() in ("al", "el") and text[e:e + 1] in "-‐":
                s += 2  # French elision onto an Arabic article: "les quartiers d'al-Romaniya", "l'el-Bab" (the article
                w = w[2:]  # reads as Arabic, as "al-Romaniya" does)
            elif w[1:2] in ("'", "’") and w[:1] in "dl" and len(w) > 3 and w[2:3].isupper() \
                    and (not self._eligible(fold_token(w)) or fold_token(w[2:]) in name_prefixes) \
                    and not (toks and toks[-1][2][:1].isupper() and text[toks[-1][1]:s] == " "
                             and not (_opens_sentence(text, toks[-1][0])
                                      and fold_token(toks[-1][2]) not in name_prefixes)):
                # French elision in running text: "la ville d'Alep", "le nord de l'Irak" (not "L'Aquila", a name
                # of its own, nor "Côte d'Ivoire", where it goes on a name, unless the word before opens the sentence
                # and opens no name: "Partis d'Aïn Issa, ..."), also where the elided word folds like a hamlet's
                # name but the rest opens a longer name ("d'Aïn Issa" is no Dayn)
                s += 2
                w = w[2:]
            elif len(w) > 5 and (w[3] in "'’" or w[4] in "'’") \
                    and (m_it := _IT_ELISION.match(w)) is not None \
                    and len(w) > m_it.end() + 1 and not self._eligible(fold_token(w)):
                # (first a quick test: the apostrophe of "all'", "dell'" is the word's fourth or fifth letter)
                # Italian articles elided onto a name: "dell'Iraq", "nell'Iraq settentrionale", "sull'Eufrate" (or
                # onto a noun, which a capital opening its sentence would make look like a name: "Nell'area di Kobane")
                s += m_it.end()
                w = w[m_it.end():]
            elif "'" in w or "’" in w:
                m2 = _TURKISH_SUFFIX.search(w)
                if m2 is not None and m2.start() >= 3 and (not w.isascii() or w[m2.start() + 1] in "dtnyl" or turkish) \
                        and (not self._eligible(fold_token(w))
                             or (turkish and self._eligible(fold_token(w[:m2.start()])))
                             or (turkish and self._ends_a_name(toks, w[:m2.start()], name_prefixes))) \
                        and ((turkish and w[:1].isupper()) or self._ends_a_name(toks, w[:m2.start()], name_prefixes)):
                    # Turkish writes a case ending after a name's apostrophe: "Hatay'ın", "Osmaniye'de", and on
                    # the last word of a longer name: "Tel Abyad'da"
                    e -= len(w) - m2.start()
                    w = w[:m2.start()]
            elif w[:1] in "NSOW" and len(w) > 6 and (m3 := _DE_COMPASS.match(w)) is not None and w.isalpha():
                # German writes a country's part as one word: "Nordirak", "Nordostsyrien", "im Südlibanon" (read as the
                # country, as "northern Iraq" is)
                if german is None:
                    german = _is_german(text)
                rest = m3.group(1).capitalize()
                if german and not self._eligible(fold_token(w)):
                    if self._names_country(fold_token(rest)):
                        w = rest
                    elif rest.endswith("s") and self._names_country(fold_token(rest[:-1])):
                        w = rest[:-1]  # ("Nordsyriens")
            elif w[-1:] == "s" and len(w) > 4 and w[:1].isupper() and w.isalpha():
                if german is None:
                    german = _is_german(text)
                if german and not self._eligible(fold_token(w)) and self._names_country(fold_token(w[:-1])):
                    e -= 1  # German genitive: "im Nordwesten Syriens", "des Iraks"
                    w = w[:-1]
            elif w[-1:] == "ی" and len(w) > 3 and not self._eligible(fold_token(w)) \
                    and self._eligible(fold_token(w[:-1])):
                if sorani is None:
                    sorani = _SORANI_LETTERS.search(text) is not None
                if sorani:
                    e -= 1  # the Sorani ezafe or a case ending on a name: "ناوچەکانی ئامێدی و زاخۆی", Amedi's and Zakho's
                    w = w[:-1]
            if w in _SHAM_WORDS and turkish and not (toks and text[toks[-1][1]:s] == "-") \
                    and _CAPS_AFTER.match(text, e) is None:
                # Turkish and Kurdish "Şam" is Damascus, "Şamê" in the Kurmanji oblique case (not after an article:
                # "eş-Şam", the Levant; nor a station's name: "Şam FM")
                w = "Damascus"
            other.append(len(toks))
            toks.append((s, e, w))
        n = len(toks)
        if not n:
            return []
        tok_words = [w for _, _, w in toks]
        folded = fold_each(tok_words)
        if "j" in text and (" und " in text or " der " in text) and _is_german(text):
            # German writes y as "j": "Tall Abjad" is Tal Abyad, "Dschalula" aside (the fold reads "dsch" as j)
            for k, (_, _, w) in enumerate(toks):
                if "j" in w[1:] and "dsch" not in w.lower() and not self._eligible(folded[k]):
                    alt = fold_token(w[:1] + w[1:].replace("j", "y"))
                    pair = f"{folded[k - 1]} {alt}" if k > 0 and folded[k - 1] else ""
                    if alt != folded[k] and (self._eligible(alt) or (pair and (
                            pair in name_prefixes or self._eligible(pair)))):
                        folded[k] = alt
        if "ch" in text and (" und " in text or " der " in text) and _is_german(text):
            # German writes kh as "ch" and sh as "sch": "Machmur" is Makhmur, "Chan Scheichun" Khan Shaykhun
            # (the fold reads a "ch" as French does, "sh": "Cheikh")
            for k, (_, _, w) in enumerate(toks):
                if "ch" in w or "Ch" in w:
                    alt = fold_token(_german_kh(w))
                    pair = f"{folded[k - 1]} {alt}" if k > 0 and folded[k - 1] else ""
                    if alt != folded[k] and (alt in name_prefixes or self._eligible(alt) or (pair and (
                            pair in name_prefixes or self._eligible(pair)))):
                        folded[k] = alt  # (the second word of a name too: "Chan Scheichun")
        if ("j" in text or "J" in text) and " de " in text and _is_spanish(text):
            # Spanish writes kh as "j": "Jan Arnaba" is Khan Arnabah, "Jubata al Jashab" Jubata al-Khashab, "Jan
            # Sheijun" Khan Shaykhun; read so where the spelling with "j" names nothing and the one with "kh" makes a
            # name with the word before or after it (an article between passed over)
            alts = {k: a for k, (_, _, w) in enumerate(toks) if ("j" in w or "J" in w) and w[:1].isupper()
                    and not self._eligible(folded[k])
                    and (a := fold_token(w.replace("j", "kh").replace("J", "Kh"))) != folded[k]}
            def readings(k2):  # the word before or after, as written or read the same way
                return {folded[k2], alts.get(k2)} - {None, ""} if k2 is not None else set()

            for k, a in alts.items():
                kb = next((k2 for k2 in (k - 1, k - 2) if k2 >= 0 and folded[k2]), None)
                ka = next((k2 for k2 in (k + 1, k + 2) if k2 < n and folded[k2]), None)
                if any(self._eligible(f"{b} {a}") for b in readings(kb)) or any(
                        self._eligible(f"{a} {b}") or f"{a} {b}" in name_prefixes for b in readings(ka)):
                    folded[k] = a
        if turkish and ("ş" in text or "Ş" in text) and not is_kurmanji(text):
            # Turkish writes sh as "ş", which the fold reads as s: "Binniş" is Binnish, not Babinnis, where the
            # spelling with "sh" is a name the plain fold is not (Turkish names spelt without the cedilla fold alike
            # either way: "Şırnak", "Sirnak"; Kurmanji names are read as Kurmanji writes them: "Şengal")
            for k, (_, _, w) in enumerate(toks):
                if ("ş" in w or "Ş" in w) and not self._eligible(folded[k]) and folded[k] not in name_prefixes:
                    alt = fold_token(w.replace("ş", "sh").replace("Ş", "Sh"))
                    if alt != folded[k] and (alt in name_prefixes or self._eligible(alt)):
                        folded[k] = alt
        noun_after: set[int] = set()  # tokens whose feature noun, after them, is read into their name
        if turkish and ("Dağ" in text or "dağ" in text) and not is_kurmanji(text):
            # Turkish puts the mountain after its name, "Zaviye Dağı", "Şahşabu dağları", where Arabic puts it first
            # (Jabal al-Zawiya); Turkish "v" and "ş" stand for the w and sh of Arabic names
            for k in range(n - 1):
                if toks[k + 1][2][:3].lower() == "dağ" and toks[k][2][:1].isupper() and text[toks[k][1]:toks[k + 1][0]] == " ":
                    w = toks[k][2]
                    for alt in dict.fromkeys((folded[k], fold_token(w.replace("v", "w")),
                                              fold_token(w.replace("ş", "sh").replace("Ş", "Sh").replace("v", "w")))):
                        if alt and self._regional(f"jbl {alt}"):
                            folded[k] = f"jbl {alt}"
                            noun_after.add(k)
                            break
        if "-" in text and (" und " in text or " der " in text) and _is_german(text):
            # a German compound of a name and a feature's noun: "Tischrin-Staudamm" is the Tishrin Dam, "Assad-See"
            # Lake Assad
            for k in range(n - 1):
                eng = _DE_COMPOUND_FEATURES.get(toks[k + 1][2].lower())
                if eng is not None and text[toks[k][1]:toks[k + 1][0]] == "-" and toks[k][2][:1].isupper():
                    for alt in dict.fromkeys((toks[k][2], _german_kh(toks[k][2]))):
                        key = fold(eng.format(alt))  # (the English noun folds too: "Castello road")
                        if key and self._eligible(key):
                            folded[k] = key
                            noun_after.add(k)
                            break
        # Arabic script (no capitals to go by), and capitals ("`Ayn" too); a plain lower-case word is neither
        arab = [False] * n
        cap = [False] * n
        for k in other:
            w = toks[k][2]
            a = arab[k] = "\u0600" <= w[0] <= "\u06ff"
            cap[k] = w[0].isupper() or a or (w[0] in _AYN_MARKS and w.lstrip(_AYN_MARKS)[:1].isupper())
        # adjacency: only spaces or hyphens between two tokens
        adj = [False] * n
        for i in range(n - 1):
            e = toks[i][1]
            g = toks[i + 1][0] - e
            if g == 1:
                adj[i] = text[e] in " -"
            elif 1 < g <= 3:
                # (a mark that ends the word before is a hamza or an ayn only after a vowel: "Saba' al Ahmad",
                # not "Victims' Services")
                adj[i] = bool(_GAP_OK.match(text[e: e + g])) and (text[e] not in _AYN_MARKS or text[e - 1] in "aeiu") \
                    and not _SPACED_DASH.search(text, e, e + g)  # (a dash between spaces parts: "QAMISHLI – Drones")
                if not adj[i] and g == 2 and text[e] == "." and text[e + 1] == " " and i > 0 and adj[i - 1] \
                        and len(toks[i][2]) == 1 and toks[i][2].isupper() and len(toks[i - 1][2]) > 1 \
                        and toks[i - 1][2][:1].isupper() and toks[i + 1][2][:1].isupper():
                    adj[i] = True  # a middle initial inside a name: "John F. Kennedy", "George W. Bush"
        if "–" in text:
            # an en dash joins two names into a road's only before the road's noun: "the Damascus–Aleppo highway",
            # "طريق حلب–اللاذقية الدولي" (not "Huntsville–Walker County EMS", two places)
            for i in range(1, n - 1):
                if not adj[i] and toks[i + 1][0] - toks[i][1] == 1 and text[toks[i][1]] == "–" and (
                        (i + 2 < n and toks[i + 2][2].lower() in _ROAD_NOUNS)
                        or (i > 0 and toks[i - 1][2] in _AR_ROAD_NOUNS)):
                    adj[i] = True
        if " et " in text and _FRENCH_QUICK.search(text) is not None:
            # French "et" (and) between two names is no Arabic article: "entre Homs et Hama" is two towns, not a
            # place called Hims Hamah ("Ras et-Tin", hyphenated, keeps its article)
            for k in range(1, n - 1):
                if toks[k][2] == "et" and text[toks[k - 1][1]:toks[k][0]] == " " \
                        and text[toks[k][1]:toks[k + 1][0]] == " ":
                    adj[k - 1] = False
        lower_words = None  # lazily: words that appear in lower case in this text
        # whether a plural site noun that a list may share comes anywhere ("the T4 and Hama air bases")
        plural_site = _PLURAL_SITE_LITERALS.search(text) is not None
        region_nouns = _REGION_NOUN_LITERALS.search(text) is not None  # ("Zap bölgesinde", "the Zap area")
        ku_letter = "ê" in text or "î" in text or "û" in text  # (Kurmanji's letters: its months' names are tested)
        # texts about Syria, Iraq, Turkey (one scan first for a text that names none of their words)
        doc_cc = {cc for cc in _CONTEXT_CUES if _about(text, cc)} if _ANY_CONTEXT_LITERAL.search(text) else set()
        approx: set[int] = set()  # indices into ``found`` matched by spelling skeleton, not by exact key
        local: set[int] = set()  # indices into ``found`` of a common word or given name read as a village (in approx)
        plural_of: set[int] = set()  # indices into ``found`` of the first area after "the provinces of"
        approx_tied: dict[int, tuple[str, ...]] = {}  # for a skeleton match: other keys as close in spelling
        sited: set[int] = set()  # indices into ``found`` named by a site noun the list shares ("T4 and Hama air bases")
        surnames: set[str] = set()
        masked = bytearray(n)
        models = self._mask_orgs_and_people(text, toks, folded, cap, adj, masked)

        prefixes = self._prefixes()
        found = []  # (i, j_end_exclusive, key, kinds_hint, name_i, name_j)

        def add_local(k: int, key: str) -> None:
            """A common word or given name at token ``k`` read as a village, to be confirmed like a skeleton match."""
            local.add(len(found))
            approx.add(len(found))
            found.append((k, k + 1, key, None, k, k + 1))
        romance_feats = not _ROMANCE_FEATURES_FOLDED.isdisjoint(folded)
        # the tokens a mention may open at (a capital, an Arabic article, a Romance language's demonym in lower case
        # or a feature's noun), so that the loop passes over the others at once: none of its tests takes one
        look = set(compress(range(n), cap))
        look.update(compress(range(n), map(_NO_KEY.__contains__, folded)))
        if not _EU_DEMONYMS.keys().isdisjoint(tok_words):
            look.update(k for k, w in enumerate(tok_words) if w in _EU_DEMONYMS)
        if romance_feats:
            look.update(k for k, w in enumerate(tok_words) if w in _ROMANCE_FEATURES)
        opens = _Starts(sorted(look), n)
        i = 0
        while (i := opens.next(i)) < n:
            eu = toks[i][2]
            if cap[i]:
                # (capitalised as a sentence opens: "Syrische Truppen rücken vor", "Turcas y kurdos")
                s0 = toks[i][0]
                eu = _EU_DEMONYMS_CAP.get(eu, "") if s0 < 2 or text[s0 - 2] in ".!?\n" or text[s0 - 1] == "\n" else ""
            if eu in _EU_DEMONYMS and self.demonyms and not masked[i] and not (
                    eu in _EU_LANGUAGES and i > 0 and toks[i - 1][2].lower() in _EU_LANGUAGE_CUES):
                found.append((i, i + 1, None, ("demonym", _EU_DEMONYMS[eu]), i, i + 1))
                i += 1  # "l'armée syrienne", "las fuerzas turcas"
                continue
            if masked[i] or not (cap[i] or (folded[i] == "" and i + 1 < n and cap[i + 1]
                                            and text[toks[i][1]:toks[i + 1][0]] == "-")
                                 or (romance_feats and toks[i][2] in _ROMANCE_FEATURES and i + 1 < n and cap[i + 1]
                                     and adj[i]
                                     and (f"{folded[i]} {folded[i + 1]}" in prefixes
                                          or self._eligible(f"{folded[i]} {folded[i + 1]}")))):
                # (a French, Spanish or Italian feature's noun in lower case opens its name: "le lac Assad")
                i += 1
                continue
            if romance_feats and not cap[i] and toks[i][2] in _ROMANCE_FEATURES:
                masked[i + 1] = 0  # (the noun makes the name a place's, a person's though it be: "lac Assad")
            w = toks[i][2]
            if not folded[i] and i + 1 < n and not _article_fits(w, toks[i + 1][2]):
                i += 1  # "An Alexandria man", "At Raqqa": English words, not the Arabic an-/at- before n/t
                continue
            # demonyms / abbreviations first
            if cap[i] and w in ABBREVIATIONS and (w.isupper() or "." in w):
                if w == "ABD" and not turkish:
                    i += 1  # (the Turkish abbreviation of the United States, only in Turkish)
                    continue
                if w == "US" and "$" in text[max(0, toks[i][0] - 1):toks[i][1] + 1]:
                    i += 1  # "US$460 million", "$US 1.5 billion": the currency
                    continue
                if not (w in ("US", "IS") and _looks_like_pronoun(text, toks, i)):
                    found.append((i, i + 1, None, ("abbr", ABBREVIATIONS[w]), i, i + 1))
                    i += 1
                    continue
            if turkish and cap[i] and self.demonyms and w not in DEMONYMS and not masked[i] \
                    and (cc := self._turkish_demonym(w)) is not None:
                found.append((i, i + 1, None, ("demonym", cc), i, i + 1))
                i += 1  # "Azerbaycanlı", "Pakistanlılar": of a country, by its Turkish name and "-lı"
                continue
            if cap[i] and w in DEMONYMS and _is_language(text, toks, i):
                i += 1  # "shouted in Turkish", "speaks Kurdish": a language
                continue
            if self.demonyms and cap[i] and w in DEMONYMS and not (
                    i + 1 < n and adj[i] and ((folded[i] + " " + folded[i + 1]) in prefixes or (folded[i] + " " + folded[i + 1]) in self._org_prefix
                     or self._eligible(folded[i] + " " + folded[i + 1]))):
                found.append((i, i + 1, None, ("demonym", DEMONYMS[w]), i, i + 1))
                i += 1
                continue
            if self.demonyms and arab[i] and len(w) > 4 and w[0] in _AR_PROCLITICS and w[1:] in DEMONYMS:
                toks[i] = (toks[i][0] + 1, toks[i][1], w[1:])  # "والروسي": and the Russian
                found.append((i, i + 1, None, ("demonym", DEMONYMS[w[1:]]), i, i + 1))
                i += 1
                continue
            if arab[i] and (len(w) >= 4 or (len(w) == 3 and i + 1 < n and adj[i] and (
                    (fold_token(w[1:]) + " " + folded[i + 1]) in prefixes
                    or self._eligible(fold_token(w[1:]) + " " + folded[i + 1])))) \
                    and w[0] in _AR_PROCLITICS and w not in _AR_WHOLE_WORDS \
                    and (not (whole := folded[i] in prefixes or bool(self._eligible(folded[i])))
                         or (found and found[-1][1] == i and found[-1][2] is not None and w[0] == "و"
                             and text[toks[i - 1][1]:toks[i][0]] == " ")):
                # (after a place, "و" is "and" even where the word with it names a town too, if the rest is a
                # name: "الرياض وجدة" is Riyadh and Jeddah, not Oujda)
                # (a two-letter word after the conjunction only where a name goes on with it: "وتل رفعت")
                # "والرستن" (and al-Rastan), "بحلب" (in Aleppo): a conjunction or preposition written onto the name
                # (the longer rest first when it is a name: "ولبنان" is "and Lebanon", not "and for Banan")
                tries = ((1, False), (2, True), (1, True)) if w[:2] in _AR_PROCLITICS_2 else ((1, True),)
                if len(tries) > 1 and i + 1 < n and adj[i] and (
                        (two := fold_token(w[1:]) + " " + folded[i + 1]) in prefixes or self._eligible(two)):
                    tries = ((1, True),)  # (a name of two words goes on with the rest: "وبحيرة الثرثار")
                for k, or_prefix in tries:
                    if w[k - 1] == "ف" and not w.startswith("ال", k):
                        continue  # (a name with "ف" (so) written onto it has its article: "فالرقة"; "فرقه" is "its team")
                    alt = fold_token(w[k:])
                    if alt and (self._eligible(alt) or (or_prefix and not whole and alt in prefixes)):
                        toks[i] = (toks[i][0] + k, toks[i][1], w[k:])
                        folded[i], w = alt, w[k:]
                        break
            parts: list[str] = []
            is_approx = False  # matched by spelling skeleton (recorded when the mention is kept)
            is_sited = False  # the name of a site whose noun a list shares (recorded when the mention is kept)
            best_j = -1
            best_key = ""
            j = i
            while j < n and j - i < 8:
                if j > i and not adj[j - 1]:
                    break
                if masked[j]:
                    break
                f = folded[j]
                if f:
                    parts.append(f)
                    key = " ".join(parts)
                    # a lower-case word may continue a name but not end it ("Bab al-Hawa" yes, "Idlib in" no)
                    art = (j > i and not folded[i]) or (j == i and _arabic_article(toks, i))
                    if not art and (key in _GIVEN_KEYS or key in _STOP_KEYS):
                        art = _subdistrict_at(toks, adj, j + 1) > 0  # "Dana sub-district"
                    elif not art and j == i and cap[i] and len(f) == 3:
                        art = self._spelled_out(toks[i][2], key)  # "Bzaah"
                    if (cap[j] or (len(parts) > 1 and toks[j][2] not in _NOT_NAME_ENDS)) \
                            and self._eligible(key, article=art):
                        best_j, best_key = j + 1, key
                    if key not in prefixes and not (j == i and toks[i][2] in _ROMANCE_FEATURES):
                        break
                j += 1  # (an empty fold is a leading article: skipped)
            if best_j == i + 1 and w.lower() in _NOT_PLACES:
                best_j = -1  # "the Roman theatre": an adjective of a people, not Roman in Romania
            if arab[i] and best_j > i + 1 and toks[i][2] in _AR_CUES_BEFORE \
                    and self._longest_from(toks, folded, adj, masked, prefixes, i + 1) > best_j:
                i += 1  # "منطقة باب الطوب": the area of Bab al-Tob, not "منطقة الباب" (al-Bab district) and a word
                continue
            if best_j > i + 1 and toks[i][2] in ("The", "the") \
                    and self._longest_from(toks, folded, adj, masked, prefixes, i + 1) > best_j:
                i += 1  # "The Euphrates River": the river's longer name, not "the Euphrates" and a word
                continue
            if best_j > i + 1 and toks[i][2] in ("The", "the") and toks[best_j - 1][2][:1].islower():
                best_j = -1  # "The villages around Jindires": a name opening with "The" ends on a capital
            if plural_site and not arab[i] and cap[i] and not masked[i]:
                shared = self._shared_site(text, toks, folded, cap, adj, masked, i, best_j)
                if shared is not None:
                    best_j, best_key = shared  # "the T4 and Hama air bases": T4 airbase, Hama airbase
                    is_sited = True
            # (also where only a name's generic first word is a key: "Ain al-Jahash" is 'Ayn Jahsh, not "Ain"; and
            # where a key covers only the head of a longer name: "Mleiha al-Gharbiya" is al-Mulayhah al-Gharbiyah)
            longer = best_j >= 0 and best_j < n and adj[best_j - 1] and not folded[best_j] and not arab[i]
            if doc_cc and cap[i] and (best_j < 0 or (best_j == i + 1 and folded[i] in _GENERIC_HEADS and adj[i])
                                      or longer) \
                    and w not in DEMONYMS and w.lower() not in _NOT_PLACES and w not in _AR_WORDS \
                    and not (((i > 0 and toks[i - 1][2] in _DE_ARTICLES) or w.endswith(_DE_NOUN_ENDS))
                             and _is_german(text)):
                # (not a German noun after its article, nor one of a German noun's shape: "an der Grenze" is at the
                # border, no Bilek; "neue Schulen", new schools, no Ash Shulin)
                a = self._approximate(text, toks, folded, cap, adj, masked, i, doc_cc)
                if a is not None and (a[0] > best_j or (a[0] == best_j and not longer)):
                    best_j, best_key, tied = a
                    is_approx = True
            if best_j < 0 and (w == "M4" or w == "M5") and "SY" in doc_cc \
                    and _NOT_THE_ROAD.search(text, max(0, toks[i][0] - 80), toks[i][1] + 80) is None \
                    and self._eligible(road := fold(w + " highway")):
                # Syria's M4 and M5 named bare in a text about Syria ("fighting along the M4"), not a rifle, a tank or
                # a car of the name, nor England's motorways in a text about elsewhere
                best_j, best_key = i + 1, road
            feature_named = False
            if (best_j < 0 or (best_j == i + 1 and (folded[i] in _STOP_KEYS or folded[i] in _GIVEN_KEYS))) \
                    and cap[i] and i > 0 and toks[i - 1][2].lower() in _ROMANCE_FEATURE_PREV \
                    and self._romance_feature(text, toks, i, i + 1) is not None:
                # a given name or a word that is no name alone, after a feature's noun that makes it one: "le champ
                # pétrolier d'al-Omar", "le camp d'al-Hol" (read as the feature below)
                best_j, best_key, feature_named = i + 1, folded[i], True
            if best_j < 0 and (folded[i] in _STOP_KEYS or folded[i] in _GIVEN_KEYS) \
                    and self._local_word(text, toks, folded, arab, masked, i, doc_cc):
                add_local(i, folded[i])  # "In Idlib, Dana was hit": the town of Dana, if the geography confirms it
                i += 1
                continue
            if best_j < 0:
                if self.demonyms and cap[i] and w in DEMONYMS:
                    found.append((i, i + 1, None, ("demonym", DEMONYMS[w]), i, i + 1))
                elif self.demonyms and cap[i] and i + 1 < n and (w, toks[i + 1][2]) in _DEMONYM_2 and adj[i]:
                    found.append((i, i + 2, None, ("demonym", _DEMONYM_2[(w, toks[i + 1][2])]), i, i + 2))
                    i += 2
                    continue
                i += 1
                continue
            if best_j + 1 < n and not arab[i] and toks[best_j - 1][2].lower() in _FEATURE_HEADS \
                    and all(toks[k][2].lower() == "the" for k in range(i, best_j - 1)) \
                    and toks[best_j][2] == "of" and cap[best_j + 1] and adj[best_j - 1] and adj[best_j]:
                # "the Gulf of Mexico", "the Bay of Biscay": another feature than "the Gulf" the data holds
                j2 = best_j + 1
                while j2 + 1 < n and adj[j2] and cap[j2 + 1]:
                    j2 += 1
                i = j2 + 1
                continue
            if best_j < n and not arab[i] and toks[best_j][2] in _NAMED_AFTER \
                    and text[toks[best_j - 1][1]:toks[best_j][0]] == " ":
                i = best_j  # "Lassa fever", "Marburg virus", "Rift Valley fever": a disease named after a place (and
                # goods: "Aleppo soap", "Brent crude")
                continue
            if (best_j < n and not arab[i] and toks[best_j][2].rstrip(".") in _STREET_WORDS
                    and text[toks[best_j - 1][1]:toks[best_j][0]] == " "
                    and not (best_j + 1 < n and adj[best_j] and cap[best_j + 1])):
                # "Washington Street", "W. California Street", "Franklin Avenue": a street (but the "Lebanon
                # Street Superintendent" is the town's)
                i = best_j
                continue
            if best_j - i == 1 and arab[i] and w == "جملة" and text.startswith(" من", toks[i][1]):
                i += 1  # "جملة من المباني" (a number of buildings), not Jamlah, which "بلدة جملة" names
                continue
            if best_j - i == 1 and arab[i] and (best_key in _AR_STOP_KEYS or w in _AR_WORDS and not (
                    i > 0 and w.startswith("ال") and _ar_noun_in(toks[i - 1][2], _AR_SETTLEMENT_NOUN | {"أحياء"})
                    and text[toks[i - 1][1]:toks[i][0]] == " ")):
                # "مدينة" (city) is a common noun, not al-Madinah (but "قرية الأربعين" is a village, "أحياء الخيام"
                # Khiam's quarters; "بلدة كبيرة" a big town)
                i += 1
                continue
            if best_j - i == 1 and arab[i] and not w.startswith("ال") and not is_approx \
                    and not (i > 0 and toks[i - 1][2] in _AR_CUES_BEFORE) \
                    and not self._literal(best_key, w) and self._literal(best_key, "ال" + w):
                i += 1  # a town named with its article, written without it: "عراقي خالص" (purely Iraqi) is no
                continue  # al-Khalis, but "بلدة خالص" and "في الخالص" are
            if arab[i] and ((best_j - i == 1 and w in _AR_GIVEN) or (
                    best_j - i == 2 and w in _AR_KUNYA and toks[i + 1][2] in _AR_GIVEN)) \
                    and not (i > 0 and _ar_noun_in(toks[i - 1][2], _AR_SETTLEMENT_NOUN)) \
                    and not self._peopled(best_key):
                i = best_j  # a given name, or a kunya and a given name, is a person, not a hamlet that bears it
                continue  # ("محمد", "أبو عمر"; but "قرية محمد" is a village)
            if best_j - i == 1 and arab[i] and i > 0 and (
                    (toks[i - 1][2] in _AR_TITLES and text[toks[i - 1][1]:toks[i][0]] == " ")
                    or (w in _AR_CUED_ONLY and toks[i - 1][2] not in _AR_CUES_BEFORE)):
                # a word after a title is a person's name ("الشيخ سعيد", "قاضي عسكر"), unless the two are a place's
                # name, matched whole before; "صور" (pictures) is Tyre only after a cue ("في صور", "مدينة صور")
                i += 1
                continue
            if best_j - i == 1 and arab[i] and i > 0 and toks[i - 1][2] in _AR_STREET_NOUNS \
                    and text[toks[i - 1][1]:toks[i][0]] == " " and not self._big_key(best_key):
                i += 1  # "ساحة التحرير" (Tahrir Square), "جسر الجمهورية": a square's or a bridge's name, no village
                continue
            if not arab[i] and i > 1 and best_j - i <= 3 and (
                    (toks[i - 1][2].lower() in _ROMANCE_SQUARES and (
                        toks[i - 1][2] != "point" or text[toks[i - 2][0]:toks[i - 1][0]].lower() == "rond-")) or (
                        toks[i - 1][2] in ("di", "de", "del", "della") and toks[i - 2][2].lower() in _ROMANCE_SQUARES
                        and toks[i - 2][2] != "point")):
                # a square's or a roundabout's name in French, Spanish or Italian: "le rond-point al-Naïm", "la plaza
                # Tahrir", "la rotonda di al-Naim" (the square where the gazetteer holds it, else no village)
                if self._eligible(f"{best_key} square"):
                    best_key = f"{best_key} square"
                else:
                    i = best_j
                    continue
            if arab[i] and best_j < n and toks[i][2] == "الضفة" and toks[best_j][2][:1] == "ل" \
                    and text[toks[best_j - 1][1]:toks[best_j][0]] == " ":
                i = best_j  # "الضفة الغربية لنهر الفرات": the western bank of the Euphrates, not the West Bank
                continue
            if turkish and best_j - i == 1 and w[:1] in _TR_CAPS and _tr_lower(w) in _TR_MONTHS and (
                    text[max(0, toks[i][0] - 2):toks[i][0]].strip()[-1:].isdigit()
                    or text[toks[i][1]:toks[i][1] + 2].strip()[:1].isdigit()
                    or (i + 1 < n and toks[i + 1][2] in ("ayı", "ayında", "ayından", "ayının", "ayına", "ayı'nda"))):
                i += 1  # a Turkish date: "8 Aralık 2024", "Kasım 2015", "Kasım ayında" (not the towns Aralık, Kasım)
                continue
            if turkish and best_j - i == 1 and w[:1] in _TR_CAPS and _tr_lower(w) in _TR_WORDS and (
                    i == 0 or _SENT_END.search(text[max(0, toks[i][0] - 3):toks[i][0]])) \
                    and text[toks[i][1]:toks[i][1] + 1] not in ("'", "’"):
                # opening a Turkish sentence, a word: "İki gün sonra" (two days later) is no Iki in Japan (a
                # name takes its case ending after an apostrophe: "Ordu'da")
                i += 1
                continue
            if ku_letter and best_j - i == 1 and w.rstrip("êa").lower() in _KU_MONTHS and (
                    (i > 0 and toks[i - 1][2].lower() == "meha")
                    or re.search(r"\d+(?:ê|an)?\s*$", text[max(0, toks[i][0] - 8):toks[i][0]])
                    or re.match(r"\s+\d{4}\b", text[toks[i][1]:toks[i][1] + 6])
                    or (i > 0 and toks[i - 1][2] == "di" and i + 1 < n and toks[i + 1][2] == "de")):
                i += 1  # a Kurmanji month: "di meha Sibatê de" (in February), "8ê Adarê" (8 March), "Gulan 2025",
                continue  # "di Kanûnê de" (in December)
            if best_j - i == 1 and (w in _DE_COMMON_CAPS or (i > 0 and (
                    toks[i - 1][2].lower() in _DE_POSSESSIVES
                    or (i > 1 and toks[i - 1][2] in _DE_TIME_ADJECTIVES and toks[i - 2][2] in _DE_ARTICLES))
                    and text[toks[i - 1][1]:toks[i][0]] == " ")) and _is_german(text):
                i += 1  # a German word capitalised as a noun or opening a sentence: "Meine Kinder", "Orte", "Namen",
                continue  # and a noun after a possessive or a time's adjective: "an ihrer Seite", "der vergangenen Woche"
            if region_nouns and best_j - i == 1 and not arab[i] and self._hamlet_alias(best_key) \
                    and _region_list_follows(text, toks, best_j):
                i = best_j  # a region a hamlet's other name recalls: "Metina, Zap ve Avaşin bölgelerinde", "the Zap area"
                continue
            if turkish and best_j < n and text[toks[best_j - 1][1]:toks[best_j][0]] == " " \
                    and toks[best_j][2].startswith(_TR_STREETS):
                i = best_j + 1  # a street or a square named after a place: "İstiklal Caddesi", "Kızılay Meydanı"
                continue
            if turkish and best_j < n and toks[best_j][2][:1].islower() and text[toks[best_j - 1][1]:toks[best_j][0]] == " " \
                    and toks[best_j][2].startswith(_TR_PRODUCE):
                i = best_j  # a food or a ware named after its town: "Şam tatlısı", "Antep fıstığı", "Halep sabunu"
                continue
            if i > 0 and toks[i - 1][2] in ("Little", "Küçük") and text[toks[i - 1][1]:toks[i][0]] == " ":
                i = best_j  # a neighbourhood's nickname: "Little Kurdistan" in Nashville, "Little Ramallah"
                continue
            if best_j - i == 1 and w in _DE_COMPASS_NOUNS and i > 0 and toks[i - 1][2] in _DE_COMPASS_BEFORE:
                i += 1  # German "nach Norden" (northwards), "im Osten": no town Norden
                continue
            if turkish and best_j - i == 1 and _tr_lower(w) in _TR_COMPASS and i + 1 < n and adj[i] and cap[i + 1]:
                i += 1  # a Turkish point of the compass before a place: "Güney Lübnan" (south Lebanon), "Kuzey Irak"
                continue
            if turkish and toks[best_j - 1][2] == "Genel" and best_j < n and _tr_lower(toks[best_j][2]).startswith(
                    _TR_GENERAL_OF):
                i = best_j  # "Eş Genel Başkanı" (co-chair), "Genel Kurmay" (the General Staff): no hamlet Genel
                continue
            if best_j - i == 1 and models and best_key in models:
                i += 1  # a vehicle's model named again: "a Dodge Durango ... the Durango pulled up"
                continue
            if best_j - i == 1 and _ACRONYM_PLURAL.match(w):
                i += 1  # "CEOs", "NGOs": an acronym's plural, not a folded place name
                continue
            if best_j - i == 1 and (best_key in _STOP_KEYS or best_key in _GIVEN_KEYS) and not self._bears(best_key, w) \
                    and not _subdistrict_at(toks, adj, best_j) and not feature_named:
                # "Moss", "Rashid": a common word or given name that only folds to a place's name
                if self._local_word(text, toks, folded, arab, masked, i, doc_cc):
                    add_local(i, best_key)
                i += 1
                continue
            if best_j - i == 1 and not arab[i] and self._strong(best_key) and _inside_proper_noun(text, toks, folded, cap, adj,
                                                                                  masked, i, self._eligible):
                i += 1  # "the Acme Turkey Hotline": a place name inside a longer proper noun
                continue
            # a single capitalized common word that also appears in lower case in this text is not a place
            if best_j - i == 1 and not arab[i] and not self._strong(best_key):
                if lower_words is None:
                    lower_words = _lower_words(text)
                if w.lower() in lower_words or (w.isupper() and len(w) >= 2 and w not in ABBREVIATIONS
                                                 and not w[-1:].isdigit()  # (a code: "the T4 and Hama air bases")
                                                 and not _dateline(text, toks, i, best_j)):
                    if not w.isupper() and self._local_word(text, toks, folded, arab, masked, i, doc_cc):
                        add_local(i, best_key)  # "retook Hit" in a text that also says "hit", if the geography agrees
                    i += 1
                    continue
                # part of a longer capitalised name ("Taco Bell", "Blue Jays", "Taylor Street", "Darren Ripley"),
                # unless a Turkish case ending marks the word as a name of its own ("Kuvvetleri Afrin'e")
                if kurmanji is None:
                    kurmanji = "ê" in text and is_kurmanji(text)
                # (not a German compound of a name and a feature's noun: "die Castello-Straße" is the road)
                if i not in noun_after and _in_name_run(text, toks, folded, cap, adj, masked, i, self._strong,
                                                        self._covered, kurmanji) and not (
                        turkish and text[toks[i][1]:toks[i][1] + 1] in ("'", "’")):
                    if i > 0 and adj[i - 1] and cap[i - 1] and toks[i - 1][2] not in ("The", "A", "An"):
                        surnames.add(best_key)  # "Mert Altintas": later "Altintas" alone is the same person
                        # (not after "The": "The Sinjar Resistance Units guarded Sinjar")
                    i += 1
                    continue
                if best_key in surnames and not (
                        best_j - i == 1 and any(c[1] == "locality" and c[3] in _MINOR_COUNTRIES and not c[8]
                                                for c in self._candidates(best_key, ()))
                        and _place_like_context(text, toks, i, self._eligible, self._covered)):
                    # (a town that gave a commander his name is still the town in a list or with a cue: "Mazlum
                    # Kobani ... Kobani ve Münbiç çevresindeki mevziler")
                    i += 1
                    continue
            if best_j - i <= 2 and i > 0 and ((toks[i - 1][2].lower() in _SHIP_NOUNS
                                     and text[toks[i - 1][1]:toks[i][0]] in (" ", " «", ' "', " „"))
                                    or (i > 1 and toks[i - 2][2].lower() in _SHIP_NOUNS and cap[i - 1]
                                        and text[toks[i - 2][1]:toks[i][0]] == " " + toks[i - 1][2] + " ")):
                i = best_j
                continue  # a ship named after a city: "the cruiser Moskva", "le croiseur Moskva"
            if (i > 0 and adj[i - 1] and toks[i - 1][2].lower() in _NAMED_THING and not self._strong(best_key)
                    and text[toks[i - 1][1]:toks[i][0]] == " "):
                i = best_j
                continue  # "the Turkish company Kolin", "the filly Epiphaneia": the name of that thing
            if (i > 1 and adj[i - 1] and toks[i - 1][2] in _KIN and text[toks[i - 1][1]:toks[i][0]] == " "
                    and toks[i - 2][2].lower() in ("his", "her", "their", "my", "our", "your", "whose")
                    and not self._strong(best_key)):
                i = best_j
                continue  # "his brother Tyler", "her son Mason": a person
            if i > 0 and toks[i - 1][2] in _FEATURE_BEFORE and text[toks[i - 1][1]:toks[i][0]] == " " \
                    and not _SENT_END.search(text[max(0, toks[i - 1][0] - 3):toks[i - 1][0]]):
                i = best_j
                continue  # "Mount Rogers", "Lake Winnipesaukee": a mountain or lake the gazetteer lacks, not the town
            if best_j < n and toks[best_j][2] in _FEATURE_AFTER and text[toks[best_j - 1][1]:toks[best_j][0]] == " " \
                    and self._candidates(best_key, ("admin1", "country")) \
                    and not self._candidates(best_key, ("locality",)):
                i = best_j + 1
                continue  # "the Ohio River", "Kentucky Lake": a river or lake named after a state, not the state
            if _piece_of_longer_name(text, toks, folded, cap, adj, masked, i, best_j, self._strong(best_key)):
                i = best_j
                continue  # "Karm al-Zeitoun" is not al-Zeitoun, nor "Bab al-Nairab" al-Bab
            if best_key == "duma" and i > 0 and toks[i - 1][2] in _ROMANCE_FEMININE:
                i = best_j  # "les élus de la Douma", "la Duma": the parliament, which French, Spanish and Italian
                continue  # write with the article a town takes none of
            if best_key == "duma" and toks[best_j - 1][2].lower() == "duma":
                # the Russian parliament unless the text is about Syria and not about parliaments;
                # "the Duma" with an article, or Moscow/Russia right beside it, is the parliament
                # (spelt "Douma" it is always the town)
                ctx = text[max(0, toks[i][0] - 250): toks[best_j - 1][1] + 250]
                near = text[max(0, toks[i][0] - 40): toks[best_j - 1][1] + 40]
                article = i > 0 and adj[i - 1] and toks[i - 1][2].lower() == "the"
                if (article or _DUMA_NEAR.search(near) or _PARLIAMENT_CUES.search(ctx)
                        or not _about(text, "SY")):
                    i = best_j
                    continue
            if best_j - i == 1 and not arab[i] and not self._strong(best_key) and not self._regional(best_key) \
                    and _speaker(text, toks, i):
                if _after_initial(text, toks, i):
                    surnames.add(best_key)  # the same person when named again ("Eggers shot Bell")
                i += 1  # "Robertson said", "said Noma.": a person speaking (but "Damascus said": its government)
                continue
            if best_j - i == 1 and i > 0 and toks[i - 1][2].lower() in _DE_DEFINITE \
                    and text[toks[i - 1][1]:toks[i][0]] == " " and not arab[i] and i not in noun_after \
                    and _de_definite(text) and _is_german(text) and not self._candidates(best_key, ("country", "admin1", "admin2", "region")):
                i += 1  # German: a town's name after the definite article is a noun ("Die Lage", the situation);
                continue  # countries and regions take it ("die Türkei", "den Libanon"), and features ("den
                # Maydanki-Staudamm")
            if w == "Essen" and best_j - i == 1 and i > 0 and toks[i - 1][2].islower() \
                    and toks[i - 1][2] not in _DE_PLACE_BEFORE and _is_german(text):
                i += 1  # German: food ("an Essen, Wasser und Decken", "verteilen Essen"), not the city after a
                continue  # preposition of place ("in Essen", "aus Essen")
            if best_j - i == 1 and w.lower() in _PARTICLES and best_j < n and adj[i] and cap[best_j]:
                i += 1  # "Van Dorn", "De Gaulle": a name particle
                continue
            kinds = None
            feature_read = False
            si, sj = i, best_j
            if is_approx and i > 0 and not folded[i - 1] and toks[i - 1][2].lower() in ARTICLES \
                    and text[toks[i - 1][1]:toks[i][0]] == "-":
                si = i - 1  # the article written onto a variant spelling is part of the mention: "al-Hadher"
            if best_j < n and best_j - 1 in noun_after and folded[best_j - 1] == best_key:
                # "Zaviye Dağı", read as Jabal al-Zawiya above, "Tischrin-Staudamm" as the Tishrin Dam: the feature's
                # noun is the name's
                kinds = ("region", "site") if best_key.startswith("jbl ") else None
                sj = best_j + 1
            elif i > 0 and toks[i - 1][2].lower() in _ROMANCE_FEATURE_PREV \
                    and (feature := self._romance_feature(text, toks, i, best_j)) is not None:
                # "la diga di Mosul", "la presa de Tishrin", "il Monte Sinjar": the site or region the English name
                # of the feature gives ("Mosul Dam"), not the town; the noun is part of the name ("diga di Mosul" is
                # no one-word name)
                best_key, si = feature
                feature_read = True
            # "X province", "rural X", "X countryside"
            elif best_j < n and adj[best_j - 1] and toks[best_j][2].lower() in _ADMIN_SUFFIX and not masked[best_j]:
                if i > 0 and cap[i - 1] and adj[i - 1] and text[toks[i - 1][1]:toks[i][0]] == " " \
                        and not arab[i] and _unknown_word_before(
                            text, toks, folded, i, self._eligible):
                    i = best_j + 1  # "Chahar Dara district" is no "Dara district": its name's first word comes first
                    continue
                kinds = _ADMIN_SUFFIX[toks[best_j][2].lower()]
                sj = best_j + 1
            elif best_j < n and toks[best_j][2] == "City" and text[toks[best_j - 1][1]:toks[best_j][0]] == " " \
                    and not masked[best_j] and not (best_j + 1 < n and adj[best_j] and (
                        cap[best_j + 1] or toks[best_j + 1][2] in _FACILITY or toks[best_j + 1][2] in _CITY_OFFICE)) \
                    and self._candidates(best_key, ("locality",)):
                # (not "Paris City Hall", "London City airport", "the Los Angeles City council": an office or a site)
                kinds = ("locality",)  # "Quebec City", "Idlib City": the city of the name, not its province
                sj = best_j + 1
            elif best_j < n and toks[best_j][2] in ("village", "town") and text[toks[best_j - 1][1]:toks[best_j][0]] == " " \
                    and self._candidates(best_key, ("locality",)):
                kinds = ("locality",)  # "the al-Aqar village": a village of the name, not a province (Akkar)
            elif best_j + 2 < n and adj[best_j - 1] and [t[2].lower() for t in toks[best_j:best_j + 3]] == [
                    "de", "escalation", "zone"] and text[toks[best_j][1]:toks[best_j + 1][0]] in ("-", "‑"):
                kinds = ("admin1", "admin2", "region")  # "the Idlib de-escalation zone"
                sj = best_j + 3
            elif _subdistrict_at(toks, adj, best_j):
                # "Dana sub-district", "Maarat al-Numan nahiya": the gazetteer has no third-level areas, so the
                # town that gives the sub-district its name (a given name such as Dana counts there)
                kinds = ("locality",)
                sj = best_j + _subdistrict_at(toks, adj, best_j)
            elif i > 0 and adj[i - 1] and toks[i - 1][2].lower() in _ADMIN_PREFIX \
                    and self._candidates(best_key, _ADMIN_PREFIX[toks[i - 1][2].lower()]):
                # (where no area bears the name, the town's: "rural Kafranbel", "ريف كفرنبل")
                kinds = _ADMIN_PREFIX[toks[i - 1][2].lower()]
                si = i - 1
            elif i > 0 and toks[i - 1][2].lower() in _ROMANCE_ADMIN and text[toks[i - 1][1]:toks[i][0]] in (" d'", " d’") \
                    and self._candidates(best_key, _ROMANCE_ADMIN[toks[i - 1][2].lower()]):
                kinds = _ROMANCE_ADMIN[toks[i - 1][2].lower()]  # French: "la province d'Idleb"
                si = i - 1
            elif i > 1 and toks[i - 1][2] == "de" and toks[i - 2][2].lower() in _ROMANCE_ADMIN \
                    and text[toks[i - 2][1]:toks[i][0]] == " de " \
                    and self._candidates(best_key, _ROMANCE_ADMIN[toks[i - 2][2].lower()]):
                # "la province de Hama", "la provincia de Alepo" (where there is such an area: "la région de
                # Palmyre" is the town's surroundings)
                kinds = _ROMANCE_ADMIN[toks[i - 2][2].lower()]
                si = i - 2
            elif i > 2 and toks[i - 1][2] == "of" and toks[i - 2][2] in _OF_ADMIN \
                    and text[toks[i - 2][1]:toks[i][0]] in (" of ", " of the ") \
                    and (toks[i - 3][2].lower() == "the" or not toks[i - 2][2].startswith("district")) \
                    and self._candidates(best_key, _OF_ADMIN[toks[i - 2][2]]):
                # "the province of Idlib", "the provinces of Hama, Idlib and Latakia", "the district of Tal Afar"
                # (not "the Sur district of Diyarbakir", "the eastern districts of Aleppo": quarters of a city)
                kinds = _OF_ADMIN[toks[i - 2][2]]
                if toks[i - 2][2].endswith("s"):
                    plural_of.add(len(found))
            elif (i > 1 and adj[i - 1] and adj[i - 2] and toks[i - 1][2].lower() in _DIRECTIONS
                  and toks[i - 2][2].lower() in _ADMIN_PREFIX and not masked[i - 1]):
                kinds = _ADMIN_PREFIX[toks[i - 2][2].lower()]  # "rural northern Homs"
                si = i - 2
            elif (i > 0 and adj[i - 1] and toks[i - 1][2].lower() in _DIRECTION_ADJ and not masked[i - 1]
                  and text[toks[i - 1][1]:toks[i][0]] == " " and self._syrian_governorate(best_key)):
                # "northern Hama", "southern Idleb": in Syrian reporting, that part of the governorate
                kinds = ("admin1", "admin2", "region")
            if kinds and si > 0 and adj[si - 1] and toks[si - 1][2].lower() in _DIRECTIONS and not masked[si - 1]:
                si -= 1  # "northern Hama countryside", "northern Hama"
            if is_sited:
                sited.add(len(found))
            if is_approx:
                approx.add(len(found))
                if tied:
                    approx_tied[len(found)] = tied
            found.append((si, sj, best_key, kinds, si if feature_read else i, best_j))
            i = sj
        # "the provinces of Hama, Idlib and Latakia": each name of the list after the plural is an area
        for k in sorted(plural_of):
            kinds = found[k][3]
            for k2 in range(k + 1, len(found)):
                f, prev = found[k2], found[k2 - 1]
                if f[2] is None or f[3] is not None or f[1] != f[5] \
                        or not _LIST_GAP.fullmatch(text, toks[prev[1] - 1][1], toks[f[0]][0]) \
                        or not self._candidates(f[2], kinds):
                    break
                found[k2] = (f[0], f[1], f[2], kinds, f[4], f[5])
        # "the Idlib and Hama countryside", "Aleppo, Idlib and Hama provinces": each name of the list is an area
        carry, after = None, -1
        for k in range(len(found) - 1, -1, -1):
            f = found[k]
            if f[3] is not None and f[1] > f[5] and toks[f[1] - 1][2].lower() in _SHARED_SUFFIX:
                carry, after = f[3], f[0]
            elif carry is not None and f[2] is not None and f[3] is None and f[1] == f[5] \
                    and text[toks[f[1] - 1][1]:toks[after][0]] in (" and ", ", ", ", and ", " & ") \
                    and self._candidates(f[2], carry):  # (a town's countryside stays the town: "Kafr Zita and ...")
                found[k] = (f[0], f[1], f[2], carry, f[4], f[5])
                after = f[0]
            else:
                carry = None
        # "the Hama-Idlib border": two first-level divisions that meet, where both names are such divisions
        for k in range(len(found) - 1):
            a, b = found[k], found[k + 1]
            if a[2] is not None and b[2] is not None and a[3] is None and b[3] is None and a[1] == a[5] \
                    and b[1] == b[5] and b[1] < n and text[toks[a[1] - 1][1]:toks[b[0]][0]] in (*_HYPHENS, "/") \
                    and toks[b[1]][2].lower() in _BORDER_WORDS \
                    and self._candidates(a[2], ("admin1",)) and self._candidates(b[2], ("admin1",)):
                found[k] = (*a[:3], _BORDER_KINDS, *a[4:])
                found[k + 1] = (*b[:3], _BORDER_KINDS, *b[4:])
        return self._on_courses(text, self._resolve_all(text, toks, found, approx, doc_cc, local, approx_tied, sited))

    def _romance_feature(self, text: str, toks, i: int, j: int) -> tuple[str, int] | None:
        """(key, first token) of the feature a French, Spanish or Italian noun before the name at tokens
        ``i``..``j`` names, where the gazetteer has it under its English name ("la diga di Mosul": the Mosul Dam)."""
        m = _ROMANCE_FEATURE_BEFORE.search(text, max(0, toks[i][0] - 40), toks[i][0])
        if m is None:
            return None
        noun = " ".join(m.group("noun").lower().split())
        forms = _FEATURE_EN.get(noun) or _FEATURE_EN[noun.split()[0]]  # ("campo petrolífero"; "base aérea": "base")
        name = text[toks[i][0]:toks[j - 1][1]]
        for form in forms.split("|"):
            key = fold(form.format(name))
            if key and self._candidates(key, None):
                k = i
                while k > 0 and toks[k - 1][1] > m.start("noun"):
                    k -= 1  # (to the word holding the noun: "l'aeroporto di Aleppo")
                return key, k
        return None

    def _curated(self, row: int) -> bool:
        """Whether the shipped row ``row`` is a curated entry."""

        return not self.gz.is_user(row) and self.gz._row(row)[F_SRC] == "curated"

    def _course_of(self, row: int) -> tuple[tuple[float, float], ...] | None:
        """The course of the curated river at ``row`` (``None`` for any other place)."""
        r = self._courses.get(row, False)
        if r is False:
            r = None
            if not self.gz.is_user(row):
                p = self.gz.place(row)
                if p.source == "curated" and p.kind == "region":
                    r = self.gz.course(p.id)
            self._courses[row] = r
        return r

    def _on_courses(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Put each mention of a river the gazetteer holds the course of on that course, at the point nearest the
        places named beside it: in its sentence, else in the whole text ("the Euphrates near Albu Kamal" is the
        river at Albu Kamal, not at Raqqa, where its representative point lies). Towns and sites count first, then
        districts and provinces; a river named far (over 150 km) from every one of them keeps its point."""
        gz = self.gz
        rivers = [k for k, m in enumerate(mentions) if m.place is not None and m.place.kind == "region"
                  and m.place.source == "curated" and gz.course(m.place.id)]
        if not rivers:
            return mentions
        out = list(mentions)
        for k in rivers:
            m = mentions[k]
            course = gz.course(m.place.id)
            s0, s1 = _sentence_bounds(text, m.start)
            anchors: list[tuple[float, float]] = []
            for kinds in (("locality", "site"), ("admin2", "admin1")):
                for inside in (True, False):
                    anchors = [(x.place.lon, x.place.lat, abs(x.start - m.start)) for j, x in enumerate(mentions)
                               if j != k and x.place is not None and x.place.kind in kinds
                               and (not inside or s0 <= x.start < s1)]
                    if anchors:
                        break
                if anchors:
                    break
            if not anchors:
                continue
            # (of places along it, the one named nearest: "the M5 near Khan Shaykhun ... Saraqib" is at Khan Shaykhun)
            lon, lat, km = min(((*_on_line(course, a[:2]), a[2]) for a in anchors),
                               key=lambda t: (round(t[2] / 10.0), t[3]))[:3]
            if inside and len(anchors) > 1:
                # (but the towns of its sentence that lie along it over more than 150 km of it mark a stretch, and the
                # mention is its middle: "the M5 between Damascus and Aleppo", "the Euphrates from Raqqa to Albu
                # Kamal", not the end named nearest)
                along = sorted(_along_line(course, a[:2]) for a in anchors if _on_line(course, a[:2])[2] <= 30.0)
                if len(along) > 1 and along[-1] - along[0] > 150.0:
                    lon, lat = _at_along(course, (along[0] + along[-1]) / 2)
                    km = 0.0
            if km <= 150.0:
                # (and in the country that point lies in: the Euphrates at Nasiriyah is in Iraq)
                cc = country_of(lon, lat) or m.place.country
                where = {"country": cc, "admin1": ""} if cc != m.place.country else {}
                out[k] = dataclasses.replace(m, place=dataclasses.replace(
                    m.place, lon=round(lon, 5), lat=round(lat, 5), **where))
        return out

    def _turkish_demonym(self, w: str) -> str | None:
        """The country of a Turkish word made of its Turkish name and "-lı" (in any vowel, plural or case):
        "Azerbaycanlı", "Pakistanlılar", "Afganistanlıların"."""
        m = _TR_DEMONYM_END.search(w)
        if m is None or m.start() < 3:
            return None
        stem = w[:m.start()]
        for c in self._candidates(fold_token(stem), ("country",)):
            if self._literal_row(c[0], stem):
                return c[3]
        return None

    def _foreign_alt(self, c, key: str) -> bool:
        """Whether candidate ``c`` is a GeoNames town abroad (outside Syria, Iraq and Turkey) of under a million,
        matched by another of its names that no cited page gave it."""
        if c[1] != "locality" or c[3] in _MINOR_COUNTRIES or c[7] >= 1_000_000 or self.gz.is_user(c[0]):
            return False
        own = self._geonames_own.get(c[0])
        if own is None:

            row = self.gz._row(c[0])
            own = fold(row[1]) if row[F_SRC] == "geonames" else ""
            if len(self._geonames_own) < 100_000:
                self._geonames_own[c[0]] = own
        return bool(own) and own != key and not self.gz.cited_name(self.gz._row(c[0])[0], key)

    def _candidates(self, key: str, kinds, article: bool = False) -> list:
        """Scored candidate rows for a matched key (cached: independent of the text)."""
        cached = self._cand_cache.get((key, kinds, article))
        if cached is not None:
            return cached

        gz = self.gz
        rows = self._eligible(key, article)
        if rows and len(rows) <= 3:
            # a spelling listed for an area alone is its namesake town's too ("Dzhisr-esh-Shugur")
            towns = [t for t in (namesake_town(gz, gz.place(i), key) for i in rows
                                 if not gz.is_user(i) and gz._row(i)[F_KIND] in ("admin1", "admin2"))
                     if t is not None]
            rows = (*rows, *(t for t in towns if t not in rows))
        cands = []
        region = False  # (a curated region among the readings)
        owns: set[int] = set()  # rows that bear the key as their own name
        for r_i in rows:
            if gz.is_user(r_i):
                p = gz.place(r_i)
                kind, pop, src, cc, lon, lat = p.kind, p.population, "user", p.country, p.lon, p.lat
            else:
                r = gz._row(r_i)
                kind, pop, src, cc = r[F_KIND], int(r[F_POP] or 0), r[F_SRC], r[F_CC]
                lon, lat = float(r[F_LON]), float(r[F_LAT])
            if kinds and kind not in kinds:
                continue
            prior = importance(kind, pop, src)
            if src == "curated" and kind != "locality":
                prior += _CURATED_W  # a site or area reporting names, chosen for that: it outweighs a namesake hamlet
                # in a province the text names elsewhere (al-Tanf, not a hamlet called Tanf in Anbar); not a city
                # quarter (Aleppo's Salaheddine is no match for Iraq's Salahuddin province)
            if kinds:
                prior += 15.0 * (len(kinds) - kinds.index(kind)) / len(kinds)
            # (in Arabic script, a Syrian, Iraqi or Turkish place's own name is its first Arabic one: القصير is
            # al-Qusayr's, and only another name of a hamlet by Aleppo)
            own = src in ("user", "curated") or gz._primary_key(r_i) == key or (
                src != "user" and (cc in _MINOR_COUNTRIES or cc in ARAB_COUNTRIES) and opens_arabic(key)
                and gz._arabic_key(r_i) == key)
            if not own:
                prior -= _ALT_NAME_COST  # named only by an alternate name: the Syrian Ras al-Ayn, not Ceylanpinar
            minor = (kind == "locality" and src in ("wof", "geonames") and cc in _MINOR_COUNTRIES
                     and pop < 20000)
            cands.append((r_i, kind, prior, cc, lon, lat, minor, pop, False))
            if own:
                owns.add(r_i)
            if src == "curated" and kind == "region":
                region = True
        if region or (any(c[6] and c[3] == "TR" and c[0] not in owns for c in cands) and any(
                c[3] != "TR" and not gz.is_user(c[0]) and gz.cited_name(gz.place(c[0]).id, key) for c in cands)):
            # a Turkish village's old name yields to the region a cited entry gives it, or to the place abroad a
            # cited spelling gives it: Turkish reporting names its villages by their Turkish names ("Zap" is the
            # region by the Great Zab in Iraq, not Andaç, once Zap; "Mahmur" is Makhmur in Iraq, not Balıksırtı)
            cands = [c for c in cands if not (c[6] and c[3] == "TR" and c[0] not in owns)]
        if any(c[0] in owns and not c[6] and c[1] in ("locality", "admin1")
               and (c[3] in _MINOR_COUNTRIES or c[1] == "admin1" or c[7] >= 100000) for c in cands):
            # a hamlet that merely has this as an alternate spelling does not compete with a town or a province
            # that bears it as its own name, unless the text names its province ("Mardin" is the Turkish city,
            # not Mawrdin in Halabja; but a small town far abroad, Maraã in Brazil, does not hide Mare', spelt
            # "Mar'a", in a text about Syria)
            cands = [(*c[:8], True) if c[6] and c[0] not in owns else c for c in cands]
        if any(((c[7] >= 200000 and c[1] == "locality") or c[1] == "country")
               and (c[0] in owns or not self._foreign_alt(c, key)) for c in cands):
            # a hamlet does not outweigh a capital of the same name, unless the text names its province
            cands = [(*c[:8], True) if c[6] else c for c in cands]
        if not kinds:
            # demote admin areas when a town of the same name exists in the same country: any town in Syria,
            # Iraq or Turkey (Idlib, Quneitra, the seat of Tal Abyad district), elsewhere a city (Washington; not
            # Oregon, Ohio). The town must bear the name at least as much as the area does, and for a province
            # be more than a hamlet (neither Antakya, also called Hatay, nor a hamlet named Hatay demotes Hatay
            # province; Daraa town, spelt Deraa, does demote the province spelt so); in Syria, Iraq and Turkey
            # it must lie in the same province (a hamlet called Suruç in Konya leaves Suruç district alone)
            towns = [c for c in cands if c[1] == "locality" and (c[3] in _MINOR_COUNTRIES or c[7] >= 100000)]
            if towns and any(c[1] in ("admin1", "admin2") for c in cands):
                def seat(c):
                    return c[3], (self._admin1_of(c[0]) if c[3] in _MINOR_COUNTRIES else "")

                def demoted(c) -> float:
                    if c[1] not in ("admin1", "admin2"):
                        return c[2]
                    own = c[0] in owns
                    rivals = [t for t in towns if t[0] in owns or not own]
                    here = seat(c)
                    # (a district's town lies in the district: a hamlet called Cukurca 75 km off does not demote
                    # Çukurca district, whose own town the gazetteer lacks)
                    if any(seat(t) == here and (c[1] == "admin2" or not t[6]) and (
                            c[1] != "admin2" or not self._has_extent(c[0]) or self._holds_any(c[0], [(t[4], t[5])]))
                           for t in rivals):
                        return c[2] - 70.0
                    if c[1] == "admin2" and c[3] in ("SY", "IQ") and any(
                            t[7] >= 10000 and seat(t) == here and self._holds_any(c[0], [(t[4], t[5])]) for t in towns):
                        return c[2] - 70.0  # a district's town bearing its name as another name: "Tuz", "Tadmor"
                    # a district whose namesake town lies in another province, or a province known by the name
                    # only as an alternate (Babil): still the best reading of the bare name, but a village of
                    # the name in the province the text names comes first
                    if (c[1] == "admin2" or not own) and any(t[3] == c[3] for t in rivals):
                        return c[2] - 20.0
                    return c[2]

                cands = [(c[0], c[1], demoted(c), *c[3:]) for c in cands]
        if len(self._cand_cache) < 100_000:
            self._cand_cache[(key, kinds, article)] = cands
        return cands

    def _hamlet_alias(self, key: str) -> bool:
        """Whether every place ``key`` may denote is a Turkish village of under 20,000 that bears it only as an old
        name (Andaç, in Şırnak, once called Zap; Ovabaşı once Metina): Turkish reporting names its villages by their
        Turkish names, and the old one is more often a region's (Syrian villages, whose other names are the Kurdish and
        Turkish spellings reporting uses, are not such)."""
        cands = self._candidates(key, ())
        return bool(cands) and all(
            c[1] == "locality" and c[3] == "TR" and c[7] < 20000 and not self.gz.is_user(c[0])
            and self.gz._primary_key(c[0]) != key for c in cands)

    def _ends_place_name(self, folded, adj, k: int, full_names) -> bool:
        """Whether token ``k``, a surname seen in a person's name, ends a place's name of two or more words here
        that is not that person's name ("Ain al-Asad" after "Bashar al-Assad"; "Hong Kong" after "Mrs Kong")."""
        s2 = k
        while s2 > max(0, k - 3) and adj[s2 - 1]:
            s2 -= 1
        return self._ends_multiword_name(folded[s2:k], folded[k], full_names)

    def _shared_site(self, text, toks, folded, cap, adj, masked, i: int, best_j: int):
        """``(end, key)`` where the name at token ``i`` shares a plural site noun with the names of a list after it
        and the gazetteer knows that site: "the T4 and Hama air bases" (T4 airbase, Hama air base), "the Shayrat
        and Tiyas airbases"; else None."""
        n = len(toks)
        for end in sorted({best_j, i + 1} - {-1}, reverse=True):
            k = end
            listed = False
            # the rest of the list: "and"/"or" or a comma, then up to four capitalised words or codes
            while k < n and adj[k - 1] and (toks[k][2] in ("and", "or") or text[toks[k - 1][1]:toks[k][0]] == ", "):
                if toks[k][2] in ("and", "or"):
                    k += 1
                j = k
                while j < n and j - k < 4 and adj[j - 1] and not masked[j] and (
                        cap[j] or toks[j][2][:1].isdigit() or (j > k and not folded[j])) \
                        and not _plural_site_at(toks, j):
                    j += 1
                if j == k:
                    break
                k, listed = j, True
            if not listed:
                # the list's last name, right before the noun: "the Shayrat and Tiyas airbases"
                listed = i > 0 and adj[i - 1] and (toks[i - 1][2] in ("and", "or")
                                                   or text[toks[i - 1][1]:toks[i][0]] == ", ")
            if not listed or k >= n or not adj[k - 1]:
                continue
            singular = _plural_site_at(toks, k)
            if singular is None:
                continue
            name = " ".join(f for f in folded[i:end] if f)
            for noun in singular:
                key = name + " " + fold(noun)
                if self._eligible(key):
                    return end, key
        return None

    def _ends_a_name(self, toks, stem: str, name_prefixes) -> bool:
        """Whether ``stem``, a word stripped of a Turkish case ending, is a name, opens one, or ends one that the
        words just before it begin ("Abyad" after "Tel"; an article between folds away: "Ras al Ayn'da")."""
        key = fold_token(stem)
        if self._eligible(key) or key in name_prefixes:
            return True
        before: list[str] = []
        for _, _, w in reversed(toks[-4:]):
            f = fold_token(w)
            if f and not w[:1].isupper():
                break
            before.insert(0, f)
        return self._ends_multiword_name(before, key)

    def _ends_multiword_name(self, before: list[str], last: str, exclude=()) -> bool:
        """Whether some of the folded words ``before`` (the nearest ones, opening with a word, not an article) and
        ``last`` make a name of two or more words, not one of ``exclude``."""
        for n in range(1, len(before) + 1):
            if not before[-n]:
                continue
            key = " ".join(f for f in (*before[-n:], last) if f)
            if " " in key and key not in exclude and self._eligible(key):
                return True
        return False

    def _km_from(self, c, pt) -> float:
        """Distance (km) from candidate ``c`` to point ``pt`` (lon, lat); from an area's bounding box, not its centre
        ("Babil, south of Baghdad": the province begins a few km from the city)."""
        x, y = pt
        if c[1] in ("admin1", "admin2"):
            bb = self.gz.place(c[0]).bbox
            if bb:
                x, y = min(max(x, bb[0]), bb[2]), min(max(y, bb[1]), bb[3])
                return _nearest_km(x, y, [pt])
        return _nearest_km(c[4], c[5], [pt])

    def _has_extent(self, area_row: int) -> bool:
        """Whether the area at row ``area_row`` has a bounding box of some size (not a point's)."""
        bb = self.gz.place(area_row).bbox
        return bool(bb) and (bb[2] - bb[0] > 0.01 or bb[3] - bb[1] > 0.01)

    def _holds_any(self, area_row: int, pts) -> bool:
        """Whether any of ``pts`` [(lon, lat)] lies inside the bounding box of the area at row ``area_row``."""
        bb = self.gz.place(area_row).bbox
        return bool(bb) and any(bb[0] <= x <= bb[2] and bb[1] <= y <= bb[3] for x, y in pts)

    def _admin1_of(self, i: int) -> str:
        """The first-level division of place row ``i`` (its own name for an admin1)."""

        return self.gz.place(i).admin1 if self.gz.is_user(i) else self.gz._row(i)[F_ADMIN1]

    @staticmethod
    def _near_longer_names(text, toks, found, cands_list) -> None:
        """A name that opens a longer name the text also names lies near it: "Baghouz", beside "Baghouz
        al-Fawqani", is that Baghouz, not a hamlet of the name in another province the text names."""
        spans = [f[2] + " " if cl and f[2] is not None else "" for f, cl in zip(found, cands_list)]
        for k, cl in enumerate(cands_list):
            if not cl or len(cl) < 2 or found[k][2] is None or found[k][3] is not None \
                    or any(c[1] not in ("locality", "site") for c in cl):
                continue  # (only among settlements: "Hama" beside "Hama airport" may still be the province)
            for k2, longer in enumerate(spans):
                if k2 != k and len(longer) > len(spans[k]) and longer.startswith(spans[k]):
                    pts = [(c[4], c[5]) for c in cands_list[k2] if c[1] in ("locality", "site")]
                    near = [c for c in cl if pts and _nearest_km(c[4], c[5], pts) <= 30.0]
                    if near:
                        cands_list[k] = near
                        break

    def _admin_bonus(self, c, actx: dict) -> float:
        if not actx or c[1] in ("country", "admin1") or (c[1] == "admin2" and c[3] != "US"):
            return 0.0  # (a U.S. county, whose point is its state's, is placed by the state the text names)
        a1 = self._admin1_of(c[0])
        if not a1 or a1 not in actx:
            return 0.0
        # village-level data (Syria, Iraq, Turkey) repeats names across provinces: the province the text
        # names outweighs a town of the name elsewhere ("rural Aydın ... Kiziltepe" is not Kızıltepe in Mardin),
        # though not a great city ("In Hama" beside Aleppo is the city, not a hamlet called Hamah near Aleppo)
        if c[1] == "admin2":
            # (a county, among the counties of its name in several states the text names, is in the state it names
            # most: "Boone County ... Indiana counties ... Indiana, Illinois and Ohio")
            return 20.0 * actx[a1] / max(actx.values())
        return 30.0 if c[3] in _MINOR_COUNTRIES and not c[8] else 20.0

    def _seat_bonus(self, c, cands, actx: dict, key: str | None) -> float:
        """A district (outside the U.S.) named ``key`` as its own name, in a province the text names, stands for its
        seat, as the province bonus of :meth:`_admin_bonus` lets a town do, where the data has no town of the name
        with people in that province and none inside the district: "Çukurca in Hakkari province" is the district's
        town, not a hamlet of the name 70 km off in another district."""
        if c[1] != "admin2" or c[3] == "US" or not actx or key is None or self.gz._primary_key(c[0]) != key:
            return 0.0
        a1 = self._admin1_of(c[0])
        if not a1 or a1 not in actx:
            return 0.0
        for x in cands:
            if x[1] == "locality" and self._admin1_of(x[0]) == a1 and (
                    x[7] > 0 or self._holds_any(c[0], [(x[4], x[5])])):
                return 0.0
        return 30.0 if c[3] in _MINOR_COUNTRIES else 20.0

    def _bears(self, key: str, word: str) -> bool:
        """Whether a word that is, or folds to, a common word or given name is a place's own name here: some
        place ``key`` may denote bears the word itself, and a big place (100,000+ or an admin area) if the word
        is itself a given name ("Rashid" is not a village in a person's name; "Anah" is the Iraqi town)."""
        given = _plain(word) in _GIVEN
        for i in self._eligible(key):
            if self._literal_row(i, word) and (not given or self.gz.is_user(i) or self._big_row(i)):
                return True
        return False

    def _local_word(self, text, toks, folded, arab, masked, i: int, doc_cc) -> bool:
        """Whether the capitalised word at ``i``, a common word or given name ("Dana", "Hit"), may be a Syrian,
        Iraqi or Turkish village bearing that very name, to be kept only where the text's geography confirms it
        (as a spelling-skeleton match is): in a text about one of those countries, standing where a place name
        stands and not at a sentence's start ("Hit by shelling, ..." is no town)."""
        w = toks[i][2]
        if not doc_cc or arab[i] or masked[i] or len(w) < 3 or w in DEMONYMS or w.lower() in _NOT_PLACES:
            return False
        # (at a sentence's start only with a distance after it: "Hit, some 50 km upriver, was retaken")
        measured = _DISTANCE_AFTER.match(text, toks[i][1]) is not None
        if not measured and (i == 0 or any(ch in text[toks[i - 1][1]:toks[i][0]] for ch in '.!?:;\n"“”')):
            return False
        if not measured and not _place_like_context(text, toks, i, self._eligible, self._covered):
            return False
        if folded[i] in _GIVEN_KEYS and _PERSON_AFTER.match(text, toks[i][1]):
            return False  # a given name and a family's: "de Bashar al Asad"

        return any(not self.gz.is_user(r) and self.gz._row(r)[F_CC] in _MINOR_COUNTRIES
                   and self.gz._row(r)[F_KIND] == "locality" and self._literal_row(r, w)
                   for r in self._eligible(folded[i], article=True))

    def _longest_from(self, toks, folded, adj, masked, prefixes, i: int) -> int:
        """The end of the longest name of two or more words that starts at token ``i`` (``i`` if none)."""
        parts: list[str] = []
        best = i
        for j in range(i, min(len(toks), i + 8)):
            if (j > i and not adj[j - 1]) or masked[j]:
                break
            if folded[j]:
                parts.append(folded[j])
                key = " ".join(parts)
                if len(parts) > 1 and self._eligible(key):
                    best = j + 1
                if key not in prefixes:
                    break
        return best

    def _big_key(self, key: str) -> bool:
        """Whether ``key`` names a city of 100,000 or more, an area or a site."""

        return any(self.gz.is_user(r) or self.gz._row(r)[F_KIND] != "locality" or int(self.gz._row(r)[F_POP] or 0)
                   >= 100_000 for r in self._eligible(key))

    def _metropolis(self, key: str) -> bool:
        """Whether ``key`` names a country or a city of a million or more."""

        return any(not self.gz.is_user(r) and (self.gz._row(r)[F_KIND] == "country" or int(self.gz._row(r)[F_POP] or 0)
                   >= 1_000_000) for r in self._eligible(key))

    def _names_country(self, key: str) -> bool:
        """Whether ``key`` names a country."""

        return any(not self.gz.is_user(r) and self.gz._row(r)[F_KIND] == "country" for r in self._eligible(key))

    def _big_row(self, i: int) -> bool:

        row = self.gz._row(i)
        return row[F_KIND] in ("country", "admin1") or int(row[F_POP] or 0) >= 100000

    def _named_otherwise(self, i: int, key: str) -> bool:
        """Whether row ``i``, a Syrian, Iraqi or Turkish place, bears a name folding to ``key`` that is not itself a
        given name ("Anah" for "ana"); such a village still needs its country in the text."""
        p = self.gz.place(i)
        return p.country in _MINOR_COUNTRIES and any(fold(n) == key and _plain(n) not in _GIVEN
                                                     for n in (p.name, *p.alt_names))

    def _regional(self, key: str) -> bool:
        """Whether ``key`` may denote a region ("Europe", "the Gulf")."""

        return any(not self.gz.is_user(i) and self.gz._row(i)[F_KIND] == "region" for i in self._eligible(key))

    def _strong(self, key: str) -> bool:
        """Whether ``key`` may denote a country, a first-level division, a city of 500,000+ or a user place."""
        r = self._strong_cache.get(key)
        if r is None:

            r = False
            for i in self._eligible(key):
                if self.gz.is_user(i):
                    r = True
                    break
                row = self.gz._row(i)
                if row[F_KIND] in ("country", "admin1") or int(row[F_POP] or 0) >= 500000:
                    r = True
                    break
            if len(self._strong_cache) < 200_000:
                self._strong_cache[key] = r
        return r

    def _literal_row(self, i: int, surface: str, primary_only: bool = False, trust_alts: bool = True) -> bool:
        """Whether place row ``i`` carries ``surface`` itself as a name (accents, case and hyphens aside).

        ``primary_only``: as its own name; unless ``trust_alts`` is false, every name of a curated, user or
        Syrian, Iraqi or Turkish place counts as its own."""
        want = _plain(surface).replace("-", " ")
        entry = self._plain_names.get(i)
        if entry is None:
            # [own name, all names (made when first asked for: a big city's run to hundreds), trusted]
            p = self.gz.place(i)
            entry = [_plain(p.name).replace("-", " "), None,
                     p.source in ("curated", "user") or p.country in _MINOR_COUNTRIES]
            if len(self._plain_names) < 100_000:
                self._plain_names[i] = entry
        own, names, trusted = entry
        if primary_only and not (trust_alts and trusted):
            return want == own
        if names is None:
            names = entry[1] = frozenset((own, *(_plain(nm).replace("-", " ") for nm in self.gz.place(i).alt_names)))
        # every name of a curated or user place was written for it deliberately, and the alternate names
        # of Syrian, Iraqi and Turkish places are the transliterations reporting uses ("Rastan")
        return want in names

    def _peopled(self, key: str) -> bool:
        """Whether some place ``key`` may denote has a population, an area's or a site's standing, or is a user's."""

        return any(self.gz.is_user(r) or self.gz._row(r)[F_KIND] != "locality" or int(self.gz._row(r)[F_POP] or 0) > 0
                   for r in self._eligible(key))

    def _spelled_out(self, word: str, key: str) -> bool:
        """Whether ``word``, a spelling of five letters or more that folds to the three-letter ``key``, is the
        name of a Syrian or Iraqi place letter for letter ("Bzaah", the town near al-Bab): it stands as a
        three-letter name written with its article does."""
        if len(word) < 5 or not word.isalpha() or opens_arabic(word) or key in _STOP_KEYS or key in _GIVEN_KEYS \
                or key in self._prefixes():
            return False  # (not "Jabal" nor "Kafer", which open longer names)

        return any(not self.gz.is_user(r) and self.gz._row(r)[F_CC] in ("SY", "IQ") and self._literal_row(r, word)
                   for r in self._eligible(key, article=True))

    def _literal(self, key: str, surface: str) -> bool:
        """Whether one of the places ``key`` may denote carries ``surface`` itself as a name (accents and
        case aside), not merely a spelling that folds to the same key."""
        return any(self._literal_row(i, surface) for i in self._eligible(key))

    def _org_here(self, text, toks, folded, i: int, j: int, key: str) -> bool:
        """Whether tokens i..j, which fold like a known organisation, name it: when they also fold like a
        place ("al-Mayadin", the town, and "Al-Mayadeen", the television channel), only as the organisation
        writes its name."""
        place_key = " ".join(folded[k] for k in range(i, j + 1) if folded[k])
        if not self._eligible(place_key):
            return True
        raw = text[toks[i][0]:toks[j][1]]
        if raw.startswith(("al-", "el-")) and i > 0 and toks[i - 1][2] in _PLACE_PREPOSITIONS \
                and not (j + 1 < len(toks) and toks[j + 1][2].lower() in _OUTLET_NOUNS):
            return False  # after a preposition of place, with its article in lower case, the town ("outside
            # al-Mayadeen"; not "al-Mayadeen TV", nor "told al-Jazeera")
        written = _plain(raw).replace("-", " ")
        return written in self._org_literal.get(key, ())

    def _mask_orgs_and_people(self, text, toks, folded, cap, adj, masked) -> set[str]:
        """Mark the tokens of organisations, people, ships and vehicles in ``masked``; return the keys of the
        vehicle models found."""
        n = len(toks)
        models: set[str] = set()
        # a ship's name after its navy's prefix: "USS Essex", "HMS Diamond" (no towns)
        for k in range(n - 1) if _SHIP_PREFIX_LITERALS.search(text) else ():
            if toks[k][2] in _SHIP_PREFIXES and adj[k]:
                j = k + 1
                while j < n and j - k <= 3 and cap[j]:
                    masked[j] = 1
                    if not adj[j]:
                        break
                    j += 1
        # a Turkish sports club named after its town: "Batman Petrolspor", "Hatay Büyükşehir Belediyespor"
        for k in range(n - 1) if "spor" in text else ():
            if cap[k] and adj[k] and cap[k + 1] and toks[k + 1][2].lower().endswith("spor") and len(toks[k + 1][2]) > 5:
                masked[k] = masked[k + 1] = 1
        # an operation's name after "Operation": "Operation Yemen Hurricane", "Operation Inherent Resolve"
        for k in range(n - 1) if "Operation " in text else ():
            if toks[k][2] == "Operation" and adj[k] and cap[k + 1]:
                j = k + 1  # (with its article: "Operation Fajr al-Jurud"; "Operation Dawn of Idlib")
                while j < n and j - k <= 5 and (cap[j] or (
                        toks[j][2] in ("al", "el", "ad", "ar", "as", "ash", "an", "of") and j + 1 < n and cap[j + 1])):
                    masked[j] = 1
                    if not adj[j]:
                        break
                    j += 1
        # a news agency's name before "news agency": "the Saba news agency", "Fars news agency" (not a
        # demonym's or a country's: "the Syrian news agency" speaks for its country)
        for k in range(1, n - 2) if " news agency" in text else ():
            if toks[k + 1][2] == "news" and toks[k + 2][2] == "agency" and cap[k] and adj[k] and adj[k + 1] \
                    and toks[k][2] not in DEMONYMS and not self._names_country(folded[k]):
                masked[k] = 1
        # a vehicle's model after its maker, and the maker: "a Dodge Durango", "Hyundai Tucson", "Toyota pickups"
        # (not a place named with the maker's name, "Dodge City", nor a city of a million: "BMW Munich")
        for k in range(n - 1) if _VEHICLE_LITERALS.search(text) and _VEHICLE_RE.search(text) else ():
            if toks[k][2] not in _VEHICLE_MAKES or masked[k] or not adj[k]:
                continue
            if toks[k + 1][2].lower() in _VEHICLE_NOUNS:
                masked[k] = 1
                continue
            if not (cap[k + 1] and folded[k + 1]) or self._eligible(f"{folded[k]} {folded[k + 1]}"):
                continue
            two = k + 2 < n and adj[k + 1] and cap[k + 2] and self._eligible(f"{folded[k + 1]} {folded[k + 2]}")
            model = f"{folded[k + 1]} {folded[k + 2]}" if two else folded[k + 1]
            if (two or self._eligible(model)) and not self._metropolis(model):
                masked[k] = masked[k + 1] = 1
                if two:
                    masked[k + 2] = 1  # ("Hyundai Santa Fe")
                models.add(model)
        # Kurmanji names of organisations, agencies, councils and operations run on after their head noun, through
        # the ezafe and "and" ("Ajansa Nûçeyan a Hawarê", "Encûmena Niştimanî ya Kurdî", "Operasyona Kaniya Aştiyê"),
        # unless a demonym or a country follows the head ("Artêşa Tirk", the Turkish army)
        if "ê" in text and any(t[2] in _KU_ORG_HEADS for t in toks) and is_kurmanji(text):
            for k in range(n - 1):
                if toks[k][2] not in _KU_ORG_HEADS or not adj[k] or not cap[k + 1] or toks[k + 1][2] in DEMONYMS \
                        or self._names_country(folded[k + 1]):
                    continue  # (a country's own: "Hêzên Iraqê", Iraq's forces)
                j = k + 1
                while j < n and j - k <= 8 and (cap[j] or toks[j][2] in _KU_CONNECTORS):
                    if cap[j]:
                        masked[k] = masked[j] = 1
                        masked[k + 1:j] = b"\x01" * (j - k - 1)
                    if not adj[j]:
                        break
                    j += 1
        # French, Spanish and Italian names of councils, city halls, universities and banks run on through their
        # adjectives and "de" to the place they are named for ("le Conseil militaire de Manbij", "el Ayuntamiento
        # de Zaragoza", "l'Università di Damasco"): that place is part of the name
        if _ROMANCE_QUICK.search(text) is not None:
            for k in range(n - 1):
                if toks[k][2] not in _ROMANCE_HEADS:
                    continue
                j = k + 1
                while j < n and j - k <= 3 and toks[j][2].islower() and toks[j][2] not in _ROMANCE_OF:
                    j += 1  # (its adjectives: "militaire", "civil", "local")
                if j < n and toks[j][2] in _ROMANCE_OF:
                    j += 1
                    if j < n and toks[j][2] in ("la", "l"):
                        j += 1
                elif not (j < n and text[toks[j][0] - 2:toks[j][0]] in ("d'", "d’")):
                    continue  # (or with "de" elided onto the name: "d'Afrin")
                e = j
                # (the name's Arabic article too: "Conseil militaire de Deir ez-Zor")
                while e < n and (cap[e] or (e > j and toks[e][2].lower() in ARTICLES and e + 1 < n and cap[e + 1])) \
                        and (e == j or adj[e - 1]):
                    e += 1
                if e > j:
                    masked[k:e] = b"\x01" * (e - k)
        if _ROMANCE_UNIT_QUICK.search(text) is not None:
            for k in range(n - 1):
                if toks[k][2] not in _ROMANCE_UNIT_HEADS:
                    continue
                j, names, after_of = k + 1, [], False
                while j < n and j - k <= 12 and _ROMANCE_UNIT_GAP.fullmatch(text, toks[j - 1][1], toks[j][0]):
                    lw = toks[j][2].lower()
                    if cap[j] and after_of:
                        names.append(j)
                    elif lw in _ROMANCE_OF or lw in ("d", "l"):
                        after_of = True
                    elif not (lw in _ROMANCE_UNIT_WORDS or (lw in ARTICLES and j + 1 < n and cap[j + 1])
                              or (cap[j] and not names)):
                        break  # (a verb ends it: "... de la Jazira a annoncé"; a capital before "de" is the name's own)
                    j += 1
                for m in names:
                    masked[m] = 1
        if "24" in text:
            # outlets named "<place> 24" (words have no digits, so the list above cannot hold them)
            for m in (*_OUTLETS_24.finditer(text), *_OUTLETS_24_JOINED.finditer(text)):
                for k in range(n):
                    if m.start() <= toks[k][0] < m.end():
                        masked[k] = 1
        # known organisations (longest match)
        elided = _ELISION_LITERALS.search(text) is not None  # (French: "l'Observatoire", "L'Armée syrienne libre")
        # (the tokens an organisation's name may start at, so that the scan passes over the others at once: a capital,
        # an article, "the", and "l'Observatoire syrien des droits de l'homme")
        ks = set(compress(range(n), cap))
        ks.update(compress(range(n), map(_ARTICLE_OR_THE.__contains__, folded)))  # (both loops run in C)
        if elided:
            ks.update(k for k in range(n) if toks[k][2][1:2] in ("'", "’") and toks[k][2][:1] in "ld"
                      and toks[k][2][2:3].isupper())
        starts = _Starts(sorted(ks), n)
        i = 0
        org_first = self._org_first
        while (i := starts.next(i)) < n:
            w = toks[i][2]
            if (folded[i] or w.lower()) not in org_first and not ("\u0600" <= w[:1] <= "\u06ff") \
                    and not (elided and w[1:2] in ("'", "’")):
                i += 1  # (a word that opens no organisation's name, as most do: the scan below would stop at it)
                continue
            parts: list[str] = []
            best = -1
            j = i
            while j < n and j - i < 10:
                if j > i and not adj[j - 1] and text[toks[j - 1][1]:toks[j][0]] != " " and not (
                        text[toks[j - 1][1]:toks[j - 1][1] + 1] == " "
                        and (_IT_ELISION_GAP.fullmatch(text, toks[j - 1][1] + 1, toks[j][0])
                             or _FR_ELISION_GAP.fullmatch(text, toks[j - 1][1] + 1, toks[j][0]))):
                    break  # (an Italian or French article cut off a word inside the name: "Stato Islamico dell'Iraq",
                    # "Colère de l'Euphrate"; a plain space joins even where the place scan parts two names: "et")
                f = folded[j] or toks[j][2].lower()
                if j == i and "\u0600" <= toks[i][2][:1] <= "\u06ff" and f not in self._org_prefix and f not in self._org_keys \
                        and toks[i][2][:1] in _AR_PROCLITICS and len(toks[i][2]) > 3:
                    f = fold_token(toks[i][2][1:])  # "وفيلق الشام": "and" written onto the name
                elif elided and j == i and toks[i][2][1:2] in ("'", "’") and toks[i][2][:1] in "LlDd" \
                        and f not in self._org_prefix:
                    f = fold_token(toks[i][2][2:])  # "L'Armée syrienne libre": the French article elided onto it
                if f in _ORG_ARTICLES and j > i:
                    j += 1
                    continue
                parts.append(f)
                key = " ".join(parts)
                if key in self._org_keys and self._org_here(text, toks, folded, i, j, key):
                    w = toks[i][2]
                    if not (j == i and w.isupper() and w in ("IS", "US") and _looks_like_pronoun(text, toks, i)):
                        if not (j == i and len(w) <= 4 and w.upper() == w and w not in self._org_case):
                            best = j + 1
                        elif j == i and w in self._org_case:
                            best = j + 1
                        elif j > i:
                            best = j + 1
                if key not in self._org_prefix:
                    break
                j += 1
            if best > 0:
                for k in range(i, best):
                    masked[k] = 1
                i = best
            else:
                i += 1
        # capitalized runs: organisation heads, titles + names, given names, surnames
        people: set[str] = set()
        full_names: set[str] = set()  # the last two or more words of each person's name ("abu zayd")
        capitals = list(compress(range(n), cap))
        i = 0
        caps = _Starts(capitals, n)
        while (i := caps.next(i)) < n:
            if masked[i]:
                i += 1
                continue
            j = i
            while j + 1 < n and adj[j] and (cap[j + 1] or toks[j + 1][2].lower() in _CONNECTORS):
                j += 1
            while j > i and not cap[j]:
                j -= 1
            if j == i and toks[i][2].lower() not in _SURNAMES and (
                    (i == 0 or toks[i][0] - toks[i - 1][1] > 2 or toks[i - 1][2].lower().rstrip(".") not in _TITLES)
                    or toks[i - 1][2].lower().rstrip(".") in ("said", "told", "says", "according")):
                i += 1  # (one word, as most runs are: only a title before it or a surname makes it a person's)
                continue
            run = range(i, j + 1)
            words = [toks[k][2] for k in run]
            lw = [w.lower() for w in words]
            cut = None
            if len(lw) > 2 and not _TR_ORG_HEADS.isdisjoint(lw[1:-1]):
                cut = next(k for k in range(1, len(lw) - 1) if lw[k] in _TR_ORG_HEADS)
            if cut is not None:
                j = i + cut  # a Turkish name ends with its head: "Irak Ordusu Kerkük'e girdi"
                run = range(i, j + 1)
                words, lw = words[:cut + 1], lw[:cut + 1]
            first = lw[0]
            prev = toks[i - 1][2].lower().rstrip(".") if i > 0 and (toks[i][0] - toks[i - 1][1]) <= 2 else ""
            mask_from = None
            person = honorific = False
            heads = [w for k2, w in enumerate(lw[1:], 1) if w in _ANY_ORG_HEADS
                     and (w != "duma" or lw[k2 - 1] in _DUMA_QUALIFIERS)]  # (not "die Stadt Duma", the town)
            d0 = 1 if lw[0] == "the" and len(lw) > 2 else 0  # "The Turkish Government ..." opening a sentence
            if heads and (((words[d0] in DEMONYMS or (d0 == 0 and self._names_country(folded[i])))
                           and all(w in _STATE_WORDS for w in lw[d0 + 1:]))
                          or (all(w == "international" for w in heads) and any(w in _FACILITY for w in lw)
                              and lw[0] not in _GIVEN)):
                # ("John F. Kennedy International Airport" is named for a person, not at a place)
                pass  # "Turkish Government": the country's state; "Damascus International Airport": at Damascus
            elif heads or (lw[0] in _ORG_HEADS and len(lw) > 1 and lw[0] in (
                    "liwa", "jaish", "jabhat", "harakat", "kataib", "katibat", "faylaq", "ansar", "ahrar", "jund",
                    "tajammu", "suqour", "fursan", "saraya", "hizb")):
                mask_from = i
            elif first.rstrip(".") in _TITLES and len(lw) > 1 and cap[i + 1]:
                mask_from, person = i, True
            elif prev in _TITLES and prev not in ("said", "told", "says", "according") and len(lw) <= 4:
                mask_from, person = i, True
                gap = text[toks[i - 1][1]:toks[i][0]]
                honorific = prev in _HONORIFICS and toks[i - 1][2][:1].isupper() and (
                    gap == " " or (gap == ". " and len(prev) <= 4))  # "Mrs. Lincoln", "Gen. Nelson", "Mayor Tyler"
            elif prev == "of" and i > 1 and toks[i - 2][2].lower() in _KIN and len(lw) > 1 and cap[i + 1]:
                mask_from, person = i, True  # "wife of Leo Dreyer", "son of Omar al-Farouk"
            elif lw[0] in _GIVEN and len(lw) > 1 and not (words[0].isupper() and words[0] in ABBREVIATIONS) and not (
                    _TR_ADMIN_AFTER.match(text, toks[i][1])) and (
                    cap[i + 1] or (
                    i + 2 <= j and not folded[i + 1] and cap[i + 2] and lw[1] in _CONNECTORS
                    and (lw[1] in ("al", "el") or text[toks[i + 1][1]:toks[i + 2][0]] == "-"))):
                mask_from, person = i, True  # "Ahmed al-Sharaa", "Muqtada al-Sadr": a given name and a surname
            elif lw[0] in _PLACE_GIVEN and len(lw) == 2 and cap[i + 1] and text[toks[i][1]:toks[i + 1][0]] == " " \
                    and not self._eligible(folded[i + 1]) and (
                        (j + 1 < n and toks[j + 1][2].lower() in _SPEECH_VERBS)
                        or re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.? " + re.escape(words[1]) + r"\b|(?<![\w-])"
                                     + re.escape(words[1]) + r" (?:" + "|".join(_SPEECH_VERBS) + r")\b",
                                     text[:toks[i][0]] + " " + text[toks[j][1]:]) is not None):
                # a place's name as a given name ("Israel Katz said", "Paris Hilton ... Ms. Hilton"), when the
                # pair, or the surname alone elsewhere in the text, speaks (not "the Paris Walmart")
                mask_from, person = i, True
            else:
                # a title or a given name inside the run: "Russian President Vladimir Putin"; a structure
                # named after that person takes the words before it too ("the Fatih Sultan Mehmet Bridge")
                for k in range(1, len(lw) - 1):
                    if cap[i + k] and (lw[k].rstrip(".") in _TITLES or lw[k] in _GIVEN) and cap[i + k + 1]:
                        mask_from, person = i + k, True
                        if lw[-1] in _EPONYM_HEADS and words[0] not in DEMONYMS:
                            mask_from, person = i, False
                        break
            if person:
                # a person's name ends before "of"/"for": "Governor Ali Hassan of Raqqa", "wife of Leo Dreyer of Lebanon"
                cut = next((k for k in range(mask_from + 1, j + 1) if lw[k - i] in ("of", "for")), None)
                if cut is not None:
                    j = cut - 1
                    run = range(i, j + 1)
            if mask_from is not None:
                # the run, or its part from the title on ("In the Sheikh Maqsoud"), may itself be a place's name
                # ("Tall Muhammad Diyab", "Sheikh Maqsoud")
                full = " ".join(f for f in (folded[k] for k in run) if f)
                named = " ".join(f for f in (folded[k] for k in range(mask_from, j + 1)) if f)
                art = not folded[i]  # "Al Hol" opens with the article, and so is al-Hawl (not Al as a given name)
                art_named = not folded[mask_from]  # ("Im Lager Al-Hol": the name from "Al" on opens with it)
                if honorific or not (self._eligible(full, article=art) or self._eligible(named, article=art_named)) or (
                        lw[-1] in _ORG_HEADS and not self._eligible(full)):
                    for k in range(mask_from, j + 1):
                        masked[k] = 1
                    if lw[-1] in _SHARED_HEADS and not person and mask_from == i and i >= 2 \
                            and toks[i - 1][2] == "and" and adj[i - 1] and adj[i - 2] and cap[i - 2] \
                            and not masked[i - 2] \
                            and not (i >= 3 and adj[i - 3] and cap[i - 3] and toks[i - 3][2] != "The") \
                            and text[toks[i - 2][1]:toks[i - 1][0]] == " " \
                            and not (i >= 3 and toks[i - 3][2].lower() in _CUES_BEFORE):
                        masked[i - 2] = 1  # two names sharing the head: "the Jazeera and Badia Operations Command"
                    if person and j > mask_from:
                        people.add(folded[j])
                        words_f = [f for f in (folded[k] for k in range(mask_from, j + 1)) if f]
                        full_names.update(" ".join(words_f[m:]) for m in range(len(words_f) - 1))
            elif j == i + 1 and lw[-1] in _SURNAMES \
                    and not self._eligible(" ".join(f for f in (folded[k] for k in run) if f)):
                for k in run:
                    masked[k] = 1  # a first name and a known surname: "Nelson Mandela" (not Nelson, New Zealand)
            else:
                for k in run:
                    if (toks[k][2].lower() in _SURNAMES
                            and not (k + 1 <= j and self._eligible(folded[k] + " " + folded[k + 1]))
                            and not (k > i and self._eligible(" ".join(f for f in folded[i:k + 1] if f)))
                            and not (_placed_with_article(text, toks, k) and self._eligible(folded[k], article=True))):
                        masked[k] = 1  # (not the end of a place's name: "Ain al-Asad"; nor a town: "in al-Baghdadi")
            i = j + 1
        if not text.isascii() and _ARABIC_LETTER.search(text) is not None:
            self._mask_arabic_orgs_and_people(text, toks, masked)
        # a surname seen in a full name is a person elsewhere in the text too ("Taylor said")
        if people:
            people.discard("")
            for k in capitals:
                if not masked[k] and folded[k] in people and not (k + 1 < n and adj[k] and cap[k + 1]) \
                        and not self._ends_place_name(folded, adj, k, full_names) \
                        and not (_placed_with_article(text, toks, k) and self._eligible(folded[k], article=True)) \
                        and not (_stands_as_place(text, toks, k) and self._strong(folded[k])) \
                        and not (_stands_as_place(text, toks, k, case=False) and any(
                            c[1] == "locality" and c[3] in _MINOR_COUNTRIES and not c[8]
                            for c in self._candidates(folded[k], ()))):
                    # (nor a town of Syria, Iraq or Turkey where a place stands: "der Lehrer Hasan Kobane ... in
                    # Kobane und Manbidsch")
                    # (but a province or a country where a place stands: "Ahmet Hatay ... Hatay'ın Reyhanlı ilçesi")
                    masked[k] = 1
        return models

    def _mask_arabic_orgs_and_people(self, text, toks, masked) -> None:
        """In Arabic, a centre, network or agency named for a place ("مركز الموصل للدراسات", "مركز الغوطة
        الإعلامي") and a person's given name or kunya before a place's adjective ("عمر الزبداني", "أبو مالك التلي"):
        neither is the place."""
        n = len(toks)
        for k in range(n):
            w = toks[k][2]
            if "\u0640" in w:
                w = w.replace("\u0640", "")  # (a word drawn out after its proclitic: "لـقناة", to the channel)
                if w in _AR_OUTLET_NOUNS or w in _AR_ORG_BEFORE:
                    masked[k] = 1
            if text.startswith((" 24", "24"), toks[k][1]) and (k + 1 >= n or toks[k + 1][0] > toks[k][1] + 3):
                masked[k] = 1  # "السويداء 24": a news network named for its town
                if k > 0 and text[toks[k - 1][1]:toks[k][0]] == " " and toks[k - 1][2] == "دير":
                    masked[k - 1] = 1
                continue
            if w in _AR_ORG_BEFORE:
                named = False
                for span in (1, 2, 3):
                    t = k + span + 1
                    if t >= n or any(text[toks[x][1]:toks[x + 1][0]] != " " for x in range(k, t)):
                        break
                    tail = toks[t][2]
                    if tail in _AR_ORG_AFTER or (tail.startswith("لل") and len(tail) > 4):
                        for x in range(k, t + 1):
                            masked[x] = 1
                        named = True
                        break
                if named:
                    continue  # (else a group's name may follow: "تجمع أحرار حوران")
            if w in _AR_TRIBE_NOUNS and k + 1 < n and text[toks[k][1]:toks[k + 1][0]] == " ":
                masked[k + 1] = 1
                if toks[k + 1][2] in ("البو", "آل", "ال") and k + 2 < n and text[toks[k + 1][1]:toks[k + 2][0]] == " ":
                    masked[k + 2] = 1  # ("عشيرة البو نمر")
                continue
            if w in _AR_OUTLET_NOUNS and k + 1 < n and text[toks[k][1]:toks[k + 1][0]] == " " \
                    and not self._eligible(fold(w.removeprefix("و") + " " + toks[k + 1][2])):
                # a channel's, a network's or a paper's name after its noun: "قناة دجلة" (the Dijla channel),
                # "شبكة الخابور", "قناة الحرة عراق" (not "قناة السويس", the Suez Canal, a place's name)
                for x in range(k + 1, min(n, k + 3)):
                    if x > k + 1 and (text[toks[x - 1][1]:toks[x][0]] != " " or toks[x][2] in _AR_PREPOSITIONS
                                      or toks[x][2][:1] == "و"):
                        break
                    masked[x] = 1
                continue
            if k + 1 < n and toks[k + 1][2] in _AR_OUTLET_TAILS and text[toks[k][1]:toks[k + 1][0]] == " ":
                masked[k] = masked[k + 1] = 1  # "فرات بوست": an outlet named for the river
                continue
            if w.lstrip("و") in _AR_GROUP_HEADS and k + 1 < n and text[toks[k][1]:toks[k + 1][0]] in (" ", " «", ' "'):
                if toks[k + 1][2] in DEMONYMS:
                    continue  # (a demonym after it names the country's own: "جيش سوري")
                for x in range(k + 1, min(n, k + 4)):
                    if x > k + 1 and text[toks[x - 1][1]:toks[x][0]] != " " or toks[x][2] in _AR_PREPOSITIONS:
                        break
                    if toks[x][2] in DEMONYMS:
                        break  # (whose it is: "فيلق القدس الإيراني", the Iranian Quds Force)
                    masked[x] = 1
            elif w in _AR_ORG_HEAD and k + 1 < n:
                # a company's or a command's name: "شركة نفط البصرة" (Basra Oil Company), "قيادة عمليات بغداد"
                for x in range(k + 1, min(n, k + 4)):
                    if text[toks[x - 1][1]:toks[x][0]] != " " or toks[x][2] in _AR_PREPOSITIONS:
                        break
                    masked[x] = 1
            elif w == "مسقط" and k + 1 < n and toks[k + 1][2].startswith("رأس"):
                masked[k] = 1  # "مسقط رأسه", his birthplace, is no Muscat
            elif w == "الأيوبي" and k >= 2 and toks[k - 2][2] == "صلاح" and toks[k - 1][2] == "الدين":
                masked[k - 2] = masked[k - 1] = masked[k] = 1  # "صلاح الدين الأيوبي", Saladin, is no province
            elif w == "القائم" and k + 1 < n and toks[k + 1][2] == "بالأعمال":
                masked[k] = 1  # "القائم بالأعمال", the chargé d'affaires, is no al-Qaim
            elif ((w0 := w[1:] if w[:1] == "و" and (w[1:] in _AR_KUNYA or w[1:] in _AR_GIVEN) else w) in _AR_GIVEN
                  or w0 in _AR_KUNYA) and k + 1 < n and text[toks[k][1]:toks[k + 1][0]] == " " \
                    and not (k > 0 and text[toks[k - 1][1]:toks[k][0]] == " " and any(
                        self._eligible(fold(p + " " + w)) for p in (
                            toks[k - 1][2], toks[k - 1][2][1:] if toks[k - 1][2][:1] in "وفب" else "") if len(p) > 2)):
                # (not the end of a place's name: "ودارة عزة", and Darat Izza)
                # the given name, or the kunya (or "عبد") and its name, then a word like "الحوراني" (of Hauran)
                j = k + 1 if w0 in _AR_GIVEN else k + 2  # (with "و" written onto it: "وأبو حفص المصري")
                if w0 != "عبد" and j == k + 2 and toks[k + 1][2] == "عبد" and k + 3 < n:
                    j = k + 3  # (a kunya of a name with "عبد": "أبو عبد الله العراقي")
                if (w0 in _AR_GIVEN and (toks[k + 1][2] in _AR_GIVEN or toks[k + 1][2] in _AR_FAMILY
                                         or toks[k + 1][2] == "عبد")) or w0 == "عبد":
                    masked[k] = masked[k + 1] = 1  # two given names, or a given name and a family's: "محمد جواد
                    continue  # ظريف", "بشار الأسد"; "عبد" and the name it opens: "عادل عبد المهدي"
                if w0 in _AR_GIVEN and k + 2 < n and not toks[k + 1][2].startswith("ال") \
                        and toks[k + 1][2] not in _AR_PREPOSITIONS and toks[k + 1][2] not in _AR_CUES_BEFORE \
                        and not toks[k + 1][2].endswith("ي") and toks[k + 2][2].startswith("ال") \
                        and toks[k + 2][2].endswith("ي") and len(toks[k + 2][2]) > 4 \
                        and text[toks[k + 1][1]:toks[k + 2][0]] == " " and toks[k + 2][2] not in _AR_PLAIN_ADJ:
                    j = k + 2  # a given name, the father's and a nisba: "محمد شياع السوداني" (Iraq's prime minister)
                if j < n and all(text[toks[x][1]:toks[x + 1][0]] == " " for x in range(k + 1, j)):
                    nis = toks[j][2]
                    # (with its article or without: "عمر الزبداني", "قاسم سليماني")
                    # (after a kunya and a name, even a people's adjective: "أبو عمر التونسي", "أبو حفص المصري": a nom
                    # de guerre; "عبد الغني الأسدي", a person)
                    if nis.endswith("ي") and len(nis) > (4 if nis.startswith("ال") else 3) \
                            and nis not in _AR_PLAIN_ADJ and (nis not in DEMONYMS or j >= k + 2):
                        for x in range(k, j + 1):
                            masked[x] = 1

    # -------------------------------------------------------------- resolution
    def _covered(self, key: str) -> bool:
        """Whether ``key`` may denote a place in Syria, Iraq or Turkey (the end of a pair: "Latamneh-Morek")."""
        r = self._covered_cache.get(key)
        if r is None:
            r = self._in_countries(key, _MINOR_COUNTRIES)
            if len(self._covered_cache) < 200_000:
                self._covered_cache[key] = r
        return r

    def _in_countries(self, key: str, ccs) -> bool:
        """Whether a place ``key`` may denote lies in one of the countries ``ccs``."""

        return any((self.gz.place(r).country if self.gz.is_user(r) else self.gz._row(r)[F_CC]) in ccs
                   for r in self._eligible(key))

    def _approximate(self, text, toks, folded, cap, adj, masked, i, doc_cc):
        """A transliteration variant the keys miss ("Mhambel" for Muhambal, "Tramla" for Tarmala), in a text
        about Syria, Iraq or Turkey: a run of capitalised words whose consonant skeleton equals that of a
        place in one of those countries, close in spelling (rapidfuzz ratio >= 75), standing where a place
        name stands ("in X", "X, Y and Z"). Returns ``(end_token, key)`` or None."""
        from rapidfuzz import fuzz

        n = len(toks)
        gap_before = text[toks[i - 1][1]:toks[i][0]] if i > 0 else "\n"
        prev = toks[i - 1][2].lower() if i > 0 else ""
        if prev and gap_before.strip() == "" and toks[i - 1][2][:1].isupper() and prev not in _CUES_BEFORE:
            return None  # inside a longer capitalised name (tested first: the search below is the costly part)
        if not _UMLAUTS.isdisjoint(toks[i][2]) and _is_german(text):
            return None  # a German noun ("Schäden", damage), not a variant of a village's name
        best = None
        parts: list[str] = []
        j = i
        while j < n and j - i < 5:
            if j > i and not adj[j - 1]:
                break
            if masked[j]:
                break
            f = folded[j]
            if not f:
                j += 1  # an article inside the name ("Busr al-Harir")
                continue
            if not cap[j] or toks[j][2].isupper():
                break
            parts.append(f)
            key = " ".join(parts)
            single = len(parts) == 1
            if len(key.replace(" ", "")) >= 5 and not (single and (key in _STOP_KEYS or key in _GIVEN_KEYS)):
                top = None
                tied: list[str] = []  # other keys as close in spelling: the text's geography chooses
                for k2 in self.gz.skeleton_keys(key):
                    if k2 == key or not self._in_countries(k2, doc_cc):
                        continue
                    r = fuzz.ratio(key.replace("dh", "d"), k2.replace("dh", "d"))
                    if r >= 75 and (top is None or r > top[0]):
                        top, tied = (r, k2), []
                    elif r >= 75 and r == top[0]:
                        tied.append(k2)
                if top is not None:
                    keys = sorted((top[1], *tied))  # ("Sarman": Sarmin and Surman alike)
                    best = (j + 1, keys[0], tuple(keys[1:]))
            j += 1
        if best is None:
            return None
        if best[0] - i == 1 and toks[i][2].lower() in _lower_words(text):
            return None  # a common word capitalised ("Honor"), not a name
        # where a place name stands: after a cue word or a comma/parenthesis, not inside a longer name
        end = best[0]
        if end < n and adj[end - 1] and cap[end] and toks[end][2].lower() not in _ADMIN_SUFFIX:
            return None
        nxt = toks[end][2].lower() if end < n else ""
        gap_after = text[toks[end - 1][1]:toks[end][0]] if end < n else "\n"
        # (in Turkish: "ve" (and) before, a settlement's noun or a case ending after: "ve Kefr Nebil ilçelerini")
        after = text[toks[end - 1][1]:toks[end - 1][1] + 2]
        if not (prev in _CUES_BEFORE or "," in gap_before or "(" in gap_before or nxt in _CUES_AFTER
                or "," in gap_after or prev == "ve" or (nxt.startswith(_TR_SETTLEMENT_NOUNS) and gap_after == " ")
                or (after[:1] in ("'", "’") and after[1:].isalpha() and after[1:] != "s")):
            return None
        return best

    def _resolve_all(self, text, toks, found, approx, doc_cc, local=frozenset(), approx_tied=None,
                     sited=frozenset()) -> list[Mention]:
        gz = self.gz
        breaks: list[int] | None = None

        def sentence_of(pos: int) -> int:
            """Index of the sentence holding character ``pos`` (breaks found once per text)."""
            nonlocal breaks
            if breaks is None:
                breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
            return bisect.bisect_right(breaks, pos)

        # document country context from strong signals
        ctx: dict[str, float] = {}
        own: dict[str, dict[str, float]] = {}  # what each name itself adds to ctx (it must not vote for itself)
        cands_list = []
        demonym_votes: dict[str, float] = {}
        # country -> the points of the cities of a million that vote for it, and their votes
        world_votes: dict[str, list[tuple[float, float, str, float]]] = {}
        placed: dict[str, set[str]] = {}  # country -> the names of places in it (not the country) that vote for it
        actors: dict[str, int] = {}  # country -> demonyms of its armed forces ("Turkish jets")
        actor_at: set[int] = set()  # indices into ``found`` of those demonyms
        for si, sj, key, kinds, ni, nj in found:
            if key is None:
                code = kinds[1]
                p = self._country(code)
                if p is not None:
                    if kinds[0] == "demonym" and _names_actor(text, toks, ni, nj):
                        actor_at.add(len(cands_list))
                        # who struck is little evidence of where: "Turkish warplanes struck Jinderes and Rajo" is
                        # about villages in Syria (a little: "Syrian troops entered Latamneh" is about Syria)
                        actors[p.country] = actors.get(p.country, 0) + 1
                        ctx[p.country] = ctx.get(p.country, 0.0) + _ACTOR_W
                    else:
                        ctx[p.country] = ctx.get(p.country, 0.0) + 1.0
                        if kinds[0] == "demonym":
                            demonym_votes[p.country] = demonym_votes.get(p.country, 0.0) + 1.0
                cands_list.append(None)
                continue
            # "al-Dana": written with its article; "Dana sub-district": named as an area
            article = not fold_token(toks[ni][2]) or (sj > nj and toks[nj][2].lower() in _SUBDISTRICT_WORDS) \
                or (nj - ni == 1 and (_arabic_article(toks, ni) or (
                    len(key) == 3 and toks[ni][2][:1].isupper() and self._spelled_out(toks[ni][2], key))))
            if len(cands_list) in local:
                # a common word or given name as a village: only the Syrian, Iraqi or Turkish places bearing it
                w = toks[ni][2]
                cands = [c for c in self._candidates(key, kinds, True)
                         if c[3] in _MINOR_COUNTRIES and c[1] == "locality" and self._literal_row(c[0], w)]
                cands_list.append(cands)
                continue
            cands = self._candidates(key, kinds, article)
            if cands and not fold_token(toks[ni][2]) and nj - ni > 1 and not opens_arabic(toks[ni][2]) \
                    and toks[ni][2].lower() in _LATIN_ARTICLES:
                # a name written with the Arabic article in Latin letters ("al-Naïm", a roundabout in Raqqa) is
                # no town of a land that does not name its places so (not Nîmes, an Arabic name of which folds
                # alike), unless the town's own name bears the article; nor such a land ("al-Romaniya", a quarter of
                # Raqqa, is not Romania)
                cands = [c for c in cands if c[1] not in ("locality", "country") or c[3] in _ARTICLE_LANDS or not c[3]
                         or gz.is_user(c[0]) or not fold_token(gz.place(c[0]).name.split()[0].split("-")[0])]
            if approx_tied and len(cands_list) in approx_tied:
                seen = {c[0] for c in cands}
                cands = cands + [c for k2 in approx_tied[len(cands_list)]
                                 for c in self._candidates(k2, kinds, article) if c[0] not in seen]
            if not cands and kinds and sj > nj and toks[nj][2].islower() and not (
                    sj < len(toks) and toks[sj][2][:1].isupper() and text[toks[sj - 1][1]:toks[sj][0]] == " "):
                # no area of that name: "Sheikh Maqsoud district" is a city quarter, "Kafranbel countryside"
                # the land around the town (not "Brooklyn District Attorney", nor a country: "East Azerbaijan
                # province")
                cands = [c for c in self._candidates(key, None, article) if c[1] in ("locality", "site")]
            elif cands and kinds and sj > nj and toks[nj][2].islower() \
                    and not any(gz._primary_key(c[0]) == key for c in cands):
                # an area that bears the name only as another name, beside a city of 100,000 whose name it is:
                # "Kunduz province" is the land around Kunduz, not Artova district in Turkey, once called Kunduz
                cities = [c for c in self._candidates(key, None, article)
                          if c[1] == "locality" and c[7] >= 100_000 and gz._primary_key(c[0]) == key]
                if cities:
                    cands = cities
            cands_list.append(cands)
            major = [c for c in cands if not c[6]]
            vote = None
            if len(major) == 1 or (major and max(c[2] for c in major) > 60):
                best = max(major, key=lambda c: c[2])
                if best[1] in ("country", "admin1") or len(major) == 1 or best[2] > 70:
                    vote = (best[3], 1.0 if best[1] in ("country", "admin1") else 0.5)
            if vote is None and len(major) > 1 and len({c[3] for c in major}) == 1 and major[0][3]:
                vote = (major[0][3], 0.5)  # a town and its district, both in Syria: "Zabadani" is Syrian
            if vote is not None and vote[1] < 1.0 and vote[0] not in ARAB_COUNTRIES and " " not in key \
                    and opens_arabic(key):
                vote = None  # one Arabic word read as a town abroad is no evidence of a text about that country
            if vote is not None:
                cc, w = vote
                ctx[cc] = ctx.get(cc, 0.0) + w
                mine = own.setdefault(key, {})
                mine[cc] = mine.get(cc, 0.0) + w
                if not any(c[1] == "country" for c in major):
                    placed.setdefault(cc, set()).add(key)
                if len(major) == 1 and major[0][1] == "locality" and major[0][7] >= 1_000_000:
                    world_votes.setdefault(cc, []).append((major[0][4], major[0][5], key, w))
        for cc in doc_cc:
            # (not when the text's only words about the country are its armed forces)
            if cc not in actors or sum(1 for _ in _CONTEXT_CUES[cc].finditer(text)) > actors[cc]:
                ctx[cc] = ctx.get(cc, 0.0) + 1.0
        total = max(sum(ctx.values()), 1.0)
        others_ctx: dict[str, tuple[dict[str, float], float]] = {}

        def ctx_for(key: str) -> tuple[dict[str, float], float]:
            """The country context without the votes of ``key`` itself (a name is no evidence for its own reading)."""
            r = others_ctx.get(key)
            if r is None:
                mine = own.get(key)
                if not mine:
                    r = (ctx, total)
                else:
                    c2 = {cc: v - mine.get(cc, 0.0) for cc, v in ctx.items()}
                    r = (c2, max(sum(c2.values()), 1.0))
                others_ctx[key] = r
            return r
        # first-level divisions the text names (a US state, a Syrian governorate) favour places inside them
        # (not the name's own reading: "Hatay" read as the province is no evidence for Antakya, in Hatay)
        actx: dict[str, float] = {}
        actx_own: dict[str, dict[str, float]] = {}
        for k, cands in enumerate(cands_list):
            if cands:
                best = max(cands, key=lambda c: c[2])
                if best[1] == "admin1" and not best[6]:
                    nm = self._admin1_of(best[0])
                    if nm:
                        actx[nm] = actx.get(nm, 0.0) + 1.0
                        mine = actx_own.setdefault(found[k][2], {})
                        mine[nm] = mine.get(nm, 0.0) + 1.0

        def actx_for(key: str) -> dict[str, float]:
            mine = actx_own.get(key)
            if not mine:
                return actx
            return {nm: v for nm, v in actx.items() if v - mine.get(nm, 0.0) > 0}
        # a single word that is not the place's own name - only an alternate name of a place outside Syria,
        # Iraq and Turkey, or a spelling that merely folds to a name ("Vanni" ~ "Vani", an alternate name of
        # Van) - counts only in a text about that place's country, unless the place is big or curated
        for k, cands in enumerate(cands_list):
            if not cands:
                continue
            si, sj, key, kinds, ni, nj = found[k]
            if k in approx or k in sited or sum(1 for t in range(ni, nj) if fold_token(toks[t][2])) != 1:
                continue  # (articles aside, one word: "Ad Dur" is the word "Dur"; "T4" of "the T4 and Hama air bases")
            kctx, _ = ctx_for(key)
            # with its article ("al-Tanf", "Ad Dana") the name as written must be the place's; "Al Gore" is not Goré
            surface = text[toks[ni][0]:toks[nj - 1][1]].replace("-", " ")
            # a big city's alternate name counts anywhere ("Bombay") if written as the city's name is, not a word
            # that only folds like it ("FILE PHOTO" is not Fila, Philadelphia), unless another place bears it as
            # its own name ("Shaab", a Baghdad district, is no Cape Town)
            keep = []
            borne = None  # the readings that bear the name as written as their own
            # (in Arabic script, with no capitals to go by, a city's Arabic name counts for a city of a million, or
            # of 100,000 where the word stands as a place does: "القاهرة" is Cairo, "إلى العين" Al Ain; "الخبر"
            # alone is the news, not Khobar)
            arabic = opens_arabic(surface)
            # (a city abroad of 500,000 counts too: its Arabic name is a transliteration, not a word - "بقيادة واشنطن",
            # led by Washington)
            arabic_city = arabic and (max(c[7] for c in cands) >= 1_000_000 or any(
                c[7] >= 500_000 and c[3] not in ARAB_COUNTRIES for c in cands) or _arabic_place_context(text, toks, ni))
            # (an Arab town's Arabic name, after a settlement's noun: "مدينة مأرب", "مخيم جنين"; elsewhere it counts
            # in a text about its country, as any name does - "على الساحل" is on the coast, not a quarter of Cairo)
            arabic_placed = arabic and ni > 0 and _ar_noun_in(toks[ni - 1][2], _AR_SETTLEMENT_NOUN) \
                and text[toks[ni - 1][1]:toks[ni][0]] == " "
            for c in cands:
                # (outside a text about its country, a Syrian city's other name counts like any city's: "Berea",
                # Aleppo's ancient name, is Berea in Ohio in a story about Ohio)
                # (a country by its own name however spelt, or another it bears as written, not by a word that only
                # folds like that: "Phillipines" is the Philippines, "Rosie" no "Russie")
                # (a spelling that a cited page gives the place counts as its own: "Ginebra", "Cenevre" for Geneva)
                if kctx.get(c[3], 0.0) > 0 or c[1] == "admin1" or gz.cited_name(gz._row(c[0])[0], key) or (
                        c[1] == "country" and (
                        gz._primary_key(c[0]) == key or self._literal_row(c[0], surface))) or (
                        arabic_city and c[7] >= 100000 and self._literal_row(c[0], surface)) or (
                        arabic_placed and c[3] in ARAB_COUNTRIES and self._literal_row(c[0], surface)) \
                        or self._literal_row(c[0], surface, primary_only=True, trust_alts=c[7] < 500000):
                    keep.append(c)
                elif c[7] >= 500000 and (arabic_city or not arabic) and self._literal_row(c[0], surface):
                    if borne is None:
                        # (with its accents, when the name is written with them: "Pékin" is Beijing's French name,
                        # not Pekin in Illinois)
                        borne = {x[0] for x in cands if self._literal_row(x[0], surface, primary_only=True)
                                 and (surface.isascii() or _accented(gz.place(x[0]).name) == _accented(surface))}
                    if not borne - {c[0]}:  # (another place's own name: not the city's, which may be Syrian)
                        keep.append(c)
            if len(keep) != len(cands):
                cands_list[k] = keep
        # a town abroad of under a million named by another of its names ("Mazar-i-Sharif", "Stepanakert", "Wad
        # Madani": GeoNames' own names are "Mazār-e Sharīf", "Xankandi", "Wad Medani") counts only in a text about
        # its country, where it is no surname or word that some source listed among its names
        for k, cands in enumerate(cands_list):
            if cands and found[k][2] is not None and not opens_arabic(found[k][2]):
                key = found[k][2]
                alt = [c for c in cands if self._foreign_alt(c, key)]
                if alt:
                    kctx = ctx_for(key)[0]
                    cands_list[k] = [c for c in cands if c not in alt or kctx.get(c[3], 0.0) > 0]
        # a code ("T4") names its place only in a text about that place's country ("the T4 form" is a tax form)
        for k, cands in enumerate(cands_list):
            key = found[k][2]
            if cands and key is not None and len(key.replace(" ", "")) == 2 and key[-1:].isdigit():
                kctx = ctx_for(key)[0]
                cands_list[k] = [c for c in cands if kctx.get(c[3], 0.0) > 0]
        # in Arabic, "الضفة الغربية" is the West Bank only in a text about Israel or Palestine; elsewhere it is a
        # river's western bank ("وعلى الضفة الغربية بقيت الميادين", on the Euphrates' western bank, Mayadin)
        for k, cands in enumerate(cands_list):
            if cands and found[k][2] is not None and found[k][2].startswith("ضفه "):
                kctx, _ = ctx_for(found[k][2])
                if not (kctx.get("IL", 0.0) or kctx.get("PS", 0.0)):
                    keep = [c for c in cands if c[3] != "PS" or c[1] != "region"]
                    if len(keep) != len(cands):
                        cands_list[k] = keep
        # German capitalises every noun, so a capitalised word is no sign of a name: in German text a single word
        # naming a town of under 100,000 counts only in a text about that town's country ("im Norden der Provinz
        # Hama" is not Norden in Frisia, "ein Ende der Kämpfe" not Ende in Flores)
        if _is_german(text):
            for k, cands in enumerate(cands_list):
                if cands and found[k][2] is not None and " " not in found[k][2] and k not in approx:
                    kctx, _ = ctx_for(found[k][2])
                    keep = [c for c in cands if c[1] != "locality" or c[7] >= 100000 or kctx.get(c[3], 0.0) > 0]
                    # (a word with an umlaut that only folds to a village's name is a German noun: "Schäden",
                    # damage, is no Ash Shadyan)
                    surface = text[toks[found[k][4]][0]:toks[found[k][5] - 1][1]]
                    if not _UMLAUTS.isdisjoint(surface):
                        keep = [c for c in keep if c[1] != "locality" or c[7] >= 100000
                                or self._literal_row(c[0], surface)]
                    # (German capitalises its nouns: a word of a German noun's shape is a village of Syria, Iraq or
                    # Turkey only where the village bears it letter for letter; "Schulen", schools, is no Shulin)
                    if surface.endswith(_DE_NOUN_ENDS):
                        keep = [c for c in keep if not c[6] or self._literal_row(c[0], surface)]
                    # (a town takes no article in German: "das Essen", food, "die Lage", the situation, "im Hof",
                    # in the yard)
                    ni = found[k][4]
                    if ni > 0 and toks[ni - 1][2].lower() in _DE_ARTICLES and text[toks[ni - 1][1]:toks[ni][0]] == " ":
                        keep = [c for c in keep if c[1] != "locality"]
                    if len(keep) != len(cands):
                        cands_list[k] = keep
        # in Arabic script a single word naming a town outside the Arab world (by the Arabic name a source gives it)
        # counts only in a text about that town's country, unless the town is a city of 100,000+: "الدولي"
        # (international) is not Develi in Turkey, nor "الأشهر" (the months) Alaşehir; "موسكو" is Moscow anywhere
        for k, cands in enumerate(cands_list):
            if cands and found[k][2] is not None and opens_arabic(found[k][2]) \
                    and " " not in found[k][2]:
                kctx, _ = ctx_for(found[k][2])
                keep = [c for c in cands if c[3] in ARAB_COUNTRIES or not c[3] or c[1] in ("country", "admin1")
                        or c[7] >= 100000 or kctx.get(c[3], 0.0) > 0]
                # (and a town whose name is a common word - "الباب", the door, is al-Bab - only in a text about its
                # country or after a settlement's noun: "يفتح الباب أمام", opens the door to, in a report from
                # Baghdad, is no town; "مدينة الباب" is)
                ni = found[k][4]
                word = text[toks[ni][0]:toks[found[k][5] - 1][1]]
                if word in _AR_WORD_TOWNS and not (ni > 0 and _ar_noun_in(toks[ni - 1][2], _AR_SETTLEMENT_NOUN)):
                    keep = [c for c in keep if kctx.get(c[3], 0.0) > 0]
                if len(keep) != len(cands):
                    cands_list[k] = keep
        # a spelling that only folds to a country's name, before a quarter's or a site's noun, names that quarter or
        # site ("the Romaniya quarter" of Raqqa is not Romania)
        for k, cands in enumerate(cands_list):
            if cands and found[k][2] is not None and any(c[1] == "country" for c in cands) \
                    and _site_noun_follows(toks, found[k][5]):
                word = text[toks[found[k][4]][0]:toks[found[k][5] - 1][1]]
                cands_list[k] = [c for c in cands if c[1] != "country" or self._literal_row(c[0], word)]
        # before a quarter's noun, a name is a town's quarter, not a province or a country that bears it ("the
        # Qadisiya quarter of Deir ez-Zor" is no Qadisiyyah province, in Iraq): their readings go (a quarter the data
        # lacks is left out)
        for k, cands in enumerate(cands_list):
            if cands and found[k][2] is not None and found[k][5] < len(toks) \
                    and toks[found[k][5]][2].lower() in _QUARTER_NOUNS and found[k][1] == found[k][5] \
                    and any(c[1] in ("admin1", "admin2") for c in cands):
                cands_list[k] = [c for c in cands if c[1] not in ("admin1", "admin2", "country")]
        # a country's name as the country spells it, with no article and no quarter's noun, is the country, not a
        # cited quarter whose spelling folds alike ("Romania sent aid to Raqqa"; but "al-Romaniya", "the Romaniya
        # quarter" of Raqqa)
        for k, cands in enumerate(cands_list):
            if cands and len(cands) > 1 and found[k][2] is not None and any(c[1] == "country" for c in cands) \
                    and any(self._curated(c[0]) for c in cands) and fold_token(toks[found[k][4]][2]) \
                    and not _site_noun_follows(toks, found[k][5]):
                word = text[toks[found[k][4]][0]:toks[found[k][5] - 1][1]]
                if any(c[1] == "country" and self._literal_row(c[0], word) for c in cands):
                    cands_list[k] = [c for c in cands if not self._curated(c[0]) or self._literal_row(c[0], word)]
        # a generic name ("the Old City", "Downtown", "New City") is a place only in a text about the country of
        # a place that bears it as its own name (the Old City of Jerusalem; in Mosul it is Mosul's)
        # (and near the last place named before it, where that place is plain: "Raqqa ... the Old City" is Raqqa's,
        # not Mosul's, though Mosul comes up later)
        for k, cands in enumerate(cands_list):
            if cands and found[k][2] in _GENERIC_KEYS:
                kctx, _ = ctx_for(found[k][2])
                word = text[toks[found[k][4]][0]:toks[found[k][5] - 1][1]]
                cands = [c for c in cands
                         if kctx.get(c[3], 0.0) > 0 and self._literal_row(c[0], word, primary_only=True)]
                last = next((cl for cl in reversed(cands_list[:k]) if cl and any(
                    c[1] not in ("country", "admin1") for c in cl)), None)
                if last is None:  # (in a headline before the dateline: the first town named after it)
                    last = next((cl for cl in cands_list[k + 1:] if cl and any(
                        c[1] not in ("country", "admin1") for c in cl)), None)
                if cands and last:
                    # (near any reading of it: "Raqqa" names hamlets too, none with an Old City of Damascus; else
                    # near the likeliest reading of a place named before: "Mosul ... Tal Afar ... the Old City")
                    near = [c for c in cands if _nearest_km(c[4], c[5], [(x[4], x[5]) for x in last]) <= 50.0]
                    if not near:
                        before = [max(cl, key=lambda x: x[2]) for cl in cands_list[:k] if cl]
                        near = [c for c in cands if _nearest_km(c[4], c[5], [(x[4], x[5]) for x in before]) <= 50.0]
                    cands = near
                cands_list[k] = cands
        # villages of the covered countries only count in a text about that country, and a lone
        # one-word village name needs a place-like context ("in X", "X and Y", "X village")
        # (a hamlet beside a big namesake also counts within 60 km of a place the text names unambiguously:
        # al-Susah beside Hajin, not Sousse)
        fixed: list[tuple[str, tuple[float, float], int]] = []  # (key, point, first token)
        for k, cands in enumerate(cands_list):
            # (a village of a country the text is not about does not unsettle a name: Hajin is no Saimbeyli)
            if cands and any(c[6] for c in cands):
                cands = [c for c in cands if not c[6] or ctx.get(c[3], 0.0) > 0]
            if cands and found[k][2] is not None and len({c[3] for c in cands}) == 1 and not any(c[8] for c in cands) \
                    and max(abs(c[4] - cands[0][4]) + abs(c[5] - cands[0][5]) for c in cands) < 0.5:
                fixed.append((found[k][2], (cands[0][4], cands[0][5]), found[k][4]))
        for k, cands in enumerate(cands_list):
            if cands and any(c[6] for c in cands):
                si, sj, key, kinds, ni, nj = found[k]
                kactx = actx_for(key)
                near = [pt for k2, pt, _ in fixed if k2 != key]
                # (or the country named right after it: "near al-Susah in eastern Syria", "Susah, Syria")
                named_in = set()
                if k + 1 < len(found) and found[k + 1][2] is not None and cands_list[k + 1]:
                    a, b = toks[nj - 1][1], toks[found[k + 1][4]][0]
                    if _IN_COUNTRY_GAP.fullmatch(text, a, b) or _QUALIFIER_GAP.fullmatch(text, a, b):
                        named_in = {c[3] for c in cands_list[k + 1] if c[1] == "country"}

                # (beside a namesake of 300,000 or more abroad, the hamlet's province must be named in its own
                # sentence: "Doha hosted the opposition's office", in a text that named Aleppo province before, is
                # Qatar's capital)
                # (abroad: in another country than the hamlet's, Turkey's capital beside a Syrian hamlet too:
                # "tensions with Ankara" in a text of Hasakah's towns is no Anqarah by Ras al-Ayn)
                hamlet_cc = {c[3] for c in cands if c[8]}
                capital = max((c[7] for c in cands if c[1] == "locality" and (
                    c[3] not in _MINOR_COUNTRIES or (c[3] not in hamlet_cc and not c[6]))), default=0) >= 300_000
                here_admin1: set[str] = set()
                if capital:
                    here = sentence_of(toks[ni][0])
                    for k3, cl in enumerate(cands_list):
                        if cl and k3 != k and sentence_of(toks[found[k3][0]][0]) == here:
                            top = max(cl, key=lambda c: c[2])
                            if top[1] == "admin1":
                                here_admin1.add(self._admin1_of(top[0]))

                near_here = near
                if capital and max(c[7] for c in cands if c[1] == "locality") >= 1_000_000:
                    # (beside a city of a million, which stands for its government as often as not, a place near the
                    # hamlet named in that sentence too, not anywhere in the text: "tensions with Ankara" after a
                    # paragraph on Jabal Abd al-Aziz is no Anqarah 50 km from it)
                    near_here = [pt for k2, pt, at in fixed if k2 != key and sentence_of(toks[at][0]) == here]

                def confirmed(c) -> bool:
                    if capital and c[8]:
                        province = self._admin_bonus(c, {nm: 1.0 for nm in here_admin1}) > 0
                        close = near_here
                    else:
                        province = self._admin_bonus(c, kactx) > 0
                        close = near
                    return province or bool(close and _nearest_km(c[4], c[5], close) <= 60.0) or c[3] in named_in

                # (not in the possessive, which speaks of a capital's government: "Ankara's proxies" in a sentence
                # of Hasakah's towns is no hamlet called Anqarah)
                # (nor a city of a million that stands for its government: "has asked Ankara for restraint",
                # "Ankara said")
                metonym = any(c[1] == "locality" and c[7] >= 1_000_000 for c in cands) and (
                    (nj < len(toks) and (toks[nj][2].lower() in _SPEECH_VERBS or toks[nj][2].lower() in _GOVERNMENT_VERBS))
                    or (ni > 0 and toks[ni - 1][2].lower() in _ASKING_VERBS))
                owner = metonym or text.startswith(("'s ", "’s "), toks[nj - 1][1]) or (
                    toks[ni][2].isupper() and _dateline(text, toks, ni, nj)) or (  # (nor a dateline: "BEIRUT, 30 Dec")
                    _TURKISH_LETTERS.search(text) is not None and any(c[3] == "TR" and not c[6] for c in cands))
                # (nor in Turkish text: "Ankara'da")
                cands = [c for c in cands if not c[6] or (ctx.get(c[3], 0.0) > 0 and (
                    not c[8] or (not owner and confirmed(c))))]
                if cands and all(c[6] for c in cands) and not kinds:
                    # (right after a country or a province the text names, a village's name is no surname: the
                    # Kurmanji "li Sûriyê Tirbespî", in Syria, Tirbespî)
                    after_area = k > 0 and found[k - 1][1] == ni and text[toks[ni - 1][1]:toks[ni][0]] == " " \
                        and any(c[1] in ("country", "admin1") for c in cands_list[k - 1] or ())
                    if nj - ni == 1 and not after_area \
                            and not _place_like_context(text, toks, ni, self._eligible, self._covered) and not (
                                # (opening a sentence, a village within 60 km of a place the text names for sure, that
                                # does not speak: "... Maabatli. Jinderes fell after days of air strikes")
                                _SENT_END.search(text[max(0, toks[ni][0] - 3):toks[ni][0]]) and near
                                and _TURKISH_LETTERS.search(text) is None  # (Turkish opens sentences with "Aynı", "Sınır")
                                and any(_nearest_km(c[4], c[5], near) <= 60.0 for c in cands)
                                and not (nj < len(toks) and toks[nj][2].lower() in _SPEECH_VERBS)
                                and key not in _GIVEN_KEYS and key not in _STOP_KEYS):
                        cands = []
                    elif not after_area and ni > 0 and toks[ni - 1][2][:1].isupper() \
                            and text[toks[ni - 1][1]:toks[ni][0]] == " " \
                            and not _SENT_END.search(text[max(0, toks[ni - 1][0] - 3):toks[ni - 1][0]]) \
                            and toks[ni - 1][2].lower() not in _CUES_BEFORE \
                            and fold(toks[ni - 1][2]) not in _STOP_KEYS \
                            and not _german_noun_before(text, toks, ni, self._eligible):
                        cands = []  # "Rachid El Abdi": the end of a person's name (not after a German noun,
                        # capitalised as German nouns are: "eroberten die Angreifer Rajo")
                cands_list[k] = cands
        # "the city of X" / "the town of X": X is a settlement everywhere in the text, not a country or a
        # region of that name (a small town called Turkey, in Texas)
        settled = {f[2] for f in found if f[2] is not None and f[3] is None and f[4] >= 2
                   and toks[f[4] - 1][2].lower() == "of"
                   and toks[f[4] - 2][2].lower() in ("city", "town", "village", "township")}
        if settled:
            for k, cands in enumerate(cands_list):
                if cands and found[k][2] in settled and found[k][3] is None:
                    cands_list[k] = [c for c in cands if c[1] not in ("country", "region")]
        self._prefer_own_names(found, cands_list)
        self._apply_qualifiers(text, toks, found, cands_list)
        self._standalone_datelines(text, toks, found, cands_list, actx)
        self._narrow_list_to_division(text, toks, found, cands_list)
        # the U.S. states the text names, where it names them: a county, whose point is its state's, lies in the
        # state named last before it in its paragraph ("PARIS, Texas — ... Lamar County"; "JORDAN, Minnesota — A
        # Scott County jury"), when the text names several
        us_states = [(toks[found[k2][0]][0], self._admin1_of(top[0])) for k2, cl in enumerate(cands_list) if cl
                     for top in (max(cl, key=lambda c: c[2]),) if top[1] == "admin1" and top[3] == "US"] \
            if any(c[1] == "admin2" and c[3] == "US" for cl in cands_list if cl for c in cl) else []

        def state_before(start: int) -> str:
            for pos, nm in reversed(us_states):
                if pos < start:
                    return "" if "\n\n" in text[pos:start] else nm
            return ""

        def county_bonus(c, state: str) -> float:
            return 30.0 if state and c[1] == "admin2" and c[3] == "US" and self._admin1_of(c[0]) == state else 0.0

        self._near_longer_names(text, toks, found, cands_list)
        # pass 1: importance + country context
        picks: list[tuple | None] = []
        for k, cands in enumerate(cands_list):
            if not cands:
                picks.append(None)
                continue
            kctx, ktotal = ctx_for(found[k][2])
            kactx = actx_for(found[k][2])
            state = state_before(toks[found[k][0]][0]) if us_states else ""
            scored = sorted(((c[2] + _CTX_W * kctx.get(c[3], 0.0) / ktotal + self._admin_bonus(c, kactx)
                              + county_bonus(c, state) + self._seat_bonus(c, cands, kactx, found[k][2]), c)
                             for c in cands), key=lambda t: -t[0])
            picks.append(scored[0][1])
        # a spelling-skeleton match stands only where the text's geography confirms it: a place in a first-level
        # division the text names, or within 60 km of another place the text names by an exact key
        if approx:
            # (anchors: places named in the same sentence, not anywhere in a long text)
            anchored = [(toks[found[k][0]][0], (p[4], p[5])) for k, p in enumerate(picks)
                        if p is not None and k not in approx and p[1] not in ("country", "admin1")]
            for k in approx:
                cands = cands_list[k]
                if not cands:
                    continue
                kactx = actx_for(found[k][2])
                at = toks[found[k][0]][0]
                anchors = [pt for pos, pt in anchored
                           if sentence_of(pos) == sentence_of(at)]
                ok = [c for c in cands if ctx.get(c[3], 0.0) > 0 and (
                    self._admin_bonus(c, kactx) > 0 or (anchors and _nearest_km(c[4], c[5], anchors) <= 60.0))]
                cands_list[k] = ok
                picks[k] = max(ok, key=lambda c: c[2]) if ok else None
        # countries named nearby ("... the Syrians ... Damascus ..."): (offset, country) of each country
        # name, demonym or country abbreviation
        cues: list[tuple[int, str]] = []
        for k, f in enumerate(found):
            if f[2] is None and k not in actor_at:  # (not who struck: "En Irak, la aviación turca golpeó Sinjar")
                p = self._country(f[3][1])
                if p is not None and p.country:
                    cues.append((toks[f[0]][0], p.country))
            elif picks[k] is not None and picks[k][1] == "country":
                cues.append((toks[f[0]][0], picks[k][3]))
        # a place the text names by its own name is not also what another name, only an alternate of it,
        # denotes ("Ras al-Ain was shelled from Ceylanpinar": Ras al-Ain is the Syrian town, not Ceylanpinar,
        # which once bore the name)
        named_own = {p[0]: found[k][2] for k, p in enumerate(picks)
                     if p is not None and not gz.is_user(p[0]) and gz._primary_key(p[0]) == found[k][2]}
        if named_own:
            # (unless the text gives the two names as one place's: "Derik, which Damascus calls al-Malikiyah",
            # "Kobani, also known as Ain al-Arab", "Serêkaniyê (Ras al-Ain)")
            def gap(k2: int) -> tuple[int, int]:
                return toks[found[k2][1] - 1][1], toks[found[k2 + 1][0]][0]

            aliased = {k for k2 in range(len(found) - 1) if found[k2][2] is not None and found[k2 + 1][2] is not None
                       and _ALIAS_GAP.fullmatch(text, *gap(k2)) for k in (k2, k2 + 1)}
            # ("Derik, which Damascus calls al-Malikiyah": the name of who calls it comes between)
            aliased |= {k for k2 in range(len(found) - 2) if found[k2][2] is not None and found[k2 + 2][2] is not None
                        and _WHICH_GAP.fullmatch(text, *gap(k2)) and _CALLS_GAP.fullmatch(text, *gap(k2 + 1))
                        for k in (k2, k2 + 2)}
            for k, cands in enumerate(cands_list):
                key = found[k][2]
                if not cands or key is None or len(cands) < 2 or k in aliased:
                    continue
                if _ALIAS_BEFORE.search(text, max(0, toks[found[k][0]][0] - 30), toks[found[k][0]][0]):
                    continue  # (another name of a place named before: "the city once known as Antioch")
                taken = [c for c in cands if named_own.get(c[0], key) != key and not gz.is_user(c[0])
                         and gz._primary_key(c[0]) != key]
                # only for a namesake across a border that bears this name as its own ("Gaza" and "the Gaza
                # Strip" may both name the Strip)
                owners = {c[3] for c in cands if c not in taken and gz._primary_key(c[0]) == key}
                # (and only where a bearer is more than a hamlet, or the others are hamlets too: "Albu Kamal", a
                # spelling of Abu Kamal, is no hamlet in Salahuddin that bears it, though "Abu Kamal" came first)
                if taken and owners and not owners & {c[3] for c in taken} and (
                        any(not c[6] for c in cands if c not in taken and gz._primary_key(c[0]) == key)
                        or all(c[6] for c in taken)):
                    cands_list[k] = [c for c in cands if c not in taken]
        # pass 2: proximity to the other mentions' picks
        # the keys that picked each town or site (for a place the text names by another name)
        picked_keys: dict[int, set[str]] = {}
        for k2, p in enumerate(picks):
            if p and p[1] in ("locality", "site") and found[k2][2] is not None:
                picked_keys.setdefault(p[0], set()).add(found[k2][2])
        # (a river the text names is near what lies along its course, not only what lies near its one point)
        courses = [(found[k2][2], sentence_of(toks[found[k2][0]][0]), line)
                   for k2, p in enumerate(picks) if p and p[1] == "region" and (line := self._course_of(p[0]))]
        river_keys = {k2 for k2, _, _ in courses}
        pts_all = [(p[4], p[5], p[1]) if p else None for p in picks]
        pts_keyed = [(q[0], q[1], found[k2][2]) for k2, q in enumerate(pts_all)
                     if q and q[2] not in ("country", "admin1")]
        pts_at = [(toks[found[k2][0]][0], q[0], q[1], found[k2][2], picks[k2][3], k2) for k2, q in enumerate(pts_all)
                  if q and q[2] not in ("country", "admin1")]
        # names followed by a quarter's or a site's noun, read as villages of Syria, Iraq or Turkey or as towns
        # of countries the text does not name ("the Panorama base" in Deir ez-Zor is no Greek town): checked
        # against the other places of their sentence only (not after a possessive: "Ain Issa's camp" is the
        # camp at Ain Issa)
        quarter_nouns = "mahalle" in text
        site_named = {k2 for k2, cl in enumerate(cands_list) if cl and found[k2][2] is not None
                      and (all(c[1] == "locality" and c[6] for c in cl)
                           or all(c[1] == "locality" and c[7] < 1_000_000
                                  and not ctx_for(found[k2][2])[0].get(c[3]) for c in cl)
                           or (quarter_nouns and _tr_quarter_follows(text, toks, found[k2][5])))
                      and _site_noun_follows(toks, found[k2][5])
                      and text[toks[found[k2][5] - 1][1]:toks[found[k2][5] - 1][1] + 1] not in ("'", "’")}
        # (and in Arabic, names after the noun of a quarter, which are quarters of a town the text names: "حي
        # الجولان" in Fallujah is no Golan, "حي الجورة" in Deir ez-Zor no village of Raqqa)
        for k2, cl in enumerate(cands_list):
            ni2 = found[k2][4]
            if cl and found[k2][2] is not None and found[k2][3] is None and ni2 > 0 and opens_arabic(toks[ni2][2]) \
                    and _ar_noun_in(toks[ni2 - 1][2], _AR_QUARTER_NOUNS) and text[toks[ni2 - 1][1]:toks[ni2][0]] == " ":
                cl = [c for c in cl if c[1] in ("locality", "site") and c[7] < 1_000_000]
                cands_list[k2] = cl
                if cl:
                    site_named.add(k2)
        # a place measured from the next one ("Koya, east of Erbil") lies near it: its readings within 150 km of
        # that place (or inside it, for a province) come first
        anchor_of: dict[int, tuple] = {}
        for k2 in range(len(found) - 1):
            nxt = picks[k2 + 1]
            if cands_list[k2] and nxt is not None and nxt[1] != "country":
                gap_from, gap_to = toks[found[k2][1] - 1][1], toks[found[k2 + 1][0]][0]
                m_b = _BEARING_OF.fullmatch(text, gap_from, gap_to)
                if m_b is not None:
                    # "X in Y", "X near Y" only narrow the readings of X to those near Y's point, without a bonus
                    # by distance ("Salma in the Latakia mountains"; "Beytussebap in Sirnak" may be the town or
                    # its district, both 60 km from the city)
                    inside = _IN_OR_NEAR.match(m_b.group()) is not None
                    if not (inside and nxt[1] in ("admin1", "admin2")):
                        anchor_of[k2] = (nxt, inside)
        # a name listed right beside another ("Madaya and Zabadani", "Foua, Kefraya") lies near it, more than near
        # the rest of the text: the picks of its list neighbours
        # (a list holds "and" or "or": "Guildford, Surrey, UK" is a name and its qualifiers, not a list)
        joins = []  # for each pair of consecutive mentions: None (no list), False (a comma) or True ("and", "or")
        for k2 in range(len(found) - 1):
            m_l = _LIST_GAP.fullmatch(text, toks[found[k2][1] - 1][1], toks[found[k2 + 1][0]][0])
            joins.append(None if m_l is None else bool(m_l.group(1) or m_l.group(2)))
        in_list = [False] * len(joins)
        k2 = 0
        while k2 < len(joins):
            run_end = k2
            while run_end < len(joins) and joins[run_end] is not None:
                run_end += 1
            if any(joins[k2:run_end]):
                in_list[k2:run_end] = [True] * (run_end - k2)
            k2 = max(run_end, k2 + 1)
        listed_with: dict[int, list[tuple[float, float]]] = {}
        for k2 in range(len(found)):
            if not cands_list[k2] or len(cands_list[k2]) < 2:
                continue
            nb = []
            for k3, pair in ((k2 - 1, k2 - 1), (k2 + 1, k2)):
                if 0 <= k3 < len(found) and in_list[pair] and picks[k3] is not None \
                        and picks[k3][1] in ("locality", "site"):
                    nb.append((picks[k3][4], picks[k3][5]))
            if nb:
                listed_with[k2] = nb
        mentions: list[Mention] = []
        memo: dict = {}
        def far_from_prior(key, start, cands) -> bool:
            """Whether three or more places named in the sentences before the one at ``start`` lie in one area
            (within 60 km of each other) and every reading of ``key`` lies over 150 km from all of them."""
            here = sentence_of(start)
            prior = list(dict.fromkeys((x, y) for pos, x, y, k2, _, k in pts_at
                                       if k2 != key and sentence_of(pos) < here))
            return len(prior) >= 3 and max(_nearest_km(x, y, [prior[0]]) for x, y in prior) <= 60.0 \
                and all(_nearest_km(c[4], c[5], prior) > 150.0 for c in cands)

        def sentence_places(key, start, sites: bool) -> list[tuple[float, float, str]]:
            """(lon, lat, country) of the other places named in the sentence at ``start``."""
            return [(x, y, cc) for pos, x, y, k2, cc, k in pts_at
                    if k2 != key and (sites or k not in site_named)
                    and sentence_of(pos) == sentence_of(start)]

        for idx, ((si, sj, key, kinds, ni, nj), cands) in enumerate(zip(found, cands_list)):
            start, end = toks[si][0], toks[sj - 1][1]
            if key is None:
                tag, code = kinds
                p = self._country(code)
                if p is None:
                    continue
                mk = "demonym" if tag == "demonym" else "place"
                mentions.append(Mention(start, end, text[start:end], p, mk, 0.9 if mk == "demonym" else 0.95,
                                        toks[ni][0], toks[nj - 1][1]))
                continue
            if not cands:
                continue
            local: list[tuple[float, float]] = []
            if idx in site_named:
                # before a quarter's or a site's noun: not a village, nor a town abroad, more than 30 km from every
                # place of the sentence ("In Mosul, troops seized the Ghazlani base": not Al Ghazlan, 530 km south)
                near = [(x, y) for x, y, _ in sentence_places(key, start, sites=False)]
                # (a spelling matched only by its skeleton must lie within a city's reach: "the al-Zuhur district of
                # Mosul" is no village called Zuhra, 21 km from Hammam al-Alil)
                reach = 15.0 if idx in approx else 30.0
                if not near:
                    # a sentence naming no other place goes on about the last one that did ("Fallujah was
                    # besieged. The Nuaimiya and Shuhada districts fell first": not Shuhada by Baghdad; "In
                    # Hasakah ... The fighting reached the Panorama roundabout": not Panorama by Thessaloniki)
                    here = sentence_of(start)
                    before = [(sentence_of(pos), x, y) for pos, x, y, k2, _, k in pts_at
                              if k2 != key and k not in site_named and sentence_of(pos) < here]
                    last = max((si2 for si2, _, _ in before), default=None)
                    near = [(x, y) for si2, x, y in before if si2 == last]
                    reach = 50.0  # (a looser tie: "Qusayr ... The rebels left al-Waer district", 31 km apart)
                if near and all(_nearest_km(c[4], c[5], near) > reach for c in cands):
                    continue
            if not all(c[6] for c in cands) and all(
                    c[6] or (c[1] == "locality" and c[7] == 0 and c[3] in _MINOR_COUNTRIES and self._curated(c[0]))
                    for c in cands) and not sentence_places(key, start, sites=True) \
                    and far_from_prior(key, start, cands):
                continue  # so is a city quarter a cited entry places in another city (al-Qusour of Deir ez-Zor)
            if all(c[6] for c in cands):
                # villages of Syria, Iraq or Turkey, checked against the other places of their sentence
                same = sentence_places(key, start, sites=True)
                if len(same) >= 2 and not any(cc == c[3] for c in cands for _, _, cc in same) \
                        and not any(cc == c[3] for c in cands for pos, cc in cues
                                    if sentence_of(pos) == sentence_of(start)) \
                        and all(_nearest_km(c[4], c[5], [(x, y) for x, y, _ in same]) > 300.0 for c in cands):
                    continue  # far from a sentence of places in other countries, with no cue of its own country
                    # ("Bulbul and Shiye near Kilis", among Afrin's villages: not Shi'ah in southern Iraq)
                pts = list(dict.fromkeys((x, y) for x, y, _ in same)) if len(same) >= 3 else ()
                if len(pts) >= 3 and all(_nearest_km(c[4], c[5], pts) > 150.0 for c in cands) \
                        and max(_nearest_km(x, y, [pts[0]]) for x, y in pts) <= 60.0:
                    continue  # a village of the name far from a sentence of three or more places that all lie in one
                    # area (among southern Idlib's villages, "عابدين" is no `Abidin in Daraa, 300 km off)
                if not same and far_from_prior(key, start, cands):
                    # a sentence that names no other place goes on about the text's places so far: when three or
                    # more lie in one area, a village of the name far from all of them is one the data lacks
                    # ("In Homs ... Shelling also hit al-Qusour": a quarter of Homs, not Al Qusur by Raqqa)
                    continue
                if len(cands) > 1:
                    # villages that share a name: the places of the same sentence count again ("strikes on
                    # Afrin, Jinderes and Rajo, and on Bulbul": the Bulbul near Afrin)
                    local = list(dict.fromkeys((x, y) for x, y, _ in same))
            major: tuple = ()
            ccs = {c[3] for c in cands}
            if not local and len(ccs) > 1 and ccs & _MINOR_COUNTRIES:
                # namesakes in Syria, Iraq and Turkey: two or more places of the same sentence count again, as for
                # villages, for the most populous of them only ("In Sinjar, survivors from Kocho and Snune", in a
                # text that began in Daraa: Iraq's Sinjar beside them, not a hamlet in Hasakah; never a hamlet
                # near the sentence over the city: "Ankara's proxies" among Hasakah's towns)
                major = tuple(dict.fromkeys((x, y) for x, y, _ in sentence_places(key, start, sites=True)))
                if len(major) < 2:
                    major = ()
            anchor, inside = anchor_of.get(idx, (None, False))
            anchor_pt = None
            if anchor is not None:
                anchor_pt = (anchor[4], anchor[5])
                for reach in (50.0, 150.0):  # the nearest readings first: "north of Hama" is seldom 70 km off
                    near_anchor = [c for c in cands if (_nearest_km(c[4], c[5], [anchor_pt]) if inside
                                                        else self._km_from(c, anchor_pt)) <= reach or (
                        anchor[1] in ("admin1", "admin2") and self._holds_any(anchor[0], [(c[4], c[5])]))]
                    if near_anchor:
                        # (an area near enough keeps the town of its name inside it: "Tal Afar, west of Mosul" is
                        # the town, 60 km off, as much as its district, whose edge is 15 km off)
                        areas = [a[0] for a in near_anchor if a[1] in ("admin1", "admin2")]
                        if areas:
                            near_anchor += [c for c in cands if c not in near_anchor and c[1] == "locality"
                                            and any(self._holds_any(a, [(c[4], c[5])]) for a in areas)]
                        if len(near_anchor) < len(cands):
                            cands = near_anchor
                        break
                else:
                    if anchor[1] in ("locality", "site") and anchor[3] in _MINOR_COUNTRIES \
                            and all(c[1] == "locality" for c in cands):
                        # no reading lies near the Syrian, Iraqi or Turkish town it is placed by: a village the
                        # gazetteer lacks ("the village of Zawiya, near Hawija" is no city in Libya)
                        continue
                if inside:
                    anchor_pt = None
            nb_pts = listed_with.get(idx, ())
            state = state_before(start) if us_states and any(c[1] == "admin2" and c[3] == "US" for c in cands) else ""
            word = text[toks[ni][0]:toks[nj - 1][1]]
            # (the rivers of its sentence count: "Nasiriyah, on the Euphrates")
            here_si = sentence_of(start) if courses else -1
            memo_key = (key, kinds, id(cands), tuple(local), anchor_pt, tuple(nb_pts), major, state, word,
                        tuple(k2 for k2, si2, _ in courses if k2 != key and si2 == here_si))  # (a qualifier may have narrowed the readings)
            scored = memo.get(memo_key)
            if scored is None:
                # the other places the text names (not this name itself), each once
                # (not a river's one point, unless the name may be that river: "نهر الفرات ... الفرات")
                skip = river_keys if not any(c[1] == "region" and self._course_of(c[0]) for c in cands) else ()
                others = list(dict.fromkeys((x, y) for x, y, k2 in pts_keyed if k2 != key and k2 not in skip))[:40]
                rivers = [line for k2, si2, line in courses if k2 != key and si2 == here_si]
                scored = []
                kctx, ktotal = ctx_for(key)
                kactx = actx_for(key)
                # a demonym is no evidence for a town that shares a world city's name ("the American side ...
                # officials in Moscow": not Moscow, Idaho); the country's or a state's name is
                world = max((c[7] for c in cands if c[1] == "locality"), default=0) >= 1_000_000
                world_cc = {c[3] for c in cands if c[1] == "locality" and c[7] >= 1_000_000 and kctx.get(c[3], 0.0) > 0}
                # (nor, for a U.S. town of under 100,000 named like a city abroad of 100,000 five times its size, is
                # the name of the United States, named in most news from abroad, where the text names no other
                # American place but Washington, which stands for the government as often: "the U.S. and Russia met
                # in Geneva" is not Geneva, Illinois)
                abroad = max((c[7] for c in cands if c[1] == "locality" and c[3] != "US"), default=0)
                us_named_only = abroad >= 100_000 and not (placed.get("US", set()) - {key, _WASHINGTON_KEY})
                # (the province the text names is no evidence for a village of the name far from every other place
                # the text names, where another reading lies among them: "Baghouz", by Albu Kamal and al-Qaim, is
                # not a hamlet of the name in Hasakah province, named once for the al-Hol camp)
                lone = [c for c in cands if c[6] and others and _nearest_km(c[4], c[5], others) > 100.0] \
                    if len(cands) > 1 and others and any(
                        c[6] and _nearest_km(c[4], c[5], others) <= 60.0 for c in cands) else []
                # (nor for a village that only folds like the name as written, where a town of the province's
                # country bears it letter for letter: "al-Sukhnah" is As Sukhnah, not As Sakhanah by Aleppo)
                if len(cands) > 1 and not opens_arabic(word):
                    lit = [c for c in cands if c[6] and self._literal_row(c[0], word)]
                    if lit:
                        lone += [c for c in cands if c[6] and c not in lit and c[3] in {x[3] for x in lit}]
                # (nor is a city of a million, more than 200 km off, for the places of its country where they
                # are all under 100,000 and a town abroad bears the name and is five times their size: in "à
                # Washington, Londres et Paris" London stands for its government, and says nothing for Washington
                # in Tyne and Wear)
                far_world: dict[str, float] = {}
                for cc in {c[3] for c in cands if c[3] in world_votes}:
                    top = max(c[7] for c in cands if c[3] == cc)
                    if top < 100_000 and 5 * top <= max(
                            (c[7] for c in cands if c[1] == "locality" and c[3] != cc), default=0):
                        far_world[cc] = sum(w for x, y, k3, w in world_votes[cc] if k3 != key and all(
                            _nearest_km(c[4], c[5], [(x, y)]) > 200.0 for c in cands if c[3] == cc))
                # (nor is the text's country for one of twin towns across a border, a few km apart, where the text
                # names the other's country as well: Rafah in Gaza and Rafah in Sinai share what the text says of
                # Egypt and of Palestine, and the bigger is meant)
                twin = {id(c): max(kctx.get(x[3], 0.0) for x in cands if x[1] == "locality" and x[3] != c[3]
                                   and abs(x[5] - c[5]) < 0.2 and abs(x[4] - c[4]) < 0.25
                                   and _nearest_km(c[4], c[5], [(x[4], x[5])]) <= 15.0)
                        for c in cands if c[1] == "locality" and c[3] and kctx.get(c[3], 0.0) > 0
                        and any(x[1] == "locality" and x[3] and x[3] != c[3] and abs(x[5] - c[5]) < 0.2
                                and abs(x[4] - c[4]) < 0.25 for x in cands)}
                # (nor is an area that only folds like the name, far from every other place the text names, where a
                # town of Syria, Iraq or Turkey bears the name letter for letter among them: Kurmanji "Holê" by
                # Hasakah is al-Hol, not the Houla plain in Homs)
                far_area = set()
                if len(cands) > 1 and others and any(c[1] == "region" for c in cands):
                    forms = (word, word[:-1]) if word.endswith("ê") else (word,)  # (and a Kurmanji oblique's own form)
                    if any(c[1] == "locality" and c[7] >= 1000 and c[3] in _MINOR_COUNTRIES
                           and _nearest_km(c[4], c[5], others) <= 100.0
                           and any(self._literal_row(c[0], f) for f in forms) for c in cands):
                        far_area = {id(c) for c in cands if c[1] == "region" and _nearest_km(c[4], c[5], others) > 200.0
                                    and not any(self._literal_row(c[0], f) for f in forms)}
                for c in cands:
                    if id(c) in far_area:
                        continue
                    share = max(0.0, max(kctx.get(c[3], 0.0), twin.get(id(c), 0.0)) - far_world.get(c[3], 0.0))
                    if world and c[1] == "locality" and c[7] < 100_000:
                        share = max(0.0, share - demonym_votes.get(c[3], 0.0))
                    # (nor Washington's point, for such a town beside it: "ministers gathered in Vienna", datelined
                    # WASHINGTON, is not Vienna, Virginia)
                    us_bare = us_named_only and c[3] == "US" and c[1] == "locality" and c[7] < 100_000 \
                        and 5 * c[7] <= abroad
                    if us_bare:
                        share = 0.0
                    # (nor, where the text is about the great city's country too, are the country's other places,
                    # unless the text names the town's state: "Soleimani had flown in from Damascus" in a text
                    # about Washington's strikes in Iraq and Syria is no town in Maryland)
                    bare = us_bare or world_cc and c[1] == "locality" and c[7] < 100_000 and c[3] not in world_cc \
                        and not self._admin_bonus(c, kactx)
                    if bare:
                        share = 0.0
                    s = c[2] + _CTX_W * share / ktotal + (0.0 if c in lone else self._admin_bonus(c, kactx))
                    s += county_bonus(c, state) + self._seat_bonus(c, cands, kactx, key)
                    if len(cands) > 1 and (others or rivers) and not bare:
                        # an area is near what lies inside it, not only what lies near its centre ("Balad air
                        # base in Salahuddin": the province, not a resort town of the name by Erbil); a river, near
                        # what lies along it ("Nasiriyah, on the Euphrates": not a Nasiriyah in the Qalamoun)
                        s += 30.0 if c[1] in ("admin1", "admin2") and others and self._holds_any(c[0], others) \
                            else max(_near_bonus(c[4], c[5], others) if others else 0.0, max(
                                (30.0 * math.exp(-_on_line(line, (c[4], c[5]))[2] / 120.0) for line in rivers),
                                default=0.0))
                    if local:
                        s += _near_bonus(c[4], c[5], local)
                    if len(cands) > 1 and (named_keys := picked_keys.get(c[0])) and (len(named_keys) > 1
                                                                                  or key not in named_keys):
                        # (a place the text names by another name: "Kobani ... the war for Ayn al-Arab" is the town
                        # it named, not a hamlet of Latakia, which it also names, called Ayn Arab)
                        s += _RENAMED_W
                    if anchor_pt is not None:
                        s += 30.0 * math.exp(-self._km_from(c, anchor_pt) / 120.0)
                    if nb_pts:
                        s += _near_bonus(c[4], c[5], nb_pts)
                    scored.append((s, c))
                if major:
                    # (the most populous namesakes only, against the towns: a district's people are not a town's)
                    floor_pop = max((c[7] for c in cands if c[1] not in ("admin1", "admin2")), default=0) / 2
                    scored = [(sc + _near_bonus(c[4], c[5], major) if c[7] >= floor_pop else sc, c)
                              for sc, c in scored]
                scored.sort(key=lambda t: -t[0])
                memo[memo_key] = scored
            if cues and len(scored) > 1 and len({c[3] for _, c in scored}) > 1:
                d, near_cc = min(((abs(pos - start), {cc}) for pos, cc in cues if pos != start),
                                 key=lambda t: t[0], default=(_LOCAL_SPAN + 1, set()))
                if d <= _LOCAL_SPAN:
                    # the nearest other country named counts, but only for a place at least as important as
                    # the text-wide pick: it undoes a pull from elsewhere in the text ("the Syrians ... Damascus"
                    # in a text about Washington), never promotes a lesser namesake
                    # (nor a hamlet of Syria, Iraq or Turkey in another country than the pick's, which the places
                    # named around it placed: "Suluk" among Tal Abyad's villages is not a hamlet in Hakkari because
                    # Turkey is named in the next sentence)
                    floor, pick_cc = scored[0][1][2], scored[0][1][3]
                    scored = sorted(((sc + _LOCAL_W if c[3] in near_cc and c[2] >= floor
                                      and (not c[6] or c[3] == pick_cc) else sc, c)
                                     for sc, c in scored), key=lambda t: -t[0])
            best_s, best = scored[0]
            # (the runner-up that counts is another place, not a second record of the same one a few km away:
            # Who's On First holds Erbil twice)
            rival = next((sc for sc, c in scored[1:] if abs(c[4] - best[4]) + abs(c[5] - best[5]) > 0.1), None)
            margin = best_s - rival if rival is not None else 40.0
            conf = 0.55 + 0.4 * (1 - math.exp(-max(0.0, margin) / 15.0))
            if best[1] in ("country", "admin1"):
                conf = max(conf, 0.85)
            if idx in approx:
                conf *= 0.85  # matched by spelling skeleton, not by an exact key
            place = gz.place(best[0])
            ns, ne = toks[ni][0], toks[nj - 1][1]
            if start == ns and _ayn_opens(text, start, place.name):
                start = ns = start - 1  # "'Imarah": the ayn mark the place's own name opens with is part of it
            if end == ne and _hamza_closes(text, end, place.name):
                end = ne = end + 1  # "Karim ar Rabi'": and the hamza it ends with
            mentions.append(Mention(start, end, text[start:end], place, "place", round(conf, 3), ns, ne))
        return mentions

    def _prefer_own_names(self, found, cands_list) -> None:
        """Where a name is the own name of a city of 100,000 or more, or of a province, drop the places of the same
        country that bear it only as another name ("Osmaniye" is the city and its province, not Ergani, which once
        bore the name, however near Ergani lies to the text's other places), and the villages named like a province
        and its city. Areas and the user's places stay."""
        gz = self.gz
        for k, cands in enumerate(cands_list):
            key = found[k][2]
            if not cands or key is None or len(cands) < 2:
                continue
            big = {c[3] for c in cands if (c[7] >= 100_000 or c[1] == "admin1") and c[3]
                   and not gz.is_user(c[0]) and gz._primary_key(c[0]) == key}
            if not big:
                continue
            # (where a province and its city of 100,000 bear the name, so do villages of that country that are
            # named after them, less than the province: "Adıyaman, Malatya and Osmaniye" is no hamlet in Hatay)
            seat = {c[3] for c in cands if c[1] == "admin1" and c[3] in big and gz._primary_key(c[0]) == key} & {
                c[3] for c in cands if c[1] == "locality" and c[7] >= 100_000 and gz._primary_key(c[0]) == key}
            keep = [c for c in cands if c[3] not in big or c[1] in ("country", "admin1", "admin2", "region")
                    or gz.is_user(c[0]) or (gz._primary_key(c[0]) == key and (
                        c[3] not in seat or c[1] != "locality" or c[7] >= 10_000))]
            if len(keep) < len(cands):
                cands_list[k] = keep

    def _standalone_datelines(self, text, toks, found, cands_list, actx) -> None:
        """A dateline's city standing alone ("LONDON —", "GENEVA (Reuters) -") is the world city of that name: a
        namesake takes its state or province ("LONDON, Ont. —"). Where one reading is a city of 100,000, five
        times as big as any other, and the text names no namesake's state or province, the dateline and the same
        name again in the text keep it alone."""
        for k, f in enumerate(found):
            cands = cands_list[k]
            if not cands or f[2] is None or f[3] is not None or len(cands) < 2:
                continue
            ni, nj = f[4], f[5]
            if not toks[ni][2].isupper() or not _dateline(text, toks, ni, nj) or text.startswith(",", toks[nj - 1][1]):
                continue
            towns = sorted((c for c in cands if c[1] == "locality"), key=lambda c: -c[7])
            if not towns or towns[0][7] < 100_000 or any(c[7] * 5 > towns[0][7] for c in towns[1:]) \
                    or any(c[1] in ("country", "admin1") for c in cands):
                continue
            # the same name again, qualified by a division or country ("MOSCOW, Idaho —", "in Durham, North
            # Carolina"): the readings it keeps
            later = [set(c[0] for c in cands_list[k2] or ()) for k2 in range(k + 1, len(found) - 1)
                     if found[k2][2] == f[2] and found[k2 + 1][2] is not None
                     and _QUALIFIER_GAP.fullmatch(text, toks[found[k2][1] - 1][1], toks[found[k2 + 1][0]][0])
                     and any(c[1] in ("admin1", "country") for c in cands_list[k2 + 1] or ())]
            if not any(towns[0][0] not in rows for rows in later):
                # (where the text names a namesake by its state only in such a qualifier, the dateline standing
                # alone is still the world city: "MOSCOW —" and, further on, "MOSCOW, Idaho —")
                if any(self._admin_bonus(c, actx) > 0 for c in towns[1:]):
                    continue  # (a namesake in a state or province the text names stays possible: "ALEXANDRIA —" in
                    # a paper that goes on about Louisiana)
                if later:
                    continue  # (the text tells namesakes apart itself: "DURHAM — ... colleagues in Durham, North
                    # Carolina", where the qualified one is the great city)
            city = towns[0]
            for k2 in range(k, len(found)):
                if found[k2][2] == f[2] and cands_list[k2] and any(c[0] == city[0] for c in cands_list[k2]):
                    cands_list[k2] = [c for c in cands_list[k2] if c[0] == city[0]]

    def _qualifier_readings(self, f) -> list[tuple[int, str, str, str]]:
        """The first-level division and country readings of a mention: [(row, kind, country, admin1)]."""
        key, kinds = f[2], f[3]
        if key is None:
            cc = kinds[1]
            return [(-1, "country", cc, "")] if kinds[0] == "abbr" and len(cc) == 2 else []
        out = []
        for c in self._candidates(key, kinds):
            if c[1] in ("country", "admin1"):
                a1 = self._admin1_of(c[0])
                out.append((c[0], c[1], c[3], a1 if c[1] == "admin1" else ""))
        if not out and kinds is None:
            # a state named like its city, as a qualifier, is the state: "Syracuse, New York", "Spokane, Washington"
            for c in self._candidates(key + " " + _STATE_KEY, None):
                if c[1] == "admin1":
                    out.append((c[0], c[1], c[3], self._admin1_of(c[0])))
        return out

    def _listed_after_division(self, text, toks, found, cands_list, k: int) -> bool:
        """Whether mention k follows a division in a comma list of divisions ("Oregon, New Mexico, New
        York"), rather than a list of town-and-division pairs ("Cordova, Tennessee, Richmond, Virginia")."""
        prev = found[k - 1]
        if not _QUALIFIER_GAP.fullmatch(text, toks[prev[1] - 1][1], toks[found[k][0]][0]) or \
                not any(c[1] in ("country", "admin1") for c in cands_list[k - 1] or ()):
            return False
        if k > 1 and found[k - 2][2] is not None and cands_list[k - 2] and \
                _QUALIFIER_GAP.fullmatch(text, toks[found[k - 2][1] - 1][1], toks[prev[0]][0]) and \
                not any(c[1] in ("country", "admin1") for c in cands_list[k - 2]):
            return False  # the division qualified the town before it: a list of pairs
        return True

    def _narrow_to_agreeing(self, cands_list, k: int, readings, strict_admin1: bool = False,
                            narrow_qualifier: bool = True) -> bool:
        """Narrow mention k's readings, and its qualifier's (mention k + 1) unless not ``narrow_qualifier``,
        to the pairs in which the place lies inside the division or country; False, and nothing changed, when
        no pair agrees. A place whose first-level division is unknown agrees with any division of its country
        unless ``strict_admin1``."""
        pairs = set()
        keep = []
        for c in cands_list[k]:
            a1 = self._admin1_of(c[0])
            ok = [q[0] for q in readings
                  if q[2] == c[3] and (q[1] == "country" or (not a1 and not strict_admin1) or a1 == q[3])]
            if ok:
                keep.append(c)
                pairs.update(ok)
        if not keep:
            return False
        cands_list[k] = keep
        if narrow_qualifier and cands_list[k + 1] and -1 not in pairs:
            cands_list[k + 1] = [c for c in cands_list[k + 1] if c[0] in pairs] or cands_list[k + 1]
        return True

    def _narrow_list_to_division(self, text, toks, found, cands_list) -> None:
        """"the villages of Umm Jalal, Zarzour and Tall Khazna in rural Idlib", "قرى ... في ريف إدلب": villages of
        Syria, Iraq or Turkey listed before "in" and a first-level division named as such lie in it. Their
        readings narrow to those inside; a name with none there is one the gazetteer lacks, and is left out
        (not Tall Khaznah in Hama)."""
        for d in range(1, len(found)):
            div, dcands = found[d], cands_list[d]
            if div[2] is None or div[3] is None or not dcands:
                continue  # (a division named as such: "Idlib province", "rural Idlib", "ريف إدلب", not "Idlib")
            top = max(dcands, key=lambda c: c[2])
            if top[1] != "admin1" or top[3] not in _MINOR_COUNTRIES or found[d - 1][2] is None:
                continue
            if not _IN_DIVISION_GAP.fullmatch(text, toks[found[d - 1][1] - 1][1], toks[div[0]][0]):
                continue
            name = self._admin1_of(top[0])
            k = d - 1
            while k >= 0:
                f, cands = found[k], cands_list[k]
                if f[2] is None or f[3] is not None:
                    break
                if cands and all(c[6] and c[1] == "locality" and c[3] == top[3] for c in cands):
                    cands_list[k] = [c for c in cands if self._admin1_of(c[0]) == name]
                if k == 0 or not (_LIST_GAP.fullmatch(text, toks[found[k - 1][1] - 1][1], toks[f[0]][0])
                                  or _AR_LIST_GAP.fullmatch(text, toks[found[k - 1][1] - 1][1], toks[f[0]][0])):
                    break
                k -= 1

    def _apply_qualifiers(self, text, toks, found, cands_list) -> None:
        """"Lebanon, Pa.", "Taji, Iraq", "Athens, Georgia": a name followed by a comma and a first-level
        division or country (itself followed by punctuation) lies inside it. Its readings, and the qualifier's,
        narrow to the pairs that agree; a name no place of which lies in a division that is only a division
        ("Paris, Illinois", a town the gazetteer lacks) is left out rather than put in France."""
        qualified: dict[int, set[int]] = {}  # mention -> the rows its qualifier left it
        for k in range(len(found) - 1):
            head, qual, cands = found[k], found[k + 1], cands_list[k]
            if not cands or head[2] is None or head[3] or \
                    not _QUALIFIER_GAP.fullmatch(text, toks[head[1] - 1][1], toks[qual[0]][0]) or \
                    not _QUALIFIER_END.match(text, toks[qual[1] - 1][1]):
                continue
            # (a state's abbreviation is no item of a list: "Lebanon, Mo." is a town in Missouri, or one the gazetteer
            # lacks, never the country)
            abbr = qual[2] is not None and text[toks[qual[1] - 1][1] - 1] == "." and all(
                c[1] == "admin1" for c in self._candidates(qual[2], qual[3]))
            # (nor is a dateline's "LEBANON, Ohio —", "DAMASCUS, Oregon —": a town and where it lies)
            dateline = toks[head[4]][2].isupper() and _dateline(text, toks, head[4], head[5])
            if not dateline and any(c[1] == "admin1" or (c[1] == "country" and not abbr)
                                    for c in self._candidates(head[2], head[3])):
                continue  # "Canada, Australia", "Aleppo, Homs": a list of places, not a qualified name
            if k > 0 and self._listed_after_division(text, toks, found, cands_list, k):
                continue  # "New Mexico, New York, Indiana": a list of states

            readings = self._qualifier_readings(qual)
            if not readings:
                continue
            if self._narrow_to_agreeing(cands_list, k, readings):
                qualified[k] = {c[0] for c in cands_list[k]}
                rows = {q[0] for q in readings}
                if qual[2] is not None and cands_list[k + 1] and not any(c[0] in rows for c in cands_list[k + 1]):
                    # (the state named like its city: "Syracuse, New York" is the state, not the city)
                    state = [c for c in self._candidates(qual[2] + " " + _STATE_KEY, None) if c[0] in rows]
                    if state:
                        cands_list[k + 1] = state
                continue
            qual_cands = self._candidates(qual[2], qual[3]) if qual[2] is not None else []
            # (a division's name that is also a village's abroad is the division: "Carthage, Missouri" is no
            # Tunisian town, though a Turkish hamlet is spelt like Missouri)
            if qual_cands and not any(c[1] == "country" for c in qual_cands) \
                    and max(qual_cands, key=lambda c: c[2])[1] == "admin1" or (
                    dateline and any(c[1] == "admin1" for c in qual_cands)):
                # a town the gazetteer lacks, left out rather than put elsewhere; a dateline's qualifier that
                # may be a division is the division ("CAIRO, Georgia —": the state, not the country)
                cands_list[k] = []
                qualified[k] = set()
                if dateline and any(c[1] == "admin1" for c in cands_list[k + 1] or ()):
                    cands_list[k + 1] = [c for c in cands_list[k + 1] if c[1] == "admin1"]
        # the same name again in the paragraph, unqualified, is the same place ("of Cairo, Ga., ... she taught in
        # Cairo for 34 years": not Egypt's Cairo, though the gazetteer lacks the Georgia town)
        for k, rows in qualified.items():
            for k2 in range(k + 1, len(found)):
                if "\n\n" in text[toks[found[k2 - 1][1] - 1][1]:toks[found[k2][0]][0]]:
                    break
                if found[k2][2] == found[k][2] and k2 not in qualified and cands_list[k2]:
                    cands_list[k2] = [c for c in cands_list[k2] if c[0] in rows]
        # "Adıyaman'ın Gölbaşı ilçesi", "Aleppo's Sheikh Maqsoud": a place after another's genitive lies in it (the
        # readings that agree are kept, and nothing changes where none does: "Russia's Hmeimim base")
        for k in range(1, len(found)):
            owner, head = found[k - 1], found[k]
            if not cands_list[k] or head[2] is None or owner[2] is None or not cands_list[k - 1] \
                    or not _GENITIVE_GAP.fullmatch(text, toks[owner[1] - 1][1], toks[head[4]][0]):
                continue
            readings = self._qualifier_readings(owner)
            if readings:
                self._narrow_to_agreeing(cands_list, k, readings, strict_admin1=True, narrow_qualifier=False)
        # a name that is both a country and an American state is the state after an American army post the
        # gazetteer lacks ("Fort Stewart, Georgia"), and beside an American politician's title ("senator from
        # Georgia", "a Georgia Republican")
        both = self._both_keys
        for k, cands in enumerate(cands_list):
            key = found[k][2]
            if not cands or key is None:
                continue
            is_both = both.get(key)
            if is_both is None:
                every = self._candidates(key, None)
                is_both = both[key] = any(c[1] == "country" for c in every) and any(
                    c[1] == "admin1" and c[3] == "US" for c in every)
            if not is_both or not any(c[1] == "country" for c in cands):
                continue
            state = [c for c in cands if c[1] == "admin1" and c[3] == "US"]
            if state and (_US_POST_BEFORE.search(text, 0, toks[found[k][0]][0])
                          or _US_TITLE_BEFORE.search(text, 0, toks[found[k][0]][0])
                          or _US_TITLE_AFTER.match(text, toks[found[k][1] - 1][1])):
                cands_list[k] = state
        # "Al Jazirah in Sudan", "Hajin in eastern Syria": a place followed by "in" and a country lies in it;
        # a name with no reading there is left out rather than put in another country
        for k in range(len(found) - 1):
            head, qual, cands = found[k], found[k + 1], cands_list[k]
            if not cands or head[2] is None or any(c[1] == "country" or not c[3] for c in cands) or \
                    not _IN_COUNTRY_GAP.fullmatch(text, toks[head[1] - 1][1], toks[qual[0]][0]):
                continue
            countries = {q[2] for q in self._qualifier_readings(qual) if q[1] == "country"}
            if qual[2] is not None:
                qc = self._candidates(qual[2], qual[3])
                if not qc:
                    continue
                if any(c[1] == "admin1" for c in qc) or max(qc, key=lambda c: c[2])[1] != "country":
                    # "Athens in Georgia", "Springfield in Illinois": a division, or a name that is both a
                    # division and a country; the readings that agree are kept, and nothing is dropped
                    # a city that is also its province's name stays the city ("Jobar in Damascus")
                    city = max(qc, key=lambda c: c[2])[1] == "locality"
                    self._narrow_to_agreeing(cands_list, k, self._qualifier_readings(qual), strict_admin1=True,
                                             narrow_qualifier=not city)
                    continue
            if len(countries) == 1:
                inside = [c for c in cands if c[3] in countries]
                if inside or not any(c[1] == "locality" and c[7] >= 1_000_000 for c in cands):
                    cands_list[k] = inside  # a great city is not dropped: "refugees from Aleppo in Turkey"


#: what follows a news dateline's place: ", Syria", " (AP) —", " (dpa) -", " -"
_DATELINE_AFTER = re.compile(r",[ \t]+[A-Z0-9]|[ \t]*\([A-Za-z][\w. ]{0,30}\)|[ \t]+[—–-]{1,2}[ \t]|/[A-ZÀ-ÞİŞ]")
#: a dateline's earlier places, joined by slashes: "BEIRUT/ESTAMBUL, 28 feb (EFE)"
_DATELINE_BEFORE = re.compile(r"(?:[A-ZÀ-ÞİŞ][A-ZÀ-ÞİŞ .'-]*/)*")


def _dateline(text: str, toks, i: int, j: int) -> bool:
    """Whether tokens ``i``..``j-1``, in capitals, open a line as a news dateline's place does: "QAMISHLI,
    Syria (AP) —", "BEIRUT (Reuters) -", both of "BEIRUT/ESTAMBUL, 28 feb (EFE)"."""
    line_start = text.rfind("\n", 0, toks[i][0]) + 1
    return _DATELINE_BEFORE.fullmatch(text[line_start:toks[i][0]].strip()) is not None \
        and _DATELINE_AFTER.match(text, toks[j - 1][1]) is not None


def _placed_with_article(text: str, toks, k: int) -> bool:
    """Whether the word at token ``k`` follows a lower-case Arabic article that a place's cue precedes: "the town
    of al-Baghdadi", "fighting in al-Baghdadi" (a town, where "Abu Bakr al-Baghdadi" is a person)."""
    if k < 2 or toks[k - 1][2] not in ("al", "el") or text[toks[k - 1][1]:toks[k][0]] != "-" \
            or text[toks[k - 2][1]:toks[k - 1][0]] != " ":
        return False
    cue = toks[k - 2][2].lower()
    if cue in ("in", "near", "outside", "around", "into", "toward", "towards"):
        return not text.startswith("'s", toks[k][1]) and not text.startswith("’s", toks[k][1])
    return cue == "of" and k >= 3 and toks[k - 3][2].lower() in ("town", "city", "village", "district", "subdistrict")


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens its sentence (or the text, or a line).

    >>> _opens_sentence("Partis d'Aïn Issa, ils avancent.", 0), _opens_sentence("Ils sont partis.", 9)
    (True, False)
    """
    before = text[:pos].rstrip(" \t\"“«(")
    return not before or before[-1] in ".!?\n:"


#: the end of a sentence: a full stop, question or exclamation mark before a space, or a line break
_SENTENCE_END = re.compile(r"[.!?؟](?=\s)|\n")


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the sentence holding ``pos``.

    >>> _sentence_bounds("Fighting in Hit. Jets over the Euphrates near Anah. Calm.", 31)
    (16, 51)
    """
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    m = _SENTENCE_END.search(text, pos)
    return start, (m.end() if m else len(text))


def _segment_km(a, b) -> tuple[float, float, float]:
    """(kx, ky, length in km) of the segment from ``a`` to ``b`` [(lon, lat)] (equirectangular)."""
    kx = 111.32 * math.cos(math.radians((a[1] + b[1]) / 2))
    ky = 110.57
    return kx, ky, math.hypot((b[0] - a[0]) * kx, (b[1] - a[1]) * ky)


def _project(line, pt) -> tuple[float, float, float, float]:
    """The point (lon, lat) of polyline ``line`` [(lon, lat)] nearest ``pt``, its distance from ``pt`` and how
    far along the line it lies, in km from its start (equirectangular, segment by segment)."""
    best = (line[0][0], line[0][1], float("inf"), 0.0)
    done = 0.0
    for a, b in zip(line, line[1:]):
        kx, ky, seg = _segment_km(a, b)
        dx, dy = (b[0] - a[0]) * kx, (b[1] - a[1]) * ky
        qx, qy = (pt[0] - a[0]) * kx, (pt[1] - a[1]) * ky
        t = max(0.0, min(1.0, (qx * dx + qy * dy) / (seg * seg))) if seg else 0.0
        km = math.hypot(qx - t * dx, qy - t * dy)
        if km < best[2]:
            best = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), km, done + t * seg)
        done += seg
    return best


def _along_line(line, pt) -> float:
    """How far along polyline ``line`` [(lon, lat)], in km from its start, lies the point of it nearest ``pt``.

    >>> round(_along_line([(40.0, 35.0), (41.0, 35.0), (41.0, 36.0)], (41.1, 35.5)))  # 91 km east, 55 km north
    146
    """
    return _project(line, pt)[3]


def _at_along(line, s: float) -> tuple[float, float]:
    """The point (lon, lat) ``s`` km along polyline ``line`` from its start (its end, past it).

    >>> _at_along([(40.0, 35.0), (41.0, 35.0)], 45.6)[0] > 40.4
    True
    """
    for a, b in zip(line, line[1:]):
        seg = _segment_km(a, b)[2]
        if s <= seg:
            t = s / seg if seg else 0.0
            return a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])
        s -= seg
    return line[-1][0], line[-1][1]


def _on_line(line, pt) -> tuple[float, float, float]:
    """The point of polyline ``line`` [(lon, lat)] nearest ``pt`` (lon, lat), and its distance in km
    (equirectangular, segment by segment).

    >>> lon, lat, km = _on_line([(40.0, 35.0), (41.0, 35.0)], (40.5, 35.1))
    >>> (lon, lat, round(km))
    (40.5, 35.0, 11)
    """
    return _project(line, pt)[:3]


#: the weight of a reading that is a place the text names by another name
_RENAMED_W = 15.0


def _nearest_km(lon: float, lat: float, pts) -> float:
    """Distance (km) to the nearest of ``pts`` [(lon, lat)]: equirectangular, good enough to rank and gate."""
    k = math.cos(math.radians(lat))
    return 111.2 * math.sqrt(min(((x - lon) * k) ** 2 + (y - lat) ** 2 for x, y in pts))


def _near_bonus(lon: float, lat: float, pts) -> float:
    """Proximity bonus (0..30) to the nearest of ``pts``."""
    return 30.0 * math.exp(-_nearest_km(lon, lat, pts) / 120.0)


_CUES_BEFORE = frozenset("""in near at from to of outside around towards toward into and or village town city hit struck
bombed targeted shelled between including on across via through captured seized took retook besieged entered
reached north south east west northeast northwest southeast southwest districts villages towns areas like
such as nearby neighbouring neighboring struck raided liberated recaptured stormed encircled
seizing capturing retaking recapturing storming entering shelling bombing striking targeting besieging reaching
liberating encircling raiding over inside throughout beyond linking connecting links connects joining
li ji û navçeya navçeyên gundê gundên bajarê herêma nahiyeya derdora nêzî nêzîkî navbera taxa gundewarê
bajarokê bajarokên bajarên bajarokan bajaran gundan gundekî bajarekî bi
à vers depuis près dans et desde hacia cerca hasta y bei nach aus und nahe verso vicino presso
von zwischen stadt städte hauptstadt grenzstadt kleinstadt altstadt stadtteil viertel dorf dörfer ortschaft gemeinde
provinz lager flüchtlingslager raum gebiet gegend umgebung umland nähe richtung bezirk landkreis
ville localité ciudad localidad pueblo città villaggio""".split())
#: (and, written in lower case only, the French, Spanish and Italian words for of, in, to, between and "and",
#: which open people's names when capitalised: "Di Maio", "De Mistura"; and their verbs of taking, striking and
#: besieging: "hanno liberato Bartella")
_ROMANCE_CUES = frozenset("""de en a entre e ed di da tra fra
liberato liberata ripreso ripresa conquistato conquistata colpito colpita bombardato bombardata assediato assediata
liberado liberada tomado tomada bombardeado bombardeada capturado capturada asediado asediada
libéré libérée repris reprise bombardé bombardée frappé frappée assiégé assiégée""".split())
# (and Kurmanji: in, from, and, district, village, around, near, between, quarter, countryside …; French, Spanish,
# German and Italian prepositions and "and"; the nouns of a town, a village or a camp in German, French, Spanish and
# Italian, which German capitalises: "nahe der Stadt Zakho")
# that no English name opens with: not "de", "en", "von", "di", "da")
_CUES_AFTER = frozenset("""village town city area areas countryside district province region and or near in
outskirts suburb suburbs massacre massacres bombing bombings siege offensive battle front frontline frontlines
checkpoint crossing airstrike airstrikes clashes facility base camp prison hospital airport airbase barracks dam bridge
road highway refinery line neighbourhood neighborhood quarter axis pocket corridor junction
et y und""".split())  # (and "and" in French, Spanish and German)
# (an event or a site at the place: "the Tremseh massacre", "the Marea line", "the Mashtal neighbourhood")


#: letters only Turkish writes: a text holding any of them is Turkish (or names Turkish places)
#: characters that show nothing: zero-width (non-)joiners and spaces, direction marks, soft hyphen, BOM
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
_TURKISH_LETTERS = re.compile("[ışğİŞĞ]")
_CAPS_AFTER = re.compile(r" [A-Z]{2,}\b")
#: Turkish and Kurmanji names of Damascus (Kurmanji's oblique case too), which the scan reads as "Damascus"
_SHAM_WORDS = frozenset(("Şam", "ŞAM", "Şamê"))
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
#: Turkish words that open sentences and name places elsewhere, or fold or resemble their names: two, both, but,
#: if, middle, south, Sunday, December, small town, church, castle, bridge, hill, building, according to, sand,
#: garden, army, Wednesday, Thursday ("Ordu birlikleri", the army's units; "Çarşamba günü", on Wednesday)
_TR_WORDS = frozenset("""iki hem ama eğer ise orta güney kuzey pazar aralık kasaba kilise kale köprü tepe bina göre kum
bahçe ordu çarşamba perşembe cuma salı pazartesi cumartesi sınır""".split())
_TR_CAPS = frozenset("ABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ")
_TR_MONTHS = frozenset("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık".split())


def _tr_lower(w: str) -> str:
    """``w`` in lower case by Turkish rules (İ → i, I → ı)."""
    return w.replace("İ", "i").replace("I", "ı").lower()

#: Turkish case endings written after a proper name's apostrophe ("Hatay'ın", "Osmaniye'de", "Suriye'den"); in a
#: plain-ASCII word only those opening with a consonant (an Arabic name's "'a", "'i", "'un" is an ayn or hamza),
#: unless the text is Turkish ("Afrin'e").
_TURKISH_SUFFIX = re.compile(r"['’](?:n?[ıiuü]n|n?[dt][ae]n?|n?[dt][ae]ki|[yn]?[ae]|y?[ıiuü]|yl[ae]|l[ae])$")
_SUBDISTRICT_WORDS = frozenset(("sub", "subdistrict", "nahiya", "nahia", "nahiyah", "nahiyeh"))


def _subdistrict_at(toks, adj, k: int) -> int:
    """Number of tokens of a sub-district word at token ``k`` right after a name ("sub-district", "nahiya"), or 0."""
    if k <= 0 or k >= len(toks) or not adj[k - 1]:
        return 0
    w = toks[k][2].lower()
    if w == "sub":
        return 2 if k + 1 < len(toks) and adj[k] and toks[k + 1][2].lower() == "district" else 0
    return 1 if w in _SUBDISTRICT_WORDS else 0


#: words beside "M4" or "M5" that make it a rifle, a tank, a car or a motorway abroad, not Syria's highway
_NOT_THE_ROAD = re.compile(r"(?i)\b(?:rifles?|carbines?|sherman|tanks?|guns?|assault|colt|bmw|coupe|sedan|"
                           r"london|bristol|cardiff|wales|england|birmingham|exeter|gewehr|fusil|fucile|"
                           r"tüfe[gk]|винтовк)")
#: a text in French: its articles and prepositions, as words
_FRENCH_QUICK = re.compile(r" (?:les|des|du|dans|une|avec|selon|après) ")
#: the nouns of a road after its two towns' names ("the Damascus–Aleppo highway"), and Arabic's before them
_ROAD_NOUNS = frozenset("highway road motorway expressway autoroute autopista autostrada autobahn".split())
_AR_ROAD_NOUNS = frozenset("طريق الطريق أوتوستراد اوتوستراد".split())
#: the nouns of a town's quarter
_QUARTER_NOUNS = frozenset("quarter quarters neighbourhood neighbourhoods neighborhood neighborhoods".split())
_SITE_NOUNS = frozenset("""neighbourhood neighbourhoods neighborhood neighborhoods district districts quarter quarters
mosque minaret base camp prison hospital airport square street university market roundabout bridge stadium church
school barracks compound palace shrine tomb mausoleum temple castle monastery""".split())


_AYN_MARKS = "'`ʿ‘’"


def _ayn_opens(text: str, start: int, name: str) -> bool:
    """Whether an ayn mark stands right before ``start``, at a word's edge, and ``name`` opens with one too
    ("shells hit 'Imarah", for the place named "'Imarah"; not a quotation mark before "'Sheikh Akil graveyard'")."""
    return start > 0 and text[start - 1] in _AYN_MARKS and name[:1] in _AYN_MARKS \
        and (start == 1 or not text[start - 2].isalnum())


def _hamza_closes(text: str, end: int, name: str) -> bool:
    """Whether a hamza or ayn mark stands right at ``end``, at a word's edge, and ``name`` ends with one too
    ("shells hit Karim ar Rabi' on Tuesday"; not a closing quotation mark after a name that ends otherwise)."""
    return end < len(text) and text[end] in _AYN_MARKS and name[-1:] in _AYN_MARKS \
        and (end + 1 == len(text) or not text[end + 1].isalnum())


def _tr_quarter_follows(text: str, toks, j: int) -> bool:
    """Whether the Turkish noun of a town's quarter follows token ``j`` or the list it ends ("Sur mahallesi",
    "Fırat ve Dicle mahallelerinde"): the name is a quarter, whatever town or river bears it elsewhere (not
    past a case ending: "Tuzhurmatu ve Dakuk'taki Türkmen mahallelerinde" are the quarters in those towns)."""
    for _ in range(8):
        if j >= len(toks) or (j > 0 and ("'" in text[toks[j - 1][1]:toks[j][0]]
                                         or "’" in text[toks[j - 1][1]:toks[j][0]])):
            return False
        w = toks[j][2]
        if w.startswith("mahalle"):
            return True
        if not (w == "ve" or w[:1].isupper()):
            return False
        j += 1
    return False


def _site_noun_follows(toks, j: int) -> bool:
    """Whether token ``j`` is a quarter's or a site's noun ("the Ghazlani base"), or a plural one after more
    names of a list ("the Tamim and Hoz neighbourhoods"; not "Tal Nasri, and Qamishli airport")."""
    if j < len(toks) and (toks[j][2].lower() in _SITE_NOUNS or toks[j][2].startswith("mahalle")):
        return True  # (and Turkish: "Sur mahallesinde", in the Sur quarter)
    for _ in range(8):
        if j >= len(toks):
            return False
        w = toks[j][2]
        low = w.lower()
        if low in _SITE_NOUNS:
            return low.endswith("s")
        if w.startswith("mahallel"):
            return True  # "Tekel, Mescit ve Konak mahallelerinde": in the Tekel, Mescit and Konak quarters
        if not (w in ("and", "or", "ve") or w[:1].isupper() or low in ("al", "el")):
            return False
        j += 1
    return False


def _german_noun_before(text: str, toks, i: int, eligible) -> bool:
    """Whether the word before token ``i`` is a German common noun, capitalised as German nouns are ("die Angreifer
    Rajo", "in schneller Folge Hanano"): no given name, title or place's name, in a German text."""
    if i == 0:
        return False
    prev = toks[i - 1][2]
    low = prev.lower()
    # (not a noun of a name, which introduces a name as a name: "dem Monatsnamen Tischrin")
    return (len(prev) > 3 and prev[1:].islower() and low not in _GIVEN and low.rstrip(".") not in _TITLES
            and low not in _GIVEN_KEYS and not low.endswith(("name", "namen")) and not eligible(fold_token(prev))
            and _is_german(text))


def _place_like_context(text: str, toks, i: int, eligible=None, covered=None) -> bool:
    if opens_arabic(toks[i][2]):
        return _arabic_place_context(text, toks, i)
    gap_before = text[toks[i - 1][1]:toks[i][0]] if i > 0 else "\n"
    gap_after = text[toks[i][1]:toks[i + 1][0]] if i + 1 < len(toks) else "\n"
    prev = toks[i - 1][2] if i > 0 else ""
    nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
    if prev in ("ı", "i", "u", "ü", "e") and i > 1 and text[toks[i - 2][1]:toks[i - 1][0]] == "-":
        return False  # the second word of a name joined by a Turkish or Persian ezafe: "Cisr-ı Şuğur"
    if prev and gap_before.strip() == "" and prev[:1].isupper():
        german_noun = eligible is not None and _german_noun_before(text, toks, i, eligible)
        if not _SENT_END.search(text[:toks[i - 1][0]][-3:]) \
                and not (prev[1:].islower() and prev.lower() in _CUES_BEFORE and _is_german(text)) \
                and not german_noun:
            return False  # "Mevlut Cavusoglu": a surname (not after a German noun of place, capitalised as German
            # nouns are: "in Richtung Markada", "die Kleinstadt Schaddadi")
        low = prev.lower()
        if low not in _CUES_BEFORE and not low.endswith(("ed", "ing", "ern", "daki", "deki", "taki", "teki")) \
                and not german_noun:
            return False  # "Mazloum Abdi said": at a sentence's start too, unless after a cue or an adjective
    if nxt and gap_after.strip() == "" and nxt[:1].isupper() \
            and not ((_UMLAUTS.intersection(nxt) or nxt.endswith(_DE_NOUN_ENDS)) and gap_after == " "
                     and _is_german(text)):
        return False  # first part of a longer name (not before a German noun: "in Harem und Salqin Häuser")
    # (a cue ending the sentence before is none: "... the town it besieged. Sarrin")
    cue = "" if any(ch in gap_before for ch in ".!?") else prev.lower()
    if nxt.lower() in ("said", "says", "told", "added", "stressed", "explained", "wrote"):
        # "Mazloum said" is someone speaking; "a commander in Ltamenah said", someone there; "residents of
        # Quneitra, Khan Arnabah and Hadar said", the last of a list of places
        if cue in ("and", "or") and eligible is not None and i > 1:
            before = [fold_token(t[2]) for t in toks[max(0, i - 3):i - 1]]
            if eligible(before[-1]) or (len(before) == 2 and eligible(" ".join(before))):
                return True
        return cue in ("in", "near", "from", "of", "outside", "around", "at")
    if "," in gap_before or "(" in gap_before or "," in gap_after:
        return True
    if nxt.lower() in _CUES_AFTER or _direction_follows(toks, i + 1):
        return True
    if gap_after == " " and nxt[:1].islower() and _tr_lower(nxt).startswith(_TR_CUES_AFTER):
        return True  # a Turkish postposition of place: "Raco yönünde" (towards Raco), "Bülbül çevresinde", "kentinde"
    if covered is not None and ((i + 1 < len(toks) and _pair_end(text, toks, i + 1, covered))
                                or (gap_before in _HYPHENS and prev[:1].isupper() and covered(fold_token(prev)))):
        return True  # one end of a pair of places: "the Latamneh-Kafr Zita axis", "the Morek-Latamneh road"
    after = text[toks[i][1]:toks[i][1] + 2]
    if after[:1] in ("'", "’") and after[1:].isalpha() and after[1:] != "s":
        return True  # a Turkish case ending on the name: "Mahmur'daki", "Afrin'e"
    if cue == "ve" and eligible is not None and i > 1 and toks[i - 2][2][:1].isupper() \
            and eligible(fold_token(toks[i - 2][2])):
        return True  # Turkish "and" after another place: "Raco ve Bülbül" (not "Hakurk ve Metina")
    if nxt.lower().startswith(_TR_SETTLEMENT_NOUNS) and gap_after == " ":
        return True  # a Turkish settlement's noun, in any case: "Raco beldesini", "Yamadı köyünde"
    if nxt == "ve" and eligible is not None and i + 2 < len(toks) and toks[i + 2][2][:1].isupper() \
            and text[toks[i + 1][1]:toks[i + 2][0]] == " " and eligible(fold_token(toks[i + 2][2])) \
            and ((i + 3 < len(toks) and (toks[i + 3][2].lower().startswith(_TR_SETTLEMENT_NOUNS)
                                         or (toks[i + 3][2][:1].islower()
                                             and _tr_lower(toks[i + 3][2]).startswith(_TR_CUES_AFTER))))
                 or _TR_CASE_AFTER.match(text, toks[i + 2][1])):
        # and before another place, the two named as settlements ("Raco ve Cinderes beldelerini") or sharing the
        # second's case ending ("Sarmada ve Atme'deki kamplar": the camps in Sarmada and Atme)
        return True
    if eligible is not None and nxt in ("ile", "ve") and i + 3 < len(toks) and toks[i + 2][2][:1].isupper() \
            and toks[i + 3][2].startswith("arası") and eligible(fold_token(toks[i + 2][2])):
        return True  # Turkish "between X and Y": "Amirli ile Tuzhurmatu arasında"
    if eligible is not None and cue in ("ile", "ve") and i > 1 and toks[i - 2][2][:1].isupper() \
            and nxt.startswith("arası") and eligible(fold_token(toks[i - 2][2])):
        return True
    # (or a Turkish adjective of where: "Güneybatıdaki Cinderes", Jindires in the south-west)
    return cue in _CUES_BEFORE or (cue in _ROMANCE_CUES and prev == cue) or (
        cue.endswith(("daki", "deki", "taki", "teki")) and _TURKISH_LETTERS.search(text) is not None)


#: Turkish nouns of place after a name, in any case: direction, vicinity, surroundings, countryside, centre, the
#: points of the compass, border, city ("Raco yönünde", "Afrin kırsalında", "Azez kentine")
_TR_CUES_AFTER = ("yönün", "yakınlar", "yakının", "çevres", "kırsal", "civar", "merkez", "kuzey", "güney", "doğus",
                  "batıs", "sınır", "kent", "şehr")  # (not "bölgesi", region: "Zap bölgesi" is no hamlet Zap)
#: Turkish nouns for a settlement or a division, which take case endings: "beldesi", "köylerini", "ilçesine"
_TR_SETTLEMENT_NOUNS = ("belde", "köy", "ilçe", "kasaba", "mahalle", "nahiye")
#: a Turkish case ending written after a name's apostrophe, of place (in, at, to, from): "'deki", "'ya", "'dan"
_TR_CASE_AFTER = re.compile(r"['’](?:[dt][ae](?:ki|n)?|[yn]?[ae])\b")
#: Turkish nouns that follow a place's name, capitalised, in the name of a site there: "Cilvegözü Sınır Kapısı"
#: (border gate), "Öncüpınar Gümrük Kapısı", "Tişrin Barajı", "İncirlik Üssü", "Atme Kampı", "İskenderun Limanı";
#: hills, valley, river, mountain(s), lake, plain, stream: "Golan Tepeleri", "Bekaa Vadisi", "Sincar Dağı"
_TR_FEATURE_NOUNS = ("sınır", "gümrük", "kapısı", "barajı", "havalimanı", "havaalanı", "üssü", "köprüsü", "kampı",
                     "kampları", "limanı", "tepe", "vadi", "nehr", "dağı", "dağları", "gölü", "ovası", "çayı")


_REGION_NOUN_LITERALS = re.compile("bölge|Bölge|region|area")


def _region_list_follows(text: str, toks, j: int) -> bool:
    """Whether the names from token ``j`` on run, through commas and "and", to a region's noun: "Zap ve Avaşin
    bölgelerinde", "Zap bölgesinde", "the Zap, Avasin and Hakurk regions", "the Zap area"."""
    for k in range(j, min(len(toks), j + 10)):
        if k > j and any(ch in text[toks[k - 1][1]:toks[k][0]] for ch in ".!?;:\n"):
            return False
        w = toks[k][2]
        if w[:1].isupper() or w in ("ve", "and", "û", "et", "und", "y", "or", "veya"):
            continue
        return _tr_lower(w).startswith(("bölge", "region", "area"))
    return False


def _direction_follows(toks, j: int) -> bool:
    """Whether a bearing starts at token ``j``: "to the south", "north of" ("Sarrin to the south held out")."""
    words = [t[2].lower() for t in toks[j:j + 3]]
    if words[:2] == ["to", "the"] and len(words) == 3:
        return words[2] in _DIRECTIONS
    return len(words) >= 2 and words[0] in _DIRECTIONS and words[1] == "of"


def _arabic_article(toks, i: int) -> bool:
    """Whether Arabic word ``i`` is written with its article right after a settlement's noun ("حي المزة", the
    Mezze quarter): a three-letter name stands then, as "al-Rai" does (not after "في": "في الجسر" is "on the
    bridge")."""
    w = toks[i][2]
    if not (w.startswith("ال") and len(w) > 4 and i > 0):
        return False
    prev = toks[i - 1][2]
    return prev in _AR_SETTLEMENT_NOUNS or (prev[:1] in _AR_PROCLITICS and prev[1:] in _AR_SETTLEMENT_NOUNS)


#: Arabic nouns of a square, a street, a bridge or a roundabout, before its name ("ساحة التحرير")
_AR_STREET_NOUNS = frozenset("ساحة شارع جسر دوار ميدان حارة".split())
_AR_QUARTER_NOUNS = frozenset(("حي",))  # (not "أحياء الخيام", Khiam's quarters: the town)
_AR_SETTLEMENT_NOUNS = frozenset("حي مدينة بلدة قرية مخيم ناحية أحياء بلدات قرى مدن مدينتي بلدتي قريتي".split())
#: the singular ones ("مدن الساحل", the coast's cities, names no town)
_AR_SETTLEMENT_NOUN = frozenset("حي مدينة بلدة قرية مخيم ناحية".split())


def _ar_noun_in(word: str, nouns) -> bool:
    """Whether an Arabic word is one of ``nouns``, or one with "and" or "in" written onto it ("وبلدة"; not "بلدة"
    read as "ب" and "لدة")."""
    return word in nouns or (word[:1] in "وب" and (word[1:] in nouns or (word[1:2] == "ب" and word[2:] in nouns)))


def _arabic_place_context(text: str, toks, i: int) -> bool:
    """Arabic: a cue word before or after ("في", "قرب", "بلدة"), an Arabic or Latin comma, or a conjunction
    or preposition written onto the name ("والرستن")."""
    s = toks[i][0]
    if s > 0 and text[s - 1] in _AR_PROCLITICS:
        return True
    gap_before = text[toks[i - 1][1]:s] if i > 0 else "\n"
    gap_after = text[toks[i][1]:toks[i + 1][0]] if i + 1 < len(toks) else "\n"
    if any(c in gap_before or c in gap_after for c in ",،("):
        return True
    prev = toks[i - 1][2] if i > 0 else ""
    nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
    if prev[:1] in _AR_PROCLITICS and prev[1:] in _AR_CUES_BEFORE:
        return True  # "واستهدفت" (and targeted)
    if nxt and text[toks[i + 1][0] - 1] == "و":
        return True  # the next name's conjunction, split off it: "كفرسجنة والهبيط"
    return prev in _AR_CUES_BEFORE or nxt in _AR_CUES_AFTER or nxt[:1] == "و"


#: Words that mark a text about Syria, Iraq or Turkey (Latin ones as whole words; Kurmanji, French, German and
#: Turkish ones too)
_CONTEXT_WORDS = {
    "SY": ("Syria Syrian Syrians Assad Ahrar Nusra Suqour Jaish Jabhat Daesh ISIS ISIL Alawite YPG SDF Damascus Aleppo "
           "Idlib Idleb Latakia Ghouta Homs Hama Raqqa Raqqah Hasakah Daraa Deraa Sûriye Sûriyê Rojava Efrîn Efrînê "
           "Qamişlo Kobanê Syrie Syrien Syriens Suriye Alep Afrin Kobani Manbij Qamishli İdlib Halep Lazkiye Rakka Deyrizor "
           "Haseke Siria Damasco Alepo",
           "Islamic State",
           "سوريا سورية السوري دمشق حلب إدلب ادلب حمص حماة اللاذقية درعا الرقة الأسد داعش النصرة الغوطة"),
    "IQ": ("Iraq Iraqi Iraqis Peshmerga Baghdad Mosul Kurdistan Abadi Maliki Anbar Îraq Iraqê Îraqê Hewlêr Irak Iraks Bagdad "
           "Mossoul", "",
           "العراق العراقي بغداد الموصل الأنبار الانبار أربيل البشمركة"),
    "TR": ("Turkey Turkish Turks Erdogan Erdoğan PKK Ankara Istanbul İstanbul Davutoglu Tirkiye Tirkiyê Turquie Türkei "
           "Türkiye Turquía Turchia", "",
           "تركيا التركي أنقرة انقرة إسطنبول اسطنبول أردوغان"),
}
_CONTEXT_CUES = {
    cc: re.compile(r"\b(?:" + "|".join(latin.split() + ([phrase] if phrase else [])) + r")\b|"
                   + "|".join(arabic.split()))
    for cc, (latin, phrase, arabic) in _CONTEXT_WORDS.items()}
#: the literal strings, for a quick test before the regular expression (most texts name none of them): one
#: expression of bare literals, without word boundaries, runs several times faster than a loop over them
_CONTEXT_LITERALS = {cc: re.compile("|".join(sorted(map(re.escape, set(latin.split() + ([phrase] if phrase else [])
                                                                       + arabic.split())), key=len, reverse=True)))
                     for cc, (latin, phrase, arabic) in _CONTEXT_WORDS.items()}


#: any of them, for one scan of a text that names none (most)
_ANY_CONTEXT_LITERAL = re.compile("|".join(sorted({p for rx in _CONTEXT_LITERALS.values() for p in rx.pattern.split("|")},
                                                  key=len, reverse=True)))


def _about(text: str, cc: str) -> bool:
    """Whether ``text`` names a word that marks a text about country ``cc`` (Syria, Iraq, Turkey)."""
    return _CONTEXT_LITERALS[cc].search(text) is not None and _CONTEXT_CUES[cc].search(text) is not None


def _piece_of_longer_name(text, toks, folded, cap, adj, masked, i, j, strong=False) -> bool:
    """Whether tokens ``i:j`` are only the head or the tail of a longer Arabic name joined by an article:
    the tail "al-Zeitoun" of "Karm al-Zeitoun" (a capitalised word right before the article), or the head
    "Bab" of "Bab al-Nairab" (an article and a capitalised word hyphenated right after; a big place's
    name may open a longer phrase: "Idlib al-Khadra")."""
    n = len(toks)
    if (folded[i] == "" and i > 0 and adj[i - 1] and cap[i - 1] and not masked[i - 1]
            and text[toks[i - 1][1]:toks[i][0]] == " " and toks[i - 1][2].lower() not in _CUES_BEFORE
            and not _SENT_END.search(text[max(0, toks[i - 1][0] - 3):toks[i - 1][0]])
            and toks[i - 1][2] not in DEMONYMS):
        return True
    if (not strong and j + 1 < n and adj[j - 1] and folded[j] == "" and toks[j][2][:1].islower()
            and text[toks[j][1]:toks[j + 1][0]] == "-" and cap[j + 1] and not masked[j + 1]):
        return True
    return False


#: a people named after a place and before an area's noun describes the place ("the Bayirbucak Turkmen region",
#: "Bayırbucak Türkmen bölgesi"), it does not continue its name
_PEOPLES = frozenset("turkmen türkmen kurdish kürt arab assyrian yazidi ezidi druze alawite".split())
_AREA_WORDS = ("region", "area", "villages", "mountain", "district", "enclave", "bölge", "köy", "dağ")


_HYPHENS = ("-", "–")


def _pair_end(text, toks, k: int, eligible) -> bool:
    """Whether a place's name starts at token ``k``, joined by a hyphen to the name before it: one end of a pair of
    places ("the Latamneh-Kafr Zita axis", "the Morek-Suran road")."""
    if text[toks[k - 1][1]:toks[k][0]] not in _HYPHENS or not toks[k][2][:1].isupper():
        return False
    first = fold_token(toks[k][2])
    return bool(eligible(first)) or (k + 1 < len(toks) and text[toks[k][1]:toks[k + 1][0]] == " "
                                     and bool(eligible(first + " " + fold_token(toks[k + 1][2]))))


def _close_spelling(own: str, key: str) -> bool:
    """Whether ``key`` spells the folded name ``own`` another way, as transliterations do ("izium" / "izyum",
    "sabratha" / "sabratah"): the same first letter, a length within two, and a rapidfuzz ratio of 80 or more."""
    if not own or not key or own[0] != key[0] or abs(len(own) - len(key)) > 2 or len(key) < 5:
        return False
    from rapidfuzz import fuzz

    return fuzz.ratio(own, key) >= 80


def _in_name_run(text, toks, folded, cap, adj, masked, i, strong, covered=None, kurmanji=False) -> bool:
    """Whether capitalised token ``i`` sits inside a longer capitalised name that is not a place (not one end of a
    hyphenated pair of places in Syria, Iraq or Turkey: "the Latamneh-Morek axis"; "Miami-Dade" is one name)."""
    n = len(toks)
    if covered is not None and ((i + 1 < n and adj[i] and text[toks[i][1]:toks[i + 1][0]] in _HYPHENS) or (
            i > 0 and adj[i - 1] and text[toks[i - 1][1]:toks[i][0]] in _HYPHENS)) and covered(folded[i]):
        if i + 1 < n and adj[i] and _pair_end(text, toks, i + 1, covered):
            return False
        if i > 0 and adj[i - 1] and _pair_end(text, toks, i, covered) and covered(folded[i - 1]):
            return False
    if i > 0 and adj[i - 1] and toks[i - 1][2] in ("de", "da", "di", "del", "bin", "ibn", "bint", "van", "von") \
            and i > 1 and adj[i - 2] and not toks[i - 2][2][:1].islower() \
            and not (toks[i - 1][2] == "von" and (folded[i - 2] not in _GIVEN_KEYS
                                                   or (i > 2 and toks[i - 3][2] in _DE_ARTICLES))):
        # "Paredes de Nava", "Mohammed bin Rashid" (not French "la base de Hmeimim", nor "les YPG, de Kobané à
        # Tal Abyad", after a comma; "von" only after a given name: "den Vierteln von Bağlar", "wenige Kilometer
        # von Sarmada" are a German noun's)
        return True
    if (i + 2 < n and adj[i] and adj[i + 1] and toks[i + 1][2] == "of" and cap[i + 2]
            and not strong(folded[i + 2]) and not masked[i + 2]):
        return True  # "Hart of Dixie", "Game of Thrones"
    if i + 1 < n and adj[i] and cap[i + 1] and not masked[i + 1]:
        nxt = toks[i + 1][2].lower()
        if (nxt not in _ADMIN_SUFFIX and nxt not in _STOP_NEXT_OK and nxt not in _FACILITY
                and nxt not in ("international", "military") and not strong(folded[i + 1])
                and not nxt.startswith(_TR_FEATURE_NOUNS)
                and not (nxt in _DE_FEATURE_NOUNS and text[toks[i][1]:toks[i + 1][0]] == "-")
                and not (nxt in _PEOPLES and i + 2 < n and adj[i + 1]
                         and toks[i + 2][2].lower().startswith(_AREA_WORDS))
                # (nor a German noun after it, capitalised as German nouns are: "in Harem und Salqin Häuser")
                and not ((_UMLAUTS.intersection(nxt) or nxt.endswith(_DE_NOUN_ENDS))
                         and text[toks[i][1]:toks[i + 1][0]] == " " and _is_german(text))):
            return True
    if i > 0 and adj[i - 1] and cap[i - 1] and not masked[i - 1]:
        prev = toks[i - 1][2]
        pf = folded[i - 1]
        if (pf not in _STOP_KEYS and prev.lower() not in _CUES_BEFORE and prev not in DEMONYMS
                and prev.lower() not in _ADMIN_PREFIX  # (German capitalises "Bezirk": "im Bezirk Lice")
                # (nor a Kurmanji noun with its ezafe, which governs the name: "Êzidiyên Şengalê", "Peymana Şengalê")
                and not (kurmanji and (len(prev) >= 5 or prev in ("Çemê", "Gola", "Taxa")) and prev.endswith(EZAFE))
                # (nor a name that its Turkish case ending closes: "Bekaa Vadisi'ndeki Baalbek")
                and not _TURKISH_SUFFIX.search(prev)
                # (nor a German noun after its article: "auf die Rebellenhochburg Duma", "der Grenzort Kilis")
                # (an adjective between: "der irakischen Provinzhauptstadt Ramadi")
                and not (i > 1 and prev[1:].islower() and text[toks[i - 1][1]:toks[i][0]] == " "
                         and (toks[i - 2][2].lower() in _DE_ARTICLES or (
                             i > 2 and toks[i - 3][2] in _DE_ARTICLES and toks[i - 2][2].islower()
                             and toks[i - 2][2].endswith(("e", "en", "er", "es", "em"))))
                         and _is_german(text))
                and not _SENT_END.search(text[max(0, toks[i - 1][0] - 3):toks[i - 1][0]])
                and not strong(pf)):
            return True
    return False


_STOP_NEXT_OK = frozenset(("and", "or"))
#: prepositions of place, before which a province's or a country's name is the place, a person of that surname
#: named in the text though there be ("Ahmet Hatay ... in Hatay")
_PLACE_PREPOSITIONS = frozenset("in near at from into across around outside inside en à dans nach bei aus".split())
_CITY_NOUNS_BEFORE_OF = frozenset("city town province ciudad ville città provincia ciudades villes".split())


class _Starts:
    """The tokens a scan may start at, in order: ``next(i)`` is the first at or after ``i`` (``n`` past the last), so
    that the scan passes over the others at once."""

    __slots__ = ("ks", "at")

    def __init__(self, ks: list[int], n: int):
        self.ks = [*ks, n]
        self.at = 0

    def next(self, i: int) -> int:
        ks, at = self.ks, self.at
        while ks[at] < i:
            at += 1
        self.at = at
        return ks[at]


def _stands_as_place(text: str, toks, k: int, case: bool = True) -> bool:
    """Whether word ``k`` stands where only a place does: after a preposition of place, with a Turkish case ending
    ("Hatay'ın", "Hatay'da"; unless ``case`` is false: "Yılmaz'a göre" is a man's word), or as a dateline in
    capitals opening a line ("SULAIMANI, Oct. 21")."""
    w = toks[k][2]
    after = text[toks[k][1]:toks[k][1] + 2]
    if case and after[:1] in ("'", "’") and after[1:].isalpha() and after[1:] not in ("s", "S"):
        return True
    if k > 0 and toks[k - 1][2].lower() in _PLACE_PREPOSITIONS and text[toks[k - 1][1]:toks[k][0]] == " ":
        return True
    if k > 0 and text[toks[k - 1][1]:toks[k][0]] == "/" and toks[k - 1][0] < 40:
        return True  # the second place of a dateline: "Manbidsch/Kobane (dpa)"
    if k > 1 and toks[k - 1][2] in ("of", "de", "di") and toks[k - 2][2].lower() in _CITY_NOUNS_BEFORE_OF:
        return True  # "the city of Homs", "la ciudad de Homs"
    return w.isupper() and len(w) > 2 and (toks[k][0] == 0 or text[toks[k][0] - 1] == "\n") \
        and text[toks[k][1]:toks[k][1] + 1] in (",", " ", "(")
#: words after "<Town> City" that make it the town's government, not the town's name
_CITY_OFFICE = frozenset("council hall government political police limits manager officials attorney".split())
#: last words of a feature's name that may open a longer one with "of": "the Gulf" (Persian) / "the Gulf of Mexico"
_FEATURE_HEADS = frozenset(("gulf", "bay", "sea", "strait", "straits", "lake", "cape", "isle", "coast"))
#: lower-case nouns after a place's name that make it a disease's, a virus's or a product's name
_NAMED_AFTER = frozenset(("virus", "viruses", "ebolavirus", "fever", "disease",
                          # (and goods named after where they came from: "Aleppo soap", "Damascus steel", "Brent crude";
                          # not "rose", which is the verb as often: "cases in Fiji rose to 97")
                          "soap", "steel", "pepper", "peppers", "crude", "carpet", "carpets", "rug",
                          "rugs", "pine", "pines", "cheese", "bologna", "sweets", "pistachios",
                          # (and a tribe or a clan, which shares its name with its village: "the Albu Nimr tribe";
                          # not "the Anbar tribes", the tribes of Anbar)
                          "tribe", "clan"))
#: letters that mark a German noun in German text ("Schäden"); a village there must bear such a word as its name
_UMLAUTS = frozenset("äöüÄÖÜß")
#: Words after a name that make it a street's ("Washington Street", "Baghdad Street" in Damascus).
#: (Not "Road" or "Highway": "County Road 80" and "the Florida Highway Patrol" still name the county and the state.)
_STREET_WORDS = frozenset(("Street", "St", "Avenue", "Ave", "Drive", "Dr", "Boulevard", "Blvd", "Lane", "Ln",
                           "Parkway", "Pkwy", "Terrace", "Court", "Ct", "Circle"))


_SPEAK = frozenset(("speak", "speaks", "spoke", "speaking", "spoken", "fluent", "translated", "translation"))
_SPEAK_ADVERBS = frozenset(("only", "fluent", "fluently", "little", "some", "broken", "good", "perfect", "mostly"))
_LANGUAGE_NOUNS = frozenset(("language", "languages", "speaker", "speakers", "speaking", "dialect", "dialects",
                             "subtitles", "translation", "translations", "translator", "translators", "interpreter",
                             "interpreters"))
_LANGUAGES = frozenset(("English", "Arabic", "Farsi", "Persian", "Hebrew", "Urdu", "Hindi", "Aramaic", "Syriac",
                        "French", "Spanish", "German", "Russian", "Chinese", "Turkish", "Kurdish", "Italian",
                        "Portuguese", "Japanese", "Korean", "Greek", "Dutch", "Polish", "Armenian", "Swedish",
                        "Ukrainian", "Vietnamese", "Thai", "Romanian", "Hungarian", "Czech", "Danish", "Norwegian"))


def _unknown_word_before(text: str, toks, folded, i: int, eligible) -> bool:
    """Whether the capitalised word before token ``i`` begins the name rather than standing apart from it: no
    sentence's first word, cue, direction, title, demonym or place name itself ("Chahar" of "Chahar Dara district";
    not "Syria's", "northern", "Gov.", "Turkish")."""
    w = toks[i - 1][2]
    low = w.lower()
    if _SENT_END.search(text[max(0, toks[i - 1][0] - 3):toks[i - 1][0]]) or w.isupper():
        return False
    return not (low in _CUES_BEFORE or low in _DIRECTIONS or low in _ADMIN_PREFIX or low in _STOP
                or low in _AREA_ADJECTIVES or low.rstrip(".") in _TITLES or w in DEMONYMS or not folded[i - 1]
                or eligible(folded[i - 1]))


#: adjectives that qualify an area's name ("Greater Idlib province")
_AREA_ADJECTIVES = frozenset("greater upper lower inner outer central rural eastern western northern southern".split())


def _names_actor(text: str, toks, i: int, j: int) -> bool:
    """Whether the demonym at tokens ``i:j`` names an armed force: "Turkish warplanes", "Russian and Syrian jets",
    "Turkish-backed", "الطائرات الروسية" (who struck, not where)."""
    k = j
    if k + 1 < len(toks) and toks[k][2] in ("and", "or") and toks[k + 1][2] in DEMONYMS:
        k += 2  # "Russian and Syrian jets"
    if k < len(toks) and toks[k][2].lower() in _ACTOR_NOUNS and text[toks[k - 1][1]:toks[k][0]] in (" ", "-"):
        return True
    k = i - 1
    if k > 0 and toks[k][2] in ("الحربية", "الحربي"):
        k -= 1  # "الطائرات الحربية الروسية"
    if k >= 0 and (toks[i][2] in _EU_DEMONYMS or toks[i][2] in ("Tirk", "Tirkan")) \
            and text[toks[k][1]:toks[k + 1][0]] == " ":
        # "l'aviation russe"; Kurmanji "dronên Tirk", Turkish drones
        return re.sub(r"^[ld][’']", "", toks[k][2].lower()) in _EU_ACTOR_NOUNS
    return k >= 0 and toks[k][2] in _AR_ACTOR_NOUNS and text[toks[k][1]:toks[k + 1][0]] == " "


def _is_language(text: str, toks, i: int) -> bool:
    """Whether the demonym at token ``i`` names a language ("speaks Kurdish", "spoke only French", "Kurdish
    speakers", "in English and Spanish.") rather than a country or people."""
    low = [toks[k][2].lower() if 0 <= k < len(toks) else "" for k in range(i - 3, i + 3)]
    prev, prev2 = low[2], low[1]
    if prev in _SPEAK or (prev in _SPEAK_ADVERBS and prev2 in _SPEAK):
        return True
    if toks[i][2] not in _LANGUAGES:
        return False  # (a region's adjective: "European languages" are Europe's)
    if low[4] in _LANGUAGE_NOUNS and text[toks[i][1]:toks[i + 1][0]] in (" ", "-"):
        return True  # "Kurdish speakers", "Arabic-language", "French-speaking"
    if prev in ("and", "or") and i >= 2 and toks[i - 2][2] in _LANGUAGES:
        # the second of a pair: "in English and Spanish.", "speaks Turkish and Kurdish"
        return low[0] in _SPEAK or (low[0] == "in" and _language_pair_end(text, toks, i))
    if prev == "in":
        if _language_pair_end(text, toks, i):
            return True
        # the first of a pair: "in Arabic and Kurdish."
        return (i + 2 < len(toks) and low[4] in ("and", "or") and toks[i + 2][2] in _LANGUAGES
                and _language_pair_end(text, toks, i + 2))
    return False


def _language_pair_end(text: str, toks, i: int) -> bool:
    """Whether token ``i`` ends a phrase (punctuation or the end of the text follows)."""
    rest = text[toks[i][1]:toks[i][1] + 3].lstrip(" ")
    return not rest or rest[0] in ",.;:!?)\"”'"


def _tokens_only(s: str) -> list[str]:
    return [m.group() for m in _TOKEN_RE.finditer(s)]


@functools.lru_cache(maxsize=4)
def _lower_words(text: str) -> frozenset[str]:
    """Words written in lower case in ``text`` (not at a sentence's start); computed once per text (the last
    text's words are kept: several rules ask of the same text)."""
    global _last_lower
    last = _last_lower
    if last[0] is text:
        return last[1]
    words = frozenset(_LOWER_WORD.findall(text))
    _last_lower = (text, words)  # (one binding: safe to read from another thread)
    return words


_last_lower: tuple = (None, frozenset())


_LOWER_WORD = re.compile(r"(?=[a-z])\b(?<![.!?]\s)[a-z]{2,}\b")  # (the cheap test first)


_GERMAN_WORDS = frozenset("der und nicht mit von auf ist sind wurde wurden nach bei des dem ein eine einer zum zur gegen "
                          "im sich auch aus die das den wird werden einem einen".split())


def _german_kh(word: str) -> str:
    """A German spelling's "sch" as "sh" and its other "ch" as "kh" ("Scheich" -> "Sheikh", "Machmur" ->
    "Makhmur"; "Dschisr" keeps its "dsch", which the fold reads as j).

    >>> _german_kh("Chan Scheichun")
    'Khan Sheikhun'
    """
    w = _DE_SCH.sub(lambda m: "Sh" if m.group()[0] == "S" else "sh", word)
    return _DE_CH.sub(lambda m: "Kh" if m.group()[0] == "C" else "kh", w)


_DE_SCH = re.compile(r"(?<![dD])[sS]ch")
_DE_CH = re.compile(r"(?<![sS])[cC]h")


def _de_definite(text: str) -> bool:
    """Whether ``text`` writes a German definite article before a space (a quick test of the text)."""
    return ("die " in text or "Die " in text or "der " in text or "Der " in text or "den " in text
            or "das " in text or "dem " in text or "des " in text)


def _is_spanish(text: str) -> bool:
    """Whether ``text`` reads as Spanish: four or more of its common short words that French, Italian and
    English do not share.

    >>> _is_spanish("Las tropas avanzaron desde el norte hacia la ciudad, y los rebeldes se retiraron tras los combates.")
    True
    >>> _is_spanish("Les rebelles ont attaqué depuis le nord de la ville selon des sources locales.")
    False
    """
    return len(_SPANISH_WORDS & _lower_words(text)) >= 4


#: (in ASCII letters only: :func:`_lower_words` collects words of [a-z])
_SPANISH_WORDS = frozenset("los las tras desde hacia fueron durante cuando hasta por pero muy provincia ciudad aldea "
                           "fuerzas".split())


def _is_german(text: str) -> bool:
    """Whether ``text`` reads as German: four or more of its common short words.

    >>> _is_german("Die Armee griff im Norden der Provinz Hama an, nach Angaben von Aktivisten.")
    True
    >>> _is_german("The army said der Spiegel had it.")
    False
    """
    return len(_GERMAN_WORDS & _lower_words(text)) >= 4


def _looks_like_pronoun(text: str, toks, i: int) -> bool:
    """'US' / 'IS' in an all-caps headline is a word, not a place/organisation."""
    s = max(0, toks[i][0] - 30)
    window = text[s: toks[i][1] + 30]
    letters = [c for c in window if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.7


_MINOR_COUNTRIES = frozenset(("SY", "IQ", "TR"))
_STOP_KEYS = {fold(w) for w in _STOP}
#: Names that describe a part of any city: places only where the text is about their country.
_GENERIC_KEYS = {fold(w) for w in ("Old City", "Old Town", "New City", "New Town", "Downtown", "Uptown", "Midtown",
                                   "City Centre", "City Center", "Town Centre", "Old Quarter", "Centre", "Center",
                                   "Ciudad Vieja", "Casco Antiguo", "Vieille Ville", "Vieille-Ville", "Città Vecchia",
                                   "Centro Storico", "Altstadt", "Old Bridge", "New Bridge")}
_GIVEN_KEYS = {fold(w) for w in _GIVEN}
_COUNTRY_KEYS = {"SY": "syria", "TR": "turkey", "IQ": "iraq", "RU": "russia", "US": "united states",
                 "GB": "united kingdom", "FR": "france", "DE": "germany", "IR": "iran", "IL": "israel"}


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s$")


def _accented(s: str) -> str:
    """Lower case with its accents, hyphens as spaces: the spelling as written, accents and all."""
    import unicodedata

    return unicodedata.normalize("NFC", s).lower().replace("-", " ").strip()


def _plain(s: str) -> str:
    """Lower case without accents or apostrophes: the literal spelling, not the transliteration key."""
    import unicodedata

    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and c not in "'’`ʿʾ").lower().strip()


def _inside_proper_noun(text, toks, folded, cap, adj, masked, i, eligible) -> bool:
    """Whether token ``i`` (even a country's or a big city's name) sits mid-way in a longer capitalised name:
    capitalised words that are neither place names, titles nor function words on both sides ("the Acme Turkey
    Hotline"); not when a title follows ("Former Ohio Gov. Smith") or a neighbour could itself be a place."""
    n = len(toks)
    if not (0 < i < n - 1 and adj[i - 1] and adj[i] and cap[i - 1] and cap[i + 1]):
        return False
    if masked[i - 1] or masked[i + 1]:
        return False
    if text[toks[i - 1][1]:toks[i][0]] != " " or text[toks[i][1]:toks[i + 1][0]] != " ":
        return False
    prev, nxt = toks[i - 1][2], toks[i + 1][2]
    if _SENT_END.search(text[max(0, toks[i - 1][0] - 3):toks[i - 1][0]]):
        return False  # the first word of a sentence or a headline
    for w, f in ((prev, folded[i - 1]), (nxt, folded[i + 1])):
        lw = w.lower()
        if (not f or f in _STOP_KEYS or lw in _STOP or lw in _CUES_BEFORE or lw in _ADMIN_SUFFIX
                or lw in _ADMIN_PREFIX or lw in _DIRECTIONS or lw.rstrip(".") in _TITLES or w in DEMONYMS
                or w.isupper() or eligible(f)):
            return False
    return True
