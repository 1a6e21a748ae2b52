"""Geoparsing Turkish text: case endings, ş and ı, organisations, feature nouns. Texts written for these tests."""

from __future__ import annotations

from gz_fixtures import check_mentions, fresh_gz, gz, join_words, surfaces  # noqa: F401  (pytest fixtures)

import pytest


def test_turkish_case_endings_after_a_name(gz):
    text = "Deprem Kahramanmaraş'ın Pazarcık ilçesinde oldu; Hatay'ın Antakya ilçesi ve Osmaniye'de binalar yıkıldı."
    got = surfaces(gz.geoparse(text))
    assert {"Kahramanmaraş", "Pazarcık", "Hatay", "Antakya", "Osmaniye"} <= set(got)
    # an Arabic name's apostrophe is an ayn or hamza, not a case ending
    assert "Qal'at al-Madiq" in surfaces(gz.geoparse("Qal'at al-Madiq was shelled in Syria."))


def test_turkish_names_of_syrian_towns(gz):
    text = "Suriye'de Tel Rıfat, Menbiç ve Ayn İsa çevresindeki hedefler topçu ateşiyle vuruldu."
    assert [m.place.name for m in gz.geoparse(text)] == ["Syria", "Tell Rifaat", "Manbij", "`Ayn `Isa"]


def test_turkish_case_ending_on_the_last_word_of_a_name(gz):
    ms = gz.geoparse("Suriye'nin kuzeyinde Resulayn ve Tel Abyad'da çatışmalar sürdü.")
    assert [(m.surface, m.place.name) for m in ms][-1] == ("Tel Abyad", "Tall Abyad")


def test_turkish_press_spellings_in_running_text(gz):
    text = ("Suriye'de hükümet güçleri Han Şeyhun'a girdi; Cisr eş-Şugur çevresinde çatışmalar sürdü. "
            "Irak'ta Şengal ve Zaho yakınlarında patlamalar duyuldu.")
    assert [m.place.name for m in gz.geoparse(text)] == [
        "Syria", "Khan Shaykhun", "Jisr al-Shughur", "Iraq", "Sinjar", "Zakho"]


@pytest.mark.parametrize("text, expected", [
    # a case ending closes the proper noun before it: the operation's name does not swallow the town
    ("Barış Pınarı Harekâtı'nda Resulayn ve Tel Abyad merkezleri ele geçirildi.", ["Ra's al `Ayn", "Tall Abyad"]),
    # a vowel ending on a plain-ASCII name, in Turkish text; the name ends a run of capitalised words
    # (the Turkish armed forces: a demonym, as "Turkish" is)
    ("Türk Silahlı Kuvvetleri Afrin'e girdi; Kilis'e roket düştü.", ["Turkey", "Afrin", "Kilis"]),
    # the ending marks the word as a place
    ("Bakanlık, Sincar ve Mahmur'daki hedeflerin vurulduğunu açıkladı.", ["Sinjar", "Makhmur"]),
])
def test_turkish_case_endings_in_turkish_text(gz, text, expected):
    assert [m.place.name for m in gz.geoparse(text)] == expected


def test_turkish_settlement_nouns_in_any_case(gz):
    # the first of two names before "beldelerini" (the towns, accusative) is a settlement too
    text = "Suriye'de Türk Silahlı Kuvvetleri, Afrin'in Raco ve Cinderes beldelerini kontrol altına aldı."
    assert [m.place.name for m in gz.geoparse(text)][-2:] == ["Rajo", "Jindayris"]
    text = "Suriye'nin Lazkiye kentinde Rus uçakları Yamadı köyünü bombaladı."
    assert [m.place.name for m in gz.geoparse(text)][-1] == "Yamadiyah"   # not Yamadı in Burdur
    text = "Burdur'un Yamadı köyünde hasat başladı."
    assert gz.geoparse(text)[-1].place.admin1 == "Burdur"


def test_turkish_and_before_a_place_with_a_case_ending(gz):
    # "Sarmada ve Atme'deki kamplar": the camps in Sarmada and Atme; the case ending on the second marks both
    text = "Yardım İdlib'e ulaştı; tırlar Sarmada ve Atme'deki kamplara yöneldi."
    assert [m.place.name for m in gz.geoparse(text)][-2:] == ["Sarmada", "Atmah"]


