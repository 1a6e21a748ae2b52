"""Geoparsing Arabic text: proclitics, cue words, organisations and people, common nouns that name a place
somewhere. Texts written for these tests."""

from __future__ import annotations

from gz_fixtures import check_mentions, fresh_gz, gz, join_words, surfaces  # noqa: F401  (pytest fixtures)

import pytest


def test_arabic_script(gz):
    text = "قصفت الطائرات مدينة حلب وريف إدلب"
    ms = gz.geoparse(text)
    assert any(m.place.name == "Aleppo" for m in ms), ms
    for m in ms:
        assert text[m.start:m.end] == m.surface


def test_pieces_of_longer_arabic_names_are_not_places(gz):
    text = "Shells hit Hosh al-Fara, Qubtan al-Jabal and Bab al-Nairab, Syrian activists said."
    s = [m.surface for m in gz.geoparse(text) if m.kind == "place"]
    assert not any(x.startswith("al-") or x == "Bab" for x in s), s
    # a whole name with its article still stands, after a cue word or a conjunction
    ok = gz.geoparse("Rebels took al-Bab and al-Rastan in Syria; Jisr al-Shughour fell.")
    assert [m.surface for m in ok if m.kind == "place"][:3] == ["al-Bab", "al-Rastan", "Syria"]


def test_arabic_reporting(gz):
    # written for this test: strikes on villages of Homs, Hama and Idlib, in Arabic
    text = ("قصفت طائرات روسية بلدة تلبيسة والرستن في ريف حمص، واستهدفت اللطامنة وكفرزيتا في ريف حماة، "
            "وقال ناشطون إن قذائف سقطت على الفوعة وكفريا في إدلب، وفي مدينة سراقب.")
    ms = gz.geoparse(text)
    by = {m.surface: m for m in ms}
    for surface, name in [("تلبيسة", "Talbiseh"), ("الرستن", "Al-Rastan"), ("اللطامنة", "Al Lataminah"),
                          ("كفرزيتا", "Kafr Zita"), ("الفوعة", "Al Fu`ah"), ("كفريا", "Kafraya"),
                          ("سراقب", "Saraqib")]:
        assert by[surface].place.name == name and by[surface].place.country == "SY", (surface, ms)
        assert text[by[surface].start:by[surface].end] == surface  # the conjunction "و" stays outside
    assert by["ريف حماة"].place.kind == "admin1"
    assert by["روسية"].kind == "demonym" and by["روسية"].place.country == "RU"
    assert "مدينة" not in by  # "city", not Medina


@pytest.mark.parametrize("text, expected", [
    ("An Alexandria man was hurt in the crash.", ["Alexandria"]),
    ("At Raqqa the shelling went on; As Turkey watched, Homs burned.", ["Raqqa", "Turkey", "Homs"]),
    ("Fighting in An Nasiriyah and As Suwayda and Ar Raqqah.", ["An Nasiriyah", "As Suwayda", "Ar Raqqah"]),
])
def test_english_words_that_fold_like_an_arabic_article(gz, text, expected):
    # the article assimilates only to its own sun letter: an-N, as-S, at-T, ar-R
    assert surfaces(gz.geoparse(text)) == expected


def test_arabic_word_that_only_looks_like_a_conjunction_and_a_name(gz):
    # "وزارة" (ministry) is not "و" (and) + Az Zarah, a village in Hama
    ms = gz.geoparse("قالت وزارة الدفاع الروسية إن طائراتها قصفت مواقع في الرقة.")
    assert [m.place.name for m in ms if m.kind != "demonym"] == ["Ar Raqqah"]
    ms = gz.geoparse("وشنت المقاتلات التركية غارات على جبال قنديل في العراق.")
    assert "Qandil Mountains" in [m.place.name for m in ms]


def test_arabic_names_of_countries_and_cities_abroad(gz):
    text = ("قالت روسيا إن طائراتها قصفت مواقع في سوريا، فيما نددت إيران ولبنان بالغارات. "
            "وعُقدت جولة محادثات في جنيف وأخرى في موسكو، ووصل لاجئون إلى عمان.")
    assert [(m.surface, m.place.country) for m in gz.geoparse(text)] == [
        ("روسيا", "RU"), ("سوريا", "SY"), ("إيران", "IR"), ("لبنان", "LB"), ("جنيف", "CH"), ("موسكو", "RU"),
        ("عمان", "JO")]


def test_arabic_name_shared_by_a_country_and_its_capital_is_the_country(gz):
    # "الجزائر" names Algeria and Algiers: among states, and as a minister's country, it is the state
    text = "أرسلت قطر والجزائر وتونس قوافل إغاثة إلى حلب، وزار وزير خارجية الجزائر مدينة اللاذقية."
    assert [(m.surface, m.place.name) for m in gz.geoparse(text)] == [
        ("قطر", "Qatar"), ("الجزائر", "Algeria"), ("تونس", "Tunisia"), ("حلب", "Aleppo"), ("الجزائر", "Algeria"),
        ("اللاذقية", "Latakia")]


def test_arabic_common_words_are_not_towns_abroad(gz):
    # "الدولي" (international) and "الأشهر" (the months) are Arabic names of small Turkish towns in the data
    text = "قال مسؤول كردي في القامشلي إن التحالف الدولي نفذ غارات على هجين خلال الأشهر الماضية."
    assert [m.place.name for m in gz.geoparse(text)] == ["Kurdistan", "Al-Qamishli", "Hajin"]   # "كردي": Kurdish


def test_arabic_direction_adjective_after_a_countryside_is_no_village(gz):
    ms = gz.geoparse("وأفادت مصادر محلية بسقوط قتلى في ريف دير الزور الشرقي.")
    assert [(m.surface, m.place.kind) for m in ms] == [("ريف دير الزور الشرقي", "admin1")]


def test_arabic_kafr_written_onto_the_name_and_common_nouns(gz):
    text = "قصفت الطائرات كفرسجنة والهبيط، وقال مسؤول في الإدارة الذاتية في منبج إن الأوضاع صعبة."
    assert [m.place.name for m in gz.geoparse(text)] == ["Kafr Sajnah", "Al Habit", "Manbij"]


@pytest.mark.parametrize("word", ["الخبر", "الخليج", "الثورة", "العين", "الجديدة"])
def test_arabic_common_words_that_name_cities_need_a_place_context(gz, word):
    # the news, the Gulf, the revolution, the eye, the new: Khobar, Tabqa's official name, Al Ain, El Jadida
    assert gz.geoparse(f"قال المسؤول إن {word} كان موضوع النقاش في الاجتماع.") == []


def test_arabic_city_name_after_a_preposition(gz):
    ms = gz.geoparse("وصل الوفد إلى العين ثم إلى جنيف.")
    assert [m.place.country for m in ms] == ["AE", "CH"]


def test_arabic_three_letter_name_after_a_settlement_noun(gz):
    ms = gz.geoparse("وسقطت شظايا في حي المزة وكفرسوسة في دمشق.")
    assert [m.place.name for m in ms] == ["Mezze", "Kafr Sousa", "Damascus"]
    # a three-letter noun with its article after "in" is no village: "في الجسر" is "on the bridge"
    assert [m.surface for m in gz.geoparse("قال ناشطون في سوريا إن القصف استمر في الجسر أمس.")] == ["سوريا"]


def test_arabic_bearing_from_the_next_place(gz):
    # two villages called al-Arbaeen: the one 31 km from Hama, not the one in the Idlib countryside named before
    text = "استعاد الجيش بلدات الهبيط وكفرسجنة في ريف إدلب الجنوبي، وقرية الأربعين شمال حماة."
    by = {m.surface: m.place for m in gz.geoparse(text)}
    assert by["الأربعين"].admin1 == "Hama"


