"""Geoparsing Kurdish text, Kurmanji and Sorani: obliques, ezafe, organisations. Texts written for these tests."""

from __future__ import annotations

from gz_fixtures import check_mentions, fresh_gz, gz, join_words  # noqa: F401  (pytest fixtures)

import pytest


def test_sorani_kurdish_reporting(gz):
    # Kurdish media in Iraq: Sorani spellings, cue words ("لە نزیک", near) and the verb "کردە" (not Gerede)
    text = ("فڕۆکەیەکی بێفڕۆکەوانی تورکیا لە نزیک مەخموور ئۆتۆمبێلێکی کردە ئامانج. لە هەولێر و سلێمانی ناڕەزایی "
            "دەربڕدرا. هێرش کرایە سەر کۆبانێ و عەفرین لە سووریا.")
    assert [m.place.name for m in gz.geoparse(text)] == [
        "Turkey", "Makhmur", "Erbil", "Sulaymaniyah", "'Ayn al 'Arab", "Afrin", "Syria"]


def test_kurdish_names_of_syrian_towns(gz):
    text = ("Kurdish outlets reported strikes on Qamişlo and Amûdê. In Efrîn families fled; "
            "in Kobanî a car was hit. "
            "Serêkaniyê and Girê Spî are held by Turkish-backed factions.")
    by = {m.surface: m.place.name for m in gz.geoparse(text)}
    assert by["Kobanî"] == "'Ayn al 'Arab" and by["Efrîn"] == "Afrin"   # WOF also lists Kobanî among Afrin's names
    assert by["Serêkaniyê"] == "Ra's al `Ayn" and by["Girê Spî"] == "Tall Abyad"


def test_kurmanji_reporting(gz):
    # Kurdish outlets' names of Afrin's towns, with Kurmanji cue words and a Kurmanji name of the region
    text = "Li navçeyên Mabata û Şiyê yên Efrînê, û li Cindirês û Raco, çekdarên girêdayî Tirkiyê gund talan kirin."
    assert [m.place.name for m in gz.geoparse(text)] == [
        "Al Ma`batli", "Shaykh al Hadid", "Afrin", "Jindayris", "Rajo", "Turkey"]  # (Tirkiyê: the oblique case)


@pytest.mark.parametrize("text, names", [
    ("Balafirên Tirkiyê li gundên Efrînê xistin û ji wan du kes mirin.", ["Turkey", "Afrin"]),
    ("Li Zaxoyê û Dihokê balafirên Tirkiyê gundên Amêdiyê bombebaran kirin, ji ber ku şervan li wir in.",
     ["Zakho", "Duhok", "Turkey", "Amedi"]),
    ("Hêzên Iraqê ketin Mûsilê û ji Hewlêrê alîkarî hat.", ["Iraq", "Mosul", "Erbil"]),
])
def test_kurmanji_oblique_case(gz, text, names):
    ms = gz.geoparse(text)
    assert [m.place.name for m in ms] == names
    assert all(text[m.start:m.end] == m.surface and m.surface.endswith("ê") for m in ms)


@pytest.mark.parametrize("text, names", [
    # the adjective of nationality in lower case, a name of two words in the oblique, "-iyê" after "î"
    ("Li Sûriyê dewleta tirk li derdora Tirbespiyê û li Til Temirê êrîş kir û ji ber vê yekê du kes mirin.",
     ["Syria", "Turkey", "Al Qahtaniyah", "Tall Tamr"]),
    ("Balafirên Tirkiyê li Minbicê û Dêrika Hemko xistin; Rûsya û DYA bêdeng man û gelek kes koç kirin.",
     ["Turkey", "Manbij", "Al Malikiyah", "Russia", "United States"]),
    # "Başûrê Kurdistanê" is south Kurdistan, not Basra
    ("Gelek malbat ji Şengalê ber bi Başûrê Kurdistanê ve koç kirin û li kampan man.", ["Sinjar", "Kurdistan"]),
])
def test_kurmanji_adjectives_and_names_of_two_words(gz, text, names):
    assert [m.place.name for m in gz.geoparse(text)] == names


def test_oblique_ending_left_alone_outside_kurmanji(gz):
    # French "ê" is no case ending, and a text of a few Kurdish names in English is read as written
    assert [m.place.name for m in gz.geoparse("Le maire de Mûsilê a parlé.")] in ([], ["Mosul"])
    from gazetteer.kurmanji import is_kurmanji
    assert not is_kurmanji("The strikes hit Qamişlo, Dêrik and Tirbespiyê, and villages near Kobanê.")