@pytest.mark.parametrize("text, surface, name", [
    ("Suriye'den gelen tırlar Öncüpınar Gümrük Kapısı'nda bekledi.", "Öncüpınar", "Öncüpınar border gate"),
    # (the base with its noun, as "Takaddum Hava Üssü" and "Tişrin Barajı" are read)
    ("ABD uçakları İncirlik Üssü'nden kalktı.", "İncirlik Üssü", "Incirlik Air Base"),
    ("Suriye'nin kuzeyindeki Karkamış Sınır Kapısı kapatıldı.", "Karkamış", "Karkamış"),
])
def test_turkish_site_nouns_after_a_place(gz, text, surface, name):
    # a capitalised Turkish noun for a site (border gate, customs gate, base) does not make a longer proper name
    got = {m.surface: m.place.name for m in gz.geoparse(text)}
    assert got.get(surface) == name, got


@pytest.mark.parametrize("text", [
    "Rus uçakları İdlib'in güneyindeki Han Şeyhun ve Kefr Nebil ilçelerini vurdu.",
    "Suriye'de uçaklar Han Şeyhun ve Kefr Nebil'i vurdu.",
])
def test_turkish_spelling_variant_read_where_a_place_stands(gz, text):
    # "Kefr Nebil" is no key; its consonants are Kafr Nabl's, and in Turkish it stands where a place does: after
    # "ve" (and), before a settlement's noun or with a case ending. "İdlib" marks a text about Syria.
    assert [m.place.name for m in gz.geoparse(text)][-1] == "Kafr Nabl"


def test_turkish_and_after_another_place_is_a_list(gz):
    text = "Suriye'de Türk Silahlı Kuvvetleri Afrin'e bağlı Cinderes, Raco ve Bülbül beldelerine girdi."
    assert [m.place.name for m in gz.geoparse(text)][-2:] == ["Rajo", "Bulbul"]
    # the name before "ve" is no place: the second name is not read as a village on that strength alone (Metina is
    # the region by the Turkish border in Duhok, not Ovabaşı, a Turkish village once called Metina)
    text = "Türk Silahlı Kuvvetleri, Irak'ın kuzeyindeki Hakurk ve Metina bölgelerinde hava harekâtı düzenledi."
    assert [m.place.id for m in gz.geoparse(text) if m.surface == "Metina"] == ["cur:metina"]


def test_turkish_press_name_of_jabal_al_zawiya(gz):
    ms = gz.geoparse("İdlib'in güneyindeki Cebel Zaviye bölgesinde çatışmalar sürüyor.")
    assert [m.place.id for m in ms] == ["wof:890432567", "cur:jabal-al-zawiya"]


@pytest.mark.parametrize("text, names", [
    # a Turkish adjective of where before a village: "Güneybatıdaki Cinderes" (Jindires, in the south-west)
    ("Suriye'nin kuzeyinde Afrin'e bağlı beldeler: Güneybatıdaki Cinderes ve Şeyh Hadid sınırın karşısında.",
     ["Northern Syria", "Afrin", "Jindayris", "Shaykh al Hadid"]),
    ("Halep'in Şeyh Maksud mahallesinde çatışmalar sürdü.", ["Aleppo", "Sheikh Maqsoud"]),
])
def test_turkish_names_of_syrian_places(gz, text, names):
    assert [m.place.name for m in gz.geoparse(text)] == names


def test_turkish_press_spellings_of_the_last_islamic_state_pocket(gz):
    text = "DEAŞ'ın varlığı Süse, Bağoz ve Buhasan beldeleri ile sınırlı kaldı; Heccin düştü."
    assert [m.place.name for m in gz.geoparse(text)] == ["As Susah", "Baghuz", "Abu Hasan", "Hajin"]


def test_turkish_press_name_of_the_tishrin_dam(gz):
    ms = gz.geoparse("SMO güçleri Münbiç'in güneyindeki Tişrin Barajı'nın kontrolünü ele geçirdi.")
    assert [m.place.id for m in ms if m.surface.startswith("Tişrin")] == ["cur:tishrin-dam"]