def test_arabic_common_word_al_alam_and_a_city_abroad(gz):
    # "العلم" (the flag) is al-Alam, the Iraqi town, only after a settlement's noun
    assert gz.geoparse("رفع المحتجون العلم في ساحة المدينة.") == []
    ms = gz.geoparse("سيطر الجيش العراقي على ناحية العلم شرق تكريت.")
    assert [m.place.name for m in ms][1:] == ["Al 'Alam", "Tikrit"]
    # the Arabic name of a city abroad of 500,000 is no Arabic word: "led by Washington"
    ms = gz.geoparse("قال التحالف بقيادة واشنطن إن الغارات استهدفت مواقع في الرقة.")
    assert [m.place.name for m in ms] == ["Washington", "Ar Raqqah"]


@pytest.mark.parametrize("text, places", [
    ("قالت قوات سوريا الديمقراطية إن مقاتليها صدوا هجوما قرب الشدادي.", ["Ash Shaddadah"]),
    ("سيطرت هيئة تحرير الشام على سراقب بعد معارك مع وفيلق الشام.", ["Saraqib"]),
    ("تبنى تنظيم الدولة الإسلامية في العراق والشام هجوما على حاجز في الرقة.", ["Ar Raqqah"]),
    ("وقال المرصد السوري لحقوق الإنسان إن طائرات قصفت كفرنبل.", ["Kafr Nabl"]),
    # an operation's name: the Euphrates of "Euphrates Shield" is no river there
    ("انتشرت فصائل درع الفرات قرب جرابلس.", ["Jarabulus"]),
    ("عبرت القوات نهر الفرات قرب الرقة.", ["Euphrates", "Ar Raqqah"]),
])
def test_arabic_organisation_names_hold_no_places(gz, text, places):
    # as in English: the Syria of the SDF's name, the Sham of Hayat Tahrir al-Sham and the Iraq of the Islamic
    # State's are no places (nor is the Syrian of the Observatory's a demonym)
    assert [m.place.name for m in gz.geoparse(text)] == places


@pytest.mark.parametrize("text, places", [
    ("اندلعت اشتباكات عنيفة في حلب في شباط الماضي.", ["Aleppo"]),
    ("شنت القوات حملة واسعة على ريف إدلب في آب وتشرين الأول.", ["Idlib"]),
    ("عاد آلاف النازحين إلى معرة النعمان في آذار.", ["Maarrat al-Nu'man"]),
    # nouns of strike reports: an air strike, a school, an island (of Samarra)
    ("قتل قيادي بضربة جوية في وادي حوران غربي الأنبار.", ["Wadi Hauran", "Western Al-Anbar"]),
    ("سقطت قذيفة على مدرسة في جزيرة سامراء.", ["Samarra"]),
])
def test_arabic_months_and_adjectives_are_no_villages(gz, text, places):
    # "آب" (August) is not Ibb, "شباط" (February) no Shubat, "عنيفة" (violent) no 'Anifah
    assert [m.place.name for m in gz.geoparse(text)] == places


@pytest.mark.parametrize("text, expected", [
    ("قصفت المدفعية الكردية قرية قرب عفرين.", [("الكردية", "Kurdistan", "demonym"), ("عفرين", "Afrin", "place")]),
    ("قال مسؤول إسرائيلي إن الغارة استهدفت مطار دمشق.", [("إسرائيلي", "Israel", "demonym"),
                                                         ("مطار دمشق", "Damascus International Airport", "place")]),
])
def test_arabic_kurdish_and_israeli_demonyms(gz, text, expected):
    # "الكردية" (Kurdish) is the Kurds' region as "Kurdish" is, not the village al-Kurdiyah
    assert [(m.surface, m.place.name, m.kind) for m in gz.geoparse(text)] == expected


def test_arabic_factories_are_no_village(gz):
    got = [m.place.name for m in gz.geoparse("انسحبت قوات النظام من معامل الدفاع في السفيرة ومن مطار النيرب العسكري.")]
    assert got == ["Al-Safira", "Aleppo International Airport"]


def test_arabic_demonyms_of_the_neighbours(gz):
    got = [(m.surface, m.kind, m.place.country) for m in gz.geoparse("ونزح سكان من القصير إلى عرسال اللبنانية.")]
    assert got == [("القصير", "place", "SY"), ("عرسال", "place", "LB"), ("اللبنانية", "demonym", "LB")]
    got = [(m.kind, m.place.country) for m in gz.geoparse("صرح وزير الخارجية المصري في القاهرة.")]
    assert got == [("demonym", "EG"), ("place", "EG")]


@pytest.mark.parametrize("text, expected", [
    # after a place, "و" is "and" even where the word with it names a town too (Oujda, وجدة)
    ("زار الوزير الرياض وجدة الأسبوع الماضي.", ["Riyadh", "Jeddah"]),
    ("وصل اللاجئون إلى مدينة وجدة المغربية.", ["Oujda"]),
    # "وأن", and that, is not Van (وان)
    ("ضربت الطائرات تلمنس وأن الجيش تقدم في ريف إدلب.", ["Tallmannis", "Idlib"]),
])
def test_arabic_and_after_a_place(gz, text, expected):
    assert [m.place.name for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("قاتل فصيل جيش خالد بن الوليد في ريف درعا.", ["Daraa"]),         # son of: no Baneh
    ("وكان زعيم التنظيم أبو بكر البغدادي قد ظهر في الموصل.", ["Mosul"]),  # a leader, not a village
    ("اتفق الطرفان على فتح المعبر لمدة ثلاثة أشهر في حلب.", ["Aleppo"]),  # months, not Alaşehir
    # "باب" (a gate) alone is no town: al-Bab is "الباب"
    ("دخل المقاتلون باب النصر في الموصل. وقصفت الطائرات مدينة الباب.", ["Mosul", "al-Bab"]),
    ("وفي لبنان، يخشى مسؤولون في بعلبك والهرمل من موجة لجوء جديدة.", ["Lebanon", "Baalbek", "El Hermel"]),
])
def test_arabic_words_and_names(gz, text, expected):
    assert [m.place.name for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال مركز الموصل للدراسات إن الخدمات عادت إلى تلعفر في نينوى.", ["Tal Afar", "Nineveh"]),
    ("نشر مركز الغوطة الإعلامي صوراً من دوما في ريف دمشق.", ["Douma", "Rif Dimashq"]),
    ("قال عمر الزبداني إن القصف توقف في ريف دمشق.", ["Rif Dimashq"]),
    ("قال أبو جاسم الحوراني إن درعا صمدت.", ["Daraa"]),
    # not a name's adjective: the eastern countryside of Jasim
    ("قصفت الطائرات ريف جاسم الشرقي في درعا.", ["Jasim", "Daraa"]),
    ("Житель Джобара Самер Халаби рассказал о боях.", ["Jobar"]),
])
def test_arabic_organisations_and_people_named_for_places(gz, text, expected):
    assert [m.place.name for m in gz.geoparse(text)] == expected


def test_a_town_in_arabic_by_its_own_arabic_name(gz):
    text = ("سيطرت الفصائل على حلب ثم حماة. ومن حماة واصلت الفصائل زحفها عبر الرستن وتلبيسة لتصل إلى حمص، فيما "
            "انسحبت قوات حزب الله من القصير قرب الحدود اللبنانية.")
    got = {m.surface: m.place.id for m in gz.geoparse(text)}
    assert got["القصير"] == "wof:421178435"