def test_a_sorani_ending_on_a_name(gz):
    got = [m.place.name for m in gz.geoparse("فڕۆکەی جەنگی تورکیا ناوچەکانی ئامێدی و زاخۆی بۆردومان کرد.")]
    assert got == ["Turkey", "Amadiyah", "Zakho"]
    # (a name that itself ends in ی keeps it; Arabic text is untouched)
    assert [m.surface for m in gz.geoparse("لە شاری هەولێری پایتەخت خۆپیشاندان کرا.")] == ["هەولێر"]


@pytest.mark.parametrize("text, expected", [
    ("Leşkerên Tirk li Cizîrê û Nisêbînê qedexe danîn; li Şirnexê jî şer hebû.",
     ["Turkey", "Cizre", "Nusaybin", "Şırnak"]),
    ("قال مسؤولون عراقيون إن طائرة أمريكية قصفت القائم.", ["Iraq", "United States", "Al Qa'im"]),
    ("Croatian police met Kosovar and Albanian officials.", ["Croatia", "Kosovo", "Albania"]),
])
def test_kurmanji_towns_and_more_demonyms(gz, text, expected):
    assert [m.place.name for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Suwayda 24, a local news network, said ten died in Shahba.", ["Shahba"]),
    ("قالت شبكة السويداء 24 إن عشرة قتلوا في شهبا بريف السويداء.", ["Shahba", "As-Suwayda"]),
    ("قال أستاذ في الجامعة الأميركية في بيروت إن الغارات طالت حارة حريك.", ["Haret Hreik"]),
    ("Un porte-parole de l'armée française et de l'Université Saint-Joseph de Beyrouth a parlé.", ["France"]),
    ("فڕۆکەکانی تورکیا لە باکووری هەولێر بۆردومانیان کرد.", ["Turkey", "Erbil"]),
    ("حکومەتی هەرێمی کوردستان و بەغدا ڕێککەوتن.", ["Kurdistan Region", "Baghdad"]),
])
def test_outlets_universities_and_sorani(gz, text, expected):
    assert [m.place.name for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Kurmanji adjectives of nationality, in lower case as Kurmanji writes them
    ("Artêşa sûrî û hêzên amerîkî li Dêrazorê şer kirin û gelek kes ji gundan koç kirin.",
     [("sûrî", "SY"), ("amerîkî", "US")]),
    # (beside the Arabic indefinite forms, which a table of their own must not shadow)
    ("قالت مصادر أمريكية إن مسلحين عراقيون عبروا الحدود.", [("أمريكية", "US"), ("عراقيون", "IQ")]),
    ("Li Helebê, taxa Şêxmeqsûdê hat bombebaran kirin û gelek kes ji malên xwe derketin.",
     [("Helebê", "SY"), ("Şêxmeqsûdê", "SY")]),
])
def test_kurmanji_nationalities_and_quarters(gz, text, expected):
    assert [(m.surface, m.place.country) for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Kurmanji names of the KDP, the Islamic State, the Syrian Observatory and the Autonomous Administration hold no
    # places; "Iraqî" is Iraqi
    ("Hêzên Peşmerge yên Partiya Demokrat a Kurdistanê ji Şengalê vekişiyan û çeteyên Dewleta Îslamî ya Iraq û "
     "Şamê ketin bajêr.", ["Şengalê"]),
    ("Li gorî Çavdêriya Sûriyê ya Mafên Mirovan, li Hesekê şer berdewam e û Rêveberiya Xweser a Bakur û Rojhilatê "
     "Sûriyê daxuyanî da.", ["Hesekê"]),
    ("Artêşa Iraqî û Yekîneyên Berxwedana Şengalê li gundên Şengalê şer kirin.", ["Iraqî", "Şengalê"]),
    ("Li gorî çavkaniyên herêmî, leşkerên iraqî li ser sînor in û ji Mûsilê hatin.", ["iraqî", "Mûsilê"]),
    # (and DAIŞ, Daesh, with a case ending)
    ("Bajarê Şengalê di 2015'an de, bi piştgiriya balafiran, ji DAIŞ'ê hat rizgarkirin û li Iraqê şer qediya.",
     ["Şengalê", "Iraqê"]),
])
def test_kurmanji_organisations(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a Kurmanji noun with its ezafe governs the name after it ("the Yazidis of Sinjar"), which is a place still,
    # here and later in the text; a name of two words in the oblique is read as written
    ("Li gorî çavkaniyên herêmî li Iraqê, hê jî Êzidiyên Şengalê li kampan dijîn û ji gundên xwe dûr in. Gelek "
     "malbat venagerin Şengalê.", ["Iraqê", "Şengalê", "Şengalê"]),
    ("Li gorî çavkaniyên herêmî, çekdar ji Girê Spî derbasî Serê Kaniyê bûn û li wir man.",
     ["Girê Spî", "Serê Kaniyê"]),
])
def test_kurmanji_ezafe_and_two_word_names(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Kurmanji names of Damascus, Istanbul, the United States and Europe, in the oblique case too
    ("Li Helebê û Şamê şer berdewam e û gelek kes hatin kuştin.", [("Helebê", "SY"), ("Şamê", "SY")]),
    ("Şervanên YPG ji Stenbolê û Amerîkayê piştgirî wergirtin, li Kobanî.",
     [("Stenbolê", "TR"), ("Amerîkayê", "US"), ("Kobanî", "SY")]),
    # (not inside the Islamic State's name, in Kurmanji or Turkish, nor in a radio station's)
    ("Çeteyên Dewleta Îslamî ya Iraq û Şamê ji sala 2014an ve li Kobanî şer dikin.", [("Kobanî", "SY")]),
    ("Irak ve Şam İslam Devleti (IŞİD) Rakka'dan çekildi.", [("Rakka", "SY")]),
    ("Radyoya fermî Şam FM jî bang li rêveberiya xweser kir û li Kobanî şer berdewam e.", [("Kobanî", "SY")]),
])
def test_kurmanji_names_of_capitals_and_countries(gz, text, expected):
    assert [(m.surface, m.place.country) for m in gz.geoparse(text)] == expected