def test_turkish_meclis_is_the_parliament(gz):
    text = "Darbeciler Meclis'i bombaladı, İstanbul'da köprüler kapatıldı."
    assert [m.place.name for m in gz.geoparse(text)] == ["Istanbul"]


@pytest.mark.parametrize("text, expected", [
    # organisations whose names end with a Turkish head noun
    ("Özgür Suriye Ordusu birlikleri Cerablus ve Çobanbey hattından ilerledi.", ["Jarabulus", "al-Rai"]),
    ("Kerkük Türkmen Kültür Derneği başkanı Ankara'da konuştu.", ["Ankara"]),
    # the country's own army and ministry speak for the country; the name ends at its head
    ("Irak Ordusu Kerkük'e girdi. Rusya Savunma Bakanlığı açıklama yaptı.", ["Iraq", "Kirkuk", "Russia"]),
    ("Suriye Demokratik Güçleri Rakka'ya girdi.", ["Ar Raqqah"]),
])
def test_turkish_organisations_end_with_their_head(gz, text, expected):
    assert [m.place.name for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("İki gün sonra Antakya'da enkaz kaldırıldı.", ["Antakya"]),            # two, not Iki in Japan
    ("Köyün muhtarı, \"Çocuklar korkudan okula gidemiyor\" dedi; köy Hakkari'de.", ["Hakkâri"]),  # children
    # a weekday after a date or before a part of the day: no town Çarşamba, Pazar
    ("Şanlıurfa'nın Ceylanpınar ilçesinde 22 Temmuz 2015 Çarşamba sabahı iki polis öldürüldü.",
     ["Sanliurfa", "Ceylanpınar"]),
    ("Gaziantep'te 16 Ekim 2016 Pazar öğle saatlerinde bir operasyon düzenlendi.", ["Gaziantep"]),
    ("Ordu'da sel yaşandı. Ordu birlikleri Afrin'e girdi.", ["Ordu", "Afrin"]),  # the city, with its ending
    ("İskenderun Limanı'nda konteynerler yandı.", ["İskenderun"]),            # the port of İskenderun
    ("Rusya ve ABD açıklama yaptı.", ["Russia", "United States"]),
    # "ABD" is the Turkish abbreviation only in Turkish
    ("Abd al-Rahman said the ABD unit left Raqqa.", ["Ar Raqqah"]),
])
def test_turkish_words_names_and_abbreviations(gz, text, expected):
    assert [m.place.name for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Hükümet 8 Aralık 2024'te düştü. Kasım 2015'te Cizre'de yasak başladı.", ["Cizre"]),
    ("Silvan'da Kasım ayında, Lice'de ise defalarca yasak uygulandı.", ["Silvan", "Lice"]),
    ("Diyarbakır Barosu açıklama yaptı; Cizre'de yasak sürüyor.", ["Cizre"]),
])
def test_turkish_dates_and_offices(gz, text, expected):
    assert [m.place.name for m in gz.geoparse(text)] == expected


def test_the_turkish_armed_forces_are_no_cue_of_where(gz):
    text = ("Zeytin Dalı Harekâtı kapsamında Türk Silahlı Kuvvetleri Afrin'e bağlı Cinderes, Raco ve Bülbül "
            "beldelerinin kontrolünü sağladı.")
    got = {m.surface: m.place for m in gz.geoparse(text)}
    assert got["Bülbül"].country == "SY"


def test_ankara_in_turkish_is_the_capital(gz):
    text = ("Haseke ve Kamışlı'da çatışmalar sürdü; Tel Temir ve Ayn İsa çevresinde SİHA saldırıları yaşandı. "
            "17 Ekim'de Ankara'da ABD ile ateşkes mutabakatı varıldı.")
    got = {m.surface: m.place for m in gz.geoparse(text)}
    assert got["Ankara"].country == "TR"


