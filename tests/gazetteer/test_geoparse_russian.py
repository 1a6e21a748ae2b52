"""Geoparsing Russian text through its Latin rendering. Texts written for these tests."""

from __future__ import annotations

from gz_fixtures import check_mentions, fresh_gz, gz, join_words  # noqa: F401  (pytest fixtures)

import pytest


def test_russian_duma_is_not_douma(gz):
    text = "In Moscow, lawmakers in the Russian Duma voted on the bill; the Duma speaker praised it."
    ms = gz.geoparse(text)
    assert all(m.place.country != "SY" for m in ms), ms
    text2 = "Rebels in Douma, east of Damascus, said shells fell on the market."
    assert any(m.surface == "Douma" and m.place.country == "SY" for m in gz.geoparse(text2))


@pytest.mark.parametrize("text, expected", [
    # Turkish "between X and Y" is a place's context for a village ("Amirli ile Tuzhurmatu arasında")
    ("Irak ordusu, 2014 yazında Amirli ile Tuzhurmatu arasında ilerledi.",
     [("Irak", "Iraq"), ("Amirli", "Amirli"), ("Tuzhurmatu", "Tuz Khurmatu")]),
    # a feature's Turkish noun after a name (hills, valley, mountain) leaves the name a place, and a name that a
    # Turkish case ending closes is not the start of a longer one ("Bekaa Vadisi'ndeki Baalbek")
    ("Bekaa Vadisi'ndeki Baalbek kentinde patlamalar duyuldu, Lübnan'da gerginlik sürüyor.",
     [("Bekaa", "Bekaa Valley"), ("Baalbek", "Baalbek"), ("Lübnan", "Lebanon")]),
    ("İsrail'in işgal altında tuttuğu Golan Tepeleri'nde, Suriye sınırında bir saldırı oldu.",
     [("İsrail", "Israel"), ("Golan", "Golan Heights"), ("Suriye", "Syria")]),
    # Russian: a code's number joins its letter (Т-4, the Tiyas air base); a dam's noun before its name
    ("Российские войска продвинулись от авиабазы Т-4 к Пальмире, сообщили в Минобороны Сирии.",
     [("Российские", "Russia"), ("авиабазы Т-4", "Tiyas Air Base"), ("Пальмире", "Palmyra"), ("Сирии", "Syria")]),
    ("Курды удерживают район плотины Тишрин у Манбиджа.",
     [("Курды", "Kurdistan"), ("плотины Тишрин", "Tishrin Dam"), ("Манбиджа", "Manbij")]),  # (the Kurds: a demonym)
    # the Kurmanji adjective rûsî (Russian); Scottish and Welsh name their nations
    ("Dewriyeyên rûsî yên ku berê li Qamişloyê bûn, îsal ji bajêr derketin û li gundên Amûdê jî hatin dîtin.",
     [("rûsî", "Russia"), ("Qamişloyê", "Al-Qamishli"), ("Amûdê", "Amude")]),
    ("The Scottish government and Welsh ministers met in Cardiff.",
     [("Scottish", "Scotland"), ("Welsh", "Wales"), ("Cardiff", "Cardiff")]),
])
def test_turkish_russian_kurmanji_and_british_readings(gz, text, expected):
    assert [(m.surface, m.place.name) for m in gz.geoparse(text) if m.place is not None] == expected


@pytest.mark.parametrize("text, expected", [
    # French elision after the word that opens the sentence: "Partis d'Aïn Issa", "Près d'Alep"
    ("Partis d'Aïn Issa, les combattants avancent vers Raqqa.", ["Aïn Issa", "Raqqa"]),
    ("Près d'Alep, les combats continuent.", ["Alep"]),
    # German: a noun after an article and an adjective ("der irakischen Provinzhauptstadt Ramadi"), and a common
    # noun after a possessive or an adjective of time ("an ihrer Seite", "in der vergangenen Woche")
    ("Der Vorstoß folgt nur wenige Tage auf den Fall der irakischen Provinzhauptstadt Ramadi. Die Armee und die "
     "Milizen sind nach Angaben von Aktivisten im Norden.", ["irakischen", "Ramadi"]),
    ("Milizen aus dem Libanon und dem Irak kämpften nach Angaben von Aktivisten an ihrer Seite, ebenso Einheiten "
     "aus Homs, die von der Armee kamen.", ["Libanon", "Irak", "Homs"]),
    # Russian: the seasons as adverbs ("Зимой": in winter, not Zima)
    ("Зимой самолеты наносили удары по Идлибу.", ["Идлибу"]),
])
def test_elision_german_nouns_and_russian_seasons(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Russian: "Старый город" capitalised is the Old City of the town the text names (not Ciutat Vella), in lower
    # case no name; a curated base's Russian name in its cases ("в Хмеймиме")
    ("В Старом городе Алеппо идут бои.", [("Старом городе", "cur:old-city-of-aleppo"), ("Алеппо", "wof:421202163")]),
    ("Боевики укрылись в старом городе. Алеппо обстреливают.", [("Алеппо", "wof:421202163")]),
    ("Российский военный самолет приземлился в Хмеймиме.", [("Российский", "gn:2017370"),
                                                           ("Хмеймиме", "cur:hmeimim-air-base")]),
])
def test_russian_old_city_and_hmeimim(gz, text, expected):
    assert [(m.surface, m.place.id) for m in gz.geoparse(text)] == expected


