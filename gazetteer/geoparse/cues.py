"""Words and patterns of a name's surroundings: cue words before and after it, nouns of sites, roads and
settlements, the marks of Turkish, German, Spanish and French text, and the folded keys of words that are no
place alone."""

from __future__ import annotations

import re

from ..fold import fold
from .names import _GIVEN, _STOP


#: what follows a news dateline's place: ", Syria", " (AP) —", " (dpa) -", " -"
_DATELINE_AFTER = re.compile(r",[ \t]+[A-Z0-9]|[ \t]*\([A-Za-z][\w. ]{0,30}\)|[ \t]+[—–-]{1,2}[ \t]|/[A-ZÀ-ÞİŞ]|"
                             r":[ \t]+[A-Z0-9\"“]")  # (or a monitor report's section: "RAMADI: Fighting went on")
#: a dateline's earlier places, joined by slashes: "BEIRUT/ESTAMBUL, 28 feb (EFE)"
_DATELINE_BEFORE = re.compile(r"(?:[A-ZÀ-ÞİŞ][A-ZÀ-ÞİŞ .'-]*/)*")


#: the end of a sentence: a full stop, question or exclamation mark before a space, or a line break
_SENTENCE_END = re.compile(r"[.!?؟](?=\s)|\n")


#: the weight of a reading that is a place the text names by another name
_RENAMED_W = 15.0
#: the weight of a town of 10,000 people or more listed with such towns ("Azaz, Jarablus, Ras al-Ain and Afrin")
_LISTED_TOWN_W = 20.0