@pytest.mark.parametrize("text, expected", [
    # a country's Turkish name and "-lı", in any vowel, plural or case
    ("Azerbaycanlı kurtarma ekipleri Hatay'a ulaştı.", [("Azerbaycanlı", "AZ"), ("Hatay", "TR")]),
    ("Afganistanlı göçmenler ve Pakistanlılar sınırda bekliyor.", [("Afganistanlı", "AF"), ("Pakistanlılar", "PK")]),
    ("Gazeteci Ali Kılıçlı dün Ankara'da konuştu.", [("Ankara", "TR")]),  # (a surname in "-lı" is none)
])
def test_turkish_demonyms_in_li(gz, text, expected):
    assert [(m.surface, m.place.country) for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Turkish: "ABD" before a title is the United States, not the given name Abd
    ("Türkiye'nin Suriye'deki harekatı sürüyor. Ankara'ya gelen ABD Başkan Yardımcısı Mike Pence görüştü.",
     [("Türkiye", "TR"), ("Suriye", "SY"), ("Ankara", "TR"), ("ABD", "US")]),
    # "Resulayn" is the Syrian town (Ras al-Ayn), not Ceylanpınar across the border, which once bore the name
    ("Tel Abyad ve Resulayn arasında çatışmalar sürüyor; Ceylanpınar'a havan mermisi düştü.",
     [("Tel Abyad", "SY"), ("Resulayn", "SY"), ("Ceylanpınar", "TR")]),
    # who struck, named alone, makes no hamlet of its country out of a town abroad
    ("Türk Silahlı Kuvvetleri Resulayn'da ilerliyor.", [("Türk", "TR"), ("Resulayn", "SY")]),
])
def test_turkish_reporting_on_syria(gz, text, expected):
    assert [(m.surface, m.place.country) for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Turkish names of the Syrian Observatory, the Red Crescents and the Duma hold no places
    ("Suriye İnsan Hakları Gözlemevi'ne göre İdlib'de 12 kişi öldü.", ["İdlib"]),
    ("Türk Kızılay ve Suriye Arap Kızılayı Halep'e yardım gönderdi.", ["Halep"]),
    ("Rus Devlet Duması kararı onayladı; Moskova'da toplantı yapıldı.", ["Moskova"]),
    # (the Turkish Air Force is Turkey's)
    ("Türk Hava Kuvvetlerine ait uçaklar Afrin'e saldırdı.", ["Türk", "Afrin"]),
])
def test_turkish_organisations(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Turkish "Şam" is Damascus; "eş-Şam" (HTS's name) and "Şam FM" are not
    ("Şam'da patlama: Suriye'nin başkentinde 3 kişi öldü.", [("Şam", "SY"), ("Suriye", "SY")]),
    ("Heyet Tahrir eş-Şam İdlib'de kontrolü elinde tutuyor.", [("İdlib", "SY")]),
])
def test_turkish_sam_is_damascus(gz, text, expected):
    assert [(m.surface, m.place.country) for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Turkish: names before the noun of a town's quarters are quarters, not namesakes far away; a river by its noun
    ("Cizre'de yasak, Cudi, Nur ve Sur mahalleleri dışında kaldırıldı. Dicle Nehri kıyısındaki ilçede enkaz "
     "kaldırılıyor.", [("Cizre", "Cizre"), ("Dicle Nehri", "Tigris")]),
    ("Nusaybin'de yasak sürüyor; Fırat ve Dicle mahallelerinde operasyonlar devam ediyor.", [("Nusaybin", "Nusaybin")]),
    # (a case ending ends the list: the quarters are in those towns)
    ("Tuzhurmatu ve Dakuk'taki Türkmen mahallelerinde sükûnet hâkimdi, Kerkük'te de.",
     [("Tuzhurmatu", "Tuz Khurmatu"), ("Dakuk", "Daquq"), ("Kerkük", "Kirkuk")]),
    # a governorship or a municipality named after its province is the office
    ("Şırnak Valiliği'nin açıklamasına göre yasak Cizre'de kaldırıldı.", [("Cizre", "Cizre")]),
    # the Afrin subdistrict by its Turkish name
    ("Zeytin Dalı Harekâtı'nda Afrin'in Şeran beldesi de ele geçirildi.",
     [("Afrin", "Afrin"), ("Şeran beldesi", "Sharan")]),
    # the city, not two Syrian hamlets of its name, beside the Syrian border
    ("In Tal Afar, close to the Syrian border west of Mosul, troops built outposts street by street.",
     [("Tal Afar", "Tal Afar"), ("Syrian", "Syria"), ("Mosul", "Mosul")]),
    # a given name and a family's, after a Spanish cue, in a text that names the hamlet's province
    ("Miles de sirios huyen de la ofensiva del Ejército de Bashar al Asad en la provincia de Alepo, hacia Kilis.",
     [("sirios", "Syria"), ("provincia de Alepo", "Aleppo"), ("Kilis", "Kilis")]),
])
def test_turkish_quarters_rivers_offices_and_people(gz, text, expected):
    assert [(m.surface, m.place.name) for m in gz.geoparse(text) if m.place is not None] == expected