def test_russian_abbreviation_of_syria_and_nouns_of_nationality(gz):
    text = "Военные САР освободили город. Сирийцы возвращаются, а курды и турки ведут переговоры."
    got = [(m.surface, m.kind, m.place.id) for m in gz.geoparse(text)]
    assert got[0] == ("САР", "place", "wof:85632413")
    assert [(s, k) for s, k, _ in got[1:]] == [("Сирийцы", "demonym"), ("курды", "demonym"), ("турки", "demonym")]


@pytest.mark.parametrize("text, expected", [
    # a Russian adjective made from a place's name is a mention of the place
    ("Боевики в Идлибской зоне деэскалации обстреляли позиции сирийской армии.", ["Идлибской", "сирийской"]),
    ("Саперы разминируют алеппские кварталы и латакийское побережье.", ["алеппские", "латакийское"]),
    ("Он вел себя по-хамски.", []),  # (not "хамский", boorish: the stem is too short to be a place's)
])
def test_russian_place_adjectives(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, surface, pid", [
    ("Die Peschmerga rückten entlang des Großen Zab vor, und die Armee nahm Dörfer am Kleinen Zab ein.",
     "Großen Zab", "cur:great-zab"),
    ("Die Peschmerga rückten entlang des Großen Zab vor, und die Armee nahm Dörfer am Kleinen Zab ein.",
     "Kleinen Zab", "cur:little-zab"),
    ("Войска вошли в Вади-Барада под Дамаском.", "Вади-Барада", "cur:wadi-barada"),
    ("В Ираке бои шли у реки Малый Заб.", "Малый Заб", "cur:little-zab"),
])
def test_german_and_russian_names_of_rivers_and_valleys(gz, text, surface, pid):
    assert (surface, pid) in [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None]


@pytest.mark.parametrize("text, surface, pid", [
    ("Gunmen attacked the Allaya prison in Qamishli, Syria.", "Allaya prison", "cur:alaya-prison-qamishli"),
    ("Hombres armados atacaron la cárcel de Allaya en Qamishli, Siria.", "cárcel de Allaya",
     "cur:alaya-prison-qamishli"),
    ("Иракские войска вошли в Раву в провинции Анбар.", "Раву", "wof:421205459"),
    ("Сирийские войска стоят на реке Оронт.", "Оронт", "cur:orontes"),
])
def test_a_prison_in_qamishli_and_russian_names_of_rawa_and_the_orontes(gz, text, surface, pid):
    assert (surface, pid) in [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None]


def test_russian_sana_is_the_news_agency(gz):
    assert [m.place.name for m in gz.geoparse("Как сообщает САНА, обстрел продолжился.") if m.place] == []
    assert "Sanaa" in [m.place.name for m in gz.geoparse("Самолёты нанесли удар по Сане, столице Йемена.") if m.place]


@pytest.mark.parametrize("word", ["Там", "Гора"])
def test_russian_sentence_opening_words_are_no_places(gz, word):
    text = f"Самолёты ударили по позициям у Амуды в Сирии. {word} погибли пятеро бойцов."
    ms = [m for m in gz.geoparse(text) if m.place]
    assert all(m.surface != word for m in ms) and any(m.place.country == "SY" for m in ms)


def test_russian_turkistan_islamic_party(gz):
    # the party named after Turkestan, in the genitive and the accusative, is no place
    for text in ("Боевики Исламской партии Туркестана обстреляли позиции армии в провинции Латакия.",
                 "Армия атаковала Исламскую партию Туркестана к северу от Джиср-эш-Шугура."):
        assert "Turkistan" not in [m.place.name for m in gz.geoparse(text)]