def test_kurmanji_hol_is_the_camp_town_named_again(gz):
    # "Holê", named beside al-Hol, is al-Hol in Hasakah, not Houla by Homs
    text = ("Li kampa Holê zêdetirî 50 hezar kes dijîn. Rêveberiya kampa al-Hol a li Hesekê ragihand ku gelek "
            "zarok nexweş in û li Holê derman kêm in.")
    assert {m.place.admin1 for m in gz.geoparse(text) if m.surface.startswith("Hol")} == {"Al-Hasakah"}


def test_kurmanji_town_nouns_are_cues(gz):
    text = "Li Efrînê, bajarokên Cindirês û Reco hatin bombekirin."
    assert [m.place.name for m in gz.geoparse(text)] == ["Afrin", "Jindayris", "Rajo"]


@pytest.mark.parametrize("text", [
    "Kampa Holê li Hesekê ye.",
    "Gundên li başûrê Til Hemîs û Holê bê av mane, li Hesekê.",
])
def test_kurmanji_hol_is_al_hol_not_the_houla_plain(gz, text):
    # a town of the name letter for letter among the text's places beats a plain 450 km off that only folds alike
    assert [m.place.name for m in gz.geoparse(text) if m.surface == "Holê"] == ["Al Hawl"]


@pytest.mark.parametrize("text, surface, pid", [
    # a Kurmanji feature's noun before a name in the oblique case, read as English names the feature
    ("Li gorî çavkaniyan, balafirên tirk li nêzî Bendava Tişrînê û li gundên Minbicê bombe barandin.",
     "Bendava Tişrînê", "cur:tishrin-dam"),
    ("Li gorî çavkaniyan, bi hezaran kes ji Kampa Holê hatin derxistin û ji wan du kes mirin.",
     "Kampa Holê", "cur:al-hol-camp"),
])
def test_kurmanji_feature_nouns(gz, text, surface, pid):
    got = {m.surface: m.place.id for m in gz.geoparse(text)}
    assert got.get(surface) == pid, got


@pytest.mark.parametrize("text, name", [
    ("Li gorî wî, tankên Tirk hewl didin ku ber bi Cindirêsê ve pêş ve biçin, lê şervan li Efrînê ne.", "Jindayris"),
    ("Jineke ji gundekî Bilbilê got ku bavê wê yê 80 salî di Efrînê de ye.", "Bulbul"),
])
def test_kurmanji_towards_and_a_village_of(gz, text, name):
    assert name in [m.place.name for m in gz.geoparse(text)]


def test_kurmanji_centre_is_an_organisation(gz):
    text = ("Li Pirsûsê, di teqîna li baxçeyê Navenda Çandê ya Amara de 32 kes mirin. Ciwanên ji Stenbolê û "
            "Enqereyê hatibûn da ku alîkariyê bibin Kobaniyê, li Sûriyeyê.")
    names = [m.place.name for m in gz.geoparse(text) if m.place]
    assert "Amarah" not in names and {"Suruç", "Istanbul", "Ankara", "Syria"} <= set(names)


def test_a_kurmanji_dateline_in_capitals(gz):
    text = "DÊRA ZORÊ, 20ê Sibata 2019an – Bi dehan kamyonan îro ji Baxozê derketin, li Sûriyê."
    ms = {m.surface: m.place for m in gz.geoparse(text) if m.place}
    assert ms["DÊRA ZORÊ"].name == "Deir ez-Zor"


@pytest.mark.parametrize("text, expected", [
    # a Sorani clitic after a name: "-یان" (their), "-دا" (in)
    ("ئاوارەکان شاری کەرکووکیان جێهێشت و بەرەو هەولێر ڕۆیشتن.", [("کەرکووک", "Kirkuk"), ("هەولێر", "Erbil")]),
    ("هێزەکان لە کەرکووکدا مانەوە و ئاوارەکان بەرەو هەولێر ڕۆیشتن.", [("کەرکووک", "Kirkuk"), ("هەولێر", "Erbil")]),
    # "-ەوە" (from) after a name that ends in a consonant, "-وە" after one that ends in a vowel
    ("خێزانەکان لە موسڵەوە بەرەو کەمپەکانی هەولێر هاتن.", [("موسڵ", "Mosul"), ("هەولێر", "Erbil")]),
    ("شوانەکان بە شەو لە حەویجەوە بەرەو کەرکووک ڕۆیشتن.", [("حەویجە", "Al Hawijah"), ("کەرکووک", "Kirkuk")]),
    # Sorani common words are no villages: a period of time, said, new, more
    ("لە ماوەی دوو ڕۆژدا خێزانێکی نوێ گەیشتنە هەولێر، بەرپرسێک گوتی ژمارەیان زیاد دەکات.", [("هەولێر", "Erbil")]),
    # a missile, fell (on), was made (a target); "لەوانە" (among them) is one word, no "ل" (for) before a village
    ("لە نزیک کۆیە موشەک و درۆن بەر گوندێک کەوت و چوار کەس برینداربوون، لەوانە دوو منداڵ، و مزگەوتێکیش کرایە "
     "ئامانج لە سلێمانی.", [("کۆیە", "Koi Sanjaq"), ("سلێمانی", "Sulaymaniyah")]),
    # "بەسەر" (over) before a place: "they seized Jalawla"; "بنکە" (a base) is no hamlet
    ("لە عێراق، چەکدارەکان لە نزیک خانەقین دەستیان بەسەر جەلەولادا گرت و پێشمەرگە بەرەو بنکەی کەیوان کشانەوە.",
     [("عێراق", "Iraq"), ("خانەقین", "Khanaqin"), ("جەلەولا", "Jalawlah")]),
    # "گوندێک" (a village) and "چۆڵان" (empty lands) are words
    ("تەقەکە لە گوندێک لە نزیک کەرکووک و ناوچە چۆڵانەوە هات.", [("کەرکووک", "Kirkuk")]),
    # a country's Sorani name (the CLDR's): Iran; "سنووری" (the border of) is no hamlet
    ("درۆنەکان لە سنووری ئێران و عێراق بنکەیەکیان کردە ئامانج.", [("ئێران", "Iran"), ("عێراق", "Iraq")]),
    # a party and the IRGC named for Iran are no mention of it; the Iraqi army's is, and "لە" (in) ends it
    ("سوپای پاسدارانی ئێران و حیزبی دیموکراتی کوردستانی ئێران لە نزیک هەولێر ڕووبەڕووی یەک بوونەوە، "
     "سوپای عێراق لە موسڵ مایەوە.", [("هەولێر", "Erbil"), ("عێراق", "Iraq"), ("موسڵ", "Mosul")]),
])
def test_sorani_clitics_and_common_words(gz, text, expected):
    assert [(m.surface, m.place.name) for m in gz.geoparse(text)] == expected


def test_sorani_compass_words_before_a_name(gz):
    # "باکووری عێراق": the north of Iraq, as Arabic "شمال العراق" is
    text = "فڕۆکەکان لە باکووری عێراق بنکەکانیان بۆردومان کرد، وەک سەرچاوەکان گوتیان."
    got = [(m.surface, m.place.id) for m in gz.geoparse(text)]
    assert got == [("باکووری عێراق", "wof:85632191#north")]


def test_kurmanji_operation_names_after_the_euphrates(gz):
    # "Xezeba Firatê" (the Euphrates' Wrath) and "Burkana Firatê" (its Volcano) are operations, not the river
    text = "Operasyona Xezeba Firatê li bakurê Reqayê dest pê kir, ji aliyê Burkana Firatê ve hat ragihandin."
    assert "Euphrates" not in [m.place.name for m in gz.geoparse(text)]


@pytest.mark.parametrize("text, expected", [
    # a family name named after a village, whose nisba looks like the ezafe after the village's name
    ("خێزانەکان گەیشتنە کەمپی خازر، بەپێی دەزگای خێرخوازیی بارزانی، و مەسرور بارزانی داوای یارمەتی لە بەغدا کرد.",
     ["Khazir", "Baghdad"]),
    # the Kurmanji days of the week, in the oblique case too; a bar association named after its city
    ("Roja Şemiyê şervan ji Serêkaniyê ber bi Til Temirê ve vekişiyan.", ["Ra's al `Ayn", "Tall Tamr"]),
    ("Baroya Amedê û Baroya Mêrdînê gotin ku ew ê zirarê li Sûrê belge bikin.", []),
])
def test_kurdish_names_and_days_that_are_no_places(gz, text, expected):
    assert [m.place.name for m in gz.geoparse(text) if m.place and m.kind == "place"] == expected


def test_sorani_too_after_a_name(gz):
    # "-یش" (too) written onto a name: "موسڵیش", Mosul too
    text = "لە باکووری ڕۆژهەڵاتی موسڵیش، پێشمەرگە لە بەعشیقە کشایەوە."
    got = [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None]
    assert ("موسڵ", "wof:421186153") in got


def test_sorani_street_is_no_city(gz):
    # "شەقامی سالم" is Salim Street in Sulaymaniyah, not Salem in India
    text = "لە ناوەندی شاری سلێمانی، هێزەکانی ئاسایش ڕێگاکانی دەوروبەری شەقامی سالمیان داخست."
    assert all(m.place.country == "IQ" for m in gz.geoparse(text) if m.place is not None)


def test_sorani_halabja(gz):
    text = "خۆپیشاندان لە هەڵەبجە و چەمچەماڵ و کەلار بەڕێوەچوون."
    assert "wof:421174993" in [m.place.id for m in gz.geoparse(text) if m.place is not None]


def test_kurmanji_road_and_lebanon(gz):
    # "rêya Şeddadê" (the road to Shaddadi) and Lebanon's Kurmanji name in the oblique
    text = ("Nêzî 3 hezar kes ji gundên Xabûrê koçî Hesekê û Qamişloyê kirine; hinek jî ber bi Libnanê ve çûne. "
            "Şervanan gundên başûrê bajêr heta ser rêya Şeddadê paqij kirin.")
    got = {m.surface: m.place.id for m in gz.geoparse(text) if m.place is not None}
    assert got.get("Libnanê") == "gn:272103" and got.get("Şeddadê") == "wof:1259983725", got


def test_kurmanji_river_noun_before_a_name(gz):
    # "çemê Dîcleyê", the river Tigris, is no Dicle district of Diyarbakır
    text = "Bendava Ilısuyê li ser çemê Dîcleyê tê avakirin, ne dûrî Heskîfê û Midyadê."
    assert {m.surface: m.place.id for m in gz.geoparse(text)}["çemê Dîcleyê"] == "cur:tigris"


@pytest.mark.parametrize("text, surface, name", [
    # the Sorani copula on a name: "is Iran's border", "is from Halabja"
    ("پێنجوێن لەسەر سنووری ئێرانە.", "ئێران", "Iran"),
    ("یەکێک لە بریندارەکان خەڵکی هەڵەبجەیە.", "هەڵەبجە", "Halabja"),
])
def test_sorani_copula_after_a_name(gz, text, surface, name):
    assert (surface, name) in [(m.surface, m.place.name) for m in gz.geoparse(text) if m.place is not None]


