"""A part of "the province" named before, by the bare noun. Texts written for these tests."""

from __future__ import annotations

import pytest

from gz_fixtures import gz  # noqa: F401  (pytest fixture)


@pytest.mark.parametrize("text, surface, pid", [
    ("Islamic State fighters attacked villages in Suwayda province. Clashes went on in the north of the province.",
     "the north of the province", "wof:85678385#north"),
    ("L'armée syrienne a repris Khan Cheikhoun, dans la province d'Idleb. Les combats se poursuivent dans le sud "
     "de la province.", "sud de la province", "wof:85678373#south"),
    ("Las tropas avanzaron en la provincia de Hama, en Siria; en el norte de la provincia hubo bombardeos.",
     "norte de la provincia", "wof:85678363#north"),
    ("Die Armee rückte in der Provinz Idlib in Syrien vor. Im Süden der Provinz gab es Luftangriffe.",
     "Süden der Provinz", "wof:85678373#south"),
    # after a proclitic "and", and with the direction after the noun
    ("قصفت الطائرات بلدات في محافظة إدلب، وتركزت الغارات على ريف المحافظة الجنوبي وجنوب غرب المحافظة.",
     "جنوب غرب المحافظة", "wof:85678373#south-west"),
    ("قصفت الطائرات بلدات في محافظة إدلب، وتركزت الغارات على ريف المحافظة الجنوبي.",
     "ريف المحافظة الجنوبي", "wof:85678373#south"),
    # the province of the town named last, where no province is named
    ("Rebels held Talbiseh, north of Homs in Syria. In the east of the province, Islamic State attacked.",
     "the east of the province", "wof:85678367#east"),
])
def test_a_part_of_the_province_named_before(gz, text, surface, pid):
    assert (surface, pid) in [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None]


@pytest.mark.parametrize("text", [
    # no province named before it
    "Clashes went on in the north of the province, officials said.",
    # the province is named after the noun: the phrase's own name reads it
    "Jets struck Saraqib in Syria and villages in the south of the province of Idlib.",
])
def test_no_part_without_a_province_before(gz, text):
    assert not [m for m in gz.geoparse(text) if m.surface.endswith("the province")]


@pytest.mark.parametrize("text, surface, pid", [
    # in lower case and in other languages, a town's old city is the Old City of the town the text names
    ("Iraqi troops pushed through western Mosul on Sunday and reached the edge of the old city by dusk.",
     "old city", "cur:old-city-of-mosul"),
    ("Les troupes irakiennes ont repris l'ouest de Mossoul et progressent dans la vieille ville.",
     "vieille ville", "cur:old-city-of-mosul"),
    ("أعلنت القوات سيطرتها على المدينة القديمة بعد معارك استمرت أسابيع في الرقة.",
     "المدينة القديمة", "cur:old-city-of-raqqa"),
    ("A mortar round struck the foot of Aleppo's medieval citadel, state media in Syria said.",
     "citadel", "cur:citadel-of-aleppo"),
    # the city the text names most holds it, not the one named last ("comme à Damas")
    ("Le régime veut reprendre Alep. Dans Alep, les rebelles tiennent bon, comme à Damas en 2012. Les frappes "
     "ont touché la vieille ville.", "vieille ville", "cur:old-city-of-aleppo"),
])
def test_a_towns_old_city_in_lower_case(gz, text, surface, pid):
    assert (surface, pid) in [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None]


@pytest.mark.parametrize("text", [
    # a city whose old city the data does not hold: none (not the Old City of Damascus or Aleppo)
    "Dans Deir ez-Zor, les combats continuent près de la vieille ville, selon l'armée.",
    # a citadel where the text names no city that has one
    "Rebels in Homs said the citadel had been shelled overnight.",
    # an old city of a place abroad the data lacks
    "Tourists returned to the old city of Tucson this spring.",
])
def test_no_old_city_where_the_town_has_none(gz, text):
    assert not [m for m in gz.geoparse(text) if m.place is not None and m.place.id.startswith(("cur:old-city",
                                                                                               "cur:citadel"))]


def test_a_lower_case_old_city_leaves_the_other_readings_in_place(gz):
    # the old city goes in among the names found before it; a spelling-skeleton match after it ("Hammam al-Alyl")
    # stays the one that must be confirmed, not the exact name before it (Badush, alone in its sentence)
    text = ("Troops fought in the old city of Mosul. Another brigade moved in from Badush, taken in March. Later "
            "they reached Hammam al-Alyl south of Mosul.")
    got = [m.surface for m in gz.geoparse(text) if m.place is not None]
    assert "Badush" in got and "Hammam al-Alyl" in got