@pytest.mark.parametrize("text, surface, pid", [
    # a name after its article in lower case, with в read as w where that spelling is the known one
    ("Бои продолжаются в квартале аль-Хаджар аль-Асвад к югу от Дамаска.", "аль-Хаджар аль-Асвад", "wof:1209800905"),
    # the governorate's name as Russian writes it, not Karbala's old name
    ("Самолёты нанесли удары на северо-западе провинции Найнава.", "северо-западе провинции Найнава",
     "wof:85672429#north-west"),
])
def test_russian_names_with_a_lower_case_article_and_waw(gz, text, surface, pid):
    ms = [m for m in gz.geoparse(text) if m.place is not None]
    check_mentions(text, ms)
    assert (surface, pid) in [(m.surface, m.place.id) for m in ms]


def test_russian_nisba_after_a_given_name_is_no_town(gz):
    # "ar-Rawi" after a man's given name is his family name, not the town of Rawa
    ms = [m for m in gz.geoparse("Командир Сухейб ар-Рави заявил журналистам о новых потерях.") if m.place]
    assert ms == []


@pytest.mark.parametrize("text, surface, pid", [
    ("Бомбардировщики поднялись с аэродрома Моздок в Северной Осетии и нанесли удары по Ракке.",
     "Северной Осетии", "cur:north-ossetia-alania"),
    ("Крылатые ракеты пролетели над Каспийским морем, Ираном и Ираком и поразили цели в Сирии.",
     "Каспийским морем", "cur:caspian-sea"),
    ("Самолёт разбился над Синайским полуостровом, сообщили в Москве.", "Синайским полуостровом",
     "cur:sinai-peninsula"),
    ("Батальон военной полиции из Чечни прибыл в Алеппо.", "Чечни", "cur:chechnya"),
    # the Kurdistan Region by its adjective; a compass part in the instrumental case
    ("Власти Курдистанского региона закрыли дорогу на Захо.", "Курдистанского региона", "cur:kurdistan-region"),
    ("Конвой курсировал между северо-востоком Сирии и Эрбилем.", "северо-востоком Сирии", "wof:85632413#north-east"),
    # the Golan Heights in the oblique cases; "the southern districts" of a country as its south
    ("Линия разъединения проходит между Сирией и Голанскими высотами.", "Голанскими высотами", "cur:golan-heights"),
    ("Беженцы вернулись из южных районов Сирии в Дамаск.", "южных районов Сирии", "wof:85632413#south"),
])
def test_russian_regions_in_their_cases(gz, text, surface, pid):
    assert (surface, pid) in [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None]


def test_russian_ministry_of_a_country_keeps_the_country_a_place(gz):
    # "the defence ministry of Iraq": the country is named, and it stays a place further on (no man called
    # "Defence Iraq" whose surname would hide it)
    text = "Министерство обороны Ирака сообщило, что вертолёт упал в горах на севере Ирака."
    got = [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None]
    assert ("Ирака", "wof:85632191") in got
    assert ("севере Ирака", "wof:85632191#north") in got


def test_russian_kurdish_parties_are_no_places(gz):
    text = ("Патриотический союз Курдистана и члены Демократической партии Иранского Курдистана встретились "
            "с представителями Партии свободы Курдистана в Кое.")
    assert not [m for m in gz.geoparse(text) if m.place is not None and "Kurdistan" in m.place.name]


def test_russian_crossing_named_in_guillemets(gz):
    # a border crossing's name in guillemets after its noun is a place's (a name in guillemets is otherwise an
    # operation's, an organisation's or a weapon's)
    text = "Возобновил работу пункт пропуска «Кунейтра» на линии разъединения."
    assert [m.place.name for m in gz.geoparse(text) if m.surface == "Кунейтра"] == ["Quneitra"]



@pytest.mark.parametrize("text, expected", [
    ("Боевики обстреляли район Новый Алеппо.", [("Новый Алеппо", "cur:new-aleppo")]),  # not Novi, Mich.
    ("Саперы разминировали Долину гробниц в Пальмире.", [("Пальмире", "wof:421197935")]),  # a valley, not Dolyna
    ("Удар нанесен по Новой Каховке.", [("Новой Каховке", "gn:699839")]),  # a known name keeps its "Новая"
])
def test_new_and_valley_are_words_before_a_name(gz, text, expected):
    assert [(m.surface, m.place.id) for m in gz.geoparse(text)] == expected