def test_turkish_names_of_the_kurdistan_region(gz):
    got = [(m.surface, m.place.id) for m in gz.geoparse("Kürdistan Bölgesi'nde Erbil ve Süleymaniye'de gösteri yapıldı.")]
    assert got[0] == ("Kürdistan Bölgesi", "cur:kurdistan-region")


@pytest.mark.parametrize("text, surface, expected", [
    # Turkish "ş" for sh, where only the spelling with sh is a name: Binnish, not Babinnis
    ("Cilvegözü'nden geçen konvoy Sermada ve Binniş'e ulaştı; İdlib'de çatışmalar sürüyor.", "Binniş", "Binnish"),
    # a Turkish village that once bore a name yields it to the place abroad a cited spelling gives it
    ("Mahmur Kampı'na saldırı düzenlendi; Erbil ve Kandil'de PKK hedefleri vuruldu.", "Mahmur Kampı",
     "Makhmour refugee camp"),
])
def test_turkish_spellings_of_places_abroad(gz, text, surface, expected):
    assert [m.place.name for m in gz.geoparse(text) if m.surface == surface] == [expected]


@pytest.mark.parametrize("text, surface, pid", [
    # Turkish puts the mountain's noun after the name, where Arabic names put "Jabal" first
    ("Bakanlık, İdlib'in güneyinde Atarib ile Zaviye Dağı hattında yeni mevziler kurulduğunu bildirdi.",
     "Zaviye Dağı", "cur:jabal-al-zawiya"),
    ("Suriye'nin Hama kırsalında Şahşabu dağlarında çatışmalar sürüyor.", "Şahşabu dağlarında",
     "cur:jabal-shahshabu"),
    # and the river's: "Diyala Nehri" is the Diyala River, not a village called Nehri
    ("Irak ordusu Diyala Nehri boyunca kuzeye ilerleyerek Celavla'ya ulaştı.", "Diyala Nehri", "cur:diyala-river"),
])
def test_turkish_mountain_noun_after_the_name(gz, text, surface, pid):
    got = {m.surface: m.place.id for m in gz.geoparse(text)}
    assert got.get(surface) == pid, got


def test_turkish_mountain_noun_keeps_a_name_without_a_jabal(gz):
    # a name with no "Jabal" place of its own stays what it was (Ağrı Dağı is Mount Ararat, in Ağrı province)
    got = [(m.surface, m.place.country) for m in gz.geoparse("Dağcılar Ağrı Dağı'nın eteklerinde, Ağrı'da toplandı.")]
    assert got and all(cc == "TR" for _, cc in got), got


def test_turkish_unit_noun_ends_its_name(gz):
    # "4. Zırhlı Tümen": the 4th Armoured Division, not Tyumen (Turkish "Tümen") nor Tumen in China
    text = "Suriye ordusunun 4. Zırhlı Tümen birlikleri sabah saatlerinde Dera kentine girdi, yerel kaynaklar bildirdi."
    names = [m.place.name for m in gz.geoparse(text)]
    assert "Tyumen" not in names and "Tumen" not in names


def test_turkish_assembly_named_after_a_camp(gz):
    text = "Mahmur Kampı Halk Meclisi, Türk SİHA'larının kampı vurduğunu açıkladı; saldırıda iki kişi yaralandı."
    assert "Mahmur Kampı" not in [m.surface for m in gz.geoparse(text)]