_CUES_BEFORE = frozenset("""in near at from to of outside around towards toward into and or village town city hit struck
bombed targeted shelled between including on across via through captured seized took retook besieged entered
reached north south east west northeast northwest southeast southwest districts villages towns areas like
such as nearby neighbouring neighboring struck raided liberated recaptured stormed encircled opposite facing
overlooking fled fleeing
seizing capturing retaking recapturing storming entering shelling bombing striking targeting besieging reaching
liberating encircling raiding over inside throughout beyond linking connecting links connects joining past
approaching holding defending defended abandoning abandoned surrounding surrounded evacuating evacuated
li ji û yên yê navçeya navçeyên navenda parêzgeha parêzgehên bakurê başûrê rojhilatê rojavayê gundê gundên bajarê herêma nahiyeya derdora nêzî nêzîkî navbera taxa gundewarê eniya eniyên
bajarokê bajarokên bajarên bajarokan bajaran gundan gundekî bajarekî bi ser rêya heta sînorê deriyê bendava kampa ê
à vers depuis près dans et desde hacia cerca hasta y bei nach aus und nahe verso vicino presso
von zwischen stadt städte hauptstadt grenzstadt kleinstadt altstadt stadtteil viertel dorf dörfer ortschaft gemeinde
provinz lager flüchtlingslager raum gebiet gegend umgebung umland nähe richtung bezirk landkreis
ville localité ciudad localidad pueblo città villaggio
bağlı overran overrun held above below beside alongside behind ber bakurê başûrê rojhilatê rojavayê
taking take taken capture seize retake reach enter""".split())
#: (and, written in lower case only, the French, Spanish and Italian words for of, in, to, between and "and",
#: which open people's names when capitalised: "Di Maio", "De Mistura"; and their verbs of taking, striking and
#: besieging, reaching and attacking: "hanno liberato Bartella", "recuperaron Saqlawiya"; Spanish "por", through:
#: "por Dimas hasta Damasco")
_ROMANCE_CUES = frozenset("""de en a entre e ed di da tra fra par ad
por
liberato liberata ripreso ripresa conquistato conquistata colpito colpita bombardato bombardata assediato assediata
liberado liberada tomado tomada bombardeado bombardeada capturado capturada asediado asediada
recuperado recuperada atacado atacada alcanzado alcanzada
liberó liberaron tomó tomaron bombardeó bombardearon capturó capturaron asedió asediaron recuperó recuperaron
atacó atacaron alcanzó alcanzaron cercó cercaron
libéré libérée repris reprise bombardé bombardée frappé frappée assiégé assiégée atteint atteinte attaqué attaquée
raggiunto raggiunta attaccato attaccata""".split())
# (and Turkish "bağlı", attached to: "Yüksekova ilçesine bağlı Dağlıca", Dağlıca of the Yüksekova district; "overran
# Kubaisa", "rebel-held Marea"; "the hills above Rajo", Kurmanji "girên ber Mabeta", the hills by Maabatli; the
# Kurmanji compass nouns, "li bakurê Derkarê", north of Derkar; "since taking Maskana")
# (and Kurmanji: in, from, and, district, village, around, near, between, quarter, countryside, the front of …; French, Spanish,
# German and Italian prepositions and "and"; the nouns of a town, a village or a camp in German, French, Spanish and
# Italian, which German capitalises: "nahe der Stadt Zakho")
# that no English name opens with: not "de", "en", "von", "di", "da")
_CUES_AFTER = frozenset("""village town city area areas countryside district province region and or near in
outskirts suburb suburbs massacre massacres bombing bombings siege offensive battle front frontline frontlines
checkpoint crossing gate border airstrike airstrikes clashes facility base camp prison hospital airport airbase
barracks dam bridge
road highway refinery line neighbourhood neighborhood quarter axis pocket corridor junction hill hills heights ridge
et y und""".split())  # (and "and" in French, Spanish and German)
# (an event or a site at the place: "the Tremseh massacre", "the Marea line", "the Mashtal neighbourhood", "its
# Mürşitpınar border gate")


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
#: garden, army, Wednesday, Thursday, children ("Ordu birlikleri", the army's units; "Çarşamba günü", on Wednesday;
#: "Çocuklar korkuyor", the children are afraid)
_TR_WORDS = frozenset("""iki hem ama eğer ise orta güney kuzey pazar aralık kasaba kilise kale köprü tepe bina göre kum
bahçe ordu çarşamba perşembe cuma salı pazartesi cumartesi sınır çocuklar""".split())
#: common Turkish words written in ASCII: two of them in a text make it Turkish prose, not a text naming a Turk
_TR_FUNCTION_WORDS = frozenset("ve bir ile bu olarak olan sonra kadar gibi daha veya ise icin yeni son".split())
#: a lower-case word with a letter Turkish writes (ı, ğ, ş, ç): "düştü", "geçirildi" (a name such as "Işık" is
#: capitalised)
_TR_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-zöüâîû]*[ığşç][a-zçğıöşüâîû]*(?![^\W\d_])")
_TR_CAPS = frozenset("ABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ")
#: the Turkish locative and ablative endings, which a proper name takes after an apostrophe ("Halep'te", "Şam'dan")
_TR_PLACE_CASE = ("da", "de", "ta", "te", "dan", "den", "tan", "ten")
_TR_MONTHS = frozenset("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık".split())
#: Turkish weekdays, and the parts of a day that follow one ("Çarşamba sabahı", on Wednesday morning)
_TR_WEEKDAYS = frozenset("pazartesi salı çarşamba perşembe cuma cumartesi pazar".split())
_TR_DAY_PARTS = ("sabah", "öğle", "akşam", "gece", "gün", "günü")

#: Turkish case endings written after a proper name's apostrophe ("Hatay'ın", "Osmaniye'de", "Suriye'den"; and
#: "-li", of: "ABD'li", American); in a plain-ASCII word only those opening with a consonant (an Arabic name's "'a",
#: "'i", "'un" is an ayn or hamza), unless the text is Turkish ("Afrin'e").
_TURKISH_SUFFIX = re.compile(r"['’](?:n?[ıiuü]n|n?[dt][ae]n?|n?[dt][ae]ki|n?[dt][ae]y(?:d[ıiuü]|m[ıiuü]ş)|[yn]?[ae]|"
                             r"[yn]?[ıiuü]|yl[ae]|l[ae]|l[ıiuü])$")