def test_a_mosque_named_with_the_arabic_article_in_lower_case(gz):
    got = [(m.surface, m.place.id) for m in gz.geoparse("армия укрепляет оборону вокруг мечети аль-Аскари в Самарре.")]
    assert got[0] == ("мечети аль-Аскари", "cur:al-askari-shrine")


def test_moscow_time_is_no_place(gz):
    got = [m.place.name for m in gz.geoparse("Самолет разбился в 15:00 по московскому времени у Хмеймима.")]
    assert got == ["Hmeimim Air Base"]


def test_a_square_after_its_russian_noun(gz):
    got = [(m.surface, m.place.id) for m in gz.geoparse("по данным очевидцев, казни проходили на площади Наим в Ракке.")]
    assert got[0] == ("площади Наим", "cur:naim-roundabout")


@pytest.mark.parametrize("word", ["Более", "Менее", "Свыше", "Почти"])
def test_a_word_of_quantity_opening_a_sentence_is_no_town(gz, word):
    text = f"АФРИН, 16 марта. {word} 20 тысяч жителей покинули город Африн за сутки."
    assert [m.surface for m in gz.geoparse(text)] == ["АФРИН", "Африн"]


@pytest.mark.parametrize("text", [
    "По словам сирийского офицера связи Ахмеда Хомси, в домах квартала боевики оставили мины.",
    "Об этом рассказал житель Мухаммед Халаби, добавив, что обстрелы продолжаются.",
])
def test_a_surname_after_a_given_name_is_no_city(gz, text):
    assert not [m for m in gz.geoparse(text) if m.place is not None and m.place.kind == "locality"]


def test_a_damascus_quarter_is_no_russian_city(gz):
    text = "ДАМАСК, 5 марта. В тот же день снаряды упали в кварталах Баб-Тума, Аббасийин и Кассаа."
    assert "gn:551487" not in [m.place.id for m in gz.geoparse(text) if m.place is not None]  # (not Kazan)


def test_an_article_before_a_case_form_reads_no_other_village(gz):
    # "к Эль-Бабу", to al-Bab: the names hold a village called "Бабу", which has no article
    got = [m.place.name for m in gz.geoparse("Колонны автобусов направились к Эль-Бабу и Джараблусу.") if m.place]
    assert "Babu" not in got and "Jarabulus" in got


@pytest.mark.parametrize("text, surface, name", [
    # a mountain's, a sea's, a road's and a mosque's Russian names in their case forms
    ("Бои идут в районе Туркменской горы в провинции Латакия.", "Туркменской горы", "Jabal al-Turkman"),
    ("Корабли флота вошли в акваторию Черного моря.", "Черного моря", "Black Sea"),
    ("Боевики отступили к дороге Кастелло на севере Алеппо.", "дороге Кастелло", "Castello Road"),
    ("Боевики взорвали мечеть ан-Нури в Мосуле.", "мечеть ан-Нури", "Great Mosque of al-Nuri"),
    ("Нефть поступает на терминалы в Персидском заливе к югу от Фао.", "Персидском заливе", "Persian Gulf"),
])
def test_russian_feature_names_in_their_case_forms(gz, text, surface, name):
    assert (surface, name) in [(m.surface, m.place.name) for m in gz.geoparse(text)]


def test_a_quoted_slogan_names_its_places(gz):
    # a quotation of speech in guillemets (with a comma, an exclamation) is no organisation's name
    got = [m.place.name for m in gz.geoparse("Он кричал «Не забывайте Алеппо, не забывайте Сирию!» на выставке.")]
    assert got == ["Aleppo", "Syria"]


@pytest.mark.parametrize("text, surface, name", [
    # "из X в Y": from X to Y, not X in Y (Palmyra is no place in Deir ez-Zor province)
    ("Армия продвигалась по шоссе из Пальмиры в Дейр-эз-Зор.", "Пальмиры", "Palmyra"),
    # after an adjective, the country in the genitive is the city's country: "a big city of Syria"
    ("Это последний крупный город Сирии, остававшийся в руках ИГ.", "Сирии", "Syria"),
    # but the town named after its noun stays the town ("the Armenian town of Kessab")
    ("Обломки упали в горах у армянского городка Кесаб в провинции Латакия.", "Кесаб", "Kassab"),
])
def test_russian_from_to_and_a_city_of_a_country(gz, text, surface, name):
    assert (surface, name) in [(m.surface, m.place.name) for m in gz.geoparse(text)]