@pytest.mark.parametrize("text, expected", [
    # a village a Turkish site is named after, before the site's noun (the site itself not in the data)
    ("Ekim ayında Mürşitpınar Sınır Kapısı'ndan geçen aileler Suruç'taki kamplara yerleştirildi.",
     ["Mursitpinar", "Suruç"]),
    # (and the site, where the data has it: the Malabadi Bridge)
    ("Askerler İlçenin doğusundaki Malabadi Köprüsü çevresinde nöbet tuttu, Silvan'a giriş yasaklandı.",
     ["Malabadi Bridge", "Silvan"]),
])
def test_the_village_a_turkish_site_is_named_after(gz, text, expected):
    assert [m.place.name for m in gz.geoparse(text) if m.place and m.kind == "place"] == expected


def test_a_border_gate_named_after_an_operation_is_the_gate(gz):
    # the operation's name opens the gate's: the gate, where the operation alone stays no place
    got = [(m.surface, m.place.id) for m in gz.geoparse("Yardım tırları Zeytin Dalı Sınır Kapısı üzerinden "
                                                       "Afrin'e ulaştı.") if m.place is not None]
    assert ("Zeytin Dalı Sınır Kapısı", "cur:zeytin-dali-border-gate") in got
    assert [m.surface for m in gz.geoparse("Zeytin Dalı Harekâtı Afrin'de sürdü.")] == ["Afrin"]


def test_turkish_titles_make_the_name_after_them_a_person(gz):
    # "İçişleri Bakanı" (the interior minister): his surname is a village's name, here and where it recurs; the
    # governor's province before "Valisi" stays a place
    text = ("İçişleri Bakanı Süleyman Soylu, Reyhanlı ilçesinden geçti. Törende konuşan Soylu, Atme ve Sermada "
            "çevresini anlattı. Hatay Valisi Rahmi Doğan da oradaydı.")
    got = [m.surface for m in gz.geoparse(text) if m.place is not None]
    assert "Soylu" not in got and "Hatay" in got and "Reyhanlı" in got


def test_turkish_air_base_noun_after_its_name(gz):
    # "Hava Üssü" (air base) after the name: the base the data holds under its English name, the noun read with it
    text = "Irak ordusu Takaddum Hava Üssü'nden Ramadi'ye doğru ilerledi."
    got = [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None]
    assert ("Takaddum Hava Üssü", "wof:102542473") in got


def test_a_village_before_ve_and_a_town_with_its_article(gz):
    got = [(m.surface, m.place.name) for m in gz.geoparse("ÖSO birlikleri Dabık ve El Bab yönünde ilerliyor.")]
    assert got == [("Dabık", "Dabiq"), ("El Bab", "al-Bab")]


@pytest.mark.parametrize("text, name", [
    ("Hizbullah militanları Zebedani'yi Bludan tepelerinden ve Madaya yönünden kuşatıyor.", "Bludan"),
    ("Muhaliflerin ele geçirdiği Mastuma askeri kampının çevresindeki köylerden aileler ayrıldı. İdlib'de.",
     "Al Mastumah"),
])
def test_a_village_before_its_hills_or_its_military_camp(gz, text, name):
    assert name in [m.place.name for m in gz.geoparse(text)]


def test_a_directorate_named_for_a_province(gz):
    assert [m.surface for m in gz.geoparse("Mardin Bölge Müdürlüğü açıklama yaptı; Nusaybin'de.")] == ["Nusaybin"]