@pytest.mark.parametrize("text, expected", [
    ("توصل الرئيسان التركي والروسي في سوتشي إلى تفاهم.", ["Turkey", "Russia", "Sochi"]),
    ("22 Ekim'de Soçi'de Türkiye ile Rusya arasında muhtıra imzalandı.", ["Sochi", "Turkey", "Russia"]),
    ("Rus askeri polisi ve Suriyeli sınır muhafızları Kobani'ye girdi.", ["Russia", "Syria", "'Ayn al 'Arab"]),
    ("Sham Darwish, a nurse in Idlib, said the clinic closed.", ["Idlib"]),
])
def test_turkish_and_arabic_demonyms_and_sochi(gz, text, expected):
    assert [m.place.name for m in gz.geoparse(text)] == expected


def test_arabic_company_and_command_names(gz):
    got = [m.place.name for m in gz.geoparse("قالت قيادة عمليات بغداد إن شركة نفط البصرة استأنفت الإنتاج.")]
    assert "Baghdad" not in got and "Basra" not in got


@pytest.mark.parametrize("text, expected", [
    # an Arab town's Arabic name is its own, after a settlement's noun or in a text about its country
    ("شنت طائرات التحالف غارات على مدينة مأرب.", ["Ma'rib"]),
    ("غارات على جنين وطولكرم في الضفة الغربية.", ["Janīn", "Ţūlkarm", "West Bank"]),
    ("غارات على بيت لاهيا وبيت حانون.", ["Bayt Lāhyā", "Bayt Ḩānūn"]),
    ("قصفت الطائرات قطاع غزة.", ["Gaza Strip"]),
    # but common words stay words: the coast's towns, a ceasefire, the number of martyrs, its team
    ("وشهدت مدن الساحل اشتباكات، ودعت القاهرة إلى وقف فوري للتصعيد.", ["Cairo"]),
    ("وقالت الوزارة في القاهرة إن عدد الشهداء ارتفع.", ["Cairo"]),
    ("وذكر الدفاع المدني أن فرقه أجلت الجرحى من بلدة سراقب.", ["Saraqib"]),
    ("تعاملت الفرق مع أكثر من أربعين هجوماً، وقصفت قرية الأربعين شمال حماة.", ["Al Arba`in", "Hama"]),
])
def test_arab_towns_and_arabic_words(gz, text, expected):
    assert [m.place.name for m in gz.geoparse(text)] == expected


def test_arabic_adjectives_of_more_countries(gz):
    text = "قال مسؤولون فلسطينيون إن القوات اليمنية والقطرية شاركت، وأعلنت الخارجية الإيطالية والصينية موقفها."
    assert [(m.surface, m.kind, m.place.country) for m in gz.geoparse(text)] == [
        ("فلسطينيون", "demonym", "PS"), ("اليمنية", "demonym", "YE"), ("القطرية", "demonym", "QA"),
        ("الإيطالية", "demonym", "IT"), ("الصينية", "demonym", "CN")]


@pytest.mark.parametrize("text, expected", [
    # a given name and a surname like a place's adjective, with or without its article, is a person
    ("قتل قاسم سليماني قرب مطار بغداد.", ["بغداد"]),
    # common words: the religious authority, the pocket, big; "مسقط رأسه", his birthplace
    ("وقالت المرجعية في النجف إن الجيب الأخير في هجين سقط بعد معركة كبيرة.", ["النجف", "هجين"]),
    ("وولد في مسقط رأسه بالموصل.", ["الموصل"]),
    ("وصل الوفد إلى مسقط عاصمة سلطنة عمان.", ["مسقط", "سلطنة عمان"]),
])
def test_arabic_people_and_words(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an axis or a crossing is a cue: "محور السخنة" (the Sukhnah axis), "معبر فيشخابور"
    ("تقدم الجيش على محور السخنة – دير الزور في سوريا.", ["السخنة", "دير الزور", "سوريا"]),
    # a quarter's noun: the quarter of a town the text names, not the Golan Heights (Fallujah's Jolan quarter)
    ("دخلت القوات مدينة الفلوجة وبلغت حي الجولان في الطرف الشمالي الغربي من المدينة.", ["الفلوجة", "حي الجولان"]),
    # the tents, the siege and the police are words; the town of Khiam is a town
    ("يعانون نقصاً في المياه والخيام بعد الحصار، وانتشرت الشرطة في الأنبار.", ["الأنبار"]),
    ("قصفت إسرائيل بلدة الخيام في جنوب لبنان.", ["إسرائيل", "الخيام", "جنوب لبنان"]),
    # "بلدة كبيرة" is a big town
    ("سيطرت القوات على الباغوز، آخر بلدة كبيرة بيد التنظيم شرق الفرات في سوريا.", ["الباغوز", "شرق الفرات", "سوريا"]),
])
def test_arabic_cues_quarters_and_words(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an armed group, a body or an operation named after its Arabic head noun is no place
    ("بمشاركة مقاتلي لواء القدس في دير الزور.", ["دير الزور"]),
    ("وقال فريق «منسقو استجابة سوريا» إن عدد النازحين في إدلب تجاوز المليون.", ["إدلب"]),
    ("أطلقت تركيا عملية نبع السلام في رأس العين.", ["تركيا", "رأس العين"]),
    # a satellite channel named after its town
    ("وبثت قناة الفلوجة الفضائية صوراً من الرمادي.", ["الرمادي"]),
    # (the demonym after the name still says whose it is)
    ("قُتل قائد فيلق القدس الإيراني في بغداد.", ["الإيراني", "بغداد"]),
])
def test_arabic_groups_and_channels(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, absent", [
    # Arabic: the chargé d'affaires is no al-Qaim; "عبد" opens a person's name; a kunya and a people's adjective with
    # "و" written onto it; a newspaper; common words
    ("وقال القائم بالأعمال الأمريكي في بغداد إن عبد الغني الأسدي وأبو حفص المصري غادرا الفلوجة.",
     {"القائم", "عبد الغني", "المصري"}),
    ("ونقلت صحيفة نيويورك تايمز خبرا عاجلا عن خبراء في الرمادي.", {"نيويورك تايمز", "نيويورك", "خبراء"}),
    # English: a presidency and a news channel in Kurmanji, joined to its number
    ("The Kurdistan Region Presidency in Erbil said talks with Baghdad would resume.", {"Kurdistan Region"}),
    ("Kanala Kurdistan24 ji Qamişlo weşana zindî kir û li Hesekê jî du kes birîndar bûn.", {"Kurdistan24", "Kurdistan"}),
])
def test_offices_outlets_and_arabic_words(gz, text, absent):
    found = {m.surface for m in gz.geoparse(text) if m.place is not None}
    assert found and not found & absent, found