# (and the copula after the locative: "Ankara'daydı", was in Ankara; "Halep'teymiş")
_SUBDISTRICT_WORDS = frozenset(("sub", "subdistrict", "nahiya", "nahia", "nahiyah", "nahiyeh"))


#: words beside "M4" or "M5" that make it a rifle, a tank, a car or a motorway abroad, not Syria's highway
_NOT_THE_ROAD = re.compile(r"(?i)\b(?:rifles?|carbines?|sherman|tanks?|guns?|assault|colt|bmw|coupe|sedan|"
                           r"london|bristol|cardiff|wales|england|birmingham|exeter|gewehr|fusil|fucile|"
                           r"tüfe[gk]|винтовк)")
#: a text in French: its articles and prepositions, as words
_FRENCH_QUICK = re.compile(r" (?:les|des|du|dans|une|avec|selon|après) ")
#: words that mark a text as French, Spanish or Italian (not English: "first-place Calgary")
_ROMANCE_QUICK = re.compile(r" (?:les|des|du|dans|une|avec|el|los|las|del|una|della|degli|nella|alla|sono|gli) ")
#: the nouns of a road after its two towns' names ("the Damascus–Aleppo highway"), and Arabic's before them
_ROAD_NOUNS = frozenset("highway road motorway expressway autoroute autopista autostrada autobahn".split())
_AR_ROAD_NOUNS = frozenset("طريق الطريق أوتوستراد اوتوستراد".split())
#: the nouns of a town's quarter
_QUARTER_NOUNS = frozenset("quarter quarters neighbourhood neighbourhoods neighborhood neighborhoods".split())
_SITE_NOUNS = frozenset("""neighbourhood neighbourhoods neighborhood neighborhoods district districts quarter quarters
mosque minaret base camp prison hospital airport square street university market roundabout bridge stadium church
school barracks compound palace shrine tomb mausoleum temple castle monastery""".split())


_AYN_MARKS = "'`ʿ‘’"


#: Turkish nouns of place after a name, in any case: direction, vicinity, surroundings, countryside, centre, the
#: points of the compass, border, city ("Raco yönünde", "Afrin kırsalında", "Azez kentine")
_TR_CUES_AFTER = ("yönün", "yakınlar", "yakının", "çevres", "kırsal", "civar", "merkez", "kuzey", "güney", "doğus",
                  "batıs", "sınır", "kent", "şehr", "üzerinden", "tepeler", "askeri", "kamp")  # (not "bölgesi",
# region: "Zap bölgesi" is no hamlet Zap; "üzerinden", by way of: "Mürşitpınar üzerinden"; the hills, military (camp),
# camp of: "Bludan tepelerinden", "Mastuma askeri kampının")
#: Turkish nouns for a settlement or a division, which take case endings: "beldesi", "köylerini", "ilçesine"
_TR_SETTLEMENT_NOUNS = ("belde", "köy", "ilçe", "kasaba", "mahalle", "nahiye")
#: a Turkish case ending written after a name's apostrophe, of place (in, at, to, from): "'deki", "'ya", "'dan"
_TR_CASE_AFTER = re.compile(r"['’](?:[dt][ae](?:ki|n)?|[yn]?[ae])\b")
#: Turkish nouns that follow a place's name, capitalised, in the name of a site there: "Cilvegözü Sınır Kapısı"
#: (border gate), "Öncüpınar Gümrük Kapısı", "Tişrin Barajı", "İncirlik Üssü", "Atme Kampı", "İskenderun Limanı";
#: hills, valley, river, mountain(s), lake, plain, stream: "Golan Tepeleri", "Bekaa Vadisi", "Sincar Dağı"; and the
#: adjectives and nouns that open a site's: military, air ("Taftanaz Askerî Havaalanı", "Kuveyris Hava Üssü")
_TR_FEATURE_NOUNS = ("sınır", "gümrük", "kapısı", "barajı", "havalimanı", "havaalanı", "üssü", "köprüsü", "kampı",
                     "kampları", "limanı", "tepe", "vadi", "nehr", "dağı", "dağları", "gölü", "ovası", "çayı",
                     "askeri", "askerî", "hava")