@pytest.mark.parametrize("text, expected", [
    # "-li" after an abbreviation's apostrophe: of the United States; a paper named after the country
    ("ABD'li yetkililer Halep'teki saldırıyı kınadı.", ["ABD", "Halep"]),
    ("Türkiye gazetesine konuşan bir yetkili Halep'teki saldırıyı anlattı.", ["Halep"]),
])
def test_american_officials_and_a_paper_named_turkiye(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


def test_a_legion_named_after_damascus(gz):
    got = [m.surface for m in gz.geoparse("Harekâta Şam Lejyonu ve Hamza Tümeni de katıldı, Afrin'de çatışmalar sürdü.")]
    assert "Şam" not in got and "Afrin" in got


def test_turkish_h_for_an_arabic_kh(gz):
    got = {m.surface: m.place.name for m in gz.geoparse("Halep'in kuzeyindeki Ahtarin köyü El Bab yakınında.")}
    assert got.get("Ahtarin") == "Akhtarin"


def test_a_town_a_commander_is_named_after_stays_the_town(gz):
    # a nom de guerre makes "Kobani" a surname, but not where the town's case ending or bracketed other name stands
    text = ("Ayn el-Arap (Kobani) çevresindeki mevziler vuruldu. Bakan, saldırganın talimatı Kobani'den aldığını "
            "söyledi. SDG komutanı Mazlum Kobani ise ABD'den destek istedi.")
    assert [m.surface for m in gz.geoparse(text)].count("Kobani") == 2


@pytest.mark.parametrize("text, expected", [
    # the town after its noun, though the Duma (parliament) is named in the same text
    ("Doğu Guta'nın en büyük kenti Duma'daki kayıplar tepki çekti; Devlet Duması'nda milletvekilleri konuştu.",
     ["Doğu Guta", "Duma"]),
    # the Levant after the Turkish article, in a group's name
    ("Heyet Tahrir-üş Şam ve Ahrar-üş Şam militanları İdlib'de.", ["İdlib"]),
])
def test_the_town_of_duma_and_al_sham_in_a_groups_name(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, surface", [
    # the Turkmen mountain's Turkish name: "Türkmen" alone is a people's, the mountain read onto it a place
    ("Rus uçakları Türkmen Dağı bölgesini bombaladı.", "Türkmen Dağı"),
    ("Uçaklar dün Türkmen Dağı'nı vurdu, Yayladağı'ndan duman görüldü.", "Türkmen Dağı"),  # (the accusative 'nı)
    ("Bayırbucak Türkmenleri Türkmen Dağı'ndaki köylerde yaşıyor.", "Türkmen Dağı"),
])
def test_the_turkmen_mountain_in_turkish(gz, text, surface):
    assert (surface, "Jabal al-Turkman") in [(m.surface, m.place.name) for m in gz.geoparse(text)]


@pytest.mark.parametrize("text, word", [
    ("Bakanlığa göre Mehmetçik ve Suriye Milli Ordusu unsurları Akçakale'nin karşısında ilerledi.", "Mehmetçik"),
    ("Çadır, battaniye ve gıda taşıyan tırlar Cilvegözü'nden geçti.", "Çadır"),  # tents
])
def test_a_soldiers_nickname_and_a_tent_are_no_places(gz, text, word):
    assert word not in [m.surface for m in gz.geoparse(text)]


@pytest.mark.parametrize("text, surface, name", [
    # Turkish "h" for kh in the second word of a name, though "Halil" names a hamlet as written
    ("Habur'un karşısındaki İbrahim Halil kapısından Zaho'ya uzanan yolda gümrük işlemleri sürüyor.", "İbrahim Halil",
     "Ibrahim al Khalil"),
    # a place and its surroundings: "X ve çevresindeki köyler"
    ("Suriye'de Dabık'ın ardından güneye yönelen birlikler Ahtarin ve çevresindeki köyleri de kontrol altına aldı.",
     "Ahtarin", "Akhtarin"),
])
def test_turkish_h_in_a_names_second_word_and_a_place_and_its_surroundings(gz, text, surface, name):
    assert (surface, name) in [(m.surface, m.place.name) for m in gz.geoparse(text)]


def test_a_name_the_data_holds_with_its_ezafe(gz):
    got = [(m.surface, m.place.name) for m in gz.geoparse("Antakya'da tarihi Habib-i Neccar Camii depremde yıkıldı.")]
    assert ("Habib-i Neccar Camii", "Habib-i Neccar Mosque") in got


def test_the_persian_ezafe_inside_an_arabic_name(gz):
    got = [(m.surface, m.place.name) for m in gz.geoparse("Cisr-i Şuğur ile Muhambal arasındaki tepelere yeni mevziler kuruldu.")]
    assert ("Cisr-i Şuğur", "Jisr al-Shughur") in got