@pytest.mark.parametrize("text, absent", [
    # Arabic: days of the week, prepositions and particles with a pronoun, adjectives; a word after a title; "pictures"
    # without a cue of place; two given names, and a given name with its family's
    ("أعلن الجيش مساء الخميس سيطرته على حي الكلاسة في حلب، وقال بدوره إن المعارك حول المدينة انتهت.",
     {"الخميس", "بدوره", "حول"}),
    ("ورفع السكان في حلب صور الرئيس بشار الأسد، ووصف الوزير محمد جواد ظريف ما جرى بأنه انتصار.",
     {"صور", "بشار", "بشار الأسد", "محمد جواد", "بأنه"}),
    ("وقال الشيخ سعيد إن القاضي عسكر غادر درعا.", {"سعيد", "عسكر"}),
    # Spanish, Italian and German words that open sentences or follow an article
    ("Pero la frontera con Grecia sigue cerrada, dicen en Idomeni.", {"Pero"}),
    ("Una missione archeologica è tornata a Nimrud, in Iraq.", {"Una"}),
    ("Die meisten kamen aus Aleppo. In Kilis, direkt an der Grenze, leben heute viele Syrer.", {"Grenze"}),
    # organisations named after a country or a region
    ("Fighters of Al-Qaeda in Iraq attacked the Sons of Iraq near Ramadi.", {"Iraq"}),
    ("A spokesperson for the Kurdish Red Crescent said wells near Tal Tamr, in north-east Syria, had run dry.",
     {"Kurdish"}),
])
def test_arabic_words_titles_and_romance_openers(gz, text, absent):
    found = {m.surface for m in gz.geoparse(text) if m.place is not None}
    assert found and not found & absent, found


@pytest.mark.parametrize("text, absent", [
    # channels, networks and outlets named after rivers and towns
    ("وبثت قناة دجلة وقناة الحرة عراق صوراً من ساحة التحرير في بغداد، بحسب فرات بوست.", {"دجلة", "عراق", "فرات"}),
    # the protest movement, a given name with "عبد", succession, the religious authority, the door
    ("وانطلق الحراك في بغداد مع تداول المرشحين لخلافة عادل عبد المهدي، ودعت المرجعية الدينية في النجف إلى الهدوء.",
     {"الحراك", "خلافة", "المهدي", "المرجعية الدينية", "الدينية"}),
    ("وقال نائب في بغداد إن ذلك قد يفتح الباب أمام استقالة الحكومة.", {"الباب"}),
])
def test_arabic_outlets_movements_and_words(gz, text, absent):
    found = {m.surface for m in gz.geoparse(text) if m.place is not None}
    assert found and not found & absent, found


@pytest.mark.parametrize("text, surface, name", [
    ("وقصفت القوات بلدة الحراك في ريف درعا.", "الحراك", "Al-Hirak"),
    ("وقالت مصادر إن الباب شهدت اشتباكات عنيفة شمال سوريا.", "الباب", "al-Bab"),
])
def test_arabic_word_towns_where_the_text_is_about_them(gz, text, surface, name):
    assert (surface, name) in [(m.surface, m.place.name) for m in gz.geoparse(text) if m.place is not None]


def test_arabic_words_of_reports_are_no_villages(gz):
    text = "وقالت مصادر إن عشرات المدنيين عالقين في سنجار، وإن درجات الحرارة انخفضت، بحسب كبار المسؤولين ومساعده."
    found = {m.surface for m in gz.geoparse(text) if m.place is not None}
    assert "سنجار" in found and not found & {"عالقين", "درجات", "كبار", "مساعده"}, found