def test_sorani_number_two_is_no_town(gz):
    text = "ئێران لە نزیک پێنجوێن. دوو هێرشەکە ڕۆژی هەینی بوون."
    assert "دوو" not in [m.surface for m in gz.geoparse(text)]


def test_kurmanji_church_of_is_no_daraa(gz):
    text = ("Li gorî şaredariyê, elektrîk hatine birîn, û Dêra Mor Yaqûb, yek ji dêrên herî kevn ên Tur Abdînê, "
            "li Nisêbînê ye.")
    assert "Daraa" not in [m.place.name for m in gz.geoparse(text) if m.place is not None]


@pytest.mark.parametrize("text, word", [
    # a common noun with the definite article ("the battle"), a broadcaster ("Voice of America")
    ("بەپێی سەرچاوە ناوخۆییەکان، شەڕەکە لە نزیک دووز و کەرکووک دەستیپێکرد.", "شەڕەکە"),
    ("لەگەڵ دەنگی ئەمریکا قسەی کرد لە کەرکووک.", "ئەمریکا"),
    # goods, a league's round, here, a field (with Sorani's ezafe): not Kahla, Khulay, Ayrah or Warri (Sorani
    # writes no Arabic "ب" onto a name)
    ("نرخی کاڵاکان لە کەرکووک بەرز بووەوە.", "کاڵا"),
    ("یاری خولی نایاب لە کەرکووک دواخرا.", "خولی"),
    ("خەڵک لە دووزەوە دێن بۆ ئێرە، واتە بۆ کەرکووک.", "ئێرە"),
    ("لە بواری تەندروستیدا کەرکووک کێشەی هەیە.", "واری"),
])
def test_sorani_words_that_are_no_places(gz, text, word):
    got = [m.surface for m in gz.geoparse(text) if m.place is not None]
    assert word not in got and "کەرکووک" in got


@pytest.mark.parametrize("text, surface, name", [
    ("هاتوچۆ لە نزیک ناحیەی قوشتەپە لە هەولێر بۆ چەند کاتژمێرێک وەستا", "قوشتەپە", "Qushtepe"),  # subdistrict of
    ("چەند خێزانێکیش لە مەخموور و گوێرەوە گەیشتن", "گوێر", "Al Kuwayr"),  # "and" written apart, after a place
])
def test_sorani_villages_after_a_subdistrict_noun_or_a_separate_and(gz, text, surface, name):
    assert (surface, name) in [(m.surface, m.place.name) for m in gz.geoparse(text)]


def test_sorani_hundreds_and_families_are_no_places(gz):
    got = [m.surface for m in gz.geoparse("سەدان خێزان لە حەلەب ڕۆیشتن")]
    assert got == ["حەلەب"]  # "سەدان" (hundreds), "خێزان" (a family): not Sadan or Hizan


def test_a_village_in_front_of_the_hills_is_a_place(gz):
    # Kurmanji "ber", in front of: the hills by Maabatli, in the Afrin district
    got = {m.surface: m.place.id for m in gz.geoparse("Li Efrînê û li navçeya Şiyê şer li ser girên ber Mabeta berdewam e.")}
    assert got.get("Mabeta") == "wof:1242667301"


def test_the_kurdish_red_crescent_is_no_place(gz):
    ms = gz.geoparse("Li Efrînê şer berdewam e. Heyva Sor a Kurd ragihand ku nexweşxane tijî birîndar e.")
    assert [m.surface for m in ms] == ["Efrînê"]


def test_a_sorani_name_ending_like_a_definite_plural(gz):
    # "سیدەکان" is Sidakan, whose name ends like the definite plural "-ەکان"; "شەڕەکە" (the battle) stays a word
    ms = gz.geoparse("دوو شوان لە سیدەکان کوژران. شەڕەکە لە هەولێر بوو.")
    assert [(m.surface, m.place.id) for m in ms] == [("سیدەکان", "wof:1242765843"), ("هەولێر", "wof:1125920643")]


def test_north_of_a_village_in_kurmanji(gz):
    text = ("Li herêma Zaxoyê, topên Tirk li gundê Batîfayê ketin. Roja Duşemê topên Tirk li çiyayên li bakurê "
            "Derkarê ketin û agir berdan.")
    assert "Derkarê" in [m.surface for m in gz.geoparse(text)]