_REGION_NOUN_WORDS = ("region", "area", "bölge", "Bölge")  # (substrings: "regional", "bölgesinde")


#: Arabic nouns of a square, a street, a bridge or a roundabout, before its name ("ساحة التحرير")
#: (and Sorani's street and square with the ezafe: "شەقامی سالم", Salim Street)
_AR_STREET_NOUNS = frozenset("ساحة شارع جسر دوار ميدان حارة شەقامی گۆڕەپانی".split())
_AR_QUARTER_NOUNS = frozenset(("حي", "حيي"))  # (and the two quarters of: "حيي الجورة والقصور"; not "أحياء
# الخيام", Khiam's quarters: the town)
_AR_SETTLEMENT_NOUNS = frozenset("حي مدينة بلدة قرية مخيم ناحية أحياء بلدات قرى مدن مدينتي بلدتي قريتي".split())
#: the singular ones ("مدن الساحل", the coast's cities, names no town)
_AR_SETTLEMENT_NOUN = frozenset("حي مدينة بلدة قرية مخيم ناحية".split())


#: Words that mark a text about Syria, Iraq or Turkey (Latin ones as whole words; Kurmanji, French, German, Spanish,
#: Italian and Turkish ones too, and those languages' adjectives: "syrische", "irakienne", "turco")
_CONTEXT_WORDS = {
    "SY": ("Syria Syrian Syrians Assad Ahrar Nusra Suqour Jaish Jabhat Daesh ISIS ISIL Alawite YPG SDF Damascus Aleppo "
           "Idlib Idleb Latakia Ghouta Homs Hama Raqqa Raqqah Hasakah Daraa Deraa Sûriye Sûriyê Rojava Efrîn Efrînê "
           "Qamişlo Kobanê Syrie Syrien Syriens Suriye Alep Afrin Kobani Manbij Qamishli İdlib Halep Lazkiye Rakka Deyrizor "
           "Haseke Siria Damasco Alepo Damaskus Ghuta Syrische Syrischen Syrischer",
           "Islamic State",
           "سوريا سورية السوري دمشق حلب إدلب ادلب حمص حماة اللاذقية درعا الرقة الأسد داعش النصرة الغوطة"),
    "IQ": ("Iraq Iraqi Iraqis Peshmerga Baghdad Mosul Kurdistan Abadi Maliki Anbar Îraq Iraqê Îraqê Hewlêr Irak Iraks Bagdad "
           "Mossoul Mossul Irakische Irakischen", "",
           "العراق العراقي بغداد الموصل الأنبار الانبار أربيل البشمركة"),
    "TR": ("Turkey Turkish Turks Erdogan Erdoğan PKK Ankara Istanbul İstanbul Davutoglu Tirkiye Tirkiyê Turquie Türkei "
           "Türkiye Turquía Turchia Türkische Türkischen", "",
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


#: the adjectives of the three countries in German, French, Spanish and Italian, written in lower case ("die syrische
#: Armee", "l'armée syrienne"): found among a text's lower-case words, not by a scan (a scan for words that open with
#: common lower-case letters costs several times one for capitalised names)
_CONTEXT_LOWER = {
    "SY": frozenset("""syrische syrischen syrischer syrien syrienne syriens syriennes sirio siria sirios sirias siriano
siriana siriani siriane""".split()),
    "IQ": frozenset("""irakische irakischen irakischer irakien irakienne irakiens iraquí iraquíes iracheno irachena
iracheni""".split()),
    "TR": frozenset("türkische türkischen türkischer turque turques turco turca turcos turchi".split()),
}
_ANY_CONTEXT_LOWER = frozenset().union(*_CONTEXT_LOWER.values())
#: any of them, for one scan of a text that names none (most)
_ANY_CONTEXT_LITERAL = re.compile("|".join(sorted({p for rx in _CONTEXT_LITERALS.values() for p in rx.pattern.split("|")},
                                                  key=len, reverse=True)))


#: a people named after a place and before an area's noun describes the place ("the Bayirbucak Turkmen region",
#: "Bayırbucak Türkmen bölgesi"), it does not continue its name
_PEOPLES = frozenset("turkmen türkmen kurdish kürt arab assyrian yazidi ezidi druze alawite".split())
_AREA_WORDS = ("region", "area", "villages", "mountain", "district", "enclave", "bölge", "köy", "dağ")


_HYPHENS = ("-", "–")


_STOP_NEXT_OK = frozenset(("and", "or"))
#: prepositions of place, before which a province's or a country's name is the place, a person of that surname
#: named in the text though there be ("Ahmet Hatay ... in Hatay")
_PLACE_PREPOSITIONS = frozenset("in near at from into across around outside inside en à dans nach bei aus "
                                 "towards toward via neighbouring neighboring nearby".split())
#: French, Spanish and Italian prepositions of place, as written (lower case)
_ROMANCE_PLACE_PREPOSITIONS = frozenset(
    "en dans à vers près a ad in da desde hacia cerca sur nel nella presso verso".split())
_CITY_NOUNS_BEFORE_OF = frozenset("city town province ciudad ville città provincia ciudades villes".split())
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


#: adjectives that qualify an area's name ("Greater Idlib province")
_AREA_ADJECTIVES = frozenset("greater upper lower inner outer central rural eastern western northern southern".split())


_LOWER_WORD = re.compile(r"(?=[a-z])\b(?<![.!?]\s)[a-z]{2,}\b")  # (the cheap test first)


_GERMAN_WORDS = frozenset("der und nicht mit von auf ist sind wurde wurden nach bei des dem ein eine einer zum zur gegen "
                          "im sich auch aus die das den wird werden einem einen".split())


_DE_SCH = re.compile(r"(?<![dD])[sS]ch")
_DE_CH = re.compile(r"(?<![sS])[cC]h")


#: (in ASCII letters only: :func:`_lower_words` collects words of [a-z])
_SPANISH_WORDS = frozenset("los las tras desde hacia fueron durante cuando hasta por pero muy provincia ciudad aldea "
                           "fuerzas mientras aunque gobierno fue semana muertos heridos frontera ayer miles cerca "
                           "donde".split())  # (unaccented words only: the text's lower-case words are ASCII ones)


_MINOR_COUNTRIES = frozenset(("SY", "IQ", "TR"))
_STOP_KEYS = {fold(w) for w in _STOP}
#: Names that describe a part of any city: places only where the text is about their country.
_GENERIC_KEYS = {fold(w) for w in ("Old City", "Old Town", "New City", "New Town", "Downtown", "Uptown", "Midtown",
                                   "City Centre", "City Center", "Town Centre", "Old Quarter", "Centre", "Center", "Centro",
                                   "Ciudad Vieja", "Casco Antiguo", "Vieille Ville", "Vieille-Ville", "Città Vecchia",
                                   "Centro Storico", "Altstadt", "Old Bridge", "New Bridge", "Citadel",
                                   "المدينة القديمة")}
#: The generic names of a city's old town in the languages reporting uses: each is read as the town's "Old City"
#: where the data names none of them.
_OLD_CITY_KEYS = {fold(w) for w in ("Old City", "Old Town", "Ciudad Vieja", "Casco Antiguo", "Vieille Ville",
                                    "Vieille-Ville", "Città Vecchia", "Centro Storico", "Altstadt", "المدينة القديمة")}
_OLD_CITY_KEY = fold("Old City")
_GIVEN_KEYS = {fold(w) for w in _GIVEN}
_COUNTRY_KEYS = {"SY": "syria", "TR": "turkey", "IQ": "iraq", "RU": "russia", "US": "united states",
                 "GB": "united kingdom", "FR": "france", "DE": "germany", "IR": "iran", "IL": "israel"}


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s$")
#: "by" after a word, or after an adverb that follows it: "Hit by shelling", "Hit repeatedly by rockets"
_BY_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?by\b")
