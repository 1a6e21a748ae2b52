"""Demonyms: adjectives and nouns of nationality in English, Arabic, French, Spanish, Italian, German
and Turkish, and the nouns of armed forces that make a demonym name who struck."""

from __future__ import annotations

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
    "SY": "Sûrî", "IQ": "Îraqî Iraqî", "IR": "Îranî Iranî", "US": "Amerîkî Emerîkî", "RU": "Rûsî",
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
                 "ABD": "US", "DYA": "US", "EEUU": "US", "EE.UU.": "US"}
# (Turkish: Amerika Birleşik Devletleri; Kurmanji: Dewletên Yekbûyî yên Amerîkayê; Spanish: Estados Unidos)