def test_a_border_gate_of_a_town_in_the_oblique_case(gz):
    text = ("Gelek malbat li ber deriyê sînor ê Mürşitpınarê li benda vegerê ne, lê rayedarên Tirkiyê hîn derî "
            "venekirine li Kobanê.")
    assert {m.surface: m.place.id for m in gz.geoparse(text)}.get("Mürşitpınarê") == "wof:1226359049"


@pytest.mark.parametrize("text, word", [
    # a Sorani given name before a family name or a nisba is a man's name, not a place
    ("مەسعود بارزانی لە هەولێر پێشوازی لە شاندەکە کرد.", "مەسعود"),
    ("حەیدەر عەبادی لە بەغدا ڕایگەیاند کە هێزەکان دەگەنە کەرکووک.", "حەیدەر"),
    ("ئاسۆ گەرمیانی، ڕۆژنامەنووس، لە سلێمانی وتی کە ڕێگاکان داخراون.", "گەرمیان"),
])
def test_sorani_given_names_are_no_places(gz, text, word):
    assert word not in [m.surface for m in gz.geoparse(text) if m.place is not None]


@pytest.mark.parametrize("text, word, kept", [
    # a fighter's nom de guerre is a given name (or "Heval", comrade) and a town: the man, not the town
    ("Fermandarê YPGê Heval Amed got ku şer li bajarê Kobanê berdewam e û gund hatin girtin.", "Amed", "Kobanê"),
    ("Fermandara YPJê Rojda Qamişlo ragihand ku êrîş li Girê Spî hatin rawestandin.", "Qamişlo", "Girê Spî"),
    ("Mazlum Kobani, SDG komutanı, Haseke'de gazetecilerle görüştü.", "Kobani", "Haseke"),
])
def test_a_nom_de_guerre_is_no_place(gz, text, word, kept):
    got = [m.surface for m in gz.geoparse(text) if m.place is not None]
    assert word not in got and kept in got


def test_peace_in_an_operations_name_is_no_italian_town(gz):
    text = "Artêşa Tirk bi navê Kaniya Aştiyê êrîşî Serêkaniyê û Girê Spî kir."
    got = [m.place.name for m in gz.geoparse(text) if m.place is not None]
    assert "Asti" not in got and "Ra's al `Ayn" in got


def test_guards_named_after_a_river(gz):
    text = "Endamekî Parastvanên Xabûrê li Til Temirê got ku şer li gundên Hesekê berdewam e."
    assert "Xabûrê" not in [m.surface for m in gz.geoparse(text)]


@pytest.mark.parametrize("text, word", [
    ("Şer li herêma Efrînê di nîvê duyem ê Sibatê de dijwartir bû.", "Sibatê"),  # in the second half of February
    ("پارێزگاری کەرکووک، نەجمەدین کەریم، ڕووی کردە هەولێر.", "کەریم"),  # Najmaldin Karim, the governor
    ("سەدان خانوو سووتێنران و تاڵان کران لە دووزخورماتوو.", "کران"),  # (they) were done
])
def test_a_month_a_governors_name_and_a_verb_are_no_places(gz, text, word):
    assert word not in [m.surface for m in gz.geoparse(text)]


@pytest.mark.parametrize("text, surface, name", [
    # Kurmanji nouns of place before a name in the oblique: the centre of, the province of
    ("Duhok – Şeva 1ê Gulanê, li navenda Sinûnê pevçûn di navbera artêşa Iraqê û çekdaran de derketin.", "Sinûnê",
     "Sinuni"),
    ("Rayedarên parêzgeha Neynewayê li Mûsilê civiyan û got ku gundên Şengalê hatin bombebarankirin.", "Neynewayê",
     "Nineveh"),
])
def test_kurmanji_nouns_of_place_before_an_oblique(gz, text, surface, name):
    assert (surface, name) in [(m.surface, m.place.name) for m in gz.geoparse(text) if m.place is not None]