@pytest.mark.parametrize("text, surface, pid", [
    ("Syrian troops advanced on Idlib. Fighting went on in the north of the country on Sunday.",
     "the north of the country", "wof:85632413#north"),
    ("قصفت الطائرات مواقع في سوريا، وتركزت الغارات في شمال البلاد.", "شمال البلاد", "wof:85632413#north"),
    ("In Syrien kämpften die Truppen der Regierung im Norden des Landes gegen die Rebellen.", "Norden des Landes",
     "wof:85632413#north"),
    ("Irak ordusu, ülkenin kuzeyindeki Musul'a ilerledi.", "ülkenin kuzeyindeki", "wof:85632191#north"),
    # a country with no outline here: the part the data names for it
    ("Au Liban, des roquettes sont tombées dans le sud du pays, selon l'armée.", "sud du pays",
     "cur:southern-lebanon"),
    # the country named by name, not the people of the jets named after it
    ("In Iraq, Turkish jets struck PKK positions in the north of the country.", "the north of the country",
     "wof:85632191#north"),
    # the country of the town the phrase follows in its sentence, not the neighbour named before it
    ("Les djihadistes tiennent encore al-Qaïm, près de la Syrie. Le gouvernement irakien a promis que Mossoul, "
     "dans le nord du pays, serait la prochaine cible.", "nord du pays", "wof:85632191#north"),
])
def test_a_part_of_the_country_named_before(gz, text, surface, pid):
    assert (surface, pid) in [(m.surface, m.place.id) for m in gz.geoparse(text) if m.place is not None]


def test_the_country_with_none_named_is_nothing(gz):
    assert [m for m in gz.geoparse("Fighting went on in the north of the country on Sunday.") if m.place] == []


@pytest.mark.parametrize("text, surface, pid", [
    ("Most returnees head from Kobani to villages in the eastern countryside, where houses are intact.",
     "eastern countryside", "wof:1108779073#east"),  # Ayn al-Arab district, whose seat Kobani is
    ("Rebels in Idlib province advanced in the southern countryside.", "southern countryside", "wof:85678373#south"),
    ("انتشرت وحدات من الجيش في مدينة عين العرب (كوباني) وريفها الغربي بعدما عبرت نهر الفرات",
     "ريفها الغربي", "wof:1108779073#west"),  # its western countryside
])
def test_the_countryside_of_the_town_or_province_named_before(gz, text, surface, pid):
    assert (surface, pid) in [(m.surface, m.place.id) for m in gz.geoparse(text)]


def test_a_countryside_after_a_town_that_is_no_seat_is_left_alone(gz):
    text = "In Hama province, shelling hit Kafr Nabudah and villages in the northern countryside."
    assert [m.surface for m in gz.geoparse(text)] == ["Hama province", "Kafr Nabudah"]


@pytest.mark.parametrize("text, surface, pid", [
    ("Fighting raged in Deir ez-Zor around the military airport and the Brigade 137 base.",
     "the military airport", "cur:deir-ez-zor-air-base"),
    ("وتواصلت الاشتباكات في دير الزور في محيط المطار العسكري جنوبها الشرقي.", "المطار العسكري",
     "cur:deir-ez-zor-air-base"),
    ("Des obus sont tombés sur Hama, puis sur l'aéroport militaire, selon des habitants.", "l'aéroport militaire",
     "cur:hama-air-base"),
    ("Regierungstruppen halten in Deir ez-Zor den Militärflughafen südöstlich der Stadt.", "den Militärflughafen",
     "cur:deir-ez-zor-air-base"),
    ("Город Дарайя примыкает к военному аэродрому, сообщили в Дамаске.", "военному аэродрому", "cur:mezzeh-air-base"),
])
def test_the_military_airport_of_the_town_named_before(gz, text, surface, pid):
    assert (surface, pid) in [(m.surface, m.place.id) for m in gz.geoparse(text)]


@pytest.mark.parametrize("text", [
    "The military airport came under fire, officials said.",  # no town before it
    "In Raqqa, residents said the military airport was quiet.",  # Tabqa's air base is 50 km from Raqqa
    "АЛЕППО. Армия прорвала блокаду военного аэродрома Кувейрис на востоке провинции.",  # a name follows
])
def test_no_military_airport_without_a_town_near_it(gz, text):
    assert not [m for m in gz.geoparse(text) if m.place is not None and m.place.kind == "site"]