@pytest.mark.parametrize("text, surface, name", [
    # Turkish "ş" for an Arabic name's sh, where the spelling with s names a hamlet of Latakia
    ("Musul'un kuzeydoğusundaki Başika'da bulunan kampa takviye birlik gönderildi.", "Başika", "Ba'shiqah"),
    # the copula after a capital's locative ending, after a man's name: Biden was in Ankara
    ("Harekât başladığında ABD Başkan Yardımcısı Joe Biden Ankara'daydı.", "Ankara", "Ankara"),
    # Qaraqosh by its Turkish name, in a text about Mosul; a village of Tokat keeps the name
    ("Irak ordusu Musul'un güneydoğusundaki Karakuş'a girdi.", "Karakuş", "Al Ḩamdānīyah"),
    ("Karakuş köyünde düğün yapıldı, Tokat'tan misafirler geldi.", "Karakuş", "Karakus"),
    # a base's noun after the name, with a case ending fused onto it
    ("Irak güçleri önce kentin kuzeybatısındaki K1 üssünü, ardından valilik binasını kontrol altına aldı.",
     "K1 üssünü", "K-1 Air Base"),
    # a Turkish village's old name yields to a Syrian town of 10,000 or more that bears it
    ("Rejim güçleri Hama'nın kuzeyindeki Han Şeyhun'a girdi; Türkiye'nin Morek'teki gözlem noktası kuşatıldı.",
     "Morek", "Murak"),
])
def test_turkish_sh_in_an_arabic_name_and_the_copula_after_a_case_ending(gz, text, surface, name):
    assert (surface, name) in [(m.surface, m.place.name) for m in gz.geoparse(text)]


@pytest.mark.parametrize("text, expected", [
    # a format or a process of talks named after a city is no place; the city itself stays one, and so does the
    # party to it ("İran mutabakata destek verdi": Iran backed the agreement)
    ("Astana formatının diğer ortağı İran ise mutabakata destek verdiğini açıkladı.", ["İran"]),
    ("Astana sürecinin devam edeceğini söyleyen Erdoğan, Soçi'de Putin ile görüştü.", ["Soçi"]),
])
def test_a_turkish_format_named_after_a_city(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # opening a sentence, a common noun in the locative or the ablative (a name takes the ending after an
    # apostrophe): "Günde" (a day) is no Gonda, "Kararda" (in the ruling) no Karrada in Baghdad
    ("Irak-Türkiye boru hattından akış 4 Nisan 2023'te durduruldu. Günde yaklaşık 400 bin varil ham petrol taşıyan "
     "hat kapandı ve Erbil'in geliri azaldı. Kararda, Bağdat'ın onayı olmadan yapılan satışların anlaşmaya aykırı "
     "olduğu yazıldı.", ["Irak", "Türkiye", "Erbil", "Bağdat"]),
    # a name with its ending after the apostrophe, or bare, stays a place
    ("Tahliyeler sürüyor. Halep'ten gelen aileler Kilis'te kaldı. Cizre sakin.", ["Halep", "Kilis", "Cizre"]),
])
def test_a_common_noun_opening_a_turkish_sentence_with_a_case_ending(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


def test_a_place_right_after_an_operations_name(gz):
    # the operation's name ends with its head noun, "Harekâtı": the Metina area after it is a place, here and where
    # the text names it again
    text = ("Pençe-Şimşek Harekâtı Metina bölgesinde sürüyor. Bakan, Metina'da kalıcı bir üs kurulacağını söyledi.")
    assert [(m.surface, m.place.id) for m in gz.geoparse(text)] == [("Metina", "cur:metina")] * 2


def test_turkish_de_before_a_name_with_its_case_ending(gz):
    # "de" (also) is no particle of a man's name before a name that a case ending closes: Kirkuk is a place
    text = "Türkmen Cephesi Başkanı Erşat Salihi de Kerkük'te yaptığı açıklamada Telafer'in yönetimini eleştirdi."
    assert [m.surface for m in gz.geoparse(text)] == ["Kerkük", "Telafer"]