def test_a_countrys_provinces_in_russian(gz):
    # "западных провинций Ирана": the western provinces of Iran (not a province called Iran)
    text = "Ракеты запускались с территории западных провинций Ирана, в том числе из Керманшаха."
    assert ("Ирана", "Iran") in [(m.surface, m.place.name) for m in gz.geoparse(text)]


@pytest.mark.parametrize("text, surface, name", [
    # "через X в Сирию": through X into Syria, the accusative of a name in -ия (not X in Syria: no hamlet of Hasakah)
    ("Коалиция оставит боевикам коридор на запад из Мосула — через Тель-Афар в Сирию.", "Тель-Афар", "Tal Afar"),
    # verbs of taking and surrounding count as a place's cue, as their English words do
    ("Под Дейр-эз-Зором армия заняла Хатлу на восточном берегу Евфрата.", "Хатлу", "Hatla"),
    ("Иракские войска наступали на Мосул с юга, а пешмерга окружили Башику.", "Башику", "Ba'shiqah"),
    # the Russian name of Incirlik
    ("Беспилотник взлетел с авиабазы Инджирлик в Турции.", "Инджирлик", "Incirlik Air Base"),
])
def test_russian_into_a_country_verbs_of_taking_and_incirlik(gz, text, surface, name):
    assert (surface, name) in [(m.surface, m.place.name) for m in gz.geoparse(text)]


def test_the_dumas_committee_is_no_town(gz):
    text = "В Алеппо и Латакии продолжались бои. Глава комитета Думы по обороне назвал это переломом."
    assert "Думы" not in [m.surface for m in gz.geoparse(text)]


def test_a_village_named_again_bare_is_the_one_read_before(gz):
    # the bare "Сальма" is the Salma read with a cue before (its readings there being villages of one country, not
    # one place)
    text = ("Армия установила контроль над Сальмой в горах Джебель-Акрад на северо-востоке провинции Латакия. "
            "С 2012 года Сальма считалась опорным пунктом боевиков. До войны Сальма славилась садами.")
    assert [m.place.name for m in gz.geoparse(text) if m.surface.startswith("Сальм")] == ["Salma"] * 3


def test_the_last_town_of_a_region(gz):
    # "последнем городе Восточной Гуты": the last town of Eastern Ghouta, a region, not a town called so
    text = "Сообщили о химической атаке в Думе — последнем городе Восточной Гуты под контролем боевиков."
    assert ("Восточной Гуты", "Eastern Ghouta") in [(m.surface, m.place.name) for m in gz.geoparse(text)]


def test_near_duma_is_the_town(gz):
    # "неподалёку от Думы": near Douma, though the Russian reconciliation centre is named beside it
    text = ("Коридор для мирных жителей открыт у лагеря Вафидин неподалёку от Думы, сообщили в российском Центре по "
            "примирению. Депутаты Думы обсудили это в Москве.")
    assert [(m.surface, m.place.name) for m in gz.geoparse(text) if m.surface == "Думы"] == [("Думы", "Douma")]


@pytest.mark.parametrize("text, expected", [
    # the PKK and a town's military council are organisations, not Kurdistan or Manbij
    ("Анкара заявляет, что воюет с отрядами, связанными с Рабочей партией Курдистана.", ["Анкара"]),
    ("В Манбиджском военном совете ответили, что не собираются покидать Манбидж.", ["Манбидж"]),
])
def test_russian_names_of_a_party_and_a_council(gz, text, expected):
    assert [m.surface for m in gz.geoparse(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a city named before an organisation's name, as Russian word order puts it ("the based-in-London Syrian
    # Observatory"): the city is a place, the Observatory no place
    ("По сведениям базирующейся в Лондоне Сирийской обсерватории по правам человека, в Идлибе погибли 12 человек.",
     [("Лондоне", "London"), ("Идлибе", "Idlib")]),
    # the Turkish border province as Russian reports write it
    ("Власти провинции Хаккяри ввели комендантский час в нескольких сёлах у границы с Ираком.",
     [("провинции Хаккяри", "Hakkâri"), ("Ираком", "Iraq")]),
])
def test_a_city_before_an_organisations_name_and_hakkari(gz, text, expected):
    assert [(m.surface, m.place.name) for m in gz.geoparse(text)] == expected