@pytest.mark.parametrize("text, word", [
    ("بەرەبەیانی ئەمڕۆ هێزەکان گەیشتنە کەرکووک.", "بەرەبەیان"),  # at dawn
    ("کێڵگە نەوتییەکانی باکووری کەرکووک گیران.", "کێڵگە"),  # the oil fields
    ("هێزەکان چوونە ناو شاری کەرکووک.", "چوونە"),  # (they) went into
    ("شەڕ گەیشتە نزیک زاخۆ، کە بۆری نەوتی هەرێمی کوردستان لەوێوە بەرەو تورکیا دەڕوات.", "بۆر"),  # the pipeline
    ("شەڕێکی توند لە دەوروبەری ئاڵتوون کۆپری لە نێوان پێشمەرگە و سوپای عێراق و تورکیا ڕوویدا.", "کۆپری"),  # a bridge
])
def test_sorani_words_that_fold_like_villages(gz, text, word):
    assert word not in [m.surface for m in gz.geoparse(text)]


@pytest.mark.parametrize("text, surface, name", [
    # a name after a Kurmanji ezafe ("yên", or a plural noun in "-ên") is "of" that place
    ("Karmendên zeviyên petrolê yên Rimêlanê dibêjin ku ew bi tirs diçin ser kar li Qamişlo û Hesekê.", "Rimêlanê",
     "Rmelan"),
    ("Gelek malbatên Mabetayê û gundên derdorê ber bi navenda Efrînê ve bar kirin.", "Mabetayê", "Al Ma`batli"),
    # the American adjective, however spelt
    ("Hêzên Sûriya Demokratîk bi piştgiriya leşkerên Emerîkî li Hesekê şer kirin.", "Emerîkî", "United States"),
])
def test_kurmanji_ezafe_and_the_american_adjective(gz, text, surface, name):
    assert (surface, name) in [(m.surface, m.place.name) for m in gz.geoparse(text)]


@pytest.mark.parametrize("text, word", [
    ("Çavdêran diyar kir ku çekdarên Firqeya Sultan Murad ji xeta li bakurê gund pêşde çûn.", "Firqeya"),  # a division
    ("Hinek malbat xwe gihandine taxên Kurdan ên Helebê.", "Kurdan"),  # of the Kurds
])
def test_a_divisions_name_and_the_kurds_after_an_ezafe_are_no_places(gz, text, word):
    assert word not in [m.surface for m in gz.geoparse(text)]



def test_the_front_of_a_town_in_kurmanji(gz):
    # "li eniya Cindirêsê": on the Jindires front
    text = ("Balafirên Tirkiyeyê gundên li herêma Efrînê bombebaran kirin. Şervaneke YPJê li eniya Cindirêsê xwe li "
            "tankekê teqand.")
    assert ("Cindirêsê", "Jindayris") in [(m.surface, m.place.name) for m in gz.geoparse(text)]


@pytest.mark.parametrize("text, expected", [
    # Sorani "پردێ" (Pirdê) is Altun Kupri; "پردی" (the bridge of), which folds alike, is no town
    ("ڕۆژی ٢٠ی تشرینی یەکەم توندترین پێکدادان لە نێوان پێشمەرگە و هێزەکانی عێراق لە پردێ ڕوویدا.",
     [("عێراق", "Iraq"), ("پردێ", "Altun Kubri")]),
    ("خەڵک لە نزیک پردی دەلال لە زاخۆ کۆبوونەوە.", [("زاخۆ", "Zakho")]),
])
def test_pirde_by_its_sorani_letters(gz, text, expected):
    assert [(m.surface, m.place.name) for m in gz.geoparse(text)] == expected


def test_the_euphrates_by_its_kurmanji_name(gz):
    # "çemê Feratê": the Euphrates river, in the oblique case
    text = ("Şervanên YPGê li bakurê bajêr li ber xwe dan. Pira li ser çemê Feratê hat teqandin û rê li Kobaniyê "
            "hat girtin.")
    got = [(m.surface, m.place.id) for m in gz.geoparse(text)]
    assert ("çemê Feratê", "cur:euphrates") in got
    # (but not in the name of Turkey's operation "Euphrates Shield", "Mertalê Feratê")
    text = ("Şervanên YPGê li bakurê bajêr li ber xwe dan. Tirkiyeyê bi operasyona Mertalê Feratê ket Cerablusê û "
            "paşê ber bi El Babê ve pêşve çû. Şervan derbasî rojavayê Feratê bûn.")
    got = [(m.start, m.place.name) for m in gz.geoparse(text)]
    assert (text.rindex("Feratê"), "Euphrates") in got and (text.index("Feratê"), "Euphrates") not in got
    assert ("Jarabulus", "al-Bab") == tuple(name for _, name in got if name in ("Jarabulus", "al-Bab"))