@pytest.mark.parametrize("text, surface, expected", [
    # a name written with the Arabic article in Latin letters is no town of a land that does not name its places
    # so, whatever the text says of that land (an Arabic name of Nîmes folds like "Naïm")
    ("Les ONG françaises viennent en aide aux habitants d'al-Naïm, près de Homs.", "al-Naïm", "SY"),
    # (the towns whose own names bear the article stay: El Paso)
    ("Troops from El Paso deployed to al-Bab.", "El Paso", "US"),
])
def test_latin_arabic_article_keeps_to_lands_that_use_it(gz, text, surface, expected):
    assert [m.place.country for m in gz.geoparse(text) if m.surface == surface] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a tribe named like its village is the tribe ("عشيرة البونمر", "the Albu Nimr tribe"); the tribes of a place
    # are that place's ("عشائر دير الزور", "the Anbar tribes")
    ("قاتل أبناء عشيرة البونمر في هيت، وأعلنت عشائر دير الزور تضامنها.", ["هيت", "دير الزور"]),
    ("Fighters of the Albu Nimr tribe near Hit thanked the Anbar tribes.", ["Hit", "Anbar"]),
    # a channel's name after its noun with "to" written on ("لقناة الفرات"), and common words of news
    ("قال سائق من الرطبة لقناة الفرات الفضائية إن جملة من المباني في بلدية الرمادي تضررت.", ["الرطبة", "الرمادي"]),
    # the indefinite plural of a nationality ("جنود أمريكيين", American soldiers)
    ("قتل جنود أمريكيين في الأنبار.", ["أمريكيين", "الأنبار"]),
])
def test_arabic_tribes_channels_and_plural_nationalities(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Busra al-Harir as Arabic writes it (a cited spelling), not Harir in Erbil
    ("قصفت الطائرات بلدة بصر الحرير في ريف درعا الشرقي.", ["بصر الحرير", "ريف درعا الشرقي"]),
    # common words of news: a visit, a signal, a scene, the leaning (minaret); "درعا البلد" is Daraa's old town
    ("في زيارة إلى درعا البلد، أعطى الوفد إشارة إلى مشهد المنارة المائلة في الموصل.", ["درعا البلد", "الموصل"]),
])
def test_arabic_spellings_and_words_of_news(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the Golan Heights in Spanish, French, German and Italian (cited), not Altos in Brazil
    ("Israel ocupa los Altos del Golán desde 1967.", [("Israel", "gn:294640"), ("Altos del Golán", "cur:golan-heights")]),
    ("Die Golanhöhen und der Libanon wurden nach Angaben von Aktivisten beschossen.",
     [("Golanhöhen", "cur:golan-heights"), ("Libanon", "gn:272103")]),
    # a party and an airline named for a country are no places; a Syrian air base is Syria's
    ("The Georgian Dream party won; Royal Jordanian resumed flights to Damascus.", [("Damascus", "wof:421202165")]),
    ("The United States struck a Syrian air base.", [("United States", "gn:6252001"), ("Syrian", "wof:85632413")]),
    # Arabic words of news: the church, an increase, alms, the outskirts
    ("وأعلنت الكنيسة زيادة في الزكاة على مشارف حماة.", [("حماة", "wof:421202161")]),
])
def test_golan_names_parties_airlines_and_arabic_words(gz, text, expected):
    assert [(m.surface, m.place.id) for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a kunya with "عبد": the nisba after it is the man's name, not Iraq
    ("قال أبو عبد الله العراقي إن المقاتلين دخلوا الرقة.", ["الرقة"]),
    ("قال أبو عمر التونسي إن المقاتلين دخلوا الرقة.", ["الرقة"]),
    # the Islamic State of Iraq, the group's name of 2006–2013, is no mention of Iraq
    ("أعلن تنظيم دولة العراق الإسلامية مسؤوليته عن تفجير في بغداد.", ["بغداد"]),
    # a given name before a town's adjective is a person
    ("وقال سامي البصري إن القصف طال درعا.", ["درعا"]),
])
def test_arabic_noms_de_guerre_and_the_islamic_state_of_iraq(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال رئيس الوزراء محمد شياع السوداني إن القوات دخلت سنجار.", ["سنجار"]),  # a three-word name with a nisba
    ("فاز نادي زاخو على نادي الموصل في أربيل.", ["أربيل"]),  # clubs named for towns
])
def test_arabic_three_word_names_and_clubs(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


def test_a_raqqa_quarter_with_the_arabic_article_is_no_european_country(gz):
    text = "SDF fighters pushed into al-Romaniya and reached Bab Baghdad in Raqqa's old city."
    got = {m.surface: m.place.id for m in gz.geoparse(text) if m.place is not None}
    assert got["al-Romaniya"] == "cur:romaniya-raqqa" and got["Bab Baghdad"] == "cur:bab-baghdad-raqqa"
    # the country without the article, and Baghdad's own name, stay as they were
    got = [m.place.id for m in gz.geoparse("Romania and Bulgaria signed the deal; ministers met in Baghdad.")]
    assert got == ["gn:798549", "gn:732800", "wof:421178393"]


def test_kessab_in_arabic_is_the_town_and_the_verb_is_not(gz):
    text = "سيطرت الفصائل على بلدة كسب ذات الغالبية الأرمنية في ريف اللاذقية الشمالي."
    assert ("كسب", "wof:1209217647") in [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None]
    # "won": a verb
    assert [m.surface for m in gz.geoparse("قال إنه كسب ثقة الناس في حلب.")] == ["حلب"]


def test_french_et_between_two_towns_is_no_arabic_article(gz):
    text = "Sa reddition rouvre l'autoroute M5 entre Homs et Hama, coupée depuis 2012 au niveau du pont de Rastan."
    got = [m.surface for m in gz.geoparse(text) if m.place is not None]
    assert "Homs" in got and "Hama" in got


def test_french_elision_onto_an_arabic_article(gz):
    # "d'al-Romaniya": the article reads as Arabic, so the quarter of Raqqa is no Romania
    text = ("Les Forces démocratiques syriennes ont pris pied à l'ouest de Raqqa, dans les quartiers d'al-Romaniya "
            "et de Jazra, tandis que la Turquie et les Etats-Unis observaient.")
    m = next(m for m in gz.geoparse(text) if "Romaniya" in m.surface)
    assert m.surface == "al-Romaniya" and m.place.id == "cur:romaniya-raqqa"


def test_arabic_bare_hill_word_opens_an_unknown_name(gz):
    # "تل" (a hill) without its article opens a name the data may lack; alone it is not al-Tall near Damascus
    ms = gz.geoparse("تقدمت القوات نحو قرية تل خويلدية في ريف حلب الجنوبي.")
    assert "Al-Tall" not in [m.place.name for m in ms if m.place]
    assert all(m.surface != "خويلدية" for m in ms)  # (nor is the rest of the name a place of its own)
    ms = gz.geoparse("قصفت الطائرات مدينة التل في ريف دمشق.")
    assert [m.place.name for m in ms if m.place][0] == "Al-Tall"


def test_arabic_proclitic_drawn_out_by_a_tatweel(gz):
    text = "تضرر الطريق السريع الذي يصل بغداد بـالأردن."
    m = next(m for m in gz.geoparse(text) if m.place and m.place.country == "JO")
    assert m.surface == "الأردن" and text[m.start:m.end] == "الأردن"


def test_arabic_anah_only_where_a_cue_names_a_place(gz):
    assert [m.place.name for m in gz.geoparse("قصفت القوات بلدة عنه في الأنبار.") if m.place][0] == "Anah"
    text = "قال مسؤول في كركوك عنه إن الوضع هادئ في العراق."
    assert "Anah" not in [m.place.name for m in gz.geoparse(text) if m.place]


@pytest.mark.parametrize("text, surface, name", [
    ("تشرف التلة على الطريق الساحلي المؤدي إلى رأس البسيط في ريف اللاذقية.", "رأس البسيط", "Ras al-Bassit"),
    ("سقطت قذائف على جيلان بينار في ولاية شانلي أورفا التركية.", "جيلان بينار", "Ceylanpınar"),
])
def test_arabic_names_of_a_bay_and_a_border_town(gz, text, surface, name):
    # "البسيط" (simple) names Albacete among GeoNames' Arabic names: the word is no place, the bay is
    ms = {m.surface: m.place for m in gz.geoparse(text) if m.place}
    assert ms[surface].name == name


def test_arabic_fence_and_the_iraqi_observatory(gz):
    # "السياج" (the fence) is no village; the Iraqi Observatory for Human Rights is no reference to Iraq
    text = "قال المرصد العراقي لحقوق الإنسان إن العائلات عبرت السياج الحدودي قرب بعقوبة."
    got = [m.surface for m in gz.geoparse(text)]
    assert "السياج" not in got and "العراقي" not in got and "بعقوبة" in got


@pytest.mark.parametrize("text, hirak", [
    # a town named by a common noun counts in a list that a plural settlement noun opens
    ("دخلت القوات بلدات بصر الحرير والحراك ثم تقدمت نحو اللجاة.", True),
    # but the noun with its adjective is the protest movement, list or not
    ("قصفت الطائرات قرى اللجاة والحراك الشعبي مستمر في المنطقة.", False),
    ("قال الناشط إن الحراك في المدينة لم يتوقف.", False),
])
def test_arabic_common_noun_town_in_a_list_of_towns(gz, text, hirak):
    assert ("الحراك" in [m.surface for m in gz.geoparse(text)]) is hirak


def test_a_town_named_like_a_given_name_after_a_place_and_and(gz):
    # "نوى وجاسم": Nawa and Jasim, the town, whatever word follows it; a given name alone stays a person's
    got = [m.place.name for m in gz.geoparse("قطعت الحواجز الطريق بين نوى وجاسم لساعات يوم الأحد.")]
    assert got == ["Nawa", "Jasim"]


def test_arabic_family_name_after_a_given_name_and_rbss(gz):
    # "جيهان شيخ أحمد" is a spokeswoman, no village; "الرقة تذبح بصمت" the activists' group, not Raqqa
    text = "وقالت المتحدثة جيهان شيخ أحمد إن المقاتلين وصلوا إلى سد الفرات، بحسب ناشطي الرقة تذبح بصمت."
    got = [m.surface for m in gz.geoparse(text)]
    assert got == ["سد الفرات"]


def test_a_siege_is_no_place(gz):
    # "حصار" (a siege) is no Hisar in India
    text = "وتخضع الغوطة الشرقية لحصار منذ عام 2013، فيما قصفت الطائرات زملكا وعين ترما."
    assert [m.surface for m in gz.geoparse(text) if m.place] == ["الغوطة الشرقية", "زملكا", "عين ترما"]


def test_a_kunya_in_the_genitive_opens_a_name(gz):
    # "أبي بكر البغدادي" (of Abu Bakr al-Baghdadi) is a man, not the Iraqi town of al-Baghdadi
    text = "أعلنت وفاة أبي بكر البغدادي في باريشا بريف إدلب."
    assert [m.surface for m in gz.geoparse(text) if m.place] == ["باريشا", "ريف إدلب"]



def test_claimed_is_no_place(gz):
    # "تبنى" (claimed) is no at-Tibni
    text = "قتل صحفي في غازي عنتاب جنوب تركيا، وتبنى تنظيم الدولة العملية، ثم تبنى مسؤوليته في الرقة."
    assert [m.surface for m in gz.geoparse(text) if m.place] == ["غازي عنتاب", "جنوب تركيا", "الرقة"]


def test_inside_it_and_husseiniyas_are_words(gz):
    # "داخله" (inside it) is no Dakhla; "حسينيات" (husseiniyas) no Husayniyat
    text = "سقطت ثلاث قذائف داخله قرب رميلان في الحسكة، بعد تدمير حسينيات في الموصل."
    assert [m.surface for m in gz.geoparse(text) if m.place] == ["رميلان", "الحسكة", "الموصل"]


def test_an_airline_named_for_a_region(gz):
    # "طيران الشرق الأوسط" is Middle East Airlines; "طيران التحالف" the coalition's aircraft, over a place
    text = "علّقت طيران الشرق الأوسط رحلاتها إلى بغداد، بينما قصف طيران التحالف مواقع في الرقة."
    assert [m.surface for m in gz.geoparse(text) if m.place] == ["بغداد", "الرقة"]


@pytest.mark.parametrize("text, expected", [
    # the continents' and the Middle East's names in other languages (the CLDR's; the region's own page's)
    ("أثار القصف في سوريا قلقاً في أوروبا والشرق الأوسط.",
     [("سوريا", "wof:85632413"), ("أوروبا", "cont:EU"), ("الشرق الأوسط", "cur:middle-east")]),
    ("Saldırılar Avrupa ve Ortadoğu'da yankı buldu; Irak ve Suriye'de de.",
     [("Avrupa", "cont:EU"), ("Ortadoğu", "cur:middle-east"), ("Irak", "wof:85632191"), ("Suriye", "wof:85632413")]),
    ("Die Angriffe in Syrien beunruhigten Europa und den Nahen Osten.",
     [("Syrien", "wof:85632413"), ("Europa", "cont:EU"), ("Nahen Osten", "cur:middle-east")]),
    ("Удары по объектам в Сирии обсуждали в Европе и на Ближнем Востоке.",
     [("Сирии", "wof:85632413"), ("Европе", "cont:EU"), ("Ближнем Востоке", "cur:middle-east")]),
])
def test_continents_and_the_middle_east_in_other_languages(gz, text, expected):
    assert [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place] == expected


@pytest.mark.parametrize("text, expected", [
    # quarters, camps and crossings that reporting names (curated, each with a cited page)
    ("قصفت الطائرات بيت سوى ومسرابا في الغوطة الشرقية، وسقطت قذائف على حي القصاع وباب شرقي في دمشق.",
     [("بيت سوى", "wof:1293375605"), ("مسرابا", "wof:1293769411"), ("الغوطة الشرقية", "cur:eastern-ghouta"),
      ("حي القصاع", "cur:al-qassaa-damascus"), ("باب شرقي", "cur:bab-sharqi-damascus"), ("دمشق", "wof:421202165")]),
    ("تقدمت الدبابات نحو حي الرمل الجنوبي ومخيم الرمل في اللاذقية، فيما أغلق منفذ سفوان الحدودي مع الكويت.",
     [("حي الرمل الجنوبي", "cur:raml-al-janoubi-latakia"), ("مخيم الرمل", "cur:latakia-camp"),
      ("اللاذقية", "wof:1125980503"), ("منفذ سفوان الحدودي", "cur:safwan-border-crossing"), ("الكويت", "gn:285570")]),
    # a strait the source files as a town is a region, read in a text about another country
    ("Ships of the Black Sea Fleet sailed through the Bosphorus to Tartus in Syria.",
     [("Bosphorus", "wof:1813328563"), ("Tartus", "wof:890449825"), ("Syria", "wof:85632413")]),
    # a three-letter village of Idlib, by its census population
    ("Aid reached camps near Sarmada and Qah, close to the Turkish border in Idlib.",
     [("Sarmada", "wof:1243149425"), ("Qah", "wof:1193114369"), ("Turkish", "wof:85632393"),
      ("Idlib", "wof:890432567")]),
])
def test_quarters_camps_crossings_and_a_strait(gz, text, expected):
    assert [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place] == expected


@pytest.mark.parametrize("text", [
    "وقال إن الانتحاري فجّر حزامه الناسف بين بسطات الملابس في بغداد.",  # stalls, not "in Settat"
    "وأطلق الحراس النار عليه قرب المنطقة الخضراء في بغداد.",  # at him
    "وقال الأمين العام للأمم المتحدة إن الوضع في بغداد خطير.",  # the secretary-general
])
def test_arabic_words_that_are_no_towns(gz, text):
    assert [m.surface for m in gz.geoparse(text) if m.place is not None and m.place.country != "IQ"] == []


@pytest.mark.parametrize("text, word", [
    # Imam Hussein's name after his title; a command named for a town, after "and"
    ("أحيا الزوار أربعينية الإمام الحسين في كربلاء بعد أن وصلوا من الحلة والمسيب.", "الحسين"),
    ("تشارك قطعات من قيادة عمليات بغداد وقيادة عمليات سامراء في العملية قرب الطارمية.", "سامراء"),
])
def test_arabic_names_of_people_and_commands_are_no_places(gz, text, word):
    assert word not in [m.surface for m in gz.geoparse(text) if m.place is not None]


def test_arabic_mountain_named_for_a_person(gz):
    # "عبد" opens a man's name, but not in the middle of a place's: the Abd al-Aziz mountains by Tal Tamr
    text = "تمتد القرى الآشورية بين جبل عبد العزيز ونهر الخابور قرب تل تمر."
    assert "cur:jabal-abd-al-aziz" in [m.place.id for m in gz.geoparse(text) if m.place is not None]



@pytest.mark.parametrize("text, surface, pid", [
    # "the village of al-Hamidiyah": any village of the name, not only the hamlets of Iraq filed as "Qaryat al
    # Hamidiyah"; "from the direction of Bludan" places the name
    ("نصبت القوات سياجاً غربي قرية الحميدية في ريف القنيطرة الشمالي.", "قرية الحميدية", "wof:1209827009"),
    ("وقالت القناة إن الوحدات تقدمت من جهة بلودان شرقاً ومن سهل الزبداني جنوباً.", "بلودان", "wof:421190413"),
])
def test_arabic_village_nouns_and_directions(gz, text, surface, pid):
    assert (surface, pid) in [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None]


def test_a_village_after_the_noun_of_a_border_port(gz):
    text = "انتشرت القوات الاتحادية في منفذ فيشخابور الحدودي مع تركيا قرب زاخو"
    assert [m.place.name for m in gz.geoparse(text)] == ["Fish Xabur", "Turkey", "Zakho"]


def test_a_chamber_of_industry_named_after_a_city_and_its_factories(gz):
    got = [m.surface for m in gz.geoparse("وقالت غرفة صناعة حلب إن المعامل في حلب توقفت.")]
    assert got == ["حلب"] and gz.geoparse("وقالت غرفة صناعة حلب إن المعامل في حلب توقفت.")[0].start == 35


def test_a_clans_prefix_of_two_letters_is_no_town_abroad(gz):
    # "البو" (Albu) opens a clan's name; its two letters fold like Aalborg's and Bo's Arabic names (the village
    # of the Albu Shajal clan is a curated place by Saqlawiya)
    ms = gz.geoparse("سيطرت القوات على قرية البو شجل غربي الصقلاوية قرب الفلوجة.")
    assert [m.surface for m in ms] == ["البو شجل", "الصقلاوية", "الفلوجة"]
    assert {m.place.country for m in ms} == {"IQ"}


@pytest.mark.parametrize("text, surfaces", [
    ("دعا مسعود بارزاني إلى حوار غير مشروط مع بغداد", ["بغداد"]),  # dialogue, not Hawr
    ("قال إن العام الجاري شهد تراجعاً في الهجمات على الموصل", ["الموصل"]),  # the current (year), not Jari
])
def test_common_words_that_name_hamlets(gz, text, surfaces):
    assert [m.surface for m in gz.geoparse(text)] == surfaces


def test_a_channel_named_after_the_euphrates_in_guillemets(gz):
    text = "استعادت القوات سد العظيم. ونقلت قناة «الفرات» عن مسؤولين أن تشغيل المصفاة قد يستغرق أشهراً."
    assert [m.surface for m in gz.geoparse(text)] == ["سد العظيم"]


@pytest.mark.parametrize("text, surfaces", [
    ("هاجم رتل على الضفة الغربية لنهر الفرات قرية زور مغار قرب جرابلس", ["نهر الفرات", "زور مغار", "جرابلس"]),
    ("قال إن الفصائل لا تنوي اقتحام البلدتين في الوقت الحاضر قرب إدلب", ["إدلب"]),  # at present, not al-Hadir
    ("وقال المتحدث ريدور خليل إن القوات تقدمت قرب الرقة", ["الرقة"]),  # a man's name, not Hebron
])
def test_a_rivers_bank_the_present_and_a_kurdish_given_name(gz, text, surfaces):
    assert [m.surface for m in gz.geoparse(text)] == surfaces


@pytest.mark.parametrize("text, surfaces", [
    ("وقال المرصد إن قذائف التنظيم طالت حيي الجورة والقصور في دير الزور", ["الجورة", "القصور", "دير الزور"]),
    ("طالت القذائف حيّي الجورة والقصور في دير الزور", ["الجورة", "القصور", "دير الزور"]),  # (with its shadda)
    ("ونقلت الصور المطلة على الطريق الدولي دمشق حمص", ["دمشق", "حمص"]),  # overlooking, not Metula
    ("قال مسؤول في حرس نينوى إن الجيش يقترب من تلعفر", ["تلعفر"]),  # the Nineveh Guards, an armed group
])
def test_two_quarters_after_the_dual_overlooking_and_the_nineveh_guards(gz, text, surfaces):
    got = gz.geoparse(text)
    assert [m.surface for m in got] == surfaces
    if "القصور" in surfaces:
        assert got[1].place.id == "cur:qusour-deir-ez-zor"


def test_flying_over_a_village(gz):
    text = "أقلعت الطائرات من مطار حماة العسكري وحلّقت فوق مورك قبل أن تلقي حمولتها."
    assert "Murak" in [m.place.name for m in gz.geoparse(text)]


def test_a_demonym_after_a_given_name_is_a_surname(gz):
    ms = gz.geoparse("وقال الناشط أحمد المصري إن كثيراً من الحوادث لم يُعلن عنها في درعا.")
    assert [m.surface for m in ms] == ["درعا"]
    # (but after a place that bears a given name, the demonym is the country's: Turkey's port of Ceyhan)
    ms = gz.geoparse("ينقل الخط نفط كركوك إلى ميناء جيهان التركي.")
    assert [(m.surface, m.kind) for m in ms][-1] == ("التركي", "demonym")


def test_peaceful_is_no_village(gz):
    ms = gz.geoparse("وقال الناشط إن الاحتجاج في درعا «سلمي في أصله».")
    assert [m.surface for m in ms] == ["درعا"]


def test_the_bare_municipal_stadium_is_no_stadium_in_another_city(gz):
    ms = gz.geoparse("عقد الاجتماع في الملعب البلدي في درعا المحطة.")
    assert "cur:raqqa-black-stadium" not in [m.place.id for m in ms]


def test_a_town_labelled_by_its_sub_district_keeps_its_arabic_name(gz):
    # Who's On First labels the town of al-Khalidiya by Habbaniyah "ناحية الخالدية"; beside Habbaniyah and Ramadi it
    # is that town, not the Khalidiya 80 km up the Euphrates
    text = "انخفض منسوب النهر في ناحيتي الخالدية والحبانية شرقي الرمادي."
    got = {m.surface: m.place.id for m in gz.geoparse(text)}
    assert got.get("الخالدية") == "wof:1226554167"


@pytest.mark.parametrize("text, surfaces", [
    ("وأضافت أن العودة جرت بصورة سلمية ومن دون حوادث في حمص.", ["حمص"]),  # peacefully, not Salamiyah
    ("قال إن القرار يفتح الباب أمام عودة اللاجئين إلى حلب.", ["حلب"]),  # opens the door, not al-Bab
    ("قصفت الطائرات الباب شرقي حلب.", ["الباب", "حلب"]),  # al-Bab east of Aleppo, not Bab Sharqi in Damascus
    ("تبنّي التنظيم للهجوم على حواجز في دير الزور.", ["دير الزور"]),  # the claiming, not al-Tibni
    ("احترقت صوامع الحبوب قرب الرقة.", ["الرقة"]),  # the silos, not al-Sawami
    ("ترك عمله في السنة الثانية من الثورة وانتقل إلى الرقة.", ["الرقة"]),  # the revolution, not Sadr City
    ("سيطرت القوات على مدينة الباب وسلمية.", ["الباب", "سلمية"]),
])
def test_common_words_beside_their_towns(gz, text, surfaces):
    assert [m.surface for m in gz.geoparse(text)] == surfaces


def test_a_diocese_and_the_kurdish_red_crescent_are_no_places(gz):
    text = "وزار وفد من الهلال الأحمر الكردي ومن أبرشية العمادية الكلدانية مخيمات دهوك."
    assert [m.surface for m in gz.geoparse(text)] == ["دهوك"]


def test_the_castle_by_baniyas_is_no_district_in_libya(gz):
    ms = gz.geoparse("قطعت مئات النساء من البيضا وقرية المرقب الطريق الساحلي قرب بانياس.")
    got = {m.surface: m.place.country for m in ms}
    assert got.get("المرقب") == "SY"


@pytest.mark.parametrize("text", [
    "وقال طلال إن الرجال عادوا إلى حمص.",  # a given name, not Tilal
    "وقالوا إن كمين نصب قرب حمص.",  # an ambush, not Kamin
    "طالب المحتجون بالحرية في حمص ورفعوا شعار حرية.",  # freedom, not al-Hurriyah
    "أعلن إسقاط طائرة مسيرة قرب حمص.",  # the downing, not Isqat
])
def test_words_and_given_names_are_no_villages(gz, text):
    assert [m.surface for m in gz.geoparse(text)] == ["حمص"]


@pytest.mark.parametrize("text", [
    "وطالبوا بإخلاء الجرحى فوراً من حمص.",  # immediately, not Fawra
    "امتلأت مشافي حمص بالجرحى.",  # hospitals, not al-Mashafi
    "انطلقت المرحلة الثانية من الهجوم قرب حمص في الربيع.",  # the second, the spring
])
def test_more_words_that_are_no_villages(gz, text):
    assert [m.surface for m in gz.geoparse(text)] == ["حمص"]


def test_a_mobilisation_named_after_its_province_is_no_place_but_operations_to_free_one_are(gz):
    assert "الأنبار" not in [m.surface for m in gz.geoparse("وقال قائد في حشد الأنبار إن الهجوم بدأ قرب الرمادي.")]
    assert "الموصل" in [m.surface for m in gz.geoparse("منذ انطلاق عمليات تحرير الموصل تقدمت القوات.")]


def test_a_kunya_names_a_man_not_the_town_of_his_sons_name(gz):
    got = [m.surface for m in gz.geoparse("وفي درعا، قال أبو جاسم، وهو مزارع من بصر الحرير، إنه يمشي.")]
    assert got == ["درعا", "بصر الحرير"]


@pytest.mark.parametrize("text, word", [
    ("إن فصائل جبهة ثوار سوريا وألوية الفرقان في جباتا الخشب سلمت سلاحها.", "سوريا"),
    ("وقالت المؤسسة العامة لسد الفرات إن منسوب البحيرة في الطبقة انخفض.", "سد الفرات"),
    ("وقاتل صقور الرقة قرب تل أبيض.", "الرقة"),
    ("کاروانێکی فەرماندەی هێزەکانی سووریای دیموکرات لە ناو فڕۆکە بوو لە سلێمانی.", "سووریا"),
    ("نەخۆشخانەکە لەلایەن یەکینەکانی بەرخودانی شنگال بەڕێوە دەبرا لە شنگال.", None),
])
def test_more_groups_and_bodies_named_after_places(gz, text, word):
    got = [m.surface for m in gz.geoparse(text)]
    if word is None:  # (the group's Sinjar is no place; the town after "in" is)
        assert got.count("شنگال") == 1
    else:
        assert word not in got


@pytest.mark.parametrize("text, expected", [
    ("ونزح مئات من سكان الأتارب نحو معبر باب الهوى على الحدود مع تركيا.", "الأتارب"),  # the residents of
    ("وقال وزير الدفاع الأمريكي لويد أوستن إن القوات باقية في سوريا.", None),  # Lloyd Austin, no Texas
    ("استولى المقاتلون على مدرعات داخل المدرسة التي كانت القوات تقصف منها قرى كفر داعل في ريف حلب.", None),
    ("انتشل المتطوعون طفلاً في الخامسة من عمره من تحت أنقاض مبنى في حلب.", None),  # of his age, no Umranli
    ("وقالت تنسيقية تدمر إن القصف طال المدينة في ريف حمص.", None),  # an activists' committee named for Palmyra
])
def test_residents_of_a_town_and_words_and_names_that_are_no_places(gz, text, expected):
    got = [m.surface for m in gz.geoparse(text)]
    words = ("الأتارب", "أوستن", "المدرسة", "عمره", "تدمر")
    assert [w for w in words if w in got] == ([expected] if expected else [])


def test_al_hol_and_akashat_by_their_arabic_names(gz):
    got = {m.surface: m.place.id for m in gz.geoparse(
        "نقلت قوات سوريا الديمقراطية عائلات من الهول في ريف الحسكة، وقصفت الطائرات عكاشات غربي الأنبار.")}
    assert got.get("الهول") == "wof:1326547783" and got.get("عكاشات") == "cur:akashat"


def test_a_chain_of_mountains_is_no_village(gz):
    got = [m.surface for m in gz.geoparse("وتمتد سلسلة جبال القلمون على الحدود بين سوريا ولبنان.")]
    assert "سلسلة" not in got and "سوريا" in got


def test_a_university_named_after_a_place_or_a_river(gz):
    got = [m.surface for m in gz.geoparse("ولجأت عائلات إلى كلية الآداب التابعة لجامعة الفرات في مدينة الحسكة.")]
    assert "الفرات" not in got and "الحسكة" in got


def test_a_campus_the_gazetteer_holds_is_a_place(gz):
    got = {m.surface: m.place.name for m in gz.geoparse("سقطت قذائف على جامعة تكريت في محافظة صلاح الدين.")}
    assert got.get("جامعة تكريت") == "Tikrit University"


@pytest.mark.parametrize("text, word", [
    ("ورغم ذلك فإن الوضع القائم في صحراء الأنبار لا يزال يتطلب عمليات تمشيط.", "القائم"),  # the status quo
    ("وقال المسؤول إن الحلول على المدى القصير تبقى محدودة في حمص.", "القصير"),  # in the short term
])
def test_the_status_quo_and_the_short_term_are_no_towns(gz, text, word):
    got = [m.surface for m in gz.geoparse(text)]
    assert word not in got and len(got) == 1


def test_an_operation_of_a_kind_is_no_named_operation(gz):
    # "a special operation in the Idlib countryside"; a named one still is: "عملية نبع السلام" (Peace Spring)
    assert [m.place.name for m in gz.geoparse("قتل في عملية خاصة بريف إدلب، وقالت القوات إنها باقية.")] == ["Idlib"]
    got = [m.surface for m in gz.geoparse("بدأت عملية نبع السلام قرب رأس العين.")]
    assert got == ["رأس العين"]


@pytest.mark.parametrize("text, word", [
    ("تدمرت خلال المعارك معالم بارزة في تدمر، بينها معبد بل.", "ارزة"),  # prominent (landmarks), not "in Arzah"
    ("تضررت البنية التحتية في الحسكة بعد القصف.", "البنية"),  # the infrastructure
    ("وقال إمام المسجد في الموصل إن المصلين نجوا.", "إمام"),  # the mosque's imam
    ("عاش أهالي حمص ظروفاً قاسية خلال الحصار.", "قاسية"),  # harsh conditions
])
def test_arabic_words_that_fold_like_villages(gz, text, word):
    assert word not in [m.surface for m in gz.geoparse(text)]


def test_a_towns_kurdish_name_in_arabic_script(gz):
    text = "فرّ الآلاف من سكان رأس العين، التي يسميها الأكراد سري كانيه، نحو الحسكة وتل تمر."
    got = [(m.surface, m.place.id) for m in gz.geoparse(text)]
    assert ("سري كانيه", "wof:1276457637") in got and ("رأس العين", "wof:1276457637") in got


@pytest.mark.parametrize("text, surface, name", [
    # a camp's noun before the town it is named after, and a verb of retaking a town, are cues of a place
    ("في العراق، تقدمت القوات من عامرية الفلوجة جنوباً ومن معسكر الحبانية غرباً.", "الحبانية", "Al Habbaniyah"),
    ("توسعت العمليات في الأنبار غرباً، فاستعيدت كبيسة أواخر آذار ثم هيت في نيسان.", "كبيسة", "Kubaysah"),
])
def test_arabic_cues_of_a_camp_and_of_retaking(gz, text, surface, name):
    assert (surface, name) in [(m.surface, m.place.name) for m in gz.geoparse(text)]


def test_a_capital_after_an_arabic_verb_of_speech_is_its_government(gz):
    # "وقالت أنقرة": and Ankara said - the capital, not a hamlet of the name by Ras al-Ayn
    text = ("سقطت قذائف على بلدتي جيلان بينار ونصيبين قرب رأس العين والدرباسية في الحسكة، وقالت أنقرة إنها أُطلقت "
            "من الأراضي السورية.")
    assert ("أنقرة", "Ankara") in [(m.surface, m.place.name) for m in gz.geoparse(text)]


def test_a_preposition_ends_a_bodys_name(gz):
    # "مجلس الاتحاد في موسكو للرئيس": the Federation Council in Moscow, to the president - not a body named so
    text = "بعد ساعات فقط من تفويض مجلس الاتحاد في موسكو للرئيس فلاديمير بوتين باستخدام القوة."
    assert ("موسكو", "Moscow") in [(m.surface, m.place.name) for m in gz.geoparse(text)]


def test_the_old_city_before_an_arabic_comma(gz):
    # "داخل المدينة القديمة،": the old city of the town the text names, though an Arabic comma follows
    text = "تقدمت القوات العراقية في الموصل، ويعيش آلاف المدنيين داخل المدينة القديمة، قرب ضفة دجلة."
    assert ("المدينة القديمة", "Old City of Mosul") in [(m.surface, m.place.name) for m in gz.geoparse(text)]


@pytest.mark.parametrize("text, expected", [
    # a village's name of three letters, written without its article, after a village's or a town's noun, or later
    # in a list the plural noun opens
    ("قصفت الطائرات بلدة حيش جنوب إدلب صباح اليوم.", ["حيش", "إدلب"]),
    ("طالت الغارات بلدات كفرنبل وحيش والهبيط في ريف إدلب.", ["كفرنبل", "حيش", "الهبيط", "ريف إدلب"]),
    # not a preposition after the plural noun, nor a word standing alone
    ("حذرت الأمم المتحدة من غرق قرى وبلدات على امتداد الوادي حتى دير الزور.", ["دير الزور"]),
    ("قالت إن حيش الأعداء تراجع.", []),
])
def test_a_three_letter_village_after_its_noun(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected
